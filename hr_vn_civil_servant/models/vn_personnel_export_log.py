from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

CHANNELS = [
    ("export", "List Export"),
    ("report", "Printed Report"),
    ("rpc", "External API (RPC)"),
    ("bulk_read", "Bulk Read (Web Endpoint)"),
]
#: Context key naming the authorisation (vn.export.authorization id) of a call, e.g.
#: in the context of an export request or of an XML-RPC call. It only selects among
#: the caller's own valid authorisations; it never grants anything by itself.
AUTHORIZATION_KEY = "vn_export_authorization_id"


class VnPersonnelExportLog(models.Model):
    """Every extraction of personnel data about other people (list export, printed
    report, read through the external API, bulk read of private fields through the
    web endpoint) with the authorisation it was made under. Rows are created by the
    checks only (sudo); nobody can change or delete them."""

    _name = "vn.personnel.export.log"
    _description = "Personnel Data Export Log"
    _inherit = ["vn.value.limit.mixin"]
    _order = "date desc, id desc"

    date = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    user_id = fields.Many2one("res.users", required=True, index=True)
    model = fields.Char(required=True, index=True)
    channel = fields.Selection(CHANNELS, required=True, index=True)
    method = fields.Char(help="The method or report that output the data.")
    record_count = fields.Integer(string="Records")
    record_ids = fields.Text(string="Record IDs")
    field_names = fields.Text(string="Fields")
    report_name = fields.Char(string="Report")
    authorization_id = fields.Many2one(
        "vn.export.authorization",
        string="Authorisation",
        index=True,
        ondelete="restrict",
        help="The recorded request or decision under which the data was exported.",
    )
    authorization_ref = fields.Char(
        string="Authorising Document",
        help="Number, issuer and date of the authorising document, as recorded when the "
        "data was exported.",
    )

    def write(self, vals):
        if not self.env.su:
            raise UserError(_("The export log cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_log(self):
        if not self.env.su:
            raise UserError(_("The export log cannot be deleted."))

    # ------------------------------------------------------------------ log
    @api.model
    def _vn_log(
        self,
        records,
        channel,
        field_names=None,
        authorization=None,
        report_name=None,
        method=None,
    ):
        """One row per extraction; the same extraction repeated inside one transaction
        (e.g. the two grouped reads of one web_read_group) is logged once."""
        key = (
            "vn_export_log",
            records._name,
            channel,
            method,
            report_name,
            tuple(records.ids),
            tuple(field_names or ()),
        )
        logged = self.env.cr.cache.setdefault("vn_export_logged", {})
        if key in logged and self.sudo().browse(logged[key]).exists():
            return self.browse(logged[key])
        authorization = authorization or self.env["vn.export.authorization"]
        log = self.sudo().create(
            {
                "user_id": self.env.uid,
                "model": records._name,
                "channel": channel,
                "method": method or False,
                "record_count": len(records),
                "record_ids": ",".join(str(i) for i in records.ids[:1000]),
                "field_names": ",".join(field_names or []),
                "authorization_id": authorization.id,
                "authorization_ref": authorization.sudo().display_name or False,
                "report_name": report_name or False,
            }
        )
        logged[key] = log.id
        return log

    # ------------------------------------------------------------------ check
    @api.model
    def _vn_denied_message(self, channel):
        if channel == "export":
            return _("Exporting personnel data needs the right 'Personnel data export'.")
        if channel == "report":
            return _(
                "Printing the personnel data of other people needs the right "
                "'Personnel data export'."
            )
        if channel == "rpc":
            return _(
                "Reading personnel data through the external API needs the right "
                "'Personnel data export'."
            )
        return _(
            "Reading the private data of several people at once is an export: it needs "
            "the right 'Personnel data export'."
        )

    @api.model
    def _vn_check_and_log(
        self,
        records,
        channel,
        persons=None,
        field_names=None,
        report_name=None,
        method=None,
        denied_message=None,
    ):
        """The one check for every way personnel data about other people leaves the
        system: the right 'Personnel data export' (AccessError), a valid authorisation
        of the user covering the units of the people concerned (UserError), then one
        row in the log. ``records`` are what is output (logged), ``persons`` the
        employees it is about (default: the records' persons). The caller leaves out
        the records about the user himself."""
        if self.env.su or not records:
            return self.browse()
        if not self.env.user.has_group("hr_vn_civil_servant.group_export"):
            raise AccessError(denied_message or self._vn_denied_message(channel))
        if persons is None:
            persons = records._vn_persons()
        authorization = self._vn_current_authorization()
        if not authorization:
            raise UserError(
                _(
                    "Exporting personnel data needs an authorisation: the official request "
                    "or decision recorded by your unit head or the HR office in Personnel "
                    "Records > Export Authorisations; choose it in 'Authorise Personnel "
                    "Export' first."
                )
            )
        uncovered = persons.sudo().company_id - authorization._vn_covered_companies()
        if uncovered:
            raise UserError(
                _(
                    "The authorisation %(auth)s does not cover the unit(s) %(units)s.",
                    auth=authorization.display_name,
                    units=", ".join(uncovered.mapped("name")),
                )
            )
        return self._vn_log(
            records,
            channel,
            field_names=field_names,
            authorization=authorization,
            report_name=report_name,
            method=method,
        )

    @api.model
    def _vn_current_authorization(self):
        """The authorisation the user works under: the one named in the context
        (``vn_export_authorization_id``), or the one he chose in 'Authorise Personnel
        Export' in the last hour; only if it is valid today for him."""
        Authorization = self.env["vn.export.authorization"].sudo()
        ref = self.env.context.get(AUTHORIZATION_KEY)
        if ref:
            try:
                authorization = Authorization.browse(int(ref)).exists()
            except (TypeError, ValueError):
                authorization = Authorization
        else:
            wizard = (
                self.env["vn.export.authorization.wizard"]
                .sudo()
                .search(
                    [
                        ("create_uid", "=", self.env.uid),
                        ("confirmed", "=", True),
                        (
                            "create_date",
                            ">=",
                            fields.Datetime.subtract(fields.Datetime.now(), hours=1),
                        ),
                    ],
                    order="id desc",
                    limit=1,
                )
            )
            authorization = wizard.authorization_id
        if authorization and authorization._vn_usable_by(self.env.user):
            return authorization
        return Authorization.browse()

    @api.model
    def _vn_check_group(self):
        if not self.env.user.has_group("hr_vn_civil_servant.group_export"):
            raise AccessError(self._vn_denied_message("export"))

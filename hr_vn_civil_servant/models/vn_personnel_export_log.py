from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

CHANNELS = [("export", "List Export"), ("report", "Printed Report"), ("rpc", "External API (RPC)")]


class VnPersonnelExportLog(models.Model):
    """Every export of personnel data (list export, printed report of someone else's
    record, read through XML-RPC/JSON-RPC) with the document authorising it.
    Rows are created by the checks only (sudo); nobody can change or delete them."""

    _name = "vn.personnel.export.log"
    _description = "Personnel Data Export Log"
    _order = "date desc, id desc"

    date = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    user_id = fields.Many2one("res.users", required=True, index=True)
    model = fields.Char(required=True, index=True)
    channel = fields.Selection(CHANNELS, required=True, index=True)
    record_count = fields.Integer(string="Records")
    record_ids = fields.Text(string="Record IDs")
    field_names = fields.Text(string="Fields")
    report_name = fields.Char(string="Report")
    authorization_ref = fields.Char(
        string="Authorising Document",
        help="Number and date of the document (decision, official letter, request) that "
        "authorises the export of personnel data.",
    )

    def write(self, vals):
        if not self.env.su:
            raise UserError(_("The export log cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_log(self):
        if not self.env.su:
            raise UserError(_("The export log cannot be deleted."))

    @api.model
    def _vn_log(self, records, channel, field_names=None, authorization_ref=None, report_name=None):
        return self.sudo().create(
            {
                "user_id": self.env.uid,
                "model": records._name,
                "channel": channel,
                "record_count": len(records),
                "record_ids": ",".join(str(i) for i in records.ids[:1000]),
                "field_names": ",".join(field_names or []),
                "authorization_ref": authorization_ref or False,
                "report_name": report_name or False,
            }
        )

    @api.model
    def _vn_check_and_log(self, records, channel, denied_message, **log_values):
        """One check for every way personnel data leaves the system (list export aside,
        which also needs the authorising document): the records of other people need
        the right 'Personnel data export' (AccessError with ``denied_message``), and each
        such export is logged. One's own record is always allowed and not logged."""
        others = records - records._vn_own_records()
        if not others:
            return
        if not self.env.user.has_group("hr_vn_civil_servant.group_export"):
            raise AccessError(denied_message)
        log_values.setdefault("authorization_ref", self._vn_current_authorization())
        self._vn_log(others, channel, **log_values)

    @api.model
    def _vn_current_authorization(self):
        """The authorising document given in the context, or in the user's export
        authorisation wizard of the last hour."""
        ref = self.env.context.get("vn_export_authorization")
        if ref:
            return ref
        wizard = self.env["vn.export.authorization.wizard"].search(
            [
                ("create_uid", "=", self.env.uid),
                ("confirmed", "=", True),
                ("create_date", ">=", fields.Datetime.subtract(fields.Datetime.now(), hours=1)),
            ],
            order="id desc",
            limit=1,
        )
        return wizard.authorization_ref

    @api.model
    def _vn_check_group(self):
        if not self.env.user.has_group("hr_vn_civil_servant.group_export"):
            raise AccessError(
                _("Only users with the right 'Personnel data export' may export personnel data.")
            )

    @api.model
    def _vn_check_export(self, records, field_names):
        """List export: needs the export right and an authorising document."""
        self._vn_check_group()
        ref = self._vn_current_authorization()
        if not ref or not str(ref).strip():
            raise UserError(
                _(
                    "Exporting personnel data needs the authorising document: use "
                    "'Authorise Personnel Export' in the Personnel Records menu first."
                )
            )
        return self._vn_log(records, "export", field_names, authorization_ref=ref)

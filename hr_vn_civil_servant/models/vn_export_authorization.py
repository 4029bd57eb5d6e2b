from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools.dates import vn_today

STATES = [("draft", "Draft"), ("active", "In Force"), ("revoked", "Revoked")]
HEAD_GROUP = "hr_vn_civil_servant.group_unit_head"


class VnExportAuthorization(models.Model):
    """The official request or decision under which personnel data of other people may
    be exported (list export, printed reports, external API, bulk reads).

    It names the document (number and notation, issuer, date; documents_vn_office adds
    the link to the registered incoming document), its scope (the units whose staff
    it concerns, the purpose), its validity and the users who may export under it.
    It is recorded by a unit head or the HR office of the units concerned and takes
    effect when one of them who is not among the exporters confirms it; it can be
    revoked, never deleted. Every export names it in the export log."""

    _name = "vn.export.authorization"
    _description = "Personnel Data Export Authorisation"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "date desc, id desc"

    _vn_wf_guarded_fields = ("confirmed_by_id", "confirm_date", "revoked_by_id", "revoke_date")
    _vn_wf_frozen = {"active": "__all__", "revoked": "__all__"}
    _rec_names_search = ["reference", "issuer"]

    reference = fields.Char(
        string="Document Number",
        required=True,
        help="Number and notation of the official request or decision authorising the "
        "export, e.g. 123/SNV-CCVC.",
    )
    issuer = fields.Char(
        string="Issued by",
        required=True,
        help="The authority that issued the document, e.g. Sở Nội vụ tỉnh Hưng Yên.",
    )
    date = fields.Date(string="Document Date", required=True)
    valid_until = fields.Date(
        required=True,
        help="Last day on which exports may be made under this authorisation.",
    )
    purpose = fields.Text(
        string="Purpose and Data",
        required=True,
        help="What the document asks for: which lists, fields or reports, and why.",
    )
    company_ids = fields.Many2many(
        "res.company",
        "vn_export_authorization_company_rel",
        "authorization_id",
        "company_id",
        string="Units",
        required=True,
        help="Units whose staff the export may concern (a managing body covers its schools).",
    )
    user_ids = fields.Many2many(
        "res.users",
        "vn_export_authorization_user_rel",
        "authorization_id",
        "user_id",
        string="Authorised Exporters",
        required=True,
        domain=lambda self: [
            ("groups_id", "in", self.env.ref("hr_vn_civil_servant.group_export").ids)
        ],
    )
    state = fields.Selection(STATES, string="Status", default="draft", required=True, index=True)
    confirmed_by_id = fields.Many2one("res.users", string="Recorded by", readonly=True, copy=False)
    confirm_date = fields.Datetime(string="Recorded on", readonly=True, copy=False)
    revoked_by_id = fields.Many2one("res.users", string="Revoked by", readonly=True, copy=False)
    revoke_date = fields.Datetime(string="Revoked on", readonly=True, copy=False)
    is_valid = fields.Boolean(
        string="Valid Today", compute="_compute_is_valid", help="Active and within its validity."
    )

    @api.depends("reference", "issuer", "date")
    def _compute_display_name(self):
        for auth in self:
            date = auth.date.strftime("%d/%m/%Y") if auth.date else ""
            auth.display_name = f"{auth.reference or ''} ({auth.issuer or ''}, {date})"

    @api.depends("state", "date", "valid_until")
    def _compute_is_valid(self):
        today = vn_today(self)
        for auth in self:
            auth.is_valid = bool(
                auth.state == "active"
                and auth.date
                and auth.valid_until
                and auth.date <= today <= auth.valid_until
            )

    # ------------------------------------------------------------------ rules
    def _vn_covered_companies(self):
        """The units the authorisation covers: its units and the schools under them."""
        return self.sudo().company_ids._vn_managed_companies()

    def _vn_usable_by(self, user):
        """Valid today, naming ``user`` as exporter, recorded by someone else."""
        self.ensure_one()
        auth = self.sudo()
        return bool(
            auth.is_valid
            and user in auth.user_ids
            and auth.confirmed_by_id
            and auth.confirmed_by_id != user
        )

    def _vn_may_record(self, user=None):
        """A unit head (or HR office) whose units include each unit of the scope or
        its managing body."""
        if user is None:
            if self.env.su:
                return True
            user = self.env.user
        if not user.has_group(HEAD_GROUP):
            return False
        own = user.company_ids
        return all(
            company in own or company.parent_id in own for company in self.sudo().company_ids
        )

    def _vn_check_may_record(self):
        for auth in self:
            if not auth._vn_may_record():
                raise AccessError(
                    _(
                        "Only a unit head or the HR office of the units concerned can record "
                        "an export authorisation."
                    )
                )

    @api.constrains("date", "valid_until")
    def _check_dates(self):
        for auth in self:
            if auth.date and auth.valid_until and auth.valid_until < auth.date:
                raise ValidationError(
                    _("An export authorisation cannot end before the date of its document.")
                )

    # ------------------------------------------------------------------ CRUD
    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._vn_check_may_record()
        return records

    def write(self, vals):
        result = super().write(vals)
        if not self.env.su:
            self._vn_check_may_record()
        return result

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Recorded (in force) by a unit head or the HR office of its units who is not
        one of its exporters; revoked by one of them. Frozen once recorded."""
        return {
            "confirm": {
                "label": _("Record the Authorisation"),
                "sources": ("draft",),
                "target": "active",
                "deciders": "_vn_wf_recorders",
                "no_self": True,
                "check": "_vn_check_validity",
                "stamp": {"confirmed_by_id": "user", "confirm_date": "now"},
            },
            "revoke": {
                "label": _("Revoke"),
                "sources": ("active",),
                "target": "revoked",
                "deciders": "_vn_wf_recorders",
                "stamp": {"revoked_by_id": "user", "revoke_date": "now"},
            },
        }

    def _vn_wf_authors(self):
        """The exporters: nobody records the authorisation of his own exports."""
        return self.sudo().user_ids

    def _vn_wf_company(self):
        return self.sudo().company_ids[:1]

    def _vn_wf_recorders(self):
        """The unit heads and HR offices who may record it (``_vn_may_record``)."""
        units = self.sudo().company_ids
        candidates = (
            self.env["res.users"]
            .sudo()
            .search(
                [
                    ("groups_id", "in", self.env.ref(HEAD_GROUP).ids),
                    ("share", "=", False),
                    ("company_ids", "in", (units | units.parent_id).ids),
                ]
            )
        )
        return candidates.filtered(lambda user: self._vn_may_record(user))

    def _vn_check_validity(self):
        today = vn_today(self)
        if self.date > today:
            raise UserError(_("The date of the authorising document is in the future."))
        if self.valid_until < today:
            raise UserError(_("The validity of this authorisation has already ended."))

    def action_confirm(self):
        """Records the authorisation (it takes effect)."""
        self._vn_wf_take("confirm")
        return True

    def action_revoke(self):
        self._vn_wf_take("revoke")
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if not self.env.su:
            raise UserError(
                _("Export authorisations are kept with the export log: revoke it instead.")
            )

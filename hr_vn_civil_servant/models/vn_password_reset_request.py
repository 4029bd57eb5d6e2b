from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("confirmed", "Confirmed by the Unit Head"),
    ("done", "Reset Issued"),
    ("refused", "Refused"),
]
HEAD_GROUP = "hr_vn_civil_servant.group_unit_head"
OFFICER_GROUP = "hr_vn_civil_servant.group_records_officer"
ADMIN_GROUP = "hr_vn_civil_servant.group_admin"


class VnPasswordResetRequest(models.Model):
    """A lost password reported in writing with its reason (seed 003 §3, 000 Điều 14,
    001 Điều 16.5 and 17.3): filed by the user himself or by his unit on his behalf,
    confirmed by the unit head, and the reset issued by the administrator of the managing
    body (Odoo's reset e-mail: the user chooses a new password that meets the policy).
    Every step is a step of the approval mechanism: its review rows are the log."""

    _name = "vn.password.reset.request"
    _description = "Lost Password Request"
    _inherit = ["vn.workflow.mixin"]
    _order = "id desc"

    _vn_wf_guarded_fields = (
        "submit_date",
        "confirmed_by_id",
        "confirm_date",
        "issued_by_id",
        "issue_date",
        "refuse_reason",
    )
    _vn_wf_frozen = {
        "submitted": "__all__",
        "confirmed": "__all__",
        "done": "__all__",
        "refused": "__all__",
    }
    _vn_wf_new_record_steps = ("submit",)

    name = fields.Char(string="Reference", compute="_compute_name")
    user_id = fields.Many2one(
        "res.users",
        string="Account",
        required=True,
        index=True,
        default=lambda self: self.env.user,
        domain=[("share", "=", False)],
        help="The account whose password was lost.",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        related="user_id.company_id",
        store=True,
        index=True,
    )
    reason = fields.Text(
        required=True,
        help="Why a new password is needed: forgotten, disclosed, device lost...",
    )
    state = fields.Selection(STATES, string="Status", default="draft", required=True, index=True)
    submit_date = fields.Datetime(string="Submitted on", readonly=True, copy=False)
    confirmed_by_id = fields.Many2one("res.users", string="Confirmed by", readonly=True, copy=False)
    confirm_date = fields.Datetime(string="Confirmed on", readonly=True, copy=False)
    issued_by_id = fields.Many2one("res.users", string="Reset Issued by", readonly=True, copy=False)
    issue_date = fields.Datetime(string="Reset Issued on", readonly=True, copy=False)
    refuse_reason = fields.Text(string="Reason for Refusal", readonly=True, copy=False)

    @api.depends("user_id", "create_date")
    def _compute_name(self):
        for request in self:
            date = request.create_date.strftime("%d/%m/%Y") if request.create_date else ""
            request.name = _(
                "Lost password: %(user)s %(date)s",
                user=request.sudo().user_id.name or "",
                date=date,
            ).strip()

    # ------------------------------------------------------------------ who files it
    def _vn_unit_staff(self, group_xmlid):
        """Users of a role whose units include the account's unit."""
        self.ensure_one()
        return self._vn_wf_users(group_xmlid, self.sudo().company_id)

    def _vn_check_filer(self):
        """The user files for himself; a records officer or the head of his unit (or the
        HR office over it) files on his behalf. Nobody files for another unit."""
        if self.env.su:
            return
        me = self.env.user
        for request in self:
            account = request.sudo().user_id
            if account == me:
                continue
            on_behalf = me.has_group(OFFICER_GROUP) or me.has_group(HEAD_GROUP)
            if not on_behalf or account.company_id not in me.company_ids:
                raise AccessError(
                    _(
                        "You can file a lost-password request only for yourself, or, as a "
                        "records officer or unit head, for an account of your own unit."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._vn_check_filer()
        return records

    def write(self, vals):
        result = super().write(vals)
        if "user_id" in vals:
            self._vn_check_filer()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(request.state != "draft" for request in self):
            raise UserError(
                _("A submitted lost-password request is kept as the record of the reset.")
            )

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "submit": {
                "label": _("Submit"),
                "sources": ("draft",),
                "target": "submitted",
                "deciders": "_vn_wf_filers",
                "stamp": {"submit_date": "now"},
            },
            "confirm": {
                "label": _("Confirm the Request"),
                "sources": ("submitted",),
                "target": "confirmed",
                "deciders": "_vn_wf_unit_heads",
                "todo": _("Confirm a lost-password request"),
                "no_self": True,
                "stamp": {"confirmed_by_id": "user", "confirm_date": "now"},
            },
            "issue": {
                "label": _("Issue the Reset"),
                "sources": ("confirmed",),
                "target": "done",
                "deciders": "_vn_wf_body_admins",
                "todo": _("Issue a password reset"),
                "no_self": True,
                "stamp": {"issued_by_id": "user", "issue_date": "now"},
            },
            "refuse": {
                "label": _("Refuse"),
                "sources": ("submitted", "confirmed"),
                "target": "refused",
                "deciders": "_vn_wf_refusers",
                "reason": True,
                "reason_field": "refuse_reason",
                "no_self": True,
                "notify_author": True,
            },
        }

    def _vn_wf_authors(self):
        """The account's owner and whoever filed it: neither confirms nor issues it."""
        self.ensure_one()
        return self.sudo().user_id | self.sudo().create_uid

    def _vn_wf_company(self):
        return self.sudo().company_id

    def _vn_wf_filers(self):
        """The owner of the account, and the records officers and heads of his unit."""
        return (
            self.sudo().user_id
            | self._vn_unit_staff(OFFICER_GROUP)
            | self._vn_unit_staff(HEAD_GROUP)
        )

    def _vn_wf_unit_heads(self):
        """The heads of the account's unit (the HR office over it is one of them)."""
        return self._vn_unit_staff(HEAD_GROUP)

    def _vn_wf_body_admins(self):
        """The administrators of the managing body of the account's unit."""
        body = self.sudo().company_id._vn_settings_company()
        return self._vn_wf_users(ADMIN_GROUP, body)

    def _vn_wf_refusers(self):
        return self._vn_wf_unit_heads() | self._vn_wf_body_admins()

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_confirm(self):
        self._vn_wf_take("confirm")
        return True

    def action_issue(self):
        """The reset: Odoo's reset e-mail to the account (a link to choose a new password
        under the policy), sent once the step is taken by the body's administrator."""
        self._vn_wf_take("issue")
        for request in self:
            request.sudo().user_id.with_context(create_user=False).action_reset_password()
        return True

    def action_refuse(self, reason=None):
        if reason is None:
            return self._vn_wf_ask_reason("refuse", method="action_refuse")
        self._vn_wf_take("refuse", reason=reason)
        return True

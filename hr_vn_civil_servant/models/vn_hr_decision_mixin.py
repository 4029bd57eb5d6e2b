from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools.dates import vn_today

STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("approved", "Approved"),
    ("cancelled", "Cancelled"),
]
UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


class VnHrDecisionMixin(models.AbstractModel):
    """A decision of the HR office that the competent head approves (recruitment round,
    step-raise batch, promotion round): the HR office prepares and submits it, the head
    of the unit (the body's head for a managing body) approves it or returns it with a
    reason, and the approval applies it to the personnel records in the same step. Built
    on the one approval mechanism (``vn.workflow.mixin``)."""

    _name = "vn.hr.decision.mixin"
    _description = "HR Office Decision"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]

    _vn_wf_guarded_fields = ("approved_by_id", "approval_date", "return_reason")
    _vn_wf_frozen = {
        "submitted": "__all__",
        "approved": "__all__",
        "cancelled": "__all__",
    }

    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        tracking=True,
    )
    state = fields.Selection(
        STATES, string="Status", default="draft", required=True, index=True, tracking=True
    )
    approved_by_id = fields.Many2one("res.users", string="Approved by", readonly=True, copy=False)
    approval_date = fields.Date(readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False)

    def _vn_wf_transitions(self):
        return {
            "submit": {
                "label": _("Submit to the Head"),
                "sources": ("draft",),
                "target": "submitted",
                "deciders": "_vn_hr_office_users",
                "check": "_vn_check_submit",
            },
            "approve": {
                "label": self._vn_approve_label(),
                "sources": ("submitted",),
                "target": "approved",
                "deciders": "_vn_competent_heads",
                "todo": _("Approve the HR office's proposal"),
                "right": "approve",
                "no_self": True,
                "check": "_vn_check_approve",
                "stamp": {"approved_by_id": "user", "approval_date": "today"},
            },
            "return": {
                "label": _("Return to the HR Office"),
                "sources": ("submitted",),
                "target": "draft",
                "deciders": "_vn_competent_heads",
                "right": "approve",
                "reason": True,
                "reason_field": "return_reason",
                "notify_author": True,
            },
            "cancel": {
                "label": _("Cancel"),
                "sources": ("draft",),
                "target": "cancelled",
                "deciders": "_vn_hr_office_users",
            },
        }

    def _vn_approve_label(self):
        """The name of the approval step (the decision the head signs)."""
        return _("Approve")

    def _vn_hr_office_users(self):
        """The HR office of the managing body working in the unit."""
        self.ensure_one()
        return self._vn_wf_users(HR_OFFICE, self.sudo().company_id)

    def _vn_competent_heads(self):
        """The head of the unit (for a managing body, the body's head): unit heads of
        the unit who are not the HR office (it proposes, it does not decide)."""
        self.ensure_one()
        heads = self._vn_wf_users(UNIT_HEAD, self.sudo().company_id)
        return heads - self._vn_hr_office_users()

    def _vn_check_submit(self):
        """Model-specific checks before the proposal goes to the head."""

    def _vn_check_approve(self):
        """Model-specific checks before the approval (the same as the submission)."""
        self._vn_check_submit()

    def _vn_apply(self):
        """What the approval writes to the personnel records (same transaction)."""

    def _vn_today(self):
        return vn_today(self)

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_approve(self):
        for record in self:
            record._vn_wf_take("approve")
            record._vn_apply()
        return True

    def action_return(self, reason=None):
        """Returns with a reason; without one, opens the wizard asking for it."""
        if not reason:
            return self._vn_wf_ask_reason("return")
        self._vn_wf_take("return", reason=reason)
        return True

    def action_cancel(self):
        self._vn_wf_take("cancel")
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if not self.env.su and any(rec.state not in ("draft", "cancelled") for rec in self):
            raise UserError(_("Only draft or cancelled proposals can be deleted."))

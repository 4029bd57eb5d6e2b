from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError

UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


class VnTeachingRecordChangeRequest(models.Model):
    """A change to a professional record after its period was locked or after it was
    signed off: requested with its reason by the submitter, approved (or refused) by
    the principal (e-record rules of the school, Điều 3–4: the principal decides the
    procedure to update after locking). Approval reopens the record for its
    submitter; it is applied when the record is approved (or signed off) again. Every
    step is logged in the record's and the lock's chatter."""

    _name = "vn.teaching.record.change.request"
    _description = "Professional Record Change Request"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "id desc"
    _check_company_auto = True

    _vn_wf_guarded_fields = ("decided_by_id", "decided_date", "requested_by_id")
    _vn_wf_frozen = {
        "submitted": ("record_id", "reason"),
        "approved": "__all__",
        "refused": "__all__",
        "done": "__all__",
    }
    _vn_wf_new_record_steps = ("submit",)

    record_id = fields.Many2one(
        "vn.teaching.record",
        string="Professional Record",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(
        related="record_id.company_id", string="School", store=True, index=True
    )
    requested_by_id = fields.Many2one(
        "res.users",
        default=lambda self: self.env.user,
        readonly=True,
        index=True,
    )
    reason = fields.Text(required=True, help="What must change in the record, and why.")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("refused", "Refused"),
            ("done", "Applied"),
        ],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    decision_note = fields.Text(string="Principal's Note", readonly=True, copy=False)
    decided_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    decided_date = fields.Date(string="Decided On", readonly=True, copy=False)

    @api.depends("record_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = self.env._(
                "Change of %(record)s", record=rec.record_id.sudo().display_name or ""
            )

    def _vn_wf_transitions(self):
        return {
            "submit": {
                "label": self.env._("Submit"),
                "sources": ("draft",),
                "target": "submitted",
                "deciders": "_vn_wf_authors",
            },
            "approve": {
                "label": self.env._("Approve"),
                "sources": ("submitted",),
                "target": "approved",
                "deciders": "_vn_wf_principals",
                "right": "approve",
                "no_self": True,
                "todo": self.env._("Decide on the change of a locked professional record"),
                "stamp": {"decided_by_id": "user", "decided_date": "today"},
            },
            "refuse": {
                "label": self.env._("Refuse"),
                "sources": ("submitted",),
                "target": "refused",
                "deciders": "_vn_wf_principals",
                "right": "approve",
                "no_self": True,
                "reason": True,
                "reason_field": "decision_note",
                "notify_author": True,
                "stamp": {"decided_by_id": "user", "decided_date": "today"},
            },
            "close": {
                "label": self.env._("Apply"),
                "sources": ("approved",),
                "target": "done",
                "deciders": "_vn_wf_nobody",
            },
        }

    def _vn_wf_authors(self):
        self.ensure_one()
        return self.sudo().requested_by_id

    def _vn_wf_nobody(self):
        return self.env["res.users"]

    def _vn_wf_principals(self):
        self.ensure_one()
        return self.record_id.sudo()._vn_wf_principals()

    def _check_requester(self):
        """The submitter of the record requests the change, in his own name."""
        if self.env.su:
            return
        for rec in self:
            if rec.record_id.sudo().teacher_user_id != self.env.user:
                raise AccessError(
                    self.env._("Only the submitter of a record requests a change of it.")
                )
            if rec.requested_by_id != self.env.user:
                raise AccessError(self.env._("A change request is made in your own name."))

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._check_requester()
        return records

    def write(self, vals):
        res = super().write(vals)
        if "record_id" in vals:
            self._check_requester()
        return res

    def _log(self, body):
        """Logged in the record's chatter and in the chatter of the locks of its period."""
        for rec in self:
            record = rec.record_id.sudo()
            record.message_post(body=body)
            for lock in record._locking_periods(ignore_change=True):
                lock.message_post(body=Markup("%s: %s") % (record.display_name, body))

    def action_submit(self):
        self._vn_wf_take("submit")
        self._log(self.env._("Change requested: %(reason)s", reason=self.reason))
        return True

    def action_approve(self):
        """The principal approves: the record is reopened for its submitter (if it was
        submitted, approved or signed off) and may be changed in its locked period."""
        self._vn_wf_take("approve")
        for rec in self:
            record = rec.record_id
            rec._log(
                self.env._(
                    "Late change approved by %(user)s: %(reason)s",
                    user=self.env.user.name,
                    reason=rec.reason,
                )
            )
            if record.sudo().state in ("submitted", "approved", "signed"):
                record._vn_wf_take("reopen", reason=rec.reason)
        return True

    def action_refuse(self, reason=None):
        for rec in self:
            rec._vn_wf_take("refuse", reason=reason)
            rec._log(self.env._("Change refused: %(reason)s", reason=reason or ""))
        return True

from markupsafe import Markup, escape

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("unit_approved", "Approved by Unit"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
]
UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
RECORDS_OFFICER = "hr_vn_civil_servant.group_records_officer"


class VnProfileChangeRequest(models.Model):
    """Phiếu bổ sung lý lịch: an employee's declaration of changes to his own record.

    The employee never writes his record: he proposes new values of self-declarable
    fields and new history lines; the head of his unit approves them (first step), then
    the HR office of the managing body (second step, unless the managing body chose a
    single step). The changes are applied on the final approval, in one transaction."""

    _name = "vn.profile.change.request"
    _description = "Personnel Record Change Request"
    _inherit = ["vn.workflow.mixin", "vn.personnel.data.mixin", "vn.value.limit.mixin"]
    _order = "id desc"

    _vn_wf_guarded_fields = (
        "name",
        "submit_date",
        "unit_approver_id",
        "unit_approval_date",
        "approver_id",
        "approval_date",
        "reject_reason",
        "rejected_by_id",
    )
    _vn_wf_new_record_steps = ("submit",)
    _vn_wf_frozen = {
        "submitted": "__all__",
        "unit_approved": "__all__",
        "approved": "__all__",
        "rejected": "__all__",
    }

    name = fields.Char(string="Reference", readonly=True, copy=False, default="/")
    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        ondelete="cascade",
        default=lambda self: self._default_employee_id(),
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        related="employee_id.company_id",
        store=True,
        index=True,
        readonly=True,
    )
    employee_user_id = fields.Many2one(
        "res.users", string="Employee User", related="employee_id.user_id", store=True
    )
    state = fields.Selection(
        STATES, string="Status", default="draft", required=True, index=True, tracking=True
    )
    note = fields.Text(string="Explanation", help="Why the record must change (optional).")
    line_ids = fields.One2many(
        "vn.profile.change.request.line", "request_id", string="Changes", copy=True
    )
    line_count = fields.Integer(compute="_compute_line_count", string="Number of Changes")
    submit_date = fields.Datetime(string="Submitted On", readonly=True, copy=False)
    unit_approver_id = fields.Many2one(
        "res.users", string="Approved by (Unit)", readonly=True, copy=False, tracking=True
    )
    unit_approval_date = fields.Datetime(readonly=True, copy=False)
    approver_id = fields.Many2one(
        "res.users", string="Approved by (HR Office)", readonly=True, copy=False, tracking=True
    )
    approval_date = fields.Datetime(readonly=True, copy=False)
    reject_reason = fields.Text(string="Rejection Reason", readonly=True, copy=False)
    rejected_by_id = fields.Many2one("res.users", string="Rejected by", readonly=True, copy=False)
    single_step = fields.Boolean(
        string="Single-step Approval", compute="_compute_single_step", store=False
    )

    @api.model
    def _vn_private_field_names(self):
        """The declared values are on the lines; the request itself holds the
        employee's explanation and the rejection reason."""
        return {"note", "reject_reason"}

    @api.model
    def _default_employee_id(self):
        return self.env["hr.employee"].sudo().search([("user_id", "=", self.env.uid)], limit=1).id

    @api.depends("line_ids")
    def _compute_line_count(self):
        for request in self:
            request.line_count = len(request.line_ids)

    @api.depends("company_id")
    def _compute_single_step(self):
        for request in self:
            request.single_step = (
                request.company_id.sudo()._vn_settings_company().vn_single_step_approval
            )

    @api.depends("name", "employee_id")
    def _compute_display_name(self):
        for request in self:
            request.display_name = (
                f"{request.name or '/'} - {request.employee_id.sudo().name or ''}"
            )

    # ------------------------------------------------------------------ CRUD
    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        for record in records.sudo():
            if record.name == "/":
                record.name = f"PBS/{record.create_date.year}/{record.id:05d}"
        return records

    def write(self, vals):
        if (
            "employee_id" in vals
            and not self.env.su
            and not self.env.user.has_group(RECORDS_OFFICER)
            and vals["employee_id"] != self._default_employee_id()
        ):
            raise AccessError(_("You can only declare changes to your own record."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if not self.env.su and any(r.state not in ("draft", "rejected") for r in self):
            raise UserError(_("Only draft or rejected change requests can be deleted."))

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Employee → head of his unit → HR office of the managing body (or the head's
        approval is final when the managing body chose a single step)."""
        approval = {
            "deciders": "_vn_wf_unit_heads",
            "todo_users": "_vn_unit_heads",
            "todo": _("Approve the change request"),
            "right": "approve",
            "no_self": True,
            "check": "_vn_check_lock",
            "stamp": {"unit_approver_id": "user", "unit_approval_date": "now"},
        }
        return {
            "submit": {
                "label": _("Submit"),
                "sources": ("draft",),
                "target": "submitted",
                "deciders": "_vn_wf_owner_or_officers",
                "check": "_vn_check_submit",
                "stamp": {"submit_date": "now"},
            },
            "unit_approve": dict(
                approval,
                label=_("Approve (Unit)"),
                sources=("submitted",),
                target="unit_approved",
                condition="_vn_two_steps",
            ),
            "unit_approve_final": dict(
                approval,
                label=_("Approve (Unit, final)"),
                sources=("submitted",),
                target="approved",
                condition="_vn_one_step",
            ),
            "approve": {
                "label": _("Approve (HR Office)"),
                "sources": ("unit_approved",),
                "target": "approved",
                "deciders": "_vn_hr_office_users",
                "todo": _("Final approval of the change request"),
                "right": "approve",
                "no_self": True,
                "distinct_from": ("unit_approve",),
                "stamp": {"approver_id": "user", "approval_date": "now"},
            },
            "reject": {
                "label": _("Reject"),
                "sources": ("submitted", "unit_approved"),
                "target": "rejected",
                "deciders": "_vn_wf_rejecters",
                "right": "approve",
                "no_self": True,
                "reason": True,
                "reason_field": "reject_reason",
                "notify_author": True,
                "stamp": {"rejected_by_id": "user"},
            },
            "draft": {
                "label": _("Back to Draft"),
                "sources": ("rejected",),
                "target": "draft",
                "deciders": "_vn_wf_owner_or_officers",
                "stamp": {
                    "reject_reason": False,
                    "rejected_by_id": False,
                    "unit_approver_id": False,
                    "unit_approval_date": False,
                    "approver_id": False,
                    "approval_date": False,
                },
            },
        }

    def _vn_wf_authors(self):
        return self.sudo().employee_user_id

    def _vn_two_steps(self):
        return not self.single_step

    def _vn_one_step(self):
        return self.single_step

    def _vn_wf_owner_or_officers(self):
        """The employee himself, or a records officer of his unit on his behalf."""
        return self.sudo().employee_user_id | self._vn_wf_users(RECORDS_OFFICER, self.company_id)

    def _vn_wf_unit_heads(self):
        """Who may give the unit approval: the unit heads of the request's unit (the HR
        office of the managing body holds the right too)."""
        return self._vn_wf_users(UNIT_HEAD, self.sudo().company_id)

    def _vn_unit_heads(self):
        """Who gets the unit approval to-do: the heads of the unit themselves, or the
        HR office when the unit has no head of its own."""
        self.ensure_one()
        heads = self._vn_wf_unit_heads().filtered(lambda u: not u.has_group(HR_OFFICE))
        return heads or self._vn_hr_office_users()

    def _vn_hr_office_users(self):
        self.ensure_one()
        return self._vn_wf_users(HR_OFFICE, self.sudo().company_id)

    def _vn_wf_rejecters(self):
        self.ensure_one()
        if self.state == "submitted":
            return self._vn_wf_unit_heads()
        return self._vn_hr_office_users()

    def _vn_check_lock(self):
        """Submitting or giving the unit approval is refused while the unit's records
        are locked (except for the HR office, like any change to locked records)."""
        for request in self:
            self.env["vn.record.lock.mixin"]._vn_check_unit_lock(
                [{"company_id": request.company_id.id}]
            )

    def _vn_check_submit(self):
        for request in self:
            if not request.line_ids:
                raise UserError(_("Add at least one change before submitting the request."))
        self._vn_check_lock()
        self.line_ids._vn_validate()
        self.line_ids._vn_refresh_old_values()

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_unit_approve(self):
        for request in self:
            step = "unit_approve_final" if request.single_step else "unit_approve"
            request._vn_wf_take(step)
            if step == "unit_approve_final":
                request._vn_apply()
        return True

    def action_approve(self):
        self._vn_wf_take("approve")
        self._vn_apply()
        return True

    def action_reject(self, reason=None):
        """Rejects with a reason; without a reason, opens the wizard asking for it."""
        if reason is None and not self.env.context.get("vn_reject_reason"):
            for request in self:
                request._vn_wf_check_state("reject")
                request._vn_wf_actor("reject")
            return {
                "type": "ir.actions.act_window",
                "name": _("Reject Change Request"),
                "res_model": "vn.profile.change.reject.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"default_request_ids": self.ids},
            }
        reason = reason if reason is not None else self.env.context.get("vn_reject_reason")
        self._vn_wf_take("reject", reason=reason)
        return True

    def action_draft(self):
        """The employee takes a rejected request back to correct and resubmit it."""
        self._vn_wf_take("draft")
        return True

    def _vn_apply(self):
        """Writes the approved changes to the record (sudo, after the final step's
        checks) and posts the list of old → new values with both approvers."""
        for request in self:
            employee = request.employee_id.sudo()
            rows = []
            field_vals = {}
            for line in request.line_ids:
                if line.line_type == "field":
                    line._vn_refresh_old_values()
                    field_vals[line.field_name] = line._vn_typed_value()
                    rows.append((line.field_label, line.old_value_text or "", line.new_value_text))
            if field_vals:
                employee.with_context(vn_change_request_id=request.id).write(field_vals)
            for line in request.line_ids.filtered(lambda ln: ln.line_type == "history"):
                record = line._vn_create_history()
                line.sudo().write({"history_res_id": record.id})
                rows.append((line.field_label, "", line.new_value_text))
            items = Markup("").join(
                Markup("<li><b>%s</b>: %s → %s</li>") % (label, old or "—", new or "—")
                for label, old, new in rows
            )
            approvers = _(
                "Approved by %(unit)s (unit) and %(hr)s (HR office).",
                unit=request.unit_approver_id.name or "—",
                hr=request.approver_id.name or _("single-step approval"),
            )
            body = Markup("<p>%s</p><ul>%s</ul><p>%s</p>") % (
                _("Change request %s applied:", request.name),
                items,
                escape(approvers),
            )
            if hasattr(employee, "message_post"):
                employee.message_post(
                    body=body, message_type="comment", subtype_xmlid="mail.mt_note"
                )
            request.sudo().message_post(
                body=body,
                partner_ids=request.employee_user_id.partner_id.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

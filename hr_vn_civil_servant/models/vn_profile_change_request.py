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


class VnProfileChangeRequest(models.Model):
    """Phiếu bổ sung lý lịch: an employee's declaration of changes to his own record.

    The employee never writes his record: he proposes new values of self-declarable
    fields and new history lines; the head of his unit approves them (first step), then
    the HR office of the managing body (second step, unless the managing body chose a
    single step). The changes are applied on the final approval, in one transaction."""

    _name = "vn.profile.change.request"
    _description = "Personnel Record Change Request"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "id desc"

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
        if not self.env.su and any(r.state != "draft" for r in self):
            raise UserError(_("Only draft change requests can be modified."))
        if (
            "employee_id" in vals
            and not self.env.su
            and not self.env.user.has_group("hr_vn_civil_servant.group_records_officer")
            and vals["employee_id"] != self._default_employee_id()
        ):
            raise AccessError(_("You can only declare changes to your own record."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if not self.env.su and any(r.state not in ("draft", "rejected") for r in self):
            raise UserError(_("Only draft or rejected change requests can be deleted."))

    # ------------------------------------------------------------------ helpers
    def _vn_unit_heads(self):
        """Unit heads of the request's unit (not the HR office of the managing body)."""
        self.ensure_one()
        users = (
            self.env.ref("hr_vn_civil_servant.group_unit_head")
            .sudo()
            .users.filtered(
                lambda u: (
                    self.company_id in u.company_ids
                    and not u.has_group("hr_vn_civil_servant.group_hr_office")
                )
            )
        )
        return users or self._vn_hr_office_users()

    def _vn_hr_office_users(self):
        self.ensure_one()
        return (
            self.env.ref("hr_vn_civil_servant.group_hr_office")
            .sudo()
            .users.filtered(lambda u: self.company_id in u.company_ids and u.active)
        )

    def _vn_check_state(self, allowed):
        for request in self:
            if request.state not in allowed:
                raise UserError(
                    _(
                        "The change request %(name)s is in status '%(state)s'; this action "
                        "is not possible now.",
                        name=request.name,
                        state=dict(STATES)[request.state],
                    )
                )

    def _vn_check_role(self, group_xmlid, step_label):
        user = self.env.user
        if self.env.su:
            return
        for request in self:
            if not user.has_group(group_xmlid) or request.company_id not in user.company_ids:
                raise AccessError(
                    _(
                        "You are not allowed to give the %(step)s of change requests of %(unit)s.",
                        step=step_label,
                        unit=request.company_id.name,
                    )
                )
            if request.employee_user_id == user:
                raise AccessError(_("You cannot approve your own change request."))

    def _vn_check_lock(self):
        """Submitting or approving is refused while the unit's records are locked
        (except for the HR office, like any change to locked records)."""
        for request in self:
            self.env["vn.record.lock.mixin"]._vn_check_unit_lock(
                [{"company_id": request.company_id.id}]
            )

    def _vn_schedule(self, users, summary):
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        for request in self.sudo():
            for user in users:
                request.activity_schedule(
                    activity_type_id=activity_type.id, summary=summary, user_id=user.id
                )

    def _vn_schedule_next_step(self):
        """To-do for whoever decides next: the unit head(s), then the HR office."""
        for request in self:
            name = request.employee_id.sudo().name
            if request.state == "submitted":
                request._vn_schedule(
                    request._vn_unit_heads(), _("Approve the change request of %s", name)
                )
            elif request.state == "unit_approved":
                request._vn_schedule(
                    request._vn_hr_office_users(),
                    _("Final approval of the change request of %s", name),
                )

    def _vn_done_activities(self):
        self.sudo().activity_ids.action_feedback(feedback=_("Processed"))

    # ------------------------------------------------------------------ workflow
    def action_submit(self):
        self._vn_check_state(["draft"])
        for request in self:
            if not request.line_ids:
                raise UserError(_("Add at least one change before submitting the request."))
            if (
                not self.env.su
                and request.employee_user_id != self.env.user
                and not self.env.user.has_group("hr_vn_civil_servant.group_records_officer")
            ):
                raise AccessError(_("You can only submit change requests about your own record."))
        self._vn_check_lock()
        self.line_ids._vn_validate()
        self.line_ids._vn_refresh_old_values()
        now = fields.Datetime.now()
        self.sudo().write({"state": "submitted", "submit_date": now})
        self._vn_schedule_next_step()
        return True

    def action_unit_approve(self):
        self._vn_check_state(["submitted"])
        self._vn_check_role("hr_vn_civil_servant.group_unit_head", _("unit approval"))
        self._vn_check_lock()
        now = fields.Datetime.now()
        for request in self:
            request._vn_done_activities()
            request.sudo().write(
                {
                    "state": "unit_approved",
                    "unit_approver_id": self.env.user.id,
                    "unit_approval_date": now,
                }
            )
            if request.single_step:
                request._vn_apply()
            else:
                request._vn_schedule_next_step()
        return True

    def action_approve(self):
        self._vn_check_state(["unit_approved"])
        self._vn_check_role("hr_vn_civil_servant.group_hr_office", _("final approval"))
        now = fields.Datetime.now()
        for request in self:
            request._vn_done_activities()
            request.sudo().write({"approver_id": self.env.user.id, "approval_date": now})
            request._vn_apply()
        return True

    def action_reject(self, reason=None):
        """Rejects with a reason; without a reason, opens the wizard asking for it."""
        self._vn_check_state(["submitted", "unit_approved"])
        group = (
            "hr_vn_civil_servant.group_unit_head"
            if all(r.state == "submitted" for r in self)
            else "hr_vn_civil_servant.group_hr_office"
        )
        self._vn_check_role(group, _("decision"))
        if reason is None and not self.env.context.get("vn_reject_reason"):
            return {
                "type": "ir.actions.act_window",
                "name": _("Reject Change Request"),
                "res_model": "vn.profile.change.reject.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"default_request_ids": self.ids},
            }
        reason = (reason or self.env.context.get("vn_reject_reason") or "").strip()
        if not reason:
            raise UserError(_("Give the reason for the rejection."))
        for request in self:
            request._vn_done_activities()
            request.sudo().write(
                {"state": "rejected", "reject_reason": reason, "rejected_by_id": self.env.user.id}
            )
            partner = request.employee_user_id.partner_id
            request.sudo().message_post(
                body=Markup("<p>%s</p><p>%s</p>")
                % (_("Your change request was rejected."), reason),
                partner_ids=partner.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def action_draft(self):
        """The employee takes a rejected request back to correct and resubmit it."""
        self._vn_check_state(["rejected"])
        self.sudo().write(
            {
                "state": "draft",
                "reject_reason": False,
                "rejected_by_id": False,
                "unit_approver_id": False,
                "unit_approval_date": False,
            }
        )
        return True

    def _vn_apply(self):
        """Writes the approved changes to the record (sudo, after the checks) and
        posts the list of old → new values with both approvers on the employee."""
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
            request.sudo().write({"state": "approved"})
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

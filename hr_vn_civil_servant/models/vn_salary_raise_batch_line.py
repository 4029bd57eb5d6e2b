from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import hr_decision_rules

KINDS = [
    ("regular", "Regular Step Raise"),
    ("over_ceiling", "Over-Ceiling Allowance"),
    ("early", "Early Raise (Outstanding Performance)"),
    ("postponed", "Raise Postponed (Discipline)"),
]
ACTIVE_STATES = ("draft", "submitted", "approved")


class VnSalaryRaiseBatchLine(models.Model):
    """One raise of a step-raise batch: who, which kind, from when, to which step and
    coefficient, under which decision number. The current step and the due date are
    taken from the record when the line is added (the due list's rule)."""

    _name = "vn.salary.raise.batch.line"
    _description = "Step Raise"
    _inherit = ["vn.value.limit.mixin"]
    _order = "batch_id, effective_date, id"

    batch_id = fields.Many2one(
        "vn.salary.raise.batch", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="batch_id.company_id", store=True, index=True)
    state = fields.Selection(related="batch_id.state", string="Status")
    employee_id = fields.Many2one("hr.employee", required=True, index=True, ondelete="restrict")
    employee_company_id = fields.Many2one(
        related="employee_id.company_id", string="Employee's Unit"
    )
    kind = fields.Selection(KINDS, required=True, default="regular")
    grade_id = fields.Many2one(
        "vn.grade", compute="_compute_current", store=True, string="Grade / Title"
    )
    current_step = fields.Integer(compute="_compute_current", store=True)
    current_coefficient = fields.Float(compute="_compute_current", store=True, digits=(4, 2))
    current_over_ceiling_percent = fields.Integer(
        compute="_compute_current", store=True, string="Current Over-Ceiling (%)"
    )
    step_date = fields.Date(compute="_compute_current", store=True, string="Current Step Since")
    due_date = fields.Date(
        compute="_compute_current",
        store=True,
        help="Date of the regular raise (or of the next over-ceiling rate) on the record.",
    )
    early_months = fields.Integer(
        string="Months Early", help="1 to 12 months (Thông tư 08/2013/TT-BNV Điều 3)."
    )
    postponed_months = fields.Integer(
        string="Months Postponed",
        help="Months of the disciplinary measure not counted (Thông tư 08/2013/TT-BNV "
        "Điều 2 khoản 3).",
    )
    effective_date = fields.Date(compute="_compute_new", store=True, index=True)
    new_step = fields.Integer(compute="_compute_new", store=True)
    new_coefficient = fields.Float(compute="_compute_new", store=True, digits=(4, 2))
    new_over_ceiling_percent = fields.Integer(
        compute="_compute_new", store=True, string="New Over-Ceiling (%)"
    )
    decision_number = fields.Char(size=64)
    summary = fields.Char(compute="_compute_summary")

    _sql_constraints = [
        (
            "employee_batch_uniq",
            "unique(batch_id, employee_id)",
            "A person is raised once in a batch.",
        ),
    ]

    @api.depends("employee_id", "kind")
    def _compute_current(self):
        for line in self:
            emp = line.employee_id.sudo()
            line.grade_id = emp.vn_grade_id
            line.current_step = emp.vn_salary_step
            line.current_coefficient = emp.vn_salary_coefficient
            line.current_over_ceiling_percent = emp.vn_over_ceiling_percent
            line.step_date = emp.vn_step_date
            line.due_date = (
                emp.vn_next_over_ceiling_date
                if line.kind == "over_ceiling"
                else emp.vn_next_step_date
            )

    @api.depends("kind", "due_date", "current_step", "early_months", "postponed_months")
    def _compute_new(self):
        for line in self:
            group = line.grade_id.pay_group_id
            due = line.due_date
            step = line.current_step
            percent = 0
            if line.kind == "over_ceiling":
                percent = line.employee_id.sudo().vn_next_over_ceiling_percent
            elif step:
                step += 1
            if due and line.kind == "early":
                due = hr_decision_rules.early_raise_date(due, line.early_months or 0)
            elif due and line.kind == "postponed":
                due = hr_decision_rules.postponed_raise_date(due, line.postponed_months or 0)
            line.effective_date = due
            line.new_step = step
            line.new_coefficient = group._coefficient(step) if group and step else 0.0
            line.new_over_ceiling_percent = percent

    @api.depends("kind", "new_step", "new_coefficient", "effective_date")
    def _compute_summary(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for line in self:
            if line.kind == "over_ceiling":
                what = _("over-ceiling %s%%", line.new_over_ceiling_percent)
            else:
                what = _(
                    "step %(step)s, coefficient %(coef).2f",
                    step=line.new_step,
                    coef=line.new_coefficient,
                )
            day = line.effective_date.strftime("%d/%m/%Y") if line.effective_date else ""
            line.summary = f"{kinds.get(line.kind)}: {what}, {day}"

    # ------------------------------------------------------------------ checks
    @api.model
    def _vn_in_other_batches(self, employees, batch):
        """Employees already in another draft, submitted or approved batch whose period
        overlaps the period of ``batch``."""
        if not employees:
            return employees
        lines = self.sudo().search(
            [
                ("employee_id", "in", employees.ids),
                ("batch_id", "!=", batch.id),
                ("batch_id.state", "in", ACTIVE_STATES),
                ("batch_id.period_start", "<=", batch.period_end),
                ("batch_id.period_end", ">=", batch.period_start),
            ]
        )
        return lines.employee_id.with_env(employees.env)

    @api.constrains("employee_id", "kind", "early_months", "postponed_months", "batch_id")
    def _check_vn_due(self):
        self._vn_check_due()

    def _vn_check_due(self):
        """A raise only for someone due for it in the batch's period, by the rules of the
        step-raise due list (Thông tư 08/2013/TT-BNV Điều 2-3, Thông tư 04/2005/TT-BNV),
        not already raised in the period and not in another batch of the period."""
        for line in self:
            batch = line.batch_id
            emp = line.employee_id.sudo()
            start, end = batch.period_start, batch.period_end
            name = emp.name
            if emp.company_id not in batch.company_id.sudo()._vn_managed_companies():
                raise ValidationError(
                    _("%(name)s does not work in %(unit)s.", name=name, unit=batch.company_id.name)
                )
            raised = emp.vn_salary_history_ids.filtered(
                lambda h, s=start, e=end: h.date and s <= h.date <= e
            )
            if raised:
                raise ValidationError(
                    _(
                        "%(name)s was already raised in the period (salary line of %(date)s).",
                        name=name,
                        date=raised[0].date.strftime("%d/%m/%Y"),
                    )
                )
            if line._vn_in_other_batches(emp, batch):
                raise ValidationError(
                    _("%(name)s is already in another batch of the period.", name=name)
                )
            group = emp.vn_pay_group_id
            last = group.step_count if group else 0
            problem = False
            if not group:
                problem = _("no grade and step on the record")
            elif line.kind == "over_ceiling":
                due = emp.vn_next_over_ceiling_date
                if emp.vn_salary_step < last or not due or not start <= due <= end:
                    problem = _("no over-ceiling allowance due in the period")
            elif emp.vn_salary_step >= last:
                problem = _("already on the last step of the pay group")
            elif line.kind == "early":
                due = emp.vn_next_step_date
                months = line.early_months
                if not 1 <= months <= hr_decision_rules.EARLY_RAISE_MAX_MONTHS:
                    problem = _("an early raise is 1 to 12 months early")
                elif not due or due <= end:
                    problem = _("the regular raise already falls in the period")
                elif hr_decision_rules.early_raise_date(due, months) > end:
                    problem = _("the raise would still fall after the period")
            else:
                due = emp.vn_next_step_date
                if not due or not start <= due <= end:
                    problem = _("no regular step raise due in the period")
                elif line.kind == "postponed" and not 1 <= line.postponed_months <= 36:
                    problem = _("a raise is postponed by 1 to 36 months")
            if problem:
                raise ValidationError(
                    _(
                        "%(name)s cannot get this raise (%(kind)s) in %(batch)s: %(problem)s.",
                        name=name,
                        kind=dict(self._fields["kind"]._description_selection(self.env)).get(
                            line.kind
                        ),
                        batch=batch.name,
                        problem=problem,
                    )
                )

    def _vn_history_values(self):
        self.ensure_one()
        batch = self.batch_id
        return {
            "employee_id": self.employee_id.id,
            "date": self.effective_date,
            "grade_id": self.grade_id.id,
            "step": self.new_step,
            "over_ceiling_percent": self.new_over_ceiling_percent,
            "decision_number": self.decision_number,
            "decision_date": batch.approval_date,
            "decision_signer": batch.decision_signer,
            "note": self.summary,
            "raise_batch_line_id": self.id,
        }

    # ------------------------------------------------------------------ guard
    def _vn_check_batch_draft(self, batches):
        if self.env.su:
            return
        for batch in batches:
            if batch.state != "draft":
                raise UserError(
                    _(
                        "%(batch)s is %(state)s: its raises can no longer be changed.",
                        batch=batch.name,
                        state=batch._vn_wf_state_label(batch.state),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        batches = self.env["vn.salary.raise.batch"].browse(
            [vals.get("batch_id") for vals in vals_list if vals.get("batch_id")]
        )
        self._vn_check_batch_draft(batches)
        return super().create(vals_list)

    def write(self, vals):
        batches = self.batch_id
        if vals.get("batch_id"):
            batches |= self.env["vn.salary.raise.batch"].browse(vals["batch_id"])
        self._vn_check_batch_draft(batches)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        self._vn_check_batch_draft(self.batch_id)

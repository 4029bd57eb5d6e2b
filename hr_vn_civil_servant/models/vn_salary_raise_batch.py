from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import hr_decision_rules


class VnSalaryRaiseBatch(models.Model):
    """Step-raise batch (đợt nâng bậc lương): the HR office lists, for a period, the staff
    of a unit due for a regular step raise, an over-ceiling allowance, an early raise for
    outstanding performance or a raise postponed for discipline (Thông tư 08/2013/TT-BNV,
    Thông tư 04/2005/TT-BNV); the competent head approves it, and the approval writes
    each person's salary-history line (the Quyết định nâng bậc lương) in the same step."""

    _name = "vn.salary.raise.batch"
    _description = "Step-Raise Batch"
    _inherit = ["vn.hr.decision.mixin"]
    _order = "period_start desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    company_id = fields.Many2one(default=lambda self: self.env.company)
    period_start = fields.Date(required=True, index=True, tracking=True)
    period_end = fields.Date(required=True, index=True, tracking=True)
    decision_signer = fields.Char(help="Who signs the decisions (name and title).")
    line_ids = fields.One2many("vn.salary.raise.batch.line", "batch_id", string="Raises")
    line_count = fields.Integer(compute="_compute_line_count", string="Number of Raises")
    early_quota = fields.Integer(
        compute="_compute_early_quota",
        string="Early-Raise Quota of the Year",
        help="At most this many early raises for outstanding performance in the unit in "
        "the year of the period's end (Thông tư 08/2013/TT-BNV Điều 3 khoản 4).",
    )
    early_used = fields.Integer(
        compute="_compute_early_quota", string="Early Raises in the Year (other batches)"
    )

    @api.depends("line_ids")
    def _compute_line_count(self):
        for batch in self:
            batch.line_count = len(batch.line_ids)

    @api.depends("company_id", "period_end", "line_ids.kind")
    def _compute_early_quota(self):
        for batch in self:
            if not batch.company_id or not batch.period_end:
                batch.early_quota = batch.early_used = 0
                continue
            batch.early_quota = batch._vn_early_quota()
            batch.early_used = batch._vn_early_count(other_batches=True)

    @api.constrains("period_start", "period_end")
    def _check_period(self):
        for batch in self:
            if batch.period_end < batch.period_start:
                raise ValidationError(
                    _(
                        "The period of %(batch)s ends (%(end)s) before it starts (%(start)s).",
                        batch=batch.name,
                        end=batch.period_end.strftime("%d/%m/%Y"),
                        start=batch.period_start.strftime("%d/%m/%Y"),
                    )
                )

    # ------------------------------------------------------------------ quota
    def _vn_staff_count(self):
        """Staff on the payroll of the unit (and of its units): working, with a grade."""
        self.ensure_one()
        return (
            self.env["hr.employee"]
            .sudo()
            .search_count(
                [
                    ("company_id", "child_of", self.company_id.id),
                    ("vn_work_state", "=", "working"),
                    ("vn_grade_id", "!=", False),
                ]
            )
        )

    def _vn_early_quota(self):
        self.ensure_one()
        rate = self.env["vn.early.raise.rate"]._vn_rate_on(self.period_end)
        quota, _rest = hr_decision_rules.early_raise_quota(self._vn_staff_count(), rate)
        return quota

    def _vn_early_count(self, other_batches=False):
        """Early raises granted in the unit in the year of the period's end: in this
        batch and in the other submitted or approved batches of the unit."""
        self.ensure_one()
        year = self.period_end.year
        domain = [
            ("kind", "=", "early"),
            ("batch_id.company_id", "=", self.company_id.id),
            ("batch_id.period_end", ">=", f"{year}-01-01"),
            ("batch_id.period_end", "<=", f"{year}-12-31"),
            ("batch_id", "!=", self.id),
            ("batch_id.state", "in", ("submitted", "approved")),
        ]
        others = self.env["vn.salary.raise.batch.line"].sudo().search_count(domain)
        if other_batches:
            return others
        return others + len(self.line_ids.filtered(lambda ln: ln.kind == "early"))

    def _vn_check_early_quota(self):
        for batch in self:
            count = batch._vn_early_count()
            quota = batch._vn_early_quota()
            if count > quota:
                raise ValidationError(
                    _(
                        "%(batch)s: %(count)s early raises for outstanding performance in "
                        "%(year)s exceed the quota of %(quota)s (Thông tư 08/2013/TT-BNV "
                        "Điều 3: at most %(rate)s%% of the %(staff)s staff on the payroll).",
                        batch=batch.name,
                        count=count,
                        year=batch.period_end.year,
                        quota=quota,
                        rate=self.env["vn.early.raise.rate"]._vn_rate_on(batch.period_end),
                        staff=batch._vn_staff_count(),
                    )
                )

    # ------------------------------------------------------------------ filling
    def action_fill_due(self):
        """Adds the staff due in the period (the step-raise due list: next regular step
        or next over-ceiling allowance in the period) who are not in the batch yet nor
        in another batch of the period."""
        for batch in self:
            if batch.state != "draft":
                raise UserError(_("Only a draft batch is filled from the due list."))
            Line = self.env["vn.salary.raise.batch.line"]
            Employee = self.env["hr.employee"]
            taken = set(batch.line_ids.employee_id.ids)
            vals_list = []
            for kind, fname in (
                ("regular", "vn_next_step_date"),
                ("over_ceiling", "vn_next_over_ceiling_date"),
            ):
                due = Employee.search(
                    Employee._vn_raise_due_domain(
                        batch.company_id, fname, batch.period_start, batch.period_end
                    ),
                    order=f"{fname}, name",
                )
                busy = Line._vn_in_other_batches(due, batch)
                for employee in due - busy:
                    if employee.id in taken:
                        continue
                    taken.add(employee.id)
                    vals_list.append(
                        {"batch_id": batch.id, "employee_id": employee.id, "kind": kind}
                    )
            Line.create(vals_list)
        return True

    # ------------------------------------------------------------------ workflow
    def _vn_approve_label(self):
        return _("Approve the Raises")

    def _vn_check_submit(self):
        for batch in self:
            if not batch.line_ids:
                raise UserError(_("Add at least one raise before submitting %s.", batch.name))
            missing = batch.line_ids.filtered(lambda ln: not ln.decision_number)
            if missing:
                raise UserError(
                    _(
                        "Give the decision number of every raise of %(batch)s (missing: "
                        "%(names)s).",
                        batch=batch.name,
                        names=", ".join(missing.employee_id.sudo().mapped("name")),
                    )
                )
            batch.line_ids._vn_check_due()
        self._vn_check_early_quota()

    def _vn_apply(self):
        """One salary-history line per raise, with the decision number and date, the
        effective date, the new step and coefficient (as superuser, after the step's
        checks: nobody else writes these lines)."""
        History = self.env["vn.salary.history"].sudo().with_context(vn_raise_batch_apply=True)
        for batch in self:
            vals_list = [line._vn_history_values() for line in batch.line_ids]
            History.create(vals_list)
            rows = Markup("").join(
                Markup("<li>%s: %s</li>") % (line.employee_id.sudo().name, line.summary)
                for line in batch.line_ids
            )
            batch.sudo().message_post(
                body=Markup("<p>%s</p><ul>%s</ul>")
                % (_("Salary lines written by the approval:"), rows)
            )

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import pay_rules
from ..tools.dates import vn_today


class VnRetirementRegime(models.Model):
    """Retirement regime recorded on the personnel record (chế độ nghỉ hưu ở tuổi thấp hơn
    / cao hơn): the regime type, the years and months earlier or later, the application
    and the decision. The latest line with a decision date that is not revoked moves the
    employee's retirement date (``vn_retirement_date``); the normal date stays shown
    beside it.

    Checks (refused on any write, not only in the form): the type's requirement on the
    record (preschool title by the title's school level, qualification rank, academic
    title, qualifying years), at most the type's years, the type valid on the decision
    date, and for a later retirement the decision at least 03 months before the normal
    date (Nghị định 93/2026/NĐ-CP Điều 18 khoản 4); a late application (khoản 3: 06 months)
    is a warning."""

    _name = "vn.retirement.regime"
    _description = "Retirement Regime"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, decision_date desc, id desc"

    type_id = fields.Many2one(
        "vn.retirement.regime.type", string="Regime", required=True, ondelete="restrict"
    )
    direction = fields.Selection(related="type_id.direction")
    years = fields.Integer(required=True, default=0)
    months = fields.Integer(default=0)
    application_date = fields.Date(help="Date of the person's application (đơn đề nghị).")
    qualifying_years = fields.Integer(
        help="Years of heavy or hazardous work or in ĐBKK areas the record shows "
        "(Nghị định 135/2020/NĐ-CP Điều 5)."
    )
    basis = fields.Char(
        string="Evidence", help="Documents the regime rests on, e.g. the confirmation of years."
    )
    revoked = fields.Boolean(help="The decision was revoked: the line no longer applies.")
    normal_date = fields.Date(
        string="Normal Retirement Date", related="employee_id.vn_retirement_date_normal"
    )
    applied_date = fields.Date(string="Applied Retirement Date", compute="_compute_applied_date")
    notice_warning = fields.Char(compute="_compute_applied_date")

    @api.depends("type_id", "years", "months", "application_date", "decision_date", "employee_id")
    def _compute_applied_date(self):
        for line in self:
            normal = line.employee_id.sudo().vn_retirement_date_normal
            line.applied_date = pay_rules.applied_retirement_date(
                normal, line.type_id.direction, line._vn_total_months()
            )
            line.notice_warning = line._vn_notice_warning(normal)

    def _vn_total_months(self):
        self.ensure_one()
        return (self.years or 0) * 12 + (self.months or 0)

    def _vn_notice_warning(self, normal):
        self.ensure_one()
        kind = self.type_id
        if kind.direction != "later" or not normal:
            return False
        problems = pay_rules.later_retirement_notice_problems(
            normal, self.application_date, False, kind.application_months
        )
        if "application" in problems:
            return self.env._(
                "The application should be filed at least %(months)s months before the "
                "normal retirement date (%(date)s).",
                months=kind.application_months,
                date=normal.strftime("%d/%m/%Y"),
            )
        return False

    @api.onchange("application_date", "type_id")
    def _onchange_vn_notice(self):
        warning = self.notice_warning
        if warning:
            return {"warning": {"title": _("Notice period"), "message": warning}}
        return None

    @api.constrains(
        "type_id", "years", "months", "employee_id", "decision_date", "qualifying_years"
    )
    def _check_vn_regime(self):
        for line in self:
            kind = line.type_id
            employee = line.employee_id.sudo()
            total = line._vn_total_months()
            if line.years < 0 or not 0 <= line.months <= 11 or total <= 0:
                raise ValidationError(
                    _(
                        "A retirement regime of %(name)s moves the date by a positive number "
                        "of years and 0 to 11 months.",
                        name=employee.name,
                    )
                )
            if total > kind.max_years * 12:
                raise ValidationError(
                    _(
                        "%(regime)s allows at most %(max)s years (%(name)s).",
                        regime=kind.name,
                        max=kind.max_years,
                        name=employee.name,
                    )
                )
            line._vn_check_requirement(employee)
            day = line.decision_date or vn_today(self)
            if (kind.date_from and day < kind.date_from) or (kind.date_to and day > kind.date_to):
                raise ValidationError(
                    _(
                        "%(regime)s is not in force on %(date)s (%(basis)s).",
                        regime=kind.name,
                        date=day.strftime("%d/%m/%Y"),
                        basis=kind.legal_basis,
                    )
                )
            normal = employee.vn_retirement_date_normal
            if not normal:
                raise ValidationError(
                    _(
                        "%(name)s has no normal retirement date (birthday and gender are "
                        "needed): a retirement regime cannot be applied.",
                        name=employee.name,
                    )
                )
            if kind.direction == "later" and "decision" in (
                pay_rules.later_retirement_notice_problems(
                    normal, False, line.decision_date, 0, kind.decision_months
                )
            ):
                raise ValidationError(
                    _(
                        "The decision on a later retirement of %(name)s must be sent at least "
                        "%(months)s months before the normal retirement date (%(date)s) "
                        "(Nghị định 93/2026/NĐ-CP Điều 18 khoản 4).",
                        name=employee.name,
                        months=kind.decision_months,
                        date=normal.strftime("%d/%m/%Y"),
                    )
                )

    def _vn_check_requirement(self, employee):
        """The record shows what the regime type requires (fields of the reference rows:
        the title's school level, the qualification's rank, the academic title)."""
        self.ensure_one()
        kind = self.type_id
        requirement = kind.requirement
        title = employee.vn_academic_title
        if requirement == "preschool_teacher":
            ok = employee.vn_grade_id.school_level == "preschool"
            message = _(
                "%(regime)s is for preschool teachers: the title of %(name)s (%(title)s) is "
                "not a preschool teacher title."
            )
        elif requirement == "doctorate":
            ok = bool(title) or (
                employee.vn_professional_level_id.rank >= (kind.min_professional_rank or 0)
                and bool(employee.vn_professional_level_id)
            )
            message = _(
                "%(regime)s requires a doctorate or an academic title recorded on the record "
                "of %(name)s."
            )
        elif requirement == "associate_professor":
            ok = title in ("associate_professor", "professor")
            message = _(
                "%(regime)s requires the title of associate professor or professor recorded "
                "on the record of %(name)s."
            )
        elif requirement == "professor":
            ok = title == "professor"
            message = _(
                "%(regime)s requires the title of professor recorded on the record of %(name)s."
            )
        else:
            ok = (self.qualifying_years or 0) >= (kind.min_qualifying_years or 0)
            message = _(
                "%(regime)s requires at least %(years)s qualifying years recorded on the line "
                "of %(name)s."
            )
        if not ok:
            raise ValidationError(
                message
                % {
                    "regime": kind.name,
                    "name": employee.name,
                    "title": employee.vn_grade_id.display_name or "-",
                    "years": kind.min_qualifying_years,
                }
            )

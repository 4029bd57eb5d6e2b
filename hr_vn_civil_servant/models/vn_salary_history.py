from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools.dates import vn_today
from .hr_employee import VN_MIN_DATE
from .vn_employee_history_mixin import VN_MAX_YEARS_AHEAD


class VnSalaryHistory(models.Model):
    """Salary history (diễn biến quá trình lương), Mẫu 2C-BNV/2008 item 31: grade, step and
    coefficient from a date. The latest line gives the employee's current grade and step."""

    _name = "vn.salary.history"
    _description = "Salary History Line"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, date desc, id desc"

    date = fields.Date(
        string="Effective Date",
        required=True,
        index=True,
        help="Date from which the step (or the over-ceiling rate) counts (ngày hưởng).",
    )
    grade_id = fields.Many2one("vn.grade", required=True, ondelete="restrict")
    pay_group_id = fields.Many2one(related="grade_id.pay_group_id", string="Pay Group")
    step = fields.Integer(required=True, default=1)
    coefficient = fields.Float(
        compute="_compute_coefficient",
        store=True,
        digits=(4, 2),
        help="Coefficient of the step in the grade's pay group (Nghị định 204/2004/NĐ-CP).",
    )
    over_ceiling_percent = fields.Integer(
        string="Over-Ceiling Allowance (%)",
        help="Phụ cấp thâm niên vượt khung on the last step (Thông tư 04/2005/TT-BNV).",
    )
    postponed_months = fields.Integer(
        string="Postponement (months)",
        help="Months by which the next raise is postponed (discipline, unexcused absence; "
        "Thông tư 08/2013/TT-BNV Điều 2 khoản 3).",
    )
    early_months = fields.Integer(
        string="Early Raise (months)",
        help="Months by which the next raise is brought forward (outstanding performance "
        "or announced retirement; Thông tư 08/2013/TT-BNV Điều 3–4).",
    )
    note = fields.Char()
    position_allowance = fields.Float(
        compute="_compute_position_allowance",
        digits=(4, 2),
        help="Position allowance coefficient valid on the line's date for the employee's "
        "position and unit (the value of that date, not today's).",
    )
    position_allowance_placeholder = fields.Boolean(
        string="Allowance Not Verified",
        compute="_compute_position_allowance",
    )

    @api.depends("grade_id.pay_group_id.step_ids.coefficient", "step")
    def _compute_coefficient(self):
        for line in self:
            group = line.grade_id.pay_group_id
            line.coefficient = group._coefficient(line.step) if group else 0.0

    @api.depends("date", "employee_id")
    def _compute_position_allowance(self):
        """Allowance of the employee's current position in his unit on the line's date
        (vn.position._vn_allowance_on). The position and unit are read as the system:
        they are what the line's reader sees of the allowance, a coefficient of public
        reference data; the position held on an older date is not recorded here."""
        for line in self:
            employee = line.employee_id.sudo()
            if not line.date or not employee:
                line.position_allowance = 0.0
                line.position_allowance_placeholder = False
                continue
            coefficient, _row, placeholder = employee.vn_position_id._vn_allowance_on(
                employee.company_id, line.date
            )
            line.position_allowance = coefficient
            line.position_allowance_placeholder = placeholder

    @api.constrains("grade_id", "step", "over_ceiling_percent", "early_months")
    def _check_step(self):
        for line in self:
            count = line.grade_id.pay_group_id.step_count
            if line.step < 1 or (count and line.step > count):
                raise ValidationError(
                    _(
                        "Step %(step)s does not exist in pay group %(group)s of grade %(grade)s "
                        "(steps 1 to %(count)s).",
                        step=line.step,
                        group=line.grade_id.pay_group_id.code,
                        grade=line.grade_id.display_name,
                        count=count,
                    )
                )
            if line.over_ceiling_percent and line.step != count:
                raise ValidationError(
                    _(
                        "An over-ceiling allowance is only granted on the last step of the "
                        "pay group."
                    )
                )
            if line.over_ceiling_percent < 0 or line.early_months < 0 or line.early_months > 12:
                raise ValidationError(
                    _("An early raise is between 0 and 12 months and a rate cannot be negative.")
                )

    @api.constrains("date", "postponed_months", "over_ceiling_percent")
    def _check_vn_months(self):
        latest = vn_today(self) + relativedelta(years=VN_MAX_YEARS_AHEAD)
        for line in self:
            if not 0 <= line.postponed_months <= 36:
                raise ValidationError(
                    _(
                        "A raise is postponed by 0 to 36 months (%(months)s given).",
                        months=line.postponed_months,
                    )
                )
            if line.over_ceiling_percent > 100:
                raise ValidationError(
                    _(
                        "An over-ceiling allowance of %(percent)s%% is not possible.",
                        percent=line.over_ceiling_percent,
                    )
                )
            if line.date and not VN_MIN_DATE <= line.date <= latest:
                raise ValidationError(
                    _(
                        "The effective date of a salary line (%(date)s) must be between "
                        "%(first)s and %(last)s.",
                        date=line.date.strftime("%d/%m/%Y"),
                        first=VN_MIN_DATE.strftime("%d/%m/%Y"),
                        last=latest.strftime("%d/%m/%Y"),
                    )
                )

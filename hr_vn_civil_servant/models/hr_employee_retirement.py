from odoo import api, fields, models

from ..tools import pay_rules

HR = "hr.group_hr_user"


class HrEmployee(models.Model):
    """Retirement regimes on the record (issue 10 point 7): the normal retirement date of
    Nghị định 135/2020/NĐ-CP Điều 3–4 and the applied one, moved by the latest regime
    line with a decision date that is not revoked (vn.retirement.regime); a line without
    a decision (application pending) does not move the date. ``vn_retirement_date`` is the applied
    date: the retirement list, the due-work board, the filters and the statistics use it."""

    _inherit = ["hr.employee"]

    vn_academic_title = fields.Selection(
        [("associate_professor", "Associate Professor"), ("professor", "Professor")],
        string="Academic Title",
        groups=HR,
        tracking=True,
        help="Chức danh phó giáo sư, giáo sư (Luật Nhà giáo 73/2025/QH15 Điều 27: later "
        "retirement).",
    )
    vn_retirement_regime_ids = fields.One2many(
        "vn.retirement.regime", "employee_id", string="Retirement Regimes", groups=HR
    )
    vn_retirement_date_normal = fields.Date(
        string="Normal Retirement Date",
        compute="_compute_vn_retirement_date",
        store=True,
        index=True,
        groups=HR,
        help="End of the month in which the retirement age of Nghị định 135/2020/NĐ-CP "
        "Điều 4 is reached (normal working conditions).",
    )
    vn_retirement_regime_id = fields.Many2one(
        "vn.retirement.regime",
        string="Applied Retirement Regime",
        compute="_compute_vn_retirement_date",
        store=True,
        groups=HR,
    )
    vn_retirement_date = fields.Date(
        string="Applied Retirement Date",
        help="The normal retirement date moved by the recorded retirement regime, if any "
        "(Luật Nhà giáo 73/2025/QH15 Điều 26–27, Nghị định 135/2020/NĐ-CP Điều 5).",
    )

    @api.depends(
        "birthday",
        "gender",
        "vn_birth_year_only",
        "vn_retirement_regime_ids.type_id",
        "vn_retirement_regime_ids.years",
        "vn_retirement_regime_ids.months",
        "vn_retirement_regime_ids.revoked",
        "vn_retirement_regime_ids.decision_date",
    )
    def _compute_vn_retirement_date(self):
        for employee in self:
            normal = pay_rules.retirement_date(
                employee.birthday, employee.gender, employee.vn_birth_year_only
            )
            regime = (
                employee.sudo()
                .vn_retirement_regime_ids.filtered(lambda r: r.decision_date and not r.revoked)
                .sorted(lambda r: (r.decision_date, r.id))[-1:]
            )
            employee.vn_retirement_date_normal = normal
            employee.vn_retirement_regime_id = regime
            employee.vn_retirement_date = (
                pay_rules.applied_retirement_date(
                    normal, regime.type_id.direction, regime._vn_total_months()
                )
                if regime
                else normal
            )

    def _vn_list_fields(self):
        return super()._vn_list_fields() | {"vn_retirement_date_normal"}

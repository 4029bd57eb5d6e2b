from odoo import api, fields, models

#: Disciplinary measures, lightest first (Nghị định 112/2020/NĐ-CP Điều 7–8).
DISCIPLINE_MEASURES = [
    ("reprimand", "Reprimand"),
    ("warning", "Warning"),
    ("salary_reduction", "Salary Step Reduction"),
    ("demotion", "Demotion"),
    ("dismissal_from_post", "Dismissal from Post"),
    ("forced_resignation", "Forced Resignation"),
]


class VnDiscipline(models.Model):
    """Disciplinary measure (kỷ luật), Mẫu 2C-BNV/2008 item 22 (Party, government or mass
    organisation). The heaviest one is summarised on the employee."""

    _name = "vn.discipline"
    _description = "Disciplinary Measure"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, year desc, id desc"

    measure = fields.Selection(DISCIPLINE_MEASURES, required=True)
    measure_rank = fields.Integer(compute="_compute_measure_rank", store=True)
    scope = fields.Selection(
        [("party", "Party"), ("government", "Government"), ("organisation", "Mass Organisation")],
        default="government",
    )
    year = fields.Integer(required=True)
    reason = fields.Char()

    @api.depends("measure")
    def _compute_measure_rank(self):
        ranks = {key: index for index, (key, _label) in enumerate(DISCIPLINE_MEASURES)}
        for line in self:
            line.measure_rank = ranks.get(line.measure, 0)

    @api.constrains("year")
    def _check_year(self):
        self._vn_check_year("year")

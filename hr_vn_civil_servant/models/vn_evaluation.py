from odoo import api, fields, models


class VnEvaluation(models.Model):
    """Annual evaluation and rating (đánh giá, xếp loại chất lượng), Nghị định 90/2020/NĐ-CP
    Điều 2 (four ratings)."""

    _name = "vn.evaluation"
    _description = "Annual Evaluation"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, year desc, id desc"

    year = fields.Integer(required=True)
    result = fields.Selection(
        [
            ("excellent", "Excellently Completed"),
            ("good", "Well Completed"),
            ("completed", "Completed"),
            ("not_completed", "Not Completed"),
        ],
        required=True,
    )
    note = fields.Char()

    _sql_constraints = [
        ("year_uniq", "unique(employee_id, year)", "One evaluation per employee and year."),
    ]

    @api.constrains("year")
    def _check_year(self):
        self._vn_check_year("year")

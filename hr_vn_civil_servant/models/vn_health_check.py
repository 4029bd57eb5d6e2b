from odoo import api, fields, models
from odoo.exceptions import ValidationError


class VnHealthCheck(models.Model):
    """Health check (khám sức khỏe định kỳ): source of item 23 of Mẫu 2C-BNV/2008."""

    _name = "vn.health.check"
    _description = "Health Check"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, date_from desc, id desc"

    date_from = fields.Date(string="Date", required=True)
    classification = fields.Selection(
        [("1", "Type I"), ("2", "Type II"), ("3", "Type III"), ("4", "Type IV"), ("5", "Type V")],
        help="Health classification (Thông tư 32/2023/TT-BYT).",
    )
    height_cm = fields.Integer(string="Height (cm)")
    weight_kg = fields.Float(string="Weight (kg)", digits=(5, 1))
    note = fields.Char()

    @api.constrains("height_cm", "weight_kg")
    def _check_vn_measures(self):
        employees = self.env["hr.employee"]
        for line in self:
            for fname, target in (("height_cm", "vn_height_cm"), ("weight_kg", "vn_weight_kg")):
                problem = employees._vn_value_problem(target, line[fname])
                if problem:
                    raise ValidationError(problem)

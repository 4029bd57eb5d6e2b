from odoo import fields, models


class VnTraining(models.Model):
    """Training and professional development (đào tạo, bồi dưỡng), Mẫu 2C-BNV/2008 item 27."""

    _name = "vn.training"
    _description = "Training Line"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, date_from desc, id desc"

    school = fields.Char(required=True)
    major = fields.Char(string="Major / Subject")
    form = fields.Selection(
        [
            ("full_time", "Full-time"),
            ("in_service", "In-service"),
            ("intensive", "Intensive"),
            ("distance", "Distance Learning"),
            ("short_course", "Short Course"),
            ("other", "Other"),
        ],
        string="Form of Training",
    )
    diploma = fields.Char(string="Diploma / Certificate")
    education_level_id = fields.Many2one("vn.education.level", string="Level")

from odoo import fields, models


class VnWorkHistory(models.Model):
    """Work history (tóm tắt quá trình công tác), Mẫu 2C-BNV/2008 item 28."""

    _name = "vn.work.history"
    _description = "Work History Line"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, date_from desc, id desc"

    date_from = fields.Date(required=True)
    name = fields.Char(
        string="Title, Position, Unit",
        required=True,
        help="Chức danh, chức vụ, đơn vị công tác (Party, government, mass organisations), "
        "including periods of training.",
    )
    unit_id = fields.Many2one("res.company", string="Unit in the System")

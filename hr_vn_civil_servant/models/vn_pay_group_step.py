from odoo import api, fields, models
from odoo.exceptions import ValidationError


class VnPayGroupStep(models.Model):
    """One step (bậc) of a pay group and its salary coefficient (hệ số lương),
    Nghị định 204/2004/NĐ-CP Bảng 3."""

    _name = "vn.pay.group.step"
    _description = "Pay Group Step"
    _inherit = ["vn.value.limit.mixin"]
    _order = "pay_group_id, step"

    pay_group_id = fields.Many2one("vn.pay.group", required=True, ondelete="cascade", index=True)
    step = fields.Integer(required=True)
    coefficient = fields.Float(required=True, digits=(4, 2))

    _sql_constraints = [
        ("step_uniq", "unique(pay_group_id, step)", "A step appears once per pay group."),
        ("step_positive", "check(step > 0)", "The step must be positive."),
    ]

    @api.constrains("coefficient")
    def _check_coefficient(self):
        for line in self:
            if not 0 < line.coefficient <= 100:
                raise ValidationError(
                    self.env._("A salary coefficient is a positive number of at most 100.")
                )

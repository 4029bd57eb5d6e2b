from odoo import api, fields, models
from odoo.exceptions import ValidationError


class VnPosition(models.Model):
    """Leadership position (chức vụ) and its position-allowance coefficient (hệ số phụ cấp
    chức vụ lãnh đạo), Nghị định 204/2004/NĐ-CP and Thông tư 33/2005/TT-BGDĐT."""

    _name = "vn.position"
    _description = "Position"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, name"

    sequence = fields.Integer(default=10)
    code = fields.Char(index=True)
    name = fields.Char(required=True, index="trigram")
    allowance_coefficient = fields.Float(
        string="Position Allowance Coefficient",
        digits=(4, 2),
        help="Hệ số phụ cấp chức vụ: multiplied by the base salary.",
    )
    legal_basis = fields.Char()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a position must be unique."),
    ]

    @api.constrains("allowance_coefficient")
    def _check_allowance_coefficient(self):
        for position in self:
            if not 0 <= position.allowance_coefficient <= 10:
                raise ValidationError(
                    self.env._("A position allowance coefficient is between 0 and 10.")
                )

from odoo import fields, models


class VnProfessionalCriterion(models.Model):
    """One criterion (tiêu chí) of a professional standard, under its standard group
    (tiêu chuẩn), e.g. Thông tư 20/2018/TT-BGDĐT Điều 5 khoản 1 điểm a: "Tiêu chí 1.
    Đạo đức nhà giáo" of "Tiêu chuẩn 1. Phẩm chất nhà giáo"."""

    _name = "vn.professional.criterion"
    _description = "Professional Standard Criterion"
    _inherit = ["vn.value.limit.mixin"]
    _order = "standard_id, sequence, id"

    standard_id = fields.Many2one(
        "vn.professional.standard", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    code = fields.Char(required=True, size=16, help="Number of the criterion, e.g. 1.2.")
    group_name = fields.Char(
        string="Standard Group", required=True, help="The tiêu chuẩn the criterion belongs to."
    )
    name = fields.Char(required=True)
    legal_basis = fields.Char()

from odoo import fields, models


class VnJobPosition(models.Model):
    """The professional standard of the position's holders: the principal's standard for
    the hiệu trưởng positions (Thông tư 14/2018/TT-BGDĐT, 25/2018/TT-BGDĐT), the
    teacher's for the teaching positions. Comes before the title's standard."""

    _inherit = "vn.job.position"

    professional_standard_id = fields.Many2one(
        "vn.professional.standard",
        ondelete="restrict",
        help="Standard of the yearly evaluation of the position's holders.",
    )

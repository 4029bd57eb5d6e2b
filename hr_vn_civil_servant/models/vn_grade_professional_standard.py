from odoo import fields, models


class VnGrade(models.Model):
    """The professional standard the holders of a teacher's title assess themselves
    against (e.g. V.07.03.29 Giáo viên tiểu học hạng III: Thông tư 20/2018/TT-BGDĐT)."""

    _inherit = "vn.grade"

    professional_standard_id = fields.Many2one(
        "vn.professional.standard",
        ondelete="restrict",
        help="Standard of the yearly evaluation of the title's holders (chuẩn nghề nghiệp).",
    )

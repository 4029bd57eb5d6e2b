from odoo import fields, models


class VnPromotionRule(models.Model):
    """Conditions to sit a promotion round for a target title or grade (thăng hạng chức
    danh nghề nghiệp viên chức, nâng ngạch công chức), as data with their text: from
    which titles, the time in the current rank, the evaluation in the years before
    (Nghị định 115/2020/NĐ-CP Điều 32 as amended by Nghị định 85/2023/NĐ-CP; teachers:
    Thông tư 01-04/2021/TT-BGDĐT as amended by Thông tư 08/2023/TT-BGDĐT)."""

    _name = "vn.promotion.rule"
    _description = "Promotion Condition"
    _inherit = ["vn.value.limit.mixin"]
    _order = "target_grade_id"

    target_grade_id = fields.Many2one("vn.grade", required=True, ondelete="cascade")
    from_grade_ids = fields.Many2many("vn.grade", string="From Titles", required=True)
    min_months_in_rank = fields.Integer(string="Months in the Current Rank", required=True)
    evaluation_years = fields.Integer(
        default=1, help="Years before the round whose evaluation counts."
    )
    min_evaluation = fields.Selection(
        [("excellent", "Excellently Completed"), ("good", "Well Completed")],
        default="good",
        required=True,
    )
    min_professional_level_id = fields.Many2one(
        "vn.education.level", string="Minimum Professional Qualification"
    )
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    legal_basis = fields.Char(required=True)

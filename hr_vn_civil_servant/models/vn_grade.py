from odoo import api, fields, models


class VnGrade(models.Model):
    """Civil-service grade (ngạch công chức) or professional title (chức danh nghề nghiệp
    viên chức) with its code (mã ngạch / mã số) and pay group, e.g. V.07.03.29 Giáo viên
    tiểu học hạng III (Thông tư 02/2021/TT-BGDĐT), pay group A1."""

    _name = "vn.grade"
    _description = "Grade / Professional Title"
    _inherit = ["vn.value.limit.mixin"]
    _order = "code"
    _rec_names_search = ["code", "name"]

    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True, index="trigram")
    pay_group_id = fields.Many2one("vn.pay.group", required=True, ondelete="restrict")
    school_level = fields.Selection(
        [
            ("preschool", "Preschool"),
            ("primary", "Primary School"),
            ("lower_secondary", "Lower Secondary School"),
            ("upper_secondary", "Upper Secondary School"),
            ("other", "Any Unit"),
        ],
        default="other",
        help="Level of school whose teachers hold the title.",
    )
    rank = fields.Selection(
        [("1", "Rank I"), ("2", "Rank II"), ("3", "Rank III"), ("4", "Rank IV")],
        index=True,
        help="Rank (hạng) of the professional title as its circular names it (e.g. Thông tư "
        "02/2021/TT-BGDĐT: giáo viên tiểu học hạng I). Empty for civil-service grades and "
        "titles without a rank. The statistics by title rank (BM01-VC) count this field.",
    )
    sector = fields.Selection(
        [
            ("education", "Education"),
            ("health", "Health"),
            ("science", "Science and Technology"),
            ("culture", "Culture, Sports and Tourism"),
            ("other", "Other"),
        ],
        index=True,
        help='Field (lĩnh vực) of the professional title, the group "Chia theo lĩnh vực" of '
        "the statistics BM01-VC/BNV: the ministry that issues the title (V.07 education and "
        "training, V.08 health, V.05 science and technology, V.10 culture). Empty or Other for "
        "civil-service grades and titles of other fields.",
    )
    legacy = fields.Boolean(
        help="Code replaced by a newer circular; kept so that older salary lines stay readable."
    )
    legal_basis = fields.Char()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a grade must be unique."),
    ]

    @api.depends("code", "name")
    def _compute_display_name(self):
        for grade in self:
            grade.display_name = f"{grade.code} {grade.name}" if grade.code else grade.name

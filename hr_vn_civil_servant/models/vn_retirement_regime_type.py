from odoo import fields, models


class VnRetirementRegimeType(models.Model):
    """Regime that moves the retirement date away from the normal one (Nghị định
    135/2020/NĐ-CP Điều 4): earlier for preschool teachers (Luật Nhà giáo 73/2025/QH15
    Điều 26 khoản 2) and for heavy work or ĐBKK areas (Nghị định 135/2020/NĐ-CP Điều 5),
    later for teachers with a doctorate or the title of associate professor or professor
    (Luật Nhà giáo Điều 27, procedure Nghị định 93/2026/NĐ-CP Điều 18). Reference data:
    who qualifies (``requirement``), the most years, the notice periods, the legal basis
    and the validity dates are fields of the row."""

    _name = "vn.retirement.regime.type"
    _description = "Retirement Regime Type"
    _inherit = ["vn.value.limit.mixin"]
    _order = "direction, sequence, id"

    name = fields.Char(required=True)
    code = fields.Char(required=True, index=True)
    sequence = fields.Integer(default=10)
    direction = fields.Selection(
        [("earlier", "Earlier"), ("later", "Later")], required=True, index=True
    )
    requirement = fields.Selection(
        [
            ("preschool_teacher", "Preschool Teacher Title"),
            ("doctorate", "Doctorate or Higher Academic Title"),
            ("associate_professor", "Associate Professor or Professor"),
            ("professor", "Professor"),
            ("qualifying_years", "Qualifying Years Recorded"),
        ],
        required=True,
        help="What the record must show: a title whose school level is preschool, the "
        "qualification or academic title, or the years of heavy work or in ĐBKK areas "
        "recorded on the line.",
    )
    max_years = fields.Integer(
        string="Maximum Years", required=True, help="At most this many years earlier or later."
    )
    min_professional_rank = fields.Integer(
        string="Minimum Qualification Rank",
        help="Doctorate: the rank of the education level (Tiến sĩ) the highest professional "
        "qualification must reach.",
    )
    min_qualifying_years = fields.Integer(
        string="Minimum Qualifying Years",
        help="Years of heavy or hazardous work or in ĐBKK areas the line must record.",
    )
    application_months = fields.Integer(
        string="Application Months Before",
        help="The application is filed at least this many months before the normal "
        "retirement date (warning).",
    )
    decision_months = fields.Integer(
        string="Decision Months Before",
        help="The decision is sent at least this many months before the normal retirement "
        "date (refused otherwise).",
    )
    legal_basis = fields.Char(required=True)
    date_from = fields.Date(string="Valid From")
    date_to = fields.Date(string="Valid To")
    is_placeholder = fields.Boolean(
        string="Unverified",
        help="The text of the article was not seen in an official source: check the row.",
    )
    note = fields.Text()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a retirement regime type must be unique."),
    ]

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

JOB_POSITION_KINDS = [
    ("leadership", "Leadership and Management"),
    ("professional", "Professional Title"),
    ("shared", "Shared Professional"),
    ("support", "Support and Service (Contract, NĐ 111/2022)"),
]


class VnJobPosition(models.Model):
    """Job position (vị trí việc làm) of a unit's staffing plan: its kind (lãnh đạo, quản
    lý; chức danh nghề nghiệp chuyên ngành; chuyên môn dùng chung; hỗ trợ, phục vụ under
    Nghị định 111/2022/NĐ-CP), the grade or professional title it requires (ngạch /
    chức danh nghề nghiệp) and thus its pay group. Schools: Thông tư 20/2023/TT-BGDĐT
    (phổ thông) and 19/2023/TT-BGDĐT (mầm non). Reference data, with its basis."""

    _name = "vn.job.position"
    _description = "Job Position"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, name"
    _rec_names_search = ["code", "name"]

    sequence = fields.Integer(default=10)
    code = fields.Char(index=True)
    name = fields.Char(required=True, index="trigram")
    kind = fields.Selection(JOB_POSITION_KINDS, required=True, default="professional", index=True)
    grade_id = fields.Many2one(
        "vn.grade",
        string="Grade / Title",
        ondelete="restrict",
        help="Ngạch công chức or chức danh nghề nghiệp required by the position.",
    )
    pay_group_id = fields.Many2one(
        "vn.pay.group", related="grade_id.pay_group_id", store=True, string="Pay Group"
    )
    position_id = fields.Many2one(
        "vn.position",
        string="Leadership Position",
        ondelete="restrict",
        help="For a leadership job position: the position (chức vụ) and its allowance.",
    )
    school_level = fields.Selection(
        [
            ("preschool", "Preschool"),
            ("primary", "Primary School"),
            ("lower_secondary", "Lower Secondary School"),
            ("upper_secondary", "Upper Secondary School"),
            ("other", "Any Unit"),
        ],
        default="other",
        help="Level of school whose staffing plan has the position.",
    )
    legal_basis = fields.Char()
    date_from = fields.Date(string="Valid From")
    date_to = fields.Date(string="Valid Until")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a job position must be unique."),
    ]

    @api.constrains("date_from", "date_to")
    def _check_validity(self):
        for position in self:
            if position.date_from and position.date_to and position.date_to < position.date_from:
                raise ValidationError(
                    _("The validity of the job position %s ends before it starts.", position.name)
                )

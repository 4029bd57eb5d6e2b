from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

#: The four levels of a criterion in the professional standards of teachers and
#: principals (Thông tư 20/2018/TT-BGDĐT, 26/2018/TT-BGDĐT, 14/2018/TT-BGDĐT,
#: 25/2018/TT-BGDĐT: mức chưa đạt, đạt, khá, tốt).
STANDARD_LEVELS = [
    ("not_met", "Not Met"),
    ("met", "Met"),
    ("fair", "Fair"),
    ("good", "Good"),
]


class VnProfessionalStandard(models.Model):
    """A professional standard (chuẩn nghề nghiệp giáo viên, chuẩn hiệu trưởng) issued by
    a circular of the Ministry of Education and Training, with its criteria (tiêu chí) as
    reference rows. Which standard a person assesses himself against comes from his job
    position (``vn.job.position.professional_standard_id``) or, failing that, his
    professional title (``vn.grade.professional_standard_id``), never from names."""

    _name = "vn.professional.standard"
    _description = "Professional Standard"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    code = fields.Char(required=True, index=True, size=64)
    name = fields.Char(required=True)
    legal_basis = fields.Char(required=True)
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    is_placeholder = fields.Boolean(
        string="Unverified",
        help="The criteria were not checked against the circular's own text: check them "
        "before relying on the assessment.",
    )
    criterion_ids = fields.One2many("vn.professional.criterion", "standard_id", string="Criteria")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a professional standard must be unique."),
    ]

    @api.constrains("date_from", "date_to")
    def _check_validity(self):
        for standard in self:
            if standard.date_to and standard.date_to < standard.date_from:
                raise ValidationError(
                    _("The validity of the standard %s ends before it starts.", standard.name)
                )

    def _vn_in_force(self, day):
        """The standards of ``self`` in force on ``day``."""
        return self.filtered(lambda s: s.date_from <= day and (not s.date_to or s.date_to >= day))

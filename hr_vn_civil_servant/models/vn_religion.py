from odoo import fields, models


class VnReligion(models.Model):
    """Religion (tôn giáo), Mẫu 2C-BNV/2008 mục 7: the religions recognised under the
    Luật Tín ngưỡng, tôn giáo 2016, plus "Không" (none)."""

    _name = "vn.religion"
    _description = "Religion"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, name"

    sequence = fields.Integer(default=10)
    code = fields.Char(index=True)
    name = fields.Char(required=True, index="trigram")
    has_religion = fields.Boolean(
        string="Religious Believer",
        default=True,
        index=True,
        help='The row is a religion (not "Không", none). The statistics column "Tôn giáo" '
        "counts this field.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a religion must be unique."),
    ]

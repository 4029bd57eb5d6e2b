from odoo import fields, models


class VnEducationLevel(models.Model):
    """Education and training levels of Mẫu 2C-BNV/2008 mục 15.1–15.6. ``rank`` orders the
    levels of one kind, the highest rank being the highest level."""

    _name = "vn.education.level"
    _description = "Education / Training Level"
    _inherit = ["vn.value.limit.mixin"]
    _order = "kind, rank desc, name"

    kind = fields.Selection(
        [
            ("general", "General Education"),
            ("professional", "Professional Qualification"),
            ("political_theory", "Political Theory"),
            ("state_management", "State Management"),
            ("foreign_language", "Foreign Language"),
            ("it", "Information Technology"),
        ],
        required=True,
        index=True,
    )
    code = fields.Char(index=True)
    name = fields.Char(required=True, translate=False)
    rank = fields.Integer(
        default=10, help="Order within the kind: the higher the rank, the higher the level."
    )
    legal_basis = fields.Char()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of an education level must be unique."),
    ]

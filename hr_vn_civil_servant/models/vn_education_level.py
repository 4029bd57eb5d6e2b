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
    statistics_class = fields.Selection(
        [
            ("doctorate", "Doctorate"),
            ("master", "Master"),
            ("university", "University"),
            ("college", "College"),
            ("intermediate", "Intermediate"),
            ("elementary", "Elementary"),
            ("bachelor", "Bachelor (Political Theory)"),
            ("advanced", "Advanced"),
            ("senior_specialist", "Senior Specialist"),
            ("principal_specialist", "Principal Specialist"),
            ("specialist", "Specialist"),
            ("officer", "Officer"),
            ("degree", "Degree"),
            ("certificate", "Certificate"),
            ("other", "Other"),
        ],
        index=True,
        help="Column of the staff statistics (BM02/BNV, BM01-VC/BNV) that counts this level: "
        "professional qualification doctorate (tiến sĩ, tiến sĩ khoa học), master, university, "
        "college, intermediate, elementary; political theory bachelor (cử nhân), advanced (cao "
        "cấp), intermediate, elementary; state management senior specialist, principal "
        "specialist, specialist, officer (cán sự); foreign language and IT: degree "
        "(đại học; tin học trung cấp or higher) or certificate. The reports read this field, "
        "never the name of the level.",
    )
    legal_basis = fields.Char()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of an education level must be unique."),
    ]

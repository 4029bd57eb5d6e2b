from odoo import fields, models


class VnDocumentType(models.Model):
    """Type of administrative document (tên loại văn bản hành chính), Điều 7 and Phụ lục III
    of Nghị định 30/2020/NĐ-CP, and the three copy types (bản sao)."""

    _name = "vn.document.type"
    _description = "Document Type"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True)
    code = fields.Char(
        string="Abbreviation",
        help="Official abbreviation of the type in the notation (Phụ lục III), e.g. QĐ, QyĐ, TTr. "
        "Empty for Công văn and Thư công: their notation is unit abbreviation + drafting "
        "unit abbreviation, e.g. 12/THCSTL-VP.",
    )
    sequence = fields.Integer(default=10)
    is_copy = fields.Boolean(
        string="Copy Type",
        help="Copy types (bản sao y SY, trích sao TrS, sao lục SL; Điều 25) share one numbering "
        "sequence and are not used for ordinary documents.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The abbreviation of a document type must be unique."),
    ]

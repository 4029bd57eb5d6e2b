from odoo import fields, models


class VnDocumentField(models.Model):
    """Field of work (lĩnh vực) of a document, used to classify and search documents."""

    _name = "vn.document.field"
    _description = "Document Field"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, name"

    name = fields.Char(required=True)
    code = fields.Char()
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)

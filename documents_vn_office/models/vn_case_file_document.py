from odoo import api, fields, models


class VnCaseFile(models.Model):
    """Documents kept in a case file: incoming, outgoing and internal documents.
    A document may be kept in several files (Phụ lục VI, chức năng hồ sơ)."""

    _inherit = "vn.case.file"

    incoming_document_ids = fields.Many2many(
        "vn.incoming.document", string="Incoming Documents", check_company=True
    )
    outgoing_document_ids = fields.Many2many(
        "vn.outgoing.document", string="Outgoing Documents", check_company=True
    )
    internal_document_ids = fields.Many2many(
        "vn.internal.document", string="Internal Documents", check_company=True
    )

    @api.model
    def _document_fields(self):
        return super()._document_fields() + [
            "incoming_document_ids",
            "outgoing_document_ids",
            "internal_document_ids",
        ]

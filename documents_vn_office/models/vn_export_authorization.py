from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError


class VnExportAuthorization(models.Model):
    """An export authorisation of personnel data (hr_vn_civil_servant) names, when it
    came by post or liên thông, the registered incoming document of the unit's register
    that carries the request or decision: number and notation, issuer and date are
    taken from it."""

    _inherit = "vn.export.authorization"

    incoming_document_id = fields.Many2one(
        "vn.incoming.document",
        string="Registered Incoming Document",
        index=True,
        ondelete="restrict",
        domain="[('state', '!=', 'received')]",
        help="The official request or decision as registered in the incoming register.",
    )

    @api.onchange("incoming_document_id")
    def _onchange_incoming_document_id(self):
        doc = self.incoming_document_id
        if doc:
            self.reference = doc.original_number or self.reference
            self.issuer = doc.author_name or self.issuer
            self.date = doc.document_date or doc.arrival_date or self.date

    @api.constrains("incoming_document_id", "company_ids")
    def _check_incoming_document(self):
        for auth in self:
            doc = auth.incoming_document_id.sudo()
            if not doc:
                continue
            if doc.state == "received":
                raise ValidationError(
                    _("The authorising incoming document must be registered first.")
                )
            units = auth.company_ids | auth.company_ids.parent_id
            if doc.company_id not in units._vn_managed_companies():
                raise ValidationError(
                    _(
                        "The authorising incoming document must be registered by one of "
                        "the units of the authorisation or their managing body."
                    )
                )

    def action_confirm(self):
        for auth in self:
            doc = auth.incoming_document_id
            if doc and not self.env.su and not doc.has_access("read"):
                raise AccessError(
                    _("You cannot read the authorising incoming document of %s.", auth.reference)
                )
        return super().action_confirm()

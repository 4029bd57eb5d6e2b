from odoo import fields, models


class VnInternalRefuseWizard(models.TransientModel):
    """Reason of the refusal of an internal document, sent to its drafter."""

    _name = "vn.internal.refuse.wizard"
    _description = "Refuse an Internal Document"
    _inherit = ["vn.value.limit.mixin"]

    internal_id = fields.Many2one("vn.internal.document", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.internal_id.action_refuse(self.reason)
        return {"type": "ir.actions.act_window_close"}

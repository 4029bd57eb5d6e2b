from odoo import fields, models


class VnOutgoingReasonWizard(models.TransientModel):
    """Reason of a step that needs one: back to draft, recall (thu hồi) or correction
    (đính chính) of an outgoing document. The step itself checks who may take it."""

    _name = "vn.outgoing.reason.wizard"
    _description = "Reason of a Step on an Outgoing Document"
    _inherit = ["vn.value.limit.mixin"]

    outgoing_id = fields.Many2one("vn.outgoing.document", required=True, ondelete="cascade")
    kind = fields.Selection(
        [("draft", "Back to Draft"), ("recall", "Recall"), ("correct", "Correct")],
        required=True,
        default="recall",
    )
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        if self.kind == "draft":
            self.outgoing_id.action_draft(self.reason)
            return {"type": "ir.actions.act_window_close"}
        if self.kind == "recall":
            self.outgoing_id.action_recall(self.reason)
            return {"type": "ir.actions.act_window_close"}
        correction = self.outgoing_id.action_correct(self.reason)
        return {
            "type": "ir.actions.act_window",
            "res_model": correction._name,
            "res_id": correction.id,
            "view_mode": "form",
        }

from odoo import fields, models


class VnOutgoingReasonWizard(models.TransientModel):
    """Reason of a recall (thu hồi) or of a correction (đính chính) of an issued document."""

    _name = "vn.outgoing.reason.wizard"
    _description = "Recall or Correct an Outgoing Document"

    outgoing_id = fields.Many2one("vn.outgoing.document", required=True, ondelete="cascade")
    kind = fields.Selection(
        [("recall", "Recall"), ("correct", "Correct")], required=True, default="recall"
    )
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
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

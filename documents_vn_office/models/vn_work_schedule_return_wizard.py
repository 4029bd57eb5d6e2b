from odoo import fields, models


class VnWorkScheduleReturnWizard(models.TransientModel):
    """Reason why a leader returns a work schedule, sent to its drafter."""

    _name = "vn.work.schedule.return.wizard"
    _description = "Return a Work Schedule"
    _inherit = ["vn.value.limit.mixin"]

    schedule_id = fields.Many2one("vn.work.schedule", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.schedule_id.action_return(self.reason)
        return {"type": "ir.actions.act_window_close"}

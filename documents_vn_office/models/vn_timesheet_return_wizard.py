from odoo import fields, models


class VnTimesheetReturnWizard(models.TransientModel):
    """Reason why the unit head returns a timesheet to the clerk (sent to her)."""

    _name = "vn.timesheet.return.wizard"
    _description = "Return a Timesheet"
    _inherit = ["vn.value.limit.mixin"]

    sheet_id = fields.Many2one("vn.timesheet.month", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.sheet_id.action_return(self.reason)
        return {"type": "ir.actions.act_window_close"}

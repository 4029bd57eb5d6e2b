from odoo import fields, models


class VnAppointmentReturnWizard(models.TransientModel):
    _name = "vn.appointment.return.wizard"
    _description = "Return Appointment"
    _inherit = ["vn.value.limit.mixin"]

    appointment_id = fields.Many2one("vn.appointment", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.appointment_id.action_return(reason=self.reason or "")
        return {"type": "ir.actions.act_window_close"}

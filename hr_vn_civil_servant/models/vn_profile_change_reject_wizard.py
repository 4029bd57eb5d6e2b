from odoo import fields, models


class VnProfileChangeRejectWizard(models.TransientModel):
    _name = "vn.profile.change.reject.wizard"
    _description = "Reject Change Request"
    _inherit = ["vn.value.limit.mixin"]

    request_ids = fields.Many2many("vn.profile.change.request", string="Requests")
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.request_ids.action_reject(reason=self.reason or "")
        return {"type": "ir.actions.act_window_close"}

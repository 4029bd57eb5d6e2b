from odoo import api, fields, models


class VnIncomingDirectWizardLine(models.TransientModel):
    _name = "vn.incoming.direct.wizard.line"
    _description = "Supporting Handler"
    _inherit = ["vn.value.limit.mixin"]

    wizard_id = fields.Many2one("vn.incoming.direct.wizard", required=True, ondelete="cascade")
    user_id = fields.Many2one("res.users", string="Person")
    department_id = fields.Many2one("hr.department")
    deadline = fields.Date()

    @api.constrains("user_id", "department_id", "wizard_id")
    def _check_handler_unit(self):
        for line in self:
            line.wizard_id.incoming_id._vn_check_handler(line.user_id, line.department_id)

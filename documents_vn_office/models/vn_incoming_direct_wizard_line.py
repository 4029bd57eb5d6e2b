from odoo import fields, models


class VnIncomingDirectWizardLine(models.TransientModel):
    _name = "vn.incoming.direct.wizard.line"
    _description = "Supporting Handler"

    wizard_id = fields.Many2one("vn.incoming.direct.wizard", required=True, ondelete="cascade")
    user_id = fields.Many2one("res.users", string="Person")
    department_id = fields.Many2one("hr.department")
    deadline = fields.Date()

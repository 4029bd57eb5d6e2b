from odoo import fields, models


class VnNewSchoolWizardUser(models.TransientModel):
    _name = "vn.new.school.wizard.user"
    _description = "First User of a New School"

    wizard_id = fields.Many2one("vn.new.school.wizard", required=True, ondelete="cascade")
    name = fields.Char(required=True)
    login = fields.Char(required=True)
    email = fields.Char()
    preset_id = fields.Many2one("vn.role.preset", string="Role Preset", required=True)

from odoo import fields, models


class VnCaseFileReopenWizard(models.TransientModel):
    _name = "vn.case.file.reopen.wizard"
    _description = "Reopen Case File"
    _inherit = ["vn.value.limit.mixin"]

    case_file_ids = fields.Many2many("vn.case.file", string="Case Files", required=True)
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.case_file_ids.action_reopen(self.reason)
        return {"type": "ir.actions.act_window_close"}

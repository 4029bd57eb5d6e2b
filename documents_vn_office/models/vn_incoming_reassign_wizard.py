from odoo import api, fields, models


class VnIncomingReassignWizard(models.TransientModel):
    """The unit leader's assignment to a person (Phiếu giải quyết văn bản đến, part 2)."""

    _name = "vn.incoming.reassign.wizard"
    _description = "Re-assign an Incoming Document"
    _inherit = ["vn.value.limit.mixin"]

    assignment_id = fields.Many2one("vn.incoming.assignment", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="assignment_id.company_id")
    user_id = fields.Many2one("res.users", string="Person", required=True)
    deadline = fields.Date()
    note = fields.Text(string="Instruction")

    @api.constrains("assignment_id", "user_id")
    def _check_user_unit(self):
        for wizard in self:
            wizard.assignment_id.incoming_id._vn_check_handler(
                wizard.user_id, wizard.env["hr.department"]
            )

    def action_confirm(self):
        self.ensure_one()
        self.assignment_id.action_reassign(self.user_id, self.deadline, self.note)
        return {"type": "ir.actions.act_window_close"}

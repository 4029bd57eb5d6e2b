from odoo import api, fields, models


class VnIncomingDirectWizard(models.TransientModel):
    """The leader's instruction on an incoming document (Phiếu giải quyết văn bản đến,
    part 1): one lead unit or person, optional supporting ones, a deadline for each. The
    leader's delegate uses it too; the document's Direct step checks who confirms."""

    _name = "vn.incoming.direct.wizard"
    _description = "Direct an Incoming Document"
    _inherit = ["vn.value.limit.mixin"]

    incoming_id = fields.Many2one("vn.incoming.document", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="incoming_id.company_id")
    instruction = fields.Text()
    lead_user_id = fields.Many2one("res.users", string="Lead Person")
    lead_department_id = fields.Many2one("hr.department")
    lead_deadline = fields.Date()
    line_ids = fields.One2many(
        "vn.incoming.direct.wizard.line", "wizard_id", string="Supporting Units or Persons"
    )

    @api.constrains("incoming_id", "lead_user_id", "lead_department_id")
    def _check_lead_unit(self):
        for wizard in self:
            wizard.incoming_id._vn_check_handler(wizard.lead_user_id, wizard.lead_department_id)

    def action_confirm(self):
        self.ensure_one()
        lines = []
        if self.lead_user_id or self.lead_department_id:  # else the step asks for a lead
            lines.append(
                {
                    "role": "lead",
                    "user_id": self.lead_user_id.id,
                    "department_id": self.lead_department_id.id,
                    "deadline": self.lead_deadline,
                }
            )
        lines += [
            {
                "role": "support",
                "user_id": line.user_id.id,
                "department_id": line.department_id.id,
                "deadline": line.deadline,
            }
            for line in self.line_ids
        ]
        self.incoming_id._vn_direct(self.instruction, lines)
        return {"type": "ir.actions.act_window_close"}

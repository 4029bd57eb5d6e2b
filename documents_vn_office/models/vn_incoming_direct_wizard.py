from odoo import _, fields, models
from odoo.exceptions import UserError


class VnIncomingDirectWizard(models.TransientModel):
    """The leader's instruction on an incoming document (Phiếu giải quyết văn bản đến,
    part 1): one lead unit or person, optional supporting ones, a deadline for each."""

    _name = "vn.incoming.direct.wizard"
    _description = "Direct an Incoming Document"

    incoming_id = fields.Many2one("vn.incoming.document", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="incoming_id.company_id")
    instruction = fields.Text()
    lead_user_id = fields.Many2one("res.users", string="Lead Person")
    lead_department_id = fields.Many2one("hr.department")
    lead_deadline = fields.Date()
    line_ids = fields.One2many(
        "vn.incoming.direct.wizard.line", "wizard_id", string="Supporting Units or Persons"
    )

    def action_confirm(self):
        self.ensure_one()
        if not (self.lead_user_id or self.lead_department_id):
            raise UserError(_("Name the lead unit or person."))
        lines = [
            {
                "role": "lead",
                "user_id": self.lead_user_id.id,
                "department_id": self.lead_department_id.id,
                "deadline": self.lead_deadline,
            }
        ]
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

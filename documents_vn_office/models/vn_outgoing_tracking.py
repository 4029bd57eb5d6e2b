from odoo import api, fields, models


class VnOutgoingTracking(models.Model):
    """Theo dõi hồi báo: what became of an issued document in each recipient unit
    (Phụ lục VI: the sender sees the recipient's processing state). The recipient's
    document is read with sudo: the sender does not gain access to it."""

    _name = "vn.outgoing.tracking"
    _description = "Recipient's Processing of an Outgoing Document"
    _inherit = ["vn.value.limit.mixin"]
    _order = "outgoing_id, recipient_company_id"

    outgoing_id = fields.Many2one(
        "vn.outgoing.document", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="outgoing_id.company_id", store=True, index=True)
    recipient_company_id = fields.Many2one("res.company", string="Recipient Unit", required=True)
    incoming_id = fields.Many2one(
        "vn.incoming.document", ondelete="set null", groups="base.group_system"
    )
    incoming_state = fields.Char(string="Processing State", compute="_compute_incoming")
    arrival_number = fields.Char(string="Arrival No.", compute="_compute_incoming")
    arrival_date = fields.Date(compute="_compute_incoming")
    done_date = fields.Date(string="Done On", compute="_compute_incoming")

    @api.depends_context("uid")
    def _compute_incoming(self):
        for line in self:
            incoming = line.sudo().incoming_id
            states = dict(incoming._fields["state"]._description_selection(self.env))
            line.incoming_state = states.get(incoming.state, False) if incoming else False
            line.arrival_number = incoming.arrival_number_display or False
            line.arrival_date = incoming.arrival_number and incoming.arrival_date or False
            line.done_date = incoming.done_date

from odoo import api, fields, models


class VnRecordLockWizard(models.TransientModel):
    _name = "vn.record.lock.wizard"
    _description = "Lock or Unlock Unit Records"
    _inherit = ["vn.value.limit.mixin"]

    action = fields.Selection(
        [("lock", "Lock"), ("unlock", "Unlock")], required=True, default="lock"
    )
    company_ids = fields.Many2many(
        "res.company",
        string="Units",
        required=True,
        default=lambda self: self.env.company,
        domain="[('id', 'in', allowed_company_ids)]",
    )
    allowed_company_ids = fields.Many2many(
        "res.company", compute="_compute_allowed_company_ids", string="Allowed Units"
    )
    reason = fields.Text()

    @api.depends("action")
    def _compute_allowed_company_ids(self):
        for wizard in self:
            wizard.allowed_company_ids = self.env.user.company_ids

    def action_confirm(self):
        self.ensure_one()
        self.company_ids._vn_set_records_lock(self.action, self.reason)
        return {"type": "ir.actions.act_window_close"}

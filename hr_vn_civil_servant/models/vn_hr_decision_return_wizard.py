from odoo import fields, models


class VnHrDecisionReturnWizard(models.TransientModel):
    """The head returns a proposal of the HR office with the reason."""

    _name = "vn.hr.decision.return.wizard"
    _description = "Return a Proposal"
    _inherit = ["vn.value.limit.mixin"]

    res_model = fields.Char(required=True)
    res_id = fields.Integer(required=True)
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.env[self.res_model].browse(self.res_id).action_return(reason=self.reason or "")
        return {"type": "ir.actions.act_window_close"}

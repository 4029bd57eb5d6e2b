from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnWorkflowReasonWizard(models.TransientModel):
    """The one dialog asking the reason of a step that requires one (return, refuse...)
    of any workflow of the mechanism (``vn.workflow.mixin._vn_wf_ask_reason``). It only
    carries the reason: the step itself is taken by the record's own action, as the user,
    with every check of the mechanism."""

    _name = "vn.workflow.reason.wizard"
    _description = "Reason of a Step"
    _inherit = ["vn.value.limit.mixin"]

    res_model = fields.Char(required=True)
    res_id = fields.Integer(required=True)
    method = fields.Char(required=True, default="action_return")
    reason = fields.Text(required=True)

    @api.constrains("res_model", "method")
    def _check_target(self):
        for wizard in self:
            Model = self.env.get(wizard.res_model)
            method = wizard.method or ""
            if (
                Model is None
                or not hasattr(Model, "_vn_wf_take")
                or not method.startswith("action_")
                or not hasattr(Model, method)
            ):
                raise ValidationError(_("This dialog only gives the reason of a workflow step."))

    def action_confirm(self):
        self.ensure_one()
        record = self.env[self.res_model].browse(self.res_id)
        getattr(record, self.method)(reason=self.reason or "")
        return {"type": "ir.actions.act_window_close"}

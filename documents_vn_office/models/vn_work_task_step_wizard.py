from odoo import _, fields, models
from odoo.exceptions import UserError

#: steps of a task that ask for a text (and, for some, a person, a percentage, files)
TEXT_STEPS = [
    ("propose", "Propose Otherwise"),
    ("ask_transfer", "Ask to Pass On"),
    ("refuse_transfer", "Refuse Pass On"),
    ("report", "Report Progress"),
    ("finish", "Finish"),
    ("reopen", "Reopen"),
    ("cancel", "Cancel"),
]


class VnWorkTaskStepWizard(models.TransientModel):
    """The dialog of a task's step that needs a reason, a report or a result; the
    step itself (vn.work.task) checks who may take it."""

    _name = "vn.work.task.step.wizard"
    _description = "Task Step"
    _inherit = ["vn.value.limit.mixin"]

    task_id = fields.Many2one("vn.work.task", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="task_id.company_id")
    step = fields.Selection(TEXT_STEPS, required=True)
    text = fields.Text(string="Reason / Report / Result")
    user_id = fields.Many2one(
        "res.users",
        string="Pass On To",
        domain="[('company_ids', 'in', company_id), ('share', '=', False)]",
    )
    progress = fields.Integer(string="Progress (%)")
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "vn_work_task_step_wizard_attachment_rel",
        "wizard_id",
        "attachment_id",
        string="Files",
    )

    def action_confirm(self):
        self.ensure_one()
        task = self.task_id
        text = (self.text or "").strip()
        if self.step == "report":
            task.action_report(self.progress, text, self.attachment_ids)
        elif self.step == "finish":
            task.action_finish(text)
        elif self.step == "ask_transfer":
            if not self.user_id:
                raise UserError(_("Name the person to pass the task on to."))
            task.action_ask_transfer(self.user_id.id, text)
        else:
            if not text:
                raise UserError(_("Give the reason."))
            getattr(task, f"action_{self.step}")(text)
        return {"type": "ir.actions.act_window_close"}

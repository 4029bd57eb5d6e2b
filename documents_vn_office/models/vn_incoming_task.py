from odoo import _, fields, models
from odoo.exceptions import UserError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

CLERK = "documents_vn_office.group_clerk"


class VnIncomingDocument(models.Model):
    """A task from the leader's direction of an incoming document."""

    _inherit = "vn.incoming.document"

    vn_task_ids = fields.Many2many(
        "vn.work.task",
        "vn_work_task_incoming_rel",
        "document_id",
        "task_id",
        string="Tasks",
        readonly=True,
        copy=False,
    )
    vn_task_count = fields.Integer(string="Task Count", compute="_compute_vn_task_count")

    def _compute_vn_task_count(self):
        for doc in self:
            doc.vn_task_count = len(doc.vn_task_ids)

    def _vn_task_defaults(self):
        """The task's form prefilled from the direction: the document, its subject and
        instruction, the directing leader as giver (when he or a clerk of the unit
        records it; anyone else gives it in his own name), the lead and supporting
        handlers, the lead's deadline when it is still ahead."""
        self.ensure_one()
        doc = self.sudo()
        leader = doc.instruction_user_id
        user = self.env.user
        clerks = self._vn_wf_users(CLERK, doc.company_id)
        giver = leader if leader and (user == leader or user in clerks) else user
        people = doc.assignment_ids.filtered("user_id")
        lead = people.filtered(lambda a: a.role == "lead")[:1]
        supports = (people.filtered(lambda a: a.role == "support").user_id) - lead.user_id
        deadline = lead.deadline or doc.deadline
        if deadline and deadline < vn_today(self):
            deadline = False
        return {
            "default_name": doc.subject,
            "default_description": doc.instruction or False,
            "default_company_id": doc.company_id.id,
            "default_giver_id": giver.id,
            "default_lead_user_id": lead.user_id.id,
            "default_support_user_ids": supports.ids,
            "default_deadline": deadline,
            "default_incoming_ids": self.ids,
        }

    def action_vn_new_task(self):
        self.ensure_one()
        self.check_access("read")
        if self.state not in ("directed", "in_progress", "done"):
            raise UserError(_("A task is given from a document once the leader has directed it."))
        return {
            "type": "ir.actions.act_window",
            "name": _("New Task"),
            "res_model": "vn.work.task",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": self._vn_task_defaults(),
        }

    def action_vn_view_tasks(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Tasks"),
            "res_model": "vn.work.task",
            "view_mode": "list,form",
            "domain": [("incoming_ids", "in", self.ids)],
        }

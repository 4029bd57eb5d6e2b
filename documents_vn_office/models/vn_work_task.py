from markupsafe import Markup

from odoo import Command, _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

TASK_STATES = [
    ("assigned", "Waiting for Acceptance"),
    ("in_progress", "In Progress"),
    ("proposed", "Proposed Otherwise"),
    ("transfer", "Pass-on Requested"),
    ("reported", "Waiting for Confirmation"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]
OPEN_STATES = ("assigned", "in_progress", "proposed", "transfer", "reported")
PRIORITIES = [("0", "Normal"), ("1", "Important"), ("2", "Urgent")]
CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"
# What the giver decided: changed only before the lead accepts it or while it is back
# with the giver (proposed).
GIVER_FIELDS = ("name", "lead_user_id", "support_user_ids", "deadline", "description")


class VnWorkTask(models.Model):
    """A task given by a leader (or any user) to one lead person and supporting
    persons of the unit (giao việc, Điều 3.2 of the unit's rules on the office system):
    the lead accepts it, proposes to handle it otherwise (back to the giver with the
    reason), asks to pass it on to someone else (the giver consents or refuses),
    reports progress (report lines with text and files) and finishes it with a result,
    which the giver confirms or reopens. Every step goes through ``vn.workflow.mixin``;
    its to-dos are the Decision activities of the people who may take the next step.

    Not ``project.task``: its stages are free kanban columns any project user moves
    (no guarded state, no step that only the lead or only the giver may take, no
    reason kept with the step), its access follows projects and followers instead of
    the unit, and it would bring the whole Project application to every school."""

    _name = "vn.work.task"
    _description = "Task"
    _inherit = ["vn.workflow.mixin", "vn.attachment.owner.mixin"]
    _order = "deadline, priority desc, id desc"

    _vn_wf_guarded_fields = (
        "accept_date",
        "finish_date",
        "done_date",
        "progress",
        "result",
        "transfer_user_id",
        "transfer_from_state",
        "step_reason",
    )
    _vn_wf_frozen = {
        "in_progress": GIVER_FIELDS,
        "transfer": GIVER_FIELDS,
        "reported": GIVER_FIELDS,
        "done": "__all__",
        "cancelled": "__all__",
    }

    name = fields.Char(string="Task", required=True, tracking=True)
    description = fields.Html(string="Content")
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        default=lambda s: s.env.company,
    )
    state = fields.Selection(
        TASK_STATES, default="assigned", required=True, index=True, tracking=True, copy=False
    )
    giver_id = fields.Many2one(
        "res.users",
        string="Given By",
        required=True,
        index=True,
        default=lambda s: s.env.user,
        tracking=True,
    )
    lead_user_id = fields.Many2one("res.users", string="Lead Person", index=True, tracking=True)
    support_user_ids = fields.Many2many(
        "res.users",
        "vn_work_task_support_rel",
        "task_id",
        "user_id",
        string="Supporting Persons",
    )
    deadline = fields.Date(required=True, index=True, tracking=True)
    priority = fields.Selection(PRIORITIES, default="0", required=True, index=True)
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "vn_work_task_attachment_rel",
        "task_id",
        "attachment_id",
        string="Files",
    )
    incoming_ids = fields.Many2many(
        "vn.incoming.document",
        "vn_work_task_incoming_rel",
        "task_id",
        "document_id",
        string="Incoming Documents",
    )
    outgoing_ids = fields.Many2many(
        "vn.outgoing.document",
        "vn_work_task_outgoing_rel",
        "task_id",
        "document_id",
        string="Outgoing Documents",
    )
    internal_ids = fields.Many2many(
        "vn.internal.document",
        "vn_work_task_internal_rel",
        "task_id",
        "document_id",
        string="Internal Documents",
    )
    report_ids = fields.One2many(
        "vn.work.task.report", "task_id", string="Progress Reports", readonly=True
    )
    progress = fields.Integer(string="Progress (%)", readonly=True, copy=False, aggregator="avg")
    result = fields.Text(readonly=True, copy=False)
    accept_date = fields.Date(string="Accepted On", readonly=True, copy=False)
    finish_date = fields.Date(string="Finished On", readonly=True, copy=False, index=True)
    done_date = fields.Date(string="Confirmed On", readonly=True, copy=False)
    transfer_user_id = fields.Many2one("res.users", string="Pass On To", readonly=True, copy=False)
    transfer_from_state = fields.Char(readonly=True, copy=False)
    step_reason = fields.Text(
        string="Reason", readonly=True, copy=False, help="Reason given at the latest step."
    )
    is_late = fields.Boolean(
        string="Finished Late",
        compute="_compute_is_late",
        store=True,
        help="Finished after the deadline.",
    )
    is_overdue = fields.Boolean(compute="_compute_is_overdue", search="_search_is_overdue")
    vn_can_edit = fields.Boolean(
        string="Editable by Me",
        compute="_compute_vn_can_edit",
        help="Technical: the current user gives the task and it is not accepted yet (or "
        "back with him); the form lets him change it only then.",
    )

    @api.depends("state", "giver_id")
    @api.depends_context("uid")
    def _compute_vn_can_edit(self):
        for task in self:
            giver = task.giver_id or self.env.user
            task.vn_can_edit = giver == self.env.user and task.state in ("assigned", "proposed")

    @api.depends("finish_date", "deadline")
    def _compute_is_late(self):
        for task in self:
            task.is_late = bool(
                task.finish_date and task.deadline and task.finish_date > task.deadline
            )

    @api.depends("deadline", "state")
    def _compute_is_overdue(self):
        today = vn_today(self)
        for task in self:
            task.is_overdue = bool(
                task.deadline and task.deadline < today and task.state in OPEN_STATES
            )

    def _search_is_overdue(self, operator, value):
        domain = [("deadline", "<", vn_today(self)), ("state", "in", OPEN_STATES)]
        if (operator == "=") == bool(value):
            return domain
        return ["!", "&", *domain]

    # ------------------------------------------------------------------ checks
    @api.constrains("lead_user_id", "support_user_ids", "company_id", "state")
    def _check_people(self):
        for task in self.sudo():
            if task.state in ("done", "cancelled"):
                continue
            if not task.lead_user_id:
                raise ValidationError(_("A task needs its lead person."))
            people = task.lead_user_id | task.support_user_ids | task.transfer_user_id
            outside = people.filtered(lambda u, t=task: t.company_id not in u.company_ids)
            if outside:
                raise ValidationError(
                    _(
                        "A task is given to people of its unit: %(names)s do not work in %(unit)s.",
                        names=", ".join(outside.mapped("name")),
                        unit=task.company_id.name,
                    )
                )
            if task.lead_user_id in task.support_user_ids:
                raise ValidationError(_("The lead person is not also a supporting person."))

    @api.constrains("deadline")
    def _check_deadline(self):
        today = vn_today(self)
        for task in self:
            if task.state in OPEN_STATES and task.deadline and task.deadline < today:
                raise ValidationError(
                    _("The deadline (%s) is in the past: give a day from today on.", task.deadline)
                )

    @api.model
    def _vn_check_giver(self, giver, company):
        """Who gives the task: the user himself, or a clerk of the unit recording the
        task a leader of the unit gave (e.g. from an incoming document's direction)."""
        user = self.env.user
        if giver == user:
            return
        if giver in self._vn_wf_users(LEADER, company) and user in self._vn_wf_users(
            CLERK, company
        ):
            return
        raise AccessError(
            _("You give tasks in your own name (a clerk may record a leader's task).")
        )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._vn_check_giver(
                    self.env["res.users"].browse(vals.get("giver_id") or self.env.uid),
                    self.env["res.company"].browse(vals.get("company_id") or self.env.company.id),
                )
        tasks = super().create(vals_list)
        tasks._vn_wf_update_todos()
        return tasks

    def write(self, vals):
        if "giver_id" in vals and not self.env.su:
            raise UserError(_("The giver of a task does not change."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_unstarted(self):
        if self.env.su:
            return
        for task in self:
            if task.state != "assigned" or task.report_ids or task.accept_date:
                raise UserError(
                    _("A task that was accepted or reported on is cancelled, not deleted.")
                )

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Lead: Accept, Propose Otherwise (reason), Ask to Pass On (to whom, reason),
        Finish (result). Lead and supporters: Report Progress. Giver: Consent to Pass On /
        Refuse Pass On (reason), Give Again (after a proposal), Confirm / Reopen (reason),
        Cancel (reason)."""
        lead = {"deciders": "_vn_wf_lead"}
        giver = {"deciders": "_vn_wf_giver"}
        return {
            "accept": dict(
                lead,
                label=_("Accept"),
                sources=("assigned",),
                target="in_progress",
                todo=_("Accept the task"),
                stamp={"accept_date": "today", "step_reason": False},
            ),
            "propose": dict(
                lead,
                label=_("Propose Otherwise"),
                sources=("assigned", "in_progress"),
                target="proposed",
                reason=True,
                reason_field="step_reason",
                notify_author=True,
            ),
            "ask_transfer": dict(
                lead,
                label=_("Ask to Pass On"),
                sources=("assigned", "in_progress"),
                target="transfer",
                reason=True,
                reason_field="step_reason",
                notify_author=True,
            ),
            "report": {
                "label": _("Report Progress"),
                "sources": ("in_progress",),
                "target": None,
                "deciders": "_vn_wf_team",
            },
            "finish": dict(
                lead,
                label=_("Finish"),
                sources=("in_progress",),
                target="reported",
                todo=_("Finish the task"),
                stamp={"finish_date": "today"},
                notify_author=True,
            ),
            "consent_transfer": dict(
                giver,
                label=_("Consent to Pass On"),
                sources=("transfer",),
                target="assigned",
                todo=_("Decide on passing the task on"),
            ),
            "refuse_transfer": dict(
                giver,
                label=_("Refuse Pass On"),
                sources=("transfer",),
                target="_vn_state_before_transfer",
                reason=True,
                reason_field="step_reason",
            ),
            "give_again": dict(
                giver,
                label=_("Give Again"),
                sources=("proposed",),
                target="assigned",
                todo=_("Answer the proposal on the task"),
                stamp={"step_reason": False, "accept_date": False},
            ),
            "confirm": dict(
                giver,
                label=_("Confirm Done"),
                sources=("reported",),
                target="done",
                todo=_("Confirm the task's result"),
                stamp={"done_date": "today"},
            ),
            "reopen": dict(
                giver,
                label=_("Reopen"),
                sources=("reported",),
                target="in_progress",
                reason=True,
                reason_field="step_reason",
                stamp={"finish_date": False},
            ),
            "cancel": dict(
                giver,
                label=_("Cancel"),
                sources=("assigned", "in_progress", "proposed", "transfer"),
                target="cancelled",
                reason=True,
                reason_field="step_reason",
            ),
        }

    def _vn_wf_authors(self):
        return self.sudo().giver_id

    def _vn_wf_lead(self):
        return self.sudo().lead_user_id

    def _vn_wf_giver(self):
        return self.sudo().giver_id

    def _vn_wf_team(self):
        task = self.sudo()
        return task.lead_user_id | task.support_user_ids

    def _vn_state_before_transfer(self):
        return self.sudo().transfer_from_state or "assigned"

    def _compute_display_name(self):
        for task in self:
            task.display_name = task.name or _("New Task")

    # ------------------------------------------------------------------ buttons
    def action_accept(self):
        self._vn_wf_take("accept")
        return True

    def _vn_step_wizard(self, step):
        self.ensure_one()
        self._vn_wf_check_state(step)
        self._vn_wf_actor(step)
        return {
            "type": "ir.actions.act_window",
            "name": self._vn_wf_spec(step)["label"],
            "res_model": "vn.work.task.step.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_task_id": self.id, "default_step": step},
        }

    def action_propose(self, reason=None):
        if reason is None:
            return self._vn_step_wizard("propose")
        self._vn_wf_take("propose", reason=reason)
        return True

    def action_ask_transfer(self, user=None, reason=None):
        """The lead names who should take the task instead and why; the giver decides."""
        if user is None:
            return self._vn_step_wizard("ask_transfer")
        self.ensure_one()
        user = self.env["res.users"].browse(int(user))
        if user == self.sudo().lead_user_id:
            raise UserError(_("Name someone else to pass the task on to."))
        state = self.state
        self._vn_wf_take(
            "ask_transfer",
            reason=reason,
            vals={"transfer_user_id": user.id, "transfer_from_state": state},
        )
        return True

    def _vn_transfer_values(self):
        task = self.sudo()
        new_lead = task.transfer_user_id
        return {
            "lead_user_id": new_lead.id,
            "support_user_ids": [Command.unlink(new_lead.id)],
            "transfer_user_id": False,
            "transfer_from_state": False,
            "accept_date": False,
        }

    def action_consent_transfer(self):
        for task in self:
            task._vn_wf_take("consent_transfer", vals_fn=lambda rec: rec._vn_transfer_values())
        return True

    def action_refuse_transfer(self, reason=None):
        if reason is None:
            return self._vn_step_wizard("refuse_transfer")
        for task in self:
            task._vn_wf_take("refuse_transfer", reason=reason)
            task.sudo().write({"transfer_user_id": False, "transfer_from_state": False})
        return True

    def action_report(self, progress=None, note=None, attachments=None):
        """The lead or a supporter reports: a line with the text, the progress and files
        he uploaded; the lead's report sets the task's progress."""
        if progress is None and note is None:
            return self._vn_step_wizard("report")
        self.ensure_one()
        note = (note or "").strip()
        progress = int(progress or 0)
        if not note:
            raise UserError(_("Write what was done in the report."))
        if not 0 <= progress <= 100:
            raise ValidationError(_("The progress is a percentage between 0 and 100."))
        if not isinstance(attachments, models.BaseModel):  # ids over RPC
            attachments = self.env["ir.attachment"].browse(attachments or [])
        self._vn_check_attachment_owner(attachments)
        self._vn_check_files(attachments.sudo())
        user = self.env.user
        vals = {}
        if user == self.sudo().lead_user_id:
            vals["progress"] = progress
        self._vn_wf_take("report", vals=vals)
        attachments.sudo().write({"res_model": self._name, "res_id": self.id})
        self.env["vn.work.task.report"].sudo().create(
            {
                "task_id": self.id,
                "user_id": user.id,
                "progress": progress,
                "note": note,
                "attachment_ids": [Command.set(attachments.ids)],
            }
        )
        return True

    def action_finish(self, result=None):
        if result is None:
            return self._vn_step_wizard("finish")
        result = (result or "").strip()
        if not result:
            raise UserError(_("Give the result of the task."))
        self._vn_wf_take("finish", reason=result, vals={"result": result, "progress": 100})
        return True

    def action_give_again(self):
        self._vn_wf_take("give_again")
        return True

    def action_confirm(self):
        self._vn_wf_take("confirm")
        return True

    def action_reopen(self, reason=None):
        if reason is None:
            return self._vn_step_wizard("reopen")
        self._vn_wf_take("reopen", reason=reason)
        return True

    def action_cancel(self, reason=None):
        if reason is None:
            return self._vn_step_wizard("cancel")
        self._vn_wf_take("cancel", reason=reason)
        return True

    # ------------------------------------------------------------------ chasing
    @api.model
    def _cron_chase_overdue(self):
        """Daily: the lead of every overdue task gets one to-do "Overdue task" (not a
        second one while the first is open) and a message in his inbox, in his language."""
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        tasks = self.sudo().search([("is_overdue", "=", True), ("lead_user_id", "!=", False)])
        if not tasks:
            return True
        langs = set(tasks.lead_user_id.mapped("lang")) | {self.env.lang or "en_US"}

        def summary_in(lang):
            return self.with_context(lang=lang).env._("Overdue task")

        summaries = {summary_in(lang) for lang in langs}
        open_todos = (
            self.env["mail.activity"]
            .sudo()
            ._read_group(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", tasks.ids),
                    ("summary", "in", list(summaries)),
                ],
                ["res_id", "user_id"],
            )
        )
        have = {(res_id, user.id) for res_id, user in open_todos}
        for task in tasks:
            lead = task.lead_user_id
            if (task.id, lead.id) in have:
                continue
            local = task.with_context(lang=lead.lang)
            local.activity_schedule(
                activity_type_id=activity_type.id,
                summary=summary_in(lead.lang),
                note=local.env._("The deadline was %s.", task.deadline),
                user_id=lead.id,
                date_deadline=vn_today(self),
            )
            local.message_post(
                body=Markup("<p>%s</p>")
                % local.env._("The task is overdue: the deadline was %s.", task.deadline),
                partner_ids=lead.partner_id.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

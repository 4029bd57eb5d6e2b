from odoo import Command, _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .vn_document_mixin import MIN_DATE

INCOMING_STATES = [
    ("received", "Received"),
    ("registered", "Registered"),
    ("submitted", "Submitted"),
    ("directed", "Directed"),
    ("in_progress", "In Progress"),
    ("done", "Done"),
    ("filed", "Filed"),
]
CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"
#: The columns of the Sổ đăng ký văn bản đến (Phụ lục IV NĐ 30/2020) and what they depend
#: on (register, unit, secrecy, urgency, medium, hand-typed number): frozen once the
#: document is registered. The recipients (recipient_text) follow the direction step.
REGISTER_COLUMNS = (
    "arrival_date",
    "arrival_time",
    "issuer_id",
    "author_name",
    "original_number",
    "document_date",
    "type_id",
    "subject",
    "pages",
    "register_id",
    "company_id",
    "secrecy",
    "urgency",
    "medium",
    "manual_number",
)


class VnIncomingDocument(models.Model):
    """Incoming document (văn bản đến), Điều 20–24 of Nghị định 30/2020/NĐ-CP: received,
    registered with a số đến, presented to the leader, directed to a lead unit/person and
    supporting ones with deadlines, handled, filed. Its fields are the columns of the Sổ
    đăng ký văn bản đến and of the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV)."""

    _name = "vn.incoming.document"
    _description = "Incoming Document"
    _inherit = ["vn.document.mixin", "vn.workflow.mixin"]
    _order = "arrival_date desc, arrival_number desc, id desc"
    _rec_names_search = ["subject", "original_number", "author_name"]

    # Only the steps write the state, the numbers, the direction and who-and-when fields;
    # the register's columns are frozen once registered, everything once filed.
    _vn_wf_guarded_fields = (
        "arrival_number",
        "instruction",
        "instruction_date",
        "instruction_user_id",
        "transfer_date",
        "deadline",
        "assignment_ids",
        "recipient_text",
        "lead_user_id",
        "done_date",
        "source_outgoing_id",
    )
    _vn_wf_frozen = {
        "registered": REGISTER_COLUMNS,
        "submitted": (*REGISTER_COLUMNS, "leader_id"),
        "directed": (*REGISTER_COLUMNS, "leader_id"),
        "in_progress": (*REGISTER_COLUMNS, "leader_id"),
        "done": (*REGISTER_COLUMNS, "leader_id"),
        "filed": "__all__",
    }
    _vn_wf_new_record_steps = ("register",)

    _vn_number_field = "arrival_number"
    _vn_number_date_field = "arrival_date"
    _vn_direction = "incoming"
    _vn_closed_states = ("done", "filed")

    state = fields.Selection(
        INCOMING_STATES, default="received", required=True, index=True, tracking=True, copy=False
    )
    arrival_number = fields.Integer(
        copy=False,
        readonly=True,
        index=True,
        aggregator=None,
        help="Số đến: consecutive in the order of receipt within the year, per register "
        "(Điều 22.2). Given when the document is registered; a clerk may type it for a "
        "back-registration.",
    )
    arrival_number_display = fields.Char(
        string="Arrival No.", compute="_compute_arrival_number_display"
    )
    arrival_date = fields.Date(
        required=True,
        default=lambda self: vn_today(self),
        index=True,
        tracking=True,
    )
    arrival_time = fields.Float(
        help="Time of arrival, required for very urgent and flash documents (giờ đến).",
    )
    original_number = fields.Char(
        string="Number and Notation",
        size=100,
        index="trigram",
        tracking=True,
        help="Số và ký hiệu of the document as issued by its author, e.g. 15/QĐ-BGDĐT.",
    )
    issuer_id = fields.Many2one(
        "res.partner",
        string="Issuing Body",
        index=True,
        domain="[('vn_is_issuing_body', '=', True)]",
        tracking=True,
    )
    author_name = fields.Char(
        string="Author",
        compute="_compute_author_name",
        store=True,
        readonly=False,
        index="trigram",
        help="Tác giả: the issuing body as printed in the register.",
    )
    signer_name = fields.Char(string="Signed By", help="Position and name of the signer.")
    pages = fields.Integer()
    medium = fields.Selection(
        [("paper", "Paper"), ("electronic", "Electronic")], default="paper", required=True
    )
    leader_id = fields.Many2one(
        "res.users", tracking=True, help="Leader the document is presented to."
    )
    instruction = fields.Text(string="Leader's Instruction", tracking=True, readonly=True)
    instruction_date = fields.Date(copy=False, readonly=True)
    instruction_user_id = fields.Many2one(
        "res.users", string="Directed By", copy=False, readonly=True
    )
    transfer_date = fields.Date(
        copy=False,
        readonly=True,
        help="Ngày chuyển: the day the document was handed to the handlers.",
    )
    assignment_ids = fields.One2many(
        "vn.incoming.assignment", "incoming_id", string="Assignments", copy=False, readonly=True
    )
    recipient_text = fields.Char(
        string="Unit or Person Receiving",
        compute="_compute_recipient_text",
        store=True,
        help="Đơn vị hoặc người nhận: the lead and supporting handlers.",
    )
    lead_user_id = fields.Many2one(
        "res.users", string="Lead Handler", compute="_compute_recipient_text", store=True
    )
    progress = fields.Char(compute="_compute_progress")
    result = fields.Text(tracking=True)
    done_date = fields.Date(string="Done On", copy=False, readonly=True)
    reply_document_id = fields.Many2one(
        "vn.outgoing.document", string="Reply", copy=False, index="btree_not_null"
    )
    reply_notation = fields.Char(
        string="Reply Number and Notation", related="reply_document_id.name"
    )
    source_outgoing_id = fields.Many2one(
        "vn.outgoing.document",
        string="Sent By (Internal Exchange)",
        copy=False,
        readonly=True,
        index="btree_not_null",
        groups="base.group_system",
    )
    duplicate_warning = fields.Char(compute="_compute_duplicate_warning")
    my_assignment_state = fields.Char(compute="_compute_my_assignment")

    _sql_constraints = [
        (
            "arrival_number_uniq",
            "unique(register_id, number_year, arrival_number)",
            "This arrival number is already used in the register for this year.",
        ),
    ]

    @api.depends("arrival_number")
    def _compute_arrival_number_display(self):
        for doc in self:
            doc.arrival_number_display = self.env["vn.document.register"]._vn_format_number(
                doc.arrival_number
            )

    @api.depends("issuer_id")
    def _compute_author_name(self):
        for doc in self:
            doc.author_name = doc.issuer_id.name if doc.issuer_id else doc.author_name

    @api.depends(
        "assignment_ids.role",
        "assignment_ids.user_id",
        "assignment_ids.department_id",
        "assignment_ids.parent_id",
    )
    def _compute_recipient_text(self):
        for doc in self:
            top = doc.assignment_ids.filtered(lambda a: not a.parent_id).sorted(
                lambda a: (a.role != "lead", a.id)
            )
            doc.recipient_text = "; ".join(a._vn_handler_name() for a in top) or False
            lead = top.filtered(lambda a: a.role == "lead")[:1]
            doc.lead_user_id = lead.user_id or lead.department_id.manager_id.user_id

    @api.depends("state", "assignment_ids.state")
    def _compute_progress(self):
        labels = dict(self._fields["state"]._description_selection(self.env))
        for doc in self:
            total = len(doc.assignment_ids)
            done = len(doc.assignment_ids.filtered(lambda a: a.state == "done"))
            doc.progress = labels.get(doc.state, "") + (f" ({done}/{total})" if total else "")

    @api.depends("original_number", "issuer_id", "author_name", "company_id")
    def _compute_duplicate_warning(self):
        """Same number and issuer already registered: searched with the reader's own
        rights, so another unit's documents and the secret ones he may not read are
        neither counted nor named. Naming a secret one is a read of it (logged)."""
        for doc in self:
            doc.duplicate_warning = False
            if not doc.original_number:
                continue
            domain = [
                ("company_id", "=", doc.company_id.id),
                ("original_number", "=ilike", doc.original_number.strip()),
            ]
            if doc.issuer_id:
                domain.append(("issuer_id", "=", doc.issuer_id.id))
            elif doc.author_name:
                domain.append(("author_name", "=ilike", doc.author_name))
            if doc._origin.id:
                domain.append(("id", "!=", doc._origin.id))
            others = self.search(domain, limit=3)
            if others:
                others._vn_log_read("warning")
                doc.duplicate_warning = _(
                    "A document with the same number and issuer is already registered: %s",
                    ", ".join(
                        f"{o.arrival_number_display or '—'} ({o.arrival_date})" for o in others
                    ),
                )

    @api.depends_context("uid")
    def _compute_my_assignment(self):
        for doc in self:
            doc.my_assignment_state = doc._vn_open_assignments(self.env.user)[:1].state or False

    @api.depends("arrival_number", "subject")
    def _compute_display_name(self):
        for doc in self:
            prefix = doc.arrival_number_display or _("New")
            doc.display_name = f"{prefix} - {doc.subject or ''}"

    def _vn_secret_extra_users(self):
        return self.assignment_ids.user_id | self.leader_id

    # ------------------------------------------------------------------ handlers
    def _vn_check_handler(self, user, department):
        """A handler (or the leader a document is presented to) works in the document's
        unit; a secret document goes to a person, or to a department whose head may read
        it, so that nobody gets a to-do naming a document he cannot open."""
        self.ensure_one()
        unit = self.company_id
        user = user.sudo()
        department = department.sudo()
        if user and unit not in user.company_ids:
            raise ValidationError(
                _(
                    "%(user)s does not work in %(unit)s: only its own people handle its documents.",
                    user=user.name,
                    unit=unit.name,
                )
            )
        if department and department.company_id != unit:
            raise ValidationError(
                _(
                    "%(department)s is not a department of %(unit)s.",
                    department=department.name,
                    unit=unit.name,
                )
            )
        if department and not user and self.secrecy != "normal":
            head = department.manager_id.user_id
            if not (head and self._vn_user_can_read(head)):
                raise ValidationError(
                    _(
                        "The head of %(department)s may not read this secret document: "
                        "assign it to a person.",
                        department=department.name,
                    )
                )

    @api.constrains("leader_id", "company_id", "secrecy")
    def _check_handlers_unit(self):
        for doc in self:
            if doc.leader_id:
                doc._vn_check_handler(doc.leader_id, doc.env["hr.department"])
            for assignment in doc.assignment_ids:
                doc._vn_check_handler(assignment.user_id, assignment.department_id)

    @api.constrains("urgency", "arrival_time")
    def _check_arrival_time(self):
        for doc in self:
            if doc.urgency in ("very_urgent", "flash") and not doc.arrival_time:
                raise ValidationError(
                    _("The arrival time is required for very urgent and flash documents.")
                )
            if doc.arrival_time and not 0 <= doc.arrival_time < 24:
                raise ValidationError(_("The arrival time must be between 00:00 and 23:59."))

    @api.constrains("pages", "arrival_date")
    def _check_vn_pages_arrival(self):
        # the arrival date is past by nature (Vietnam's today: scheduled jobs run in UTC)
        today = max(
            vn_today(self),
            vn_today(self.with_context(tz="Asia/Ho_Chi_Minh")),
        )
        for doc in self:
            if not 0 <= doc.pages <= 100000:
                raise ValidationError(
                    _("The number of pages must be between 0 and 100,000 (%s given).", doc.pages)
                )
            if doc.arrival_date and not MIN_DATE <= doc.arrival_date <= today:
                raise ValidationError(
                    _(
                        "The arrival date (%(date)s) cannot be in the future or before %(first)s.",
                        date=doc.arrival_date.strftime("%d/%m/%Y"),
                        first=MIN_DATE.strftime("%d/%m/%Y"),
                    )
                )

    @api.constrains("document_date", "arrival_date")
    def _check_dates(self):
        for doc in self:
            if doc.document_date and doc.arrival_date and doc.document_date > doc.arrival_date:
                raise ValidationError(_("A document cannot arrive before its own date."))

    @api.constrains("leader_id", "company_id")
    def _check_leader(self):
        for doc in self:
            if doc.leader_id and doc.leader_id not in doc._vn_wf_leaders():
                raise ValidationError(
                    _(
                        "%(user)s is not a leader of %(unit)s: a document is presented to a "
                        "leader of its own unit.",
                        user=doc.leader_id.name,
                        unit=doc.company_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        docs = super().create(vals_list)
        docs._vn_wf_update_todos()  # received: the register's keepers get the to-do
        return docs

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if not self.env.su and any(doc.arrival_number for doc in self):
            raise UserError(
                _("A registered document cannot be deleted: its arrival number would be lost.")
            )

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Received → registered (số đến) → submitted to the leader → directed to the
        handlers → in progress → done → filed (Điều 20–24 NĐ 30/2020). The handlers'
        steps are taken from their assignments (vn.incoming.assignment)."""
        handling = ("directed", "in_progress")
        urgent = len(self) == 1 and self.urgency not in (False, "normal")
        return {
            "register": {
                "label": _("Register Document"),
                "sources": ("received",),
                "target": "registered",
                "deciders": "_vn_wf_clerks",
                "todo": _("Document received to register"),
                "todo_users": "_vn_todo_clerks",
            },
            "submit": {
                "label": _("Submit to Leader"),
                "sources": ("registered",),
                "target": "submitted",
                "deciders": "_vn_wf_clerks",
                "check": "_vn_check_submit",
            },
            "direct": {
                "label": _("Direct"),
                "sources": ("registered", "submitted", "directed"),
                "target": "directed",
                "deciders": "_vn_wf_leaders",
                "right": "direct",
                "todo": _("Urgent document to direct") if urgent else _("Document to direct"),
                "todo_users": "_vn_todo_leader",
                "stamp": {
                    "instruction_date": "today",
                    "instruction_user_id": "user",
                    "transfer_date": "today",
                },
            },
            "start": {
                "label": _("Start Handling"),
                "sources": handling,
                "target": "in_progress",
                "deciders": "_vn_wf_handlers",
            },
            "propose": {
                "label": _("Send Proposal"),
                "sources": handling,
                "target": "in_progress",
                "deciders": "_vn_wf_handlers",
            },
            "reassign": {
                "label": _("Re-assign"),
                "sources": handling,
                "target": "in_progress",
                "deciders": "_vn_wf_handlers",
            },
            "part_done": {
                "label": _("My Part Done"),
                "sources": (*handling, "done"),
                "target": "_vn_wf_target_handled",
                "deciders": "_vn_wf_handlers",
                "todo": _("Document to handle"),
                "todo_users": "_vn_todo_handlers",
            },
            "done": {
                "label": _("Mark Done"),
                "sources": handling,
                "target": "done",
                "deciders": "_vn_wf_closers",
                "stamp": {"done_date": "today"},
            },
            "file": {
                "label": _("File"),
                "sources": ("done",),
                "target": "filed",
                "deciders": "_vn_wf_clerks",
            },
        }

    def _vn_wf_authors(self):
        """An incoming document is written by another body: nobody of the unit is its
        author (the clerk who records it is not)."""
        return self.env["res.users"]

    def _vn_wf_frozen_message(self):
        if self.state == "filed":
            return _("A filed document is kept as it was filed.")
        return _("The register is a legal record: write a correction in the Notes.")

    # deciders and to-do users
    def _vn_incoming_register(self):
        doc = self.sudo()
        return doc.register_id or self.env["vn.document.register"]._vn_default_register(
            doc.company_id, "incoming", doc.secrecy != "normal"
        )

    def _vn_wf_clerks(self):
        """The keepers of the document's register (its default one while none is chosen)
        who are clerks of the unit; the unit's clerks when the register has none."""
        clerks = self._vn_wf_users(CLERK, self.sudo().company_id)
        return (self._vn_incoming_register().keeper_ids & clerks) or clerks

    def _vn_wf_leaders(self):
        return self._vn_wf_users(LEADER, self.sudo().company_id)

    def _vn_open_assignments(self, user=None):
        """Open assignments of the document (held by ``user`` if given), as superuser."""
        return self.sudo().assignment_ids.filtered(
            lambda a: a.state != "done" and (user is None or a._vn_is_holder(user))
        )

    def _vn_wf_handlers(self):
        """Who holds an open assignment: the person, or the manager of the department."""
        assignments = self._vn_open_assignments()
        return assignments.user_id | assignments.department_id.manager_id.user_id

    def _vn_wf_closers(self):
        return self.sudo().lead_user_id | self._vn_wf_leaders() | self._vn_wf_clerks()

    def _vn_unit_staff(self, users):
        """Those of ``users`` whose own unit is the document's, system administrators
        aside (they work in every unit); all of them when none is."""
        company = self.sudo().company_id
        own = users.filtered(lambda u: u.company_id == company and not u._is_system())
        return own or users

    def _vn_todo_clerks(self):
        return self._vn_unit_staff(self._vn_wf_clerks())

    def _vn_todo_leader(self):
        """The leader the document was presented to (and his delegates)."""
        return self.sudo().leader_id if self.state == "submitted" else self.env["res.users"]

    def _vn_todo_handlers(self):
        if self.state in ("directed", "in_progress"):
            return self._vn_wf_handlers()
        return self.env["res.users"]

    def _vn_default_leader(self):
        self.ensure_one()
        return self._vn_unit_staff(self._vn_wf_leaders())[:1]

    def _vn_presented_to(self):
        """The leader chosen by the clerk, else the unit's first leader."""
        return self.leader_id or self._vn_default_leader()

    def _vn_leads_done(self, closing=None):
        """Every lead assignment is done (counting ``closing`` as done)."""
        closing = closing or self.env["vn.incoming.assignment"]
        leads = self.sudo().assignment_ids.filtered(lambda a: a.role == "lead")
        return bool(leads) and all(a.state == "done" or a in closing for a in leads)

    def _vn_wf_target_handled(self):
        """After a handler closed his part: done once the lead handlers are."""
        return "done" if self.state == "done" or self._vn_leads_done() else "in_progress"

    # steps
    def action_register(self):
        """Vào sổ: give the số đến (Điều 22), in the default register if none is chosen."""
        self._vn_wf_take("register", vals_fn=lambda doc: doc._vn_register_values())
        return True

    def _vn_register_values(self):
        if not self.register_id:
            self.sudo().register_id = self._vn_incoming_register()
        return {"arrival_number": self._vn_assign_number()}

    def _vn_check_submit(self):
        if not self._vn_presented_to():
            raise UserError(_("Choose the leader to submit the document to."))

    def action_submit(self):
        """Trình: present to the leader the same day, urgent documents at once (Điều 23,
        24.2): the leader gets a to-do and, for urgent ones, a message."""
        self._vn_wf_take("submit", vals_fn=lambda doc: {"leader_id": doc._vn_presented_to().id})
        urgencies = dict(self._fields["urgency"]._description_selection(self.env))
        for doc in self.filtered(lambda d: d.urgency != "normal"):
            doc.message_post(
                body=_(
                    "Urgent document (%(urgency)s) submitted for direction: %(doc)s",
                    urgency=urgencies[doc.urgency],
                    doc=doc.display_name,
                ),
                partner_ids=doc.leader_id.partner_id.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def action_direct(self):
        """Open the direction dialog (Phiếu giải quyết văn bản đến, part 1)."""
        self.ensure_one()
        self._vn_wf_check_state("direct")
        self._vn_wf_actor("direct")
        return {
            "type": "ir.actions.act_window",
            "name": _("Direct"),
            "res_model": "vn.incoming.direct.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_incoming_id": self.id},
        }

    def _vn_direct(self, instruction, lines):
        """The leader's (or his delegate's) instruction and the assignments; a new
        direction replaces the open ones. ``lines``: dicts with role, user_id,
        department_id, deadline."""
        self.ensure_one()
        self._vn_wf_take(
            "direct",
            reason=instruction,
            vals_fn=lambda doc: doc._vn_direct_values(instruction, lines),
        )
        return True

    def _vn_direct_values(self, instruction, lines):
        if not any(line.get("role") == "lead" for line in lines):
            raise UserError(_("Name the lead unit or person."))
        for line in lines:
            if not (line.get("user_id") or line.get("department_id")):
                raise UserError(_("Each assignment needs a person or a department."))
            deadline = line.get("deadline")
            if deadline and fields.Date.to_date(deadline) < self.arrival_date:
                raise ValidationError(
                    _("A deadline cannot be before the arrival date (%s).", self.arrival_date)
                )
        today = vn_today(self)
        replaced = self.sudo().assignment_ids.filtered(
            lambda a: not a.parent_id and a.state != "done"
        )
        lead = next(line for line in lines if line.get("role") == "lead")
        return {
            "instruction": instruction,
            "deadline": lead.get("deadline") or False,
            "assignment_ids": [Command.delete(a.id) for a in replaced]
            + [
                Command.create(dict(line, assigned_by_id=self.env.uid, assign_date=today))
                for line in lines
            ],
        }

    def _vn_handling_values(self, assignment, values, extra=()):
        """What a handler's step writes: his assignment, and the done date when it closes
        the document."""
        result = {"assignment_ids": [Command.update(assignment.id, values), *extra]}
        if (
            values.get("state") == "done"
            and self.state != "done"
            and self._vn_leads_done(assignment)
        ):
            result["done_date"] = vn_today(self)
        return result

    def action_done(self):
        """Mark Done (lead handler, leader, clerk): the document is handled; the caller's
        own open assignments are closed with it."""
        today = vn_today(self)
        for doc in self:
            mine = doc._vn_open_assignments(self.env.user)
            doc._vn_wf_take(
                "done",
                vals={
                    "assignment_ids": [
                        Command.update(a.id, {"state": "done", "done_date": today}) for a in mine
                    ]
                },
            )
        return True

    def _vn_my_open_assignments(self):
        self.ensure_one()
        self.check_access("read")
        return self._vn_open_assignments(self.env.user).with_env(self.env)

    def _vn_handler_step(self, method, *args):
        """Call ``method`` of the current user's open assignments on these documents
        (the kanban's "Done", demo data)."""
        for doc in self:
            mine = doc._vn_my_open_assignments()
            if not mine:
                raise UserError(_("You have no open assignment on %s.", doc.display_name))
            getattr(mine, method)(*args)
        return True

    def action_my_done(self):
        """Kanban "Done" for a handler: closes his part; the lead's closes the document."""
        return self._vn_handler_step("action_done")

    def action_file(self):
        self._vn_wf_take("file")
        return True

    @api.model
    def _cron_overdue_activities(self):
        """Daily: an activity for each handler of an overdue assignment (no duplicates)."""
        today = vn_today(self)
        assignments = (
            self.env["vn.incoming.assignment"]
            .sudo()
            .search([("state", "!=", "done"), ("deadline", "<", today)])
        )
        summary = _("Overdue document")
        for assignment in assignments:
            user = assignment.user_id or assignment.department_id.manager_id.user_id
            assignment.incoming_id._vn_deadline_alert(
                user, summary, _("The deadline was %s.", assignment.deadline)
            )
        return True

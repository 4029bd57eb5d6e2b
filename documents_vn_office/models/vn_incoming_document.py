from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

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


class VnIncomingDocument(models.Model):
    """Incoming document (văn bản đến), Điều 20–24 of Nghị định 30/2020/NĐ-CP: received,
    registered with a số đến, presented to the leader, directed to a lead unit/person and
    supporting ones with deadlines, handled, filed. Its fields are the columns of the Sổ
    đăng ký văn bản đến and of the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV)."""

    _name = "vn.incoming.document"
    _description = "Incoming Document"
    _inherit = ["vn.document.mixin"]
    _order = "arrival_date desc, arrival_number desc, id desc"
    _rec_names_search = ["subject", "original_number", "author_name"]

    _vn_number_field = "arrival_number"
    _vn_number_date_field = "arrival_date"
    _vn_direction = "incoming"
    _vn_closed_states = ("done", "filed")

    state = fields.Selection(
        INCOMING_STATES, default="received", required=True, index=True, tracking=True, copy=False
    )
    arrival_number = fields.Integer(
        copy=False,
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
        default=fields.Date.context_today,
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
    instruction = fields.Text(string="Leader's Instruction", tracking=True)
    instruction_date = fields.Date(copy=False)
    instruction_user_id = fields.Many2one("res.users", string="Directed By", copy=False)
    transfer_date = fields.Date(
        copy=False,
        help="Ngày chuyển: the day the document was handed to the handlers.",
    )
    assignment_ids = fields.One2many(
        "vn.incoming.assignment", "incoming_id", string="Assignments", copy=False
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
    done_date = fields.Date(string="Done On", copy=False)
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
            if doc.id:
                domain.append(("id", "!=", doc.id))
            others = self.sudo().search(domain, limit=3)
            if others:
                doc.duplicate_warning = _(
                    "A document with the same number and issuer is already registered: %s",
                    ", ".join(
                        f"{o.arrival_number_display or '—'} ({o.arrival_date})" for o in others
                    ),
                )

    def _compute_my_assignment(self):
        for doc in self:
            mine = doc.assignment_ids.filtered(
                lambda a: a.user_id == self.env.user and a.state != "done"
            )
            doc.my_assignment_state = mine[:1].state or False

    @api.depends("arrival_number", "subject")
    def _compute_display_name(self):
        for doc in self:
            prefix = doc.arrival_number_display or _("New")
            doc.display_name = f"{prefix} - {doc.subject or ''}"

    def _vn_secret_extra_users(self):
        return self.assignment_ids.user_id | self.leader_id

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
            fields.Date.context_today(self),
            fields.Date.context_today(self.with_context(tz="Asia/Ho_Chi_Minh")),
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

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if any(doc.arrival_number for doc in self) and not self.env.su:
            raise UserError(
                _("A registered document cannot be deleted: its arrival number would be lost.")
            )

    # ------------------------------------------------------------------ workflow
    def action_register(self):
        """Vào sổ: give the số đến (Điều 22)."""
        self._vn_require_group("documents_vn_office.group_clerk", _("clerk"))
        for doc in self:
            if doc.state != "received":
                raise UserError(_("The document %s is already registered.", doc.display_name))
            doc._vn_check_access_secret()
            if not doc.register_id:
                doc.register_id = self.env["vn.document.register"]._vn_default_register(
                    doc.company_id, "incoming", doc.secrecy != "normal"
                )
            number = doc._vn_assign_number()
            doc.write({"arrival_number": number, "state": "registered"})
        return True

    def _vn_default_leader(self):
        self.ensure_one()
        leader_group = self.env.ref("documents_vn_office.group_leader")
        return (
            self.env["res.users"]
            .sudo()
            .search(
                [("groups_id", "in", leader_group.ids), ("company_id", "=", self.company_id.id)],
                limit=1,
            )
        )

    def action_submit(self):
        """Trình: present to the leader the same day; urgent documents at once (Điều 23,
        24.2): the leader gets an activity and, for urgent ones, a message."""
        self._vn_require_group("documents_vn_office.group_clerk", _("clerk"))
        self._vn_check_state(("registered",), _("Submitting"))
        for doc in self:
            doc._vn_check_access_secret()
            leader = doc.leader_id or doc._vn_default_leader()
            if not leader:
                raise UserError(_("Choose the leader to submit the document to."))
            doc.write({"leader_id": leader.id, "state": "submitted"})
            urgent = doc.urgency != "normal"
            summary = _("Urgent document to direct") if urgent else _("Document to direct")
            doc._vn_deadline_alert(leader, summary)
            if urgent:
                doc.message_post(
                    body=_(
                        "Urgent document (%(urgency)s) submitted for direction: %(doc)s",
                        urgency=dict(doc._fields["urgency"]._description_selection(self.env))[
                            doc.urgency
                        ],
                        doc=doc.display_name,
                    ),
                    partner_ids=leader.partner_id.ids,
                    message_type="comment",
                    subtype_xmlid="mail.mt_comment",
                )
        return True

    def action_direct(self):
        """Open the direction wizard (Phiếu giải quyết văn bản đến, part 1)."""
        self.ensure_one()
        self._vn_require_group("documents_vn_office.group_leader", _("leader"))
        self._vn_check_state(("registered", "submitted", "directed"), _("Directing"))
        return {
            "type": "ir.actions.act_window",
            "name": _("Direct"),
            "res_model": "vn.incoming.direct.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_incoming_id": self.id},
        }

    def _vn_direct(self, instruction, lines):
        """Record the leader's instruction and create the assignments.

        ``lines``: dicts with role, user_id, department_id, deadline."""
        self.ensure_one()
        self._vn_require_group("documents_vn_office.group_leader", _("leader"))
        self._vn_check_state(("registered", "submitted", "directed"), _("Directing"))
        self._vn_check_access_secret()
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
        today = fields.Date.context_today(self)
        lead_deadline = next(
            (line.get("deadline") for line in lines if line.get("role") == "lead"), False
        )
        self.assignment_ids.filtered(lambda a: not a.parent_id and a.state != "done").unlink()
        self.write(
            {
                "instruction": instruction,
                "instruction_date": today,
                "instruction_user_id": self.env.uid,
                "transfer_date": today,
                "deadline": lead_deadline,
                "state": "directed",
                "assignment_ids": [
                    (0, 0, dict(line, assigned_by_id=self.env.uid, assign_date=today))
                    for line in lines
                ],
            }
        )
        self.activity_ids.filtered(lambda a: a.user_id == self.env.user).action_done()
        for assignment in self.assignment_ids:
            user = assignment.user_id or assignment.department_id.manager_id.user_id
            self._vn_deadline_alert(user, _("Document to handle"), instruction or "")
        return True

    def action_done(self):
        """Mark the document handled (result, optional reply)."""
        for doc in self:
            doc._vn_check_state(("directed", "in_progress"), _("Closing"))
            doc._vn_check_access_secret()
            is_lead = self.env.user == doc.lead_user_id
            if not (
                is_lead
                or self.env.su
                or self.env.user.has_group("documents_vn_office.group_leader")
                or self.env.user.has_group("documents_vn_office.group_clerk")
            ):
                raise UserError(_("Only the lead handler or a leader can close the document."))
            doc.sudo().assignment_ids.filtered(
                lambda a: a.user_id == self.env.user and a.state != "done"
            ).write({"state": "done", "done_date": fields.Date.context_today(doc)})
            doc.sudo().write({"state": "done", "done_date": fields.Date.context_today(doc)})
            doc.sudo().activity_ids.filtered(lambda a: a.user_id == self.env.user).action_done()
        return True

    def action_my_done(self):
        """Kanban button "Done" for a handler: closes his assignment; the lead's closes
        the document."""
        for doc in self:
            doc._vn_check_access_secret()
            mine = doc.sudo().assignment_ids.filtered(
                lambda a: a.user_id == self.env.user and a.state != "done"
            )
            if not mine:
                raise UserError(_("You have no open assignment on %s.", doc.display_name))
            mine.action_done()
        return True

    def action_file(self):
        self._vn_require_group("documents_vn_office.group_clerk", _("clerk"))
        self._vn_check_state(("done",), _("Filing"))
        self._vn_check_access_secret()
        self.write({"state": "filed"})
        return True

    def action_reset_received(self):
        """Back to received, only while not yet registered."""
        self._vn_check_state(("received",), _("Resetting"))
        return True

    @api.model
    def _cron_overdue_activities(self):
        """Daily: an activity for each handler of an overdue assignment (no duplicates)."""
        today = fields.Date.context_today(self)
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

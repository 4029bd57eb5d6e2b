from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


class VnIncomingAssignment(models.Model):
    """One handler of an incoming document: the lead (chủ trì) or a supporting (phối hợp)
    unit or person with its deadline (Điều 23 NĐ 30/2020; Phiếu giải quyết văn bản đến,
    Phụ lục IV.VII): leader's assignment, unit leader's re-assignment to a person
    (``parent_id``), handler's proposal."""

    _name = "vn.incoming.assignment"
    _description = "Incoming Document Assignment"
    _order = "incoming_id, parent_id desc, role, id"

    incoming_id = fields.Many2one(
        "vn.incoming.document", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="incoming_id.company_id", store=True, index=True)
    secrecy = fields.Selection(related="incoming_id.secrecy", store=True)
    subject = fields.Char(related="incoming_id.subject")
    role = fields.Selection(
        [("lead", "Lead"), ("support", "Support")], required=True, default="lead"
    )
    user_id = fields.Many2one("res.users", string="Person", index=True)
    department_id = fields.Many2one("hr.department", index=True)
    deadline = fields.Date(index=True)
    state = fields.Selection(
        [("assigned", "Assigned"), ("in_progress", "In Progress"), ("done", "Done")],
        default="assigned",
        required=True,
        index=True,
    )
    opinion = fields.Text(string="Proposal", help="Ý kiến đề xuất của người giải quyết.")
    proposal_date = fields.Date()
    done_date = fields.Date(string="Done On")
    assigned_by_id = fields.Many2one("res.users")
    assign_date = fields.Date(string="Assigned On")
    parent_id = fields.Many2one(
        "vn.incoming.assignment",
        string="Re-assigned From",
        ondelete="cascade",
        help="The unit leader's assignment to a person (Phiếu giải quyết, part 2).",
    )
    is_overdue = fields.Boolean(compute="_compute_is_overdue", search="_search_is_overdue")

    @api.depends("deadline", "state")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for assignment in self:
            assignment.is_overdue = bool(
                assignment.deadline and assignment.deadline < today and assignment.state != "done"
            )

    def _search_is_overdue(self, operator, value):
        domain = [("deadline", "<", fields.Date.context_today(self)), ("state", "!=", "done")]
        if (operator == "=") == bool(value):
            return domain
        return ["!", "&", *domain]

    @api.depends("user_id", "department_id", "role")
    def _compute_display_name(self):
        for assignment in self:
            assignment.display_name = assignment._vn_handler_name()

    def _vn_handler_name(self):
        self.ensure_one()
        return self.user_id.name or self.department_id.name or ""

    @api.constrains("deadline", "incoming_id")
    def _check_deadline(self):
        for assignment in self:
            arrival = assignment.incoming_id.arrival_date
            if assignment.deadline and arrival and assignment.deadline < arrival:
                raise ValidationError(
                    _("A deadline cannot be before the arrival date (%s).", arrival)
                )

    @api.constrains("user_id", "department_id")
    def _check_handler(self):
        for assignment in self:
            if not (assignment.user_id or assignment.department_id):
                raise ValidationError(_("Each assignment needs a person or a department."))

    def _vn_is_holder(self, user):
        self.ensure_one()
        return user == self.user_id or user == self.department_id.manager_id.user_id

    def _vn_check_holder(self):
        user = self.env.user
        for assignment in self:
            if not (
                self.env.su
                or assignment._vn_is_holder(user)
                or user.has_group("documents_vn_office.group_leader")
            ):
                raise AccessError(_("This assignment is not yours."))
            assignment.incoming_id._vn_check_access_secret()

    def action_start(self):
        self._vn_check_holder()
        self.sudo().write({"state": "in_progress"})
        self.incoming_id.sudo().filtered(lambda d: d.state == "directed").write(
            {"state": "in_progress"}
        )
        return True

    def write(self, vals):
        """A handler may only write his proposal on his own assignment; the rest is
        changed by the workflow methods or by clerks and leaders."""
        user = self.env.user
        if not (
            self.env.su
            or user.has_group("documents_vn_office.group_leader")
            or user.has_group("documents_vn_office.group_clerk")
        ):
            if set(vals) - {"opinion"}:
                raise AccessError(_("You can only write your proposal on an assignment."))
            self._vn_check_holder()
        return super().write(vals)

    def action_propose(self, opinion=None):
        """Record the handler's proposal (ý kiến đề xuất) and its date."""
        self._vn_check_holder()
        if opinion is None:
            opinion = self[:1].opinion
        if not opinion:
            raise UserError(_("Write your proposal first."))
        self.sudo().write(
            {
                "opinion": opinion,
                "proposal_date": fields.Date.context_today(self),
                "state": "in_progress",
            }
        )
        self.incoming_id.sudo().filtered(lambda d: d.state == "directed").write(
            {"state": "in_progress"}
        )
        return True

    def action_done(self):
        """Close the assignment; closing the lead assignment closes the document."""
        self._vn_check_holder()
        today = fields.Date.context_today(self)
        for assignment in self.sudo():
            if assignment.state == "done":
                raise UserError(_("This assignment is already done."))
            assignment.write({"state": "done", "done_date": today})
            doc = assignment.incoming_id
            if doc.state == "directed":
                doc.state = "in_progress"
            lead_done = all(a.state == "done" for a in doc.assignment_ids if a.role == "lead")
            if assignment.role == "lead" and lead_done:
                doc.write({"state": "done", "done_date": today})
            doc.activity_ids.filtered(lambda a: a.user_id == self.env.user).action_done()
        return True

    def action_open_reassign(self):
        self.ensure_one()
        self._vn_check_holder()
        return {
            "type": "ir.actions.act_window",
            "name": _("Re-assign"),
            "res_model": "vn.incoming.reassign.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_assignment_id": self.id},
        }

    def action_reassign(self, user, deadline=False, note=False):
        """The unit leader (holder of a department assignment) gives it to a person."""
        self.ensure_one()
        self._vn_check_holder()
        if self.state == "done":
            raise UserError(_("This assignment is already done."))
        if deadline and self.deadline and fields.Date.to_date(deadline) > self.deadline:
            raise ValidationError(
                _("The person's deadline cannot be after the unit's deadline (%s).", self.deadline)
            )
        child = self.sudo().create(
            {
                "incoming_id": self.incoming_id.id,
                "parent_id": self.id,
                "role": self.role,
                "user_id": user.id,
                "deadline": deadline or self.deadline,
                "assigned_by_id": self.env.uid,
                "assign_date": fields.Date.context_today(self),
                "opinion": False,
            }
        )
        self.sudo().write({"state": "in_progress"})
        if note:
            self.incoming_id.sudo().message_post(body=note)
        self.incoming_id._vn_deadline_alert(user, _("Document to handle"), note or "")
        return child

from odoo import Command, _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

#: What a handler writes himself, on his own open assignment.
HANDLER_FIELDS = frozenset({"opinion"})


class VnIncomingAssignment(models.Model):
    """One handler of an incoming document: the lead (chủ trì) or a supporting (phối hợp)
    unit or person with its deadline (Điều 23 NĐ 30/2020; Phiếu giải quyết văn bản đến,
    Phụ lục IV.VII): leader's assignment, unit leader's re-assignment to a person
    (``parent_id``), handler's proposal."""

    _name = "vn.incoming.assignment"
    _description = "Incoming Document Assignment"
    _inherit = ["vn.value.limit.mixin"]
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
    is_mine = fields.Boolean(
        string="Held by Me",
        compute="_compute_is_mine",
        help="Technical: the current user holds this assignment (person or department "
        "manager); the form shows the handler's buttons only then.",
    )

    @api.depends("deadline", "state")
    def _compute_is_overdue(self):
        today = vn_today(self)
        for assignment in self:
            assignment.is_overdue = bool(
                assignment.deadline and assignment.deadline < today and assignment.state != "done"
            )

    def _search_is_overdue(self, operator, value):
        domain = [("deadline", "<", vn_today(self)), ("state", "!=", "done")]
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

    @api.constrains("user_id", "department_id", "incoming_id")
    def _check_handler_unit(self):
        """Handlers belong to the document's unit (vn.incoming.document._vn_check_handler),
        whoever creates the assignment: direction, re-assignment, a plain create."""
        for assignment in self:
            assignment.incoming_id._vn_check_handler(assignment.user_id, assignment.department_id)

    def _vn_is_holder(self, user):
        self.ensure_one()
        assignment = self.sudo()
        return user == assignment.user_id or user == assignment.department_id.manager_id.user_id

    @api.depends_context("uid")
    def _compute_is_mine(self):
        for assignment in self:
            assignment.is_mine = assignment._vn_is_holder(self.env.user)

    # ------------------------------------------------------------------ guard
    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            raise AccessError(
                _(
                    "Assignments are given by the leader's direction and the unit's "
                    "re-assignment (the buttons), never created directly."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        """A handler writes his proposal on his own open assignment; everything else
        changes only through the steps of the incoming document, whoever asks."""
        if not self.env.su:
            others = set(vals) - HANDLER_FIELDS
            if others:
                labels = ", ".join(
                    sorted(self._fields[n]._description_string(self.env) for n in others)
                )
                raise AccessError(
                    _(
                        "%(fields)s of an assignment change only through the steps (Direct, "
                        "Re-assign, Send Proposal, Done), never directly.",
                        fields=labels,
                    )
                )
            for assignment in self:
                if not assignment._vn_is_holder(self.env.user):
                    raise AccessError(_("You can only write your proposal on an assignment."))
                if assignment.state == "done":
                    raise UserError(_("This assignment is already done."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_by_direction(self):
        if not self.env.su:
            raise UserError(
                _(
                    "An assignment belongs to the handling record of the document: a new "
                    "direction replaces it, it is never deleted."
                )
            )

    # ------------------------------------------------------------------ steps
    def _vn_check_holder(self):
        """The current user holds these open assignments (as the person or as the
        manager of the department)."""
        for assignment in self:
            if not (self.env.su or assignment._vn_is_holder(self.env.user)):
                raise AccessError(_("This assignment is not yours."))
            if assignment.state == "done":
                raise UserError(_("This assignment is already done."))

    def _vn_take(self, step, values, reason=None, extra=()):
        """The handler's ``step`` on the incoming document for this assignment: the
        document checks and records it (review row, state, to-dos) and writes ``values``
        on the assignment (``extra``: further assignment commands)."""
        self.ensure_one()
        self._vn_check_holder()
        return self.incoming_id._vn_wf_take(
            step,
            reason=reason,
            vals_fn=lambda doc: doc._vn_handling_values(self, values, extra),
        )

    def action_start(self):
        for assignment in self:
            assignment._vn_take("start", {"state": "in_progress"})
        return True

    def action_propose(self, opinion=None):
        """Record the handler's proposal (ý kiến đề xuất) and its date."""
        today = vn_today(self)
        for assignment in self:
            assignment._vn_check_holder()
            text = opinion if opinion is not None else assignment.opinion
            if not (text or "").strip():
                raise UserError(_("Write your proposal first."))
            assignment._vn_take(
                "propose",
                {"opinion": text, "proposal_date": today, "state": "in_progress"},
                reason=text,
            )
        return True

    def action_done(self):
        """Close the assignment; closing the lead assignment closes the document."""
        today = vn_today(self)
        for assignment in self:
            assignment._vn_take("part_done", {"state": "done", "done_date": today})
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
        if deadline and self.deadline and fields.Date.to_date(deadline) > self.deadline:
            raise ValidationError(
                _("The person's deadline cannot be after the unit's deadline (%s).", self.deadline)
            )
        child = {
            "parent_id": self.id,
            "role": self.role,
            "user_id": user.id,
            "deadline": deadline or self.deadline,
            "assigned_by_id": self.env.uid,
            "assign_date": vn_today(self),
        }
        self._vn_take(
            "reassign", {"state": "in_progress"}, reason=note, extra=[Command.create(child)]
        )
        if note:
            self.incoming_id.sudo().message_post(body=note)
        return (
            self.sudo()
            .search([("parent_id", "=", self.id)], order="id desc", limit=1)
            .with_env(self.env)
        )

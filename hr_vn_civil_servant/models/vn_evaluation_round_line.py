from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
#: fields only the round's opening writes
INTERNAL_FIELDS = {
    "round_id",
    "employee_id",
    "standard_id",
    "evaluation_id",
    "reminded_state",
    "decider_company_id",
}
RATING_FIELDS = ("self_rating", "rating")


def _ratings(model):
    """The four ratings, the selection of the evaluation history line (vn.evaluation),
    with their labels in the reader's language (a selection given by a function is not
    translated by Odoo)."""
    return model.env["vn.evaluation"]._fields["result"]._description_selection(model.env)


def rating_is_valid(value):
    """One of the four ratings of cán bộ, công chức, viên chức (Nghị định 90/2020/NĐ-CP
    Điều 2 khoản 1 as amended by Nghị định 48/2023/NĐ-CP: hoàn thành xuất sắc nhiệm vụ,
    hoàn thành tốt nhiệm vụ, hoàn thành nhiệm vụ, không hoàn thành nhiệm vụ; for viên
    chức from 01/7/2026 Nghị định 233/2026/NĐ-CP, taken to keep the four levels
    [unverified: known only from an unofficial copy]). Empty is no rating yet."""
    return not value or value in {"excellent", "good", "completed", "not_completed"}


class VnEvaluationRoundLine(models.Model):
    """One person of an evaluation round. Steps (``vn.workflow.mixin``): the person
    submits his self-assessment with his proposed rating (and, teachers and principals,
    the level of each criterion of his professional standard); the tổ head comments
    (teachers of a department that has a head); the unit comments; the competent head
    decides the rating (the unit's head; for the unit's head himself, the head of the
    managing body), which writes the person's evaluation history line of the year
    (``vn.evaluation``). Any reviewer may return the line with a reason."""

    _name = "vn.evaluation.round.line"
    _description = "Evaluation Round Line"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "round_id, company_id, employee_id"
    _rec_name = "employee_id"
    _vn_wf_guarded_fields = ("state", "date_submitted", "date_decided", "decided_by_id")
    _vn_wf_decider_fields = {
        "self_assessment": "submit",
        "self_rating": "submit",
        "group_comment": "review_group",
        "unit_comment": "review_unit",
        "rating": "decide",
    }
    _vn_wf_frozen = {
        "draft": ("group_comment", "unit_comment", "rating"),
        "submitted": ("self_assessment", "self_rating", "rating"),
        "group_reviewed": ("self_assessment", "self_rating", "group_comment", "rating"),
        "reviewed": ("self_assessment", "self_rating", "group_comment", "unit_comment"),
        "decided": "__all__",
    }

    round_id = fields.Many2one(
        "vn.evaluation.round", required=True, index=True, ondelete="cascade", readonly=True
    )
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, ondelete="cascade", readonly=True
    )
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        compute="_compute_employee_data",
        store=True,
        index=True,
        precompute=True,
    )
    user_id = fields.Many2one(
        "res.users", compute="_compute_employee_data", store=True, index=True, precompute=True
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Department (Tổ)",
        compute="_compute_employee_data",
        store=True,
        precompute=True,
    )
    group_head_user_id = fields.Many2one(
        "res.users",
        string="Tổ Head",
        compute="_compute_employee_data",
        store=True,
        index=True,
        precompute=True,
        help="The head of the person's department (tổ chuyên môn), who comments first.",
    )
    decider_company_id = fields.Many2one(
        "res.company",
        string="Deciding Unit",
        compute="_compute_decider_company",
        store=True,
        index=True,
        precompute=True,
        help="The unit whose head decides the rating: the person's unit, or its managing "
        "body for the unit's head himself.",
    )
    year = fields.Integer(related="round_id.year", store=True, index=True)
    date_end = fields.Date(related="round_id.date_end", store=True, index=True)
    round_state = fields.Selection(related="round_id.state", string="Round State")
    state = fields.Selection(
        [
            ("draft", "Self-Assessment"),
            ("submitted", "Submitted"),
            ("group_reviewed", "Commented by the Tổ"),
            ("reviewed", "Commented by the Unit"),
            ("decided", "Rating Decided"),
        ],
        default="draft",
        required=True,
        index=True,
        readonly=True,
        copy=False,
    )
    self_assessment = fields.Text(help="The person's own assessment of his year's work.")
    self_rating = fields.Selection(_ratings, string="Proposed Rating")
    group_comment = fields.Text(string="Comment of the Tổ")
    unit_comment = fields.Text(string="Comment of the Unit")
    rating = fields.Selection(_ratings, string="Decided Rating", index=True)
    return_reason = fields.Text(readonly=True)
    date_submitted = fields.Date(string="Submitted On", readonly=True)
    date_decided = fields.Date(string="Decided On", readonly=True)
    decided_by_id = fields.Many2one("res.users", readonly=True)
    standard_id = fields.Many2one("vn.professional.standard", readonly=True)
    criterion_line_ids = fields.One2many(
        "vn.evaluation.round.criterion", "line_id", string="Criteria"
    )
    evaluation_id = fields.Many2one("vn.evaluation", string="Evaluation Line", readonly=True)
    reminded_state = fields.Char(readonly=True, help="Technical: state of the last reminder.")

    _sql_constraints = [
        (
            "employee_round_uniq",
            "unique(round_id, employee_id)",
            "A person has one line per evaluation round.",
        ),
    ]

    @api.depends("employee_id", "employee_id.department_id.manager_id.user_id")
    def _compute_employee_data(self):
        for line in self:
            employee = line.employee_id.sudo()
            line.company_id = employee.company_id
            line.user_id = employee.user_id
            line.department_id = employee.department_id
            head = employee.department_id.manager_id.user_id
            line.group_head_user_id = head if head != employee.user_id else False

    @api.depends("employee_id")
    def _compute_decider_company(self):
        for line in self:
            unit = line.employee_id.sudo().company_id
            user = line.employee_id.sudo().user_id
            if user and unit.parent_id and user in line._vn_eval_heads(unit):
                line.decider_company_id = unit.parent_id
            else:
                line.decider_company_id = unit

    # ------------------------------------------------------------------ guards
    def _vn_check_ratings(self, vals):
        for fname in RATING_FIELDS:
            if fname in vals and not rating_is_valid(vals[fname]):
                raise ValidationError(
                    _(
                        "%(value)s is not one of the four ratings: excellently completed, "
                        "well completed, completed, not completed.",
                        value=vals[fname],
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.context.get("vn_evaluation_internal") and not self.env.su:
            raise AccessError(_("The lines of an evaluation round are made when it opens."))
        for vals in vals_list:
            self._vn_check_ratings(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_ratings(vals)
        if INTERNAL_FIELDS & set(vals) and not self.env.su:
            raise AccessError(_("The round, the person and the standard of a line are fixed."))
        if not self.env.su and set(vals) & set(self._vn_wf_decider_fields):
            if any(line.sudo().round_id.state != "open" for line in self):
                raise UserError(_("The evaluation round is not open."))
        return super().write(vals)

    # ------------------------------------------------------------------ standard
    def _vn_find_standard(self):
        """The professional standard of the person: his job position's, else his
        professional title's, in force on the round's end (none for other staff)."""
        self.ensure_one()
        employee = self.sudo().employee_id
        day = self.sudo().round_id.date_end
        for standard in (
            employee.vn_job_position_id.professional_standard_id,
            employee.vn_grade_id.professional_standard_id,
        ):
            if standard and standard._vn_in_force(day):
                return standard
        return self.env["vn.professional.standard"]

    def _vn_create_criteria(self):
        """The criteria of each line's standard, one create."""
        values = []
        for line in self.sudo():
            standard = line._vn_find_standard()
            if not standard:
                continue
            line.write({"standard_id": standard.id})
            values += [{"line_id": line.id, "criterion_id": c.id} for c in standard.criterion_ids]
        self.env["vn.evaluation.round.criterion"].with_context(
            vn_evaluation_internal=True
        ).sudo().create(values)

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "submit": {
                "label": _("Submit the Self-Assessment"),
                "sources": ("draft",),
                "target": "submitted",
                "deciders": "_vn_eval_person",
                "check": "_vn_eval_check_submit",
                "todo": _("Write and submit your self-assessment"),
                "stamp": {"date_submitted": "today"},
            },
            "review_group": {
                "label": _("Comment as Tổ Head"),
                "sources": ("submitted",),
                "target": "group_reviewed",
                "condition": "_vn_eval_has_group_head",
                "deciders": "_vn_eval_group_head",
                "check": "_vn_eval_check_group_comment",
                "todo": _("Comment on the self-assessment (tổ)"),
                "no_self": True,
            },
            "review_unit": {
                "label": _("Comment for the Unit"),
                "sources": ("submitted", "group_reviewed"),
                "target": "reviewed",
                "condition": "_vn_eval_unit_review_ready",
                "deciders": "_vn_eval_competent",
                "check": "_vn_eval_check_unit_comment",
                "todo": _("Give the unit's comment on the self-assessment"),
                "right": "approve",
                "no_self": True,
            },
            "decide": {
                "label": _("Decide the Rating"),
                "sources": ("reviewed",),
                "target": "decided",
                "deciders": "_vn_eval_competent",
                "check": "_vn_eval_check_decide",
                "todo": _("Decide the rating"),
                "right": "approve",
                "no_self": True,
                "stamp": {"date_decided": "today", "decided_by_id": "user"},
                "notify_author": True,
            },
            "return": {
                "label": _("Return for Completion"),
                "sources": ("submitted", "group_reviewed", "reviewed"),
                "target": "draft",
                "deciders": "_vn_eval_returners",
                "reason": True,
                "reason_field": "return_reason",
                "no_self": True,
                "notify_author": True,
            },
        }

    def _vn_wf_authors(self):
        self.ensure_one()
        return self.sudo().user_id

    def _vn_wf_company(self):
        self.ensure_one()
        return self.sudo().company_id

    def _vn_eval_person(self):
        self.ensure_one()
        return self.sudo().user_id

    def _vn_eval_group_head(self):
        self.ensure_one()
        return self.sudo().group_head_user_id

    def _vn_eval_has_group_head(self):
        return bool(self.sudo().group_head_user_id)

    def _vn_eval_unit_review_ready(self):
        return self.state == "group_reviewed" or not self._vn_eval_has_group_head()

    def _vn_eval_heads(self, unit):
        """The heads of ``unit`` (never its HR office, which organises the round)."""
        return self._vn_wf_users(UNIT_HEAD, unit) - self._vn_wf_users(HR_OFFICE, unit)

    def _vn_eval_competent(self):
        """Who decides (and gives the unit's comment): the head of the person's unit;
        for the unit's head himself, the head of the managing body (Nghị định
        90/2020/NĐ-CP: the head competent to manage the person). Never the person."""
        self.ensure_one()
        line = self.sudo()
        return self._vn_eval_heads(line.decider_company_id) - line.user_id

    def _vn_eval_returners(self):
        return self._vn_eval_group_head() | self._vn_eval_competent()

    def _vn_eval_check_open(self):
        if self.sudo().round_id.state != "open":
            raise UserError(_("The evaluation round is not open."))

    def _vn_eval_check_submit(self):
        self._vn_eval_check_open()
        if not (self.self_assessment or "").strip() or not self.self_rating:
            raise UserError(_("Write your self-assessment and propose your rating first."))
        missing = self.criterion_line_ids.filtered(lambda c: not c.self_level)
        if missing:
            raise UserError(
                _(
                    "Give your level for every criterion of your professional standard "
                    "(missing: %s).",
                    ", ".join(missing.mapped("criterion_id.code")),
                )
            )

    def _vn_eval_check_group_comment(self):
        self._vn_eval_check_open()
        if not (self.group_comment or "").strip():
            raise UserError(_("Write the comment of the tổ first."))

    def _vn_eval_check_unit_comment(self):
        self._vn_eval_check_open()
        if not (self.unit_comment or "").strip():
            raise UserError(_("Write the comment of the unit first."))

    def _vn_eval_check_decide(self):
        self._vn_eval_check_open()
        if not self.rating:
            raise UserError(_("Choose the decided rating first."))

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_review_group(self):
        self._vn_wf_take("review_group")
        return True

    def action_review_unit(self):
        self._vn_wf_take("review_unit")
        return True

    def action_decide(self):
        for line in self:
            line._vn_wf_take("decide")
            line._vn_eval_write_history()
        return True

    def action_return(self, reason=None):
        """Returns with a reason; without one, opens the wizard asking for it."""
        if not reason:
            return self._vn_wf_ask_reason("return")
        self._vn_wf_take("return", reason=reason)
        return True

    def action_print(self):
        return self.env.ref(
            "hr_vn_civil_servant.action_report_vn_evaluation_self_assessment"
        ).report_action(self)

    def _vn_eval_write_history(self):
        """The decided rating becomes the person's evaluation history line of the year
        (one per year: updated if it exists), as the step's effect after its checks."""
        self.ensure_one()
        line = self.sudo()
        Evaluation = self.env["vn.evaluation"].sudo()
        evaluation = Evaluation.search(
            [("employee_id", "=", line.employee_id.id), ("year", "=", line.year)], limit=1
        )
        note = _(
            "%(round)s, decided by %(user)s", round=line.round_id.name, user=self.env.user.name
        )
        values = {"result": line.rating, "note": note[:255]}
        if evaluation:
            evaluation.write(values)
        else:
            evaluation = Evaluation.create(
                dict(values, employee_id=line.employee_id.id, year=line.year)
            )
        line.write({"evaluation_id": evaluation.id})

    # ------------------------------------------------------------------ reminders
    def _vn_eval_waiting_users(self):
        """Who must take the next step now (the person, the tổ head, the heads)."""
        self.ensure_one()
        users = self.env["res.users"]
        for name, spec in self._vn_wf_transitions().items():
            if name == "return" or not self._vn_wf_possible(name, spec):
                continue
            users |= self._vn_wf_call(spec["deciders"]) or users
        return users.filtered("active")

    def _vn_remind_late(self):
        """One reminder (a to-do due on the round's end) per line and state to whoever
        must act; nothing twice for the same state."""
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        for line in self.sudo():
            if line.reminded_state == line.state:
                continue
            for user in line._vn_eval_waiting_users():
                line.activity_schedule(
                    activity_type_id=activity_type.id,
                    date_deadline=line.round_id.date_end,
                    summary=_("Evaluation %(year)s: your step is due", year=line.year),
                    user_id=user.id,
                )
            line.write({"reminded_state": line.state})

    @api.model
    def _vn_demo_steps(self, round_id, person_id, steps):
        """Demo data: the line of the user ``person_id`` in the round goes through
        ``steps``, a list of (id of the user who acts, values he writes, button), with
        every check of the steps (demo files load as superuser, which skips them)."""
        Users = self.env["res.users"].sudo()
        line = self.sudo().search([("round_id", "=", round_id), ("user_id", "=", person_id)])
        for actor_id, values, method in steps:
            actor = Users.browse(actor_id)
            mine = line.with_user(actor).with_context(allowed_company_ids=actor.company_ids.ids)
            values = dict(values or {})
            level = values.pop("criteria", None)
            if level:
                mine.criterion_line_ids.write({"self_level": level})
            if values:
                mine.write(values)
            getattr(mine, method)()
        return True

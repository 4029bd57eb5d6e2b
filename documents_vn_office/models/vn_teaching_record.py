from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

RECORD_KINDS = [
    ("education_plan", "Education Plan"),
    ("weekly_plan", "Weekly Plan"),
    ("lesson_plan", "Lesson Plan"),
]
SEMESTERS = [("1", "Semester 1"), ("2", "Semester 2")]
# Fields only the workflow actions change.
WORKFLOW_FIELDS = {"state", "submitted_date", "reviewed_by_id", "reviewed_date"}
# Fields of the content, which the teacher edits while the record is a draft or returned.
CONTENT_FIELDS = {
    "calendar_id",
    "teacher_id",
    "kind",
    "semester",
    "week",
    "lesson_date",
    "subject",
    "class_name",
    "attachment_ids",
    "note",
}


class VnTeachingRecord(models.Model):
    """A teacher's professional record (hồ sơ chuyên môn): education plan, weekly plan
    or lesson plan, submitted to the head of his professional group (tổ trưởng chuyên
    môn), who approves it or returns it with a comment (Thông tư 32/2020/TT-BGDĐT,
    Điều 21; Công văn 5512/BGDĐT-GDTrH). The due date comes from the school calendar."""

    _name = "vn.teaching.record"
    _description = "Teaching Record"
    _inherit = ["mail.thread"]
    _order = "due_date desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    calendar_id = fields.Many2one(
        "vn.school.calendar",
        string="School Year",
        required=True,
        index=True,
        ondelete="restrict",
        default=lambda self: self._default_calendar(),
        check_company=True,
    )
    company_id = fields.Many2one(
        related="calendar_id.company_id", string="School", store=True, index=True
    )
    teacher_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        default=lambda self: self.env.user.employee_id,
        check_company=True,
    )
    teacher_user_id = fields.Many2one(
        "res.users", related="teacher_id.user_id", string="Teacher User", store=True, index=True
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Professional Group",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        index=True,
    )
    head_user_id = fields.Many2one(
        "res.users",
        string="Group Head",
        compute="_compute_head_user_id",
        store=True,
        index=True,
        help="Head of the professional group (tổ trưởng), who approves the record.",
    )
    kind = fields.Selection(RECORD_KINDS, required=True, default="lesson_plan", index=True)
    semester = fields.Selection(
        SEMESTERS,
        index=True,
        help="Given for an education plan; from the week or the lesson date otherwise.",
    )
    week = fields.Integer(
        index=True,
        help="School week: given for a weekly plan; from the lesson date for a lesson plan; "
        "the due week for an education plan.",
    )
    lesson_date = fields.Date()
    subject = fields.Char(index="trigram")
    class_name = fields.Char(string="Class")
    attachment_ids = fields.Many2many("ir.attachment", string="Files")
    note = fields.Text()
    due_date = fields.Date(compute="_compute_due_date", store=True, index=True)
    submitted_date = fields.Date(readonly=True, copy=False, tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("returned", "Returned"),
        ],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    review_comment = fields.Text(
        string="Group Head's Comment", tracking=True, help="Required to return a record."
    )
    reviewed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    reviewed_date = fields.Date(readonly=True, copy=False)
    is_expected = fields.Boolean(
        string="Expected Record",
        readonly=True,
        help="Created by the school calendar as an expected submission, so that a missing "
        "one is counted.",
    )
    is_late = fields.Boolean(
        string="Submitted Late",
        compute="_compute_is_late",
        store=True,
        index=True,
        help="Submitted after its due date.",
    )
    is_missing = fields.Boolean(
        string="Missing",
        compute="_compute_is_missing",
        search="_search_is_missing",
        help="Not submitted and past its due date.",
    )
    is_locked = fields.Boolean(string="Period Locked", compute="_compute_is_locked")
    can_review = fields.Boolean(compute="_compute_can_review")

    # ------------------------------------------------------------------
    # Defaults and computes
    # ------------------------------------------------------------------
    @api.model
    def _default_calendar(self):
        today = fields.Date.context_today(self)
        return self.env["vn.school.calendar"].search(
            [("company_id", "=", self.env.company.id), ("week1_start", "<=", today)],
            order="week1_start desc",
            limit=1,
        )

    @api.depends("kind", "semester", "week", "lesson_date", "subject", "teacher_id")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for rec in self:
            if rec.kind == "education_plan":
                period = self.env._("semester %(semester)s", semester=rec.semester or "")
            elif rec.kind == "weekly_plan":
                period = self.env._("week %(week)s", week=rec.week or "")
            else:
                period = fields.Date.to_string(rec.lesson_date) if rec.lesson_date else ""
            parts = [kinds.get(rec.kind, ""), period, rec.subject or "", rec.teacher_id.name or ""]
            rec.name = " - ".join(p for p in parts if p)

    @api.depends("teacher_id")
    def _compute_department_id(self):
        for rec in self:
            rec.department_id = rec.teacher_id.department_id

    @api.depends("department_id.manager_id.user_id")
    def _compute_head_user_id(self):
        for rec in self:
            rec.head_user_id = rec.department_id.manager_id.user_id

    @api.model
    def _period_values(self, calendar, kind, semester, week, lesson_date):
        """Week and semester of a record: from the lesson date for a lesson plan, the due
        week of its semester for an education plan, the semester of its week for a weekly
        plan. Returns only the values that can be derived."""
        if not calendar or not calendar.week1_start:
            return {}
        if kind == "lesson_plan" and lesson_date:
            if calendar.week1_start <= lesson_date <= calendar.end_date:
                week = calendar._week_of_date(lesson_date)
                return {"week": week, "semester": calendar._semester_of_week(week)}
        elif kind == "education_plan" and semester:
            return {
                "week": calendar.education_plan_week_s1
                if semester == "1"
                else calendar.education_plan_week_s2
            }
        elif kind == "weekly_plan" and week and 1 <= week <= calendar.week_count:
            return {"semester": calendar._semester_of_week(week)}
        return {}

    @api.onchange("kind", "lesson_date", "semester", "week", "calendar_id")
    def _onchange_period(self):
        for rec in self:
            vals = rec._period_values(
                rec.calendar_id, rec.kind, rec.semester, rec.week, rec.lesson_date
            )
            for fname, value in vals.items():
                rec[fname] = value

    def _sync_period(self):
        for rec in self:
            vals = rec._period_values(
                rec.calendar_id, rec.kind, rec.semester, rec.week, rec.lesson_date
            )
            vals = {k: v for k, v in vals.items() if rec[k] != v}
            if vals:
                super(VnTeachingRecord, rec).write(vals)
        return True

    @api.depends(
        "kind",
        "semester",
        "week",
        "lesson_date",
        "calendar_id.week1_start",
        "calendar_id.education_plan_week_s1",
        "calendar_id.education_plan_week_s2",
        "calendar_id.lesson_plan_days_before",
        "calendar_id.weekly_plan_weekday",
        "calendar_id.week_count",
    )
    def _compute_due_date(self):
        for rec in self:
            rec.due_date = rec._due_date_from_calendar()

    def _due_date_from_calendar(self):
        """Due date of the record under the rules of its school calendar."""
        self.ensure_one()
        cal = self.calendar_id
        if not cal or not cal.week1_start:
            return False
        if self.kind == "education_plan" and self.semester:
            return cal._due_education_plan(self.semester)
        if self.kind == "weekly_plan" and self.week:
            return cal._due_weekly_plan(self.week)
        if self.kind == "lesson_plan" and self.lesson_date:
            return cal._due_lesson_plan(self.lesson_date)
        return False

    @api.depends("submitted_date", "due_date")
    def _compute_is_late(self):
        for rec in self:
            rec.is_late = bool(
                rec.submitted_date and rec.due_date and rec.submitted_date > rec.due_date
            )

    @api.depends("state", "due_date")
    def _compute_is_missing(self):
        today = fields.Date.context_today(self)
        for rec in self:
            rec.is_missing = bool(
                rec.state in ("draft", "returned") and rec.due_date and rec.due_date < today
            )

    def _search_is_missing(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the Missing field."))
        today = fields.Date.context_today(self)
        domain = [("state", "in", ("draft", "returned")), ("due_date", "<", today)]
        positive = (operator == "=") == value
        return domain if positive else ["!", "&", *domain]

    def _compute_is_locked(self):
        for rec in self:
            rec.is_locked = bool(rec._locking_periods())

    def _compute_can_review(self):
        for rec in self:
            rec.can_review = self.env.su or rec.head_user_id == self.env.user

    # ------------------------------------------------------------------
    # Checks
    # ------------------------------------------------------------------
    @api.constrains("kind", "semester", "week", "lesson_date", "calendar_id")
    def _check_period(self):
        for rec in self:
            cal = rec.calendar_id
            if rec.week and cal:
                cal._week_start(rec.week)  # within weeks 1 .. number of weeks
            if rec.kind == "education_plan" and not rec.semester:
                raise ValidationError(self.env._("An education plan needs its semester."))
            if rec.kind == "weekly_plan":
                if not rec.week:
                    raise ValidationError(self.env._("A weekly plan needs its week."))
                cal._week_start(rec.week)
            if rec.kind == "lesson_plan":
                if not rec.lesson_date:
                    raise ValidationError(self.env._("A lesson plan needs the lesson date."))
                cal._week_of_date(rec.lesson_date)

    @api.constrains("teacher_id", "calendar_id")
    def _check_teacher_company(self):
        for rec in self:
            if rec.teacher_id.company_id != rec.calendar_id.company_id:
                raise ValidationError(
                    self.env._("The teacher must work at the school of the calendar.")
                )

    def _locking_periods(self):
        self.ensure_one()
        if not self.calendar_id or not self.week:
            return self.env["vn.teaching.period.lock"]
        return (
            self.env["vn.teaching.period.lock"]
            .sudo()
            .search(
                [
                    ("calendar_id", "=", self.calendar_id.id),
                    ("state", "=", "locked"),
                    ("week_from", "<=", self.week),
                    ("week_to", ">=", self.week),
                ]
            )
        )

    def _check_not_locked(self):
        for rec in self:
            lock = rec._locking_periods()
            if lock:
                raise UserError(
                    self.env._(
                        "The period %(period)s is locked by the principal: %(record)s cannot "
                        "be submitted, approved or returned.",
                        period=lock[0].display_name,
                        record=rec.display_name,
                    )
                )

    def _is_teacher(self):
        self.ensure_one()
        return self.env.su or self.teacher_user_id == self.env.user

    def _check_reviewer(self):
        for rec in self:
            if not (self.env.su or rec.head_user_id == self.env.user):
                raise UserError(
                    self.env._(
                        "Only the head of the group %(group)s can review %(record)s.",
                        group=rec.department_id.name or "-",
                        record=rec.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                if WORKFLOW_FIELDS & set(vals) - {"state"} or vals.get("state", "draft") != "draft":
                    raise UserError(self.env._("A teaching record starts as a draft."))
        records = super().create(vals_list)
        records._sync_period()
        records._link_attachments()
        if not self.env.su and not self.env.user.has_group(
            "hr_vn_civil_servant.group_records_officer"
        ):
            for rec in records:
                if rec.teacher_user_id != self.env.user:
                    raise UserError(self.env._("You can only create your own teaching records."))
        return records

    def write(self, vals):
        if not self.env.su and not self.env.context.get("vn_teaching_workflow"):
            if WORKFLOW_FIELDS & set(vals):
                raise UserError(
                    self.env._("Use the Submit, Approve and Return buttons to change the state.")
                )
            if CONTENT_FIELDS & set(vals):
                for rec in self:
                    if rec.state not in ("draft", "returned"):
                        raise UserError(
                            self.env._(
                                "%(record)s is submitted or approved: it can no longer be changed.",
                                record=rec.display_name,
                            )
                        )
                    if not rec._is_teacher() and not self.env.user.has_group(
                        "hr_vn_civil_servant.group_records_officer"
                    ):
                        raise UserError(
                            self.env._("Only the teacher can change his teaching record.")
                        )
            if "review_comment" in vals:
                self._check_reviewer()
        res = super().write(vals)
        if "attachment_ids" in vals:
            self._link_attachments()
        if {"calendar_id", "kind", "semester", "week", "lesson_date"} & set(vals):
            self._sync_period()
        return res

    def _link_attachments(self):
        """Attach the uploaded files to the record, so that whoever may read the record
        (the group head, the principal) may read its files."""
        for rec in self:
            loose = rec.sudo().attachment_ids.filtered(
                lambda a, r=rec: a.res_model != r._name or a.res_id != r.id
            )
            if loose:
                loose.write({"res_model": rec._name, "res_id": rec.id})

    @api.ondelete(at_uninstall=False)
    def _unlink_except_not_own_draft(self):
        if not self.env.su:
            for rec in self:
                if (
                    rec.state != "draft"
                    or rec.is_expected
                    or not (
                        rec._is_teacher()
                        or self.env.user.has_group("hr_vn_civil_servant.group_records_officer")
                    )
                ):
                    raise UserError(
                        self.env._(
                            "Only a draft you created yourself can be deleted: %(record)s.",
                            record=rec.display_name,
                        )
                    )

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def action_submit(self):
        """The teacher submits his record (with its file) to the head of his group."""
        for rec in self:
            if not rec._is_teacher():
                raise UserError(
                    self.env._("Only the teacher can submit %(record)s.", record=rec.display_name)
                )
            if rec.state not in ("draft", "returned"):
                raise UserError(
                    self.env._("%(record)s is already submitted.", record=rec.display_name)
                )
            if not rec.attachment_ids:
                raise UserError(
                    self.env._(
                        "Attach the file of %(record)s before submitting it.",
                        record=rec.display_name,
                    )
                )
        self._check_not_locked()
        self.with_context(vn_teaching_workflow=True).write(
            {"state": "submitted", "submitted_date": fields.Date.context_today(self)}
        )
        return True

    def action_approve(self):
        """The head of the teacher's group (tổ trưởng) approves the record."""
        self._check_reviewer()
        for rec in self:
            if rec.state != "submitted":
                raise UserError(
                    self.env._(
                        "Only a submitted record can be approved: %(record)s.",
                        record=rec.display_name,
                    )
                )
        self._check_not_locked()
        self.with_context(vn_teaching_workflow=True).write(
            {
                "state": "approved",
                "reviewed_by_id": self.env.user.id,
                "reviewed_date": fields.Date.context_today(self),
            }
        )
        return True

    def action_return(self):
        """The head of the group returns the record to the teacher with a comment."""
        self._check_reviewer()
        for rec in self:
            if rec.state != "submitted":
                raise UserError(
                    self.env._(
                        "Only a submitted record can be returned: %(record)s.",
                        record=rec.display_name,
                    )
                )
            if not (rec.review_comment or "").strip():
                raise UserError(
                    self.env._(
                        "Write a comment for the teacher before returning %(record)s.",
                        record=rec.display_name,
                    )
                )
        self._check_not_locked()
        self.with_context(vn_teaching_workflow=True).write(
            {
                "state": "returned",
                "reviewed_by_id": self.env.user.id,
                "reviewed_date": fields.Date.context_today(self),
            }
        )
        for rec in self:
            rec.message_post(body=rec.review_comment)
        return True

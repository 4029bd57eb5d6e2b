from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

RECORD_KINDS = [
    ("education_plan", "Education Plan"),
    ("weekly_plan", "Weekly Plan"),
    ("lesson_plan", "Lesson Plan"),
]
SEMESTERS = [("1", "Semester 1"), ("2", "Semester 2")]
RECORDS_OFFICER = "hr_vn_civil_servant.group_records_officer"
UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
# Fields of the content, which the teacher edits while the record is a draft or returned.
CONTENT_FIELDS = (
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
)
# What an expected record is (set by the school calendar).
EXPECTED_FIELDS = ("calendar_id", "teacher_id", "kind", "semester", "week")


class VnTeachingRecord(models.Model):
    """A teacher's professional record (hồ sơ chuyên môn): education plan, weekly plan
    or lesson plan, submitted to the head of his professional group (tổ trưởng chuyên
    môn), who approves it or returns it with a comment (Thông tư 32/2020/TT-BGDĐT,
    Điều 21; Công văn 5512/BGDĐT-GDTrH). The due date comes from the school calendar."""

    _name = "vn.teaching.record"
    _description = "Teaching Record"
    _inherit = ["vn.workflow.mixin", "vn.attachment.owner.mixin"]
    _order = "due_date desc, id desc"
    _check_company_auto = True

    # The steps (vn.workflow.mixin): the teacher submits, the reviewer (the head of his
    # group, or the principal for the group head's own record) approves or returns.
    # Who reviews follows the teacher's group: never set by hand either.
    _vn_wf_guarded_fields = (
        "submitted_date",
        "reviewed_by_id",
        "reviewed_date",
        "department_id",
        "head_user_id",
    )
    _vn_wf_frozen = {"submitted": CONTENT_FIELDS, "approved": "__all__"}
    _vn_wf_decider_fields = {"review_comment": "return"}
    _vn_wf_new_record_steps = ("submit",)

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
    attachment_ids = fields.Many2many(
        "ir.attachment",
        string="Files",
        help="PDF or office files of the record; they are read by whoever reads the record.",
    )
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

    # ------------------------------------------------------------------
    # Defaults and computes
    # ------------------------------------------------------------------
    @api.model
    def _default_calendar(self):
        today = vn_today(self)
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
        today = vn_today(self)
        for rec in self:
            rec.is_missing = bool(
                rec.state in ("draft", "returned") and rec.due_date and rec.due_date < today
            )

    def _search_is_missing(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the Missing field."))
        today = vn_today(self)
        domain = [("state", "in", ("draft", "returned")), ("due_date", "<", today)]
        positive = (operator == "=") == value
        return domain if positive else ["!", "&", *domain]

    def _compute_is_locked(self):
        for rec in self:
            rec.is_locked = bool(rec._locking_periods())

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

    def _check_own_record(self, creating=False):
        """A teacher works on his own records; a records officer of the school on those
        of any teacher of the school."""
        if self.env.su:
            return
        user = self.env.user
        officer = user.has_group(RECORDS_OFFICER)
        for rec in self:
            if rec.teacher_user_id != user and not (officer and rec.company_id in user.company_ids):
                if creating:
                    raise AccessError(self.env._("You can only create your own teaching records."))
                raise AccessError(self.env._("Only the teacher can change his teaching record."))

    def _check_expected(self, vals):
        """The school calendar creates the expected records, so that a missing one is
        counted (and cannot be deleted): nobody else marks a record as expected, nor
        changes what an expected record is."""
        if self.env.su:
            return
        if vals.get("is_expected") or (self and "is_expected" in vals):
            raise UserError(
                self.env._("Only the school calendar marks a teaching record as expected.")
            )
        for rec in self.filtered("is_expected"):
            if set(EXPECTED_FIELDS) & set(vals):
                raise UserError(
                    self.env._(
                        "%(record)s is expected by the school calendar: its teacher, school "
                        "year, kind and period cannot be changed.",
                        record=rec.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_expected(vals)
        records = super().create(vals_list)
        records._check_own_record(creating=True)
        records._sync_period()
        return records

    def write(self, vals):
        self._check_expected(vals)
        if set(CONTENT_FIELDS) & set(vals):
            self._check_own_record()
        res = super().write(vals)
        if "teacher_id" in vals:
            self._check_own_record()
        if {"calendar_id", "kind", "semester", "week", "lesson_date"} & set(vals):
            self._sync_period()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_only_own_draft(self):
        if self.env.su:
            return
        officer = self.env.user.has_group(RECORDS_OFFICER)
        for rec in self:
            if (
                rec.state != "draft"
                or rec.is_expected
                or not (officer or rec.teacher_user_id == self.env.user)
            ):
                raise UserError(
                    self.env._(
                        "Only a draft you created yourself can be deleted: %(record)s.",
                        record=rec.display_name,
                    )
                )

    # ------------------------------------------------------------------
    # Workflow (vn.workflow.mixin)
    # ------------------------------------------------------------------
    def _vn_wf_transitions(self):
        """The teacher submits his record (with its file); the head of his group
        (tổ trưởng) approves it or returns it with a comment. The group head's own
        record goes to the principal. Nothing moves in a period the principal locked."""
        review = {
            "sources": ("submitted",),
            "deciders": "_vn_wf_reviewers",
            "right": "approve",
            "no_self": True,
            "check": "_check_not_locked",
            "stamp": {"reviewed_by_id": "user", "reviewed_date": "today"},
        }
        return {
            "submit": {
                "label": self.env._("Submit"),
                "sources": ("draft", "returned"),
                "target": "submitted",
                "deciders": "_vn_wf_authors",
                "check": "_check_submit",
                "stamp": {"submitted_date": "today"},
            },
            "approve": dict(
                review,
                label=self.env._("Approve"),
                target="approved",
                todo=self.env._("Review the professional record"),
            ),
            "return": dict(
                review,
                label=self.env._("Return"),
                target="returned",
                reason=True,
                reason_field="review_comment",
                notify_author=True,
            ),
        }

    def _vn_wf_authors(self):
        return self.sudo().teacher_user_id

    def _vn_wf_reviewers(self):
        """The head of the teacher's group; the principal (unit heads of the school,
        not the managing body's HR office) when the teacher heads the group himself or
        the group has no head."""
        self.ensure_one()
        record = self.sudo()
        if record.head_user_id and record.head_user_id != record.teacher_user_id:
            return record.head_user_id
        principals = self._vn_wf_users(UNIT_HEAD, record.company_id)
        return principals.filtered(lambda user: not user.has_group(HR_OFFICE))

    def _check_submit(self):
        for rec in self:
            if not rec.attachment_ids:
                raise UserError(
                    self.env._(
                        "Attach the file of %(record)s before submitting it.",
                        record=rec.display_name,
                    )
                )
        self._check_not_locked()

    def action_submit(self):
        """The teacher submits his record to its reviewer, who gets a to-do."""
        self._vn_wf_take("submit")
        return True

    def action_approve(self):
        self._vn_wf_take("approve")
        return True

    def action_return(self, reason=None):
        """Returns the record to the teacher; without a reason, the comment the group
        head wrote on the form (the phone's Return button) is the reason."""
        for rec in self:
            rec._vn_wf_take("return", reason=rec.review_comment if reason is None else reason)
        return True

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today
from odoo.addons.hr_vn_civil_servant.tools.model_labels import vn_stored_lang

RECORD_KINDS = [
    ("education_plan", "Education Plan"),
    ("weekly_plan", "Weekly Plan"),
    ("lesson_plan", "Lesson Plan"),
]
SEMESTERS = [("1", "Semester 1"), ("2", "Semester 2")]
RECORDS_OFFICER = "hr_vn_civil_servant.group_records_officer"
UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
RECORDS_TEAM = "documents_vn_office.group_records_team"
VICE_PRINCIPAL = "documents_vn_office.group_vice_principal"
CLERK = "documents_vn_office.group_clerk"
MONTHS = [(str(m), str(m)) for m in range(1, 13)]
# Fields of the content, which the teacher edits while the record is a draft or returned.
CONTENT_FIELDS = (
    "calendar_id",
    "teacher_id",
    "kind",
    "kind_id",
    "section_id",
    "month",
    "semester",
    "week",
    "lesson_date",
    "subject",
    "class_name",
    "attachment_ids",
    "note",
)
# What an expected record is (set by the school calendar).
EXPECTED_FIELDS = (
    "calendar_id",
    "teacher_id",
    "kind",
    "kind_id",
    "section_id",
    "semester",
    "week",
    "month",
)


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
        "vice_principal_user_id",
        "signed_by_id",
        "signed_date",
        "reminder_sent",
        "missed_notice_sent",
    )
    _vn_wf_frozen = {"submitted": CONTENT_FIELDS, "approved": "__all__", "signed": "__all__"}
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
    kind_id = fields.Many2one(
        "vn.teaching.record.kind",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        default=lambda self: self.env.ref(
            "documents_vn_office.vn_teaching_record_kind_lesson_plan", raise_if_not_found=False
        ),
        domain="['|', ('company_id', '=', False), ('company_id', '=', company_id)]",
    )
    kind = fields.Selection(
        RECORD_KINDS,
        string="Ministry Kind",
        compute="_compute_kind",
        store=True,
        readonly=False,
        index=True,
        help="The kind's code for the three plans whose due rules the school calendar "
        "sets; writing it chooses the shipped kind.",
    )
    kind_period = fields.Selection(related="kind_id.period", string="Period of the Kind")
    kind_submitter = fields.Selection(related="kind_id.submitter", string="Submitter of the Kind")
    kind_template_id = fields.Many2one(related="kind_id.template_attachment_id", string="Template")
    kind_template_file = fields.Binary(related="kind_id.template_file", string="Blank Template")
    kind_template_filename = fields.Char(related="kind_id.template_filename")
    section_id = fields.Many2one("vn.school.section", index=True, check_company=True)
    month = fields.Selection(MONTHS, index=True)
    vice_principal_user_id = fields.Many2one(
        "res.users",
        string="Vice-Principal in Charge",
        compute="_compute_vice_principal_user_id",
        store=True,
        index=True,
    )
    signed_by_id = fields.Many2one("res.users", string="Signed Off By", readonly=True, copy=False)
    signed_date = fields.Date(string="Signed Off On", readonly=True, copy=False)
    reminder_sent = fields.Boolean(readonly=True, copy=False)
    missed_notice_sent = fields.Boolean(readonly=True, copy=False)
    change_request_ids = fields.One2many(
        "vn.teaching.record.change.request", "record_id", string="Change Requests"
    )
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
            ("signed", "Signed Off"),
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

    @api.depends(
        "kind_id.name",
        "kind_id.period",
        "semester",
        "week",
        "month",
        "lesson_date",
        "subject",
        "teacher_id",
        "section_id",
        "calendar_id.school_year",
    )
    def _compute_name(self):
        """The stored name, in the schools' language whoever creates the record (the
        superuser's English gave "semester 1" names), the lesson date as dd/mm/yyyy."""
        env = self.with_context(lang=vn_stored_lang(self.env)).env
        for rec in self.with_env(env):
            period_kind = rec.kind_id.period
            if period_kind == "semester":
                period = env._("semester %(semester)s", semester=rec.semester or "")
            elif period_kind == "week":
                period = env._("week %(week)s", week=rec.week or "")
            elif period_kind == "month":
                period = env._("month %(month)s", month=rec.month or "")
            elif period_kind == "year":
                period = rec.calendar_id.school_year or ""
            else:
                period = rec.lesson_date.strftime("%d/%m/%Y") if rec.lesson_date else ""
            who = rec.section_id.name if rec.kind_id.submitter == "section" else ""
            parts = [
                rec.kind_id.name or "",
                period,
                rec.subject or "",
                who or rec.teacher_id.name or "",
            ]
            rec.name = " - ".join(p for p in parts if p)

    @api.depends("teacher_id")
    def _compute_department_id(self):
        for rec in self:
            rec.department_id = rec.teacher_id.department_id

    @api.depends("kind_id.code")
    def _compute_kind(self):
        codes = {code for code, _label in RECORD_KINDS}
        for rec in self:
            rec.kind = rec.kind_id.code if rec.kind_id.code in codes else False

    @api.model
    def _kind_of_code(self, code):
        return (
            self.env["vn.teaching.record.kind"]
            .sudo()
            .search([("code", "=", code), ("company_id", "=", False)], limit=1)
        )

    @api.model
    def _vals_kind_id(self, vals):
        """``kind`` (the ministry code, kept for the existing callers) chooses the shipped
        kind of that code."""
        if vals.get("kind") and not vals.get("kind_id"):
            kind = self._kind_of_code(vals["kind"])
            if kind:
                vals = dict(vals, kind_id=kind.id)
        if vals.get("kind_id") and "kind" in vals:
            vals = {k: v for k, v in vals.items() if k != "kind"}
        return vals

    @api.model
    def _vn_migrate_kind_ids(self):
        """Records created before the kinds were data get the shipped kind of their code
        (module data calls it after loading the kinds)."""
        self.env.flush_all()
        self.env.cr.execute(
            """
            UPDATE vn_teaching_record r SET kind_id = k.id
              FROM vn_teaching_record_kind k
             WHERE r.kind_id IS NULL AND k.code = r.kind AND k.company_id IS NULL
            """
        )
        self.invalidate_model(["kind_id"])

    @api.depends(
        "section_id.vice_principal_user_id",
        "department_id.vn_vice_principal_user_id",
        "company_id.vn_records_vice_principal_id",
    )
    def _compute_vice_principal_user_id(self):
        for rec in self:
            rec.vice_principal_user_id = (
                rec.section_id.vice_principal_user_id
                or rec.department_id.vn_vice_principal_user_id
                or rec.company_id.vn_records_vice_principal_id
            )

    @api.depends("department_id.manager_id.user_id")
    def _compute_head_user_id(self):
        for rec in self:
            rec.head_user_id = rec.department_id.manager_id.user_id

    @api.model
    def _period_values(self, calendar, kind, semester, week, lesson_date, month=False):
        """Week and semester of a record: from the lesson date for a record per lesson,
        the due week of its semester for a record per semester, the semester of its week
        for a weekly record, the first week of its month for a monthly one. Returns only
        the values that can be derived."""
        if isinstance(kind, str):
            kind = self._kind_of_code(kind)
        if not calendar or not calendar.week1_start or not kind:
            return {}
        period = kind.period
        try:
            if period == "lesson" and lesson_date:
                if calendar.week1_start <= lesson_date <= calendar.end_date:
                    week = calendar._week_of_date(lesson_date)
                    return {"week": week, "semester": calendar._semester_of_week(week)}
            elif period == "semester" and semester:
                if kind.code == "education_plan" or kind.due_from_calendar:
                    due_week = (
                        calendar.education_plan_week_s1
                        if semester == "1"
                        else calendar.education_plan_week_s2
                    )
                else:
                    n = kind.due_week if kind.due_rule == "semester_week" else 1
                    due_week = calendar._semester_week_number(semester, n)
                return {"week": due_week}
            elif period == "week" and week and 1 <= week <= calendar.week_count:
                return {"semester": calendar._semester_of_week(week)}
            elif period == "month" and month:
                first = calendar._due_month_day(int(month), 1)
                first = max(first, calendar.week1_start)
                if first <= calendar.end_date:
                    week = calendar._week_of_date(first)
                    return {"week": week, "semester": calendar._semester_of_week(week)}
            elif period == "year":
                n = kind.due_week if kind.due_rule == "semester_week" else 1
                return {"week": calendar._semester_week_number("1", n), "semester": "1"}
        except ValidationError:
            return {}
        return {}

    @api.onchange("kind_id", "lesson_date", "semester", "week", "month", "calendar_id")
    def _onchange_period(self):
        for rec in self:
            vals = rec._period_values(
                rec.calendar_id, rec.kind_id, rec.semester, rec.week, rec.lesson_date, rec.month
            )
            for fname, value in vals.items():
                rec[fname] = value

    def _sync_period(self):
        for rec in self:
            vals = rec._period_values(
                rec.calendar_id, rec.kind_id, rec.semester, rec.week, rec.lesson_date, rec.month
            )
            vals = {k: v for k, v in vals.items() if rec[k] != v}
            if vals:
                super(VnTeachingRecord, rec).write(vals)
        return True

    @api.depends(
        "kind_id",
        "kind_id.due_rule",
        "kind_id.due_week",
        "kind_id.due_days",
        "kind_id.due_weekday",
        "kind_id.due_day",
        "semester",
        "week",
        "month",
        "lesson_date",
        "calendar_id.week1_start",
        "calendar_id.semester2_start_week",
        "calendar_id.education_plan_week_s1",
        "calendar_id.education_plan_week_s2",
        "calendar_id.lesson_plan_days_before",
        "calendar_id.weekly_plan_weekday",
        "calendar_id.week_count",
    )
    def _compute_due_date(self):
        for rec in self:
            try:
                rec.due_date = rec._due_date_from_calendar()
            except ValidationError:
                # refused by _check_period when the record itself is saved
                rec.due_date = False

    def _due_date_from_calendar(self):
        """Due date of the record under the due rule of its kind, computed in its school
        calendar (the three ministry plans: the calendar's own settings)."""
        self.ensure_one()
        cal = self.calendar_id
        kind = self.kind_id
        if not cal or not cal.week1_start or not kind:
            return False
        if kind.due_from_calendar:
            if kind.code == "education_plan" and self.semester:
                return cal._due_education_plan(self.semester)
            if kind.code == "weekly_plan" and self.week:
                return cal._due_weekly_plan(self.week)
            if kind.code == "lesson_plan" and self.lesson_date:
                return cal._due_lesson_plan(self.lesson_date)
            return False
        rule = kind.due_rule
        if rule == "semester_week":
            semester = self.semester if kind.period == "semester" else "1"
            return cal._due_semester_week(semester, kind.due_week) if semester else False
        if rule == "days_before_lesson" and self.lesson_date:
            cal._week_of_date(self.lesson_date)
            return self.lesson_date - timedelta(days=kind.due_days)
        if rule == "weekday_of_week" and self.week:
            return cal._due_weekday_of_week(self.week, kind.due_weekday)
        if rule == "weekday_prev_week" and self.week:
            return cal._due_weekday_prev_week(self.week, kind.due_weekday)
        if rule == "month_day" and self.month:
            return cal._due_month_day(int(self.month), kind.due_day)
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
    @api.constrains("kind_id", "semester", "week", "month", "lesson_date", "calendar_id")
    def _check_period(self):
        for rec in self:
            cal = rec.calendar_id
            period = rec.kind_id.period
            if rec.week and cal:
                cal._week_start(rec.week)  # within weeks 1 .. number of weeks
            if period == "semester" and not rec.semester:
                if rec.kind == "education_plan":
                    raise ValidationError(self.env._("An education plan needs its semester."))
                raise ValidationError(
                    self.env._("%(kind)s needs its semester.", kind=rec.kind_id.name)
                )
            if period == "week":
                if not rec.week:
                    if rec.kind == "weekly_plan":
                        raise ValidationError(self.env._("A weekly plan needs its week."))
                    raise ValidationError(
                        self.env._("%(kind)s needs its week.", kind=rec.kind_id.name)
                    )
                cal._week_start(rec.week)
            if period == "month" and not rec.month:
                raise ValidationError(
                    self.env._("%(kind)s needs its month.", kind=rec.kind_id.name)
                )
            if period == "lesson":
                if not rec.lesson_date:
                    if rec.kind == "lesson_plan":
                        raise ValidationError(self.env._("A lesson plan needs the lesson date."))
                    raise ValidationError(
                        self.env._("%(kind)s needs the lesson date.", kind=rec.kind_id.name)
                    )
                cal._week_of_date(rec.lesson_date)
            # the due rule of the kind is computed in this school calendar, or refused
            rec._due_date_from_calendar()

    @api.constrains("kind_id", "calendar_id")
    def _check_kind_company(self):
        for rec in self:
            if rec.kind_id.company_id and rec.kind_id.company_id != rec.calendar_id.company_id:
                raise ValidationError(
                    self.env._(
                        "The kind %(kind)s belongs to another school.", kind=rec.kind_id.name
                    )
                )

    @api.constrains("kind_id", "teacher_id", "section_id", "department_id")
    def _check_submitter(self):
        """Who submits the record is who the kind names (e-record rules, Điều 6–8): a
        teacher his own records; the head or a deputy of a professional group the
        group's; a staff member in charge of a section the section's; the school office
        (clerk, records team, principal) the school's."""
        for rec in self:
            employee = rec.teacher_id
            submitter = rec.kind_id.submitter
            kind = rec.kind_id.name
            if submitter == "group":
                group = rec.department_id
                if not group or employee not in (group.manager_id | group.sudo().vn_deputy_ids):
                    raise ValidationError(
                        self.env._(
                            "%(person)s may not submit %(kind)s: only the head or a deputy "
                            "head of the professional group submits the group's records.",
                            person=employee.name,
                            kind=kind,
                        )
                    )
            elif submitter == "section":
                if not rec.section_id:
                    raise ValidationError(self.env._("Choose the section of %(kind)s.", kind=kind))
                if employee not in rec.section_id.sudo().member_ids:
                    raise ValidationError(
                        self.env._(
                            "%(person)s may not submit %(kind)s: only the staff in charge of "
                            "the section %(section)s submit its records.",
                            person=employee.name,
                            kind=kind,
                            section=rec.section_id.name,
                        )
                    )
            elif submitter == "school":
                user = employee.user_id
                if not user or not any(
                    user.has_group(group) for group in (CLERK, RECORDS_TEAM, UNIT_HEAD)
                ):
                    raise ValidationError(
                        self.env._(
                            "%(person)s may not submit %(kind)s: the school's records are "
                            "submitted by the school office.",
                            person=employee.name,
                            kind=kind,
                        )
                    )
            if submitter != "section" and rec.section_id:
                raise ValidationError(
                    self.env._("Only a section's record names a section (%(kind)s).", kind=kind)
                )

    @api.constrains("kind_id", "attachment_ids")
    def _check_file_types(self):
        for rec in self:
            rec.kind_id._check_file_names(rec.sudo().attachment_ids.mapped("name"))

    @api.constrains("teacher_id", "calendar_id")
    def _check_teacher_company(self):
        for rec in self:
            if rec.teacher_id.company_id != rec.calendar_id.company_id:
                raise ValidationError(
                    self.env._("The teacher must work at the school of the calendar.")
                )

    def _open_change_request(self):
        """The approved change request of the record not applied yet: while it exists,
        the record may be changed and resubmitted in a locked period."""
        self.ensure_one()
        return self.sudo().change_request_ids.filtered(lambda r: r.state == "approved")[:1]

    def _locking_periods(self, ignore_change=False):
        """The locks of the record's period (a week range, a semester or the whole
        school year), unless an approved change request opens it."""
        self.ensure_one()
        Lock = self.env["vn.teaching.period.lock"]
        if not self.calendar_id:
            return Lock
        if not ignore_change and isinstance(self.id, int) and self._open_change_request():
            return Lock
        domain = [("calendar_id", "=", self.calendar_id.id), ("state", "=", "locked")]
        if self.week:
            domain += [
                "|",
                ("scope", "=", "year"),
                "&",
                ("week_from", "<=", self.week),
                ("week_to", ">=", self.week),
            ]
        else:
            domain.append(("scope", "=", "year"))
        return Lock.sudo().search(domain)

    def _check_locked_write(self):
        """A record of a locked period changes only through an approved change request."""
        if self.env.su:
            return
        for rec in self:
            lock = rec._locking_periods()
            if lock:
                raise UserError(
                    self.env._(
                        "The period %(period)s is locked: %(record)s cannot be changed. "
                        "Request a change with its reason; the principal approves it.",
                        period=lock[0].display_name,
                        record=rec.display_name,
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
        vals_list = [self._vals_kind_id(vals) for vals in vals_list]
        records = super().create(vals_list)
        records._check_own_record(creating=True)
        records._sync_period()
        return records

    def write(self, vals):
        self._check_expected(vals)
        vals = self._vals_kind_id(vals)
        if set(CONTENT_FIELDS) & set(vals):
            self._check_own_record()
            self._check_locked_write()
        res = super().write(vals)
        if "teacher_id" in vals:
            self._check_own_record()
        if {"calendar_id", "kind_id", "semester", "week", "month", "lesson_date"} & set(vals):
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
            "sign_off": {
                "label": self.env._("Sign Off"),
                "sources": ("approved",),
                "target": "signed",
                "deciders": "_vn_wf_signers",
                "condition": "_vn_wf_needs_signoff",
                "right": "sign",
                "no_self": True,
                "check": "_check_not_locked",
                "todo": self.env._("Sign off the professional record"),
                "stamp": {"signed_by_id": "user", "signed_date": "today"},
            },
            "reopen": {
                "label": self.env._("Reopen for a Change"),
                "sources": ("submitted", "approved", "signed"),
                "target": "returned",
                "deciders": "_vn_wf_principals",
                "condition": "_open_change_request",
                "right": "approve",
                "reason": True,
                "reason_field": "review_comment",
                "notify_author": True,
            },
        }

    def _vn_wf_principals(self):
        """The principal: unit heads of the school, not the managing body's HR office."""
        self.ensure_one()
        principals = self._vn_wf_users(UNIT_HEAD, self.sudo().company_id)
        return principals.filtered(lambda user: not user.has_group(HR_OFFICE))

    def _vn_wf_needs_signoff(self):
        return self.sudo().kind_id.needs_signoff

    def _vn_wf_signers(self):
        """The principal, or the vice-principal in charge of the record's group or
        section (e-record rules, Điều 3–4: the principal and the vice-principals sign
        off)."""
        self.ensure_one()
        record = self.sudo()
        signers = self._vn_wf_principals()
        vice = record.vice_principal_user_id
        if vice and vice.has_group(VICE_PRINCIPAL) and record.company_id in vice.company_ids:
            signers |= vice
        return signers

    def _vn_wf_authors(self):
        return self.sudo().teacher_user_id

    def _vn_wf_reviewers(self):
        """Whom the kind names: the head of the submitter's group, the vice-principal
        in charge (of the section, the group or the school's records), or the principal
        (unit heads of the school, not the managing body's HR office). The principal
        also reviews when the named reviewer is the submitter himself or is missing."""
        self.ensure_one()
        record = self.sudo()
        author = record.teacher_user_id
        reviewer = record.kind_id.reviewer or "group_head"
        if reviewer == "group_head" and record.head_user_id and record.head_user_id != author:
            return record.head_user_id
        vice = record.vice_principal_user_id
        if reviewer == "vice_principal" and vice and vice != author:
            return vice
        return self._vn_wf_principals()

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
        self._close_change_requests()
        return True

    def action_sign_off(self):
        """The principal (or the vice-principal in charge) signs the approved record
        off: it is frozen and archived with its school year."""
        self._vn_wf_take("sign_off")
        self._close_change_requests()
        return True

    def _close_change_requests(self):
        """Approved again (or signed off): the approved change request is applied."""
        for rec in self:
            final = rec.state == "signed" or (
                rec.state == "approved" and not rec.kind_id.needs_signoff
            )
            request = rec._open_change_request()
            if final and request:
                request.sudo()._vn_wf_take("close")

    def _vn_wf_frozen_message(self):
        return self.env._(
            "To change it, request a change with its reason; the principal approves it and "
            "the record is reopened."
        )

    def action_request_change(self):
        """Opens a new change request for this record."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "vn.teaching.record.change.request",
            "view_mode": "form",
            "target": "new",
            "context": {"default_record_id": self.id},
        }

    # ------------------------------------------------------------------
    # Reminders (scheduled action, daily)
    # ------------------------------------------------------------------
    @api.model
    def _cron_send_reminders(self):
        """The submitter gets a to-do N days (the school's setting, default 2) before a
        record is due, and a notice on the day after it was missed; each only once."""
        today = vn_today(self)
        Record = self.sudo()
        todo = self.env.ref("mail.mail_activity_data_todo")
        open_states = ("draft", "returned")
        horizon = max(
            Record.env["res.company"].sudo().search([]).mapped("vn_record_reminder_days") or [2]
        )
        soon = Record.search(
            [
                ("state", "in", open_states),
                ("reminder_sent", "=", False),
                ("due_date", ">=", today),
                ("due_date", "<=", today + timedelta(days=horizon)),
                ("teacher_user_id", "!=", False),
            ]
        )
        soon = soon.filtered(
            lambda r: r.due_date <= today + timedelta(days=r.company_id.vn_record_reminder_days)
        )
        for rec in soon:
            rec.activity_schedule(
                activity_type_id=todo.id,
                date_deadline=rec.due_date,
                summary=self.env._("Due on %(date)s: submit the record", date=rec.due_date),
                user_id=rec.teacher_user_id.id,
            )
        soon.write({"reminder_sent": True})
        missed = Record.search(
            [
                ("state", "in", open_states),
                ("missed_notice_sent", "=", False),
                ("due_date", "<", today),
                ("due_date", ">=", today - timedelta(days=3)),
                ("teacher_user_id", "!=", False),
            ]
        )
        for rec in missed:
            rec.activity_schedule(
                activity_type_id=todo.id,
                date_deadline=today,
                summary=self.env._("Missed: the record was due on %(date)s", date=rec.due_date),
                user_id=rec.teacher_user_id.id,
            )
        missed.write({"missed_notice_sent": True})
        return len(soon), len(missed)

    def action_return(self, reason=None):
        """Returns the record to the teacher; without a reason, the comment the group
        head wrote on the form (the phone's Return button) is the reason."""
        for rec in self:
            rec._vn_wf_take("return", reason=rec.review_comment if reason is None else reason)
        return True

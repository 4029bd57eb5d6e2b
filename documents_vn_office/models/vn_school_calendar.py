import re
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

WEEKDAYS = [
    ("0", "Monday"),
    ("1", "Tuesday"),
    ("2", "Wednesday"),
    ("3", "Thursday"),
    ("4", "Friday"),
    ("5", "Saturday"),
    ("6", "Sunday"),
]


class VnSchoolCalendar(models.Model):
    """School-year calendar of a school (khung kế hoạch thời gian năm học) and the due
    rules of the teachers' professional records (hồ sơ chuyên môn: kế hoạch giáo dục,
    kế hoạch bài dạy, kế hoạch tuần; Thông tư 32/2020/TT-BGDĐT Điều 21 and Công văn
    5512/BGDĐT-GDTrH for lower and upper secondary schools).

    Week N runs from ``week1_start + 7 (N - 1)`` days for 7 days. The rules are set per
    school: the ministry fixes the kinds of records, each school fixes the deadlines."""

    _name = "vn.school.calendar"
    _description = "School Year Calendar"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]
    _order = "school_year desc, company_id"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company",
        string="School",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    school_year = fields.Char(
        required=True, index=True, tracking=True, help='School year, e.g. "2026-2027".'
    )
    week1_start = fields.Date(
        string="Week 1 Starts On", required=True, tracking=True, help="Monday of week 1."
    )
    week_count = fields.Integer(string="Number of Weeks", required=True, default=35, tracking=True)
    semester2_start_week = fields.Integer(
        string="Semester 2 Starts in Week", required=True, default=18, tracking=True
    )
    education_plan_week_s1 = fields.Integer(
        string="Education Plan Due Week (Semester 1)",
        required=True,
        default=1,
        help="The education plan (kế hoạch giáo dục) of semester 1 is due by the end of this week.",
    )
    education_plan_week_s2 = fields.Integer(
        string="Education Plan Due Week (Semester 2)",
        required=True,
        default=18,
        help="The education plan of semester 2 is due by the end of this week.",
    )
    lesson_plan_days_before = fields.Integer(
        string="Lesson Plan Due Days Before Lesson",
        required=True,
        default=2,
        help="A lesson plan (kế hoạch bài dạy) is due this many days before the lesson.",
    )
    weekly_plan_weekday = fields.Selection(
        WEEKDAYS,
        string="Weekly Plan Due On",
        required=True,
        default="0",
        help="The weekly plan is due on this day of its week.",
    )
    department_ids = fields.Many2many(
        "hr.department",
        string="Professional Groups",
        domain="[('company_id', '=', company_id)]",
        help="Tổ chuyên môn whose teachers are expected to submit education and weekly "
        "plans. Used to generate the expected records.",
    )
    end_date = fields.Date(compute="_compute_end_date", store=True)
    record_count = fields.Integer(compute="_compute_record_count")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "company_year_unique",
            "UNIQUE(company_id, school_year)",
            "A school has only one calendar per school year.",
        ),
    ]

    @api.depends("company_id", "school_year")
    def _compute_name(self):
        for rec in self:
            unit = rec.company_id.vn_short_name or rec.company_id.name or ""
            rec.name = f"{rec.school_year or ''} - {unit}"

    @api.depends("week1_start", "week_count")
    def _compute_end_date(self):
        for rec in self:
            rec.end_date = (
                rec.week1_start + timedelta(days=7 * rec.week_count - 1)
                if rec.week1_start and rec.week_count > 0
                else False
            )

    def _compute_record_count(self):
        counts = dict(
            self.env["vn.teaching.record"]._read_group(
                [("calendar_id", "in", self.ids)], ["calendar_id"], ["__count"]
            )
        )
        for rec in self:
            rec.record_count = counts.get(rec, 0)

    @api.constrains(
        "school_year",
        "week1_start",
        "week_count",
        "semester2_start_week",
        "education_plan_week_s1",
        "education_plan_week_s2",
        "lesson_plan_days_before",
    )
    def _check_rules(self):
        for rec in self:
            match = re.fullmatch(r"(\d{4})-(\d{4})", rec.school_year or "")
            if not match or int(match.group(2)) != int(match.group(1)) + 1:
                raise ValidationError(
                    self.env._('The school year must look like "2026-2027" (two following years).')
                )
            if rec.week1_start.weekday() != 0:
                raise ValidationError(self.env._("Week 1 must start on a Monday."))
            if not 1 <= rec.week_count <= 53:
                raise ValidationError(self.env._("A school year has between 1 and 53 weeks."))
            if not 2 <= rec.semester2_start_week <= rec.week_count:
                raise ValidationError(
                    self.env._("Semester 2 must start in a week of the school year, after week 1.")
                )
            if not 1 <= rec.education_plan_week_s1 < rec.semester2_start_week:
                raise ValidationError(
                    self.env._("The semester 1 education plan must be due in semester 1.")
                )
            if not rec.semester2_start_week <= rec.education_plan_week_s2 <= rec.week_count:
                raise ValidationError(
                    self.env._("The semester 2 education plan must be due in semester 2.")
                )
            if rec.lesson_plan_days_before < 0:
                raise ValidationError(self.env._("The lesson plan lead time cannot be negative."))
            if rec.lesson_plan_days_before > 60:
                raise ValidationError(
                    self.env._("A lesson plan cannot be due more than 60 days before the lesson.")
                )

    # ------------------------------------------------------------------
    # Calendar rules
    # ------------------------------------------------------------------
    def _week_start(self, week):
        """Monday of school week ``week`` (week 1 starts on ``week1_start``)."""
        self.ensure_one()
        if not 1 <= week <= self.week_count:
            raise ValidationError(
                self.env._(
                    "Week %(week)s is outside the school year %(year)s (weeks 1 to %(count)s).",
                    week=week,
                    year=self.school_year,
                    count=self.week_count,
                )
            )
        return self.week1_start + timedelta(days=7 * (week - 1))

    def _week_of_date(self, date):
        """School week of ``date``; an error if the date is outside the school year."""
        self.ensure_one()
        week = (date - self.week1_start).days // 7 + 1
        if date < self.week1_start or week > self.week_count:
            raise ValidationError(
                self.env._(
                    "The date %(date)s is outside the school year %(year)s.",
                    date=date,
                    year=self.school_year,
                )
            )
        return week

    def _semester_of_week(self, week):
        """Semester (1 or 2) of a school week: semester 2 starts in ``semester2_start_week``."""
        self.ensure_one()
        return "2" if week >= self.semester2_start_week else "1"

    def _due_education_plan(self, semester):
        """Kế hoạch giáo dục của giáo viên (CV 5512/BGDĐT-GDTrH, Phụ lục III): due by the
        end (Sunday) of week ``education_plan_week_s1`` for semester 1 (default week 1)
        and of ``education_plan_week_s2`` for semester 2 (default week 18)."""
        self.ensure_one()
        week = self.education_plan_week_s1 if semester == "1" else self.education_plan_week_s2
        return self._week_start(week) + timedelta(days=6)

    def _due_weekly_plan(self, week):
        """Kế hoạch tuần: due on the configured weekday (default Monday) of its week."""
        self.ensure_one()
        return self._week_start(week) + timedelta(days=int(self.weekly_plan_weekday))

    def _due_lesson_plan(self, lesson_date):
        """Kế hoạch bài dạy (CV 5512/BGDĐT-GDTrH, Phụ lục IV): due ``lesson_plan_days_before``
        days (default 2) before the lesson."""
        self.ensure_one()
        self._week_of_date(lesson_date)
        return lesson_date - timedelta(days=self.lesson_plan_days_before)

    def _semester_week_number(self, semester, n):
        """School week of week ``n`` of ``semester`` (semester 2 starts in
        ``semester2_start_week``); an error if the semester has fewer weeks."""
        self.ensure_one()
        first = 1 if semester == "1" else self.semester2_start_week
        last = self.semester2_start_week - 1 if semester == "1" else self.week_count
        week = first + n - 1
        if n < 1 or week > last:
            raise ValidationError(
                self.env._(
                    "Week %(n)s of semester %(semester)s cannot be computed in the school "
                    "year %(year)s: the semester has %(count)s weeks.",
                    n=n,
                    semester=semester,
                    year=self.school_year,
                    count=last - first + 1,
                )
            )
        return week

    def _semester_week_start(self, semester, n):
        self.ensure_one()
        return self._week_start(self._semester_week_number(semester, n))

    def _due_semester_week(self, semester, n):
        """Rule "week N of the semester": due by the end (Sunday) of week ``n`` of the
        semester (e.g. a tổ's semester plan in week 2)."""
        self.ensure_one()
        return self._semester_week_start(semester, n) + timedelta(days=6)

    def _due_weekday_of_week(self, week, weekday):
        """Rule "weekday of its week": due on ``weekday`` (0 = Monday) of school week
        ``week``."""
        self.ensure_one()
        return self._week_start(week) + timedelta(days=int(weekday))

    def _due_weekday_prev_week(self, week, weekday):
        """Rule "weekday of the previous week": due on ``weekday`` of the week before
        school week ``week`` (e.g. the weekly plan by Friday of the previous week; for
        week 1 the week before the school year starts)."""
        self.ensure_one()
        return self._week_start(week) - timedelta(days=7) + timedelta(days=int(weekday))

    def _month_year(self, month):
        """Calendar year of ``month`` (1-12) in this school year: the months from the
        month of week 1 on belong to the first year, the earlier ones to the second."""
        self.ensure_one()
        start = self.week1_start
        return start.year if month >= start.month else start.year + 1

    def _due_month_day(self, month, day):
        """Rule "by day N of the month": due on day ``day`` of ``month`` of the school
        year."""
        self.ensure_one()
        try:
            return self.week1_start.replace(year=self._month_year(month), month=month, day=day)
        except ValueError as exc:
            raise ValidationError(
                self.env._(
                    "Day %(day)s of month %(month)s cannot be computed.", day=day, month=month
                )
            ) from exc

    # ------------------------------------------------------------------
    # Expected records
    # ------------------------------------------------------------------
    def _expected_teachers(self):
        self.ensure_one()
        departments = self.department_ids or self.env["hr.department"].search(
            [("company_id", "=", self.company_id.id)]
        )
        return self.env["hr.employee"].search(
            [
                ("department_id", "in", departments.ids),
                ("company_id", "=", self.company_id.id),
                ("user_id", "!=", False),
            ]
        )

    def action_generate_expected_records(self):
        """Create the expected education plans (2 per teacher) and weekly plans (one per
        week per teacher) in draft, so that missing submissions can be counted.
        Existing records are kept; running it again creates only what is missing."""
        user = self.env.user
        if not self.env.su and not (
            user.has_group("hr_vn_civil_servant.group_records_officer")
            or user.has_group("documents_vn_office.group_records_team")
        ):
            raise UserError(
                self.env._("Only the principal or the records staff can generate expected records.")
            )
        Record = self.env["vn.teaching.record"].sudo()
        created = Record
        for cal in self:
            teachers = cal._expected_teachers()
            existing = {
                (teacher.id, kind, semester, week)
                for teacher, kind, semester, week in Record._read_group(
                    [
                        ("calendar_id", "=", cal.id),
                        ("kind", "in", ("education_plan", "weekly_plan")),
                    ],
                    ["teacher_id", "kind", "semester", "week"],
                )
            }
            vals_list = []
            for teacher in teachers:
                for semester in ("1", "2"):
                    week = (
                        cal.education_plan_week_s1
                        if semester == "1"
                        else cal.education_plan_week_s2
                    )
                    if (teacher.id, "education_plan", semester, week) not in existing:
                        vals_list.append(
                            {
                                "calendar_id": cal.id,
                                "teacher_id": teacher.id,
                                "kind": "education_plan",
                                "semester": semester,
                                "is_expected": True,
                            }
                        )
                for week in range(1, cal.week_count + 1):
                    semester = cal._semester_of_week(week)
                    if (teacher.id, "weekly_plan", semester, week) not in existing:
                        vals_list.append(
                            {
                                "calendar_id": cal.id,
                                "teacher_id": teacher.id,
                                "kind": "weekly_plan",
                                "week": week,
                                "is_expected": True,
                            }
                        )
            created |= Record.create(vals_list)
            created |= cal._generate_expected_kind_records()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._("%(count)s expected records created.", count=len(created)),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def _months(self):
        """Months (1-12) of the school year, from the month of week 1 to the last one."""
        self.ensure_one()
        months, day = [], self.week1_start.replace(day=1)
        while day <= self.end_date:
            months.append(day.month)
            day = (day + timedelta(days=32)).replace(day=1)
        return months

    def _expected_kind_submitters(self, kind):
        """Who is expected to submit a record of ``kind`` (marked *Expected Every
        Period*): (employee, section) pairs: every teacher of the groups, the head of
        every group, the first staff member of every section, the school office (the
        first clerk with an employee)."""
        self.ensure_one()
        company = self.company_id
        if kind.submitter == "teacher":
            return [(teacher, False) for teacher in self._expected_teachers()]
        if kind.submitter == "group":
            groups = self.department_ids or self.env["hr.department"].search(
                [("company_id", "=", company.id)]
            )
            return [(group.manager_id, False) for group in groups if group.manager_id]
        if kind.submitter == "section":
            sections = self.env["vn.school.section"].search([("company_id", "=", company.id)])
            return [(s.member_ids[:1], s.id) for s in sections if s.member_ids]
        clerks = self.env["hr.employee"].search(
            [
                ("company_id", "=", company.id),
                ("user_id.groups_id", "in", self.env.ref("documents_vn_office.group_clerk").ids),
            ],
            limit=1,
        )
        return [(clerks, False)] if clerks else []

    def _generate_expected_kind_records(self):
        """Expected records of the kinds marked *Expected Every Period* (besides the
        education and weekly plans): one per submitter and per week, month, semester or
        the year of the kind's period, so that missing tổ, section and school records
        are counted too. Existing ones are kept."""
        self.ensure_one()
        Record = self.env["vn.teaching.record"].sudo()
        kinds = (
            self.env["vn.teaching.record.kind"]
            .sudo()
            .search(
                [
                    ("expected_every_period", "=", True),
                    ("period", "!=", "lesson"),
                    "|",
                    ("company_id", "=", False),
                    ("company_id", "=", self.company_id.id),
                ]
            )
        )
        if not kinds:
            return Record
        period_field = {"week": "week", "month": "month", "semester": "semester", "year": None}
        existing = set()
        for row in Record.search_read(
            [("calendar_id", "=", self.id), ("kind_id", "in", kinds.ids)],
            ["teacher_id", "kind_id", "section_id", "week", "month", "semester"],
        ):
            kind = kinds.browse(row["kind_id"][0])
            fname = period_field[kind.period]
            existing.add(
                (
                    row["teacher_id"][0],
                    kind.id,
                    row["section_id"] and row["section_id"][0],
                    row[fname] if fname else None,
                )
            )
        values = {
            "week": list(range(1, self.week_count + 1)),
            "month": [str(m) for m in self._months()],
            "semester": ["1", "2"],
            "year": [None],
        }
        vals_list = []
        for kind in kinds:
            fname = period_field[kind.period]
            for employee, section_id in self._expected_kind_submitters(kind):
                for value in values[kind.period]:
                    if (employee.id, kind.id, section_id, value) in existing:
                        continue
                    vals = {
                        "calendar_id": self.id,
                        "teacher_id": employee.id,
                        "kind_id": kind.id,
                        "section_id": section_id,
                        "is_expected": True,
                    }
                    if fname:
                        vals[fname] = value
                    vals_list.append(vals)
        return Record.create(vals_list)

    @api.model
    def _cron_generate_expected_records(self):
        today = vn_today(self)
        self.sudo().search(
            [("week1_start", "<=", today), ("end_date", ">=", today)]
        ).action_generate_expected_records()

    def action_view_records(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "documents_vn_office.vn_teaching_record_action"
        )
        action["domain"] = [("calendar_id", "=", self.id)]
        action["context"] = {"default_calendar_id": self.id}
        return action

    # ------------------------------------------------------------------
    # Late and missing summary (printed for the principal)
    # ------------------------------------------------------------------
    def _vn_today_string(self):
        return vn_today(self).strftime("%d/%m/%Y")

    def _late_missing_summary(self):
        """Rows (unit, person, kind, late, missing) of the records of this school year
        submitted late or missing, read with the rights of the current user, per
        professional group or section and person (grouped reads)."""
        self.ensure_one()
        Record = self.env["vn.teaching.record"]
        base = [("calendar_id", "=", self.id)]
        groupby = ["department_id", "section_id", "teacher_id", "kind_id"]
        rows = {}
        for key, domain in (
            ("late", [("is_late", "=", True)]),
            ("missing", [("is_missing", "=", True)]),
        ):
            for dept, section, teacher, kind, count in Record._read_group(
                base + domain, groupby, ["__count"]
            ):
                row = rows.setdefault(
                    (dept.id, section.id, teacher.id, kind.id),
                    {
                        "unit": section.name or dept.name or "",
                        "person": teacher.name or "",
                        "kind": kind.name or "",
                        "late": 0,
                        "missing": 0,
                    },
                )
                row[key] = count
        return sorted(rows.values(), key=lambda r: (r["unit"], r["person"], r["kind"]))

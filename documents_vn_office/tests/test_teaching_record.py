import base64
from datetime import date, timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form
from odoo.tests.common import TransactionCase, new_test_user

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today


class TestTeachingRecord(TransactionCase):
    """Professional records of two schools: due dates from the calendar rules, review by
    the group head only, period locks by the principal, late and missing lists."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.school = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.other_school = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        Dept = cls.env["hr.department"]
        cls.group_a = Dept.create({"name": "Tổ Toán (test)", "company_id": cls.school.id})
        cls.group_b = Dept.create({"name": "Tổ Văn (test)", "company_id": cls.school.id})

        def person(login, company, department=None, groups="base.group_user"):
            user = new_test_user(
                cls.env,
                login=login,
                groups=groups,
                company_id=company.id,
                company_ids=[Command.set(company.ids)],
            )
            employee = cls.env["hr.employee"].create(
                {
                    "name": login,
                    "user_id": user.id,
                    "company_id": company.id,
                    "department_id": department.id if department else False,
                }
            )
            return user, employee

        cls.teacher, cls.teacher_emp = person("t_teacher_a", cls.school, cls.group_a)
        cls.teacher2, cls.teacher2_emp = person("t_teacher_a2", cls.school, cls.group_a)
        cls.head_a, cls.head_a_emp = person("t_head_a", cls.school, cls.group_a)
        cls.head_b, cls.head_b_emp = person("t_head_b", cls.school, cls.group_b)
        cls.group_a.manager_id = cls.head_a_emp
        cls.group_b.manager_id = cls.head_b_emp
        cls.principal, _emp = person(
            "t_principal",
            cls.school,
            groups="base.group_user,hr_vn_civil_servant.group_unit_head",
        )
        cls.other_principal, _emp = person(
            "t_principal_b",
            cls.other_school,
            groups="base.group_user,hr_vn_civil_servant.group_unit_head",
        )
        cls.Calendar = cls.env["vn.school.calendar"]
        # A past school year: every due date is behind us (late / missing are testable).
        cls.calendar = cls.Calendar.create(
            {
                "company_id": cls.school.id,
                "school_year": "2024-2025",
                "week1_start": "2024-09-02",
                "week_count": 35,
                "department_ids": [Command.set((cls.group_a | cls.group_b).ids)],
            }
        )
        # A future school year for the normal flow (nothing is late).
        today = fields.Date.today()
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
        cls.future = cls.Calendar.create(
            {
                "company_id": cls.school.id,
                "school_year": f"{monday.year + 5}-{monday.year + 6}",
                "week1_start": monday - timedelta(weeks=1),
                "week_count": 35,
            }
        )

    def _record(self, user=None, calendar=None, **vals):
        values = {
            "calendar_id": (calendar or self.future).id,
            "teacher_id": self.teacher_emp.id,
            "kind": "lesson_plan",
            "lesson_date": (calendar or self.future).week1_start + timedelta(days=9),
            "subject": "Toán 6 - Bài 3",
        }
        values.update(vals)
        return (
            self.env["vn.teaching.record"]
            .with_user(user or self.teacher)
            .with_company(self.school)
            .create(values)
        )

    def _attach(self, record, user=None):
        attachment = (
            self.env["ir.attachment"]
            .with_user(user or self.teacher)
            .create({"name": "khbd.pdf", "datas": base64.b64encode(b"%PDF-1.4 test")})
        )
        record.with_user(user or self.teacher).attachment_ids = [Command.link(attachment.id)]
        return attachment

    # ------------------------------------------------------------------ due dates
    def test_due_dates_from_calendar_rules(self):
        cal = self.calendar  # week 1 = Monday 02/09/2024, semester 2 from week 18
        edu1 = self._record(calendar=cal, kind="education_plan", semester="1", lesson_date=False)
        edu2 = self._record(calendar=cal, kind="education_plan", semester="2", lesson_date=False)
        weekly = self._record(calendar=cal, kind="weekly_plan", week=3, lesson_date=False)
        lesson = self._record(calendar=cal, lesson_date=date(2024, 10, 10))
        # Education plan: by the end of week 1 (semester 1), of week 18 (semester 2).
        self.assertEqual(edu1.due_date, date(2024, 9, 8))
        self.assertEqual(edu2.due_date, date(2024, 12, 30) + timedelta(days=6))
        self.assertEqual(edu2.week, 18)
        # Weekly plan: the Monday of its week.
        self.assertEqual(weekly.due_date, date(2024, 9, 16))
        self.assertEqual(weekly.semester, "1")
        # Lesson plan: 2 days before the lesson.
        self.assertEqual(lesson.due_date, date(2024, 10, 8))
        self.assertEqual(lesson.week, 6)
        # The school changes its rules: the stored due dates follow.
        cal.write({"weekly_plan_weekday": "2", "lesson_plan_days_before": 3})
        self.assertEqual(weekly.due_date, date(2024, 9, 18))
        self.assertEqual(lesson.due_date, date(2024, 10, 7))
        # A lesson in semester 2.
        late_lesson = self._record(calendar=cal, lesson_date=date(2025, 1, 8))
        self.assertEqual(late_lesson.semester, "2")

    def test_calendar_bad_input(self):
        cases = [
            {"school_year": "2026-2028"},
            {"school_year": "26-27"},
            {"week1_start": "2026-09-05"},  # a Saturday
            {"semester2_start_week": 40},
            {"education_plan_week_s1": 20},
        ]
        for vals in cases:
            with self.subTest(vals=vals), self.assertRaises(ValidationError):
                values = {
                    "company_id": self.other_school.id,
                    "school_year": "2040-2041",
                    "week1_start": "2040-09-03",
                }
                values.update(vals)
                self.Calendar.create(values)
        self.assertFalse(self.Calendar.search([("school_year", "=", "2040-2041")]))

    def test_record_bad_input(self):
        with self.assertRaises(ValidationError):
            self._record(lesson_date=self.future.week1_start - timedelta(days=1))
        with self.assertRaises(ValidationError):
            self._record(kind="weekly_plan", week=60, lesson_date=False)
        with self.assertRaises(ValidationError):
            self._record(kind="education_plan", semester=False, lesson_date=False)
        # Somebody else's record cannot be created by a teacher.
        with self.assertRaises(UserError):
            self._record(teacher_id=self.teacher2_emp.id)

    # ------------------------------------------------------------------ review
    def test_submit_and_review_by_group_head_only(self):
        record = self._record()
        self.assertEqual(record.head_user_id, self.head_a)
        # No file yet: clear refusal, still a draft.
        with self.assertRaises(UserError):
            record.action_submit()
        self.assertEqual(record.state, "draft")
        self._attach(record)
        record.action_submit()
        self.assertEqual(record.state, "submitted")
        self.assertEqual(record.submitted_date, vn_today(record))
        self.assertFalse(record.is_late)
        # Submitted: the teacher can no longer change it.
        with self.assertRaises(UserError):
            record.subject = "changed"
        # The teacher himself, the head of another group and the principal cannot approve.
        for user in (self.teacher, self.head_b, self.principal):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                record.with_user(user).action_approve()
        self.assertEqual(record.state, "submitted")
        # The group head reads the teacher's file and approves.
        as_head = record.with_user(self.head_a)
        self.assertEqual(as_head.attachment_ids.name, "khbd.pdf")
        as_head.action_approve()
        self.assertEqual(record.state, "approved")
        self.assertEqual(record.reviewed_by_id, self.head_a)

    def test_return_needs_comment_and_resubmit(self):
        record = self._record()
        self._attach(record)
        record.action_submit()
        as_head = record.with_user(self.head_a)
        with self.assertRaises(UserError):
            as_head.action_return()
        self.assertEqual(record.state, "submitted")
        # Only the group head writes the comment.
        with self.assertRaises(UserError):
            record.with_user(self.head_b).review_comment = "Sửa lại"
        as_head.review_comment = "Bổ sung phần luyện tập."
        as_head.action_return()
        self.assertEqual(record.state, "returned")
        # The teacher corrects and submits again.
        record.subject = "Toán 6 - Bài 3 (sửa)"
        record.action_submit()
        self.assertEqual(record.state, "submitted")
        # The state cannot be forced by a write.
        with self.assertRaises(UserError):
            record.write({"state": "approved"})

    def test_phone_form_flow(self):
        """The teacher's simple form: kind, lesson date, file, save, Submit."""
        with Form(
            self.env["vn.teaching.record"].with_user(self.teacher).with_company(self.school)
        ) as form:
            form.calendar_id = self.future
            form.kind_id = self.env.ref("documents_vn_office.vn_teaching_record_kind_lesson_plan")
            form.lesson_date = self.future.week1_start + timedelta(days=16)
            form.subject = "Toán 6 - Bài 5"
        record = form.record
        self.assertEqual(record.teacher_id, self.teacher_emp)
        self.assertEqual(record.department_id, self.group_a)
        self.assertEqual(record.due_date, self.future.week1_start + timedelta(days=14))
        self._attach(record)
        record.action_submit()
        self.assertEqual(record.state, "submitted")

    # ------------------------------------------------------------------ visibility
    def test_visibility_by_role_and_school(self):
        mine = self._record()
        other = self._record(user=self.teacher2, teacher_id=self.teacher2_emp.id)
        b_record = self._record(user=self.head_b, teacher_id=self.head_b_emp.id)
        Record = self.env["vn.teaching.record"]
        ids = (mine | other | b_record).ids
        domain = [("id", "in", ids)]
        self.assertEqual(Record.with_user(self.teacher).search(domain), mine)
        self.assertEqual(Record.with_user(self.head_a).search(domain), mine | other)
        self.assertEqual(Record.with_user(self.head_b).search(domain), b_record)
        self.assertEqual(Record.with_user(self.principal).search(domain), mine | other | b_record)
        self.assertFalse(Record.with_user(self.other_principal).search(domain))
        with self.assertRaises(AccessError):
            other.with_user(self.teacher).read(["subject"])

    # ------------------------------------------------------------------ locks
    def test_lock_by_principal_only_and_effect(self):
        record = self._record()  # week 2 of the future calendar
        self._attach(record)
        Lock = self.env["vn.teaching.period.lock"]
        vals = {"calendar_id": self.future.id, "scope": "weeks", "week_from": 1, "week_to": 4}
        # A teacher, a group head, the principal of another school: refused.
        for user in (self.teacher, self.head_a, self.other_principal):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                Lock.with_user(user).create(vals)
        self.assertFalse(Lock.search([("calendar_id", "=", self.future.id)]))
        lock = Lock.with_user(self.principal).create(vals)
        self.assertTrue(record.is_locked)
        with self.assertRaises(UserError):
            record.action_submit()
        self.assertEqual(record.state, "draft")
        # A semester lock computes its weeks.
        semester_lock = Lock.with_user(self.principal).create(
            {"calendar_id": self.future.id, "scope": "semester", "semester": "2"}
        )
        self.assertEqual((semester_lock.week_from, semester_lock.week_to), (18, 35))
        # Only the principal unlocks; the unlock is logged.
        with self.assertRaises(UserError):
            lock.with_user(self.head_a).action_unlock()
        lock.with_user(self.principal).action_unlock()
        self.assertEqual(lock.state, "unlocked")
        self.assertTrue(lock.message_ids.filtered(lambda m: "Period unlocked" in str(m.body)))
        record.action_submit()
        self.assertEqual(record.state, "submitted")
        # Locked again: the head cannot approve in the period.
        lock.with_user(self.principal).action_lock()
        with self.assertRaises(UserError):
            record.with_user(self.head_a).action_approve()
        self.assertEqual(record.state, "submitted")

    def test_lock_bad_input(self):
        with self.assertRaises(ValidationError):
            self.env["vn.teaching.period.lock"].with_user(self.principal).create(
                {"calendar_id": self.future.id, "scope": "weeks", "week_from": 5, "week_to": 2}
            )

    # ------------------------------------------------------------------ late / missing
    def test_late_and_missing_lists(self):
        cal = self.calendar  # 2024-2025: everything is past due
        late = self._record(calendar=cal, lesson_date=date(2024, 10, 10))
        self._attach(late)
        late.action_submit()  # today, long after the due date
        self.assertTrue(late.is_late)
        self.assertFalse(late.is_missing)
        # Expected records: 2 education plans + 35 weekly plans per teacher of the groups.
        cal.with_user(self.principal).action_generate_expected_records()
        Record = self.env["vn.teaching.record"]
        expected = Record.search([("calendar_id", "=", cal.id), ("is_expected", "=", True)])
        self.assertEqual(len(expected), 4 * 37)
        # Running it again creates nothing more.
        cal.with_user(self.principal).action_generate_expected_records()
        self.assertEqual(
            Record.search_count([("calendar_id", "=", cal.id), ("is_expected", "=", True)]),
            4 * 37,
        )
        # Teachers cannot generate them.
        with self.assertRaises(UserError):
            cal.with_user(self.teacher).action_generate_expected_records()
        # Missing, counted per professional group as the principal sees them.
        groups = dict(
            Record.with_user(self.principal)._read_group(
                [("calendar_id", "=", cal.id), ("is_missing", "=", True)],
                ["department_id"],
                ["__count"],
            )
        )
        self.assertEqual(groups[self.group_a], 3 * 37)
        self.assertEqual(groups[self.group_b], 37)
        # The late filter ("submitted late" or "missing") of the report.
        late_domain = [
            ("calendar_id", "=", cal.id),
            "|",
            ("is_late", "=", True),
            ("is_missing", "=", True),
        ]
        self.assertIn(late, Record.search(late_domain))
        self.assertEqual(Record.search_count(late_domain), 4 * 37 + 1)
        # A group head sees the missing records of his group only.
        seen = Record.with_user(self.head_b).search(
            [("calendar_id", "=", cal.id), ("is_missing", "=", True)]
        )
        self.assertEqual(seen.department_id, self.group_b)
        # Expected records cannot be deleted to hide them.
        with self.assertRaises(UserError):
            expected.filtered(lambda r: r.teacher_id == self.teacher_emp)[:1].with_user(
                self.teacher
            ).unlink()

"""Professional records of the whole school (issue 15): record kinds as data with due
rules in the school calendar, submitters beyond teachers (group, section, school office),
reviewers named by the kind, reminders and the late summary, sign-off and the yearly
archive, locking with a change procedure, the records team, offline copies. Real roles
of two schools under two managing bodies; every guard also around the button."""

import base64
import csv
import io
import zipfile
from datetime import date, timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import RefusalAssertions, make_user
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

DECISION = "hr_vn_civil_servant.mail_activity_type_vn_decision"
HEAD = "hr_vn_civil_servant.group_unit_head"
TEAM = "documents_vn_office.group_records_team"
VICE = "documents_vn_office.group_vice_principal"
CLERK = "documents_vn_office.group_clerk"


class TestTeachingRecordKinds(RefusalAssertions, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body_a = Company.create({"name": "Phòng GDĐT A (k)", "vn_short_name": "KA"})
        cls.school_a = Company.create(
            {"name": "Trường MN A1 (k)", "vn_short_name": "KA1", "parent_id": cls.body_a.id}
        )
        cls.body_b = Company.create({"name": "Phòng GDĐT B (k)", "vn_short_name": "KB"})
        cls.school_b = Company.create(
            {"name": "Trường MN B1 (k)", "vn_short_name": "KB1", "parent_id": cls.body_b.id}
        )
        Dept = cls.env["hr.department"]
        cls.group_a = Dept.create({"name": "Tổ Mẫu giáo (k)", "company_id": cls.school_a.id})
        cls.group_a2 = Dept.create({"name": "Tổ Nhà trẻ (k)", "company_id": cls.school_a.id})
        cls.group_b = Dept.create({"name": "Tổ Mẫu giáo B (k)", "company_id": cls.school_b.id})
        cls.emp = {}
        cls.teacher = cls._person("k.teacher", cls.school_a, cls.group_a)
        cls.teacher2 = cls._person("k.teacher2", cls.school_a, cls.group_a2)
        cls.head = cls._person("k.head", cls.school_a, cls.group_a)
        cls.deputy = cls._person("k.deputy", cls.school_a, cls.group_a)
        cls.accountant = cls._person("k.accountant", cls.school_a)
        cls.clerk = cls._person("k.clerk", cls.school_a, groups=[CLERK])
        cls.vice = cls._person("k.vice", cls.school_a, groups=[VICE])
        cls.principal = cls._person("k.principal", cls.school_a, groups=[HEAD])
        cls.team = cls._person("k.team", cls.school_a, groups=[TEAM])
        cls.teacher_b = cls._person("k.teacher_b", cls.school_b, cls.group_b)
        cls.principal_b = cls._person("k.principal_b", cls.school_b, groups=[HEAD])
        cls.team_b = cls._person("k.team_b", cls.school_b, groups=[TEAM])
        cls.vice_b = cls._person("k.vice_b", cls.school_b, groups=[VICE])
        cls.group_a.write(
            {
                "manager_id": cls.emp[cls.head].id,
                "vn_deputy_ids": [Command.set(cls.emp[cls.deputy].ids)],
                "vn_vice_principal_user_id": cls.vice.id,
            }
        )
        cls.section = cls.env["vn.school.section"].create(
            {
                "name": "Kế toán (k)",
                "company_id": cls.school_a.id,
                "member_ids": [Command.set(cls.emp[cls.accountant].ids)],
                "vice_principal_user_id": cls.vice.id,
            }
        )
        Calendar = cls.env["vn.school.calendar"]
        today = vn_today(cls.env["res.users"])
        monday = today - timedelta(days=today.weekday())
        # the running school year: week 1 started 3 weeks ago (due dates around today)
        cls.calendar = Calendar.create(
            {
                "company_id": cls.school_a.id,
                "school_year": f"{monday.year + 3}-{monday.year + 4}",
                "week1_start": monday - timedelta(weeks=3),
            }
        )
        cls.calendar_b = Calendar.create(
            {
                "company_id": cls.school_b.id,
                "school_year": f"{monday.year + 3}-{monday.year + 4}",
                "week1_start": monday - timedelta(weeks=3),
            }
        )
        ref = cls.env.ref
        cls.k_lesson = ref("documents_vn_office.vn_teaching_record_kind_lesson_plan")
        cls.k_week_prev = ref("documents_vn_office.vn_teaching_record_kind_class_week_plan")
        cls.k_group_year = ref("documents_vn_office.vn_teaching_record_kind_group_year_plan")
        cls.k_group_month = ref("documents_vn_office.vn_teaching_record_kind_group_month_plan")
        cls.k_accounting = ref(
            "documents_vn_office.vn_teaching_record_kind_section_accounting_report"
        )
        cls.k_school_year = ref("documents_vn_office.vn_teaching_record_kind_school_year_plan")

    @classmethod
    def _person(cls, login, company, department=None, groups=()):
        user = make_user(cls.env, login, company, groups=groups)
        cls.emp[user] = cls.env["hr.employee"].create(
            {
                "name": login,
                "user_id": user.id,
                "company_id": company.id,
                "department_id": department.id if department else False,
            }
        )
        return user

    # ------------------------------------------------------------------ helpers
    def _record(self, user, kind_rec, calendar=None, **vals):
        kind = kind_rec
        calendar = calendar or self.calendar
        values = {
            "calendar_id": calendar.id,
            "teacher_id": self.emp[user].id,
            "kind_id": kind.id,
            "subject": "Hồ sơ thử",
        }
        if kind.period == "lesson":
            values["lesson_date"] = calendar.week1_start + timedelta(weeks=5, days=2)
        elif kind.period == "week":
            values["week"] = 6
        elif kind.period == "month":
            values["month"] = str((calendar.week1_start + timedelta(weeks=8)).month)
        elif kind.period == "semester":
            values["semester"] = "1"
        values.update(vals)
        return (
            self.env["vn.teaching.record"]
            .with_user(user)
            .with_company(calendar.company_id)
            .create(values)
        )

    def _attach(self, record, user, name="ke-hoach.pdf"):
        attachment = (
            self.env["ir.attachment"]
            .with_user(user)
            .create({"name": name, "datas": base64.b64encode(b"%PDF-1.4 noi dung")})
        )
        record.with_user(user).attachment_ids = [Command.link(attachment.id)]
        return attachment

    def _submitted(self, user, kind, **vals):
        record = self._record(user, kind, **vals)
        self._attach(record, user)
        record.with_user(user).action_submit()
        return record

    def _todos(self, record, user=None):
        todos = record.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(DECISION)
        )
        return todos.filtered(lambda a: a.user_id == user) if user else todos

    # ------------------------------------------------------------------ 1. kinds
    def test_shipped_kinds_cover_every_submitter_and_period_with_a_basis(self):
        kinds = self.env["vn.teaching.record.kind"].search([("company_id", "=", False)])
        self.assertEqual(set(kinds.mapped("submitter")), {"teacher", "group", "section", "school"})
        self.assertEqual(
            set(kinds.mapped("period")), {"lesson", "week", "month", "semester", "year"}
        )
        self.assertEqual(
            set(kinds.mapped("reviewer")), {"group_head", "vice_principal", "principal"}
        )
        self.assertTrue(all(kinds.mapped("basis")))
        self.assertEqual(
            set(kinds.filtered("due_from_calendar").mapped("code")),
            {"education_plan", "weekly_plan", "lesson_plan"},
        )

    def test_the_ministry_code_still_chooses_the_shipped_kind(self):
        record = self._record(
            self.teacher,
            self.k_lesson,
            kind="weekly_plan",
            kind_id=False,
            week=6,
            lesson_date=False,
        )
        weekly = self.env.ref("documents_vn_office.vn_teaching_record_kind_weekly_plan")
        self.assertEqual((record.kind_id, record.kind), (weekly, "weekly_plan"))
        self.assertEqual(record.due_date, self.calendar._due_weekly_plan(6))
        lesson_date = record.calendar_id.week1_start + timedelta(days=9)
        record.with_user(self.teacher).write({"kind": "lesson_plan", "lesson_date": lesson_date})
        self.assertEqual((record.kind_id, record.kind), (self.k_lesson, "lesson_plan"))

    def test_records_made_before_the_kinds_get_the_kind_of_their_code(self):
        weekly = self._record(
            self.teacher,
            self.k_lesson,
            kind="weekly_plan",
            kind_id=False,
            week=7,
            lesson_date=False,
        )
        lesson = self._record(self.teacher, self.k_lesson)
        self.env.flush_all()
        cr = self.env.cr
        # the state of a database before the kinds were data (rolled back with the test)
        cr.execute("ALTER TABLE vn_teaching_record ALTER COLUMN kind_id DROP NOT NULL")
        cr.execute(
            "UPDATE vn_teaching_record SET kind_id = NULL WHERE id IN %s",
            [(weekly.id, lesson.id)],
        )
        self.env["vn.teaching.record"]._vn_migrate_kind_ids()
        self.assertEqual(
            weekly.kind_id, self.env.ref("documents_vn_office.vn_teaching_record_kind_weekly_plan")
        )
        self.assertEqual(lesson.kind_id, self.k_lesson)

    def test_principal_and_records_team_add_kinds_of_their_school_only(self):
        Kind = self.env["vn.teaching.record.kind"]
        vals = {
            "name": "Sổ theo dõi trẻ",
            "company_id": self.school_a.id,
            "submitter": "teacher",
            "period": "month",
            "due_rule": "month_day",
            "due_day": 25,
        }
        kind = Kind.with_user(self.principal).create(vals)
        Kind.with_user(self.team).create(dict(vals, name="Sổ tài sản lớp"))
        kind.with_user(self.team).write({"due_day": 20})
        self.assertEqual(kind.due_day, 20)
        # the records team keeps the template; the teacher downloads it from his record
        blank = base64.b64encode(b"%PDF-1.4 mau so theo doi tre")
        kind.with_user(self.team).write(
            {"template_file": blank, "template_filename": "mau-so-theo-doi-tre.pdf"}
        )
        self.assertEqual(kind.template_attachment_id.name, "mau-so-theo-doi-tre.pdf")
        record = self._record(self.teacher, kind)
        self.assertEqual(record.with_user(self.teacher).kind_template_file, blank)
        self.assertEqual(
            record.with_user(self.teacher).kind_template_filename, "mau-so-theo-doi-tre.pdf"
        )
        with self.assertRaises(AccessError):
            Kind.with_user(self.teacher).create(dict(vals, name="x"))
        # the other school's principal does not see it, nor creates kinds for school A
        self.assertFalse(Kind.with_user(self.principal_b).search([("id", "=", kind.id)]))
        with self.assertRaises(UserError):
            Kind.with_user(self.principal_b).create(dict(vals, name="y"))
        # a shipped kind (every school) is changed by the administrator only
        with self.assertRaises(UserError):
            self.k_group_year.with_user(self.principal).write({"due_week": 5})
        self.assertEqual(self.k_group_year.due_week, 3)
        with self.assertRaises(UserError):
            Kind.with_user(self.team).create(dict(vals, name="z", company_id=False))
        # the school adapts a shipped kind on its own copy
        own = self.k_group_year.with_user(self.principal).with_company(self.school_a).copy()
        own.write({"due_week": 5, "expected_every_period": True})
        self.assertEqual((own.company_id, own.due_week), (self.school_a, 5))
        self.assertEqual(self.k_group_year.due_week, 3)

    def test_due_rules_computed_in_the_school_calendar(self):
        cal = self.calendar
        start = cal.week1_start
        # week 3 of semester 1: due Sunday of week 3 (tổ's yearly plan)
        self.assertEqual(
            self._record(self.head, self.k_group_year).due_date, start + timedelta(weeks=2, days=6)
        )
        # Friday of the previous week (class weekly plan of week 6)
        record = self._record(self.teacher, self.k_week_prev)
        self.assertEqual(record.due_date, start + timedelta(weeks=4, days=4))
        self.assertEqual(record.due_date.weekday(), 4)
        # by the 10th of the month (accounting report)
        record = self._record(self.accountant, self.k_accounting, section_id=self.section.id)
        month = int(record.month)
        self.assertEqual(record.due_date, date(cal._month_year(month), month, 10))
        # January belongs to the second year of the school year
        self.assertEqual(
            cal._due_month_day(1, 5), date(start.year + 1 if start.month > 1 else start.year, 1, 5)
        )
        # week 2 of semester 2 starts in semester2_start_week + 1
        self.assertEqual(
            cal._due_semester_week("2", 2),
            cal._week_start(cal.semester2_start_week + 1) + timedelta(days=6),
        )
        # N days before the lesson, from a school's own kind
        kind = (
            self.env["vn.teaching.record.kind"]
            .with_user(self.principal)
            .create(
                {
                    "name": "Giáo án dự giờ",
                    "company_id": self.school_a.id,
                    "period": "lesson",
                    "due_rule": "days_before_lesson",
                    "due_days": 3,
                }
            )
        )
        record = self._record(self.teacher, kind)
        self.assertEqual(record.due_date, record.lesson_date - timedelta(days=3))

    def test_a_due_rule_that_cannot_be_computed_is_refused(self):
        Kind = self.env["vn.teaching.record.kind"].with_user(self.principal)
        base = {"name": "Sai", "company_id": self.school_a.id}
        semester_weeks = self.calendar.semester2_start_week - 1
        for vals, message in (
            (
                {"period": "semester", "due_rule": "semester_week", "due_week": semester_weeks + 5},
                "cannot be computed",
            ),
            ({"period": "month", "due_rule": "month_day", "due_day": 31}, "every month"),
            ({"period": "month", "due_rule": "days_before_lesson"}, "cannot be computed"),
            ({"period": "week", "due_rule": "semester_week"}, "cannot be computed"),
        ):
            with self.subTest(vals=vals):
                self.assertCreateRefused(Kind, dict(base, **vals), message)
        kind = Kind.create(dict(base, period="month", due_rule="month_day", due_day=5))
        self.assertWriteRefused(kind.with_user(self.principal), {"due_day": 30}, "every month")

    def test_a_file_type_the_kind_does_not_accept_is_refused(self):
        kind = (
            self.env["vn.teaching.record.kind"]
            .with_user(self.principal)
            .create(
                {
                    "name": "Chỉ PDF",
                    "company_id": self.school_a.id,
                    "period": "week",
                    "due_rule": "weekday_of_week",
                    "due_weekday": "0",
                    "file_types": "pdf",
                }
            )
        )
        record = self._record(self.teacher, kind)
        self._attach(record, self.teacher, "ok.pdf")
        attachment = (
            self.env["ir.attachment"]
            .with_user(self.teacher)
            .create({"name": "virus.exe", "datas": base64.b64encode(b"MZ")})
        )
        with self.assertRaises(ValidationError) as caught:
            record.with_user(self.teacher).write({"attachment_ids": [Command.link(attachment.id)]})
        self.assertIn("not accepted", str(caught.exception))
        record.invalidate_recordset()
        self.assertEqual(record.attachment_ids.mapped("name"), ["ok.pdf"])

    # ------------------------------------------------------------------ 2. submitters
    def test_group_section_and_school_records_by_whom_the_kind_allows(self):
        self._record(self.head, self.k_group_year)
        self._record(self.deputy, self.k_group_month)
        self._record(self.accountant, self.k_accounting, section_id=self.section.id)
        self._record(self.clerk, self.k_school_year)
        Record = self.env["vn.teaching.record"]
        for user, kind, extra, message in (
            (self.teacher, self.k_group_year, {}, "head or a deputy"),
            (self.teacher, self.k_accounting, {"section_id": self.section.id}, "staff in charge"),
            (self.accountant, self.k_accounting, {}, "Choose the section"),
            (self.teacher, self.k_school_year, {}, "school office"),
        ):
            with self.subTest(user=user.login, kind=kind.name):
                count = Record.sudo().search_count([])
                with self.assertRaises(ValidationError) as caught:
                    self._record(user, kind, **extra)
                self.assertIn(message, str(caught.exception))
                self.assertEqual(Record.sudo().search_count([]), count)
        # around the button: a teacher's draft turned into a group record is refused
        record = self._record(self.teacher, self.k_lesson)
        with self.assertRaises(ValidationError) as caught:
            record.with_user(self.teacher).write(
                {"kind_id": self.k_group_year.id, "lesson_date": False}
            )
        self.assertIn("head or a deputy", str(caught.exception))
        self.assertEqual(record.kind_id, self.k_lesson)

    def test_each_record_is_reviewed_by_whom_the_kind_names(self):
        lesson = self._submitted(self.teacher, self.k_lesson)
        self.assertTrue(self._todos(lesson, self.head), "the group head reviews a lesson plan")
        group_plan = self._submitted(self.deputy, self.k_group_year)
        self.assertTrue(self._todos(group_plan, self.vice), "the vice-principal in charge")
        self.assertFalse(self._todos(group_plan, self.head))
        accounting = self._submitted(self.accountant, self.k_accounting, section_id=self.section.id)
        self.assertTrue(self._todos(accounting, self.principal), "the principal")
        # nobody else approves, neither the other school's leaders
        for user in (self.head, self.teacher, self.principal_b, self.vice_b):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                group_plan.with_user(user).action_approve()
        group_plan.with_user(self.vice).action_approve()
        self.assertEqual(group_plan.state, "approved")
        # the vice-principal in charge reads the group's records, the other school's not
        Record = self.env["vn.teaching.record"]
        self.assertIn(group_plan, Record.with_user(self.vice).search([]))
        self.assertFalse(Record.with_user(self.vice_b).search([("id", "=", group_plan.id)]))
        # the accountant reads his section's records, a teacher not
        self.assertIn(accounting, Record.with_user(self.accountant).search([]))
        self.assertNotIn(accounting, Record.with_user(self.teacher).search([]))

    def test_expected_group_and_section_records_so_that_missing_ones_count(self):
        (self.k_group_month | self.k_accounting).sudo().expected_every_period = True
        self.calendar.with_user(self.principal).action_generate_expected_records()
        Record = self.env["vn.teaching.record"].sudo()
        domain = [("calendar_id", "=", self.calendar.id), ("is_expected", "=", True)]
        months = len(self.calendar._months())
        group = Record.search(domain + [("kind_id", "=", self.k_group_month.id)])
        self.assertEqual(len(group), months, "one per month for the only group with a head")
        self.assertEqual(group.teacher_id, self.emp[self.head])
        section = Record.search(domain + [("kind_id", "=", self.k_accounting.id)])
        self.assertEqual(len(section), months)
        self.assertEqual(
            (section.teacher_id, section.section_id), (self.emp[self.accountant], self.section)
        )
        count = Record.search_count(domain)
        self.calendar.with_user(self.team).action_generate_expected_records()
        self.assertEqual(Record.search_count(domain), count, "running it again adds nothing")
        with self.assertRaises(UserError):
            self.calendar.with_user(self.teacher).action_generate_expected_records()
        with self.assertRaises(UserError):
            group[0].with_user(self.head).write({"month": group[1].month})

    # ------------------------------------------------------------------ 3. reminders
    def test_reminders_before_the_due_date_and_on_the_missed_day_once(self):
        today = vn_today(self.env["res.users"])
        cal = self.calendar
        week = cal._week_of_date(today + timedelta(days=2))
        kind = (
            self.env["vn.teaching.record.kind"]
            .with_user(self.principal)
            .create(
                {
                    "name": "Nhật ký lớp",
                    "company_id": self.school_a.id,
                    "period": "week",
                    "due_rule": "weekday_of_week",
                    "due_weekday": str((today + timedelta(days=2)).weekday()),
                }
            )
        )
        soon = self._record(self.teacher, kind, week=week)
        self.assertEqual(soon.due_date, today + timedelta(days=2))
        missed_week = cal._week_of_date(today - timedelta(days=1))
        kind_missed = (
            self.env["vn.teaching.record.kind"]
            .with_user(self.principal)
            .create(
                {
                    "name": "Nhật ký lớp 2",
                    "company_id": self.school_a.id,
                    "period": "week",
                    "due_rule": "weekday_of_week",
                    "due_weekday": str((today - timedelta(days=1)).weekday()),
                }
            )
        )
        missed = self._record(self.teacher, kind_missed, week=missed_week)
        later = self._record(self.teacher, kind, week=week + 2)
        Record = self.env["vn.teaching.record"]
        Record._cron_send_reminders()
        Record._cron_send_reminders()  # no duplicates
        todo = self.env.ref("mail.mail_activity_data_todo")

        def reminders(rec):
            return rec.activity_ids.filtered(
                lambda a: a.activity_type_id == todo and a.user_id == self.teacher
            )

        self.assertEqual(len(reminders(soon)), 1)
        self.assertIn("Due on", reminders(soon).summary)
        self.assertEqual(len(reminders(missed)), 1)
        self.assertIn("Missed", reminders(missed).summary)
        self.assertFalse(reminders(later), "not yet: due in more than 2 days")
        # the reminder days are a setting of the school
        self.school_a.vn_record_reminder_days = 20
        Record._cron_send_reminders()
        self.assertEqual(len(reminders(later)), 1)
        # the flags are the cron's: a user cannot reset them
        with self.assertRaises(UserError):
            soon.with_user(self.teacher).write({"reminder_sent": False})

    def test_late_and_missing_summary_for_the_principal(self):
        past = self.env["vn.school.calendar"].create(
            {
                "company_id": self.school_a.id,
                "school_year": "2023-2024",
                "week1_start": "2023-09-04",
            }
        )
        self._record(self.teacher, self.k_lesson, calendar=past)  # missing
        self._record(self.head, self.k_group_year, calendar=past)  # missing
        rows = past.with_user(self.principal)._late_missing_summary()
        self.assertEqual(
            {(r["unit"], r["person"], r["missing"]) for r in rows},
            {("Tổ Mẫu giáo (k)", "k.teacher", 1), ("Tổ Mẫu giáo (k)", "k.head", 1)},
        )
        # a teacher's summary holds only what he reads
        rows = past.with_user(self.teacher)._late_missing_summary()
        self.assertEqual([r["person"] for r in rows], ["k.teacher"])
        html = (
            self.env["ir.actions.report"]
            .with_user(self.principal)
            ._render_qweb_html("documents_vn_office.vn_teaching_record_late_report", past.ids)[0]
        )
        self.assertIn(b"k.head", html)
        # the other school's principal cannot read the calendar at all
        with self.assertRaises(AccessError):
            past.with_user(self.principal_b).check_access("read")

    # ------------------------------------------------------------------ 4. sign-off
    def test_signoff_after_approval_freezes_and_archives(self):
        record = self._submitted(self.deputy, self.k_group_year)
        record.with_user(self.vice).action_approve()
        self.assertTrue(self._todos(record, self.principal), "the principal gets a to-do")
        with self.assertRaises(AccessError):
            record.with_user(self.deputy).action_sign_off()
        with self.assertRaises(AccessError):
            record.with_user(self.principal_b).action_sign_off()
        # around the button
        with self.assertRaises(UserError):
            record.with_user(self.principal).write({"state": "signed"})
        with self.assertRaises(UserError):
            record.with_user(self.principal).write({"signed_by_id": self.principal.id})
        record.with_user(self.principal).action_sign_off()
        self.assertEqual((record.state, record.signed_by_id), ("signed", self.principal))
        self.assertFalse(self._todos(record))
        with self.assertRaisesRegex(UserError, "request a change"):
            record.with_user(self.deputy).write({"subject": "Sửa sau khi ký"})
        # a kind without sign-off has no such step
        lesson = self._submitted(self.teacher, self.k_lesson)
        lesson.with_user(self.head).action_approve()
        self.assertNotIn(",sign_off,", lesson.with_user(self.principal).vn_wf_allowed)
        # the group head downloads the group's signed-off archive of the year
        wizard = (
            self.env["vn.teaching.record.archive.wizard"]
            .with_user(self.head)
            .create(
                {
                    "calendar_id": self.calendar.id,
                    "scope": "group",
                    "department_id": self.group_a.id,
                    "signed_only": True,
                }
            )
        )
        names, index = self._zip(wizard)
        self.assertEqual(len(index), 1)
        self.assertEqual(index[0][0], record.display_name)
        self.assertTrue(any(name.endswith("ke-hoach.pdf") for name in names))

    def _zip(self, wizard):
        action = wizard.action_download()
        self.assertIn(str(wizard.attachment_id.id), action["url"])
        archive = zipfile.ZipFile(io.BytesIO(wizard.attachment_id.sudo().raw))
        names = archive.namelist()
        rows = list(csv.reader(io.StringIO(archive.read("index.csv").decode("utf-8-sig"))))
        return names, rows[1:]

    # ------------------------------------------------------------------ 5. locks
    def test_lock_a_year_then_change_only_through_an_approved_request(self):
        record = self._submitted(self.teacher, self.k_lesson)
        draft = self._record(self.teacher, self.k_lesson, subject="Nháp")
        Lock = self.env["vn.teaching.period.lock"]
        # the records team locks only at the principal's request
        with self.assertRaisesRegex(UserError, "request"):
            Lock.with_user(self.team).create({"calendar_id": self.calendar.id, "scope": "year"})
        for user in (self.teacher, self.head, self.principal_b):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                Lock.with_user(user).create({"calendar_id": self.calendar.id, "scope": "year"})
        lock = Lock.with_user(self.vice).create(
            {"calendar_id": self.calendar.id, "scope": "year", "reason": "Kiểm tra cuối năm"}
        )
        self.assertEqual((lock.week_from, lock.week_to), (1, self.calendar.week_count))
        self.assertTrue(record.is_locked and draft.is_locked)
        with self.assertRaisesRegex(UserError, "is locked"):
            draft.with_user(self.teacher).write({"subject": "Sửa"})
        with self.assertRaisesRegex(UserError, "is locked by the principal"):
            record.with_user(self.head).action_approve()
        # the teacher asks for a change; only the principal of the school approves it
        Request = self.env["vn.teaching.record.change.request"]
        with self.assertRaises(AccessError):
            Request.with_user(self.head).create({"record_id": record.id, "reason": "x"})
        request = Request.with_user(self.teacher).create(
            {"record_id": record.id, "reason": "Bổ sung phần đánh giá"}
        )
        # around the button: in someone else's name, or moved to someone else's record
        with self.assertRaises(UserError):
            request.with_user(self.teacher).write({"requested_by_id": self.head.id})
        with self.assertRaises(UserError):
            Request.with_user(self.teacher).create(
                {"record_id": record.id, "reason": "x", "requested_by_id": self.head.id}
            )
        other = self._record(self.teacher2, self.k_lesson)
        with self.assertRaises(AccessError):
            request.with_user(self.teacher).write({"record_id": other.id})
        self.assertEqual(request.record_id, record)
        request.with_user(self.teacher).action_submit()
        self.assertTrue(self._todos(request, self.principal))
        for user in (self.teacher, self.head, self.principal_b):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                request.with_user(user).action_approve()
        with self.assertRaises(UserError):
            request.with_user(self.principal).write({"state": "approved"})
        request.with_user(self.principal).action_approve()
        self.assertEqual((request.state, record.state), ("approved", "returned"))
        self.assertFalse(record.is_locked, "open for this change")
        record.with_user(self.teacher).write({"subject": "Đã bổ sung"})
        record.with_user(self.teacher).action_submit()
        record.with_user(self.head).action_approve()
        self.assertEqual((record.state, request.state), ("approved", "done"))
        self.assertTrue(record.is_locked, "locked again once the change is applied")
        bodies = " ".join(lock.message_ids.mapped("body"))
        self.assertIn("Late change approved", bodies)
        self.assertIn("Period locked", bodies)
        # the records team unlocks at the principal's request, logged with his name
        lock.with_user(self.principal).write({"requested_by_id": self.principal.id})
        lock.with_user(self.team).action_unlock()
        self.assertEqual(lock.state, "unlocked")
        self.assertIn("at the request of k.principal", lock.message_ids[0].body)

    def test_refused_change_request_changes_nothing(self):
        record = self._submitted(self.teacher, self.k_lesson)
        record.with_user(self.head).action_approve()
        request = (
            self.env["vn.teaching.record.change.request"]
            .with_user(self.teacher)
            .create({"record_id": record.id, "reason": "Đổi lớp"})
        )
        request.with_user(self.teacher).action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.principal).action_refuse(reason="")
        request.with_user(self.principal).action_refuse(reason="Không cần thiết")
        self.assertEqual((request.state, record.state), ("refused", "approved"))
        with self.assertRaises(UserError):
            record.with_user(self.teacher).write({"subject": "x"})

    # ------------------------------------------------------------------ 6. records team
    def test_records_team_sees_the_school_and_grants_record_rights_only(self):
        mine = self._record(self.teacher, self.k_lesson)
        other = self._record(self.teacher_b, self.k_lesson, calendar=self.calendar_b)
        Record = self.env["vn.teaching.record"]
        self.assertIn(mine, Record.with_user(self.team).search([]))
        self.assertFalse(Record.with_user(self.team).search([("id", "=", other.id)]))
        Wizard = self.env["vn.records.rights.wizard"]
        wizard = Wizard.with_user(self.team).create(
            {"user_id": self.teacher2.id, "group_ids": [Command.set(self.env.ref(VICE).ids)]}
        )
        wizard.action_apply()
        self.assertTrue(self.teacher2.has_group(VICE))
        with self.assertRaises(AccessError):
            Wizard.with_user(self.team).create(
                {"user_id": self.teacher_b.id, "group_ids": [Command.set(self.env.ref(VICE).ids)]}
            ).action_apply()
        self.assertFalse(self.teacher_b.has_group(VICE))
        with self.assertRaises(AccessError):
            Wizard.with_user(self.team).create(
                {
                    "user_id": self.teacher2.id,
                    "group_ids": [Command.set(self.env.ref("base.group_system").ids)],
                }
            ).action_apply()
        self.assertFalse(self.teacher2.has_group("base.group_system"))
        with self.assertRaises(AccessError):
            Wizard.with_user(self.teacher).create({"user_id": self.teacher2.id})
        with self.assertRaises(AccessError):
            Wizard.with_user(self.team).create(
                {"user_id": self.team.id, "group_ids": [Command.set(self.env.ref(VICE).ids)]}
            ).action_apply()
        self.assertFalse(self.team.has_group(VICE))
        # the team cannot write users directly
        with self.assertRaises(AccessError):
            self.teacher2.with_user(self.team).write(
                {"groups_id": [Command.link(self.env.ref(TEAM).id)]}
            )

    def test_support_requests_reach_the_records_team_of_the_school(self):
        Support = self.env["vn.records.support.request"]
        request = (
            Support.with_user(self.teacher)
            .with_company(self.school_a)
            .create({"name": "Không tải được tệp", "description": "Lỗi khi tải tệp 20 MB"})
        )
        self.assertEqual(request.reported_by_id, self.teacher)
        with self.assertRaises(UserError):
            Support.with_user(self.teacher).with_company(self.school_a).create(
                {"name": "x", "description": "y", "reported_by_id": self.teacher2.id}
            )
        self.assertTrue(self._todos(request, self.team))
        self.assertFalse(self._todos(request, self.team_b))
        self.assertFalse(Support.with_user(self.team_b).search([("id", "=", request.id)]))
        self.assertFalse(Support.with_user(self.teacher2).search([("id", "=", request.id)]))
        with self.assertRaises(AccessError):
            request.with_user(self.teacher).action_take()
        with self.assertRaises(UserError):
            request.with_user(self.teacher).write({"state": "resolved"})
        request.with_user(self.team).action_take()
        request.with_user(self.team).action_resolve(reason="Đã tăng giới hạn dung lượng")
        self.assertEqual((request.state, request.handled_by_id), ("resolved", self.team))
        self.assertEqual(request.answer, "Đã tăng giới hạn dung lượng")

    # ------------------------------------------------------------------ 7. offline copy
    def test_offline_copy_of_own_records_and_of_the_group(self):
        mine = self._submitted(self.teacher, self.k_lesson)
        self._record(self.teacher, self.k_week_prev, week=mine.week + 1)
        theirs = self._submitted(self.deputy, self.k_group_month)
        other_group = self._submitted(self.teacher2, self.k_lesson)
        Wizard = self.env["vn.teaching.record.archive.wizard"]
        names, index = self._zip(
            Wizard.with_user(self.teacher).create({"calendar_id": self.calendar.id})
        )
        self.assertEqual(len(index), 2)
        self.assertIn(mine.display_name, [row[0] for row in index])
        self.assertEqual(len([n for n in names if n.endswith(".pdf")]), 1)
        # a week range: the period of the records
        names, index = self._zip(
            Wizard.with_user(self.teacher).create(
                {"calendar_id": self.calendar.id, "week_from": mine.week, "week_to": mine.week}
            )
        )
        self.assertEqual([row[0] for row in index], [mine.display_name])
        # the group head: his group's records, not another group's
        names, index = self._zip(
            Wizard.with_user(self.head).create(
                {
                    "calendar_id": self.calendar.id,
                    "scope": "group",
                    "department_id": self.group_a.id,
                }
            )
        )
        listed = {row[0] for row in index}
        self.assertIn(theirs.display_name, listed)
        self.assertIn(mine.display_name, listed)
        self.assertNotIn(other_group.display_name, listed)
        # a teacher asking for another group gets nothing he cannot read
        with self.assertRaises(UserError):
            Wizard.with_user(self.teacher).create(
                {
                    "calendar_id": self.calendar.id,
                    "scope": "group",
                    "department_id": self.group_a2.id,
                }
            ).action_download()

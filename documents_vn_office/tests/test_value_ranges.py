"""Counts, pages, dates, weeks and texts out of range are refused with a message (a
ValidationError, never a database error) and change nothing."""

from datetime import date, timedelta

from odoo import fields
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.models.vn_value_limit_mixin import INT4_MAX
from odoo.addons.hr_vn_civil_servant.tests.common import RefusalAssertions, make_user

INT4_OVERFLOW = INT4_MAX + 1  # one more than PostgreSQL's largest integer


class TestValueRanges(RefusalAssertions, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the messages checked are the English source strings
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        Company = cls.env["res.company"]
        cls.body = Company.create({"name": "Phòng VH-XH xã Giới Hạn"})
        cls.school = Company.create(
            {"name": "Trường THCS Giới Hạn", "parent_id": cls.body.id, "vn_short_name": "THCSGH"}
        )
        cls.clerk = cls._user("vrd.vanthu", "documents_vn_office.group_clerk")
        cls.head = cls._user(
            "vrd.hieutruong",
            "hr_vn_civil_servant.group_unit_head",
            "documents_vn_office.group_leader",
        )
        cls.teacher = cls._user("vrd.gv", "hr_vn_civil_servant.group_employee")
        cls.doc_admin = cls._user("vrd.admin", "documents_vn_office.group_admin")
        cls.env["hr.employee"].create(
            {"name": "Giáo Viên Giới Hạn", "company_id": cls.school.id, "user_id": cls.teacher.id}
        )
        cls.register = cls.env["vn.document.register"].create(
            {
                "name": "Sổ văn bản đến (giới hạn)",
                "company_id": cls.school.id,
                "direction": "incoming",
                "keeper_ids": [(6, 0, cls.clerk.ids)],
            }
        )
        cls.incoming = cls._as(cls.clerk, "vn.incoming.document").create(
            {
                "company_id": cls.school.id,
                "register_id": cls.register.id,
                "subject": "Về việc kiểm tra giới hạn",
                "arrival_date": date(2026, 3, 2),
                "pages": 2,
            }
        )
        cls.outgoing = cls._as(cls.clerk, "vn.outgoing.document").create(
            {"company_id": cls.school.id, "subject": "Kế hoạch kiểm tra giới hạn"}
        )
        cls.calendar = cls._as(cls.head, "vn.school.calendar").create(
            {"company_id": cls.school.id, "school_year": "2025-2026", "week1_start": "2025-09-08"}
        )

    @classmethod
    def _user(cls, login, *groups):
        return make_user(cls.env, login, cls.school, groups, lang="en_US")

    @classmethod
    def _as(cls, user, model):
        return cls.env[model].with_user(user).with_company(cls.school)

    def test_incoming_pages_and_arrival(self):
        doc = self.incoming.with_user(self.clerk)
        self.assertWriteRefused(doc, {"pages": -1}, "between 0 and 100,000")
        self.assertWriteRefused(doc, {"pages": INT4_OVERFLOW}, "out of range")
        tomorrow_but_one = fields.Date.today() + timedelta(days=2)
        self.assertWriteRefused(doc, {"arrival_date": tomorrow_but_one}, "cannot be in the future")
        self.assertWriteRefused(doc, {"arrival_time": 25.0}, "between 00:00 and 23:59")
        self.assertCreateRefused(
            self._as(self.clerk, "vn.incoming.document"),
            {"company_id": self.school.id, "subject": "Tài liệu", "pages": 10**11},
            "out of range",
        )

    def test_summary_and_number_lengths(self):
        doc = self.incoming.with_user(self.clerk)
        self.assertWriteRefused(doc, {"subject": "x" * 1001}, "at most 1000")
        self.assertWriteRefused(doc, {"original_number": "1" * 101}, "at most 100")
        doc.subject = "y" * 1000  # the limit itself is accepted, not cut
        self.assertEqual(len(doc.subject), 1000)
        self.assertWriteRefused(
            self.outgoing.with_user(self.clerk), {"subject": "z" * 5000}, "too long"
        )

    def test_document_dates_and_numbers(self):
        doc = self.incoming.with_user(self.clerk)
        self.assertWriteRefused(doc, {"document_date": date(1850, 1, 1)}, "must be between")
        self.assertWriteRefused(doc, {"manual_number": -4}, "cannot be negative")
        # (an incoming document's deadline is given by the direction only: an outgoing one)
        outgoing = self.outgoing.with_user(self.clerk)
        self.assertWriteRefused(outgoing, {"deadline": date(2999, 12, 31)}, "must be between")

    def test_outgoing_copies(self):
        doc = self.outgoing.with_user(self.clerk)
        self.assertWriteRefused(doc, {"copies_count": 0}, "between 1 and 10,000")
        self.assertWriteRefused(doc, {"copies_count": INT4_OVERFLOW}, "out of range")
        doc.copies_count = 3
        self.assertEqual(doc.copies_count, 3)

    def test_school_calendar_weeks_and_counts(self):
        calendar = self.calendar.with_user(self.head)
        self.assertWriteRefused(calendar, {"week_count": 0}, "between 1 and 53 weeks")
        self.assertWriteRefused(calendar, {"week_count": INT4_OVERFLOW}, "out of range")
        self.assertWriteRefused(calendar, {"lesson_plan_days_before": -1}, "cannot be negative")
        self.assertWriteRefused(calendar, {"lesson_plan_days_before": 90}, "more than 60 days")

    def test_teaching_record_week_within_the_calendar(self):
        Record = self._as(self.teacher, "vn.teaching.record")
        lesson = self.calendar.week1_start + timedelta(days=2)
        for vals in (
            {"kind": "weekly_plan", "week": 36},
            {"kind": "lesson_plan", "lesson_date": lesson, "week": 99},
            {"kind": "education_plan", "semester": "1", "week": -2},
        ):
            with self.subTest(vals=vals):
                self.assertCreateRefused(
                    Record, {"calendar_id": self.calendar.id, **vals}, "outside the school year"
                )
        record = Record.create(
            {"calendar_id": self.calendar.id, "kind": "lesson_plan", "lesson_date": lesson}
        )
        self.assertEqual(record.week, 1)

    def test_case_file_dates_and_retention_years(self):
        retention = self.env["vn.retention.period"].search([], limit=1).with_user(self.doc_admin)
        self.assertWriteRefused(retention, {"years": 500}, "0 (permanent) to 100 years")
        CaseFile = self._as(self.clerk, "vn.case.file")
        self.assertCreateRefused(
            CaseFile,
            {
                "company_id": self.school.id,
                "code": "01.GH",
                "name": "Hồ sơ giới hạn",
                "retention_id": retention.id,
                "start_date": date(1800, 1, 1),
            },
            "must be between",
        )

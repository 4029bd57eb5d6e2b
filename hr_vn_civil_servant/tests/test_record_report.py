"""E-record management reports (Thông tư 07/2019/TT-BNV Điều 12.2 a–đ): figures computed
from the records, one report per unit and period, approved and sent by the unit head,
acknowledged and summed up by the managing body, reminders before the reporting dates,
the printed report; as the real roles of two managing bodies."""

import datetime

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase, RefusalAssertions


class TestRecordReport(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.Report = cls.env["vn.record.report"]
        cls.today = vn_today(cls.Report)
        cls.year = cls.today.year

    def _report(self, user, unit, period="1", **vals):
        Report = self.Report.with_user(user)
        return Report.create(
            dict({"company_id": unit.id, "year": self.year, "period": period}, **vals)
        )

    def test_figures_are_computed_with_the_form(self):
        form = Form(self.Report.with_user(self.officer_a1))
        form.year = self.year
        form.period = "2"
        form.compliance_note = "Thực hiện đúng quy định."
        report = form.save()
        self.assertEqual(report.company_id, self.school_a1)
        self.assertEqual(report.body_id, self.body_a)
        self.assertEqual(report.date_due, datetime.date(self.year, 12, 1))
        self.assertEqual(report.period_start, datetime.date(self.year, 6, 16))
        Employee = self.env["hr.employee"].sudo()
        unit = [("company_id", "=", self.school_a1.id)]
        records = Employee.search_count(unit)
        complete = Employee.search_count(unit + [("vn_completeness", ">=", 100)])
        self.assertEqual(records, 4)
        self.assertEqual(report.record_count, records)
        self.assertEqual(report.complete_count, complete)
        self.assertEqual(report.incomplete_count, records - complete)
        self.assertEqual(report.locked_count, 0)
        # the figures are computed, never typed: not even in a draft
        with self.assertRaises(UserError):
            report.with_user(self.officer_a1).write({"record_count": 99})
        self.assertEqual(report.record_count, records)

    def test_second_report_for_the_same_unit_and_period_refused(self):
        self._report(self.officer_a1, self.school_a1)
        Report = self.Report.with_user(self.head_a1)
        self.assertCreateRefused(
            Report,
            {"company_id": self.school_a1.id, "year": self.year, "period": "1"},
            "already has its e-record management report",
        )
        # another period or another unit is fine
        self._report(self.officer_a1, self.school_a1, period="2")
        self._report(self.officer_a2, self.school_a2)

    def test_sent_by_the_unit_head_with_fresh_figures(self):
        report = self._report(self.officer_a1, self.school_a1)
        for user in (self.officer_a1, self.teacher_a1, self.head_a2, self.head_b1):
            with self.assertRaises(AccessError):
                report.with_user(user).action_send()
        with self.assertRaises(UserError) as caught:
            report.with_user(self.head_a1).action_send()
        self.assertIn("compliance", str(caught.exception))
        with self.assertRaises(UserError):
            report.with_user(self.head_a1).write({"state": "sent"})
        self.assertEqual(report.state, "draft")
        report.with_user(self.officer_a1).write(
            {
                "compliance_note": "Đúng quy định.",
                "equipment_note": "01 tủ hồ sơ",
                "training_note": "01 người tập huấn",
                "proposal_note": "Không",
            }
        )
        self._make_employee("Test new a1", self.school_a1)
        report.with_user(self.head_a1).action_send()
        self.assertEqual(report.state, "sent")
        self.assertEqual(report.approver_id, self.head_a1)
        self.assertEqual(report.record_count, 5)
        self.assertEqual(report.new_count, 5 if report.period_end >= self.today else 0)
        with self.assertRaises(UserError):
            report.with_user(self.officer_a1).write({"proposal_note": "x"})
        with self.assertRaises(UserError):
            report.with_user(self.officer_a1).unlink()
        # the HR office of the body got the to-do and acknowledges
        todo = report.activity_ids.filtered(lambda a: a.user_id == self.hr_a)
        self.assertTrue(todo)
        with self.assertRaises(AccessError):
            report.with_user(self.hr_b).action_receive()
        report.with_user(self.hr_a).action_receive()
        self.assertEqual(report.state, "received")

    def test_teacher_and_other_body_see_nothing(self):
        report = self._report(self.officer_a1, self.school_a1)
        with self.assertRaises(AccessError):
            report.with_user(self.teacher_a1).read(["record_count"])
        self.assertFalse(self.Report.with_user(self.hr_b).search([]))
        self.assertFalse(self.Report.with_user(self.officer_a2).search([]))
        with self.assertRaises(AccessError):
            self._report(self.officer_b1, self.school_a1)

    def test_body_summary_of_its_units(self):
        one = self._report(self.officer_a1, self.school_a1)
        two = self._report(self.officer_a2, self.school_a2)
        self._report(self.officer_b1, self.school_b1)
        Report = self.Report.with_user(self.hr_a)
        groups = Report._read_group(
            [("year", "=", self.year), ("period", "=", "1")],
            ["body_id"],
            ["record_count:sum", "__count"],
        )
        self.assertEqual(groups, [(self.body_a, one.record_count + two.record_count, 2)])

    def test_locked_unit_counts_locked_records(self):
        self.school_a1.sudo()._vn_set_records_lock("lock", "test")
        report = self._report(self.officer_a1, self.school_a1)
        self.assertEqual(report.locked_count, report.record_count)

    def test_reporting_dates_settings(self):
        body = self.body_a
        self.assertWriteRefused(body, {"vn_record_report_day_1": 31, "vn_record_report_month_1": 2})
        self.assertWriteRefused(
            body, {"vn_record_report_month_1": 12, "vn_record_report_month_2": 6}
        )
        self.assertWriteRefused(body, {"vn_record_report_remind_days": -1})

    def test_reminder_before_the_reporting_date(self):
        due = self.today + relativedelta(days=5)
        if (due.month, due.day) < (12, 31):
            settings = {
                "vn_record_report_day_1": due.day,
                "vn_record_report_month_1": due.month,
                "vn_record_report_day_2": 31,
                "vn_record_report_month_2": 12,
            }
            period = "1"
        else:
            settings = {
                "vn_record_report_day_1": 1,
                "vn_record_report_month_1": 1,
                "vn_record_report_day_2": due.day,
                "vn_record_report_month_2": due.month,
            }
            period = "2"
        self.body_a.write(dict(settings, vn_record_report_remind_days=10))
        self.Report._cron_remind()
        self.Report._cron_remind()
        report = self.Report.search(
            [
                ("company_id", "=", self.school_a1.id),
                ("year", "=", due.year),
                ("period", "=", period),
            ]
        )
        self.assertEqual(len(report), 1)
        self.assertEqual(report.state, "draft")
        self.assertEqual(report.date_due, due)
        todos = report.activity_ids
        self.assertEqual(todos.user_id, self.officer_a1 | self.head_a1)
        self.assertEqual(set(todos.mapped("date_deadline")), {due})
        # once sent, no more reminders
        report.write({"compliance_note": "ok"})
        report.with_user(self.head_a1).action_send()
        count = len(report.activity_ids)
        self.Report._cron_remind()
        self.assertEqual(len(report.activity_ids), count)

    def test_printed_report(self):
        report = self._report(self.officer_a1, self.school_a1, compliance_note="Đúng quy định.")
        html, _type = (
            self.env["ir.actions.report"]
            .with_user(self.hr_a)
            ._render_qweb_html("hr_vn_civil_servant.vn_record_report_report", report.ids)
        )
        text = html.decode()
        self.assertIn("BÁO CÁO CÔNG TÁC QUẢN LÝ HỒ SƠ", text)
        self.assertIn("Đúng quy định.", text)
        self.assertIn("Test School A1", text)

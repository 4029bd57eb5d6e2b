"""Monthly timesheet (Bảng chấm công, Mẫu C01-HD) as the real roles of two schools under
two managing bodies: lines generated for the unit's employees with weekends and public
holidays, submitted by the clerk, confirmed by the unit head alone, unchangeable once
confirmed whatever the channel, one per unit and month."""

import datetime

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from .office_common import VnOfficeCase


class TestTimesheet(VnOfficeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # 30/4 (Bộ luật Lao động 2019, Điều 112), a public holiday of every working schedule
        cls.env["resource.calendar.leaves"].create(
            {
                "name": "Ngày Chiến thắng 30/4",
                "date_from": datetime.datetime(2026, 4, 29, 17, 0),
                "date_to": datetime.datetime(2026, 4, 30, 16, 59, 59),
                "calendar_id": False,
                "company_id": False,
            }
        )
        cls.sym = {s.code: s for s in cls.env["vn.timesheet.symbol"].search([])}

    def _sheet(self, school=None, month=4, year=2026):
        school = school or self.a
        with Form(self._env(school["clerk"])["vn.timesheet.month"]) as form:
            form.company_id = school["company"]
            form.month = month
            form.year = year
        sheet = form.record
        sheet.action_generate_lines()
        return sheet

    def test_clerk_prepares_lines_with_weekends_and_holidays(self):
        sheet = self._sheet()
        employees = self.env["hr.employee"].search([("company_id", "=", self.school_a.id)])
        self.assertEqual(sheet.line_ids.employee_id, employees)
        self.assertEqual(sheet.days_in_month, 30)
        line = sheet.line_ids.filtered(lambda ln: ln.employee_id == self.a["employees"]["teacher2"])
        self.assertEqual(line.employee_name, self.a["teacher2"].name)
        self.assertEqual(line.job_title, "Giáo viên")
        self.assertEqual(line.day_01, self.sym["+"])  # Wednesday
        self.assertFalse(line.day_04)  # Saturday
        self.assertFalse(line.day_05)  # Sunday
        self.assertEqual(line.day_30, self.sym["L"])
        # Giỗ Tổ on Sunday 26/4/2026 and its compensatory day, from the holiday list of
        # hr_vn_civil_servant (data/vn_public_holiday_data.xml)
        self.assertEqual(line.day_26, self.sym["L"])
        self.assertEqual(line.day_27, self.sym["L"])
        self.assertFalse(line.day_31)
        # 22 weekdays less 27/4 and 30/4; 26/4, 27/4 and 30/4 paid holidays
        self.assertEqual((line.time_pay_days, line.full_pay_leave_days), (20, 3))
        # the clerk marks a sick day and a day of leave; the totals follow
        line.with_user(self.a["clerk"]).write(
            {"day_02": self.sym["Ô"].id, "day_03": self.sym["P"].id}
        )
        self.assertEqual(
            (line.time_pay_days, line.full_pay_leave_days, line.social_insurance_days),
            (18, 4, 1),
        )
        # a second generation adds nobody twice
        sheet.action_generate_lines()
        self.assertEqual(len(sheet.line_ids), len(employees))
        # a day that does not exist in April is refused
        with self.assertRaisesRegex(ValidationError, "Day 31"):
            line.with_user(self.a["clerk"]).write({"day_31": self.sym["+"].id})

    def test_confirmed_by_the_unit_head_only(self):
        sheet = self._sheet()
        clerk, head = self.a["clerk"], self.a["unithead"]
        with self.assertRaises(AccessError):
            self._as(sheet, head).action_submit()
        self._as(sheet, clerk).action_submit()
        self.assertEqual(sheet.state, "submitted")
        # not the clerk, a leader of documents, the body's HR office, the other school
        for user in (clerk, self.a["leader"], self.a["teacher"], self.hr_a, self.b["unithead"]):
            with self.assertRaises(AccessError, msg=user.login):
                self._as(sheet, user).action_confirm()
        self.assertEqual(sheet.state, "submitted")
        self._as(sheet, head).action_confirm()
        self.assertEqual((sheet.state, sheet.confirmer_id), ("confirmed", head))
        self.assertEqual(
            sheet.vn_review_ids.sorted("id").mapped("transition"), ["submit", "confirm"]
        )

    def test_unit_head_returns_it_with_a_reason(self):
        sheet = self._sheet()
        self._as(sheet, self.a["clerk"]).action_submit()
        with self.assertRaises(AccessError):
            self._as(sheet, self.a["clerk"]).action_return()
        action = self._as(sheet, self.a["unithead"]).action_return()
        Wizard = self._env(self.a["unithead"])["vn.workflow.reason.wizard"]
        wizard = Wizard.with_context(**action["context"]).create(
            {"reason": "Thiếu ngày nghỉ phép của cô Bình"}
        )
        with self.assertRaises(UserError):
            self._as(sheet, self.a["unithead"]).action_return(reason="  ")
        wizard.action_confirm()
        self.assertEqual(sheet.state, "draft")
        self.assertTrue(sheet.return_reason)

    def test_nothing_changes_once_confirmed(self):
        sheet = self._sheet()
        self._as(sheet, self.a["clerk"]).action_submit()
        line = sheet.line_ids[0]
        # submitted: the head decides on it as it is
        with self.assertRaises(UserError):
            self._as(line, self.a["clerk"]).write({"day_01": self.sym["KL"].id})
        self._as(sheet, self.a["unithead"]).action_confirm()
        before = line.read(["day_01", "time_pay_days"])[0]
        for user in (self.a["clerk"], self.admin_user):
            with self.assertRaises(UserError, msg=user.login):
                self._as(line, user).write({"day_01": self.sym["KL"].id})
            with self.assertRaises(UserError, msg=user.login):
                self._as(sheet, user).write({"month": 5})
            with self.assertRaises(UserError, msg=user.login):
                self._as(sheet, user).write({"line_ids": [(2, line.id)]})
            with self.assertRaises(UserError, msg=user.login):
                self._env(user)["vn.timesheet.line"].create(
                    {"sheet_id": sheet.id, "employee_name": "Người thêm sau"}
                )
            with self.assertRaises(UserError, msg=user.login):
                self._as(line, user).unlink()
            with self.assertRaises(UserError, msg=user.login):
                self._as(sheet, user).unlink()
            with self.assertRaises(UserError, msg=user.login):
                self._as(sheet, user).write({"state": "draft"})
        line.invalidate_recordset()
        self.assertEqual(line.read(["day_01", "time_pay_days"])[0], before)
        self.assertEqual((sheet.state, sheet.month), ("confirmed", 4))

    def test_one_timesheet_per_unit_and_month(self):
        self._sheet()
        Sheet = self._env(self.a["clerk"])["vn.timesheet.month"]
        count = Sheet.sudo().search_count([])
        with self.assertRaisesRegex(ValidationError, "already has a timesheet"):
            Sheet.create({"company_id": self.school_a.id, "month": 4, "year": 2026})
        with self.assertRaisesRegex(ValidationError, "month from 1 to 12"):
            Sheet.create({"company_id": self.school_a.id, "month": 13, "year": 2026})
        self.assertEqual(Sheet.sudo().search_count([]), count)
        # the same month in the other school is its own
        self._sheet(self.b)

    def test_other_school_and_teachers_see_nothing(self):
        sheet = self._sheet()
        for user in (self.b["clerk"], self.b["unithead"], self.a["teacher"]):
            with self.assertRaises(AccessError, msg=user.login):
                self._as(sheet, user).read(["name"])
        self.assertFalse(
            self._env(self.b["clerk"])["vn.timesheet.line"].search([("sheet_id", "=", sheet.id)])
        )
        # the body's HR office reads its school's timesheet
        self.assertEqual(self._as(sheet, self.hr_a).read(["state"])[0]["state"], "draft")

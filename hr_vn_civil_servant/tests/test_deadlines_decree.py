"""Record deadlines of NĐ 27/2026/NĐ-CP as data (issue 10.2): 03 days to create the
e-record after the decision (Điều 18.2), 03 working days for the person to complete it
(Điều 19), 01 day to update it; working days leave out weekends, Vietnam's public
holidays, compensatory days and swapped days (rows of the holiday list). A managing body
may keep its own delays (60/15 calendar days); schools follow their managing body, and
only the administrator changes the choice."""

from datetime import date, datetime

import pytz

from odoo.exceptions import AccessError
from odoo.tests import Form

from odoo.addons.hr_vn_civil_servant.models.vn_personnel_deadline import (
    decree_new_record_deadline,
)
from odoo.addons.hr_vn_civil_servant.tools.working_days import (
    add_calendar_days,
    add_working_days,
    is_working_day,
)

from .common import PersonnelCase, RefusalAssertions, make_user

VN = pytz.timezone("Asia/Ho_Chi_Minh")


class TestDeadlinesDecree(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.admin = make_user(
            cls.env,
            "t.deadline.admin",
            cls.body_a | cls.school_a1 | cls.body_b | cls.school_b1,
            ["base.group_system", "hr_vn_civil_servant.group_admin"],
        )
        cls.Rule = cls.env["vn.deadline.rule"]
        cls.Leave = cls.env["resource.calendar.leaves"]
        cls.days_off, cls.days_worked = cls.Leave._vn_days_off()
        cls.create_rule = cls.env.ref("hr_vn_civil_servant.deadline_rule_create_record_2026")
        cls.complete_rule = cls.env.ref("hr_vn_civil_servant.deadline_rule_complete_record_2026")
        cls.activity_type = cls.env.ref("hr_vn_civil_servant.mail_activity_type_vn_record_deadline")
        cls.Deadline = cls.env["vn.personnel.deadline"]

    def _wd(self, start, count):
        return add_working_days(start, count, self.days_off, self.days_worked)

    def _recruit(self, name, school, day):
        employee = self._make_employee(name, school)
        employee.vn_recruitment_date = day
        self.assertLess(employee.vn_completeness, 100)
        return employee

    def _activities(self, records):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", records._name),
                ("res_id", "in", records.ids),
                ("activity_type_id", "=", self.activity_type.id),
            ]
        )

    # ------------------------------------------------------------------ the counts
    def test_working_days_on_the_decree_examples(self):
        # 3 working days after Tết Bính Ngọ: created Friday 13/02/2026, Tết 16-20/02
        self.assertEqual(self._wd(date(2026, 2, 13), 3), date(2026, 2, 25))
        # the same count without the holiday list would end inside Tết
        self.assertEqual(add_working_days(date(2026, 2, 13), 3), date(2026, 2, 18))
        # Friday before Quốc khánh 2026: Monday 31/08 off by swap, 01-02/09 holidays
        self.assertEqual(self._wd(date(2026, 8, 28), 3), date(2026, 9, 7))
        # Tết Dương lịch 2026: 01/01 holiday, 02/01 off by swap, Saturday 10/01 worked
        self.assertEqual(self._wd(date(2025, 12, 31), 3), date(2026, 1, 7))
        self.assertEqual(self._wd(date(2026, 1, 8), 2), date(2026, 1, 10))
        self.assertTrue(is_working_day(date(2026, 1, 10), self.days_off, self.days_worked))
        # Giỗ Tổ on Sunday 26/04/2026: compensatory Monday 27/04, then 30/04 and 01/05
        self.assertEqual(self._wd(date(2026, 4, 24), 3), date(2026, 5, 4))
        # 2025: Tết 27-31/01, Saturday 26/04 worked for Friday 02/05
        self.assertEqual(self._wd(date(2025, 1, 24), 1), date(2025, 2, 3))
        self.assertEqual(self._wd(date(2025, 4, 29), 1), date(2025, 5, 5))
        self.assertEqual(self._wd(date(2025, 4, 25), 1), date(2025, 4, 26))
        self.assertEqual(self._wd(date(2026, 3, 4), 0), date(2026, 3, 4))
        with self.assertRaises(ValueError):
            add_working_days(date(2026, 3, 4), -1)

    def test_calendar_days_end_on_a_working_day(self):
        # Điều 18.2: 03 days after a decision of Friday 28/08/2026 end on Monday 31/08,
        # a day off, so the limit moves to the next working day, Thursday 03/09
        self.assertEqual(
            add_calendar_days(date(2026, 8, 28), 3, self.days_off, self.days_worked),
            date(2026, 9, 3),
        )
        # a decision of Monday 07/09/2026: Thursday 10/09
        self.assertEqual(self.create_rule._vn_due(date(2026, 9, 7)), date(2026, 9, 10))
        # the whole new-record limit: created by 03/09, completed by Tuesday 08/09
        self.assertEqual(
            decree_new_record_deadline(
                date(2026, 8, 28),
                self.create_rule,
                self.complete_rule,
                self.days_off,
                self.days_worked,
            ),
            date(2026, 9, 8),
        )

    def test_holiday_list_is_data_for_each_year(self):
        Leave = self.Leave
        for year in (2025, 2026, 2027):
            with self.subTest(year=year):
                tet = Leave.search(
                    [
                        ("vn_year", "=", year),
                        ("vn_holiday_kind", "=", "holiday"),
                        ("name", "ilike", "Tết Nguyên đán"),
                    ]
                )
                self.assertEqual(len(tet), 5)
                days = set(
                    Leave.search(
                        [("vn_year", "=", year), ("vn_holiday_kind", "=", "holiday")]
                    ).mapped("vn_date")
                )
                for month, day in ((1, 1), (4, 30), (5, 1), (9, 2)):
                    self.assertIn(date(year, month, day), days)
        compensatory = Leave.search(
            [("vn_holiday_kind", "=", "compensatory"), ("vn_year", "=", 2026)]
        )
        self.assertEqual(compensatory.mapped("vn_date"), [date(2026, 4, 27)])
        # a national day: no unit, no working schedule, the whole day in Vietnam
        day = Leave.search([("vn_date", "=", date(2026, 9, 2))], limit=1)
        self.assertFalse(day.company_id or day.calendar_id or day.resource_id)
        self.assertEqual(day.date_from, datetime(2026, 9, 1, 17, 0))
        self.assertTrue(day.vn_legal_basis.startswith("Bộ luật Lao động 45/2019/QH14 Điều 112"))
        # unverified days are flagged (no 2027 notice found)
        self.assertTrue(Leave.search([("vn_date", "=", date(2027, 9, 3))]).vn_is_placeholder)
        # Odoo's own working schedules see them as public holidays
        calendar = self.body_a.resource_calendar_id
        calendar.tz = "Asia/Ho_Chi_Minh"

        def worked(day):
            start = VN.localize(datetime(day.year, day.month, day.day))
            end = VN.localize(datetime(day.year, day.month, day.day, 23, 59))
            return bool(list(calendar._work_intervals_batch(start, end)[False]))

        self.assertTrue(worked(date(2026, 4, 29)))
        self.assertFalse(worked(date(2026, 4, 30)))
        self.assertFalse(worked(date(2026, 4, 27)))

    # ------------------------------------------------------------------ the reminders
    def test_two_managing_bodies_with_different_options(self):
        admin_env = self.env(user=self.admin)
        admin_env["res.company"].browse(self.body_b.id).vn_deadline_mode = "own"
        self.assertEqual(self.body_a.vn_deadline_mode, "decree")
        self.assertEqual((self.body_b.vn_new_record_days, self.body_b.vn_update_days), (60, 15))
        today = date(2026, 9, 10)
        a_late = self._recruit("Test A trễ", self.school_a1, date(2026, 8, 28))
        a_on_time = self._recruit("Test A kịp", self.school_a1, date(2026, 9, 4))
        b_same_day = self._recruit("Test B cùng ngày", self.school_b1, date(2026, 8, 28))
        b_late = self._recruit("Test B trễ", self.school_b1, date(2026, 7, 1))
        # before the decree (01/7/2026) a body's own delay applies even in decree mode
        a_before = self._recruit("Test A trước NĐ", self.school_a1, date(2026, 6, 1))
        self.Deadline._cron_vn_deadline_reminders(today=today)
        late = self._activities(a_late)
        self.assertEqual(late.user_id, self.officer_a1)
        self.assertEqual(late.date_deadline, date(2026, 9, 8))
        # created by Monday 07/09, completed by Thursday 10/09: not yet late
        self.assertFalse(self._activities(a_on_time))
        # body B keeps 60 days: 28/08 is not late, 01/07 is (due 30/08)
        self.assertFalse(self._activities(b_same_day))
        self.assertEqual(self._activities(b_late).user_id, self.officer_b1)
        self.assertEqual(self._activities(b_late).date_deadline, date(2026, 8, 30))
        self.assertEqual(self._activities(a_before).date_deadline, date(2026, 7, 31))
        # body A choosing the 60/15 option: its recruit of 28/08 is no longer late
        admin_env["res.company"].browse(self.body_a.id).vn_deadline_mode = "own"
        deadlines = self.Deadline._vn_overdue_new_records(today)[1]
        self.assertNotIn(a_late.id, deadlines)
        self.assertEqual(
            self.Deadline._vn_new_record_due(self.body_a, date(2026, 8, 28)), date(2026, 10, 27)
        )

    def test_a_school_follows_its_managing_body(self):
        self.env(user=self.admin)["res.company"].browse(self.school_a1.id).vn_deadline_mode = "own"
        employee = self._recruit("Test A1 theo Sở", self.school_a1, date(2026, 8, 28))
        late, deadlines = self.Deadline._vn_overdue_new_records(date(2026, 9, 10))
        self.assertIn(employee, late)
        self.assertEqual(deadlines[employee.id], date(2026, 9, 8))

    def test_pending_change_requests_under_each_option(self):
        self.env(user=self.admin)["res.company"].browse(self.body_b.id).vn_deadline_mode = "own"
        requests = {}
        for key in ("a1", "b1"):
            user = self.users[f"teacher_{key}"]
            request = (
                self.env["vn.profile.change.request"]
                .with_user(user)
                .create(
                    {
                        "line_ids": [
                            (0, 0, {"field_name": "private_phone", "new_value_char": "0912"})
                        ]
                    }
                )
            )
            request.action_submit()
            # submitted Monday 07/09/2026 10:00 in Vietnam
            request.sudo().submit_date = datetime(2026, 9, 7, 3, 0)
            requests[key] = request
        self.Deadline._cron_vn_deadline_reminders(today=date(2026, 9, 8))
        self.assertFalse(self._activities(requests["a1"]))
        self.Deadline._cron_vn_deadline_reminders(today=date(2026, 9, 9))
        activity = self._activities(requests["a1"])
        self.assertEqual(activity.user_id, self.officer_a1)
        self.assertEqual(activity.date_deadline, date(2026, 9, 8))
        # body B: 15 calendar days, due 22/09
        self.assertFalse(self._activities(requests["b1"]))
        self.Deadline._cron_vn_deadline_reminders(today=date(2026, 9, 23))
        self.assertEqual(self._activities(requests["b1"]).date_deadline, date(2026, 9, 22))

    # ------------------------------------------------------------------ who may change it
    def test_only_the_administrator_changes_the_option(self):
        for user in (self.officer_a1, self.head_a1, self.hr_a):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    self.body_a.with_user(user).write({"vn_deadline_mode": "own"})
                with self.assertRaises(AccessError):
                    self.create_rule.with_user(user).write({"days": 60})
                with self.assertRaises(AccessError):
                    self.Leave.with_user(user).search([("vn_date", "=", date(2026, 9, 2))]).write(
                        {"vn_date": date(2026, 9, 3)}
                    )
        self.assertEqual(self.body_a.vn_deadline_mode, "decree")
        self.assertEqual(self.create_rule.days, 3)
        # the administrator, in the form: the own delays appear with the option
        with Form(self.body_a.with_user(self.admin)) as form:
            form.vn_deadline_mode = "own"
            form.vn_new_record_days = 30
        self.assertEqual(self.body_a.vn_deadline_mode, "own")
        self.assertEqual(self.body_a.vn_new_record_days, 30)

    # ------------------------------------------------------------------ bad input
    def test_bad_input_is_refused(self):
        Rule = self.Rule.with_user(self.admin)
        vals = {
            "code": "create_record",
            "days": -3,
            "unit": "calendar_days",
            "legal_basis": "Nghị định 27/2026/NĐ-CP",
            "date_from": date(2027, 1, 1),
        }
        self.assertCreateRefused(Rule, vals, "must be between 0 and 3650 days")
        self.assertCreateRefused(
            Rule, dict(vals, days=3, date_to=date(2026, 1, 1)), "cannot end before it starts"
        )
        self.assertWriteRefused(
            self.create_rule.with_user(self.admin), {"days": -1}, "must be between 0 and 3650"
        )
        Leave = self.Leave.with_user(self.admin)
        holiday = {
            "name": "Tết Dương lịch",
            "vn_holiday_kind": "holiday",
            "vn_date": date(2028, 1, 1),
            "vn_year": 2027,
        }
        self.assertCreateRefused(Leave, holiday, "outside the year of its list (2027)")
        self.assertCreateRefused(
            Leave,
            dict(holiday, vn_year=2028, calendar_id=self.body_a.resource_calendar_id.id),
            "applies to every unit",
        )
        self.assertCreateRefused(Leave, dict(holiday, vn_year=False), "needs its day and the year")
        day = self.Leave.search([("vn_date", "=", date(2026, 9, 2))], limit=1)
        self.assertWriteRefused(day.with_user(self.admin), {"vn_year": 2025}, "outside the year")
        # a good row: a whole day in Vietnam, of no unit, counted at once
        new = Leave.create(dict(holiday, vn_year=2028))
        self.assertEqual(new.date_from, datetime(2027, 12, 31, 17, 0))
        self.assertFalse(new.company_id)
        self.assertIn(date(2028, 1, 1), self.Leave._vn_days_off(date(2028, 1, 1))[0])

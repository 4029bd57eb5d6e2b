from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tools import pay_rules


class VnRecordCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.th = ref("hr_vn_civil_servant.company_th_tan_lap")
        cls.thpt = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        (cls.thcs | cls.th | cls.thpt).write({"vn_records_locked": False})
        cls.officer = ref("hr_vn_civil_servant.user_thcs_vanthu")  # records officer THCS
        cls.thpt_officer = ref("hr_vn_civil_servant.user_thpt_hoso")  # records officer THPT
        cls.hr_office = ref("hr_vn_civil_servant.user_xa_vhxh")  # commune office + 3 schools
        cls.sgd_office = ref("hr_vn_civil_servant.user_sgd_tccb")  # Sở + THPT
        cls.teacher = ref("hr_vn_civil_servant.user_thcs_gv")
        cls.teacher_employee = ref("hr_vn_civil_servant.employee_thcs_gv")
        cls.grade_thcs_3 = ref("hr_vn_civil_servant.grade_v07_04_32")  # A1, 9 steps
        cls.grade_b = ref("hr_vn_civil_servant.grade_ngach_02_008")  # B, 12 steps
        cls.employee = (
            cls.env["hr.employee"]
            .with_user(cls.officer)
            .create(
                {
                    "name": "Nguyễn Văn Kiểm",
                    "company_id": cls.thcs.id,
                    "gender": "male",
                    "birthday": date(1990, 3, 4),
                    "identification_id": "033090777001",
                }
            )
        )


class TestEmployeeRecord(VnRecordCase):
    def _salary(self, employee, day, step, grade=None, **vals):
        return (
            self.env["vn.salary.history"]
            .with_user(self.officer)
            .create(
                {
                    "employee_id": employee.id,
                    "date": day,
                    "grade_id": (grade or self.grade_thcs_3).id,
                    "step": step,
                    **vals,
                }
            )
        )

    def test_current_pay_from_latest_salary_line(self):
        emp = self.employee.with_user(self.officer)
        self._salary(emp, date(2020, 9, 1), 2)
        self._salary(emp, date(2023, 9, 1), 3, decision_number="12/QĐ-UBND")
        self.assertEqual(emp.vn_grade_id, self.grade_thcs_3)
        self.assertEqual(emp.vn_salary_step, 3)
        self.assertAlmostEqual(emp.vn_salary_coefficient, 3.00)
        self.assertEqual(emp.vn_step_date, date(2023, 9, 1))
        self.assertEqual(emp.vn_next_step_date, date(2026, 9, 1))
        self.assertEqual(emp.vn_next_raise_date, date(2026, 9, 1))
        # an older line entered later does not replace the current step
        self._salary(emp, date(2017, 9, 1), 1)
        self.assertEqual(emp.vn_salary_step, 3)
        # postponement recorded on the current line shifts the next raise
        emp.vn_salary_history_ids.filtered(lambda s: s.step == 3).postponed_months = 6
        self.assertEqual(emp.vn_next_step_date, date(2027, 3, 1))

    def test_group_b_steps_every_24_months_and_over_ceiling(self):
        emp = self.employee.with_user(self.officer)
        self._salary(emp, date(2024, 1, 1), 11, grade=self.grade_b)
        self.assertEqual(emp.vn_next_step_date, date(2026, 1, 1))
        self._salary(emp, date(2026, 1, 1), 12, grade=self.grade_b)
        self.assertFalse(emp.vn_next_step_date, "no regular raise above the last step")
        self.assertEqual(emp.vn_next_over_ceiling_date, date(2028, 1, 1))
        self.assertEqual(emp.vn_next_over_ceiling_percent, 5)
        self._salary(emp, date(2028, 1, 1), 12, grade=self.grade_b, over_ceiling_percent=5)
        self.assertEqual(emp.vn_over_ceiling_percent, 5)
        self.assertEqual(emp.vn_next_over_ceiling_date, date(2029, 1, 1))
        self.assertEqual(emp.vn_next_over_ceiling_percent, 6)

    def test_monthly_salary_with_position_and_base_salary(self):
        emp = self.employee.with_user(self.officer)
        self._salary(emp, date(2023, 9, 1), 1)
        emp.vn_position_id = self.env.ref("hr_vn_civil_servant.position_to_truong")
        base = self.env["vn.base.salary"]
        self.assertEqual(base._amount_on(date(2024, 6, 30)), 1800000)
        self.assertEqual(base._amount_on(date(2024, 7, 1)), 2340000)
        self.assertEqual(base._amount_on(date(2026, 7, 1)), 2530000)
        self.assertEqual(emp._vn_monthly_salary_on(date(2024, 7, 1)), round(2.54 * 2340000))
        today_base = base._amount_on(fields.Date.today())
        self.assertEqual(emp.vn_monthly_salary, round(2.54 * today_base))

    def test_retirement_and_filters(self):
        emp = self.employee.with_user(self.officer)
        self.assertEqual(emp.vn_retirement_date, date(2052, 3, 31))
        emp.vn_birth_year_only = True
        self.assertEqual(emp.vn_retirement_date, date(2052, 1, 31))
        # retiring within 12 months: domain on the stored date
        today = fields.Date.today()
        # the youngest man whose retirement (roadmap of NĐ 135/2020) falls in 3 months or later
        birthday = today - relativedelta(years=60)
        while pay_rules.retirement_date(birthday, "male") > today + relativedelta(months=3):
            birthday -= relativedelta(months=1)
        old = (
            self.env["hr.employee"]
            .with_user(self.officer)
            .create(
                {
                    "name": "Trần Văn Hưu",
                    "company_id": self.thcs.id,
                    "gender": "male",
                    "birthday": birthday,
                }
            )
        )
        self.assertLessEqual(old.vn_retirement_date, today + relativedelta(months=3))
        self.assertGreaterEqual(old.vn_retirement_date, today)
        domain = [
            ("vn_retirement_date", ">=", fields.Date.today()),
            ("vn_retirement_date", "<=", fields.Date.today() + relativedelta(months=12)),
        ]
        found = self.env["hr.employee"].with_user(self.officer).search(domain)
        self.assertIn(old, found)
        self.assertNotIn(emp, found)

    def test_highest_award_and_discipline(self):
        emp = self.employee.with_user(self.officer)
        Reward = self.env["vn.reward"].with_user(self.officer)
        Reward.create({"employee_id": emp.id, "name": "Giấy khen", "level": "unit", "year": 2024})
        Reward.create(
            {
                "employee_id": emp.id,
                "name": "Bằng khen của Chủ tịch UBND tỉnh",
                "level": "province",
                "year": 2021,
            }
        )
        self.assertEqual(emp.vn_highest_reward, "Bằng khen của Chủ tịch UBND tỉnh (2021)")
        Discipline = self.env["vn.discipline"].with_user(self.officer)
        Discipline.create({"employee_id": emp.id, "measure": "warning", "year": 2019})
        Discipline.create({"employee_id": emp.id, "measure": "reprimand", "year": 2022})
        self.assertIn("2019", emp.vn_highest_discipline)

    def test_completeness(self):
        emp = self.employee.with_user(self.officer)
        before = emp.vn_completeness
        self.assertLess(before, 100)
        incomplete = (
            self.env["hr.employee"]
            .with_user(self.officer)
            .search([("vn_completeness", "<", 100), ("id", "=", emp.id)])
        )
        self.assertEqual(incomplete, emp)
        emp.vn_hometown = "Xã Tân Lập, tỉnh Hưng Yên"
        self.assertGreater(emp.vn_completeness, before)

    def test_form_flow_as_officer(self):
        with Form(self.env["hr.employee"].with_user(self.officer)) as form:
            form.name = "Lê Thị Form"
            form.gender = "female"
            form.birthday = date(1995, 1, 2)
            form.identification_id = "033195000321"
            form.vn_ethnicity_id = self.env.ref("hr_vn_civil_servant.ethnicity_01")
        emp = form.save()
        self.assertEqual(emp.vn_birth_name, "LÊ THỊ FORM")
        self.assertEqual(emp.vn_retirement_date, date(2055, 1, 31))
        self.env["vn.salary.history"].with_user(self.officer).create(
            {
                "employee_id": emp.id,
                "date": date(2024, 9, 1),
                "grade_id": self.grade_thcs_3.id,
                "step": 2,
            }
        )
        self.assertEqual(emp.vn_salary_step, 2)
        self.assertEqual(emp.company_id, self.thcs)


class TestValidation(VnRecordCase):
    def _assert_refused(self, vals):
        emp = self.employee.with_user(self.officer)
        before = {k: emp[k] for k in vals}
        with self.assertRaises(ValidationError):
            emp.write(vals)
        self.env.invalidate_all()
        for key, value in before.items():
            self.assertEqual(emp[key], value)

    def test_identification_not_12_digits(self):
        self._assert_refused({"identification_id": "03309077700"})
        self._assert_refused({"identification_id": "0330907770O1"})

    def test_identification_sex_digit(self):
        self._assert_refused({"identification_id": "033190777001"})  # 1 = woman

    def test_identification_century_and_year(self):
        self._assert_refused({"identification_id": "033290777001"})  # born 2090?
        self._assert_refused({"identification_id": "033091777001"})  # born 1991

    def test_identification_unique_across_units_and_archived(self):
        other = (
            self.env["hr.employee"]
            .with_user(self.thpt_officer)
            .create(
                {
                    "name": "Người khác",
                    "company_id": self.thpt.id,
                    "gender": "male",
                    "birthday": date(1990, 5, 5),
                    "identification_id": "033090777002",
                }
            )
        )
        other.sudo().action_archive()
        self._assert_refused({"identification_id": "033090777002"})

    def test_birthday_future_or_under_15(self):
        self._assert_refused({"birthday": fields.Date.today() + timedelta(days=1)})
        self._assert_refused({"birthday": fields.Date.today() - relativedelta(years=14)})

    def test_step_above_last_step(self):
        with self.assertRaises(ValidationError):
            self.env["vn.salary.history"].with_user(self.officer).create(
                {
                    "employee_id": self.employee.id,
                    "date": date(2024, 1, 1),
                    "grade_id": self.grade_thcs_3.id,
                    "step": 10,
                }
            )
        self.assertFalse(self.employee.sudo().vn_salary_history_ids)

    def test_period_ends_before_start(self):
        with self.assertRaises(ValidationError):
            self.env["vn.work.history"].with_user(self.officer).create(
                {
                    "employee_id": self.employee.id,
                    "date_from": date(2020, 1, 1),
                    "date_to": date(2019, 1, 1),
                    "name": "Giáo viên",
                }
            )
        with self.assertRaises(ValidationError):
            self.env["vn.training"].with_user(self.officer).create(
                {
                    "employee_id": self.employee.id,
                    "school": "ĐHSP",
                    "date_from": date(2012, 9, 1),
                    "date_to": date(2008, 6, 1),
                }
            )
        self.assertFalse(self.employee.sudo().vn_work_history_ids)


class TestLifecycle(VnRecordCase):
    def test_unlink_refused_except_system(self):
        for user in (self.officer, self.hr_office):
            with self.assertRaises(UserError):
                self.employee.with_user(user).unlink()
        self.assertTrue(self.employee.exists())
        self.employee.with_user(self.env.ref("base.user_admin")).unlink()
        self.assertFalse(self.employee.exists())

    def test_departure_archives_and_stays_searchable(self):
        wizard = (
            self.env["vn.employee.departure"]
            .with_user(self.officer)
            .create(
                {
                    "employee_ids": [(6, 0, self.employee.ids)],
                    "state": "retired",
                    "departure_date": date(2026, 1, 31),
                }
            )
        )
        wizard.action_apply()
        emp = self.employee.with_user(self.officer).with_context(active_test=False)
        self.assertFalse(emp.active)
        self.assertEqual(emp.vn_work_state, "retired")
        self.assertEqual(emp.departure_date, date(2026, 1, 31))
        former = (
            self.env["hr.employee"]
            .with_user(self.officer)
            .search([("active", "=", False), ("vn_work_state", "!=", "working")])
        )
        self.assertIn(self.employee, former)
        # restored: working again
        emp.action_unarchive()
        self.assertTrue(emp.active)
        self.assertEqual(emp.vn_work_state, "working")

    def test_transfer_now(self):
        self.env["vn.work.history"].with_user(self.officer).create(
            {"employee_id": self.employee.id, "date_from": date(2015, 9, 1), "name": "Giáo viên"}
        )
        transfer = (
            self.env["vn.employee.transfer"]
            .with_user(self.officer)
            .create(
                {
                    "employee_id": self.employee.id,
                    "company_id": self.thcs.id,
                    "target_company_id": self.th.id,
                    "decision_number": "15/QĐ-UBND",
                    "effective_date": fields.Date.today(),
                }
            )
        )
        transfer.action_confirm()
        self.assertEqual(transfer.state, "done")
        emp = self.employee.sudo()
        self.assertEqual(emp.company_id, self.th)
        self.assertEqual(len(emp.vn_work_history_ids), 2)
        new_line = emp.vn_work_history_ids.filtered(lambda w: not w.date_to)
        self.assertEqual(new_line.decision_number, "15/QĐ-UBND")
        self.assertEqual(new_line.unit_id, self.th)
        # the THCS officer no longer sees the record's lines, the TH head does
        th_head = self.env.ref("hr_vn_civil_servant.user_th_hieutruong")
        self.assertFalse(
            self.env["vn.work.history"]
            .with_user(self.officer)
            .search([("employee_id", "=", emp.id)])
        )
        self.assertEqual(
            len(
                self.env["vn.work.history"]
                .with_user(th_head)
                .search([("employee_id", "=", emp.id)])
            ),
            2,
        )

    def test_transfer_future_waits_for_effective_date(self):
        transfer = (
            self.env["vn.employee.transfer"]
            .with_user(self.officer)
            .create(
                {
                    "employee_id": self.employee.id,
                    "company_id": self.thcs.id,
                    "target_company_id": self.th.id,
                    "decision_number": "16/QĐ-UBND",
                    "effective_date": fields.Date.today() + timedelta(days=10),
                }
            )
        )
        transfer.action_confirm()
        self.assertEqual(transfer.state, "scheduled")
        self.assertEqual(self.employee.sudo().company_id, self.thcs)
        self.env["vn.employee.transfer"]._cron_apply_due_transfers()
        self.assertEqual(self.employee.sudo().company_id, self.thcs, "not yet due")
        transfer.sudo().effective_date = fields.Date.today()
        self.env["vn.employee.transfer"]._cron_apply_due_transfers()
        self.assertEqual(transfer.state, "done")
        self.assertEqual(self.employee.sudo().company_id, self.th)

    def test_transfer_outside_the_system(self):
        transfer = (
            self.env["vn.employee.transfer"]
            .with_user(self.officer)
            .create(
                {
                    "employee_id": self.employee.id,
                    "company_id": self.thcs.id,
                    "target_unit_name": "Trường THCS Lê Lợi, tỉnh Thái Bình",
                    "decision_number": "17/QĐ-UBND",
                    "effective_date": fields.Date.today(),
                }
            )
        )
        transfer.action_confirm()
        emp = self.employee.sudo().with_context(active_test=False)
        self.assertFalse(emp.active)
        self.assertEqual(emp.vn_work_state, "transferred")

    def test_recompute_pay_rules_batch(self):
        emp = self.employee.sudo()
        self.env["vn.salary.history"].sudo().create(
            {
                "employee_id": emp.id,
                "date": date(2023, 9, 1),
                "grade_id": self.grade_thcs_3.id,
                "step": 1,
            }
        )
        # simulate a stale stored value, as after a new base salary comes into force
        self.env.cr.execute(
            "UPDATE hr_employee SET vn_monthly_salary = 1, vn_next_step_date = NULL WHERE id = %s",
            [emp.id],
        )
        self.env.invalidate_all()
        count = self.env["hr.employee"]._vn_recompute_pay_rules(batch_size=7)
        self.assertGreater(count, 1)
        self.assertEqual(emp.vn_next_step_date, date(2026, 9, 1))
        self.assertEqual(
            emp.vn_monthly_salary,
            round(2.34 * self.env["vn.base.salary"]._amount_on(fields.Date.today())),
        )

    def test_lock_blocks_officer_lines(self):
        self.thcs.vn_records_locked = True
        with self.assertRaises(UserError):
            self.env["vn.work.history"].with_user(self.officer).create(
                {"employee_id": self.employee.id, "date_from": date(2015, 9, 1), "name": "GV"}
            )
        with self.assertRaises(UserError):
            self.employee.with_user(self.officer).vn_hometown = "Hưng Yên"
        # the HR office of the managing body may still correct
        self.employee.with_user(self.hr_office).vn_hometown = "Hưng Yên"
        self.assertEqual(self.employee.sudo().vn_hometown, "Hưng Yên")


class TestAccess(VnRecordCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Salary = cls.env["vn.salary.history"].sudo()
        cls.own_line = Salary.create(
            {
                "employee_id": cls.teacher_employee.id,
                "date": date(2024, 1, 1),
                "grade_id": cls.grade_thcs_3.id,
                "step": 2,
            }
        )
        cls.colleague_line = Salary.create(
            {
                "employee_id": cls.employee.id,
                "date": date(2024, 1, 1),
                "grade_id": cls.grade_thcs_3.id,
                "step": 3,
            }
        )
        thpt_employee = cls.env.ref("hr_vn_civil_servant.employee_thpt_gv")
        cls.thpt_line = Salary.create(
            {
                "employee_id": thpt_employee.id,
                "date": date(2024, 1, 1),
                "grade_id": cls.env.ref("hr_vn_civil_servant.grade_v07_05_15").id,
                "step": 2,
            }
        )
        cls.lines = cls.own_line | cls.colleague_line | cls.thpt_line

    def _visible(self, user):
        return self.env["vn.salary.history"].with_user(user).search([("id", "in", self.lines.ids)])

    def test_employee_reads_own_lines_only(self):
        self.assertEqual(self._visible(self.teacher), self.own_line)
        with self.assertRaises(AccessError):
            self.colleague_line.with_user(self.teacher).read(["step"])
        with self.assertRaises(AccessError):
            self.env["vn.salary.history"].with_user(self.teacher).create(
                {
                    "employee_id": self.teacher_employee.id,
                    "date": date(2025, 1, 1),
                    "grade_id": self.grade_thcs_3.id,
                    "step": 3,
                }
            )

    def test_officer_of_school_a_not_school_b(self):
        self.assertEqual(self._visible(self.officer), self.own_line | self.colleague_line)
        with self.assertRaises(AccessError):
            self.thpt_line.with_user(self.officer).read(["step"])
        self.assertEqual(self._visible(self.thpt_officer), self.thpt_line)
        with self.assertRaises(AccessError):
            self.colleague_line.with_user(self.officer).unlink()

    def test_hr_offices_see_their_schools(self):
        self.assertEqual(self._visible(self.hr_office), self.own_line | self.colleague_line)
        self.assertEqual(self._visible(self.sgd_office), self.thpt_line)

    def test_reference_data_read_by_all_written_by_admin(self):
        self.assertTrue(self.env["vn.grade"].with_user(self.teacher).search_count([]) > 20)
        self.assertEqual(self.env["vn.ethnicity"].with_user(self.teacher).search_count([]), 54)
        with self.assertRaises(AccessError):
            self.env["vn.grade"].with_user(self.hr_office).create(
                {"code": "X.1", "name": "X", "pay_group_id": self.grade_b.pay_group_id.id}
            )
        admin = self.env.ref("base.user_admin")
        grade = (
            self.env["vn.grade"]
            .with_user(admin)
            .create({"code": "X.1", "name": "X", "pay_group_id": self.grade_b.pay_group_id.id})
        )
        self.assertEqual(grade.pay_group_id.code, "B")

    def test_provinces_and_wards_loaded(self):
        Province = self.env["vn.province"]
        self.assertEqual(Province.search_count([]), 34)
        self.assertGreater(self.env["vn.ward"].search_count([]), 3000)
        # loading again (upgrade) neither duplicates nor fails
        Province._vn_load_administrative_units()
        self.assertEqual(Province.search_count([]), 34)

    def test_stock_views_still_work_for_a_plain_employee(self):
        # no personnel field leaks into the views of a user without HR rights
        views = (
            self.env["hr.employee"]
            .with_user(self.teacher)
            .get_views([(False, "form"), (False, "list"), (False, "search")])
        )
        for view in views["views"].values():
            self.assertNotIn("vn_salary_step", view["arch"])
            self.assertNotIn("vn_retirement_date", view["arch"])
        public = self.env["hr.employee.public"].with_user(self.teacher)
        me = public.search([("user_id", "=", self.teacher.id)])
        self.assertEqual(me.name, self.teacher_employee.name)
        with self.assertRaises(AccessError):
            self.teacher_employee.with_user(self.teacher).read(["vn_salary_step"])


class TestDemoData(TransactionCase):
    def test_demo_covers_the_cases_of_the_lists(self):
        Employee = self.env["hr.employee"].with_context(active_test=False)
        today = fields.Date.today()
        demo = Employee.search([("vn_staff_number", "like", "HY-")])
        self.assertGreaterEqual(len(demo), 30)
        self.assertTrue(
            demo.filtered(
                lambda e: (
                    e.vn_next_raise_date
                    and today <= e.vn_next_raise_date <= today + relativedelta(days=90)
                )
            ),
            "a step raise due within 90 days",
        )
        self.assertTrue(
            demo.filtered(
                lambda e: (
                    e.vn_retirement_date
                    and today <= e.vn_retirement_date <= today + relativedelta(months=12)
                )
            ),
            "a retirement within 12 months",
        )
        retired = self.env.ref("hr_vn_civil_servant.staff_thcs_retired")
        self.assertFalse(retired.active)
        self.assertEqual(retired.vn_work_state, "retired")
        transferred = self.env.ref("hr_vn_civil_servant.staff_thcs_01")
        self.assertEqual(
            transferred.company_id, self.env.ref("hr_vn_civil_servant.company_th_tan_lap")
        )
        self.assertTrue(
            Employee.search_count([("vn_completeness", "<", 100), ("active", "=", True)])
        )
        # the demo users' own records are complete
        self.assertEqual(self.env.ref("hr_vn_civil_servant.employee_thcs_gv").vn_completeness, 100)

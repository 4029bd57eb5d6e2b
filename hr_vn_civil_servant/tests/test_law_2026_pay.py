"""Legal fidelity 2026 (issue 10): over-ceiling allowance on coefficient + position allowance,
no retirement date without the sex, corrected title codes and pay groups, base salary history,
each on the law's own examples."""

from datetime import date

from odoo.addons.hr_vn_civil_servant.tools import pay_rules

from .common import PersonnelCase


class TestLaw2026Pay(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.principal = cls.env["vn.position"].create(
            {"code": "t_law_ht", "name": "Hiệu trưởng (test)", "allowance_coefficient": 0.45}
        )
        cls.grade_a1 = cls.env.ref("hr_vn_civil_servant.grade_v07_05_15")

    # ---------------------------------------------------------------- point 5
    def test_over_ceiling_on_coefficient_plus_position_allowance(self):
        """TT 04/2005/TT-BNV: (last coefficient + position allowance) × base × %."""
        base = 2530000
        self.assertAlmostEqual(pay_rules.over_ceiling_factor(4.98, 0.45, 10), 0.543)
        new = pay_rules.monthly_salary(4.98, 0.45, 10, base)
        old = round((4.98 * 1.10 + 0.45) * base)
        # the example: a principal with 0.45 at 10 % gets 0.045 × base more
        self.assertEqual(new - old, round(0.045 * base))
        self.assertEqual(new - old, 113850)
        # no over-ceiling allowance: unchanged
        self.assertEqual(pay_rules.monthly_salary(2.34, 0.20, 0, 2340000), 5943600)

    def test_over_ceiling_in_employee_monthly_salary(self):
        emp = self.emp["head_a1"]
        emp.vn_position_id = self.principal
        last_step = len(self.grade_a1.pay_group_id.step_ids)
        self.env["vn.salary.history"].create(
            {
                "employee_id": emp.id,
                "date": date(2024, 1, 1),
                "grade_id": self.grade_a1.id,
                "step": last_step,
                "over_ceiling_percent": 10,
            }
        )
        emp.invalidate_recordset()
        coefficient = emp.vn_salary_coefficient
        self.assertEqual(emp.vn_over_ceiling_percent, 10)
        base = self.env["vn.base.salary"]._amount_on(date(2026, 12, 1))
        self.assertEqual(
            emp._vn_monthly_salary_on(date(2026, 12, 1)),
            round((coefficient + 0.45) * 1.10 * base),
        )

    # ---------------------------------------------------------------- point 6
    def test_retirement_woman_born_january_1966_and_no_sex(self):
        """NĐ 135/2020/NĐ-CP Điều 4: woman born 01/1966 → 55y4m in 2021 → 31/05/2021; a man
        born the same day retires later; without the sex there is no date."""
        born = date(1966, 1, 10)
        self.assertEqual(pay_rules.retirement_date(born, "female"), date(2021, 5, 31))
        man = pay_rules.retirement_date(born, "male")
        self.assertEqual(man, date(2027, 10, 31))  # 2027: 61 years 9 months
        self.assertFalse(pay_rules.retirement_date(born, False))
        self.assertFalse(pay_rules.retirement_date(born, "other"))

    def test_employee_without_sex_incomplete_and_no_date(self):
        emp = self.emp["teacher_a2"]
        emp.write({"birthday": date(1966, 1, 10), "identification_id": False})
        self.assertEqual(emp.vn_retirement_date, date(2021, 5, 31))
        complete = emp.vn_completeness
        emp.gender = "other"
        self.assertFalse(emp.vn_retirement_date)
        self.assertLess(emp.vn_completeness, complete)

    # ---------------------------------------------------------------- point 4
    def test_librarian_codes_tt_02_2022(self):
        Grade = self.env["vn.grade"].with_context(active_test=False)
        expected = {
            "V.10.02.30": "pay_group_a3_1",
            "V.10.02.05": "pay_group_a2_1",
            "V.10.02.06": "pay_group_a1",
            "V.10.02.07": "pay_group_b",
        }
        for code, group in expected.items():
            grade = Grade.search([("code", "=", code)])
            self.assertEqual(len(grade), 1, code)
            self.assertTrue(grade.active, code)
            self.assertEqual(grade.pay_group_id, self.env.ref(f"hr_vn_civil_servant.{group}"))
        self.assertFalse(Grade.search([("code", "=", "V.10.02.08")]))
        self.assertIn("hạng III", Grade.search([("code", "=", "V.10.02.06")]).name)

    def test_other_codes_and_groups(self):
        Grade = self.env["vn.grade"].with_context(active_test=False)
        a0 = self.env.ref("hr_vn_civil_servant.pay_group_a0")
        for code in ("V.07.07.20", "V.07.07.21"):
            self.assertEqual(Grade.search([("code", "=", code)]).pay_group_id, a0, code)
        self.assertIn("Y sĩ", Grade.search([("code", "=", "V.08.03.07")]).name)
        self.assertFalse(Grade.search([("code", "=", "V.05.02.08")]))
        self.assertIn("trung học", Grade.search([("code", "=", "15.113")]).name)
        self.assertIn("mầm non", Grade.search([("code", "=", "15.115")]).name)
        for code in ("V.07.02.06", "V.07.03.09"):
            self.assertTrue(self.env["vn.grade"].search([("code", "=", code)]), code)
        c2 = self.env.ref("hr_vn_civil_servant.pay_group_c2")
        c3 = self.env.ref("hr_vn_civil_servant.pay_group_c3")
        self.assertEqual(c2._coefficient(1), 2.00)
        self.assertEqual(c3._coefficient(1), 1.50)
        self.assertEqual(c3._coefficient(12), 3.48)

    def test_base_salary_before_2019(self):
        Base = self.env["vn.base.salary"]
        self.assertEqual(Base._amount_on(date(2018, 12, 31)), 1390000)  # NĐ 72/2018
        self.assertEqual(Base._amount_on(date(2018, 6, 30)), 1300000)  # NĐ 47/2017
        self.assertEqual(Base._amount_on(date(2019, 7, 1)), 1490000)  # NĐ 38/2019

"""Position allowances as dated data (issue 10 points 3 and 14): NĐ 07/2026/NĐ-CP khoản 8a
Mục I of the NĐ 204/2004 allowance table by region from 01/01/2026, the old value on older
lines, the school leaders' table of TT 33/2005/TT-BGDĐT by school class (placeholders),
NĐ 204/2004 Bảng 4, the roles that may change the tables, and bad input."""

from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from ..tools.dates import vn_today
from .common import PersonnelCase, RefusalAssertions


class TestPositionAllowance(RefusalAssertions, PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        ref = cls.env.ref
        cls.xa_tp = ref("hr_vn_civil_servant.position_xa_tp")
        cls.xa_ptp = ref("hr_vn_civil_servant.position_xa_ptp")
        cls.thcs_ht = ref("hr_vn_civil_servant.position_thcs_ht")
        cls.thcs_pht = ref("hr_vn_civil_servant.position_thcs_pht")
        Province = cls.env["vn.province"]
        cls.hanoi = Province.search([("code", "=", "1")])
        cls.hcm = Province.search([("code", "=", "79")])
        cls.other = Province.search([("code", "not in", ("1", "79"))], limit=1)
        # body A is a commune-level body of Hà Nội, body B one of another province
        cls.body_a.vn_province_id = cls.hanoi
        cls.body_b.vn_province_id = cls.other
        for school in (cls.school_a1, cls.school_a2, cls.school_b1):
            school.vn_school_level = "lower_secondary"
        cls.grade_a1 = ref("hr_vn_civil_servant.grade_v07_05_15")
        cls.Allowance = cls.env["vn.position.allowance"]

    # ------------------------------------------------------------- region column
    def test_region_from_the_province(self):
        self.assertEqual(self.hanoi.vn_allowance_region, "hn_hcm")
        self.assertEqual(self.hcm.vn_allowance_region, "hn_hcm")
        self.assertEqual(self.other.vn_allowance_region, "other_province")
        self.assertEqual(self.body_a.vn_allowance_region, "hn_hcm")
        self.assertEqual(self.body_b.vn_allowance_region, "other_province")
        # a school without a province takes its managing body's region
        self.assertEqual(self.school_a1.vn_allowance_region, "hn_hcm")
        self.assertEqual(self.school_b1.vn_allowance_region, "other_province")
        self.body_b.vn_province_id = self.hcm
        self.assertEqual(self.school_b1.vn_allowance_region, "hn_hcm")

    def test_nd_07_2026_commune_heads_by_region_from_2026(self):
        """NĐ 07/2026/NĐ-CP khoản 8a: trưởng phòng 0.35 (Hà Nội, TP.HCM) / 0.25, phó
        trưởng phòng 0.20 / 0.15 from 01/01/2026; 2025 keeps the old value."""
        new_year = date(2026, 1, 1)
        self.assertEqual(self.xa_tp._vn_allowance_coefficient_on(self.body_a, new_year), 0.35)
        self.assertEqual(self.xa_tp._vn_allowance_coefficient_on(self.body_b, new_year), 0.25)
        self.assertEqual(self.xa_ptp._vn_allowance_coefficient_on(self.body_a, new_year), 0.20)
        self.assertEqual(self.xa_ptp._vn_allowance_coefficient_on(self.body_b, new_year), 0.15)
        coefficient, row, placeholder = self.xa_tp._vn_allowance_on(self.body_b, new_year)
        self.assertIn("07/2026", row.legal_basis)
        self.assertFalse(placeholder)
        old, row, placeholder = self.xa_tp._vn_allowance_on(self.body_a, date(2025, 12, 31))
        self.assertEqual(old, 0.30)
        self.assertTrue(placeholder, "the 2025 value is flagged as not verified")

    def test_salary_line_2025_reads_the_old_value(self):
        """As the HR office and the records officer: a 2025 line shows 0.30, a 2026 line
        0.35 for a trưởng phòng of a Hà Nội commune; the monthly salary of each date uses
        the allowance of that date."""
        emp = self.emp["hr_a"]
        emp.vn_position_id = self.xa_tp
        History = self.env["vn.salary.history"]
        old_line = History.create(
            {"employee_id": emp.id, "date": date(2025, 10, 1), "grade_id": self.grade_a1.id}
        )
        new_line = History.create(
            {"employee_id": emp.id, "date": date(2026, 2, 1), "grade_id": self.grade_a1.id}
        )
        as_hr = History.with_user(self.hr_a).browse((old_line | new_line).ids)
        self.assertEqual(as_hr[0].position_allowance, 0.30)
        self.assertTrue(as_hr[0].position_allowance_placeholder)
        self.assertEqual(as_hr[1].position_allowance, 0.35)
        self.assertFalse(as_hr[1].position_allowance_placeholder)
        emp.invalidate_recordset()
        coefficient = emp.vn_salary_coefficient
        Base = self.env["vn.base.salary"]
        self.assertEqual(
            emp._vn_monthly_salary_on(date(2025, 10, 1)),
            round((coefficient + 0.30) * Base._amount_on(date(2025, 10, 1))),
        )
        self.assertEqual(
            emp._vn_monthly_salary_on(date(2026, 2, 1)),
            round((coefficient + 0.35) * Base._amount_on(date(2026, 2, 1))),
        )
        # the same position in another province: 0.25
        other = self.emp["hr_b"]
        other.vn_position_id = self.xa_tp
        self.assertEqual(other._vn_position_allowance_on(date(2026, 2, 1)), 0.25)

    # ------------------------------------------------------------ school class
    def test_principal_of_class_i_and_class_iii_schools(self):
        """TT 33/2005/TT-BGDĐT: the coefficient follows the school's class; the values
        are placeholders and the flag shows on the employee, as the records officer and
        the HR office see them."""
        self.school_a1.vn_school_class = "1"
        self.school_a2.vn_school_class = "3"
        self.emp["head_a1"].vn_position_id = self.thcs_ht
        self.emp["head_a2"].vn_position_id = self.thcs_ht
        Employee = self.env["hr.employee"]
        first = Employee.with_user(self.officer_a1).browse(self.emp["head_a1"].id)
        third = Employee.with_user(self.hr_a).browse(self.emp["head_a2"].id)
        self.assertEqual(first.vn_position_allowance, 0.55)
        self.assertEqual(third.vn_position_allowance, 0.35)
        self.assertNotEqual(first.vn_position_allowance, third.vn_position_allowance)
        self.assertTrue(first.vn_position_allowance_placeholder)
        self.assertTrue(third.vn_position_allowance_placeholder)
        # the class changes: the allowance follows
        self.school_a2.vn_school_class = "2"
        third.invalidate_recordset()
        self.assertEqual(third.vn_position_allowance, 0.45)
        # every class has a row for the heads and deputies of every school level
        for level in ("thpt", "thcs", "th", "mn"):
            for kind in ("ht", "pht"):
                position = self.env.ref(f"hr_vn_civil_servant.position_{level}_{kind}")
                columns = set(position.allowance_value_ids.mapped("column"))
                self.assertEqual(columns, {"class_1", "class_2", "class_3"}, position.code)
                self.assertTrue(all(position.allowance_value_ids.mapped("is_placeholder")))

    def test_school_without_class_uses_the_default_flagged(self):
        self.school_a1.vn_school_class = False
        self.emp["head_a1"].vn_position_id = self.thcs_pht
        emp = self.env["hr.employee"].with_user(self.hr_a).browse(self.emp["head_a1"].id)
        self.assertEqual(emp.vn_position_allowance, self.thcs_pht.allowance_coefficient)
        self.assertTrue(emp.vn_position_allowance_placeholder)

    def test_monthly_salary_stored_follows_the_class(self):
        emp = self.emp["head_a1"]
        self.env["vn.salary.history"].create(
            {"employee_id": emp.id, "date": date(2024, 1, 1), "grade_id": self.grade_a1.id}
        )
        emp.vn_position_id = self.thcs_ht
        self.school_a1.vn_school_class = "3"
        self.env.flush_all()
        low = emp.vn_monthly_salary
        self.school_a1.vn_school_class = "1"
        self.env.flush_all()
        base = self.env["vn.base.salary"]._amount_on(vn_today(emp))
        self.assertEqual(emp.vn_monthly_salary - low, round(0.55 * base) - round(0.35 * base))

    def test_appointment_takes_the_value_of_the_unit_and_date(self):
        """Approval stores the allowance of the school's class on the start date, and
        its placeholder flag (through the approval buttons)."""
        self.school_a1.vn_school_class = "1"
        start = date(2026, 3, 1)
        appointment = (
            self.env["vn.appointment"]
            .with_user(self.hr_a)
            .create(
                {
                    "employee_id": self.emp["teacher_a1"].id,
                    "company_id": self.school_a1.id,
                    "position_id": self.thcs_ht.id,
                    "kind": "appoint",
                    "date_start": start,
                    "decision_ref": "25/QĐ-UBND",
                    "decision_date": start,
                    "decision_signer": "Chủ tịch UBND xã",
                }
            )
        )
        appointment.with_user(self.hr_a).action_submit()
        appointment.with_user(self.bodyhead_a).action_approve()
        self.assertEqual(appointment.allowance_coefficient, 0.55)
        self.assertTrue(appointment.allowance_is_placeholder)
        # the flag cannot be set around the buttons
        with self.assertRaises(UserError):
            appointment.with_user(self.hr_a).write({"allowance_is_placeholder": False})
        self.assertTrue(appointment.allowance_is_placeholder)

    # -------------------------------------------------------------- who may change
    def test_school_and_hr_office_cannot_change_the_tables(self):
        row = self.xa_tp.allowance_value_ids[:1]
        for user in (self.officer_a1, self.head_a1, self.hr_a, self.teacher_a1):
            with self.assertRaises(AccessError, msg=user.login):
                row.with_user(user).write({"coefficient": 0.90})
            with self.assertRaises(AccessError, msg=user.login):
                self.Allowance.with_user(user).create(
                    {
                        "position_id": self.thcs_ht.id,
                        "column": "class_1",
                        "coefficient": 0.90,
                        "date_from": date(2030, 1, 1),
                        "legal_basis": "Tự đặt",
                    }
                )
            with self.assertRaises(AccessError, msg=user.login):
                row.with_user(user).unlink()
            with self.assertRaises(AccessError, msg=user.login):
                self.thcs_ht.with_user(user).write({"allowance_column": "single"})
            with self.assertRaises(AccessError, msg=user.login):
                self.school_a1.with_user(user).write({"vn_school_class": "1"})
            # they read the table
            self.assertTrue(row.with_user(user).coefficient)
        self.assertNotEqual(row.coefficient, 0.90)

    def test_admin_records_a_new_value_through_the_form(self):
        """The admin closes the old value and adds the new one in the position form."""
        admin = self.env.ref("base.user_admin")
        position = self.env["vn.position"].create(
            {"code": "t_pa", "name": "Chức vụ thử", "allowance_column": "region"}
        )
        with Form(position.with_user(admin)) as form:
            with form.allowance_value_ids.new() as line:
                line.column = "hn_hcm"
                line.coefficient = 0.30
                line.date_from = date(2025, 1, 1)
                line.date_to = date(2025, 12, 31)
                line.legal_basis = "Quyết định thử"
            with form.allowance_value_ids.new() as line:
                line.column = "hn_hcm"
                line.coefficient = 0.40
                line.date_from = date(2026, 1, 1)
                line.legal_basis = "Quyết định thử 2"
        self.assertEqual(position._vn_allowance_coefficient_on(self.body_a, date(2025, 6, 1)), 0.30)
        self.assertEqual(position._vn_allowance_coefficient_on(self.body_a, date(2026, 6, 1)), 0.40)

    # ------------------------------------------------------------------ bad input
    def test_overlapping_periods_refused(self):
        vals = {
            "position_id": self.xa_tp.id,
            "column": "hn_hcm",
            "coefficient": 0.40,
            "date_from": date(2026, 6, 1),
            "legal_basis": "Thử",
        }
        self.assertCreateRefused(self.Allowance, vals, "overlaps the value valid from 01/01/2026")
        # another column, or a period closed before the next one starts, does not overlap
        self.assertTrue(
            self.Allowance.create(
                dict(
                    vals,
                    column="other_province",
                    date_from=date(2024, 1, 1),
                    date_to=date(2025, 6, 30),
                )
            )
        )
        position = self.env["vn.position"].create(
            {"code": "t_ov", "name": "Chức vụ thử", "allowance_column": "region"}
        )
        self.assertTrue(self.Allowance.create(dict(vals, position_id=position.id)))
        self.assertTrue(
            self.Allowance.create(dict(vals, position_id=position.id, column="other_province"))
        )
        old = self.xa_tp.allowance_value_ids.filtered(
            lambda r: r.column == "other_province" and r.date_to
        )
        self.assertWriteRefused(old, {"date_to": date(2026, 1, 1)}, "overlaps")

    def test_bad_values_refused(self):
        row = self.xa_tp.allowance_value_ids.filtered(lambda r: not r.date_to)[:1]
        self.assertWriteRefused(row, {"coefficient": -0.1}, "between 0 and 10")
        self.assertWriteRefused(row, {"date_to": date(2025, 1, 1)}, "before its start")
        self.assertWriteRefused(row, {"column": "class_1"}, "does not belong")
        self.assertWriteRefused(self.xa_tp, {"allowance_column": "single"}, "does not belong")
        self.assertCreateRefused(
            self.Allowance,
            {
                "position_id": self.thcs_ht.id,
                "column": "hn_hcm",
                "coefficient": 0.3,
                "date_from": date(2026, 1, 1),
                "legal_basis": "Thử",
            },
            "does not belong to the allowance table",
        )

    # ------------------------------------------------------------------- Bảng 4
    def test_nd_204_table_4_service_staff(self):
        """NĐ 204/2004/NĐ-CP Bảng 4: 12 steps of 0.18, 24 months per step, flagged."""
        expected = {"b4_1": (2.05, 4.03), "b4_3": (1.50, 3.48), "b4_5": (1.00, 2.98)}
        for xid, (first, last) in expected.items():
            group = self.env.ref(f"hr_vn_civil_servant.pay_group_{xid}")
            self.assertEqual(group.step_count, 12)
            self.assertEqual(group.step_months, 24)
            self.assertEqual(group._coefficient(1), first)
            self.assertEqual(group._coefficient(12), last)
            self.assertTrue(group.is_placeholder)
            self.assertIn("Bảng 4", group.legal_basis)
        self.assertFalse(self.env.ref("hr_vn_civil_servant.pay_group_a1").is_placeholder)

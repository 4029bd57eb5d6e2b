"""Teachers' retirement regimes (issue 10 point 7): Luật Nhà giáo 73/2025/QH15 Điều 26
khoản 2 (preschool teachers up to 05 years earlier), Điều 27 (tiến sĩ / phó giáo sư /
giáo sư up to 05 / 07 / 10 years later), Nghị định 93/2026/NĐ-CP Điều 18 (notice periods),
Nghị định 135/2020/NĐ-CP Điều 5 (reduced age with 15 qualifying years), on the law's
examples, as the records officer and the HR office, with the write-around checks."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import Form

from odoo.addons.hr_vn_civil_servant.tools import pay_rules

from .common import PersonnelCase, RefusalAssertions


class TestRetirementRegime(RefusalAssertions, PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        ref = cls.env.ref
        cls.preschool = ref("hr_vn_civil_servant.grade_v07_02_25")
        cls.primary = ref("hr_vn_civil_servant.grade_v07_03_29")
        cls.early = ref("hr_vn_civil_servant.retirement_regime_type_preschool")
        cls.nd135 = ref("hr_vn_civil_servant.retirement_regime_type_nd135_reduced")
        cls.doctor = ref("hr_vn_civil_servant.retirement_regime_type_doctorate")
        cls.assoc = ref("hr_vn_civil_servant.retirement_regime_type_associate_professor")
        cls.prof = ref("hr_vn_civil_servant.retirement_regime_type_professor")
        cls.phd = ref("hr_vn_civil_servant.education_level_pro_ts")
        # the law's example: a preschool teacher, woman born 05/1975
        cls.teacher = cls.emp["teacher_a1"]
        cls.teacher.write({"birthday": date(1975, 5, 10), "identification_id": False})
        cls._grade(cls.teacher, cls.preschool)
        # a man born 03/1967: 62 years, normal date 31/03/2029
        cls.man = cls.emp["teacher2_a1"]
        cls.man.write({"birthday": date(1967, 3, 10), "identification_id": False})
        cls._grade(cls.man, cls.primary)
        cls.Regime = cls.env["vn.retirement.regime"]

    @classmethod
    def _grade(cls, employee, grade):
        cls.env["vn.salary.history"].create(
            {"employee_id": employee.id, "date": date(2024, 1, 1), "grade_id": grade.id, "step": 1}
        )

    def _vals(self, employee, kind, years, **extra):
        vals = {
            "employee_id": employee.id,
            "type_id": kind.id,
            "years": years,
            "decision_number": "15/QĐ-UBND",
            "decision_date": date(2026, 11, 16),
        }
        vals.update(extra)
        return vals

    # ------------------------------------------------------------------ rules
    def test_rule_law_examples(self):
        """Woman born 05/1975: normal 31/05/2035 (60 years), 5 years earlier 31/05/2030; a
        man born 03/1967 with a doctorate: normal 31/03/2029, 5 years later 31/03/2034."""
        normal = pay_rules.retirement_date(date(1975, 5, 10), "female")
        self.assertEqual(normal, date(2035, 5, 31))
        self.assertEqual(
            pay_rules.applied_retirement_date(normal, "earlier", 60), date(2030, 5, 31)
        )
        man = pay_rules.retirement_date(date(1967, 3, 10), "male")
        self.assertEqual(man, date(2029, 3, 31))
        self.assertEqual(pay_rules.applied_retirement_date(man, "later", 60), date(2034, 3, 31))
        # end of month kept: 30/04 + 10 months -> 28/02 (or 29/02)
        self.assertEqual(
            pay_rules.applied_retirement_date(date(2030, 4, 30), "later", 10), date(2031, 2, 28)
        )
        self.assertEqual(pay_rules.applied_retirement_date(man, "later", 0), man)
        self.assertFalse(pay_rules.applied_retirement_date(False, "later", 60))

    def test_rule_notice_periods_of_decree_93(self):
        """NĐ 93/2026 Điều 18: application >= 06 months, decision >= 03 months before."""
        normal = date(2029, 3, 31)
        check = pay_rules.later_retirement_notice_problems
        self.assertEqual(check(normal, date(2028, 9, 30), date(2028, 12, 31)), [])
        self.assertEqual(check(normal, date(2028, 10, 1), False), ["application"])
        self.assertEqual(check(normal, False, date(2029, 1, 1)), ["decision"])

    # ------------------------------------------------------- preschool, earlier
    def test_officer_records_early_retirement_of_preschool_teacher(self):
        self.assertEqual(self.teacher.vn_retirement_date, date(2035, 5, 31))
        with Form(self.Regime.with_user(self.officer_a1)) as form:
            form.employee_id = self.teacher
            form.type_id = self.early
            form.years = 5
            form.application_date = date(2026, 10, 1)
            form.decision_number = "15/QĐ-UBND"
            form.decision_date = date(2026, 11, 16)
        line = form.record
        self.assertEqual(line.applied_date, date(2030, 5, 31))
        teacher = self.teacher.with_user(self.officer_a1)
        self.assertEqual(teacher.vn_retirement_date_normal, date(2035, 5, 31))
        self.assertEqual(teacher.vn_retirement_date, date(2030, 5, 31))
        self.assertEqual(teacher.vn_retirement_regime_id, line)
        # an application without a decision yet does not move the date
        line.with_user(self.officer_a1).decision_date = False
        self.assertEqual(teacher.vn_retirement_date, date(2035, 5, 31))
        line.with_user(self.officer_a1).decision_date = date(2026, 11, 16)
        self.assertEqual(teacher.vn_retirement_date, date(2030, 5, 31))
        # revoked: back to the normal date
        line.with_user(self.officer_a1).revoked = True
        self.assertEqual(teacher.vn_retirement_date, date(2035, 5, 31))
        self.assertFalse(teacher.vn_retirement_regime_id)

    def test_early_retirement_refused_for_other_titles_and_beyond_5_years(self):
        Regime = self.Regime.with_user(self.officer_a1)
        self.assertCreateRefused(
            Regime, self._vals(self.man, self.early, 2), "is for preschool teachers"
        )
        self.assertCreateRefused(
            Regime, self._vals(self.teacher, self.early, 6), "allows at most 5 years"
        )
        self.assertCreateRefused(
            Regime, self._vals(self.teacher, self.early, 5, months=1), "allows at most 5 years"
        )
        self.assertCreateRefused(Regime, self._vals(self.teacher, self.early, 0), "positive")
        line = Regime.create(self._vals(self.teacher, self.early, 3, months=6))
        self.assertEqual(self.teacher.vn_retirement_date, date(2031, 11, 30))
        # around the form: a write past the limit or to another person is refused too
        self.assertWriteRefused(line, {"years": 6}, "allows at most 5 years")
        self.assertWriteRefused(line, {"employee_id": self.man.id}, "preschool teachers")
        self.assertEqual(self.teacher.vn_retirement_date, date(2031, 11, 30))

    def test_early_regime_not_in_force_before_the_law(self):
        self.assertCreateRefused(
            self.Regime.with_user(self.officer_a1),
            self._vals(self.teacher, self.early, 5, decision_date=date(2025, 12, 1)),
            "is not in force on 01/12/2025",
        )

    def test_reduced_age_of_decree_135_needs_15_qualifying_years(self):
        Regime = self.Regime.with_user(self.hr_a)
        self.assertCreateRefused(
            Regime,
            self._vals(self.man, self.nd135, 5, qualifying_years=14),
            "at least 15 qualifying years",
        )
        Regime.create(self._vals(self.man, self.nd135, 5, qualifying_years=15))
        self.assertEqual(self.man.vn_retirement_date, date(2024, 3, 31))
        self.assertEqual(self.man.vn_retirement_date_normal, date(2029, 3, 31))

    # --------------------------------------------------------- extensions, later
    def test_hr_office_extends_a_doctor_by_5_years(self):
        Regime = self.Regime.with_user(self.hr_a)
        self.assertCreateRefused(Regime, self._vals(self.man, self.doctor, 5), "doctorate")
        self.man.vn_professional_level_id = self.phd
        self.assertCreateRefused(
            Regime, self._vals(self.man, self.doctor, 6), "allows at most 5 years"
        )
        line = Regime.create(self._vals(self.man, self.doctor, 5))
        self.assertEqual(line.applied_date, date(2034, 3, 31))
        self.assertEqual(self.man.vn_retirement_date_normal, date(2029, 3, 31))
        self.assertEqual(self.man.vn_retirement_date, date(2034, 3, 31))

    def test_associate_professor_7_and_professor_10_years(self):
        Regime = self.Regime.with_user(self.hr_a)
        self.assertCreateRefused(Regime, self._vals(self.man, self.assoc, 7), "associate")
        self.man.vn_academic_title = "associate_professor"
        self.assertCreateRefused(Regime, self._vals(self.man, self.assoc, 8), "at most 7 years")
        self.assertCreateRefused(Regime, self._vals(self.man, self.prof, 10), "professor")
        line = Regime.create(self._vals(self.man, self.assoc, 7))
        self.assertEqual(self.man.vn_retirement_date, date(2036, 3, 31))
        self.man.vn_academic_title = "professor"
        line.type_id = self.prof
        line.years = 10
        self.assertEqual(self.man.vn_retirement_date, date(2039, 3, 31))

    def test_decision_after_the_notice_period_refused_and_late_application_warned(self):
        """Man born 06/1965: 61 years 6 months in 2026, normal date 31/12/2026; a decision
        of 16/11/2026 is less than 03 months before it (NĐ 93/2026 Điều 18 khoản 4)."""
        late = self.emp["head_a1"]
        late.write(
            {
                "birthday": date(1965, 6, 10),
                "identification_id": False,
                "vn_professional_level_id": self.phd.id,
            }
        )
        self.assertEqual(late.vn_retirement_date, date(2026, 12, 31))
        Regime = self.Regime.with_user(self.hr_a)
        self.assertCreateRefused(
            Regime, self._vals(late, self.doctor, 2), "at least 3 months before"
        )
        line = Regime.create(
            self._vals(
                late,
                self.doctor,
                2,
                decision_date=date(2026, 9, 15),
                application_date=date(2026, 8, 1),
            )
        )
        self.assertIn("at least 6 months", line.notice_warning)
        self.assertEqual(late.vn_retirement_date, date(2028, 12, 31))
        # the due-work board counts the applied date: no longer retiring within 12 months
        source = self.env.ref("hr_vn_civil_servant.vn_due_work_source_retiring")
        due = self.env["hr.employee"].search(source._eval_domain())
        self.assertNotIn(late, due)
        line.revoked = True
        due = self.env["hr.employee"].search(source._eval_domain())
        self.assertIn(late, due)

    def test_no_regime_without_a_normal_date(self):
        self.man.gender = "other"
        self.man.vn_professional_level_id = self.phd
        self.assertCreateRefused(
            self.Regime.with_user(self.hr_a),
            self._vals(self.man, self.doctor, 5),
            "has no normal retirement date",
        )

    # ------------------------------------------------------------------ access
    def test_access_of_the_regime_lines(self):
        line = self.Regime.with_user(self.officer_a1).create(
            self._vals(self.teacher, self.early, 5)
        )
        # the teacher reads her own line, cannot record one
        self.assertEqual(line.with_user(self.teacher_a1).read(["years"])[0]["years"], 5)
        with self.assertRaises(AccessError):
            self.Regime.with_user(self.teacher_a1).create(self._vals(self.teacher, self.early, 4))
        # another body's HR office and another unit's officer see nothing
        for user in (self.hr_b, self.officer_a2):
            self.assertFalse(self.Regime.with_user(user).search([("id", "=", line.id)]))
            with self.assertRaises(AccessError):
                self.Regime.with_user(user).create(self._vals(self.teacher, self.early, 4))
        # nobody records a regime on his own record
        with self.assertRaises(AccessError):
            self.Regime.with_user(self.officer_a1).create(
                self._vals(self.emp["officer_a1"], self.early, 1)
            )

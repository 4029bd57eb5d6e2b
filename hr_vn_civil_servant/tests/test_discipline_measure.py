"""Disciplinary measures by staff category and date (issue 10 point 8): viên chức under
Nghị định 234/2026/NĐ-CP Điều 7 from 01/7/2026 and công chức under Nghị định
172/2025/NĐ-CP from 01/7/2025 have no "hạ bậc lương" nor "giáng chức"; old lines keep
their measure readable. As the records officer, with the write-around checks."""

from datetime import date

from odoo.tests import Form

from .common import PersonnelCase, RefusalAssertions


class TestDisciplineMeasure(RefusalAssertions, PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.vc = cls.emp["teacher_a1"]
        cls.vc.vn_staff_category = "public_employee"
        cls.cc = cls.emp["teacher2_a1"]
        cls.cc.vn_staff_category = "civil_servant"
        cls.Discipline = cls.env["vn.discipline"].with_user(cls.officer_a1)

    def _line(self, employee, measure, year, **extra):
        vals = {"employee_id": employee.id, "measure": measure, "year": year}
        vals.update(extra)
        return vals

    def test_public_employee_measures_of_decree_234(self):
        """NĐ 234/2026 Điều 7 khoản 1: khiển trách, cảnh cáo, cách chức, buộc thôi việc."""
        line = self.Discipline.create(
            self._line(self.vc, "warning", 2026, decision_date=date(2026, 9, 1))
        )
        self.assertEqual(
            line.measure_id,
            self.env.ref("hr_vn_civil_servant.discipline_measure_public_employee_2026_warning"),
        )
        self.assertIn("234/2026", line.measure_id.legal_basis)
        self.assertEqual(
            set(line.allowed_measure_ids.mapped("code")),
            {"reprimand", "warning", "dismissal_from_post", "forced_resignation"},
        )
        for measure in ("salary_reduction", "demotion", "labour_dismissal"):
            self.assertCreateRefused(
                self.Discipline,
                self._line(self.vc, measure, 2026, decision_date=date(2026, 9, 1)),
                "is not a disciplinary measure for Public Employee",
            )
        # around the form: a write of a measure of another category is refused
        self.assertWriteRefused(line, {"measure": "salary_reduction"}, "Measures in force")

    def test_civil_servant_old_and_new_regime(self):
        """Công chức: hạ bậc lương until 30/6/2025 (Luật CBCC 2008 Điều 79), not after."""
        old = self.Discipline.create(self._line(self.cc, "salary_reduction", 2024))
        self.assertIn("22/2008", old.measure_id.legal_basis)
        self.assertCreateRefused(
            self.Discipline,
            self._line(self.cc, "salary_reduction", 2025, decision_date=date(2025, 8, 1)),
            "Civil Servant",
        )
        new = self.Discipline.create(
            self._line(self.cc, "dismissal_from_post", 2025, decision_date=date(2025, 8, 1))
        )
        self.assertIn("172/2025", new.measure_id.legal_basis)
        self.assertTrue(new.measure_id.managers_only)
        # a year-only line of 2025 may carry a measure of either text of that year
        self.Discipline.create(self._line(self.cc, "demotion", 2025))

    def test_old_line_stays_readable_when_the_category_changes(self):
        old = self.Discipline.create(
            self._line(self.cc, "salary_reduction", 2023, reason="Vi phạm quy chế")
        )
        self.cc.vn_staff_category = "public_employee"
        old.write({"reason": "Vi phạm quy chế chuyên môn"})
        self.assertEqual(old.measure, "salary_reduction")
        summary = self.cc.with_user(self.officer_a1).vn_highest_discipline
        self.assertIn("Salary Step Reduction", summary)
        # changing its measure now follows the new category
        self.assertWriteRefused(old, {"measure": "demotion"}, "Public Employee")

    def test_form_offers_the_measure_types_and_fills_the_code(self):
        with Form(self.Discipline) as form:
            form.employee_id = self.vc
            form.year = 2026
            form.decision_date = date(2026, 10, 1)
            self.assertNotIn("salary_reduction", [m.code for m in form.allowed_measure_ids])
            form.measure_id = self.env.ref(
                "hr_vn_civil_servant.discipline_measure_public_employee_2026_reprimand"
            )
            self.assertEqual(form.measure, "reprimand")
        self.assertEqual(form.record.measure, "reprimand")
        # the type alone, through the API, fills the code too
        line = self.Discipline.create(
            {
                "employee_id": self.vc.id,
                "year": 2026,
                "measure_id": self.env.ref(
                    "hr_vn_civil_servant.discipline_measure_public_employee_2026_warning"
                ).id,
            }
        )
        self.assertEqual(line.measure, "warning")
        # a type of another category is refused, even with a code the category has
        self.assertCreateRefused(
            self.Discipline,
            {
                "employee_id": self.vc.id,
                "year": 2026,
                "measure_id": self.env.ref(
                    "hr_vn_civil_servant.discipline_measure_civil_servant_2025_reprimand"
                ).id,
            },
            "Public Employee",
        )
        self.assertCreateRefused(
            self.Discipline,
            {
                "employee_id": self.vc.id,
                "year": 2026,
                "measure_id": self.env.ref(
                    "hr_vn_civil_servant.discipline_measure_civil_servant_2008_salary_reduction"
                ).id,
            },
        )

    def test_contract_worker_labour_code_measures(self):
        worker = self.emp["teacher_a2"]
        worker.vn_staff_category = "contract_worker"
        Discipline = self.env["vn.discipline"].with_user(self.officer_a2)
        line = Discipline.create(self._line(worker, "labour_dismissal", 2026))
        self.assertIn("Điều 124", line.measure_id.legal_basis)
        self.assertCreateRefused(
            Discipline, self._line(worker, "forced_resignation", 2026), "Contract Worker"
        )

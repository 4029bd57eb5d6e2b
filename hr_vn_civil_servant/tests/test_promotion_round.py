"""Promotion rounds: the eligibility list from the conditions as data, the dossier, and
the approved result that changes the title and pay group from the decision date."""

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError, UserError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase


class TestPromotionRound(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = vn_today(cls.env["res.users"])
        cls.iii = cls.env.ref("hr_vn_civil_servant.grade_v07_04_32")  # THCS hạng III, A1
        cls.ii = cls.env.ref("hr_vn_civil_servant.grade_v07_04_31")  # THCS hạng II, A2.2
        History = cls.env["vn.salary.history"]
        # ten years in hạng III, evaluated "well completed" last year: eligible
        for step, years in ((2, 10), (3, 7), (4, 4)):
            History.create(
                {
                    "employee_id": cls.emp["teacher_a2"].id,
                    "grade_id": cls.iii.id,
                    "step": step,
                    "date": cls.today - relativedelta(years=years),
                }
            )
        # five years only: not eligible
        History.create(
            {
                "employee_id": cls.emp["teacher_a1"].id,
                "grade_id": cls.iii.id,
                "step": 2,
                "date": cls.today - relativedelta(years=5),
            }
        )
        for key in ("teacher_a2", "teacher_a1"):
            cls.env["vn.evaluation"].create(
                {"employee_id": cls.emp[key].id, "year": cls.today.year - 1, "result": "good"}
            )
        # ten years but "completed" only last year: not eligible
        History.create(
            {
                "employee_id": cls.emp["teacher2_a2"].id,
                "grade_id": cls.iii.id,
                "step": 3,
                "date": cls.today - relativedelta(years=10),
            }
        )
        cls.env["vn.evaluation"].create(
            {
                "employee_id": cls.emp["teacher2_a2"].id,
                "year": cls.today.year - 1,
                "result": "completed",
            }
        )
        cls.Round = cls.env["vn.promotion.round"]

    def _round(self, user=None, company=None):
        return self.Round.with_user(user or self.hr_a).create(
            {
                "name": "Xét thăng hạng II giáo viên THCS năm 2026",
                "company_id": (company or self.body_a).id,
                "target_grade_id": self.ii.id,
                "date_open": self.today,
                "date_deadline": self.today + relativedelta(days=30),
                "decision_number": "310/QĐ-SGDĐT",
            }
        )

    def test_eligibility_dossier_and_result(self):
        rnd = self._round()
        self.assertEqual(rnd.rule_id.min_months_in_rank, 108)
        rnd.action_compute_eligible()
        by_emp = {c.employee_id: c for c in rnd.candidate_ids}
        self.assertEqual(
            set(by_emp), {self.emp["teacher_a2"], self.emp["teacher_a1"], self.emp["teacher2_a2"]}
        )
        good = by_emp[self.emp["teacher_a2"]]
        short = by_emp[self.emp["teacher_a1"]]
        weak = by_emp[self.emp["teacher2_a2"]]
        self.assertTrue(good.eligible)
        self.assertEqual((short.seniority_ok, short.eligible), (False, False))
        self.assertEqual(
            (weak.seniority_ok, weak.evaluation_ok, weak.eligible), (True, False, False)
        )
        # an ineligible candidate cannot pass; nor one without a complete dossier
        short.result = "passed"
        with self.assertRaises(UserError):
            rnd.action_submit()
        short.result = "failed"
        good.result = "passed"
        with self.assertRaises(UserError):
            rnd.action_submit()
        good.write({"has_cv": True, "has_certificates": True})
        rnd.action_submit()
        with self.assertRaises(AccessError):
            rnd.with_user(self.hr_a).action_approve()
        rnd.with_user(self.bodyhead_a).action_approve()
        teacher = self.emp["teacher_a2"]
        self.assertEqual(teacher.vn_grade_id, self.ii)
        self.assertEqual(teacher.vn_pay_group_id.code, "A2.2")
        # A1 step 4 (3.33) → A2.2 step 1 (4.00), from the decision date
        self.assertEqual(teacher.vn_salary_step, 1)
        self.assertEqual(teacher.vn_step_date, self.today)
        line = teacher.vn_salary_history_ids.filtered(lambda h: h.promotion_candidate_id == good)
        self.assertEqual(line.decision_number, "310/QĐ-SGDĐT")
        self.assertIn(self.ii.display_name, teacher.vn_work_history_ids[0].name)
        self.assertEqual(self.emp["teacher_a1"].vn_grade_id, self.iii)
        with self.assertRaises(UserError):
            line.with_user(self.hr_a).write({"step": 2})

    def test_who_sees_the_rounds(self):
        rnd_a = self._round()
        rnd_b = self._round(user=self.hr_b, company=self.body_b)
        Round = self.Round.with_user(self.hr_b)
        self.assertEqual(Round.search([]), rnd_b)
        self.assertEqual([r["id"] for r in Round.search_read([], ["name"])], [rnd_b.id])
        groups = Round.read_group([], ["company_id"], ["company_id"])
        self.assertEqual([g["company_id"][0] for g in groups], [self.body_b.id])
        with self.assertRaises(AccessError):
            rnd_a.with_user(self.hr_b).read(["name"])
        with self.assertRaises(UserError):
            rnd_a.with_user(self.hr_a).write({"state": "approved"})
        school = self._round(company=self.school_a1)
        self.assertEqual(self.Round.with_user(self.officer_a1).search([]), school)
        with self.assertRaises(AccessError):
            school.with_user(self.officer_a1).write({"name": "x"})

"""Cadre planning (quy hoạch): only the HR office of the managing body and the unit's
head see a plan, through any channel; yearly review lines add and remove people with
the reason and are kept as recorded."""

from odoo.exceptions import AccessError, UserError, ValidationError

from .common import PersonnelCase, RefusalAssertions


class TestCadrePlan(RefusalAssertions, PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Plan = cls.env["vn.cadre.plan"]
        cls.principal = cls.env.ref("hr_vn_civil_servant.position_thcs_ht")
        cls.vice = cls.env.ref("hr_vn_civil_servant.position_thcs_pht")
        cls.plan_a1 = cls.Plan.with_user(cls.hr_a).create(
            {
                "company_id": cls.school_a1.id,
                "term_start": 2026,
                "decision_ref": "210/QĐ-SGDĐT",
                "line_ids": [
                    (
                        0,
                        0,
                        {"position_id": cls.principal.id, "employee_id": cls.emp["teacher_a1"].id},
                    ),
                    (0, 0, {"position_id": cls.vice.id, "employee_id": cls.emp["officer_a1"].id}),
                ],
            }
        )
        cls.plan_b1 = cls.Plan.with_user(cls.hr_b).create(
            {
                "company_id": cls.school_b1.id,
                "term_start": 2026,
                "line_ids": [
                    (
                        0,
                        0,
                        {"position_id": cls.principal.id, "employee_id": cls.emp["teacher_b1"].id},
                    ),
                ],
            }
        )

        cls.plan_a1 = cls.plan_a1.with_env(cls.env)
        cls.plan_b1 = cls.plan_b1.with_env(cls.env)

    def test_term_and_name(self):
        self.assertEqual(self.plan_a1.term_end, 2031)
        self.assertIn("2026–2031", self.plan_a1.name)
        self.assertWriteRefused(self.plan_a1.with_user(self.hr_a), {"term_end": 2025}, "ends after")

    def test_only_hr_office_and_unit_head_see_it(self):
        for user, visible in (
            (self.hr_a, self.plan_a1),
            (self.head_a1, self.plan_a1),
            (self.hr_b, self.plan_b1),
            (self.head_b1, self.plan_b1),
            (self.head_a2, self.Plan),
        ):
            for model, records in (
                ("vn.cadre.plan", visible),
                ("vn.cadre.plan.line", visible.line_ids),
            ):
                Model = self.env[model].with_user(user)
                every = (
                    (self.plan_a1 | self.plan_b1)
                    if model == "vn.cadre.plan"
                    else (self.plan_a1 | self.plan_b1).line_ids
                )
                self.assertEqual(Model.search([("id", "in", every.ids)]), records.with_user(user))
                rows = Model.search_read([("id", "in", every.ids)], ["id"])
                self.assertEqual({r["id"] for r in rows}, set(records.ids), user.login)
                groups = Model.read_group([("id", "in", every.ids)], ["company_id"], ["company_id"])
                self.assertEqual(
                    {g["company_id"][0] for g in groups}, set(records.mapped("company_id").ids)
                )
        for user in (self.teacher_a1, self.officer_a1, self.teacher_b1, self.officer_b1):
            for model in ("vn.cadre.plan", "vn.cadre.plan.line", "vn.cadre.plan.review"):
                with self.assertRaises(AccessError, msg=f"{user.login} {model}"):
                    self.env[model].with_user(user).search_read([], ["id"])
            with self.assertRaises(AccessError):
                self.plan_a1.with_user(user).read(["name"])
        with self.assertRaises(AccessError):
            self.plan_a1.with_user(self.hr_b).read(["name"])

    def test_unit_head_reads_but_does_not_change(self):
        with self.assertRaises(AccessError):
            self.plan_a1.with_user(self.head_a1).write({"decision_ref": "1/QĐ"})
        with self.assertRaises(AccessError):
            self.env["vn.cadre.plan.review"].with_user(self.head_a1).create(
                {
                    "plan_id": self.plan_a1.id,
                    "action": "add",
                    "position_id": self.vice.id,
                    "employee_id": self.emp["teacher2_a1"].id,
                    "reason": "x",
                }
            )
        with self.assertRaises(AccessError):
            self.plan_a1.with_user(self.hr_b).write({"decision_ref": "1/QĐ"})

    def test_yearly_review_adds_and_removes_with_reasons(self):
        Review = self.env["vn.cadre.plan.review"].with_user(self.hr_a)
        Review.create(
            {
                "plan_id": self.plan_a1.id,
                "year": 2027,
                "action": "add",
                "position_id": self.vice.id,
                "employee_id": self.emp["teacher2_a1"].id,
                "reason": "Bổ sung quy hoạch năm 2027",
                "decision_ref": "15/QĐ-SGDĐT",
            }
        )
        removed = Review.create(
            {
                "plan_id": self.plan_a1.id,
                "year": 2027,
                "action": "remove",
                "position_id": self.principal.id,
                "employee_id": self.emp["teacher_a1"].id,
                "reason": "Chuyển công tác",
            }
        )
        planned = self.plan_a1.line_ids.filtered(lambda line: line.state == "planned")
        self.assertEqual(
            set(planned.employee_id.ids), {self.emp["officer_a1"].id, self.emp["teacher2_a1"].id}
        )
        gone = self.plan_a1.line_ids.filtered(lambda line: line.state == "removed")
        self.assertEqual(gone.employee_id, self.emp["teacher_a1"])
        self.assertEqual(gone.removed_year, 2027)
        self.assertEqual(removed.user_id, self.hr_a)
        # kept as recorded
        with self.assertRaises(UserError):
            removed.write({"reason": "sửa lý do"})
        with self.assertRaises(UserError):
            removed.unlink()
        with self.assertRaises(UserError):
            self.plan_a1.with_user(self.hr_a).unlink()
        # around the review: the HR office cannot take someone out of the plan directly
        with self.assertRaises(UserError):
            planned[:1].with_user(self.hr_a).write({"state": "removed"})
        self.assertEqual(planned[:1].state, "planned")

    def test_bad_reviews_are_refused(self):
        Review = self.env["vn.cadre.plan.review"].with_user(self.hr_a)
        base = {
            "plan_id": self.plan_a1.id,
            "year": 2027,
            "position_id": self.principal.id,
            "employee_id": self.emp["teacher_a1"].id,
        }
        self.assertCreateRefused(Review, dict(base, action="add", reason=""), "reason")
        self.assertCreateRefused(Review, dict(base, action="add", reason="x"), "already planned")
        self.assertCreateRefused(
            Review,
            dict(base, action="remove", reason="x", employee_id=self.emp["teacher2_a1"].id),
            "not planned",
        )
        self.assertCreateRefused(
            Review, dict(base, action="remove", reason="x", year=2040), "years"
        )
        # someone of another managing body cannot be planned
        with self.assertRaises(ValidationError):
            Review.create(
                dict(base, action="add", reason="x", employee_id=self.emp["teacher_b1"].id)
            )

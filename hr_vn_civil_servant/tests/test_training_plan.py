"""Yearly training plans of the managing body: approval by the body's head, enrolments
within the plan's units, completion with the certificate writing the training line
(Mẫu 2C item 27) and crediting the retraining periods, every guard tried around the
buttons, as the real roles of two managing bodies."""

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from odoo.addons.hr_vn_civil_servant.models.vn_training_enrolment import school_year_of
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase, RefusalAssertions


class TestTrainingPlan(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.Plan = cls.env["vn.training.plan"]
        cls.Enrolment = cls.env["vn.training.enrolment"]
        cls.today = vn_today(cls.Plan)
        cls.plan = cls._make_plan(cls.school_a1)
        cls.retraining = cls.plan.course_ids.filtered("is_retraining")
        cls.course = cls.plan.course_ids - cls.retraining
        cls.plan.with_user(cls.bodyhead_a).action_approve()

    @classmethod
    def _make_plan(cls, schools, user=None):
        user = user or cls.hr_a
        body = cls.body_a if schools <= (cls.school_a1 | cls.school_a2) else cls.body_b
        start = cls.today - relativedelta(days=40)
        return cls.Plan.with_user(user).create(
            {
                "name": "Kế hoạch bồi dưỡng",
                "year": cls.today.year,
                "company_id": body.id,
                "company_ids": [(6, 0, (body | schools).ids)],
                "course_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "BDTX mô-đun 04",
                            "school": "Trường ĐHSP Hà Nội",
                            "major": "Phương pháp dạy học",
                            "form": "in_service",
                            "diploma": "Giấy chứng nhận",
                            "target_group": "Giáo viên THPT",
                            "date_from": start,
                            "date_to": start + relativedelta(days=10),
                            "place": "Trường A1",
                            "funding_source": "state_budget",
                            "funding_amount": 30000000,
                            "is_retraining": True,
                            "retraining_module": "GVPT 04",
                            "retraining_hours": 40,
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "name": "Tập huấn hồ sơ điện tử",
                            "school": "Sở GD&ĐT",
                            "target_group": "Văn thư",
                            "date_from": start,
                            "date_to": start + relativedelta(days=2),
                            "funding_amount": 5000000,
                        },
                    ),
                ],
            }
        )

    def _enrol(self, user, key, course=None):
        Enrolment = self.Enrolment.with_user(user)
        return Enrolment.create(
            {"course_id": (course or self.retraining).id, "employee_id": self.emp[key].id}
        )

    # ------------------------------------------------------------------ the plan
    def test_plan_approved_by_the_body_head_only(self):
        draft = self._make_plan(self.school_a1 | self.school_a2)
        self.assertEqual(draft.funding_total, 35000000)
        for user in (self.hr_a, self.head_a1, self.bodyhead_b, self.officer_a1):
            with self.assertRaises(UserError):
                draft.with_user(user).action_approve()
        with self.assertRaises(UserError):
            draft.with_user(self.hr_a).write({"state": "approved"})
        with self.assertRaises(UserError):
            draft.with_user(self.hr_a).write({"approver_id": self.hr_a.id})
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.vn_review_ids)
        draft.with_user(self.bodyhead_a).action_approve()
        self.assertEqual(draft.state, "approved")
        self.assertEqual(draft.approver_id, self.bodyhead_a)
        self.assertEqual(draft.vn_review_ids.user_id, self.bodyhead_a)

    def test_plan_units_are_the_body_and_its_schools(self):
        Plan = self.Plan.with_user(self.hr_a)
        self.assertCreateRefused(
            Plan,
            {
                "name": "x",
                "year": self.today.year,
                "company_id": self.body_a.id,
                "company_ids": [(6, 0, (self.body_a | self.school_b1).ids)],
            },
            "is not one of them",
        )

    def test_plan_record_rules(self):
        self.assertFalse(self.Plan.with_user(self.hr_b).search([("id", "=", self.plan.id)]))
        self.assertFalse(self.Plan.with_user(self.teacher_b1).search([("id", "=", self.plan.id)]))
        self.assertTrue(self.Plan.with_user(self.teacher_a1).search([("id", "=", self.plan.id)]))
        with self.assertRaises(AccessError):
            self.plan.with_user(self.head_a1).write({"note": "x"})
        with self.assertRaises(AccessError):
            self.plan.with_user(self.hr_b).write({"note": "x"})

    def test_courses_change_only_in_a_draft_plan(self):
        with self.assertRaises(UserError):
            self.course.with_user(self.hr_a).write({"place": "Elsewhere"})
        with self.assertRaises(UserError):
            self.env["vn.training.course"].with_user(self.hr_a).create(
                {
                    "plan_id": self.plan.id,
                    "name": "Late",
                    "school": "X",
                    "date_from": self.today,
                    "date_to": self.today,
                }
            )
        self.assertEqual(len(self.plan.course_ids), 2)

    def test_negative_retraining_periods_refused(self):
        draft = self._make_plan(self.school_a1)
        course = draft.course_ids.filtered("is_retraining").with_user(self.hr_a)
        self.assertWriteRefused(course, {"retraining_hours": -5}, "cannot be negative")
        line = (
            self.env["vn.training"]
            .with_user(self.officer_a1)
            .create({"employee_id": self.emp["teacher_a1"].id, "school": "Sở"})
        )
        self.assertWriteRefused(
            line,
            {"retraining_hours": -1, "retraining_year": 2025},
            "Retraining periods cannot be negative.",
        )

    # ------------------------------------------------------------------ enrolments
    def test_enrol_with_the_form_by_the_unit(self):
        form = Form(self.Enrolment.with_user(self.officer_a1))
        form.course_id = self.retraining
        form.employee_id = self.emp["teacher_a1"]
        enrolment = form.save()
        self.assertEqual(enrolment.state, "enrolled")
        self.assertEqual(enrolment.company_id, self.school_a1)
        self.assertEqual(self.plan.enrolment_count, 1)

    def test_enrol_outside_the_plan_units_refused(self):
        count = self.Enrolment.sudo().search_count([])
        # the HR office of body A, an employee of school A2 (not in this plan)
        with self.assertRaises(ValidationError) as caught:
            self._enrol(self.hr_a, "teacher_a2")
        self.assertIn("does not work in a unit of the training plan", str(caught.exception))
        # the HR office of body B, his own school's teacher, in body A's plan
        with self.assertRaises(ValidationError):
            self._enrol(self.hr_b, "teacher_b1")
        # a records officer of A1 for a teacher of A2: not his unit (nor the plan's)
        with self.assertRaises(UserError):
            self._enrol(self.officer_a1, "teacher_a2")
        self.assertEqual(self.Enrolment.sudo().search_count([]), count)

    def test_enrol_only_in_an_approved_plan(self):
        draft = self._make_plan(self.school_a1)
        with self.assertRaises(ValidationError):
            self._enrol(self.officer_a1, "teacher_a1", draft.course_ids[0])

    def test_enrolment_rules(self):
        mine = self._enrol(self.officer_a1, "teacher_a1")
        other = self._enrol(self.officer_a1, "teacher2_a1")
        Enrolment = self.Enrolment.with_user(self.teacher_a1)
        self.assertEqual(Enrolment.search([]), mine)
        with self.assertRaises(AccessError):
            other.with_user(self.teacher_a1).read(["state"])
        with self.assertRaises(AccessError):
            mine.with_user(self.teacher_a1).write({"certificate_number": "1"})
        self.assertFalse(self.Enrolment.with_user(self.officer_b1).search([]))
        self.assertFalse(self.Enrolment.with_user(self.hr_b).search([]))

    # ------------------------------------------------------------------ completion
    def test_completion_writes_the_training_line_and_credits_periods(self):
        enrolment = self._enrol(self.officer_a1, "teacher_a1").with_user(self.officer_a1)
        enrolment.write(
            {
                "certificate_number": "125/GCN",
                "certificate_date": self.today,
                "certificate_file": "SGVsbG8=",
                "certificate_filename": "gcn.pdf",
            }
        )
        enrolment.action_complete()
        self.assertEqual(enrolment.state, "completed")
        self.assertEqual(enrolment.completed_by_id, self.officer_a1)
        line = enrolment.training_id.sudo()
        course = self.retraining
        self.assertEqual(line.employee_id, self.emp["teacher_a1"])
        # the five columns of item 27
        self.assertEqual(line.school, "Trường ĐHSP Hà Nội")
        self.assertEqual(line.major, "Phương pháp dạy học")
        self.assertEqual((line.date_from, line.date_to), (course.date_from, course.date_to))
        self.assertEqual(line.form, "in_service")
        self.assertIn("125/GCN", line.diploma)
        self.assertEqual(line.retraining_hours, 40)
        self.assertEqual(line.retraining_year, school_year_of(course.date_to))
        self.assertEqual(line.retraining_module, "GVPT 04")
        files = (
            self.env["ir.attachment"]
            .sudo()
            .search([("res_model", "=", "vn.training"), ("res_id", "=", line.id)])
        )
        self.assertEqual(files.name, "gcn.pdf")
        Requirement = self.env["vn.retraining.requirement"].with_user(self.officer_a1)
        required = Requirement._vn_required_hours(line.retraining_year)
        done = sum(
            self.env["vn.training"]
            .sudo()
            .search(
                [
                    ("employee_id", "=", self.emp["teacher_a1"].id),
                    ("retraining_year", "=", line.retraining_year),
                ]
            )
            .mapped("retraining_hours")
        )
        self.assertEqual(done, 40)
        self.assertEqual(
            bool(Requirement._vn_short_employees(line.retraining_year, self.emp["teacher_a1"])),
            done < required,
        )
        # frozen once completed
        with self.assertRaises(UserError):
            enrolment.write({"certificate_number": "999"})
        with self.assertRaises(UserError):
            enrolment.unlink()

    def test_school_year_of(self):
        self.assertEqual(school_year_of(self.today.replace(year=2026, month=3, day=10)), 2025)
        self.assertEqual(school_year_of(self.today.replace(year=2026, month=9, day=1)), 2026)

    def test_completion_guards(self):
        enrolment = self._enrol(self.officer_a1, "teacher2_a1")
        trainings = self.env["vn.training"].sudo().search_count([])
        # no certificate yet
        with self.assertRaises(UserError) as caught:
            enrolment.with_user(self.officer_a1).action_complete()
        self.assertIn("certificate", str(caught.exception))
        # not the person himself, nor another unit, nor around the button
        enrolment.with_user(self.officer_a1).write(
            {"certificate_number": "7", "certificate_date": self.today}
        )
        for user in (self.teacher2_a1, self.officer_a2, self.hr_b):
            with self.assertRaises(AccessError):
                enrolment.with_user(user).action_complete()
        with self.assertRaises(UserError):
            enrolment.with_user(self.officer_a1).write({"state": "completed"})
        training = self.env["vn.training"].sudo().search([], limit=1)
        with self.assertRaises(UserError):
            enrolment.with_user(self.officer_a1).write({"training_id": training.id})
        self.assertEqual(enrolment.state, "enrolled")
        self.assertFalse(enrolment.training_id)
        self.assertEqual(self.env["vn.training"].sudo().search_count([]), trainings)

    def test_officer_never_completes_his_own_enrolment(self):
        enrolment = self._enrol(self.hr_a, "officer_a1")
        enrolment.with_user(self.hr_a).write(
            {"certificate_number": "8", "certificate_date": self.today}
        )
        with self.assertRaises(AccessError):
            enrolment.with_user(self.officer_a1).action_complete()
        self.assertEqual(enrolment.state, "enrolled")
        enrolment.with_user(self.head_a1).action_complete()
        self.assertEqual(enrolment.state, "completed")

    def test_cancel_and_counts(self):
        one = self._enrol(self.officer_a1, "teacher_a1", self.course)
        two = self._enrol(self.officer_a1, "teacher2_a1", self.course)
        two.with_user(self.officer_a1).action_cancel()
        self.assertEqual(two.state, "cancelled")
        one.with_user(self.officer_a1).write(
            {"certificate_number": "9", "certificate_date": self.today}
        )
        one.with_user(self.officer_a1).action_complete()
        self.assertFalse(one.training_id.sudo().retraining_hours)
        plan = self.plan.with_user(self.hr_a)
        self.assertEqual((plan.enrolment_count, plan.completed_count), (1, 1))
        plan.action_close()
        self.assertEqual(plan.state, "closed")
        with self.assertRaises(UserError):
            plan.write({"note": "x"})

    def test_due_work_lists_retraining_short(self):
        source = self.env.ref("hr_vn_civil_servant.vn_due_work_source_retraining")
        Employee = self.env["hr.employee"].with_user(self.hr_a)
        Employee = Employee
        expected = Employee.search_count([("vn_retraining_short", "=", True)])
        self.assertEqual(source.with_user(self.hr_a).count, expected)
        self.assertGreaterEqual(expected, 1)

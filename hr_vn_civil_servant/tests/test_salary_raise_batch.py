"""Step-raise batches: the HR office fills a batch from the due list, the competent head
approves it, and the approval writes one salary line per person; bad input and writes
around the buttons are refused; a managing body never sees another body's batches."""

import contextlib

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase


class RaiseCase(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = vn_today(cls.env["res.users"])
        cls.grade = cls.env.ref("hr_vn_civil_servant.grade_v07_04_32")  # A1, 9 steps, 36 months
        cls.start = cls.today
        cls.end = cls.today + relativedelta(days=90)
        # due in the period: a regular raise (step 2 → 3) and an over-ceiling allowance
        cls._line(cls.emp["teacher_a1"], 2, cls.today - relativedelta(months=36, days=-10))
        cls._line(cls.emp["officer_a1"], 9, cls.today - relativedelta(months=36, days=-20))
        # due after the period: early-raise candidates
        cls._line(cls.emp["teacher2_a1"], 3, cls.today - relativedelta(months=36, days=-200))
        cls._line(cls.emp["teacher_a2"], 4, cls.today - relativedelta(months=36, days=-150))
        cls._line(cls.emp["teacher2_a2"], 5, cls.today - relativedelta(months=36, days=-120))
        # not due
        cls._line(cls.emp["officer_a2"], 4, cls.today - relativedelta(months=10))
        # staff on the payroll of body A: 6 above + 8 = 14 → 15 % → 2 early raises a year
        for index in range(8):
            emp = cls._make_employee(f"Test staff a2 {index}", cls.school_a2, birthday="1990-01-01")
            cls._line(emp, 1, cls.today - relativedelta(months=2))
        # body B: due too
        cls._line(cls.emp["teacher_b1"], 2, cls.today - relativedelta(months=36, days=-5))
        cls.Batch = cls.env["vn.salary.raise.batch"]

    @classmethod
    def _line(cls, employee, step, day, grade=None):
        return cls.env["vn.salary.history"].create(
            {
                "employee_id": employee.id,
                "grade_id": (grade or cls.grade).id,
                "step": step,
                "date": day,
                "decision_number": f"{step}/QĐ-TEST",
            }
        )

    def _batch(self, user=None, company=None, **vals):
        user = user or self.hr_a
        return self.Batch.with_user(user).create(
            dict(
                {
                    "name": "Nâng bậc lương quý",
                    "company_id": (company or self.body_a).id,
                    "period_start": self.start,
                    "period_end": self.end,
                },
                **vals,
            )
        )

    @contextlib.contextmanager
    def assertRefused(self, exception, message):
        """Odoo's assertRaises (in a savepoint: nothing stays written), then the message."""
        with self.assertRaises(exception) as caught:
            yield
        self.assertRegex(str(caught.exception), message)

    def _numbered(self, batch):
        for index, line in enumerate(batch.line_ids, start=1):
            line.decision_number = f"{index}/QĐ-SGD"


class TestSalaryRaiseBatch(RaiseCase):
    def test_fill_submit_approve_writes_one_line_each(self):
        batch = self._batch()
        batch.action_fill_due()
        due = batch.line_ids.mapped("employee_id")
        self.assertEqual(due, self.emp["teacher_a1"] | self.emp["officer_a1"])
        kinds = {line.employee_id: line.kind for line in batch.line_ids}
        self.assertEqual(kinds[self.emp["officer_a1"]], "over_ceiling")
        regular = batch.line_ids.filtered(lambda ln: ln.kind == "regular")
        self.assertEqual((regular.current_step, regular.new_step), (2, 3))
        self.assertAlmostEqual(regular.new_coefficient, 3.00)
        early = (
            self.env["vn.salary.raise.batch.line"]
            .with_user(self.hr_a)
            .create(
                {
                    "batch_id": batch.id,
                    "employee_id": self.emp["teacher2_a1"].id,
                    "kind": "early",
                    "early_months": 12,
                }
            )
        )
        self.assertEqual(early.effective_date, early.due_date - relativedelta(months=12))
        self._numbered(batch)
        batch.action_submit()
        self.assertEqual(batch.state, "submitted")
        # the HR office proposes, it does not approve; the records officer neither
        with self.assertRaises(AccessError):
            batch.with_user(self.hr_a).action_approve()
        with self.assertRaises(AccessError):
            batch.with_user(self.head_a1).action_approve()
        before = {emp: len(emp.vn_salary_history_ids) for emp in batch.line_ids.employee_id}
        batch.with_user(self.bodyhead_a).action_approve()
        self.assertEqual(batch.state, "approved")
        self.assertEqual(batch.approved_by_id, self.bodyhead_a)
        for line in batch.line_ids:
            emp = line.employee_id
            emp.invalidate_recordset()
            self.assertEqual(len(emp.vn_salary_history_ids), before[emp] + 1)
            written = emp.vn_salary_history_ids.filtered(
                lambda h, ln=line: h.raise_batch_line_id == ln
            )
            self.assertEqual(len(written), 1)
            self.assertEqual(written.decision_number, line.decision_number)
            self.assertEqual(written.decision_date, self.today)
            self.assertEqual(written.date, line.effective_date)
        teacher = self.emp["teacher_a1"]
        self.assertEqual(teacher.vn_salary_step, 3)
        self.assertAlmostEqual(teacher.vn_salary_coefficient, 3.00)
        self.assertEqual(self.emp["officer_a1"].vn_over_ceiling_percent, 5)
        self.assertEqual(self.emp["teacher2_a1"].vn_salary_step, 4)
        # the due list no longer lists them
        Employee = self.env["hr.employee"].with_user(self.hr_a)
        for fname in ("vn_next_step_date", "vn_next_over_ceiling_date"):
            found = Employee.search(
                Employee._vn_raise_due_domain(self.body_a, fname, self.start, self.end)
            )
            self.assertFalse(found & batch.line_ids.employee_id)
        # nor does a new batch of the period take them again
        second = self._batch(name="Bổ sung")
        second.action_fill_due()
        self.assertFalse(second.line_ids)
        # the head's to-do is done
        todo = batch.sudo().activity_ids.filtered(lambda a: a.user_id == self.bodyhead_a)
        self.assertFalse(todo)

    def test_form_flow_and_return_wizard(self):
        """The HR office's screens: the batch form, the raises' decision numbers in the
        list, then the head returns it through the reason wizard."""
        form = Form(self.Batch.with_user(self.hr_a))
        form.name = "Nâng bậc lương quý IV"
        form.company_id = self.body_a
        form.period_start = self.start
        form.period_end = self.end
        batch = form.save()
        batch.action_fill_due()
        with Form(batch.with_user(self.hr_a)) as edit:
            for index in range(len(edit.line_ids)):
                with edit.line_ids.edit(index) as line:
                    line.decision_number = f"{index + 1}/QĐ-PVHXH"
        self.assertEqual(batch.line_ids.mapped("decision_number"), ["1/QĐ-PVHXH", "2/QĐ-PVHXH"])
        batch.with_user(self.hr_a).action_submit()
        action = batch.with_user(self.bodyhead_a).action_return()
        Wizard = self.env[action["res_model"]].with_user(self.bodyhead_a)
        wizard = Form(Wizard.with_context(**action["context"]))
        wizard.reason = "Bổ sung bản nhận xét"
        wizard.save().action_confirm()
        self.assertEqual(batch.state, "draft")
        self.assertEqual(batch.return_reason, "Bổ sung bản nhận xét")
        # the HR office cannot open the wizard's step itself
        batch.with_user(self.hr_a).action_submit()
        with self.assertRaises(AccessError):
            batch.with_user(self.hr_a).action_return()
        # the one reason dialog of the mechanism only takes workflow steps: neither
        # another model nor another kind of method
        for target in (
            {"res_model": "res.users", "method": "action_return"},
            {"res_model": batch._name, "method": "unlink"},
        ):
            with self.assertRaises(UserError):
                Wizard.create({"res_id": batch.id, "reason": "x", **target})
        self.assertEqual(batch.state, "submitted")

    def test_school_batch_is_approved_by_the_school_head(self):
        batch = self._batch(company=self.school_a1)
        batch.action_fill_due()
        self.assertEqual(len(batch.line_ids), 2)
        self._numbered(batch)
        batch.action_submit()
        self.assertIn(",approve,", batch.with_user(self.head_a1).vn_wf_allowed)
        with self.assertRaises(AccessError):
            batch.with_user(self.bodyhead_a).action_approve()
        batch.with_user(self.head_a1).action_approve()
        self.assertEqual(batch.state, "approved")

    def test_a_delegate_of_the_head_approves_on_his_behalf(self):
        deputy = self._make_user(
            "t.deputy.a1", self.school_a1, ["hr_vn_civil_servant.group_records_officer"]
        )
        batch = self._batch(company=self.school_a1)
        batch.action_fill_due()
        self._numbered(batch)
        batch.action_submit()
        with self.assertRaises(AccessError):
            batch.with_user(deputy).action_approve()
        self.env["vn.delegation"].with_user(self.head_a1).create(
            {
                "delegate_id": deputy.id,
                "company_id": self.school_a1.id,
                "date_to": self.today + relativedelta(days=10),
                "reference": "03/GUQ-THCS",
            }
        )
        batch.with_user(deputy).action_approve()
        review = batch.vn_review_ids.filtered(lambda r: r.transition == "approve")
        self.assertEqual((review.user_id, review.on_behalf_of_id), (deputy, self.head_a1))
        self.assertEqual(
            len(
                self.env["vn.salary.history"].search(
                    [("raise_batch_line_id", "in", batch.line_ids.ids)]
                )
            ),
            2,
        )

    def test_return_with_reason_then_cancel(self):
        batch = self._batch()
        batch.action_fill_due()
        self._numbered(batch)
        batch.action_submit()
        with self.assertRaises(UserError):
            batch.with_user(self.bodyhead_a)._vn_wf_take("return")
        batch.with_user(self.bodyhead_a).action_return(reason="Thiếu hồ sơ")
        self.assertEqual(batch.state, "draft")
        self.assertEqual(batch.return_reason, "Thiếu hồ sơ")
        batch.with_user(self.hr_a).action_cancel()
        self.assertEqual(batch.state, "cancelled")

    # ------------------------------------------------------------------ bad input
    def test_period_ending_before_it_starts(self):
        count = self.Batch.sudo().search_count([])
        with self.assertRefused(ValidationError, "ends .* before it starts"):
            self._batch(period_start=self.end, period_end=self.start)
        self.assertEqual(self.Batch.sudo().search_count([]), count)

    def test_line_for_someone_not_due(self):
        batch = self._batch()
        Line = self.env["vn.salary.raise.batch.line"].with_user(self.hr_a)
        for emp, kind, extra, message in (
            (self.emp["officer_a2"], "regular", {}, "no regular step raise due"),
            (self.emp["teacher_a1"], "over_ceiling", {}, "no over-ceiling allowance due"),
            (self.emp["officer_a1"], "regular", {}, "last step"),
            (self.emp["teacher_a1"], "early", {"early_months": 6}, "already falls in the period"),
            (self.emp["teacher2_a1"], "early", {"early_months": 13}, "1 to 12 months"),
            (self.emp["officer_a2"], "early", {"early_months": 12}, "still fall after"),
            (self.emp["teacher_a1"], "postponed", {"postponed_months": 0}, "1 to 36 months"),
            (self.emp["teacher_b1"], "regular", {}, "does not work in"),
        ):
            with self.subTest(emp=emp.name, kind=kind):
                with self.assertRefused(ValidationError, message):
                    Line.create(
                        dict({"batch_id": batch.id, "employee_id": emp.id, "kind": kind}, **extra)
                    )
        self.assertFalse(batch.line_ids)

    def test_already_raised_or_in_another_batch(self):
        first = self._batch()
        first.action_fill_due()
        Line = self.env["vn.salary.raise.batch.line"].with_user(self.hr_a)
        second = self._batch(name="Trùng")
        with self.assertRefused(ValidationError, "already in another batch"):
            Line.create({"batch_id": second.id, "employee_id": self.emp["teacher_a1"].id})
        # a salary line already dated in the period
        self._line(self.emp["teacher_a2"], 5, self.today + relativedelta(days=3))
        with self.assertRefused(ValidationError, "already raised in the period"):
            Line.create(
                {
                    "batch_id": second.id,
                    "employee_id": self.emp["teacher_a2"].id,
                    "kind": "early",
                    "early_months": 12,
                }
            )
        self.assertFalse(second.line_ids)

    def test_early_raises_beyond_the_quota(self):
        """14 staff on the payroll at 15 %: 2 early raises a year; a third is refused at
        submission and the batch stays a draft."""
        batch = self._batch()
        self.assertEqual(batch.early_quota, 2)
        Line = self.env["vn.salary.raise.batch.line"].with_user(self.hr_a)
        for key in ("teacher2_a1", "teacher_a2", "teacher2_a2"):
            Line.create(
                {
                    "batch_id": batch.id,
                    "employee_id": self.emp[key].id,
                    "kind": "early",
                    "early_months": 12,
                    "decision_number": f"{key}/QĐ",
                }
            )
        with self.assertRefused(ValidationError, "exceed the quota of 2"):
            batch.action_submit()
        self.assertEqual(batch.state, "draft")
        batch.line_ids[-1].unlink()
        batch.action_submit()
        self.assertEqual(batch.state, "submitted")

    def test_submit_needs_lines_and_numbers(self):
        batch = self._batch()
        with self.assertRefused(UserError, "at least one raise"):
            batch.action_submit()
        batch.action_fill_due()
        with self.assertRefused(UserError, "decision number"):
            batch.action_submit()
        self.assertEqual(batch.state, "draft")

    # ------------------------------------------------------------------ around the buttons
    def test_state_and_lines_never_written_around_the_buttons(self):
        batch = self._batch()
        batch.action_fill_due()
        self._numbered(batch)
        with self.assertRaises(UserError):
            batch.with_user(self.hr_a).write({"state": "approved"})
        with self.assertRaises(UserError):
            batch.with_user(self.bodyhead_a).write({"state": "approved"})
        with self.assertRaises(AccessError):
            batch.with_user(self.bodyhead_a).write({"name": "Đổi tên"})
        with self.assertRaises(UserError):
            self.Batch.with_user(self.hr_a).create(
                {
                    "name": "Đã duyệt sẵn",
                    "company_id": self.body_a.id,
                    "period_start": self.start,
                    "period_end": self.end,
                    "state": "approved",
                }
            )
        with self.assertRaises(UserError):
            batch.with_user(self.hr_a).write({"approved_by_id": self.bodyhead_a.id})
        batch.action_submit()
        with self.assertRaises(UserError):
            batch.line_ids[0].with_user(self.hr_a).write({"decision_number": "99/QĐ"})
        with self.assertRaises(UserError):
            batch.with_user(self.hr_a).write({"name": "Đổi tên"})
        batch.with_user(self.bodyhead_a).action_approve()
        written = self.env["vn.salary.history"].search(
            [("raise_batch_line_id", "in", batch.line_ids.ids)]
        )
        self.assertEqual(len(written), 2)
        for user in (self.hr_a, self.officer_a1):
            with self.assertRaises(UserError):
                written[0].with_user(user).write({"step": 5})
        with self.assertRaises(UserError):
            written[0].with_user(self.hr_a).unlink()
        with self.assertRaises(AccessError):
            written[0].with_user(self.officer_a1).unlink()
        with self.assertRaises(UserError):
            self.env["vn.salary.history"].with_user(self.hr_a).create(
                {
                    "employee_id": self.emp["teacher_a2"].id,
                    "grade_id": self.grade.id,
                    "step": 5,
                    "date": self.today,
                    "raise_batch_line_id": batch.line_ids[0].id,
                }
            )
        with self.assertRaises(UserError):
            batch.with_user(self.hr_a).unlink()

    # ------------------------------------------------------------------ who sees what
    def test_a_managing_body_never_sees_another_bodys_batches(self):
        batch_a = self._batch()
        batch_a.action_fill_due()
        school = self._batch(company=self.school_a1, name="Trường A1")
        batch_b = self._batch(user=self.hr_b, company=self.body_b, name="Sở B")
        batch_b.action_fill_due()
        Batch = self.Batch.with_user(self.hr_b)
        self.assertEqual(Batch.search([]), batch_b)
        self.assertEqual([row["id"] for row in Batch.search_read([], ["name"])], [batch_b.id])
        groups = Batch.read_group([], ["company_id"], ["company_id"])
        self.assertEqual([g["company_id"][0] for g in groups], [self.body_b.id])
        with self.assertRaises(AccessError):
            batch_a.with_user(self.hr_b).read(["name"])
        with self.assertRaises(AccessError):
            batch_a.with_user(self.hr_b).write({"name": "x"})
        Line = self.env["vn.salary.raise.batch.line"].with_user(self.hr_b)
        self.assertEqual(Line.search([]), batch_b.line_ids)
        with self.assertRaises(AccessError):
            Line.create({"batch_id": batch_a.id, "employee_id": self.emp["teacher_b1"].id})
        # a school's records officer and head read their school's batches only
        for user in (self.officer_a1, self.head_a1):
            self.assertEqual(self.Batch.with_user(user).search([]), school)
        with self.assertRaises(AccessError):
            self.Batch.with_user(self.officer_a1).create(
                {
                    "name": "x",
                    "company_id": self.school_a1.id,
                    "period_start": self.start,
                    "period_end": self.end,
                }
            )
        # a teacher reads none
        with self.assertRaises(AccessError):
            self.Batch.with_user(self.teacher_a1).search([])

"""Recruitment rounds create the new records on the head's confirmation, with the
recruitment decision as the first work-history line and the probation of the legal
length; the reminder before the end; the probation decision; who sees what."""

import contextlib

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools import pay_rules
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase


class TestRecruitmentProbation(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = vn_today(cls.env["res.users"])
        cls.grade_a1 = cls.env.ref("hr_vn_civil_servant.grade_v07_04_32")
        cls.grade_b = cls.env.ref("hr_vn_civil_servant.grade_v10_02_08")
        cls.Round = cls.env["vn.recruitment.round"]

    @contextlib.contextmanager
    def assertRefused(self, exception, message):
        with self.assertRaises(exception) as caught:
            yield
        self.assertRegex(str(caught.exception), message)

    def _candidate(self, name, birthday="1999-04-02", gender="female", **vals):

        day = fields.Date.to_date(birthday)
        digit = pay_rules.cccd_century_sex_digit(day.year, gender)
        return dict(
            {
                "name": name,
                "gender": gender,
                "birthday": day,
                "identification_id": f"034{digit}{day.year % 100:02d}{abs(hash(name)) % 10**6:06d}",
                "company_id": self.school_a1.id,
                "job_title": "Giáo viên Toán",
                "staff_category": "public_employee",
                "grade_id": self.grade_a1.id,
                "start_date": self.today - relativedelta(months=12, days=-10),
                "supervisor_id": self.emp["teacher_a1"].id,
            },
            **vals,
        )

    def _round(self, user=None, company=None, candidates=()):
        return self.Round.with_user(user or self.hr_a).create(
            {
                "name": "Tuyển dụng viên chức năm 2026",
                "company_id": (company or self.school_a1).id,
                "decision_number": "125/QĐ-UBND",
                "decision_date": self.today - relativedelta(months=12, days=-5),
                "candidate_ids": [(0, 0, c) for c in candidates],
            }
        )

    def test_confirmation_creates_the_records(self):
        rnd = self._round(
            candidates=[
                self._candidate("Nguyễn Thị Hoa"),
                self._candidate(
                    "Lê Văn Nam",
                    gender="male",
                    birthday="1998-08-08",
                    grade_id=self.grade_b.id,
                    job_title="Nhân viên thiết bị",
                ),
            ]
        )
        hoa, nam = rnd.candidate_ids
        # the legal lengths: A1 title of a viên chức 12 months, B 6 months
        self.assertEqual((hoa.probation_months, nam.probation_months), (12, 6))
        rnd.action_submit()
        with self.assertRaises(AccessError):
            rnd.with_user(self.hr_a).action_approve()
        with self.assertRaises(AccessError):
            rnd.with_user(self.officer_a1).action_approve()
        rnd.with_user(self.head_a1).action_approve()
        self.assertEqual(rnd.state, "approved")
        employee = hoa.employee_id
        self.assertTrue(employee)
        self.assertEqual(employee.company_id, self.school_a1)
        self.assertEqual(employee.vn_recruitment_date, rnd.decision_date)
        self.assertEqual(employee.vn_recruitment_round_id, rnd)
        first = employee.vn_work_history_ids
        self.assertEqual(len(first), 1)
        self.assertEqual(first.decision_number, "125/QĐ-UBND")
        self.assertEqual(first.date_from, hoa.start_date)
        self.assertEqual(employee.vn_grade_id, self.grade_a1)
        self.assertEqual(employee.vn_salary_step, 1)
        self.assertEqual(employee.vn_probation_state, "ongoing")
        self.assertEqual(
            employee.vn_probation_end, hoa.start_date + relativedelta(months=12, days=-1)
        )
        self.assertEqual(employee.vn_probation_supervisor_id, self.emp["teacher_a1"])
        # the new-record deadline counts from the decision date (the body's own delay in
        # calendar days, exact whatever today is; the decree's limits are tested in
        # test_deadlines_decree.py)
        self.body_a.vn_deadline_mode = "own"
        Deadline = self.env["vn.personnel.deadline"]
        days = self.body_a.vn_new_record_days
        late, deadlines = Deadline._vn_overdue_new_records(self.today)
        self.assertIn(employee, late)
        self.assertEqual(deadlines[employee.id], rnd.decision_date + relativedelta(days=days))
        # the candidates can no longer change
        with self.assertRaises(UserError):
            hoa.with_user(self.hr_a).write({"name": "Khác"})

    def test_a_recruitment_beyond_the_quota_is_warned(self):
        """Two viên chức for a school whose quota leaves room for one: the round warns
        (the head decides; nothing is blocked); with room for both, no warning."""
        working = self.env["hr.employee"].search_count(
            [("company_id", "=", self.school_a1.id), ("vn_staff_category", "=", "public_employee")]
        )
        quota = self.env["vn.staffing.quota"].create(
            {
                "company_id": self.school_a1.id,
                "year": self.today.year,
                "kind": "public_employee",
                "quota": working + 1,
                "decision_ref": "45/QĐ-UBND",
            }
        )
        rnd = self._round(
            candidates=[
                self._candidate("Nguyễn Thị Hoa"),
                self._candidate("Lê Văn Nam", gender="male", birthday="1998-08-08"),
            ]
        )
        self.assertIn("45/QĐ-UBND", rnd.with_user(self.hr_a).vn_quota_warning)
        rnd.action_submit()
        self.assertTrue(rnd.vn_quota_warning)
        quota.quota = working + 2
        rnd.invalidate_recordset(["vn_quota_warning"])
        self.assertFalse(rnd.vn_quota_warning)

    def test_probation_reminder_and_decision(self):
        rnd = self._round(candidates=[self._candidate("Trần Thu Hà")])
        rnd.action_submit()
        rnd.with_user(self.head_a1).action_approve()
        employee = rnd.candidate_ids.employee_id
        self.assertLessEqual(employee.vn_probation_end, self.today + relativedelta(days=30))
        Employee = self.env["hr.employee"]
        created = Employee._cron_vn_probation_reminders()
        todo_type = self.env.ref("hr_vn_civil_servant.mail_activity_type_vn_probation_end")
        todos = self.env["mail.activity"].search(
            [
                ("res_model", "=", "hr.employee"),
                ("res_id", "=", employee.id),
                ("activity_type_id", "=", todo_type.id),
            ]
        )
        self.assertEqual(todos.user_id, self.hr_a | self.teacher_a1)
        self.assertGreaterEqual(created, 2)
        self.assertEqual(Employee._cron_vn_probation_reminders(), 0)
        # with a shorter notice, no reminder yet for a later end
        self.body_a.vn_probation_reminder_days = 1
        todos.unlink()
        self.assertEqual(Employee._cron_vn_probation_reminders(), 0)
        # the decision
        Decision = self.env["vn.probation.confirmation"].with_user(self.hr_a)
        decision = Decision.create(
            {"employee_id": employee.id, "result": "passed", "decision_number": "45/QĐ-THCS"}
        )
        self.assertEqual(decision.company_id, self.school_a1)
        decision.action_submit()
        decision.with_user(self.head_a1).action_approve()
        self.assertEqual(employee.vn_probation_state, "passed")
        self.assertIn("45/QĐ-THCS", employee.vn_probation_decision)
        self.assertEqual(len(employee.vn_work_history_ids), 2)
        # a second decision for someone no longer on probation is refused
        again = Decision.create({"employee_id": employee.id, "decision_number": "46/QĐ"})
        with self.assertRefused(UserError, "not on probation"):
            again.action_submit()

    def test_bad_input(self):
        with self.assertRefused(ValidationError, "cannot be dated in the future"):
            self.Round.with_user(self.hr_a).create(
                {
                    "name": "x",
                    "company_id": self.school_a1.id,
                    "decision_date": self.today + relativedelta(days=2),
                }
            )
        with self.assertRefused(ValidationError, "is not a unit of"):
            self._round(candidates=[self._candidate("Ngoài", company_id=self.school_b1.id)])
        with self.assertRefused(ValidationError, "0 to 12 months"):
            self._round(candidates=[self._candidate("Dài", probation_months=18)])
        rnd = self._round(candidates=[self._candidate("Không HD", supervisor_id=False)])
        with self.assertRefused(UserError, "probation supervisor"):
            rnd.action_submit()
        self.assertEqual(rnd.state, "draft")
        self.assertFalse(self.Round.sudo().search([("name", "=", "x")]))

    def test_around_the_buttons(self):
        rnd = self._round(candidates=[self._candidate("Vòng")])
        with self.assertRaises(UserError):
            rnd.with_user(self.hr_a).write({"state": "approved"})
        with self.assertRaises(UserError):
            self.Round.with_user(self.hr_a).create(
                {"name": "y", "company_id": self.school_a1.id, "state": "approved"}
            )
        self.assertFalse(rnd.candidate_ids.employee_id)

    def test_candidates_are_fixed_once_submitted(self):
        """The council examines the list that was submitted: once the round leaves its
        draft, its candidates are neither changed, added nor removed, whatever the
        channel (the form is read-only, these calls go around it)."""
        rnd = self._round(candidates=[self._candidate("Lê Văn Cố Định")])
        candidate = rnd.candidate_ids
        rnd.action_submit()
        Candidate = self.env["vn.recruitment.candidate"].with_user(self.hr_a)
        with self.assertRefused(UserError, "no longer a draft"):
            candidate.with_user(self.hr_a).write({"name": "Người khác"})
        with self.assertRefused(UserError, "no longer a draft"):
            Candidate.create(dict(self._candidate("Thêm Sau"), round_id=rnd.id))
        with self.assertRefused(UserError, "no longer a draft"):
            candidate.with_user(self.hr_a).unlink()
        self.assertEqual(rnd.candidate_ids, candidate)
        self.assertEqual(candidate.name, "Lê Văn Cố Định")

    def test_who_sees_the_rounds(self):
        rnd_a = self._round(candidates=[self._candidate("Bí mật")])
        rnd_b = self._round(
            user=self.hr_b,
            company=self.school_b1,
            candidates=[self._candidate("Bên B", company_id=self.school_b1.id)],
        )
        Round = self.Round.with_user(self.hr_b)
        self.assertEqual(Round.search([]), rnd_b)
        self.assertEqual([r["id"] for r in Round.search_read([], ["name"])], [rnd_b.id])
        groups = Round.read_group([], ["company_id"], ["company_id"])
        self.assertEqual([g["company_id"][0] for g in groups], [self.school_b1.id])
        Candidate = self.env["vn.recruitment.candidate"].with_user(self.hr_b)
        self.assertEqual(Candidate.search([]), rnd_b.candidate_ids)
        with self.assertRaises(AccessError):
            rnd_a.with_user(self.hr_b).read(["name"])
        self.assertEqual(self.Round.with_user(self.officer_a1).search([]), rnd_a)
        with self.assertRaises(AccessError):
            rnd_a.with_user(self.officer_a1).write({"name": "z"})
        with self.assertRaises(AccessError):
            self.Round.with_user(self.teacher_a1).search([])

    def test_probation_end_is_private(self):
        field = self.env["hr.employee"]._fields["vn_probation_end"]
        self.assertEqual(field.groups, "hr.group_hr_user")
        self.assertTrue(field.store and field.index)
        with self.assertRaises(AccessError):
            self.emp["teacher_a1"].with_user(self.teacher_a1).read(["vn_probation_end"])

"""Appointments (bổ nhiệm): the HR office prepares, the competent head approves through
the approval mechanism; approval writes the history line, the position and its
allowance in one step; terms, overlaps, reminders and the age rule of re-appointment."""

from datetime import date, timedelta

from odoo.exceptions import AccessError, UserError

from ..tools import appointment_rules
from ..tools.dates import vn_today
from .common import PersonnelCase, RefusalAssertions


class TestAppointmentRules(PersonnelCase):
    def test_term_is_five_years_less_a_day(self):
        self.assertEqual(appointment_rules.term_end(date(2026, 8, 1)), date(2031, 7, 31))
        self.assertEqual(appointment_rules.term_end(date(2024, 2, 29), 5), date(2029, 2, 27))

    def test_reappointment_needs_two_years_left(self):
        rule = appointment_rules.may_be_reappointed
        self.assertTrue(rule(date(2027, 1, 14), date(2029, 1, 14)))
        self.assertFalse(rule(date(2027, 1, 14), date(2029, 1, 13)))
        self.assertTrue(rule(date(2027, 1, 14), False))


class TestAppointment(RefusalAssertions, PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Appointment = cls.env["vn.appointment"]
        cls.today = vn_today(cls.Appointment)
        cls.principal = cls.env.ref("hr_vn_civil_servant.position_thcs_ht")
        cls.vice = cls.env.ref("hr_vn_civil_servant.position_thcs_pht")
        cls.group_head = cls.env.ref("hr_vn_civil_servant.position_to_truong")

    def _draft(self, employee_key, position, user=None, **values):
        vals = {
            "employee_id": self.emp[employee_key].id,
            "company_id": self.emp[employee_key].company_id.id,
            "position_id": position.id,
            "kind": "appoint",
            "date_start": self.today,
            "decision_ref": "25/QĐ-SGDĐT",
            "decision_date": self.today,
            "decision_signer": "Giám đốc Sở",
        }
        vals.update(values)
        return self.Appointment.with_user(user or self.hr_a).create(vals)

    def test_term_from_the_managing_body_setting(self):
        appointment = self._draft("teacher_a1", self.principal)
        self.assertEqual(appointment.date_end, appointment_rules.term_end(self.today, 5))
        self.body_a.vn_appointment_term_years = 3
        later = self._draft("teacher_a2", self.principal)
        self.assertEqual(later.date_end, appointment_rules.term_end(self.today, 3))
        self.assertWriteRefused(self.body_a, {"vn_appointment_term_years": 0}, "between 1 and 10")

    def test_hr_office_prepares_body_head_approves_in_one_step(self):
        appointment = self._draft("teacher_a1", self.principal)
        employee = self.emp["teacher_a1"]
        # the head of the school, the records officer and the other body cannot submit
        for user in (self.head_a1, self.officer_a1):
            with self.assertRaises(AccessError):
                appointment.with_user(user).action_submit()
        with self.assertRaises(AccessError):
            appointment.with_user(self.hr_b).action_submit()
        appointment.with_user(self.hr_a).action_submit()
        self.assertEqual(appointment.state, "submitted")
        # to-do for the head of the managing body only
        todo = appointment.activity_ids
        self.assertEqual(todo.user_id, self.bodyhead_a)
        # neither the HR office that prepared it, nor the school's head, nor body B's head
        for user in (self.hr_a, self.head_a1, self.bodyhead_b, self.hr_b):
            with self.assertRaises(AccessError, msg=user.login):
                appointment.with_user(user).action_approve()
        appointment.with_user(self.bodyhead_a).action_approve()
        self.assertEqual(appointment.state, "approved")
        self.assertEqual(appointment.approver_id, self.bodyhead_a)
        self.assertEqual(employee.vn_position_id, self.principal)
        self.assertEqual(employee.vn_position_allowance, self.principal.allowance_coefficient)
        self.assertEqual(appointment.allowance_coefficient, self.principal.allowance_coefficient)
        line = appointment.work_history_id
        self.assertEqual(line.employee_id, employee)
        self.assertEqual(line.date_from, self.today)
        self.assertEqual(line.decision_number, "25/QĐ-SGDĐT")
        self.assertIn(self.principal.name, line.name)
        self.assertEqual(len(appointment.vn_review_ids), 2)
        self.assertFalse(appointment.activity_ids)

    def test_positions_of_the_unit_are_approved_by_its_head(self):
        appointment = self._draft("teacher_a1", self.group_head)
        appointment.with_user(self.hr_a).action_submit()
        with self.assertRaises(AccessError):
            appointment.with_user(self.bodyhead_a).action_approve()
        appointment.with_user(self.head_a1).action_approve()
        self.assertEqual(self.emp["teacher_a1"].vn_position_id, self.group_head)

    def test_nobody_approves_his_own_appointment(self):
        appointment = self._draft("head_a1", self.group_head)
        appointment.with_user(self.hr_a).action_submit()
        with self.assertRaises(AccessError):
            appointment.with_user(self.head_a1).action_approve()

    def test_return_needs_a_reason_and_goes_back_to_draft(self):
        appointment = self._draft("teacher_a1", self.principal)
        appointment.with_user(self.hr_a).action_submit()
        with self.assertRaises(UserError):
            appointment.with_user(self.bodyhead_a).action_return(reason="  ")
        appointment.with_user(self.bodyhead_a).action_return(reason="Thiếu phiếu tín nhiệm")
        self.assertEqual(appointment.state, "draft")
        self.assertEqual(appointment.return_reason, "Thiếu phiếu tín nhiệm")

    def test_guarded_fields_refused_around_the_buttons(self):
        appointment = self._draft("teacher_a1", self.principal)
        for user in (self.hr_a, self.bodyhead_a, self.env.ref("base.user_admin")):
            for vals in (
                {"state": "approved"},
                {"approver_id": user.id},
                {"allowance_coefficient": 1.5},
                {"work_history_id": False, "approve_date": self.today},
            ):
                with self.assertRaises(UserError, msg=f"{user.login} {vals}"):
                    appointment.with_user(user).write(vals)
        with self.assertRaises(UserError):
            self._draft("teacher_a2", self.principal, state="approved")
        appointment.with_user(self.hr_a).action_submit()
        with self.assertRaises(UserError):
            appointment.with_user(self.hr_a).write({"date_start": self.today - timedelta(days=3)})
        appointment.with_user(self.bodyhead_a).action_approve()
        with self.assertRaises(UserError):
            appointment.with_user(self.hr_a).write({"note": "sửa sau khi phê duyệt"})
        with self.assertRaises(UserError):
            appointment.with_user(self.hr_a).unlink()
        self.assertEqual(appointment.state, "approved")

    def test_overlap_and_inverted_term_are_refused(self):
        first = self._draft("teacher_a1", self.principal)
        self.assertCreateRefused(
            self.Appointment.with_user(self.hr_a),
            {
                "employee_id": self.emp["teacher2_a1"].id,
                "company_id": self.school_a1.id,
                "position_id": self.principal.id,
                "date_start": self.today + timedelta(days=30),
            },
            "already held",
        )
        # three vice-principals may serve at once, not four
        for key in ("teacher_a1", "teacher2_a1", "officer_a1"):
            self._draft(key, self.vice)
        self.assertCreateRefused(
            self.Appointment.with_user(self.hr_a),
            {
                "employee_id": self.emp["head_a1"].id,
                "company_id": self.school_a1.id,
                "position_id": self.vice.id,
                "date_start": self.today,
            },
            "already held",
        )
        # the same position in another school is free
        self.assertTrue(self._draft("teacher_a2", self.principal))
        self.assertWriteRefused(
            first.with_user(self.hr_a),
            {"date_end": self.today - timedelta(days=1)},
            "ends",
        )

    def test_dismissal_ends_the_term_and_the_allowance(self):
        appointment = self._draft(
            "teacher_a1", self.principal, date_start=self.today - timedelta(days=400)
        )
        appointment.with_user(self.hr_a).action_submit()
        appointment.with_user(self.bodyhead_a).action_approve()
        dismissal = self._draft("teacher_a1", self.principal, kind="dismiss")
        self.assertFalse(dismissal.date_end)
        dismissal.with_user(self.hr_a).action_submit()
        dismissal.with_user(self.bodyhead_a).action_approve()
        self.assertEqual(appointment.date_end, self.today - timedelta(days=1))
        self.assertFalse(self.emp["teacher_a1"].vn_position_id)
        self.assertEqual(self.emp["teacher_a1"].vn_position_allowance, 0)
        # now the position is free for someone else
        self.assertTrue(self._draft("teacher2_a1", self.principal))

    def test_dismissing_someone_not_in_post_is_refused(self):
        dismissal = self._draft("teacher_a1", self.principal, kind="dismiss")
        dismissal.with_user(self.hr_a).action_submit()
        with self.assertRaises(UserError):
            dismissal.with_user(self.bodyhead_a).action_approve()
        self.assertEqual(dismissal.state, "submitted")

    def test_isolation_between_managing_bodies(self):
        mine = self._draft("teacher_a1", self.principal)
        other = self._draft("teacher_b1", self.principal, user=self.hr_b)
        for user, visible, hidden in (
            (self.hr_a, mine, other),
            (self.bodyhead_a, mine, other),
            (self.head_a1, mine, other),
            (self.officer_a1, mine, other),
            (self.hr_b, other, mine),
        ):
            Model = self.Appointment.with_user(user)
            ids = set(Model.search([]).ids)
            self.assertIn(visible.id, ids, user.login)
            self.assertNotIn(hidden.id, ids, user.login)
            rows = Model.search_read([("id", "in", (mine | other).ids)], ["kind"])
            self.assertEqual([r["id"] for r in rows], visible.ids)
            groups = Model.read_group([], ["kind"], ["company_id"])
            self.assertNotIn(hidden.company_id.id, [g["company_id"][0] for g in groups])
        self.assertFalse(self.Appointment.with_user(self.head_a2).search([("id", "=", mine.id)]))
        with self.assertRaises(AccessError):
            self.Appointment.with_user(self.teacher_a1).search([])
        with self.assertRaises(AccessError):
            self.Appointment.with_user(self.officer_a1).create(
                {"employee_id": self.emp["teacher_a1"].id, "position_id": self.vice.id}
            )

    def test_daily_reminder_of_terms_ending_and_age_limit(self):
        young = self.emp["teacher_a1"]
        old = self.emp["teacher_a2"]
        old.write(
            {
                "birthday": date(self.today.year - 61, 1, 10),
                "gender": "male",
                "identification_id": self._cccd(date(self.today.year - 61, 1, 10), "male"),
            }
        )
        start = self.today - timedelta(days=5 * 365 - 40)
        ending = self._draft("teacher_a1", self.principal, date_start=start)
        ending_old = self._draft("teacher_a2", self.principal, date_start=start)
        far = self._draft("teacher_b1", self.principal, user=self.hr_b)
        for rec, head in (
            (ending, self.bodyhead_a),
            (ending_old, self.bodyhead_a),
            (far, self.bodyhead_b),
        ):
            rec.with_user(self.hr_a if head == self.bodyhead_a else self.hr_b).action_submit()
            rec.with_user(head).action_approve()
        self.assertTrue(ending.reappointable)
        self.assertFalse(ending_old.reappointable)
        self.assertEqual(young, ending.employee_id)
        self.Appointment._cron_vn_term_reminders()
        todo = ending.activity_ids
        self.assertEqual(todo.user_id, self.hr_a)
        self.assertIn("prepare the re-appointment", todo.summary)
        self.assertIn("extend the term until retirement", ending_old.activity_ids.summary)
        self.assertFalse(far.activity_ids)
        # run again: no second to-do; a prepared re-appointment stops the reminder
        self.Appointment._cron_vn_term_reminders()
        self.assertEqual(len(ending.activity_ids), 1)
        ending.activity_ids.unlink()
        self._draft(
            "teacher_a1",
            self.principal,
            kind="reappoint",
            date_start=ending.date_end + timedelta(days=1),
        )
        self.Appointment._cron_vn_term_reminders()
        self.assertFalse(ending.activity_ids)
        listed = self.Appointment.with_user(self.hr_a).search(self.Appointment._vn_ending_domain())
        self.assertEqual(listed & (ending | ending_old | far), ending | ending_old)

"""Yearly declaration round: the HR office opens it for its units, each person confirms
or declares (change request), completion per unit equals the counts, reminders, and
every guard tried around the buttons."""

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError, UserError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase, RefusalAssertions


class TestDeclarationRound(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Round = cls.env["vn.declaration.round"]
        cls.today = vn_today(cls.Round)
        cls.round_a = cls.Round.with_user(cls.hr_a).create(
            {
                "year": cls.today.year,
                "date_start": cls.today - relativedelta(days=1),
                "date_end": cls.today + relativedelta(days=5),
                "company_ids": [(6, 0, (cls.school_a1 | cls.school_a2).ids)],
            }
        )
        cls.round_a.action_open()
        cls.lines = {line.employee_id: line for line in cls.round_a.sudo().line_ids}

    def _line(self, key):
        return self.lines[self.emp[key]]

    def test_open_makes_one_line_per_employee(self):
        expected = self.env["hr.employee"].search(
            [("company_id", "in", (self.school_a1 | self.school_a2).ids)]
        )
        self.assertEqual(self.round_a.sudo().line_ids.employee_id, expected)
        self.assertEqual(len(expected), 8)
        self.assertEqual(self.round_a.state, "open")

    def test_only_the_hr_office_of_the_units_opens(self):
        draft = self.Round.sudo().create(
            {
                "year": 2025,
                "date_start": self.today,
                "date_end": self.today,
                "company_ids": [(6, 0, self.school_a1.ids)],
            }
        )
        for user in (self.hr_b, self.head_a1, self.officer_a1):
            with self.assertRaises(UserError):
                draft.with_user(user).action_open()
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.line_ids)
        with self.assertRaises(UserError):
            draft.with_user(self.hr_a).write({"state": "open"})

    def test_record_rules(self):
        self.assertFalse(self.Round.with_user(self.hr_b).search([("id", "=", self.round_a.id)]))
        self.assertTrue(
            self.Round.with_user(self.officer_a1).search([("id", "=", self.round_a.id)])
        )
        Line = self.env["vn.declaration.round.line"]
        self.assertEqual(Line.with_user(self.teacher_a1).search([]), self._line("teacher_a1"))
        self.assertEqual(
            len(Line.with_user(self.officer_a1).search([("round_id", "=", self.round_a.id)])), 4
        )
        self.assertFalse(
            Line.with_user(self.officer_b1).search([("round_id", "=", self.round_a.id)])
        )
        with self.assertRaises(AccessError):
            self._line("teacher_a2").with_user(self.teacher_a1).read(["state"])

    def test_confirm_by_the_person_only(self):
        line = self._line("teacher_a1")
        with self.assertRaises(AccessError):
            line.with_user(self.officer_a1).action_confirm()
        with self.assertRaises(AccessError):
            line.with_user(self.teacher_a1).write({"state": "confirmed"})
        with self.assertRaises(AccessError):
            line.with_user(self.hr_a).write({"state": "confirmed"})
        self.assertEqual(line.state, "pending")
        line.with_user(self.teacher_a1).action_confirm()
        self.assertEqual(line.state, "confirmed")
        with self.assertRaises(UserError):
            line.with_user(self.teacher_a1).action_confirm()

    def test_change_request_declares(self):
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.teacher2_a1)
            .create(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "line_type": "field",
                                "field_name": "private_phone",
                                "new_value_char": "0912 345 678",
                            },
                        )
                    ]
                }
            )
        )
        request.action_submit()
        self.assertEqual(self._line("teacher2_a1").state, "declared")

    def test_completion_equals_the_counts(self):
        self._line("teacher_a1").with_user(self.teacher_a1).action_confirm()
        self._line("teacher_a2").with_user(self.teacher_a2).action_confirm()
        self._line("head_a2").with_user(self.head_a2).action_confirm()
        round_ = self.round_a.with_user(self.hr_a)
        lines = self.env["vn.declaration.round.line"].sudo().search([("round_id", "=", round_.id)])
        done = lines.filtered(lambda ln: ln.state != "pending")
        self.assertEqual(round_.line_count, len(lines))
        self.assertEqual(round_.done_count, len(done))
        self.assertEqual(round_.pending_count, len(lines) - len(done))
        self.assertAlmostEqual(round_.completion_rate, 100.0 * len(done) / len(lines))
        by_unit = round_.completion_by_unit()
        self.assertEqual(by_unit[self.school_a1], (4, 1))
        self.assertEqual(by_unit[self.school_a2], (4, 2))
        # the officer of A1 counts only what he may read
        self.assertEqual(self.round_a.with_user(self.officer_a1).line_count, 4)

    def test_reminders_once_to_pending_people(self):
        self._line("teacher_a1").with_user(self.teacher_a1).action_confirm()
        self.Round._cron_remind()
        reminded = self.round_a.sudo().line_ids.filtered("reminded")
        self.assertNotIn(self._line("teacher_a1"), reminded)
        self.assertIn(self._line("teacher_a2"), reminded)
        activities = self._line("teacher_a2").activity_ids
        self.assertEqual(activities.user_id, self.teacher_a2)
        self.Round._cron_remind()
        self.assertEqual(len(self._line("teacher_a2").activity_ids), 1)

    def test_bad_input(self):
        Round = self.Round.with_user(self.hr_a)
        self.assertCreateRefused(
            Round,
            {
                "year": 2026,
                "date_start": self.today,
                "date_end": self.today - relativedelta(days=1),
                "company_ids": [(6, 0, self.school_a1.ids)],
            },
            "cannot end before",
        )
        self.assertCreateRefused(
            Round,
            {
                "year": 99999,
                "date_start": self.today,
                "date_end": self.today,
                "company_ids": [(6, 0, self.school_a1.ids)],
            },
        )

    def test_closed_round_frozen(self):
        self.round_a.with_user(self.hr_a).action_close()
        self.assertEqual(self.round_a.state, "closed")
        with self.assertRaises(UserError):
            self.round_a.with_user(self.hr_a).write({"date_end": self.today})
        with self.assertRaises(UserError):
            self._line("teacher_a1").with_user(self.teacher_a1).action_confirm()

    def test_overdue_declarations_on_the_due_work_board(self):
        source = self.env.ref("hr_vn_civil_servant.vn_due_work_source_declaration")
        self.assertEqual(source.with_user(self.hr_a).count, 0)
        self.round_a.sudo().with_context(vn_declaration_internal=True).write(
            {"date_end": self.today - relativedelta(days=1)}
        )
        self._line("teacher_a1").sudo().with_context(vn_declaration_internal=True).write(
            {"state": "confirmed"}
        )
        source.invalidate_recordset(["count"])
        self.assertEqual(source.with_user(self.hr_a).count, 7)
        source.invalidate_recordset(["count"])
        self.assertEqual(source.with_user(self.hr_b).count, 0)
        source.invalidate_recordset(["count"])
        self.assertEqual(source.with_user(self.officer_a2).count, 4)

    def test_only_the_hr_office_sends_the_reminders(self):
        """Both yearly rounds: a teacher, a records officer or another body's HR office
        calling the reminder (as over RPC) is refused and nobody gets a to-do; the HR office
        of the units sends them."""
        evaluation = (
            self.env["vn.evaluation.round"]
            .with_user(self.hr_a)
            .create(
                {
                    "year": self.today.year,
                    "date_start": self.today - relativedelta(days=1),
                    "date_end": self.today + relativedelta(days=5),
                    "company_ids": [(6, 0, (self.school_a1 | self.school_a2).ids)],
                }
            )
        )
        evaluation.action_open()
        Activity = self.env["mail.activity"].sudo()
        for rnd in (self.round_a, evaluation):
            lines = rnd.sudo().line_ids
            line_model = lines._name
            before = Activity.search_count(
                [("res_model", "=", line_model), ("res_id", "in", lines.ids)]
            )
            for user in (self.teacher_a1, self.officer_a1, self.hr_b):
                with self.subTest(round=rnd._name, user=user.login):
                    with self.assertRaises(AccessError):
                        rnd.with_user(user).sudo(False).action_remind()
            after = Activity.search_count(
                [("res_model", "=", line_model), ("res_id", "in", lines.ids)]
            )
            self.assertEqual(after, before, rnd._name)
            rnd.with_user(self.hr_a).action_remind()
            self.assertGreater(
                Activity.search_count(
                    [("res_model", "=", line_model), ("res_id", "in", lines.ids)]
                ),
                before,
                rnd._name,
            )

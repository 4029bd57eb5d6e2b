"""Yearly evaluation round: the HR office opens it for its units, each person assesses
himself (and, teachers and principals, against the criteria of their professional
standard), the tổ head and the unit comment, the competent head decides one of the four
ratings, which writes the evaluation history line; completion per unit equals the
counts; reminders; the due-work board; every guard tried around the buttons, across two
managing bodies."""

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from odoo.addons.hr_vn_civil_servant.models.vn_evaluation_round_line import rating_is_valid
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase, RefusalAssertions

XID = "hr_vn_civil_servant."


class TestEvaluationRound(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Round = cls.env["vn.evaluation.round"]
        cls.Line = cls.env["vn.evaluation.round.line"]
        cls.today = vn_today(cls.Round)
        # the tổ Toán of school A1, headed by the second teacher
        cls.to_toan = cls.env["hr.department"].create(
            {
                "name": "Tổ Toán",
                "company_id": cls.school_a1.id,
                "manager_id": cls.emp["teacher2_a1"].id,
            }
        )
        cls.emp["teacher_a1"].write(
            {
                "department_id": cls.to_toan.id,
                "vn_job_position_id": cls.env.ref(XID + "jp_gv_th_3").id,
            }
        )
        cls.emp["head_a1"].write({"vn_job_position_id": cls.env.ref(XID + "jp_ht_th").id})
        # a preschool teacher title without a job position: the title's standard
        cls.emp["teacher_a2"].write({"vn_grade_id": cls.env.ref(XID + "grade_v07_02_26").id})
        cls.round_a = cls.Round.with_user(cls.hr_a).create(
            {
                "year": cls.today.year,
                "date_start": cls.today - relativedelta(days=1),
                "date_end": cls.today + relativedelta(days=5),
                "company_ids": [(6, 0, (cls.school_a1 | cls.school_a2).ids)],
            }
        )
        cls.round_a.with_user(cls.hr_a).action_open()
        cls.lines = {line.employee_id: line for line in cls.round_a.sudo().line_ids}

    def _line(self, key, user=None):
        line = self.lines[self.emp[key]]
        return line.with_user(user or self.users[key])

    def _submit(self, key, rating="good"):
        line = self._line(key)
        line.criterion_line_ids.write({"self_level": "good"})
        line.write({"self_assessment": "Hoàn thành kế hoạch năm học.", "self_rating": rating})
        line.action_submit()
        return line

    def _to_reviewed(self, key):
        """The line of a teacher of A1 (or another person of A1/A2) up to the unit's
        comment."""
        line = self._submit(key)
        if line.sudo().group_head_user_id:
            by_head = line.with_user(line.sudo().group_head_user_id)
            by_head.write({"group_comment": "Tổ nhất trí."})
            by_head.action_review_group()
        heads = line.sudo()._vn_eval_competent()
        by_unit = line.with_user(heads[:1])
        by_unit.write({"unit_comment": "Đơn vị nhất trí."})
        by_unit.action_review_unit()
        self.assertEqual(line.state, "reviewed")
        return line

    # ------------------------------------------------------------------ data
    def test_standards_as_data(self):
        """Each circular's criteria (TT 20/2018: 15, TT 26/2018: 15, TT 14/2018: 18,
        TT 25/2018: 17), every row with its basis and flagged unverified."""
        for xid, count in (
            ("tt20_2018", 15),
            ("tt26_2018", 15),
            ("tt14_2018", 18),
            ("tt25_2018", 17),
        ):
            standard = self.env.ref(f"{XID}professional_standard_{xid}")
            self.assertEqual(len(standard.criterion_ids), count, xid)
            self.assertTrue(standard.legal_basis and standard.date_from)
            self.assertTrue(standard.is_placeholder)
        self.assertTrue(rating_is_valid("excellent"))
        self.assertFalse(rating_is_valid("outstanding"))

    def test_open_makes_lines_with_the_standard_of_the_position(self):
        expected = self.env["hr.employee"].search(
            [("company_id", "in", (self.school_a1 | self.school_a2).ids)]
        )
        self.assertEqual(self.round_a.sudo().line_ids.employee_id, expected)
        self.assertEqual(len(expected), 8)
        teacher = self._line("teacher_a1").sudo()
        self.assertEqual(teacher.standard_id, self.env.ref(XID + "professional_standard_tt20_2018"))
        self.assertEqual(len(teacher.criterion_line_ids), 15)
        self.assertEqual(teacher.group_head_user_id, self.teacher2_a1)
        head = self._line("head_a1").sudo()
        self.assertEqual(head.standard_id, self.env.ref(XID + "professional_standard_tt14_2018"))
        preschool = self._line("teacher_a2").sudo()
        self.assertEqual(
            preschool.standard_id, self.env.ref(XID + "professional_standard_tt26_2018")
        )
        self.assertFalse(self._line("officer_a1").sudo().criterion_line_ids)
        # the person has the to-do of his self-assessment
        self.assertIn(self.teacher_a1, teacher.activity_ids.user_id)

    def test_only_the_hr_office_of_the_units_opens(self):
        draft = self.Round.sudo().create(
            {
                "year": self.today.year - 1,
                "date_start": self.today,
                "date_end": self.today,
                "company_ids": [(6, 0, self.school_b1.ids)],
            }
        )
        for user in (self.hr_a, self.head_b1, self.officer_b1):
            with self.assertRaises(UserError):
                draft.with_user(user).action_open()
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.line_ids)
        with self.assertRaises(UserError):
            draft.with_user(self.hr_b).write({"state": "open"})
        draft.with_user(self.hr_b).action_open()
        self.assertEqual(len(draft.line_ids), 4)

    def test_record_rules(self):
        self.assertFalse(self.Round.with_user(self.hr_b).search([("id", "=", self.round_a.id)]))
        self.assertTrue(
            self.Round.with_user(self.teacher_a1).search([("id", "=", self.round_a.id)])
        )
        Line = self.Line
        self.assertEqual(Line.with_user(self.teacher_a1).search([]), self._line("teacher_a1"))
        # the tổ head sees his own line and the lines of his tổ
        self.assertEqual(
            Line.with_user(self.teacher2_a1).search([]),
            self._line("teacher_a1").sudo() | self._line("teacher2_a1").sudo(),
        )
        self.assertEqual(
            len(Line.with_user(self.officer_a1).search([("round_id", "=", self.round_a.id)])), 4
        )
        self.assertFalse(Line.with_user(self.head_b1).search([("round_id", "=", self.round_a.id)]))
        with self.assertRaises(AccessError):
            self._line("teacher_a2", self.teacher_a1).read(["self_assessment"])

    # ------------------------------------------------------------------ the flow
    def test_teacher_flow_writes_the_evaluation_history(self):
        line = self._line("teacher_a1")
        with Form(line) as form:
            form.self_assessment = "Dạy đủ chương trình Toán lớp 4; 2 học sinh giỏi cấp tỉnh."
            form.self_rating = "excellent"
        with self.assertRaises(UserError):  # the criteria are not all assessed
            line.action_submit()
        line.criterion_line_ids.write({"self_level": "good", "evidence": "Sổ điểm"})
        line.action_submit()
        self.assertEqual(line.state, "submitted")
        # the unit may not comment before the tổ
        with self.assertRaises(UserError):
            self._line("teacher_a1", self.head_a1).action_review_unit()
        by_group = self._line("teacher_a1", self.teacher2_a1)
        with self.assertRaises(UserError):  # no comment written yet
            by_group.action_review_group()
        by_group.write({"group_comment": "Tổ Toán đề nghị hoàn thành xuất sắc."})
        by_group.action_review_group()
        self.assertEqual(line.state, "group_reviewed")
        by_head = self._line("teacher_a1", self.head_a1)
        by_head.write({"unit_comment": "Hội đồng trường nhất trí."})
        by_head.action_review_unit()
        by_head.criterion_line_ids.write({"level": "good"})
        by_head.write({"rating": "excellent"})
        by_head.action_decide()
        self.assertEqual(line.state, "decided")
        evaluation = (
            self.env["vn.evaluation"]
            .sudo()
            .search(
                [("employee_id", "=", self.emp["teacher_a1"].id), ("year", "=", self.today.year)]
            )
        )
        self.assertEqual(evaluation.result, "excellent")
        self.assertEqual(line.sudo().evaluation_id, evaluation)
        self.assertIn(evaluation, self.emp["teacher_a1"].sudo().vn_evaluation_ids)
        self.assertEqual(line.sudo().decided_by_id, self.head_a1)
        reviews = line.sudo().vn_review_ids.sorted("id").mapped("transition")
        self.assertEqual(reviews, ["submit", "review_group", "review_unit", "decide"])
        # decided: frozen for everyone
        with self.assertRaises(UserError):
            by_head.write({"rating": "good"})
        self.assertEqual(evaluation.result, "excellent")

    def test_an_existing_history_line_of_the_year_is_updated(self):
        existing = self.env["vn.evaluation"].create(
            {
                "employee_id": self.emp["officer_a1"].id,
                "year": self.today.year,
                "result": "completed",
            }
        )
        line = self._to_reviewed("officer_a1")
        by_head = line.with_user(self.head_a1)
        by_head.write({"rating": "good"})
        by_head.action_decide()
        self.assertEqual(existing.result, "good")
        self.assertEqual(
            self.env["vn.evaluation"].search_count(
                [("employee_id", "=", self.emp["officer_a1"].id), ("year", "=", self.today.year)]
            ),
            1,
        )

    def test_the_unit_head_is_decided_by_the_managing_body(self):
        line = self._to_reviewed("head_a1")
        self.assertEqual(line.sudo().vn_review_ids.sorted("id")[-1].user_id, self.bodyhead_a)
        self.assertEqual(line.sudo().decider_company_id, self.body_a)
        with self.assertRaises(AccessError):
            line.with_user(self.head_a1).write({"rating": "excellent"})
        with self.assertRaises(UserError):
            line.with_user(self.head_a1).action_decide()
        by_body = line.with_user(self.bodyhead_a)
        by_body.write({"rating": "good"})
        by_body.action_decide()
        self.assertEqual(line.state, "decided")

    def test_return_with_a_reason(self):
        line = self._submit("officer_a1")
        by_head = line.with_user(self.head_a1)
        action = by_head.action_return()
        self.assertEqual(action["res_model"], "vn.workflow.reason.wizard")
        self.assertEqual(line.state, "submitted")
        by_head.action_return(reason="Bổ sung minh chứng.")
        self.assertEqual(line.state, "draft")
        self.assertEqual(line.sudo().return_reason, "Bổ sung minh chứng.")
        with self.assertRaises(UserError):
            self._line("teacher_a1", self.teacher_a1).action_return(reason="x")

    # ------------------------------------------------------------------ bad input
    def test_rating_outside_the_four(self):
        line = self._to_reviewed("officer_a1").with_user(self.head_a1).with_context(lang="en_US")
        self.assertWriteRefused(line, {"rating": "outstanding"}, "not one of the four ratings")
        draft = self._line("teacher2_a1").with_context(lang="en_US")
        self.assertWriteRefused(draft, {"self_rating": "best"}, "not one of the four ratings")
        self.assertEqual(line.state, "reviewed")

    def test_rating_by_someone_not_competent(self):
        line = self._to_reviewed("teacher_a1")
        before = line.sudo().read(["rating", "state"])[0]
        # the teacher rating himself, around the button
        with self.assertRaises(AccessError):
            line.with_user(self.teacher_a1).write({"rating": "excellent"})
        with self.assertRaises(AccessError):
            line.with_user(self.teacher_a1).action_decide()
        # the tổ head, the HR office and the head of another unit or body
        for user in (self.teacher2_a1, self.hr_a, self.head_a2, self.head_b1, self.hr_b):
            with self.assertRaises(AccessError):
                line.with_user(user).write({"rating": "excellent"})
            with self.assertRaises(UserError):
                line.with_user(user).action_decide()
        # the state and the guarded stamps never by write
        with self.assertRaises(UserError):
            line.with_user(self.head_a1).write({"state": "decided"})
        with self.assertRaises(UserError):
            line.with_user(self.head_a1).write({"decided_by_id": self.head_a1.id})
        line.invalidate_recordset()
        self.assertEqual(line.sudo().read(["rating", "state"])[0], before)
        self.assertFalse(
            self.env["vn.evaluation"].search([("employee_id", "=", self.emp["teacher_a1"].id)])
        )

    def test_someone_else_never_writes_the_self_assessment(self):
        line = self._line("teacher_a1")
        for user in (self.head_a1, self.teacher2_a1, self.hr_a):
            with self.assertRaises(AccessError):
                line.with_user(user).write({"self_assessment": "Viết hộ"})
        with self.assertRaises(AccessError):
            self.Line.with_user(self.hr_a).create(
                {"round_id": self.round_a.id, "employee_id": self.emp["teacher_a1"].id}
            )
        self.assertFalse(line.sudo().self_assessment)

    def test_criteria_guards(self):
        line = self._line("teacher_a1")
        criterion = line.criterion_line_ids[:1]
        with self.assertRaises(AccessError):  # the head's level, by the teacher
            criterion.write({"level": "good"})
        with self.assertRaises(AccessError):  # the teacher's level, by the tổ head
            criterion.with_user(self.teacher2_a1).write({"self_level": "good"})
        with self.assertRaises(AccessError):
            criterion.write({"criterion_id": criterion.criterion_id.id})
        with self.assertRaises(AccessError):
            self.env["vn.evaluation.round.criterion"].with_user(self.teacher_a1).create(
                {"line_id": line.id, "criterion_id": criterion.criterion_id.id}
            )
        self._submit("teacher_a1")
        with self.assertRaises(UserError):  # submitted: his levels are frozen
            criterion.write({"self_level": "met"})
        self.assertEqual(criterion.self_level, "good")

    def test_a_round_for_a_year_already_closed(self):
        self.round_a.with_user(self.hr_a).action_close()
        Round = self.Round.with_user(self.hr_a).with_context(lang="en_US")
        vals = {
            "year": self.today.year,
            "date_start": self.today,
            "date_end": self.today,
            "company_ids": [(6, 0, self.school_a1.ids)],
        }
        self.assertCreateRefused(Round, vals, "already closed")
        draft = Round.create(dict(vals, year=self.today.year + 1))
        self.assertWriteRefused(draft, {"year": self.today.year}, "already closed")
        # and no second round beside one not closed
        self.assertCreateRefused(Round, dict(vals, year=self.today.year + 1), "already have")
        # another body's unit may have its round of the year
        Round.with_user(self.hr_b).create(dict(vals, company_ids=[(6, 0, self.school_b1.ids)]))

    def test_closed_round_frozen(self):
        self.round_a.with_user(self.hr_a).action_close()
        with self.assertRaises(UserError):
            self.round_a.with_user(self.hr_a).write({"date_end": self.today})
        line = self._line("teacher2_a1")
        with self.assertRaises(UserError):
            line.write({"self_assessment": "Muộn"})
        with self.assertRaises(UserError):
            line.action_submit()

    # ------------------------------------------------------------------ figures
    def test_completion_equals_the_counts(self):
        for key in ("officer_a1", "teacher2_a2"):
            line = self._to_reviewed(key)
            heads = line.sudo()._vn_eval_competent()
            by_head = line.with_user(heads[:1])
            by_head.write({"rating": "good"})
            by_head.action_decide()
        round_ = self.round_a.with_user(self.hr_a)
        lines = self.Line.sudo().search([("round_id", "=", round_.id)])
        done = lines.filtered(lambda ln: ln.state == "decided")
        self.assertEqual(len(done), 2)
        self.assertEqual(round_.line_count, len(lines))
        self.assertEqual(round_.done_count, len(done))
        self.assertEqual(round_.pending_count, len(lines) - len(done))
        self.assertAlmostEqual(round_.completion_rate, 100.0 * len(done) / len(lines))
        by_unit = round_.completion_by_unit()
        self.assertEqual(by_unit[self.school_a1], (4, 1))
        self.assertEqual(by_unit[self.school_a2], (4, 1))
        self.assertEqual(self.round_a.with_user(self.officer_a1).line_count, 4)

    def test_reminders_to_whoever_is_late(self):
        todo = self.env.ref("mail.mail_activity_data_todo")

        def reminders(line):
            return line.sudo().activity_ids.filtered(lambda a: a.activity_type_id == todo)

        self._submit("teacher_a1")
        self.Round._cron_remind()
        self.assertEqual(reminders(self._line("teacher_a1")).user_id, self.teacher2_a1)
        self.assertEqual(reminders(self._line("officer_a1")).user_id, self.officer_a1)
        self.Round._cron_remind()
        self.assertEqual(len(reminders(self._line("officer_a1"))), 1)
        self.assertEqual(reminders(self._line("officer_a1")).date_deadline, self.round_a.date_end)

    def test_overdue_evaluations_on_the_due_work_board(self):
        source = self.env.ref(XID + "vn_due_work_source_evaluation")
        self.assertEqual(source.with_user(self.hr_a).count, 0)
        self.round_a.sudo().write({"date_end": self.today - relativedelta(days=1)})
        source.invalidate_recordset(["count"])
        self.assertEqual(source.with_user(self.hr_a).count, 8)
        source.invalidate_recordset(["count"])
        self.assertEqual(source.with_user(self.hr_b).count, 0)
        source.invalidate_recordset(["count"])
        self.assertEqual(source.with_user(self.officer_a2).count, 4)

    # ------------------------------------------------------------------ printing
    def test_print_the_sheet_and_the_summary(self):
        self._submit("teacher_a1")
        Report = self.env["ir.actions.report"]
        html, _kind = Report.with_user(self.teacher_a1)._render_qweb_html(
            XID + "action_report_vn_evaluation_self_assessment", self._line("teacher_a1").ids
        )
        html = html.decode()
        self.assertIn("Test teacher a1", html)
        self.assertIn("Tiêu chí 1. Đạo đức nhà giáo", html)
        self.assertIn("Hoàn thành kế hoạch năm học.", html)
        html, _kind = Report.with_user(self.hr_a)._render_qweb_html(
            XID + "action_report_vn_evaluation_round_summary", self.round_a.ids
        )
        html = html.decode()
        self.assertIn("Test School A1", html)
        self.assertIn("Test teacher2 a2", html)
        self.assertIn("0/4", html)

    def test_ratings_are_offered_in_the_readers_language(self):
        """The drop-downs of the proposed and the decided rating read as the decree
        writes them for a Vietnamese user (not the English source labels)."""
        Line = self.env["vn.evaluation.round.line"].with_context(lang="vi_VN")
        for name in ("self_rating", "rating"):
            labels = dict(Line.fields_get([name])[name]["selection"])
            self.assertEqual(labels["good"], "Hoàn thành tốt nhiệm vụ", name)
            self.assertEqual(labels["not_completed"], "Không hoàn thành nhiệm vụ", name)

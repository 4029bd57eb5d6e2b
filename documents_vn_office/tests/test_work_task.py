"""Issue 12, point 3: tasks (giao việc) given by a leader or any user to a lead person
and supporting persons of the unit, every step through vn.workflow.mixin, as the real
roles of two schools under two managing bodies."""

from datetime import timedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import VnUnitsCase

DECISION = "hr_vn_civil_servant.mail_activity_type_vn_decision"


class TestWorkTask(VnUnitsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = vn_today(cls.env["vn.work.task"])
        cls.a_other = cls._vn_make_user("t12.a.other", cls.school_a)

    def _env(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def _task(self, giver=None, **vals):
        giver = giver or self.a_leader
        values = {
            "name": "Chuẩn bị hồ sơ kiểm định chất lượng",
            "company_id": self.school_a.id,
            "lead_user_id": self.a_teacher.id,
            "support_user_ids": [(6, 0, self.a_staff.ids)],
            "deadline": self.today + timedelta(days=7),
            "priority": "1",
        }
        values.update(vals)
        return self._env(giver)["vn.work.task"].create(values)

    def _as(self, task, user):
        return self._env(user)["vn.work.task"].browse(task.id)

    def _todos(self, task, user):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "vn.work.task"),
                ("res_id", "=", task.id),
                ("user_id", "=", user.id),
                ("activity_type_id", "=", self.env.ref(DECISION).id),
            ]
        )

    def test_who_sees_a_task(self):
        task = self._task()
        for user in (self.a_leader, self.a_teacher, self.a_staff):
            self.assertEqual(self._as(task, user).name, task.name)
            self.assertIn(task, self._env(user)["vn.work.task"].search([]))
        for user in (self.a_other, self.a_clerk, self.b_leader, self.b_teacher):
            self.assertNotIn(task, self._env(user)["vn.work.task"].search([]), user.login)
            with self.assertRaises(AccessError):
                self._as(task, user).read(["name"])
        # grouped reads count only what one may read
        groups = self._env(self.a_other)["vn.work.task"].read_group([], ["state"], ["state"])
        self.assertFalse(groups)
        # another unit's leader: the unit rule holds even with every company asked
        with self.assertRaises(AccessError):
            self._as(task, self.b_leader).with_context(
                allowed_company_ids=self.b_leader.company_ids.ids
            ).check_access("read")

    def test_accept_by_the_lead_only(self):
        task = self._task()
        self.assertEqual(task.state, "assigned")
        self.assertTrue(self._todos(task, self.a_teacher))
        for user in (self.a_staff, self.a_leader):
            with self.assertRaises(AccessError):
                self._as(task, user).action_accept()
        self._as(task, self.a_teacher).action_accept()
        self.assertEqual(task.state, "in_progress")
        self.assertEqual(task.accept_date, self.today)
        self.assertFalse(
            self._todos(task, self.a_teacher).filtered(lambda a: a.vn_wf_transition == "accept")
        )
        review = task.vn_review_ids.filtered(lambda r: r.transition == "accept")
        self.assertEqual(review.user_id, self.a_teacher)

    def test_write_around_the_buttons_refused(self):
        task = self._task()
        giver = self._as(task, self.a_leader)
        for vals in (
            {"state": "done"},
            {"progress": 80},
            {"done_date": self.today},
            {"result": "x"},
            {"transfer_user_id": self.a_staff.id},
        ):
            with self.assertRaises(UserError):
                giver.write(vals)
        with self.assertRaises(UserError):
            giver.write({"giver_id": self.a_teacher.id})
        # the lead does not rewrite what he was given
        with self.assertRaises(AccessError):
            self._as(task, self.a_teacher).write({"deadline": self.today + timedelta(days=30)})
        # a new task is created waiting for acceptance, whatever is asked
        with self.assertRaises(UserError):
            self._task(state="done")
        # once accepted the giver's fields are frozen too
        self._as(task, self.a_teacher).action_accept()
        with self.assertRaises(UserError):
            giver.write({"lead_user_id": self.a_staff.id, "support_user_ids": [(5,)]})
        task.invalidate_recordset()
        self.assertEqual(task.lead_user_id, self.a_teacher)
        self.assertEqual(task.state, "in_progress")

    def test_bad_input_changes_nothing(self):
        Task = self._env(self.a_leader)["vn.work.task"]
        count = Task.sudo().search_count([])
        with self.assertRaises(ValidationError) as err:
            self._task(lead_user_id=False)
        self.assertIn("lead person", str(err.exception))
        with self.assertRaises(ValidationError) as err:
            self._task(deadline=self.today - timedelta(days=1))
        self.assertIn("in the past", str(err.exception))
        with self.assertRaises(ValidationError):
            self._task(lead_user_id=self.b_teacher.id)
        self.assertEqual(Task.sudo().search_count([]), count)
        task = self._task()
        with self.assertRaises(ValidationError):
            self._as(task, self.a_leader).write({"deadline": self.today - timedelta(days=2)})
        self.assertEqual(task.deadline, self.today + timedelta(days=7))
        # nobody gives a task in someone else's name (but a clerk records a leader's)
        with self.assertRaises(AccessError):
            self._task(giver=self.a_teacher, giver_id=self.a_leader.id)
        recorded = self._task(giver=self.a_clerk, giver_id=self.a_leader.id)
        self.assertEqual(recorded.giver_id, self.a_leader)

    def test_any_user_gives_a_task(self):
        task = self._task(
            giver=self.a_teacher, lead_user_id=self.a_staff.id, support_user_ids=[(5,)]
        )
        self.assertEqual(task.giver_id, self.a_teacher)
        self._as(task, self.a_staff).action_accept()
        self.assertEqual(task.state, "in_progress")

    def test_propose_otherwise_goes_back_to_the_giver(self):
        task = self._task()
        lead = self._as(task, self.a_teacher)
        with self.assertRaises(UserError):
            lead.action_propose("  ")
        self.assertEqual(task.state, "assigned")
        lead.action_propose("Đề nghị giao cho tổ Văn phòng chủ trì")
        self.assertEqual(task.state, "proposed")
        self.assertIn("Văn phòng", task.step_reason)
        self.assertTrue(self._todos(task, self.a_leader))
        # the giver changes the task and gives it again
        giver = self._as(task, self.a_leader)
        giver.write({"deadline": self.today + timedelta(days=10)})
        with self.assertRaises(AccessError):
            lead.action_give_again()
        giver.action_give_again()
        self.assertEqual(task.state, "assigned")
        self.assertFalse(task.step_reason)

    def test_pass_on_needs_the_givers_consent(self):
        task = self._task()
        lead = self._as(task, self.a_teacher)
        lead.action_accept()
        lead.action_ask_transfer(self.a_other.id, "Đồng chí Khác phụ trách mảng này")
        self.assertEqual(task.state, "transfer")
        self.assertEqual(task.lead_user_id, self.a_teacher)
        self.assertTrue(self._todos(task, self.a_leader))
        # neither the lead nor the proposed person consents for the giver
        for user in (self.a_teacher, self.a_staff):
            with self.assertRaises(AccessError):
                self._as(task, user).action_consent_transfer()
        with self.assertRaises(UserError):
            self._as(task, self.a_leader).write({"lead_user_id": self.a_other.id})
        # refused: back where it was
        self._as(task, self.a_leader).action_refuse_transfer("Đồng chí tiếp tục thực hiện")
        self.assertEqual(task.state, "in_progress")
        self.assertEqual(task.lead_user_id, self.a_teacher)
        # asked again, consented: the new lead has to accept it
        lead.action_ask_transfer(self.a_other.id, "Xin chuyển")
        self._as(task, self.a_leader).action_consent_transfer()
        self.assertEqual(task.state, "assigned")
        self.assertEqual(task.lead_user_id, self.a_other)
        self.assertTrue(self._todos(task, self.a_other))
        with self.assertRaises(AccessError):
            lead.action_accept()
        self._as(task, self.a_other).action_accept()
        self.assertEqual(task.state, "in_progress")
        # the former lead no longer sees it
        with self.assertRaises(AccessError):
            self._as(task, self.a_teacher).read(["name"])
        # nobody passes it on to another school
        with self.assertRaises(ValidationError):
            self._as(task, self.a_other).action_ask_transfer(self.b_teacher.id, "x")
        self.assertEqual(task.state, "in_progress")

    def test_report_finish_confirm_reopen(self):
        task = self._task()
        lead, support = self._as(task, self.a_teacher), self._as(task, self.a_staff)
        with self.assertRaises(UserError):
            lead.action_report(10, "Chưa nhận")  # not accepted yet
        lead.action_accept()
        file = self._vn_upload(self.a_staff, name="bao-cao.pdf")
        support.action_report(30, "Đã thu thập minh chứng tiêu chí 1", file)
        self.assertEqual(task.progress, 0)  # a supporter's report does not set it
        lead.action_report(60, "Đã hoàn thành báo cáo tự đánh giá")
        self.assertEqual(task.progress, 60)
        self.assertEqual(len(task.report_ids), 2)
        self.assertEqual(file.res_model, "vn.work.task")
        self.assertEqual(
            self._as(task, self.a_leader).report_ids.mapped("user_id"),
            self.a_staff | self.a_teacher,
        )
        with self.assertRaises(ValidationError):
            lead.action_report(150, "x")
        with self.assertRaises(AccessError):
            support.action_finish("Xong")
        with self.assertRaises(UserError):
            lead.action_finish("")
        lead.action_finish("Hồ sơ đã nộp Phòng")
        self.assertEqual(task.state, "reported")
        self.assertEqual(task.progress, 100)
        self.assertFalse(task.is_late)
        with self.assertRaises(AccessError):
            lead.action_confirm()
        with self.assertRaises(UserError):
            self._as(task, self.a_leader).action_reopen("")
        self._as(task, self.a_leader).action_reopen("Bổ sung minh chứng tiêu chí 3")
        self.assertEqual(task.state, "in_progress")
        self.assertFalse(task.finish_date)
        lead.action_finish("Đã bổ sung")
        self._as(task, self.a_leader).action_confirm()
        self.assertEqual(task.state, "done")
        self.assertEqual(task.done_date, self.today)
        # done: frozen
        with self.assertRaises(UserError):
            self._as(task, self.a_leader).write({"name": "Khác"})
        self.assertFalse(
            self.env["mail.activity"].search(
                [("res_model", "=", "vn.work.task"), ("res_id", "=", task.id)]
            )
        )

    def test_wizard_form_of_a_step(self):
        task = self._task()
        self._as(task, self.a_teacher).action_accept()
        action = self._as(task, self.a_teacher).action_ask_transfer()
        self.assertEqual(action["res_model"], "vn.work.task.step.wizard")
        env = self._env(self.a_teacher)
        with Form(env["vn.work.task.step.wizard"].with_context(**action["context"])) as wiz:
            wiz.user_id = self.a_other
            wiz.text = "Chuyển đồng chí Khác"
        wiz.record.action_confirm()
        self.assertEqual(task.state, "transfer")
        self.assertEqual(task.transfer_user_id, self.a_other)
        # a supporter cannot open the lead's step
        with self.assertRaises(AccessError):
            self._as(self._task(), self.a_staff).action_propose()

    def test_given_by_me_and_to_me_filters(self):
        mine = self._task()
        other = self._task(
            giver=self.a_teacher, lead_user_id=self.a_staff.id, support_user_ids=[(5,)]
        )
        leader_env = self._env(self.a_leader)["vn.work.task"]
        self.assertEqual(leader_env.search([("giver_id", "=", self.a_leader.id)]), mine)
        # the leader follows every task of the unit, the teacher his own
        self.assertEqual(leader_env.search([]), mine | other)
        teacher = self._env(self.a_teacher)["vn.work.task"]
        self.assertEqual(teacher.search([]), mine | other)
        self.assertEqual(
            self._env(self.a_other)["vn.work.task"].search([]), self.env["vn.work.task"]
        )

    def test_overdue_tasks_chased_once_a_day(self):
        task = self._task()
        self.env.cr.execute(
            "UPDATE vn_work_task SET deadline = %s WHERE id = %s",
            [self.today - timedelta(days=2), task.id],
        )
        task.invalidate_recordset()
        self.assertTrue(task.is_overdue)
        overdue = self._env(self.a_leader)["vn.work.task"].search([("is_overdue", "=", True)])
        self.assertEqual(overdue, task)
        Task = self.env["vn.work.task"]
        Task._cron_chase_overdue()
        Task._cron_chase_overdue()
        todos = self.env["mail.activity"].search(
            [
                ("res_model", "=", "vn.work.task"),
                ("res_id", "=", task.id),
                ("summary", "=", "Overdue task"),
                ("user_id", "=", self.a_teacher.id),
            ]
        )
        self.assertEqual(len(todos), 1)
        self.assertEqual(
            len(
                task.message_ids.filtered(
                    lambda m: (
                        "overdue" in (m.body or "") and self.a_teacher.partner_id in m.partner_ids
                    )
                )
            ),
            1,
        )

    def test_task_from_an_incoming_direction(self):
        doc = self._vn_incoming()
        doc.action_register()
        with self.assertRaises(UserError):
            doc.with_user(self.a_leader).action_vn_new_task()
        deadline = self.today + timedelta(days=5)
        doc.with_user(self.a_leader)._vn_direct(
            "Giao đồng chí Giáo viên chủ trì, đồng chí Nhân viên phối hợp",
            [
                {"role": "lead", "user_id": self.a_teacher.id, "deadline": deadline},
                {"role": "support", "user_id": self.a_staff.id},
            ],
        )
        for user in (self.a_leader, self.a_clerk):
            action = doc.with_user(user).action_vn_new_task()
            env = self._env(user)
            with Form(env["vn.work.task"].with_context(**action["context"])) as form:
                self.assertEqual(form.giver_id, self.a_leader)
                self.assertEqual(form.lead_user_id, self.a_teacher)
                self.assertEqual(form.deadline, deadline)
            task = form.record
            self.assertEqual(task.incoming_ids, doc)
            self.assertEqual(task.support_user_ids, self.a_staff)
            self.assertEqual(task.name, doc.subject)
            self.assertIn("chủ trì", task.description)
        self.assertEqual(doc.with_user(self.a_leader).vn_task_count, 2)
        # the lead opens the document from his task
        self.assertEqual(self._as(task, self.a_teacher).incoming_ids.subject, doc.subject)

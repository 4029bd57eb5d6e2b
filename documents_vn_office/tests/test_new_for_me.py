"""Issue 12, points 10 and 11: the "new for me" counters (documents not opened yet,
tasks waiting for my acceptance, notices unread) and the monthly usage report."""

from datetime import datetime, timedelta

from odoo.exceptions import AccessError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import VnUnitsCase


class TestNewForMe(VnUnitsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = vn_today(cls.env["vn.work.task"])

    def _env(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def _card(self, user):
        return self._env(user)["res.users"].browse(user.id)

    def _task(self, **vals):
        values = {
            "name": "Rà soát hồ sơ học sinh",
            "company_id": self.school_a.id,
            "lead_user_id": self.a_teacher.id,
            "deadline": self.today + timedelta(days=3),
        }
        values.update(vals)
        return self._env(self.a_leader)["vn.work.task"].create(values)

    def test_documents_not_opened_yet_decrease_when_opened(self):
        docs = self._vn_incoming() | self._vn_incoming(subject="Về việc thi đua")
        other_school = self._vn_incoming(school=self.school_b)
        secret = self._vn_incoming(secret=True)
        card = self._card(self.a_leader)
        # the leader reads the three of his school (the secret one too), not the other's
        self.assertEqual(card.vn_new_incoming_count, 3)
        self.assertEqual(self._card(self.a_teacher).vn_new_incoming_count, 2)
        self.assertEqual(self._card(self.b_leader).vn_new_incoming_count, 1)
        self.assertEqual(self._card(self.a_clerk).vn_new_incoming_count, 0)  # he made them
        self._env(self.a_leader)["vn.incoming.document"].browse(docs[0].id).web_read(
            {"subject": {}}
        )
        card.invalidate_recordset()
        self.assertEqual(card.vn_new_incoming_count, 2)
        # opening again changes nothing; the teacher's counter is his own
        self._env(self.a_leader)["vn.incoming.document"].browse(docs[0].id).web_read(
            {"subject": {}}
        )
        card.invalidate_recordset()
        self.assertEqual(card.vn_new_incoming_count, 2)
        self.assertEqual(self._card(self.a_teacher).vn_new_incoming_count, 2)
        # a document one may not read is never marked seen
        with self.assertRaises(AccessError):
            self._env(self.a_teacher)["vn.incoming.document"].browse(secret.id).web_read(
                {"subject": {}}
            )
        # the counter's button opens exactly those documents
        action = card.with_context(vn_counter="vn_new_incoming_count").action_vn_open_new()
        opened = self._env(self.a_leader)[action["res_model"]].search(action["domain"])
        self.assertEqual(opened, docs[1] | secret)
        self.assertNotIn(other_school, opened)
        # the register cards count them too
        register = self.registers[self.school_a, "in"]
        self.assertEqual(
            self._env(self.a_leader)["vn.document.register"].browse(register.id).count_unseen, 1
        )
        # nobody reads another's card
        with self.assertRaises(AccessError):
            self._card(self.a_teacher).browse(self.a_leader.id).with_context(
                vn_counter="vn_new_incoming_count"
            ).action_vn_open_new()
        self.assertEqual(
            self._card(self.a_teacher).browse(self.a_leader.id).vn_new_incoming_count, 0
        )
        # and nobody reads who opened what
        self.assertFalse(self._env(self.a_teacher)["vn.document.seen"].search([]))
        self.assertEqual(len(self._env(self.a_leader)["vn.document.seen"].search([])), 1)

    def test_tasks_to_accept_and_notices_unread(self):
        task = self._task()
        self._task(lead_user_id=self.a_staff.id)
        card = self._card(self.a_teacher)
        self.assertEqual(card.vn_task_to_accept_count, 1)
        self._env(self.a_teacher)["vn.work.task"].browse(task.id).action_accept()
        card.invalidate_recordset()
        self.assertEqual(card.vn_task_to_accept_count, 0)
        Notice = self._env(self.a_clerk)["vn.notice"]
        notices = Notice.create(
            [
                {
                    "subject": "Thông báo 1",
                    "user_ids": [(6, 0, (self.a_teacher | self.a_staff).ids)],
                },
                {"subject": "Thông báo 2", "user_ids": [(6, 0, self.a_teacher.ids)]},
            ]
        )
        notices.action_send()
        card.invalidate_recordset()
        self.assertEqual(card.vn_notice_unread_count, 2)
        self._env(self.a_teacher)["vn.notice"].browse(notices[0].id).web_read({"subject": {}})
        card.invalidate_recordset()
        self.assertEqual(card.vn_notice_unread_count, 1)
        self.assertEqual(self._card(self.a_staff).vn_notice_unread_count, 1)
        self.assertEqual(self._card(self.b_teacher).vn_notice_unread_count, 0)

    def test_monthly_usage_report_equals_the_counts(self):
        Task = self.env["vn.work.task"]
        on_time, late, other = self._task(), self._task(), self._task(lead_user_id=self.a_staff.id)
        for task in on_time | late | other:
            task.with_user(task.lead_user_id).action_accept()
            task.with_user(task.lead_user_id).action_finish("Xong")
        # the late one was finished after its deadline
        self.env.cr.execute(
            "UPDATE vn_work_task SET deadline = finish_date - 2 WHERE id = %s", [late.id]
        )
        Task.invalidate_model()
        notice = self._env(self.a_clerk)["vn.notice"].create(
            {"subject": "Thông báo", "company_ids": [(6, 0, self.school_a.ids)]}
        )
        notice.action_send()
        self._env(self.a_teacher)["vn.notice"].browse(notice.id).web_read({"subject": {}})
        self._env(self.a_staff)["vn.notice"].browse(notice.id).web_read({"subject": {}})
        # incoming: the teacher's part done on time
        doc = self._vn_incoming()
        doc.action_register()
        doc.with_user(self.a_leader)._vn_direct(
            "Giao xử lý",
            [
                {
                    "role": "lead",
                    "user_id": self.a_teacher.id,
                    "deadline": self.today + timedelta(days=2),
                }
            ],
        )
        doc.with_user(self.a_teacher).action_my_done()
        # logins: two on one day count one day, a login of last month none
        Log = self.env["res.users.log"]
        now = datetime.now()
        for when in (now, now, now - timedelta(days=40)):
            log = Log.with_user(self.a_teacher).sudo().create({})
            self.env.cr.execute(
                "UPDATE res_users_log SET create_date = %s, create_uid = %s WHERE id = %s",
                [when, self.a_teacher.id, log.id],
            )
        Log.invalidate_model()
        Log._gc_user_logs()
        Wizard = self._env(self.a_leader)["vn.usage.report.wizard"]
        wizard = Wizard.create(
            {
                "month": str(self.today.month),
                "year": self.today.year,
                "company_ids": [(6, 0, self.school_a.ids)],
            }
        )
        action = wizard.action_compute()
        lines = self._env(self.a_leader)["vn.usage.report.line"].search(action["domain"])
        teacher = lines.filtered(lambda line: line.user_id == self.a_teacher)
        staff = lines.filtered(lambda line: line.user_id == self.a_staff)
        total = lines.filtered(lambda line: not line.user_id)
        self.assertEqual((teacher.tasks_on_time, teacher.tasks_late), (1, 1))
        self.assertEqual((staff.tasks_on_time, staff.tasks_late), (1, 0))
        self.assertEqual((teacher.docs_on_time, teacher.docs_late), (1, 0))
        self.assertEqual(teacher.notices_read, 1)
        self.assertEqual(teacher.logins, 1)
        self.assertEqual(
            (total.tasks_on_time, total.tasks_late, total.notices_read, total.docs_on_time),
            (2, 1, 2, 1),
        )
        self.assertFalse(lines.filtered(lambda line: line.company_id == self.school_b))
        # another leader does not read my report
        self.assertFalse(self._env(self.b_leader)["vn.usage.report.line"].search(action["domain"]))
        # only the unit's leaders, for their own units
        with self.assertRaises(AccessError):
            self._env(self.a_teacher)["vn.usage.report.wizard"].create({"month": "1", "year": 2026})
        foreign = Wizard.create(
            {"month": "1", "year": 2026, "company_ids": [(6, 0, self.school_b.ids)]}
        )
        with self.assertRaises(AccessError):
            foreign.action_compute()

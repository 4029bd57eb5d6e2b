from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError

from .common import VnDocumentsCase


class TestDashboard(VnDocumentsCase):
    """The counters a clerk and a leader see on the registers when they open the app."""

    def _counters(self, user, register):
        return register.with_user(user).with_company(register.company_id)

    def test_incoming_counters_follow_the_workflow(self):
        received = self._incoming()
        registered = self._incoming(subject="Về việc thi đua khen thưởng")
        registered.action_register()
        urgent = self._incoming(subject="Công điện về phòng chống bão", urgency="urgent")
        urgent.action_register()
        urgent.action_submit()
        board = self._counters(self.clerk, self.reg_in)
        self.assertEqual(board.count_to_register, 1)
        self.assertEqual(board.count_to_direct, 1)
        self.assertEqual(board.count_urgent, 1)
        self.assertEqual(board.count_overdue, 0)
        # the leader's "to direct" button opens exactly that document
        action = (
            self._counters(self.leader, self.reg_in)
            .with_context(vn_counter="count_to_direct")
            .action_vn_open_counter()
        )
        docs = self.env[action["res_model"]].with_user(self.leader).search(action["domain"])
        self.assertEqual(docs, urgent)
        self.assertEqual(received.state, "received")

    def test_overdue_counter(self):
        doc = self._incoming(arrival_date=fields.Date.today() - timedelta(days=10))
        doc.action_register()
        doc.action_submit()
        doc.with_user(self.leader)._vn_direct(
            "Giao giáo viên xử lý",
            [
                {
                    "role": "lead",
                    "user_id": self.teacher.id,
                    "deadline": fields.Date.today() - timedelta(days=1),
                }
            ],
        )
        board = self._counters(self.leader, self.reg_in)
        self.assertEqual(board.count_overdue, 1)
        self.assertEqual(board.count_in_progress, 1)

    def test_outgoing_counters(self):
        draft = self._outgoing()
        checked = self._outgoing(subject="Báo cáo sơ kết học kỳ I")
        checked.with_user(self.clerk).action_check_form()
        checked.with_user(self.leader).action_check_content()
        board = self._counters(self.leader, self.reg_out)
        self.assertEqual(board.count_to_check, 1)
        self.assertEqual(board.count_to_approve, 1)
        self.assertEqual(draft.state, "draft")

    def test_secret_documents_are_not_counted_for_those_who_cannot_read_them(self):
        self._incoming(register_id=self.reg_in_secret.id, secrecy="confidential")
        self.assertEqual(self._counters(self.clerk, self.reg_in_secret).count_to_register, 1)
        self.assertEqual(self._counters(self.teacher, self.reg_in_secret).count_to_register, 0)

    def test_unknown_counter(self):
        with self.assertRaises(UserError):
            self.reg_in.with_context(vn_counter="count_nothing").action_vn_open_counter()

"""Internal documents on the approval mechanism, as every real role and as an attacker:
nobody approves or numbers his own document, guarded fields on every path, refusal with
its reason, the leader's to-do, delegation, frozen once approved."""

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from .workflow_common import VnWorkflowCase


class TestInternalWorkflow(VnWorkflowCase):
    def _guarded(self):
        leader = self.a["leader"]
        return [
            {"state": "approved"},
            {"state": "approved", "number": 99},
            {"number": 99},
            {"name": "99/TTr-VBA"},
            {"approver_id": leader.id},
            {"approve_date": "2026-03-02"},
            {"refuse_reason": "Không cần thiết"},
            {"state": "filed", "approver_id": leader.id, "name": "99/TTr-VBA"},
        ]

    def test_guarded_fields_refused_for_every_role(self):
        Internal = self.env["vn.internal.document"]
        before = Internal.search_count([("company_id", "=", self.school_a.id)])
        for user in self._roles():
            for vals in self._guarded():
                with self.assertRaises(UserError, msg=f"{user.login} creates {vals}"):
                    self._internal(user=user, **vals)
        self.assertEqual(Internal.search_count([("company_id", "=", self.school_a.id)]), before)
        doc = self._internal()
        doc.action_submit()
        for user in self._roles():
            for vals in self._guarded():
                with self.assertRaises(UserError, msg=f"{user.login} writes {vals}"):
                    self._as(doc, user).write(vals)
        self.assertEqual((doc.state, doc.number, doc.name), ("submitted", 0, False))
        self.assertFalse(doc.approver_id)

    def test_teacher_never_approves_or_numbers_his_own_document(self):
        teacher = self.a["teacher"]
        doc = self._internal()
        self._as(doc, teacher).action_submit()
        with self.assertRaises(AccessError):
            self._as(doc, teacher).action_approve()
        for vals in ({"number": 99, "name": "99/TTr-VBA"}, {"manual_number": 99}):
            with self.assertRaises(UserError):
                self._as(doc, teacher).write(vals)
        with self.assertRaises(AccessError):
            self._internal(manual_number=99)
        # even as the leader's delegate
        self._delegate(self.a, self.a["leader"], teacher)
        with self.assertRaises(AccessError):
            self._as(doc, teacher).action_approve()
        self.assertEqual((doc.state, doc.number), ("submitted", 0))
        self._as(doc, self.a["leader"]).action_approve()
        self.assertEqual((doc.state, doc.number, doc.name), ("approved", 1, "01/TTr-VBA"))
        self.assertEqual(doc.approver_id, self.a["leader"])

    def test_leaders_own_document_needs_another_leader(self):
        leader, leader2 = self.a["leader"], self.a["leader2"]
        doc = self._internal(user=leader)
        self._as(doc, leader).action_submit()
        self.assertEqual(self._todos(doc), {("approve", leader2)})
        with self.assertRaises(AccessError):
            self._as(doc, leader).action_approve()
        with self.assertRaises(AccessError):
            self._as(doc, leader).action_refuse("Tự từ chối")
        # his own delegate acts for him: refused too
        self._delegate(self.a, leader, self.a["delegate"])
        with self.assertRaises(AccessError):
            self._as(doc, self.a["delegate"]).action_approve()
        # the second leader's delegate may
        delegation = self._delegate(self.a, leader2, self.a["head"])
        self._as(doc, self.a["head"]).action_approve()
        review = doc.vn_review_ids.sorted("id")[-1]
        self.assertEqual(
            (review.user_id, review.on_behalf_of_id, review.delegation_id),
            (self.a["head"], leader2, delegation),
        )
        self.assertEqual((doc.state, doc.number), ("approved", 1))

    def test_refuse_needs_a_reason_and_tells_the_drafter(self):
        doc = self._internal()
        doc.action_submit()
        leader = self.a["leader"]
        with self.assertRaises(UserError):
            self._as(doc, leader).action_refuse("")
        action = self._as(doc, leader).action_refuse()
        self.assertEqual(action["res_model"], "vn.internal.refuse.wizard")
        wizard = (
            self.env["vn.internal.refuse.wizard"]
            .with_user(leader)
            .create({"internal_id": doc.id, "reason": "Thiếu dự toán kinh phí"})
        )
        wizard.action_confirm()
        self.assertEqual(
            (doc.state, doc.refuse_reason, doc.number), ("refused", "Thiếu dự toán kinh phí", 0)
        )
        message = doc.message_ids.filtered(lambda m: "Thiếu dự toán" in (m.body or ""))
        self.assertIn(self.a["teacher"].partner_id, message.partner_ids)
        # the drafter corrects and submits again; nobody else does it for him
        with self.assertRaises(AccessError):
            self._as(doc, self.a["clerk"]).action_submit()
        self._as(doc, self.a["teacher"]).write({"subject": "Tờ trình mua sắm (bổ sung dự toán)"})
        self._as(doc, self.a["teacher"]).action_submit()
        self.assertFalse(doc.refuse_reason)
        self._as(doc, leader).action_approve()
        self.assertEqual(doc.number, 1)

    def test_todo_for_the_leaders_on_submission(self):
        doc = self._internal()
        self.assertFalse(self._todos(doc))
        doc.action_submit()
        self.assertEqual(
            self._todos(doc), {("approve", self.a["leader"]), ("approve", self.a["leader2"])}
        )
        self._as(doc, self.a["leader2"]).action_approve()
        self.assertFalse(self._todos(doc))

    def test_frozen_once_submitted_and_approved(self):
        doc = self._internal()
        doc.action_submit()
        with self.assertRaises(UserError):
            self._as(doc, self.a["teacher"]).write({"subject": "Nội dung khác"})
        self._as(doc, self.a["leader"]).action_approve()
        for user in (self.a["leader"], self.a["clerk"]):
            for vals in ({"subject": "Sửa"}, {"document_date": "2026-01-05"}, {"note": "Ghi chú"}):
                with self.assertRaises(UserError, msg=f"{user.login}: {vals}"):
                    self._as(doc, user).write(vals)
        self._as(doc, self.a["clerk"]).action_file()
        with self.assertRaises(UserError):
            self._as(doc, self.a["leader"]).write({"subject": "Sửa sau khi lưu"})
        self.assertEqual(doc.state, "filed")
        with self.assertRaises(UserError):
            self._as(doc, self.a["leader"]).unlink()

    def test_other_unit_never_decides(self):
        doc = self._internal()
        doc.action_submit()
        for user in self._roles(self.b):
            with self.assertRaises(AccessError, msg=user.login):
                self._as(doc, user).action_approve()
        self.assertEqual(doc.state, "submitted")

    def test_teacher_drafts_and_submits_through_the_form(self):
        env = self._env(self.a["teacher"], self.school_a)
        form = Form(env["vn.internal.document"])
        form.subject = "Đề nghị mua văn phòng phẩm"
        form.register_id = self.a["registers"]["int"]
        doc = form.save()
        doc.action_submit()
        self.assertEqual((doc.state, doc.company_id), ("submitted", self.school_a))
        self._as(doc, self.a["leader"]).action_approve()
        today = fields.Date.context_today(doc)
        self.assertEqual((doc.name, doc.document_date, doc.approve_date), ("01/VBA", today, today))
        self.assertEqual(doc.vn_review_ids.mapped("transition"), ["approve", "submit"])

"""Outgoing documents on the approval mechanism, as every real role of two schools under
two managing bodies and as an attacker: guarded fields on every path (write, create, the
form's save and onchange), frozen register columns, who takes each step, to-dos,
delegation."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from .workflow_common import VnWorkflowCase


class TestOutgoingWorkflow(VnWorkflowCase):
    def _guarded(self, school=None):
        school = school or self.a
        now = fields.Datetime.now()
        leader = school["leader"]
        return [
            {"state": "signed"},
            {"state": "issued", "number": 43, "name": "43/QĐ-VBA"},
            {"number": 43},
            {"name": "43/QĐ-VBA"},
            {"state": "signed", "signer_id": school["employees"]["leader"].id},
            {"state": "approved", "approver_id": leader.id},
            {"approver_id": leader.id, "approve_date": now},
            {"check_form_done": True, "check_content_done": True},
            {"check_form_user_id": school["clerk"].id, "check_form_date": now},
            {"check_content_user_id": leader.id},
            {"sign_date": "2026-03-02"},
            {"transfer_date": "2026-03-02"},
            {"is_recalled": True},
            {"recall_reason": "Sai đối tượng"},
        ]

    # ------------------------------------------------------------------ attacks
    def test_guarded_fields_refused_on_create_for_every_role(self):
        Outgoing = self.env["vn.outgoing.document"]
        before = Outgoing.search_count([("company_id", "=", self.school_a.id)])
        for user in self._roles():
            for vals in self._guarded():
                with self.assertRaises(UserError, msg=f"{user.login} creates with {vals}"):
                    self._outgoing(user=user, **vals)
        self.assertEqual(Outgoing.search_count([("company_id", "=", self.school_a.id)]), before)

    def test_guarded_fields_refused_on_write_for_every_role(self):
        drafts = {
            user: self._outgoing(user=user)
            for user in (self.a["teacher"], self.a["clerk"], self.a["leader"])
        }
        for user in self._roles():
            for draft in drafts.values():
                for vals in self._guarded():
                    with self.assertRaises(UserError, msg=f"{user.login} writes {vals}"):
                        self._as(draft, user).write(vals)
        for draft in drafts.values():
            self.assertEqual((draft.state, draft.number, draft.name), ("draft", 0, False))
            self.assertFalse(draft.approver_id or draft.check_form_done or draft.sign_date)

    def test_teacher_cannot_sign_or_issue_his_own_draft(self):
        """The attack: a teacher writes his draft straight to signed (signer and approver
        the principal) or to issued with an official number."""
        teacher = self.a["teacher"]
        doc = self._outgoing()
        attacks = [
            {
                "state": "signed",
                "approver_id": self.a["leader"].id,
                "signer_id": self.a["employees"]["leader"].id,
            },
            {"state": "issued", "number": 43, "name": "43/QĐ-VBA"},
        ]
        for vals in attacks:
            with self.assertRaises(UserError):
                self._as(doc, teacher).write(vals)
            with self.assertRaises(UserError):
                self._as(doc, teacher).web_save(vals, {})
        for step in ("action_approve", "action_sign", "action_issue", "action_file"):
            with self.assertRaises(UserError, msg=step):
                getattr(self._as(doc, teacher), step)()
        self.assertEqual((doc.state, doc.number, doc.name), ("draft", 0, False))
        self.assertFalse(doc.vn_review_ids)

    def test_form_save_and_onchange_cannot_set_a_guarded_field(self):
        doc = self._outgoing()
        env = self._env(self.a["teacher"], self.school_a)
        Outgoing = env["vn.outgoing.document"]
        # the onchange of the form computes values; it never saves a state
        Outgoing.browse(doc.id).onchange({"state": "issued", "number": 43}, [], {"state": {}})
        self.assertEqual((doc.state, doc.number), ("draft", 0))
        # the form's save of a new record and of an existing one
        with self.assertRaises(UserError):
            Outgoing.web_save(
                {
                    "subject": "Quyết định khen thưởng",
                    "register_id": self.a["registers"]["out"].id,
                    "state": "issued",
                    "name": "43/QĐ-VBA",
                },
                {},
            )
        with self.assertRaises(UserError):
            Outgoing.browse(doc.id).web_save({"number": 43, "name": "43/QĐ-VBA"}, {})
        # the form itself: the state set as a crafted browser would send it is refused,
        # and nothing of that save is kept
        form = Form(Outgoing.browse(doc.id))
        form.note = "Ghi chú của người soạn"
        form.state = "signed"
        with self.assertRaises(UserError):
            form.save()
        self.assertEqual((doc.state, doc.note), ("draft", False))

    def test_manual_number_only_by_who_issues(self):
        doc = self._outgoing()
        for user in (self.a["teacher"], self.a["head"], self.a["leader"]):
            with self.assertRaises(AccessError):
                self._as(doc, user).write({"manual_number": 5})
            with self.assertRaises(AccessError):
                self._outgoing(user=user, manual_number=5)
        self._as(doc, self.a["clerk"]).write({"manual_number": 1})
        self.assertEqual(doc.manual_number, 1)

    # ------------------------------------------------------------------ flow
    def test_flow_through_the_form_as_each_role(self):
        env = self._env(self.a["teacher"], self.school_a)
        with Form(env["vn.outgoing.document"]) as form:
            form.subject = "Về việc cử giáo viên dự thi giáo viên dạy giỏi"
            form.register_id = self.a["registers"]["out"]
            form.type_id = self.type_cv
            form.drafting_department_id = self.a["group"]
            form.signer_id = self.a["employees"]["leader"]
        doc = form.record
        self.assertEqual(
            (doc.state, doc.company_id, doc.drafter_id), ("draft", self.school_a, env.user)
        )
        self.assertEqual(self._as(doc, self.a["teacher"]).vn_wf_allowed, ",,")
        self.assertIn(",check_form,", self._as(doc, self.a["clerk"]).vn_wf_allowed)
        self.assertIn(",check_content,", self._as(doc, self.a["head"]).vn_wf_allowed)
        self._as(doc, self.a["clerk"]).action_check()
        self.assertEqual((doc.state, doc.check_form_user_id), ("draft", self.a["clerk"]))
        with self.assertRaises(UserError):
            self._as(doc, self.a["clerk"]).action_check()  # nothing left for him
        self._as(doc, self.a["head"]).action_check()
        self.assertEqual((doc.state, doc.check_content_user_id), ("checked", self.a["head"]))
        self._as(doc, self.a["leader2"]).action_approve()
        self.assertEqual((doc.state, doc.approver_id), ("approved", self.a["leader2"]))
        with self.assertRaises(AccessError, msg="the draft names the leader as signer"):
            self._as(doc, self.a["leader2"]).action_sign()
        self._as(doc, self.a["leader"]).action_sign()
        self.assertEqual(doc.signer_id, self.a["employees"]["leader"])
        self.assertEqual(doc.sign_date, fields.Date.context_today(doc))
        self._as(doc, self.a["clerk"]).action_issue()
        today = fields.Date.context_today(doc)
        self.assertEqual(
            (doc.state, doc.number, doc.name, doc.document_date, doc.transfer_date),
            ("issued", 1, "01/VBA-TT", today, today),
        )
        self._as(doc, self.a["clerk"]).action_file()
        reviews = doc.vn_review_ids.sorted("id")
        self.assertEqual(
            reviews.mapped("transition"),
            ["check_form", "check_content", "approve", "sign", "issue", "file"],
        )
        self.assertEqual(
            reviews.user_id,
            self.a["clerk"] | self.a["head"] | self.a["leader2"] | self.a["leader"],
        )
        self.assertEqual(reviews[1].state_to, "checked")
        self.assertEqual(doc.state, "filed")

    def test_content_checker_is_the_units_choice(self):
        doc = self._outgoing()
        self.assertTrue(
            self._as(doc, self.a["head"])._vn_wf_actor("check_content", raise_error=False)
        )
        self.school_a.vn_content_check_by = "leader"
        doc.invalidate_recordset()
        with self.assertRaises(AccessError):
            self._as(doc, self.a["head"]).action_check_content()
        # another group's head is never a checker, nor a teacher
        with self.assertRaises(AccessError):
            self._as(doc, self.a["teacher"]).action_check_content()
        self._as(doc, self.a["leader"]).action_check_content()
        self.assertEqual(doc.check_content_user_id, self.a["leader"])

    def test_other_unit_takes_no_step(self):
        doc = self._checked(self._outgoing())
        for user in self._roles(self.b):
            with self.assertRaises(AccessError, msg=user.login):
                self._as(doc, user).action_approve()
        self.assertEqual(doc.state, "checked")

    # ------------------------------------------------------------------ to-dos
    def test_todos_follow_the_steps(self):
        doc = self._outgoing()
        self.assertEqual(
            self._todos(doc),
            {("check_form", self.a["clerk"]), ("check_content", self.a["head"])},
        )
        self._checked(doc)
        self.assertEqual(self._todos(doc), {("approve", self.a["leader"])})
        self._as(doc, self.a["leader"]).action_approve()
        self.assertEqual(self._todos(doc), {("sign", self.a["leader"])})
        self._as(doc, self.a["leader"]).action_sign()
        self.assertEqual(self._todos(doc), {("issue", self.a["clerk"])})
        self._as(doc, self.a["clerk"]).action_issue()
        self.assertFalse(self._todos(doc))

    def test_content_todo_of_a_secret_draft_goes_to_the_leader(self):
        doc = self._outgoing(secrecy="secret", register_id=self.a["registers"]["out_secret"].id)
        self.assertEqual(
            self._todos(doc),
            {
                ("check_form", self.a["clerk"]),
                ("check_content", self.a["leader"]),
                ("check_content", self.a["leader2"]),
            },
        )
        with self.assertRaises(AccessError):
            self._as(doc, self.a["head"]).action_check_content()

    def test_todo_without_a_named_leader_goes_to_the_units_leaders(self):
        doc = self._checked(self._outgoing(signer_id=False))
        self.assertEqual(
            self._todos(doc), {("approve", self.a["leader"]), ("approve", self.a["leader2"])}
        )

    # ------------------------------------------------------------------ back to draft
    def test_back_to_draft_only_by_a_leader_or_the_drafter_with_a_reason(self):
        doc = self._signed(self._outgoing())
        colleague = self._user("vb.a.colleague", self.school_a)
        for user in (colleague, self.a["clerk"], self.a["head"], self.a["delegate"]):
            with self.assertRaises(AccessError, msg=user.login):
                self._as(doc, user).action_draft("Sửa lại")
        with self.assertRaises(UserError):
            self._as(doc, self.a["teacher"]).action_draft("  ")
        # without a reason, the button asks for it
        action = self._as(doc, self.a["teacher"]).action_draft()
        self.assertEqual(action["res_model"], "vn.outgoing.reason.wizard")
        self.assertEqual(doc.state, "signed")
        wizard = (
            self.env["vn.outgoing.reason.wizard"]
            .with_user(self.a["teacher"])
            .create({"outgoing_id": doc.id, "kind": "draft", "reason": "Bổ sung căn cứ pháp lý"})
        )
        wizard.action_confirm()
        self.assertEqual(doc.state, "draft")
        self.assertFalse(doc.check_form_done or doc.check_content_done or doc.approver_id)
        self.assertFalse(doc.sign_date)
        self.assertEqual(doc.vn_review_ids.sorted("id")[-1].comment, "Bổ sung căn cứ pháp lý")
        # the leader, too; once issued nobody
        self._signed(doc)
        self._as(doc, self.a["leader2"]).action_draft("Đổi người ký")
        self.assertEqual(doc.state, "draft")
        self._issued(doc)
        for user in (self.a["teacher"], self.a["leader"]):
            with self.assertRaises(UserError):
                self._as(doc, user).action_draft("Sửa sau khi ban hành")
        self.assertEqual(doc.state, "issued")

    # ------------------------------------------------------------------ frozen
    def test_issued_register_columns_are_frozen(self):
        """The attack: a clerk rewrites number, notation, date, state and subject of an
        issued document, back-dating included."""
        doc = self._issued(self._outgoing(copies_count=3))
        columns = [
            {"number": 2},
            {"name": "02/QĐ-VBA"},
            {"state": "draft"},
            {"document_date": "2026-01-05"},
            {"subject": "Quyết định khác"},
            {"type_id": self.type_cv.id},
            {"signer_id": self.a["employees"]["leader2"].id},
            {"signing_authority": "kt"},
            {"recipient_partner_ids": [(6, 0, self.env.user.partner_id.ids)]},
            {"recipient_company_ids": [(6, 0, self.school_b.ids)]},
            {"copies_count": 5},
            {"archive_text": "Lưu: VT"},
            {"register_id": self.a["registers"]["out_secret"].id},
            {"secrecy": "secret"},
            {"company_id": self.body_a.id},
            {"manual_number": 9},
            {"attachment_ids": [(5, 0, 0)]},
        ]
        for user in (self.a["clerk"], self.a["leader"], self.a["teacher"]):
            for vals in columns:
                with self.assertRaises(UserError, msg=f"{user.login}: {vals}"):
                    self._as(doc, user).write(vals)
        self._as(doc, self.a["clerk"]).action_file()
        with self.assertRaises(UserError):
            self._as(doc, self.a["clerk"]).write({"document_date": "2026-01-05"})
        self.assertEqual((doc.number, doc.name, doc.state), (1, "01/QĐ-VBA", "filed"))
        self.assertEqual(doc.document_date, fields.Date.context_today(doc))
        # the remarks stay writable
        self._as(doc, self.a["clerk"]).write({"note": "Đã gửi bản giấy"})
        self.assertEqual(doc.note, "Đã gửi bản giấy")

    def test_content_frozen_from_the_checks(self):
        doc = self._checked(self._outgoing())
        with self.assertRaises(UserError):
            self._as(doc, self.a["teacher"]).write({"subject": "Nội dung khác"})
        with self.assertRaises(UserError):
            self._as(doc, self.a["leader"]).write(
                {"recipient_company_ids": [(6, 0, self.school_b.ids)]}
            )
        # the leader may still name another signer before signing
        self._as(doc, self.a["leader"]).write({"signer_id": self.a["employees"]["leader2"].id})
        self._as(doc, self.a["leader"]).action_approve()
        self._as(doc, self.a["leader2"]).action_sign()
        with self.assertRaises(UserError):
            self._as(doc, self.a["leader"]).write({"signer_id": self.a["employees"]["leader"].id})
        self.assertEqual(doc.signer_id, self.a["employees"]["leader2"])

    # ------------------------------------------------------------------ dates
    def test_document_date_is_given_on_issue(self):
        today = fields.Date.context_today(self.env.user)
        back_dated = self._checked(self._outgoing(document_date=today - timedelta(days=1)))
        self._as(back_dated, self.a["leader"]).action_approve()
        with self.assertRaises(UserError):
            self._as(back_dated, self.a["leader"]).action_sign()
        self.assertEqual(back_dated.state, "approved")
        # cleared, the document is dated by its issue
        self._as(back_dated, self.a["leader"]).write({"document_date": False})
        self._as(back_dated, self.a["leader"]).action_sign()
        self._as(back_dated, self.a["clerk"]).action_issue()
        self.assertEqual(back_dated.document_date, fields.Date.context_today(back_dated))
        # a duplicate of an issued document is a new draft, dated by its own issue
        copy = back_dated.with_user(self.a["teacher"]).copy()
        self.assertEqual((copy.state, copy.document_date, copy.number), ("draft", False, 0))
        future = self._signed(self._outgoing(document_date=today + timedelta(days=3)))
        with self.assertRaises(UserError):
            self._as(future, self.a["clerk"]).action_issue()
        self.assertEqual((future.state, future.number), ("signed", 0))

    # ------------------------------------------------------------------ delegation
    def test_delegate_signs_on_behalf_by_authorisation(self):
        delegation = self._delegate(self.a, self.a["leader"], self.a["delegate"])
        doc = self._outgoing()
        self._checked(doc)
        self._as(doc, self.a["delegate"]).action_approve()
        self.assertIn(("sign", self.a["delegate"]), self._todos(doc))
        self._as(doc, self.a["delegate"]).action_sign()
        self.assertEqual(doc.signer_id, self.a["employees"]["delegate"])
        self.assertEqual(doc.signing_authority, "tuq")
        review = doc.vn_review_ids.sorted("id")[-1]
        self.assertEqual(
            (review.transition, review.user_id, review.on_behalf_of_id, review.delegation_id),
            ("sign", self.a["delegate"], self.a["leader"], delegation),
        )
        approve = doc.vn_review_ids.filtered(lambda r: r.transition == "approve")
        self.assertEqual(approve.on_behalf_of_id, self.a["leader"])

    def test_deputy_leader_signs_for_the_head(self):
        doc = self._checked(self._outgoing())
        self._as(doc, self.a["leader"]).action_approve()
        with self.assertRaises(AccessError):
            self._as(doc, self.a["leader2"]).action_sign()
        self._delegate(self.a, self.a["leader"], self.a["leader2"], right_approve=False)
        self._as(doc, self.a["leader2"]).action_sign()
        self.assertEqual(
            (doc.signer_id, doc.signing_authority), (self.a["employees"]["leader2"], "kt")
        )

    def test_delegation_limits(self):
        self._delegate(self.a, self.a["leader"], self.a["teacher"])
        own = self._checked(self._outgoing())
        with self.assertRaises(AccessError, msg="a delegate never acts on his own document"):
            self._as(own, self.a["teacher"]).action_approve()
        self._delegate(self.a, self.a["leader"], self.a["delegate"], right_sign=False)
        self._as(own, self.a["delegate"]).action_approve()
        with self.assertRaises(AccessError, msg="only the rights delegated"):
            self._as(own, self.a["delegate"]).action_sign()
        self.assertEqual(own.state, "approved")

    # ------------------------------------------------------------------ recall, correct
    def test_recall_and_correction_by_role(self):
        doc = self._issued(self._outgoing(recipient_company_ids=[(6, 0, self.school_b.ids)]))
        for user in (self.a["teacher"], self.a["clerk"], self.b["leader"]):
            with self.assertRaises(AccessError, msg=user.login):
                self._as(doc, user).action_recall("Sai đối tượng")
        with self.assertRaises(UserError):
            self._as(doc, self.a["leader"]).action_recall("")
        self._as(doc, self.a["leader"]).action_recall("Sai đối tượng")
        self.assertEqual((doc.is_recalled, doc.recall_reason), (True, "Sai đối tượng"))
        self.assertNotIn(",recall,", self._as(doc, self.a["leader"]).vn_wf_allowed)
        with self.assertRaises(AccessError):
            self._as(doc, self.a["head"]).action_correct("Sai ngày")
        correction = self._as(doc, self.a["teacher"]).action_correct("Sai tên trường")
        self.assertEqual(
            (correction.state, correction.correction_of_id, correction.drafter_id),
            ("draft", doc, self.a["teacher"]),
        )
        self.assertEqual(correction.company_id, self.school_a)
        self.assertEqual(doc.vn_review_ids.sorted("id")[-1].comment, "Sai tên trường")

from odoo.exceptions import AccessError, UserError, ValidationError

from .common import VnDocumentsCase


class TestOutgoingWorkflow(VnDocumentsCase):
    def test_full_flow(self):
        doc = self._outgoing()
        self.assertEqual(doc.drafter_id, self.teacher)
        doc.with_user(self.clerk).action_check_form()
        self.assertEqual(doc.state, "draft")
        with self.assertRaises(UserError):
            doc.with_user(self.teacher).action_check_content()
        doc.with_user(self.leader).action_check_content()
        self.assertEqual(doc.state, "checked")
        self.assertEqual(doc.check_form_user_id, self.clerk)
        self.assertEqual(doc.check_content_user_id, self.leader)
        with self.assertRaises(AccessError):
            doc.with_user(self.teacher).action_approve()
        doc.with_user(self.leader).action_approve()
        doc.with_user(self.leader).action_sign()
        self.assertEqual(doc.signer_id.user_id, self.leader)
        self.assertFalse(doc.number)
        doc.with_user(self.clerk).action_issue()
        self.assertEqual((doc.state, doc.number, doc.name), ("issued", 1, "01/QĐ-THCSTL"))
        self.assertTrue(doc.transfer_date)
        doc.with_user(self.clerk).action_file()
        self.assertEqual(doc.state, "filed")

    def test_issue_without_signer_or_type(self):
        doc = self._outgoing(type_id=False)
        doc.with_user(self.clerk).action_check_form()
        doc.with_user(self.leader).action_check_content()
        doc.with_user(self.leader).action_approve()
        doc.sudo().write({"state": "signed"})
        with self.assertRaises(UserError):
            doc.with_user(self.clerk).action_issue()
        doc.sudo().type_id = self.type_qd
        with self.assertRaises(UserError):
            doc.with_user(self.clerk).action_issue()
        self.assertFalse(doc.number)
        self.assertEqual(doc.state, "signed")

    def test_cong_van_needs_drafting_group_short_name(self):
        doc = self._outgoing(type_id=self.type_cv.id, drafting_department_id=self.dept_khtn.id)
        self.dept_khtn.vn_short_name = False
        with self.assertRaises(UserError):
            self._issue(doc)

    def test_hand_typed_notation_collision(self):
        first = self._issue(self._outgoing())
        self.assertEqual(first.name, "01/QĐ-THCSTL")
        second = self._outgoing()
        second.with_user(self.clerk).manual_number = 1
        with self.assertRaises(ValidationError):
            self._issue(second)
        self.assertEqual((second.state, second.number), ("draft", 0))

    def test_email_to_external_recipients(self):
        partner = self.env["res.partner"].create(
            {"name": "Sở Nội vụ (test)", "email": "snv@example.gov.vn"}
        )
        doc = self._outgoing(recipient_partner_ids=[(6, 0, partner.ids)])
        self._attach(doc)
        self._issue(doc)
        mail = self.env["mail.mail"].search(
            [
                ("model", "=", doc._name),
                ("res_id", "=", doc.id),
                ("recipient_ids", "in", partner.ids),
            ]
        )
        self.assertEqual(len(mail), 1)
        self.assertIn("snv@example.gov.vn", mail.email_to)
        self.assertEqual(mail.attachment_ids, doc.attachment_ids)

    def test_recall_and_correction(self):
        doc = self._issue(self._outgoing(recipient_company_ids=[(6, 0, self.thpt.ids)]))
        with self.assertRaises(UserError):
            doc.with_user(self.leader).action_recall("")
        wizard = (
            self.env["vn.outgoing.reason.wizard"]
            .with_user(self.leader)
            .create({"outgoing_id": doc.id, "kind": "recall", "reason": "Sai đối tượng"})
        )
        wizard.action_confirm()
        self.assertTrue(doc.is_recalled)
        self.assertIn("Sai đối tượng", doc.message_ids[0].body)
        correction = doc.with_user(self.clerk).action_correct("Sai ngày ban hành")
        self.assertEqual(correction.correction_of_id, doc)
        self.assertEqual(correction.type_id, self.type_cv)
        self.assertEqual(correction.state, "draft")

    def test_internal_exchange(self):
        """Liên thông: the THPT receives its own incoming copy; the THCS follows its
        processing without reading it."""
        doc = self._outgoing(recipient_company_ids=[(6, 0, self.thpt.ids)], urgency="urgent")
        self._attach(doc)
        self._issue(doc)
        incoming = self.env["vn.incoming.document"].search([("source_outgoing_id", "=", doc.id)])
        self.assertEqual(len(incoming), 1)
        self.assertEqual(
            (incoming.company_id, incoming.register_id, incoming.state, incoming.original_number),
            (self.thpt, self.thpt_reg_in, "received", doc.name),
        )
        self.assertEqual(
            incoming.attachment_ids.mapped("datas"), doc.attachment_ids.mapped("datas")
        )
        self.assertNotEqual(incoming.attachment_ids, doc.attachment_ids)
        # the recipient's clerk registers it
        incoming.with_user(self.thpt_clerk).with_company(self.thpt).action_register()
        tracking = doc.with_user(self.clerk).tracking_ids
        self.assertEqual(tracking.recipient_company_id, self.thpt)
        states = dict(
            incoming.with_user(self.clerk)._fields["state"]._description_selection(tracking.env)
        )
        self.assertEqual(tracking.incoming_state, states["registered"])
        self.assertEqual(tracking.arrival_number, "01")
        with self.assertRaises(AccessError):
            incoming.with_user(self.clerk).read(["subject"])
        with self.assertRaises(AccessError):
            doc.with_user(self.thpt_clerk).read(["subject"])

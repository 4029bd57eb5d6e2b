from odoo.exceptions import AccessError, UserError

from .common import VnDocumentsCase


class TestInternalDocument(VnDocumentsCase):
    def _draft(self, **vals):
        values = {
            "company_id": self.thcs.id,
            "register_id": self.reg_int.id,
            "subject": "Tờ trình mua sắm thiết bị phòng thí nghiệm",
            "type_id": self.type_ttr.id,
            "document_date": "2026-06-01",
        }
        values.update(vals)
        return self.env["vn.internal.document"].with_user(self.teacher).create(values)

    def test_flow_and_numbering(self):
        doc = self._draft()
        doc.action_submit()
        with self.assertRaises(AccessError):
            doc.action_approve()
        doc.with_user(self.leader).action_approve()
        self.assertEqual((doc.state, doc.number, doc.name), ("approved", 1, "01/TTr-THCSTL"))
        doc.with_user(self.clerk).action_file()
        self.assertEqual(doc.state, "filed")
        filed = (
            self.env["vn.internal.document"]
            .with_user(self.teacher)
            .search([("state", "=", "filed"), ("subject", "ilike", "thí nghiệm")])
        )
        self.assertIn(doc, filed)

    def test_refuse_and_resubmit(self):
        doc = self._draft()
        doc.action_submit()
        doc.with_user(self.leader).action_refuse("Thiếu dự toán")
        self.assertEqual((doc.state, doc.number), ("refused", 0))
        doc.action_submit()
        doc.with_user(self.leader).action_approve()
        self.assertEqual(doc.number, 1)
        with self.assertRaises(UserError):
            doc.with_user(self.leader).action_approve()

    def test_other_teacher_cannot_edit_my_draft(self):
        doc = self._draft()
        other = self.env["res.users"].create(
            {
                "name": "Giáo viên khác",
                "login": "h3_test_other_gv",
                "company_id": self.thcs.id,
                "company_ids": [(6, 0, self.thcs.ids)],
                "groups_id": [(6, 0, self.env.ref("base.group_user").ids)],
            }
        )
        doc.with_user(other).read(["subject"])
        with self.assertRaises(AccessError):
            doc.with_user(other).write({"subject": "Sửa"})

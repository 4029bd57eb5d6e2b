from odoo.exceptions import AccessError

from .common import VnDocumentsCase


class TestAccess(VnDocumentsCase):
    def test_unit_isolation(self):
        doc = self._incoming()
        doc.action_register()
        # same unit: teacher reads ordinary documents of his unit
        doc.with_user(self.teacher).read(["subject"])
        # another unit: nobody reads it, not even its leader or clerk
        for user in (self.thpt_clerk, self.thpt_leader, self.thpt_teacher):
            with self.assertRaises(AccessError):
                doc.with_user(user).read(["subject"])
        found = (
            self.env["vn.incoming.document"]
            .with_user(self.thpt_leader)
            .search([("id", "=", doc.id)])
        )
        self.assertFalse(found)

    def test_secret_document_access(self):
        doc = self._incoming(register_id=self.reg_in_secret.id, secrecy="secret")
        self._attach(doc)
        doc.action_register()
        # keeper (clerk) and leader read it, the teacher does not
        doc.with_user(self.clerk).read(["subject"])
        doc.with_user(self.leader).read(["subject"])
        with self.assertRaises(AccessError):
            doc.with_user(self.teacher).read(["subject"])
        with self.assertRaises(AccessError):
            doc.attachment_ids.with_user(self.teacher).read(["datas"])
        with self.assertRaises(AccessError):
            doc.with_user(self.teacher).action_my_done()
        # once assigned to the teacher, he reads it and its scan
        doc.with_user(self.leader)._vn_direct(
            "Xử lý", [{"role": "lead", "user_id": self.teacher.id}]
        )
        doc.with_user(self.teacher).read(["subject"])
        doc.attachment_ids.with_user(self.teacher).read(["datas"])

    def test_secret_register_needs_keeper(self):
        """A clerk who does not keep the secret register cannot register secret documents."""
        self.reg_in_secret.keeper_ids = [(5, 0, 0)]
        doc = self._incoming(
            user=self.env.user, register_id=self.reg_in_secret.id, secrecy="secret"
        )
        with self.assertRaises(AccessError):
            doc.with_user(self.clerk).action_register()

    def test_secret_read_is_logged(self):
        doc = self._incoming(register_id=self.reg_in_secret.id, secrecy="top_secret")
        Log = self.env["vn.document.access.log"]
        before = Log.search_count([("res_id", "=", doc.id)])
        doc.with_user(self.leader).web_read({"subject": {}})
        logs = Log.search([("res_id", "=", doc.id), ("res_model", "=", doc._name)])
        self.assertEqual(len(logs) - before, 1)
        self.assertEqual(logs[0].user_id, self.leader)
        # ordinary documents are not logged
        plain = self._incoming()
        plain.with_user(self.leader).web_read({"subject": {}})
        self.assertFalse(Log.search([("res_id", "=", plain.id), ("res_model", "=", plain._name)]))
        # the leader reads the log of his unit, the teacher cannot
        self.assertTrue(Log.with_user(self.leader).search([("res_id", "=", doc.id)]))
        with self.assertRaises(AccessError):
            Log.with_user(self.teacher).search([])

    def test_outgoing_secret_draft(self):
        doc = self._outgoing(secrecy="secret")
        doc.with_user(self.teacher).read(["subject"])  # the drafter
        other = self.thpt_teacher
        with self.assertRaises(AccessError):
            doc.with_user(other).read(["subject"])
        # the clerk reads secret documents only of the registers he keeps
        self.reg_out.keeper_ids = [(5, 0, 0)]
        with self.assertRaises(AccessError):
            doc.with_user(self.clerk).read(["subject"])

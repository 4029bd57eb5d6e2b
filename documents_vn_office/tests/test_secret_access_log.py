"""Issue 9, point 3: every read of a secret document is logged, with its channel, by
the real roles of two schools under two managing bodies; users who may not read it
are refused and leave no row."""

import base64

from odoo.exceptions import AccessError

from .common import PDF, VnUnitsCase


class TestSecretAccessLog(VnUnitsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.secret = cls._vn_incoming(secret=True)
        cls.secret.action_register()
        cls.plain = cls._vn_incoming()
        cls.Log = cls.env["vn.document.access.log"]

    def _rows(self, user, doc=None, channel=None):
        domain = [("user_id", "=", user.id), ("res_id", "=", (doc or self.secret).id)]
        domain.append(("res_model", "=", (doc or self.secret)._name))
        if channel:
            domain.append(("channel", "=", channel))
        return self.Log.search(domain)

    def _as(self, user, doc=None):
        return (
            (doc or self.secret)
            .with_user(user)
            .with_context(allowed_company_ids=user.company_ids.ids)
        )

    def test_every_web_client_channel_is_logged(self):
        self.a_clerk.groups_id = [(4, self.env.ref("base.group_allow_export").id)]
        keeper = self._as(self.a_clerk)
        Incoming = keeper.browse()
        keeper.web_read({"subject": {}})
        Incoming.web_search_read([("id", "=", self.secret.id)], {"subject": {}})
        keeper.read(["subject"])
        Incoming.name_search(self.secret.subject[:12])
        keeper.export_data(["subject"])
        self.assertEqual(
            set(self._rows(self.a_clerk).mapped("channel")),
            {"form", "list", "read", "search", "export"},
        )
        row = self._rows(self.a_clerk, channel="form")
        self.assertEqual(
            (row.user_id, row.company_id, row.document_name),
            (self.a_clerk, self.school_a, self.secret.display_name),
        )
        self.assertTrue(row.date)
        # the leader of the unit reads the secret document and the log of his unit
        self._as(self.a_leader).read(["subject"])
        self.assertTrue(self._rows(self.a_leader, channel="read"))
        log = self.Log.with_user(self.a_leader).search([("res_id", "=", self.secret.id)])
        self.assertEqual(log.user_id, self.a_clerk | self.a_leader)
        # ordinary documents are not logged
        self._as(self.a_teacher, self.plain).web_read({"subject": {}})
        self.assertFalse(self._rows(self.a_teacher, self.plain))

    def test_search_read_is_one_batched_row_per_document(self):
        second = self._vn_incoming(secret=True, subject="Về việc đề thi (test)")
        before = self.Log.search_count([])
        found = (
            self.env["vn.incoming.document"]
            .with_user(self.a_leader)
            .search_read([("id", "in", (self.secret | second).ids)], ["subject"])
        )
        self.assertEqual(len(found), 2)
        self.assertEqual(self.Log.search_count([]) - before, 2)
        # the same read again within the window is not logged twice (lists stay fast)
        self.env["vn.incoming.document"].with_user(self.a_leader).search_read(
            [("id", "in", (self.secret | second).ids)], ["subject"]
        )
        self.assertEqual(self.Log.search_count([]) - before, 2)
        # window 0: every read is logged
        self.env["ir.config_parameter"].set_param(
            "documents_vn_office.access_log_window_minutes", "0"
        )
        self._as(self.a_leader).read(["subject"])
        self.assertEqual(len(self._rows(self.a_leader, channel="read")), 2)

    def test_refused_users_leave_no_row(self):
        for user in (self.a_teacher, self.b_clerk, self.b_leader):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    self._as(user).read(["subject"])
                found = (
                    self.env["vn.incoming.document"]
                    .with_user(user)
                    .search_read([("id", "=", self.secret.id)], ["subject"])
                )
                self.assertFalse(found)
                self.assertFalse(self._rows(user))

    def test_file_read_is_logged(self):
        scan = self._vn_upload(self.a_clerk)
        self.secret.with_user(self.a_clerk).attachment_ids = [(4, scan.id)]
        self.assertEqual((scan.res_model, scan.res_id), (self.secret._name, self.secret.id))
        # reading the name of the file is not reading the document
        scan.with_user(self.a_leader).read(["name"])
        self.assertFalse(self._rows(self.a_leader))
        data = scan.with_user(self.a_leader).read(["datas"])[0]["datas"]
        self.assertEqual(base64.b64decode(data), PDF)
        self.assertTrue(self._rows(self.a_leader, channel="attachment"))
        with self.assertRaises(AccessError):
            scan.with_user(self.a_teacher).read(["datas"])
        self.assertFalse(self._rows(self.a_teacher))

    def test_download_is_logged(self):
        """/web/content: ir.binary finds the attachment as the user and streams it
        (stored in the database here, so that no HTTP request is needed; the red-team
        test downloads it over HTTP)."""
        self.env["ir.config_parameter"].set_param("ir_attachment.location", "db")
        scan = self._vn_upload(self.a_clerk)
        self.secret.with_user(self.a_clerk).attachment_ids = [(4, scan.id)]

        def download(user):
            binary = self.env["ir.binary"].with_user(user)
            record = binary._find_record(res_model="ir.attachment", res_id=scan.id)
            return binary._get_stream_from(record, "raw").read()

        self.assertEqual(download(self.a_leader), PDF)
        self.assertTrue(self._rows(self.a_leader, channel="attachment"))
        for user in (self.a_teacher, self.b_leader):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                download(user)
            self.assertFalse(self._rows(user))

    def test_email_of_a_secret_outgoing_document_is_logged(self):
        partner = self.env["res.partner"].create(
            {"name": "Sở Nội vụ (test 9)", "email": "snv9@example.gov.vn"}
        )
        env = self.env(user=self.a_teacher, context={"allowed_company_ids": self.school_a.ids})
        doc = env["vn.outgoing.document"].create(
            {
                "company_id": self.school_a.id,
                "register_id": self.registers[self.school_a, "out_secret"].id,
                "secrecy": "secret",
                "subject": "Báo cáo mật (test 9)",
                "type_id": self.env.ref("documents_vn_office.document_type_bao_cao").id,
                "signer_id": self.a_leader_emp.id,
                "recipient_partner_ids": [(6, 0, partner.ids)],
            }
        )
        doc.with_user(self.a_clerk).action_check_form()
        doc.with_user(self.a_leader).action_check_content()
        doc.with_user(self.a_leader).action_approve()
        doc.with_user(self.a_leader).action_sign()
        doc.with_user(self.a_clerk).action_issue()
        mail = self.env["mail.mail"].search(
            [
                ("model", "=", doc._name),
                ("res_id", "=", doc.id),
                ("recipient_ids", "in", partner.ids),
            ]
        )
        self.assertEqual(len(mail), 1, "one e-mail to the external recipient (to-dos aside)")
        rows = self.Log.search([("res_id", "=", doc.id), ("res_model", "=", doc._name)])
        self.assertEqual(rows.filtered(lambda r: r.channel == "mail").user_id, self.a_clerk)

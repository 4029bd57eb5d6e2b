"""Issue 9, point 3: printing a secret document (handling slip, register book) is a
read of it, written to the secret access log with the channel "report"; those who may
not read it cannot print it and leave no row. Own schools and users (two schools under
two managing bodies), real PDFs."""

from odoo.exceptions import AccessError, UserError

from odoo.addons.documents_vn_office.tests.common import VnUnitsMixin

from .common import VnReportCase


class TestReportAccessLog(VnUnitsMixin, VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._vn_setup_units()
        cls.secret = cls._vn_incoming(secret=True, document_date="2026-02-27")
        cls.secret.action_register()
        cls.secret.with_user(cls.a_leader)._vn_direct(
            "Đồng chí Hiệu trưởng trực tiếp xử lý",
            [{"role": "lead", "user_id": cls.a_leader.id, "deadline": "2026-03-20"}],
        )
        cls.Log = cls.env["vn.document.access.log"]

    def _rows(self, user):
        return self.Log.search(
            [
                ("user_id", "=", user.id),
                ("res_model", "=", self.secret._name),
                ("res_id", "=", self.secret.id),
                ("channel", "=", "report"),
            ]
        )

    def test_handling_slip_is_logged(self):
        text = self.render_text(
            "vn_reports.action_report_incoming_slip", self.secret.ids, user=self.a_leader
        )
        self.assertTextContains(text, ["PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", self.secret.subject])
        self.assertEqual(len(self._rows(self.a_leader)), 1)
        for user in (self.a_teacher, self.b_leader):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.render_pdf(
                    "vn_reports.action_report_incoming_slip", self.secret.ids, user=user
                )
            self.assertFalse(self._rows(user))

    def test_register_print_is_logged(self):
        register = self.registers[self.school_a, "in_secret"]
        data = {"register_id": register.id, "date_from": "2026-01-01", "date_to": "2026-12-31"}
        wizard = (
            self.env["vn.register.print.wizard"]
            .with_user(self.a_clerk)
            .create(dict(data, book="register"))
        )
        action = wizard.action_print()
        text = self.render_text(
            "vn_reports.action_report_incoming_register", [], data=action["data"], user=self.a_clerk
        )
        self.assertTextContains(text, ["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", self.secret.original_number])
        self.assertEqual(len(self._rows(self.a_clerk)), 1)
        # the follow-up book is another print of the same document (same channel, and
        # within the window one row per user and document)
        self.render_pdf(
            "vn_reports.action_report_incoming_followup", [], data=data, user=self.a_clerk
        )
        self.assertEqual(len(self._rows(self.a_clerk)), 1)
        # a teacher of the school finds nothing to print in the secret register
        with self.assertRaises(UserError):
            self.render_pdf(
                "vn_reports.action_report_incoming_register", [], data=data, user=self.a_teacher
            )
        with self.assertRaises(AccessError):
            self.render_pdf(
                "vn_reports.action_report_incoming_register",
                self.secret.ids,
                user=self.a_teacher,
            )
        self.assertFalse(self._rows(self.a_teacher))

"""Legal fidelity 2026 (issue 10): the register books print the secrecy level with its
legal name (Luật Bảo vệ bí mật nhà nước 29/2018/QH14 Điều 8), never a hard-coded text."""

from odoo.addons.documents_vn_office.tests.workflow_common import VnWorkflowCase

from .common import VnReportCase


class TestLaw2026Registers(VnWorkflowCase):
    render_pdf = VnReportCase.render_pdf
    pdf_text = VnReportCase.pdf_text

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        school = cls.a
        cls.reg_in_secret = cls.env["vn.document.register"].create(
            {
                "company_id": school["company"].id,
                "name": "Sổ đến mật (a)",
                "direction": "incoming",
                "is_secret": True,
                "keeper_ids": [(6, 0, school["clerk"].ids)],
            }
        )
        Incoming = (
            cls.env["vn.incoming.document"]
            .with_user(school["clerk"])
            .with_company(school["company"])
        )
        cls.docs = Incoming.browse()
        for day, level in (
            ("2026-09-01", "confidential"),
            ("2026-09-02", "secret"),
            ("2026-09-03", "top_secret"),
        ):
            doc = Incoming.create(
                {
                    "company_id": school["company"].id,
                    "register_id": cls.reg_in_secret.id,
                    "arrival_date": day,
                    "document_date": day,
                    "subject": f"Văn bản ngày {day}",
                    "original_number": "01/SGDĐT",
                    "author_name": "Sở Giáo dục và Đào tạo",
                    "secrecy": level,
                    "note": "Bản số 1" if level == "secret" else False,
                }
            )
            doc.action_register()
            cls.docs |= doc

    def test_register_rows_print_the_legal_level(self):
        Report = self.env["report.vn_reports.report_incoming_register"].with_user(self.a["clerk"])
        notes = [Report._vn_row(doc)[-1] for doc in self.docs.with_user(self.a["clerk"])]
        self.assertEqual(notes, ["Mật", "Tối mật; Bản số 1", "Tuyệt mật"])

    def test_pdf_register_shows_tuyet_mat(self):
        clerk = self.a["clerk"]
        env = self.env(user=clerk, context=dict(self.env.context, lang="vi_VN"))
        wizard = env["vn.register.print.wizard"].create(
            {
                "register_id": self.reg_in_secret.id,
                "date_from": "2026-01-01",
                "date_to": "2026-12-31",
                "book": "register",
            }
        )
        data = wizard.action_print()["data"]
        pdf = self.render_pdf("vn_reports.action_report_incoming_register", [], data, clerk)
        flat = " ".join(self.pdf_text(pdf, layout=False).split())
        for level in ("Tuyệt mật", "Tối mật", "Mật"):
            self.assertIn(level, flat)
        self.assertNotIn("top_secret", flat)

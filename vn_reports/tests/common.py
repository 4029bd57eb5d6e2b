import io
import subprocess

from odoo.tests.common import TransactionCase


class VnReportCase(TransactionCase):
    """Renders reports for real (wkhtmltopdf) and reads them back as text (pdftotext)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.sgd = ref("base.main_company")
        cls.thpt = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.xa = ref("hr_vn_civil_servant.company_xa_tan_lap")
        cls.user_sgd_tccb = ref("hr_vn_civil_servant.user_sgd_tccb")
        cls.user_xa_vhxh = ref("hr_vn_civil_servant.user_xa_vhxh")
        cls.user_thpt_hoso = ref("hr_vn_civil_servant.user_thpt_hoso")
        cls.user_thpt_gv = ref("hr_vn_civil_servant.user_thpt_gv")
        cls.user_thcs_gv = ref("hr_vn_civil_servant.user_thcs_gv")
        cls.user_thcs_vanthu = ref("hr_vn_civil_servant.user_thcs_vanthu")
        cls.emp_thpt_gv = ref("hr_vn_civil_servant.employee_thpt_gv")
        cls.emp_thcs_gv = ref("hr_vn_civil_servant.employee_thcs_gv")
        # Printing other people's data is an export: the HR offices print under an
        # authorisation recorded by someone else, chosen in the wizard.
        Authorization = cls.env["vn.export.authorization"]
        cls.authorizations = Authorization.create(
            [
                {
                    "reference": reference,
                    "issuer": "Sở Nội vụ tỉnh Hưng Yên",
                    "date": "2026-01-05",
                    "valid_until": "2099-12-31",
                    "purpose": "Báo cáo và danh sách",
                    "company_ids": [(6, 0, unit.ids)],
                    "user_ids": [(6, 0, user.ids)],
                    "state": "active",
                    "confirmed_by_id": ref("base.user_admin").id,
                }
                for reference, unit, user in (
                    ("01/SNV-TEST", cls.sgd, cls.user_sgd_tccb),
                    ("02/SNV-TEST", cls.xa, cls.user_xa_vhxh),
                )
            ]
        )
        for auth in cls.authorizations:
            cls.env["vn.export.authorization.wizard"].with_user(auth.user_ids).create(
                {"authorization_id": auth.id}
            ).action_confirm()

    def render_pdf(self, report_ref, res_ids, data=None, user=None):
        env = self.env(user=user) if user else self.env
        Report = env["ir.actions.report"].with_context(force_report_rendering=True)
        pdf, report_type = Report._render_qweb_pdf(report_ref, res_ids, data=data)
        self.assertEqual(report_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"), "the report must be a real PDF")
        return pdf

    def pdf_text(self, pdf, layout=True):
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + ["-", "-"]
        result = subprocess.run(args, input=pdf, capture_output=True, check=True)
        return result.stdout.decode("utf-8")

    def render_text(self, report_ref, res_ids, data=None, user=None, layout=True):
        return self.pdf_text(self.render_pdf(report_ref, res_ids, data=data, user=user), layout)

    def assertTextContains(self, text, needles):
        flat = " ".join(text.split())
        for needle in needles:
            self.assertIn(" ".join(needle.split()), flat, f"{needle!r} is missing from the PDF")

    def assertNoFalse(self, text):
        for word in ("False", "None"):
            self.assertNotIn(word, text, f"the PDF prints {word} for a missing value")

    def render_xlsx(self, report_ref, res_ids, data=None, user=None):
        import openpyxl

        env = self.env(user=user) if user else self.env
        content, report_type = env["ir.actions.report"]._render(report_ref, res_ids, data=data)
        self.assertEqual(report_type, "xlsx")
        return openpyxl.load_workbook(io.BytesIO(content))

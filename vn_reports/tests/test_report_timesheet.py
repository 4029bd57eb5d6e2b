"""Bảng chấm công (Mẫu C01-HD) printed for real (wkhtmltopdf, read back by pdftotext)
and exported to Excel (opened with openpyxl), as the clerk and the unit head; the other
school cannot print it."""

import io
import subprocess

import openpyxl

from odoo.exceptions import AccessError

from odoo.addons.documents_vn_office.tests.office_common import VnOfficeCase

PDF = "vn_reports.action_report_timesheet_month"
XLSX = "vn_reports.action_report_timesheet_month_xlsx"


class TestReportTimesheet(VnOfficeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Sheet = cls.env(user=cls.a["clerk"])["vn.timesheet.month"]
        cls.sheet = Sheet.create({"company_id": cls.school_a.id, "month": 3, "year": 2026})
        cls.sheet.action_generate_lines()
        sick = cls.env.ref("documents_vn_office.timesheet_symbol_sick")
        trip = cls.env.ref("documents_vn_office.timesheet_symbol_business_trip")
        line = cls.sheet.line_ids.filtered(lambda ln: ln.employee_name == cls.a["teacher2"].name)
        line.with_user(cls.a["clerk"]).write({"day_02": sick.id, "day_03": trip.id})
        cls.sheet.with_user(cls.a["clerk"]).action_submit()
        cls.sheet.with_user(cls.a["unithead"]).action_confirm()

    def _render(self, ref, user):
        Report = self.env(user=user)["ir.actions.report"].with_context(force_report_rendering=True)
        if ref == PDF:
            return Report._render_qweb_pdf(ref, self.sheet.ids)
        return Report._render(ref, self.sheet.ids)

    def test_pdf_prints_the_form_with_symbols_and_totals(self):
        pdf, kind = self._render(PDF, self.a["clerk"])
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-layout", "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        ).stdout.decode()
        flat = " ".join(out.split())
        for needle in (
            "BẢNG CHẤM CÔNG",
            "Tháng 03 năm 2026",
            "Mẫu số C01-HD",
            "107/2017/TT-BTC",
            self.a["teacher2"].name,
            "Ốm, điều dưỡng: Ô",
            "Đi công tác: CT",
            "NGƯỜI CHẤM CÔNG",
            "NGƯỜI DUYỆT",
            self.a["unithead"].name,
        ):
            self.assertIn(needle, flat)
        self.assertNotIn("False", out)
        # the teacher's row: his sick day and business trip among the '+' of the month
        row = next(line for line in out.splitlines() if self.a["teacher2"].name in line)
        self.assertIn("Ô", row)
        self.assertIn("CT", row)
        self.assertIn("+", row)

    def test_excel_opens_with_the_same_cells(self):
        content, kind = self._render(XLSX, self.a["unithead"])
        self.assertEqual(kind, "xlsx")
        ws = openpyxl.load_workbook(io.BytesIO(content)).active
        self.assertEqual(ws.title, "03-2026")
        values = [[c.value for c in row] for row in ws.iter_rows()]
        flat = [v for row in values for v in row if v is not None]
        self.assertIn("BẢNG CHẤM CÔNG", flat)
        row = next(r for r in values if self.a["teacher2"].name in r)
        # STT, name, position, then day 1 (Sunday: blank), day 2 Ô, day 3 CT, day 4 +
        self.assertEqual(row[3:7], [None, "Ô", "CT", "+"])
        days = len(self.sheet._vn_matrix()["days"])
        totals = row[3 + days : 3 + days + 5]
        self.assertEqual(totals, [21, 0, 0, 1, 0])

    def test_other_school_cannot_print(self):
        for ref in (PDF, XLSX):
            with self.assertRaises(AccessError):
                self._render(ref, self.b["clerk"])

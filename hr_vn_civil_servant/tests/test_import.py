import io
import os

import openpyxl

from odoo.tests.common import TransactionCase
from odoo.tools.misc import file_path

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class TestImport(TransactionCase):
    """Excel import of personnel records through Odoo's standard import."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.thcs = cls.env.ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.thcs.vn_records_locked = False
        cls.hr_office = cls.env.ref("hr_vn_civil_servant.user_xa_vhxh")

    def _template_rows(self, rows):
        path = file_path("hr_vn_civil_servant/static/xls/hr_employee_import_template.xlsx")
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.active
        headers = [cell.value for cell in sheet[1]]
        sheet.delete_rows(2, sheet.max_row)
        for row in rows:
            sheet.append([row.get(h) for h in headers])
        buffer = io.BytesIO()
        workbook.save(buffer)
        return headers, buffer.getvalue()

    def _import(self, rows, dryrun=False):
        headers, content = self._template_rows(rows)
        wizard = (
            self.env["base_import.import"]
            .with_user(self.hr_office)
            .create({"res_model": "hr.employee", "file": content, "file_type": XLSX})
        )
        used = [h for h in headers if any(row.get(h) for row in rows)]
        fields_ = [h if h in used else False for h in headers]
        return wizard.execute_import(
            fields_, headers, {"has_headers": True, "date_format": "%Y-%m-%d"}, dryrun=dryrun
        )

    def test_template_offered(self):
        templates = self.env["hr.employee"].get_import_templates()
        self.assertTrue(templates[0]["template"].endswith("hr_employee_import_template.xlsx"))
        path = file_path("hr_vn_civil_servant/static/xls/hr_employee_import_template.xlsx")
        self.assertTrue(os.path.getsize(path) > 0)
        headers = [c.value for c in openpyxl.load_workbook(path).active[1]]
        for name in headers:
            self.assertIn(name, self.env["hr.employee"]._fields, name)

    def test_good_file(self):
        result = self._import(
            [
                {
                    "name": "Trịnh Thu Trang",
                    "identification_id": "033196004521",
                    "birthday": "1996-02-14",
                    "gender": "female",
                    "company_id": self.thcs.name,
                    "job_title": "Giáo viên",
                },
            ]
        )
        self.assertFalse(result["messages"], result["messages"])
        employee = self.env["hr.employee"].browse(result["ids"])
        self.assertEqual(employee.company_id, self.thcs)
        self.assertEqual(employee.identification_id, "033196004521")

    def test_bad_row_refuses_whole_file(self):
        before = self.env["hr.employee"].search_count([])
        result = self._import(
            [
                {
                    "name": "Lý Văn Toàn",
                    "identification_id": "033092001111",
                    "birthday": "1992-07-01",
                    "gender": "male",
                    "company_id": self.thcs.name,
                },
                {
                    "name": "Mai Thị Hạnh",
                    "identification_id": "12345",
                    "birthday": "1994-01-20",
                    "gender": "female",
                    "company_id": self.thcs.name,
                },
            ]
        )
        self.assertFalse(result["ids"])
        errors = [m for m in result["messages"] if m["type"] == "error"]
        self.assertTrue(errors)
        # one error, on the second data row (row 3 of the sheet), with the reason
        self.assertEqual(len(errors), 1, errors)
        self.assertIn("12345", errors[0]["message"])
        self.assertEqual(errors[0]["rows"]["from"], 1)
        self.assertEqual(self.env["hr.employee"].search_count([]), before)
        self.assertFalse(self.env["hr.employee"].search([("name", "=", "Lý Văn Toàn")]))

    def test_history_line_templates(self):
        for model in ("vn.training", "vn.family.member", "vn.reward", "vn.work.history"):
            templates = self.env[model].get_import_templates()
            self.assertTrue(templates, model)
            path = file_path(templates[0]["template"].lstrip("/"))
            headers = [c.value for c in openpyxl.load_workbook(path).active[1]]
            for name in headers:
                self.assertIn(name, self.env[model]._fields, f"{model}.{name}")

    def test_history_line_import(self):
        employee = self.env.ref("hr_vn_civil_servant.employee_thcs_gv")
        path = file_path("hr_vn_civil_servant/static/xls/vn_training_import_template.xlsx")
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.active
        headers = [cell.value for cell in sheet[1]]
        rows = [
            {
                "employee_id": employee.name,
                "school": "Trường ĐHSP Hà Nội",
                "date_from": "2024-07-01",
                "date_to": "2024-07-15",
            },
            {
                "employee_id": employee.name,
                "school": "Sở GD&ĐT",
                "date_from": "2025-07-20",
                "date_to": "2025-07-01",
            },
        ]
        for row in rows:
            sheet.append([row.get(h) for h in headers])
        buffer = io.BytesIO()
        workbook.save(buffer)
        wizard = (
            self.env["base_import.import"]
            .with_user(self.hr_office)
            .create({"res_model": "vn.training", "file": buffer.getvalue(), "file_type": XLSX})
        )
        used = {"employee_id", "school", "date_from", "date_to"}
        fields_ = [h if h in used else False for h in headers]
        before = self.env["vn.training"].search_count([])
        result = wizard.execute_import(
            fields_, headers, {"has_headers": True, "date_format": "%Y-%m-%d"}
        )
        errors = [m for m in result["messages"] if m["type"] == "error"]
        self.assertEqual(len(errors), 1, errors)
        self.assertEqual(errors[0]["rows"]["from"], 1)
        self.assertEqual(self.env["vn.training"].search_count([]), before)
        # the good row alone imports
        sheet.delete_rows(3)
        buffer = io.BytesIO()
        workbook.save(buffer)
        wizard.file = buffer.getvalue()
        result = wizard.execute_import(
            fields_, headers, {"has_headers": True, "date_format": "%Y-%m-%d"}
        )
        self.assertFalse(result["messages"], result["messages"])
        self.assertEqual(self.env["vn.training"].browse(result["ids"]).employee_id, employee)

from odoo import models


class TimesheetMonthXlsx(models.AbstractModel):
    """Excel copy of the Bảng chấm công: same header, columns and totals as the PDF (one
    prepared matrix, ``vn.timesheet.month._vn_matrix``), one sheet per timesheet."""

    _name = "report.vn_reports.timesheet_month_xlsx"
    _inherit = ["report.report_xlsx.abstract", "vn.report.format"]
    _description = "Report: Monthly Timesheet (Excel)"

    def generate_xlsx_report(self, workbook, data, objs):
        Pdf = self.env["report.vn_reports.report_timesheet_month"]
        for sheet in Pdf._vn_sheets(objs.ids):
            m = Pdf._vn_sheet_values(sheet)
            days = [(f"d{d}", f"{d}\n{w}") for d, w in zip(m["days"], m["weekdays"])]
            totals = [(f"t{i}", label) for i, label in enumerate(m["total_labels"])]
            ws = self._vn_write_matrix_sheet(
                workbook,
                f"{sheet.month:02d}-{sheet.year}",
                header={
                    "agency": m["agency"],
                    "form_code": m["form_code"],
                    "form_basis": m["form_basis"],
                    "title": m["title"],
                    "subtitle": m["subtitle"],
                },
                groups=[
                    ("", [("index", "STT"), ("name", "Họ và tên"), ("job", "Chức vụ")]),
                    ("Ngày trong tháng", days),
                    ("Quy ra công", totals),
                ],
                rows=[
                    [r["index"], r["name"], r["job"]]
                    + [c or None for c in r["cells"]]
                    + r["totals"]
                    for r in m["rows"]
                ],
            )
            ws.set_column(2, 2, 14)
            ws.set_column(3, 2 + len(days), 4)
            row = 11 + len(m["rows"])
            ws.write(row, 1, "Ký hiệu chấm công:")
            for offset, (meaning, code) in enumerate(m["legend"], start=1):
                ws.write(row + offset, 1, meaning)
                ws.write(row + offset, 2, code)

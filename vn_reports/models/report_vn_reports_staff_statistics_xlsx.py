from odoo import models


class StaffStatisticsXlsx(models.AbstractModel):
    """Excel copy of the staff statistics: same header, columns and totals as the PDF
    (one prepared matrix, report.vn_reports.report_staff_statistics)."""

    _name = "report.vn_reports.staff_statistics_xlsx"
    _inherit = ["report.report_xlsx.abstract", "vn.report.format"]
    _description = "Report: Staff Statistics (Excel)"

    def generate_xlsx_report(self, workbook, data, objs):
        matrix = self.env["report.vn_reports.report_staff_statistics"]._vn_matrix_from_data(
            objs.ids, data, report_name="vn_reports.staff_statistics_xlsx"
        )
        self._vn_write_matrix_sheet(
            workbook,
            matrix["form_code"],
            header={
                "agency": matrix["agency"],
                "form_code": matrix["form_code"],
                "form_basis": matrix["form_basis"],
                "title": matrix["title"],
                "subtitle": f"Tính đến ngày {matrix['report_date_text']}",
            },
            groups=[("", [("index", "STT"), ("unit", "Tên đơn vị")])] + matrix["groups"],
            rows=[[row["index"], row["unit"]] + row["values"] for row in matrix["rows"]],
            totals=["", "Tổng cộng"] + matrix["totals"],
        )

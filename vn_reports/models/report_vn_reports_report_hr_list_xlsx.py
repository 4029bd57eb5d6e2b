from odoo import models


class ReportHrListXlsx(models.AbstractModel):
    """Excel copy of the HR office lists (same prepared list as the PDF)."""

    _name = "report.vn_reports.report_hr_list_xlsx"
    _inherit = ["report.report_xlsx.abstract", "vn.report.format"]
    _description = "Report: HR Office Lists (Excel)"

    def generate_xlsx_report(self, workbook, data, objs):
        lst = self.env["report.vn_reports.report_hr_list"]._vn_list(
            data or {}, report_name="vn_reports.report_hr_list_xlsx"
        )
        self._vn_write_matrix_sheet(
            workbook,
            lst["list_type"],
            header={"agency": lst["agency"], "title": lst["title"], "subtitle": lst["subtitle"]},
            groups=[("", [(str(i), label) for i, label in enumerate(lst["columns"])])],
            rows=lst["rows"],
            totals=lst["totals"],
        )

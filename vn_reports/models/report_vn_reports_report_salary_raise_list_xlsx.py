from odoo import models


class ReportSalaryRaiseListXlsx(models.AbstractModel):
    """Excel copy of the step-raise list (same prepared list as the PDF)."""

    _name = "report.vn_reports.report_salary_raise_list_xlsx"
    _inherit = ["report.report_xlsx.abstract", "vn.report.format"]
    _description = "Report: Step-Raise List (Excel)"

    def generate_xlsx_report(self, workbook, data, objs):
        lists = self.env["report.vn_reports.report_salary_raise_list"]._vn_batch_lists(
            objs, "vn_reports.report_salary_raise_list_xlsx"
        )
        for index, lst in enumerate(lists, start=1):
            self._vn_write_matrix_sheet(
                workbook,
                f"dot_{index}",
                header={
                    "agency": lst["agency"],
                    "title": lst["title"],
                    "subtitle": lst["subtitle"],
                },
                groups=[("", [(str(i), label) for i, label in enumerate(lst["columns"])])],
                rows=lst["rows"],
            )

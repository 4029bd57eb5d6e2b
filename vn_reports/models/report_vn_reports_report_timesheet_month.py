from odoo import _, api, models
from odoo.exceptions import UserError


class ReportTimesheetMonth(models.AbstractModel):
    """Bảng chấm công (Mẫu số C01-HD, Thông tư 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài
    chính): one row per employee, one column per day, the totals per kind (columns
    32-35), the legend of the symbols and the three signatures (người chấm công, phụ
    trách bộ phận, thủ trưởng đơn vị / người duyệt)."""

    _name = "report.vn_reports.report_timesheet_month"
    _inherit = "vn.report.format"
    _description = "Report: Monthly Timesheet (C01-HD)"

    FORM_CODE = "Mẫu số C01-HD"
    FORM_BASIS = "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)"

    @api.model
    def _vn_sheet_values(self, sheet):
        matrix = sheet._vn_matrix()
        return dict(
            matrix,
            sheet=sheet,
            agency=self._vn_agency(sheet.company_id),
            form_code=self.FORM_CODE,
            form_basis=self.FORM_BASIS,
            title="BẢNG CHẤM CÔNG",
            subtitle=f"Tháng {sheet.month:02d} năm {sheet.year}",
            preparer=sheet.preparer_id.name or "",
            confirmer=sheet.confirmer_id.name or "",
            date_line=self._vn_date_line(self._vn_place(sheet.company_id), sheet.confirm_date)
            if sheet.confirm_date
            else "",
        )

    @api.model
    def _vn_sheets(self, docids):
        sheets = self.env["vn.timesheet.month"].browse(docids)
        sheets.check_access("read")
        if not sheets:
            raise UserError(_("Select at least one timesheet."))
        return sheets

    @api.model
    def _get_report_values(self, docids, data=None):
        sheets = self._vn_sheets(docids)
        return {
            "doc_ids": sheets.ids,
            "doc_model": "vn.timesheet.month",
            "docs": sheets,
            "sheets": [self._vn_sheet_values(sheet) for sheet in sheets],
        }

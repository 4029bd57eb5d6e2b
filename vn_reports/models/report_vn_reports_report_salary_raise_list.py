"""Step-raise batch: the list of the raises (PDF and Excel) and its shared preparation."""

from odoo import _, api, models
from odoo.exceptions import AccessError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

TITLES = {
    "regular": "nâng bậc lương thường xuyên",
    "over_ceiling": "hưởng phụ cấp thâm niên vượt khung",
    "early": "nâng bậc lương trước thời hạn",
    "postponed": "nâng bậc lương (kéo dài thời gian nâng bậc)",
}
KIND_LABELS = {
    "regular": "Thường xuyên",
    "over_ceiling": "Vượt khung",
    "early": "Trước thời hạn",
    "postponed": "Kéo dài",
}


class ReportSalaryRaiseList(models.AbstractModel):
    _name = "report.vn_reports.report_salary_raise_list"
    _inherit = "vn.report.format"
    _description = "Report: Step-Raise List"

    COLUMNS = [
        "STT", "Họ và tên", "Đơn vị", "Mã ngạch, chức danh", "Hình thức", "Bậc hiện hưởng",
        "Hệ số hiện hưởng", "Bậc mới", "Hệ số mới", "Vượt khung (%)", "Ngày hưởng",
        "Số quyết định",
    ]  # fmt: skip

    @api.model
    def _vn_batch_lists(self, batches, report_name):
        """One prepared list per batch. Printing it is an export of the listed staff's
        data (checked and logged first)."""
        if not self.env.user.has_group("hr.group_hr_user"):
            raise AccessError(_("Only the HR officers print the personnel lists."))
        batches.check_access("read")
        self._vn_check_personnel_output(batches.line_ids.employee_id, report_name)
        result = []
        for batch in batches:
            rows = []
            for index, line in enumerate(batch.line_ids, start=1):
                emp = line.employee_id.sudo()
                rows.append([
                    index, emp.name, emp.company_id.name, line.grade_id.code or "",
                    KIND_LABELS.get(line.kind, ""), line.current_step or "",
                    self._vn_number(line.current_coefficient) if line.current_coefficient else "",
                    line.new_step or "",
                    self._vn_number(line.new_coefficient) if line.new_coefficient else "",
                    line.new_over_ceiling_percent or "", self._vn_date(line.effective_date),
                    line.decision_number or "",
                ])  # fmt: skip
            body = rows
            weights = [
                min(max([len(str(r[i] or "")) for r in body] + [len(self.COLUMNS[i]) // 2]), 40) + 3
                for i in range(len(self.COLUMNS))
            ]
            widths = [100.0 * w / sum(weights) for w in weights]
            company = batch.company_id
            result.append(
                {
                    "batch": batch,
                    "agency": self._vn_agency(company),
                    "title": "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐƯỢC NÂNG BẬC LƯƠNG",
                    "subtitle": (
                        f"{batch.name} - Từ ngày {self._vn_date(batch.period_start)} "
                        f"đến ngày {self._vn_date(batch.period_end)}"
                    ),
                    "draft": batch.state != "approved",
                    "columns": self.COLUMNS,
                    "rows": rows,
                    "pages": self._vn_paginate(
                        body, widths, page_lines=42, first_page_lines=34, chars_per_pct=1.5
                    ),
                    "date_line": self._vn_date_line(
                        self._vn_place(company), batch.approval_date or vn_today(self)
                    ),
                }
            )
        return result

    @api.model
    def _get_report_values(self, docids, data=None):
        batches = self.env["vn.salary.raise.batch"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "vn.salary.raise.batch",
            "docs": batches,
            "lists": self._vn_batch_lists(batches, "vn_reports.report_salary_raise_list"),
        }

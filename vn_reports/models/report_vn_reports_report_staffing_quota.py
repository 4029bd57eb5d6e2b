from odoo import _, api, models
from odoo.exceptions import AccessError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today


class ReportStaffingQuota(models.AbstractModel):
    """Quota against actual per unit (Báo cáo biên chế được giao và thực hiện): the
    staffing quotas printed with the people working now and the difference. Counts only:
    no personal data."""

    _name = "report.vn_reports.report_staffing_quota"
    _inherit = "vn.report.format"
    _description = "Report: Staffing Quota and Actual"

    @api.model
    def _vn_quota_table(self, quota_ids):
        if not self.env.user.has_group("hr_vn_civil_servant.group_records_officer"):
            raise AccessError(_("Only the HR officers print the staffing quotas."))
        rows = self.env["vn.staffing.report"].search(
            [("id", "in", list(quota_ids))], order="company_id, year desc, kind, position_id"
        )
        kinds = dict(rows._fields["kind"]._description_selection(self.env))
        company = rows[:1].company_id._vn_settings_company() if rows else self.env.company
        today = vn_today(self)
        table = [
            [
                index,
                row.company_id.name,
                row.year,
                kinds.get(row.kind, ""),
                row.position_id.name or "",
                row.quota,
                row.actual,
                row.difference,
                row.decision_ref or "",
            ]
            for index, row in enumerate(rows, start=1)
        ]
        return {
            "agency": self._vn_agency(company),
            "title": "BÁO CÁO BIÊN CHẾ, SỐ LƯỢNG NGƯỜI LÀM VIỆC ĐƯỢC GIAO VÀ THỰC HIỆN",
            "date_line": self._vn_date_line(self._vn_place(company), today),
            "columns": [
                "STT",
                "Đơn vị",
                "Năm",
                "Loại",
                "Vị trí việc làm",
                "Được giao",
                "Hiện có",
                "Chênh lệch",
                "Quyết định giao",
            ],
            "pages": self._vn_paginate(
                table, [4, 22, 6, 18, 18, 7, 7, 7, 11], page_lines=24, first_page_lines=18
            ),
            "rows": table,
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        quotas = self.env["vn.staffing.quota"].browse(docids)
        quotas.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": "vn.staffing.quota",
            "docs": quotas,
            "lst": self._vn_quota_table(quotas.ids),
        }

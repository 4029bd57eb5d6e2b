from odoo import _, api, models
from odoo.exceptions import AccessError

from .report_vn_reports_report_salary_raise_list import TITLES


class ReportSalaryRaiseDecision(models.AbstractModel):
    """Quyết định nâng bậc lương: one decision per raise of a batch (NĐ 30/2020/NĐ-CP
    layout of an individual decision; grounds: NĐ 204/2004/NĐ-CP, Thông tư 08/2013/TT-BNV,
    Thông tư 04/2005/TT-BNV for the over-ceiling allowance)."""

    _name = "report.vn_reports.report_salary_raise_decision"
    _inherit = "vn.report.format"
    _description = "Report: Step-Raise Decisions"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not self.env.user.has_group("hr.group_hr_user"):
            raise AccessError(_("Only the HR officers print the personnel lists."))
        batches = self.env["vn.salary.raise.batch"].browse(docids)
        batches.check_access("read")
        self._vn_check_personnel_output(
            batches.line_ids.employee_id, "vn_reports.report_salary_raise_decision"
        )
        decisions = []
        for batch in batches:
            company = batch.company_id.sudo()
            for line in batch.line_ids:
                emp = line.employee_id.sudo()
                decisions.append(
                    {
                        "agency": self._vn_agency(company),
                        "number_line": f"Số: {line.decision_number or '......'}",
                        "date_line": self._vn_date_line(
                            self._vn_place(company), batch.approval_date
                        ),
                        "draft": batch.state != "approved",
                        "about": TITLES.get(line.kind, ""),
                        "head": f"THỦ TRƯỞNG {company.name.upper()}",
                        "kind": line.kind,
                        "title": "Ông" if emp.gender == "male" else "Bà",
                        "name": emp.name,
                        "job": emp.job_title or "",
                        "unit": emp.company_id.name,
                        "grade": f"{line.grade_id.name or ''} (mã số {line.grade_id.code or ''})",
                        "step": line.current_step,
                        "coef": self._vn_number(line.current_coefficient),
                        "new_step": line.new_step,
                        "new_coef": self._vn_number(line.new_coefficient),
                        "percent": line.new_over_ceiling_percent,
                        "early": line.early_months,
                        "postponed": line.postponed_months,
                        "effective": self._vn_date(line.effective_date),
                        "signer": batch.decision_signer or "",
                    }
                )
        return {
            "doc_ids": docids,
            "doc_model": "vn.salary.raise.batch",
            "docs": batches,
            "decisions": decisions,
        }

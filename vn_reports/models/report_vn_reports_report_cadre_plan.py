from odoo import api, models

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today


class ReportCadrePlan(models.AbstractModel):
    """Danh sách quy hoạch: the people planned for each leadership position of the unit
    in the term (removed people are left out), with the plan's decision. The list is
    personnel data of other people: printing it is an export (right, authorisation,
    log), like every list of the HR office."""

    _name = "report.vn_reports.report_cadre_plan"
    _inherit = "vn.report.format"
    _description = "Report: Cadre Plan"

    @api.model
    def _vn_plan_values(self, plan, report_name="vn_reports.report_cadre_plan"):
        plan.check_access("read")
        lines = plan.line_ids.filtered(lambda line: line.state == "planned")
        self._vn_check_personnel_output(lines.employee_id, report_name)
        table = []
        for index, line in enumerate(
            lines.sorted(lambda r: (r.position_id.sequence, r.sequence, r.id)), 1
        ):
            employee = line.employee_id.sudo()
            table.append(
                [
                    index,
                    employee.name,
                    self._vn_date(employee.birthday) if employee.birthday else "",
                    employee.vn_position_id.name or employee.job_title or "",
                    employee.company_id.name,
                    line.position_id.name,
                    line.added_year or "",
                ]
            )
        company = plan.company_id
        return {
            "agency": self._vn_agency(company._vn_settings_company()),
            "title": "DANH SÁCH QUY HOẠCH CÁN BỘ LÃNH ĐẠO, QUẢN LÝ",
            "subtitle": f"{company.name}, nhiệm kỳ {plan.term_start} - {plan.term_end}",
            "decision": plan.decision_ref
            and f"(Kèm theo Quyết định số {plan.decision_ref}"
            + (f" ngày {self._vn_date(plan.decision_date)})" if plan.decision_date else ")"),
            "date_line": self._vn_date_line(self._vn_place(company), vn_today(self)),
            "columns": [
                "STT",
                "Họ và tên",
                "Ngày sinh",
                "Chức vụ hiện tại",
                "Đơn vị công tác",
                "Chức danh quy hoạch",
                "Năm đưa vào",
            ],
            "pages": self._vn_paginate(
                table, [5, 20, 10, 18, 20, 20, 7], page_lines=24, first_page_lines=18
            ),
            "rows": table,
            "totals": None,
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        plans = self.env["vn.cadre.plan"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "vn.cadre.plan",
            "docs": plans,
            "plans": [(plan, self._vn_plan_values(plan)) for plan in plans],
        }

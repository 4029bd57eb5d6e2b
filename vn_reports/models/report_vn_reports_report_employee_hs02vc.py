"""Mẫu HS02-VC/BNV, Sơ yếu lý lịch viên chức (Thông tư 07/2019/TT-BNV ngày 01/6/2019).

The items are prepared once by the 2C report (report.vn_reports.report_employee_2c);
only the form code, the header and the title differ."""

from odoo import models


class ReportEmployeeHs02vc(models.AbstractModel):
    _name = "report.vn_reports.report_employee_hs02vc"
    _inherit = "report.vn_reports.report_employee_2c"
    _description = "CV of a public employee (Form HS02-VC/BNV)"
    _vn_form = "hs02vc"
    _vn_report_name = "vn_reports.report_employee_hs02vc"

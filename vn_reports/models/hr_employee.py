from odoo import models

# Staff categories printed on Mẫu HS02-VC/BNV (viên chức, Luật Viên chức 2010);
# every other category prints Mẫu 2C-BNV/2008 (cán bộ, công chức).
CV_REPORT_BY_CATEGORY = {"public_employee": "vn_reports.action_report_employee_hs02vc"}
CV_REPORT_DEFAULT = "vn_reports.action_report_employee_2c"


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    def _vn_cv_report_xmlid(self):
        """XML id of the CV form of this employee: HS02-VC/BNV for a viên chức
        (TT 07/2019/TT-BNV), 2C-BNV/2008 for cán bộ, công chức (QĐ 02/2008/QĐ-BNV)."""
        self.ensure_one()
        category = self.sudo().vn_staff_category
        return CV_REPORT_BY_CATEGORY.get(category, CV_REPORT_DEFAULT)

    def _vn_cv_report_action(self):
        """Action dict printing this employee's CV on the form of his staff category.
        The report itself checks the caller's rights on the record."""
        self.ensure_one()
        return self.env.ref(self._vn_cv_report_xmlid()).report_action(self, config=False)

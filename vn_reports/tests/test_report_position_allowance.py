"""Staff list with salary: the position allowance of the end of the period for the unit's
column (NĐ 07/2026/NĐ-CP; TT 33/2005/TT-BGDĐT by school class), an unverified value marked."""

from datetime import date

from .common import VnReportCase


class TestReportPositionAllowance(VnReportCase):
    def _allowance_cell(self, employee, date_to):
        report = self.env["report.vn_reports.report_hr_list"].with_user(self.user_xa_vhxh)
        _cols, rows, _tot, staff = report._vn_salary(
            employee.company_id, date(date_to.year, 1, 1), date_to
        )
        self.assertIn(employee, staff)
        row = next(r for r in rows if r[1] == employee.name)
        return row[6]

    def test_school_class_value_marked_and_region_value_by_date(self):
        emp = self.emp_thcs_gv.sudo()
        self.thcs.sudo().vn_school_class = "1"
        emp.vn_position_id = self.env.ref("hr_vn_civil_servant.position_thcs_ht")
        self.assertEqual(self._allowance_cell(emp, date(2026, 6, 30)), "0,55 (chưa xác minh)")
        # a commune trưởng phòng in Hà Nội: 0,35 from 2026 (verified), 0,30 in 2025 (marked)
        self.thcs.sudo().vn_allowance_region = "hn_hcm"
        emp.vn_position_id = self.env.ref("hr_vn_civil_servant.position_xa_tp")
        self.assertEqual(self._allowance_cell(emp, date(2026, 6, 30)), "0,35")
        self.assertEqual(self._allowance_cell(emp, date(2025, 12, 31)), "0,30 (chưa xác minh)")

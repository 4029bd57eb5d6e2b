"""BM01-VC "Hạng I–IV" columns (issue 10 point 10): counted from the title's own rank
(vn.grade.rank), so a hạng I teacher paid on A2.1 is counted in hạng I, not hạng II."""

from datetime import date

from .common import VnReportCase


class TestStatisticsByRank(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.report_date = date(2026, 11, 21)
        cls.grade_i = cls.env.ref("hr_vn_civil_servant.grade_v07_05_13")
        cls.teacher = cls.env["hr.employee"].create(
            {
                "name": "Đỗ Văn Hạng Nhất",
                "company_id": cls.thpt.id,
                "gender": "male",
                "birthday": "1980-03-02",
                "vn_staff_category": "public_employee",
            }
        )
        cls.env["vn.salary.history"].create(
            {
                "employee_id": cls.teacher.id,
                "date": date(2024, 9, 1),
                "grade_id": cls.grade_i.id,
                "step": 1,
            }
        )

    def _totals(self):
        Stats = self.env["report.vn_reports.report_staff_statistics"].with_user(self.user_sgd_tccb)
        m = Stats._vn_statistics_matrix(self.sgd, "bm01_vc", self.report_date)
        return dict(zip([k for k, _l in m["columns"]], m["totals"]))

    def test_rank_i_teacher_counted_in_rank_i(self):
        self.assertEqual(self.grade_i.rank, "1")
        self.assertEqual(self.grade_i.pay_group_id.code, "A2.1")
        self.assertEqual(self.teacher.vn_grade_id, self.grade_i)
        before = self._totals()
        self.assertGreaterEqual(before["g_a3"], 1)
        # moving him to hạng II moves the count from the hạng I column to the hạng II one
        self.env["vn.salary.history"].create(
            {
                "employee_id": self.teacher.id,
                "date": date(2025, 9, 1),
                "grade_id": self.env.ref("hr_vn_civil_servant.grade_v07_05_14").id,
                "step": 1,
            }
        )
        after = self._totals()
        self.assertEqual(after["g_a3"], before["g_a3"] - 1)
        self.assertEqual(after["g_a2"], before["g_a2"] + 1)

    def test_rank_columns_equal_counts_by_rank(self):
        totals = self._totals()
        Employee = self.env["hr.employee"].with_user(self.user_sgd_tccb)
        base = [
            ("company_id", "child_of", self.sgd.id),
            ("vn_staff_category", "=", "public_employee"),
            ("vn_work_state", "=", "working"),
        ]
        for key, rank in (("g_a3", "1"), ("g_a2", "2"), ("g_a1", "3"), ("g_b", "4")):
            self.assertEqual(
                totals[key], Employee.search_count(base + [("vn_grade_id.rank", "=", rank)]), key
            )

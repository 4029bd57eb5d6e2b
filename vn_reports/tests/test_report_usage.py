"""Issue 12, point 11: the monthly usage report printed as a PDF, a row per person and
the unit's total, for the unit's leader only."""

from datetime import timedelta

from odoo.exceptions import AccessError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import VnReportCase


class TestReportUsage(VnReportCase):
    def test_leader_prints_the_month_of_his_school(self):
        leader = self.env.ref("hr_vn_civil_servant.user_thcs_hieutruong")
        today = vn_today(self.env["vn.work.task"])
        env = self.env(user=leader, context={"allowed_company_ids": self.thcs.ids})
        task = env["vn.work.task"].create(
            {
                "name": "Tổng hợp số liệu thi đua (báo cáo)",
                "company_id": self.thcs.id,
                "lead_user_id": self.user_thcs_gv.id,
                "deadline": today + timedelta(days=3),
            }
        )
        task.with_user(self.user_thcs_gv).action_accept()
        task.with_user(self.user_thcs_gv).action_finish("Đã nộp")
        wizard = env["vn.usage.report.wizard"].create(
            {"month": str(today.month), "year": today.year, "company_ids": [(6, 0, self.thcs.ids)]}
        )
        action = wizard.action_print_pdf()
        self.assertEqual(action["report_name"], "vn_reports.report_usage")
        line = wizard.line_ids.filtered(lambda line: line.user_id == self.user_thcs_gv)
        self.assertGreaterEqual(line.tasks_on_time, 1)
        text = self.render_text("vn_reports.action_report_usage", wizard.ids, user=leader)
        self.assertTextContains(
            text,
            [
                "TRƯỜNG THCS TÂN LẬP",
                "BÁO CÁO TÌNH HÌNH SỬ DỤNG HỆ THỐNG",
                f"Tháng {today.month} năm {today.year}",
                self.user_thcs_gv.name,
                "Tổng cộng đơn vị",
            ],
        )
        self.assertNoFalse(text)
        # a teacher does not print it
        with self.assertRaises(AccessError):
            self.env(user=self.user_thcs_gv)["vn.usage.report.wizard"].create(
                {"month": "1", "year": 2026}
            )

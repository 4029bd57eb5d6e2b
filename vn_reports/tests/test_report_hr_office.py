"""The HR office's management outputs: the assigned headcount of the staff statistics
from the staffing quotas, the quota-against-actual PDF and the cadre plan list."""

from odoo.exceptions import AccessError

from .common import VnReportCase

STATS = "vn_reports.action_report_staff_statistics"
QUOTA = "vn_reports.action_report_staffing_quota"
PLAN = "vn_reports.action_report_cadre_plan"


class TestReportHrOffice(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Quota = cls.env["vn.staffing.quota"]
        cls.quota_thpt_cs = cls.Quota.create(
            {
                "company_id": cls.thpt.id,
                "year": 2026,
                "kind": "civil_servant",
                "quota": 3,
                "decision_ref": "86/QĐ-SGDĐT",
            }
        )

    def _data(self, company, form="bm02"):
        return {"company_id": company.id, "form": form, "report_date": "2026-11-21"}

    def test_statistics_print_the_assigned_quota(self):
        Stats = self.env["report.vn_reports.report_staff_statistics"].with_user(self.user_sgd_tccb)
        m = Stats._vn_statistics_matrix(self.sgd, "bm02", "2026-11-21")
        index = [k for k, _l in m["columns"]].index("assigned")
        assigned = {row["unit_id"]: row["values"][index] for row in m["rows"]}
        self.assertEqual(assigned, {self.sgd.id: 52, self.thpt.id: 3})
        self.assertEqual(m["totals"][index], 55)
        # another year has no quota: the column stays blank
        m = Stats._vn_statistics_matrix(self.sgd, "bm02", "2025-11-21")
        self.assertIsNone(m["totals"][index])
        # the other managing body's statistics never print body A's quota
        other = self.env["report.vn_reports.report_staff_statistics"].with_user(self.user_xa_vhxh)
        m = other._vn_statistics_matrix(self.xa, "bm02", "2026-11-21")
        self.assertEqual(m["totals"][index], 6)
        text = self.render_text(
            STATS, self.sgd.ids, data=self._data(self.sgd), user=self.user_sgd_tccb, layout=False
        )
        flat = " ".join(text.split())
        self.assertIn("Sở Giáo dục và Đào tạo tỉnh Hưng Yên 52", flat)
        self.assertIn("Tổng cộng 55", flat)

    def test_quota_against_actual_pdf(self):
        quotas = self.Quota.with_user(self.user_sgd_tccb).search([])
        self.assertNotIn(self.xa, quotas.company_id)
        text = self.render_text(QUOTA, quotas.ids, user=self.user_sgd_tccb, layout=False)
        self.assertTextContains(
            text,
            [
                "BÁO CÁO BIÊN CHẾ, SỐ LƯỢNG NGƯỜI LÀM VIỆC ĐƯỢC GIAO VÀ THỰC HIỆN",
                "Được giao",
                "Hiện có",
                "85/QĐ-SGDĐT",
                "Giáo viên trung học phổ thông hạng II",
            ],
        )
        self.assertNotIn("Tân Lập", text)
        self.assertNoFalse(text)
        other = self.Quota.search([("company_id", "=", self.xa.id)])
        with self.assertRaises(AccessError):
            self.render_pdf(QUOTA, other.ids, user=self.user_sgd_tccb)
        with self.assertRaises(AccessError):
            self.render_pdf(QUOTA, quotas.ids, user=self.user_thpt_gv)

    def test_cadre_plan_list_is_an_export_of_the_hr_office(self):
        plan = self.env.ref("hr_vn_civil_servant.cadre_plan_thpt_2026")
        Log = self.env["vn.personnel.export.log"]
        before = Log.search_count([("user_id", "=", self.user_sgd_tccb.id)])
        text = self.render_text(PLAN, plan.ids, user=self.user_sgd_tccb, layout=False)
        self.assertTextContains(
            text,
            [
                "DANH SÁCH QUY HOẠCH CÁN BỘ LÃNH ĐẠO, QUẢN LÝ",
                "Trường THPT Nguyễn Trãi, nhiệm kỳ 2026 - 2031",
                "Kèm theo Quyết định số 210/QĐ-SGDĐT",
                "Đỗ Thị Lan",
                "Phó Hiệu trưởng trường trung học phổ thông",
            ],
        )
        self.assertNoFalse(text)
        self.assertGreater(Log.search_count([("user_id", "=", self.user_sgd_tccb.id)]), before)
        # a teacher, a records officer and the other managing body print nothing
        for user in (self.user_thpt_gv, self.user_thpt_hoso, self.user_xa_vhxh):
            with self.assertRaises(AccessError, msg=user.login):
                self.render_pdf(PLAN, plan.ids, user=user)

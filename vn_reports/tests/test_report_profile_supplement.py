from odoo.exceptions import AccessError, UserError

from .common import VnReportCase

REPORT = "vn_reports.action_report_profile_supplement"


class TestReportProfileSupplement(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Request = cls.env["vn.profile.change.request"]
        cls.request = Request.create(
            {
                "employee_id": cls.emp_thcs_gv.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "line_type": "field",
                            "field_name": "vn_strengths",
                            "new_value_char": "Bồi dưỡng học sinh giỏi Vật lý",
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "line_type": "history",
                            "history_model": "vn.training",
                            "date_from": "2026-06-01",
                            "date_to": "2026-08-15",
                            "description": "Bồi dưỡng chuẩn chức danh nghề nghiệp hạng II",
                        },
                    ),
                ],
            }
        )
        cls.request.write(
            {
                "state": "approved",
                "approval_date": "2026-09-01 08:00:00",
                "submit_date": "2026-08-20 08:00:00",
            }
        )
        cls.draft = Request.create(
            {
                "employee_id": cls.emp_thcs_gv.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "line_type": "field",
                            "field_name": "vn_strengths",
                            "new_value_char": "Thí nghiệm",
                        },
                    )
                ],
            }
        )

    def test_supplement_slip_sections(self):
        text = self.render_text(REPORT, self.request.ids, user=self.user_xa_vhxh, layout=False)
        self.assertTextContains(
            text,
            [
                "PHIẾU BỔ SUNG LÝ LỊCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
                "Cơ quan, đơn vị có thẩm quyền quản lý CBCC, VC",
                "Cơ quan, đơn vị sử dụng CBCC, VC",
                "Từ ngày 20/08/2026 đến ngày 01/09/2026",
                "1) Họ và tên khai sinh (viết chữ in hoa)",
                "2) Sinh ngày",
                "3) Chức vụ (chức danh) hiện tại",
                "4) Ngạch công chức (viên chức)",
                "5) Bậc lương",
                "6) Ngày vào Đảng Cộng sản Việt Nam",
                "I. THAY ĐỔI VỀ CHỨC DANH, CHỨC VỤ, ĐƠN VỊ CÔNG TÁC",
                "II. ĐÀO TẠO, BỒI DƯỠNG",
                "III. KHEN THƯỞNG",
                "IV. KỶ LUẬT",
                "V. ĐI NƯỚC NGOÀI",
                "VI. TÌNH TRẠNG SỨC KHỎE",
                "VII. VỀ KINH TẾ BẢN THÂN",
                "VIII. VỀ GIA ĐÌNH",
                "IX. NHỮNG VẤN ĐỀ KHÁC CẦN BỔ SUNG",
                "Bồi dưỡng học sinh giỏi Vật lý",
                "01/06/2026 - 15/08/2026",
                "Người khai bổ sung",
                self.emp_thcs_gv.sudo().name.upper(),
            ],
        )
        flat = " ".join(text.split())
        # the training goes to section II, the strength to section IX
        self.assertLess(flat.index("II. ĐÀO TẠO"), flat.index("01/06/2026 - 15/08/2026"))
        self.assertLess(
            flat.index("IX. NHỮNG VẤN ĐỀ"), flat.index("Bồi dưỡng học sinh giỏi Vật lý")
        )
        self.assertNoFalse(text)

    def test_wizard_period_and_empty_period(self):
        wizard = (
            self.env["vn.profile.supplement.wizard"]
            .with_user(self.user_xa_vhxh)
            .create(
                {
                    "employee_id": self.emp_thcs_gv.id,
                    "date_from": "2026-01-01",
                    "date_to": "2026-12-31",
                }
            )
        )
        action = wizard.action_print()
        text = self.render_text(REPORT, [], data=action["data"], user=self.user_xa_vhxh)
        self.assertTextContains(text, ["Bồi dưỡng học sinh giỏi Vật lý"])
        wizard.date_from, wizard.date_to = "2025-01-01", "2025-12-31"
        with self.assertRaises(UserError) as caught:
            wizard.action_print()
        self.assertNotIsInstance(caught.exception, AccessError)

    def test_only_approved_requests(self):
        with self.assertRaises(UserError) as caught:
            self.render_pdf(REPORT, self.draft.ids, user=self.user_xa_vhxh)
        self.assertNotIsInstance(caught.exception, AccessError)

    def test_other_unit_cannot_print(self):
        with self.assertRaises(AccessError):
            self.render_pdf(REPORT, self.request.ids, user=self.user_thpt_hoso)

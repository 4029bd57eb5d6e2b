from odoo.exceptions import AccessError

from .common import VnReportCase

HS02 = "vn_reports.action_report_employee_hs02vc"
C2 = "vn_reports.action_report_employee_2c"


class TestCvForms(VnReportCase):
    """The CV form follows the staff category: HS02-VC/BNV for a viên chức
    (TT 07/2019/TT-BNV), 2C-BNV/2008 for cán bộ, công chức (QĐ 02/2008/QĐ-BNV)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.teacher = cls.emp_thpt_gv.sudo()
        cls.teacher.write(
            {
                "vn_staff_category": "public_employee",
                "identification_id": False,
                "birthday": "1961-03-05",
            }
        )
        cls.officer = cls.emp_thcs_gv.sudo()
        cls.officer.write(
            {
                "vn_staff_category": "civil_servant",
                "identification_id": False,
                "birthday": "1970-07-01",
            }
        )

    def test_action_follows_staff_category(self):
        hs02 = self.env.ref(HS02)
        c2 = self.env.ref(C2)
        action = self.teacher._vn_cv_report_action()
        self.assertEqual(action["report_name"], hs02.report_name)
        self.assertEqual(self.officer._vn_cv_report_action()["report_name"], c2.report_name)
        self.teacher.vn_staff_category = "cadre"
        self.assertEqual(self.teacher._vn_cv_report_action()["report_name"], c2.report_name)
        # Both forms are offered in the print menu of the employee.
        bound = self.env["ir.actions.report"].search(
            [("binding_model_id.model", "=", "hr.employee"), ("report_type", "=", "qweb-pdf")]
        )
        self.assertIn(hs02, bound)
        self.assertIn(c2, bound)

    def test_hs02_printed_for_a_public_employee(self):
        text = self.render_text(HS02, self.teacher.ids, user=self.user_sgd_tccb, layout=False)
        self.assertTextContains(text, ["HS02-VC/BNV", "07/2019/TT-BNV", "SƠ YẾU LÝ LỊCH VIÊN CHỨC"])
        self.assertNotIn("2C-BNV/2008", text)
        self.assertNotIn("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", text)
        self.assertIn("1961", text)
        self.assertNotIn("1.961", text)
        self.assertNotIn("::", text)
        self.assertNoFalse(text)

    def test_2c_printed_for_a_civil_servant(self):
        text = self.render_text(C2, self.officer.ids, user=self.user_xa_vhxh, layout=False)
        self.assertTextContains(text, ["2C-BNV/2008", "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC"])
        self.assertNotIn("HS02-VC/BNV", text)
        self.assertIn("1970", text)
        self.assertNotIn("1.970", text)
        self.assertNotIn("::", text)

    def test_hs02_keeps_the_2c_access_rules(self):
        """The second form is not a way around the first one's rights."""
        with self.assertRaises(AccessError):
            self.render_pdf(HS02, self.teacher.ids, user=self.user_thcs_gv)
        with self.assertRaises(AccessError):
            self.render_pdf(HS02, self.teacher.ids, user=self.user_thcs_vanthu)
        log = self.env["vn.personnel.export.log"].sudo()
        before = log.search_count([("report_name", "=", "vn_reports.report_employee_hs02vc")])
        self.render_pdf(HS02, self.teacher.ids, user=self.user_sgd_tccb)
        after = log.search_count([("report_name", "=", "vn_reports.report_employee_hs02vc")])
        self.assertEqual(after, before + 1, "printing someone's HS02 is logged as an export")

    def test_supplement_slip_code_and_training_columns(self):
        """The slip prints its form code (HS03-VC/BNV for a viên chức) and section II
        with the five columns of 2C item 27, from the training line the request created."""
        training = (
            self.env["vn.training"]
            .sudo()
            .create(
                {
                    "employee_id": self.teacher.id,
                    "school": "Trường Đại học Sư phạm Hà Nội",
                    "major": "Quản lý giáo dục",
                    "form": "in_service",
                    "diploma": "Thạc sĩ",
                    "date_from": "2024-09-01",
                    "date_to": "2026-06-30",
                }
            )
        )
        request = self.env["vn.profile.change.request"].create(
            {
                "employee_id": self.teacher.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "line_type": "history",
                            "history_model": "vn.training",
                            "date_from": "2024-09-01",
                            "date_to": "2026-06-30",
                            "description": "Thạc sĩ Quản lý giáo dục",
                        },
                    )
                ],
            }
        )
        request.line_ids.write({"history_res_id": training.id})
        request.write({"state": "approved", "approval_date": "2026-09-01 08:00:00"})
        supplement = "vn_reports.action_report_profile_supplement"
        text = self.render_text(supplement, request.ids, user=self.user_sgd_tccb, layout=False)
        flat = " ".join(text.split())
        self.assertIn("Theo mẫu HS03-VC/BNV", flat)
        self.assertTextContains(
            flat,
            [
                "Tên trường",
                "Chuyên ngành đào tạo, bồi dưỡng",
                "Hình thức đào tạo",
                "Văn bằng, chứng chỉ, trình độ gì",
                "Trường Đại học Sư phạm Hà Nội",
                "Tại chức",
                "Thạc sĩ",
            ],
        )
        self.assertLess(flat.index("II. ĐÀO TẠO"), flat.index("Trường Đại học Sư phạm Hà Nội"))
        self.assertLess(flat.index("Trường Đại học Sư phạm Hà Nội"), flat.index("III. KHEN"))
        # A công chức's slip names the 2C companion form, not HS03-VC.
        self.teacher.vn_staff_category = "civil_servant"
        text = self.render_text(supplement, request.ids, user=self.user_sgd_tccb, layout=False)
        self.assertNotIn("HS03-VC/BNV", text)
        self.assertIn("2C-BNV/2008", " ".join(text.split()))

from odoo.exceptions import AccessError

from .common import VnReportCase

REPORT = "vn_reports.action_report_employee_2c"

HEADINGS_2C = [
    "Mẫu 2C-BNV/2008",
    "Cơ quan, đơn vị có thẩm quyền quản lý CBCC",
    "Cơ quan, đơn vị sử dụng CBCC",
    "Số hiệu cán bộ, công chức",
    "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
    "1) Họ và tên khai sinh (viết chữ in hoa)",
    "2) Tên gọi khác",
    "3) Sinh ngày",
    "Giới tính (nam, nữ)",
    "4) Nơi sinh",
    "5) Quê quán",
    "6) Dân tộc",
    "7) Tôn giáo",
    "8) Nơi đăng ký hộ khẩu thường trú",
    "9) Nơi ở hiện nay",
    "10) Nghề nghiệp khi được tuyển dụng",
    "11) Ngày tuyển dụng",
    "Cơ quan tuyển dụng",
    "12) Chức vụ (chức danh) hiện tại",
    "13) Công việc chính được giao",
    "14) Ngạch công chức (viên chức)",
    "Mã ngạch",
    "Bậc lương",
    "Hệ số",
    "Ngày hưởng",
    "Phụ cấp chức vụ",
    "Phụ cấp khác",
    "15.1 Trình độ giáo dục phổ thông",
    "15.2 Trình độ chuyên môn cao nhất",
    "15.3 Lý luận chính trị",
    "15.4 Quản lý nhà nước",
    "15.5 Ngoại ngữ",
    "15.6 Tin học",
    "16) Ngày vào Đảng Cộng sản Việt Nam",
    "Ngày chính thức",
    "17) Ngày tham gia tổ chức chính trị - xã hội",
    "18) Ngày nhập ngũ",
    "Ngày xuất ngũ",
    "Quân hàm cao nhất",
    "19) Danh hiệu được phong tặng cao nhất",
    "20) Sở trường công tác",
    "21) Khen thưởng",
    "22) Kỷ luật",
    "23) Tình trạng sức khỏe",
    "Chiều cao",
    "Cân nặng",
    "Nhóm máu",
    "24) Là thương binh hạng",
    "Là con gia đình chính sách",
    "25) Số chứng minh nhân dân",
    "Ngày cấp",
    "26) Số sổ BHXH",
    "27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC",
    "Tên trường",
    "Chuyên ngành đào tạo, bồi dưỡng",
    "Từ tháng, năm - đến tháng, năm",
    "Hình thức đào tạo",
    "Văn bằng, chứng chỉ, trình độ gì",
    "28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC",
    "29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN",
    "30) QUAN HỆ GIA ĐÌNH",
    "a) Về bản thân",
    "b) Về bên vợ (hoặc chồng)",
    "Mối quan hệ",
    "Họ và tên",
    "Năm sinh",
    "31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC",
    "Tháng/năm",
    "Mã ngạch/bậc",
    "Hệ số lương",
    "32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC",
    "Người khai",
    "Tôi xin cam đoan những lời khai trên đây là đúng sự thật",
    "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC",
]


class TestReportEmployee2c(VnReportCase):
    def test_2c_every_item_and_the_employee(self):
        """The HR office prints a teacher's CV: all 32 items, name and ID with diacritics."""
        employee = self.emp_thpt_gv.sudo()
        employee.write({"identification_id": "033086999888", "vn_staff_number": "THPT-0026"})
        text = self.render_text(REPORT, employee.ids, user=self.user_sgd_tccb, layout=False)
        self.assertTextContains(text, HEADINGS_2C)
        self.assertTextContains(
            text, ["HOÀNG MINH TUẤN", "Hoàng Minh Tuấn", "Trường THPT Nguyễn Trãi", "THPT-0026"]
        )
        self.assertIn("25) Số chứng minh nhân dân: 033086999888", " ".join(text.split()))
        self.assertNoFalse(text)

    def test_2c_tables_filled_from_history(self):
        employee = self.emp_thpt_gv.sudo()
        employee.vn_training_ids = [
            (
                0,
                0,
                {
                    "school": "Trường Đại học Sư phạm Hà Nội",
                    "major": "Sư phạm Toán học",
                    "date_from": "2004-09-01",
                    "date_to": "2008-06-30",
                    "form": "full_time",
                    "diploma": "Cử nhân",
                },
            )
        ]
        employee.vn_family_ids = [
            (
                0,
                0,
                {
                    "side": "spouse",
                    "relation": "father",
                    "name": "Đặng Văn Khải",
                    "birth_year": 1955,
                    "details": "Nông dân, xã Tân Lập",
                },
            ),
        ]
        text = self.render_text(REPORT, employee.ids, user=self.user_sgd_tccb, layout=False)
        self.assertTextContains(
            text,
            [
                "Trường Đại học Sư phạm Hà Nội",
                "Sư phạm Toán học",
                "09/2004 - 06/2008",
                "Chính quy",
                "Cử nhân",
                "Đặng Văn Khải",
                "1955",
            ],
        )

    def test_2c_many_employees_one_per_page(self):
        employees = self.emp_thpt_gv | self.env.ref("hr_vn_civil_servant.employee_thpt_hieutruong")
        pdf = self.render_pdf(REPORT, employees.ids, user=self.user_sgd_tccb)
        text = self.pdf_text(pdf)
        self.assertEqual(text.count("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC"), 2)
        for page in text.split("\f"):
            # each CV starts on its own page: never two titles on one page
            self.assertLessEqual(page.count("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC"), 1)

    def test_2c_teacher_cannot_print_a_colleague(self):
        with self.assertRaises(AccessError):
            self.render_pdf(REPORT, self.emp_thpt_gv.ids, user=self.user_thcs_gv)
        with self.assertRaises(AccessError):
            self.render_pdf(REPORT, self.emp_thcs_gv.ids, user=self.user_thpt_gv)

    def test_2c_teacher_prints_his_own(self):
        text = self.render_text(REPORT, self.emp_thcs_gv.ids, user=self.user_thcs_gv)
        self.assertTextContains(text, [self.emp_thcs_gv.sudo().name.upper()])

    def test_2c_officer_of_another_unit_cannot_print(self):
        """The THCS records officer does not read the THPT school's records."""
        with self.assertRaises(AccessError):
            self.render_pdf(REPORT, self.emp_thpt_gv.ids, user=self.user_thcs_vanthu)

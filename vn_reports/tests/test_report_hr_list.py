from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError

from .common import VnReportCase

REPORT = "vn_reports.action_report_hr_list"
XLSX = "vn_reports.action_report_hr_list_xlsx"


class TestReportHrList(VnReportCase):
    def _data(self, list_type, company, date_from, date_to):
        wizard = (
            self.env["vn.hr.list.wizard"]
            .with_user(self.user_sgd_tccb)
            .create(
                {
                    "list_type": list_type,
                    "company_id": company.id,
                    "date_from": date_from,
                    "date_to": date_to,
                }
            )
        )
        return wizard.action_print_pdf()["data"]

    def test_step_raise_list(self):
        Employee = self.env["hr.employee"].with_user(self.user_sgd_tccb)
        due = Employee.search(
            [
                ("company_id", "child_of", self.sgd.id),
                ("vn_next_step_date", "!=", False),
                ("vn_work_state", "=", "working"),
            ],
            order="vn_next_step_date",
            limit=1,
        )
        self.assertTrue(due, "the demo data has staff with a next step date")
        day = due.vn_next_step_date
        data = self._data("step_raise", self.sgd, day - relativedelta(days=1), day)
        text = self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )
        self.assertTextContains(
            text,
            [
                "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐẾN HẠN NÂNG BẬC LƯƠNG THƯỜNG XUYÊN",
                "Họ và tên",
                "Bậc hiện hưởng",
                "Hệ số hiện hưởng",
                "Bậc mới",
                "Hệ số mới",
                "Ngày nâng bậc",
                due.name,
                day.strftime("%d/%m/%Y"),
            ],
        )
        self.assertNoFalse(text)

    def test_retirement_list_with_notice_date(self):
        employee = self.env["hr.employee"].create(
            {
                "name": "Phan Văn Lợi",
                "company_id": self.thpt.id,
                "gender": "male",
                "birthday": "1965-03-10",
                "vn_staff_category": "public_employee",
            }
        )
        retire = employee.vn_retirement_date
        self.assertTrue(retire)
        data = self._data("retirement", self.sgd, retire - relativedelta(months=1), retire)
        text = self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )
        notice = retire - relativedelta(months=6)
        self.assertTextContains(
            text,
            [
                "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐẾN TUỔI NGHỈ HƯU",
                "Ngày nghỉ hưu",
                "Hạn thông báo nghỉ hưu (trước 06 tháng)",
                employee.name,
                retire.strftime("%d/%m/%Y"),
                notice.strftime("%d/%m/%Y"),
            ],
        )

    def test_salary_list_pdf_and_excel(self):
        data = self._data("salary", self.sgd, date(2026, 7, 1), date(2026, 7, 1))
        text = self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )
        self.assertTextContains(
            text,
            [
                "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ TIỀN LƯƠNG",
                "Hệ số lương",
                "Lương cơ sở",
                "Thành tiền (đồng/tháng)",
                "Tổng cộng",
            ],
        )
        base = self.env["vn.base.salary"]._amount_on(date(2026, 7, 1))
        if base:
            self.assertIn(f"{round(base):,}".replace(",", "."), text)
        sheet = self.render_xlsx(XLSX, self.sgd.ids, data=data, user=self.user_sgd_tccb).active
        rows = list(sheet.iter_rows(values_only=True))
        staff_rows = [r for r in rows if isinstance(r[0], int)]
        expected = (
            self.env["hr.employee"]
            .with_user(self.user_sgd_tccb)
            .search_count(
                [("company_id", "child_of", self.sgd.id), ("vn_work_state", "=", "working")]
            )
        )
        self.assertEqual(len(staff_rows), expected)

    def test_records_management_report(self):
        self.emp_thpt_gv.sudo().vn_training_ids = [
            (0, 0, {"school": "Trường Cán bộ quản lý giáo dục", "date_from": "2026-05-01"})
        ]
        today = date.today()
        data = self._data("records", self.sgd, today - relativedelta(months=6), today)
        lst = (
            self.env["report.vn_reports.report_hr_list"]
            .with_user(self.user_sgd_tccb)
            ._vn_list(data)
        )
        Employee = self.env["hr.employee"].with_user(self.user_sgd_tccb)
        total = Employee.search_count(
            [("company_id", "child_of", self.sgd.id), ("vn_work_state", "=", "working")]
        )
        self.assertEqual(lst["totals"][2], total)
        self.assertGreaterEqual(lst["totals"][6], 1, "the new training line is an update")
        text = self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )
        self.assertTextContains(
            text,
            [
                "BÁO CÁO TÌNH HÌNH QUẢN LÝ HỒ SƠ ĐIỆN TỬ",
                "Số hồ sơ",
                "Số hồ sơ đầy đủ",
                "Mức độ hoàn thiện bình quân (%)",
                "Số hồ sơ được cập nhật trong kỳ",
                self.thpt.name,
            ],
        )

    def test_teacher_cannot_print_lists(self):
        with self.assertRaises(AccessError):
            self.render_pdf(
                REPORT,
                self.thcs.ids,
                data={
                    "list_type": "salary",
                    "company_id": self.thcs.id,
                    "date_from": "2026-07-01",
                    "date_to": "2026-07-01",
                },
                user=self.user_thcs_gv,
            )
        with self.assertRaises(AccessError):
            self.env["vn.hr.list.wizard"].with_user(self.user_thcs_gv).create(
                {"list_type": "salary", "company_id": self.thcs.id}
            )

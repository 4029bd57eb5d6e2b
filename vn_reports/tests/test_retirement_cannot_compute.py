"""Retirement list (issue 10 point 6): staff without the sex get no retirement date and are
listed in the "cannot compute" section, never silently on the men's table."""

from datetime import date

from .common import VnReportCase

REPORT = "vn_reports.action_report_hr_list"


class TestRetirementCannotCompute(VnReportCase):
    def test_woman_listed_and_unknown_sex_in_cannot_compute(self):
        Employee = self.env["hr.employee"]
        woman = Employee.create(
            {
                "name": "Lê Thị Hạnh Kiểm Thử",
                "company_id": self.thpt.id,
                "gender": "female",
                "birthday": "1966-01-10",
                "vn_staff_category": "public_employee",
            }
        )
        unknown = Employee.create(
            {
                "name": "Trần Chưa Rõ Giới Tính",
                "company_id": self.thpt.id,
                "gender": False,
                "birthday": "1966-01-10",
                "vn_staff_category": "public_employee",
            }
        )
        self.assertEqual(woman.vn_retirement_date, date(2021, 5, 31))
        self.assertFalse(unknown.vn_retirement_date)
        wizard = (
            self.env["vn.hr.list.wizard"]
            .with_user(self.user_sgd_tccb)
            .create(
                {
                    "list_type": "retirement",
                    "company_id": self.sgd.id,
                    "date_from": date(2021, 5, 1),
                    "date_to": date(2021, 5, 31),
                }
            )
        )
        data = wizard.action_print_pdf()["data"]
        text = self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )
        self.assertTextContains(
            text,
            [
                woman.name,
                "31/05/2021",
                "Không tính được ngày nghỉ hưu (thiếu ngày sinh hoặc giới tính)",
                unknown.name,
            ],
        )
        self.assertLess(text.index(woman.name), text.index("Không tính được ngày nghỉ hưu"))
        self.assertLess(text.index("Không tính được ngày nghỉ hưu"), text.index(unknown.name))

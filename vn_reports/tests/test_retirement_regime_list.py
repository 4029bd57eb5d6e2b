"""Retirement list (issue 10 point 7): a preschool teacher who retires 5 years earlier
(Luật Nhà giáo 73/2025/QH15 Điều 26 khoản 2) is listed on her applied date, with the
regime and her normal date; the normal date's period no longer lists her."""

from datetime import date

from .common import VnReportCase

REPORT = "vn_reports.action_report_hr_list"


class TestRetirementRegimeList(VnReportCase):
    def _text(self, date_from, date_to):
        wizard = (
            self.env["vn.hr.list.wizard"]
            .with_user(self.user_sgd_tccb)
            .create(
                {
                    "list_type": "retirement",
                    "company_id": self.sgd.id,
                    "date_from": date_from,
                    "date_to": date_to,
                }
            )
        )
        data = wizard.action_print_pdf()["data"]
        return self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )

    def test_list_uses_the_applied_date(self):
        teacher = self.env["hr.employee"].create(
            {
                "name": "Đinh Thị Mầm Non Kiểm Thử",
                "company_id": self.thpt.id,
                "gender": "female",
                "birthday": "1975-05-10",
                "vn_staff_category": "public_employee",
            }
        )
        self.env["vn.salary.history"].create(
            {
                "employee_id": teacher.id,
                "date": date(2024, 1, 1),
                "grade_id": self.env.ref("hr_vn_civil_servant.grade_v07_02_25").id,
                "step": 1,
            }
        )
        self.env["vn.retirement.regime"].create(
            {
                "employee_id": teacher.id,
                "type_id": self.env.ref("hr_vn_civil_servant.retirement_regime_type_preschool").id,
                "years": 5,
                "decision_number": "27/QĐ-UBND",
                "decision_date": date(2026, 11, 16),
            }
        )
        self.assertEqual(teacher.vn_retirement_date, date(2030, 5, 31))
        text = self._text(date(2030, 5, 1), date(2030, 5, 31))
        self.assertTextContains(
            text,
            [
                teacher.name,
                "31/05/2030",
                "Giáo viên mầm non nghỉ hưu ở tuổi thấp hơn: 5 năm, 27/QĐ",
                "điều kiện bình thường: 31/05/2035",
            ],
        )
        self.assertNotIn(teacher.name, self._text(date(2035, 5, 1), date(2035, 5, 31)))

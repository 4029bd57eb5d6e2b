from datetime import date

from odoo.tests.common import TransactionCase


class TestReportFormat(TransactionCase):
    """Display rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, on the law's own examples."""

    def setUp(self):
        super().setUp()
        self.fmt = self.env["vn.report.format"]

    def test_date_line_leading_zeros(self):
        """Day < 10 and months 1, 2 take a leading zero; other months do not."""
        self.assertEqual(
            self.fmt._vn_date_line("Hưng Yên", date(2026, 2, 5)),
            "Hưng Yên, ngày 05 tháng 02 năm 2026",
        )
        self.assertEqual(
            self.fmt._vn_date_line("Hà Nội", date(2026, 1, 21)),
            "Hà Nội, ngày 21 tháng 01 năm 2026",
        )
        self.assertEqual(
            self.fmt._vn_date_line("Hưng Yên", date(2026, 3, 15)),
            "Hưng Yên, ngày 15 tháng 3 năm 2026",
        )
        self.assertEqual(
            self.fmt._vn_date_line("Hưng Yên", date(2026, 12, 1)),
            "Hưng Yên, ngày 01 tháng 12 năm 2026",
        )

    def test_blank_never_false(self):
        self.assertEqual(self.fmt._vn_text(False), "")
        self.assertEqual(self.fmt._vn_text(None), "")
        self.assertEqual(self.fmt._vn_date(False), "")
        self.assertEqual(self.fmt._vn_number(False), "")
        self.assertEqual(self.fmt._vn_date_line("", False), "……………, ngày …… tháng …… năm ……")
        employee = self.env.ref("hr_vn_civil_servant.employee_thpt_gv")
        self.assertEqual(self.fmt._vn_field(employee, "no_such_field"), "")

    def test_numbers_vietnamese_notation(self):
        self.assertEqual(self.fmt._vn_number(4.68), "4,68")
        self.assertEqual(self.fmt._vn_amount(11840400), "11.840.400")

    def test_agency_block_uppercase(self):
        thpt = self.env.ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        agency = self.fmt._vn_agency(thpt)
        self.assertEqual(agency["name"], thpt.name.upper())
        self.assertEqual(agency["superior"], thpt.parent_id.name.upper())

    def test_word_wrap_estimate(self):
        self.assertEqual(self.fmt._vn_text_lines("", 10), 1)
        self.assertEqual(self.fmt._vn_text_lines("Sở Giáo dục", 20), 1)
        self.assertEqual(self.fmt._vn_text_lines("Sở Giáo dục và Đào tạo tỉnh Hưng Yên", 20), 2)
        self.assertEqual(self.fmt._vn_text_lines("một\nhai", 20), 2)

    def test_pagination_keeps_rows_whole_and_in_order(self):
        rows = [[str(n), "Về việc triển khai nhiệm vụ năm học " * (n % 3 + 1)] for n in range(50)]
        pages = self.fmt._vn_paginate(rows, [10, 40], page_lines=20, first_page_lines=10)
        self.assertGreater(len(pages), 2)
        self.assertEqual([row for page in pages for row in page], rows)
        self.assertLess(len(pages[0]), len(pages[1]), "the first page keeps room for the title")
        self.assertEqual(self.fmt._vn_paginate([], [50, 50]), [[]])

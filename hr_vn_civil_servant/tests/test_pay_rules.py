from datetime import date

from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tools import pay_rules


class TestPayRules(TransactionCase):
    """The rule functions on the examples of the legal texts they cite."""

    def test_retirement_decree_example_man_born_october_1961(self):
        # NĐ 135/2020, Điều 4 and Phụ lục I: 60 years 6 months in 2022 → 30/04/2022
        self.assertEqual(pay_rules.retirement_date(date(1961, 10, 15), "male"), date(2022, 4, 30))

    def test_retirement_men_table(self):
        cases = {
            date(1961, 1, 20): date(2021, 4, 30),  # 2021: 60y3m
            date(1961, 9, 1): date(2021, 12, 31),  # last man of 2021
            date(1962, 6, 5): date(2022, 12, 31),  # 2022: 60y6m
            date(1963, 3, 1): date(2023, 12, 31),  # 2023: 60y9m
            date(1970, 9, 3): date(2032, 9, 30),  # after 2028: 62 years
            date(1959, 5, 10): date(2019, 5, 31),  # before the roadmap: 60 years
        }
        for birthday, expected in cases.items():
            with self.subTest(birthday=birthday):
                self.assertEqual(pay_rules.retirement_date(birthday, "male"), expected)

    def test_retirement_women_table(self):
        cases = {
            date(1966, 1, 10): date(2021, 5, 31),  # 2021: 55y4m
            date(1966, 8, 31): date(2021, 12, 31),  # last woman of 2021
            date(1966, 9, 1): date(2022, 5, 31),  # 2022: 55y8m
            date(1967, 5, 1): date(2023, 5, 31),  # 2023: 56y
            date(1970, 5, 1): date(2027, 9, 30),  # 2027: 57y4m
            date(1974, 9, 1): date(2034, 5, 31),  # 2034: 59y8m
            date(1976, 7, 9): date(2036, 7, 31),  # born after 04/1975: 60 years
            date(1980, 5, 3): date(2040, 5, 31),  # from 2035: 60 years
        }
        for birthday, expected in cases.items():
            with self.subTest(birthday=birthday):
                self.assertEqual(pay_rules.retirement_date(birthday, "female"), expected)

    def test_retirement_birth_year_only_counts_from_first_january(self):
        # NĐ 135/2020 Điều 3: only the year known → 01/01 of that year
        self.assertEqual(
            pay_rules.retirement_date(date(1962, 8, 15), "male", birth_year_only=True),
            date(2022, 7, 31),
        )

    def test_next_step_date(self):
        # TT 08/2013/TT-BNV: 36 months (A0-A3), 24 months (B, C)
        self.assertEqual(pay_rules.next_step_date(date(2023, 9, 1), 36), date(2026, 9, 1))
        self.assertEqual(pay_rules.next_step_date(date(2023, 9, 1), 24), date(2025, 9, 1))
        # postponement (discipline) and early raise (outstanding performance)
        self.assertEqual(pay_rules.next_step_date(date(2023, 9, 1), 36, 6), date(2027, 3, 1))
        self.assertEqual(pay_rules.next_step_date(date(2023, 9, 1), 36, 0, 9), date(2025, 12, 1))

    def test_over_ceiling(self):
        # TT 04/2005/TT-BNV: 5% after 36 (24) months on the last step, then +1% a year
        self.assertEqual(pay_rules.next_over_ceiling(date(2020, 1, 1), 36), (date(2023, 1, 1), 5))
        self.assertEqual(pay_rules.next_over_ceiling(date(2020, 1, 1), 24), (date(2022, 1, 1), 5))
        self.assertEqual(
            pay_rules.next_over_ceiling(date(2023, 1, 1), 36, 5), (date(2024, 1, 1), 6)
        )

    def test_cccd(self):
        # Luật Căn cước 26/2023/QH15, NĐ 70/2024, TT 17/2024/TT-BCA (structure of TT 59/2021
        # Điều 7): province, century/sex digit, year of birth, random
        self.assertEqual(pay_rules.cccd_problems("033089012345", date(1989, 4, 4), "male"), [])
        self.assertEqual(pay_rules.cccd_problems("033189012345", date(1989, 4, 4), "female"), [])
        self.assertEqual(pay_rules.cccd_problems("033301012345", date(2001, 4, 4), "female"), [])
        self.assertEqual(pay_rules.cccd_problems("03308901234", None, None), ["format"])
        self.assertEqual(pay_rules.cccd_problems("03308901234a", None, None), ["format"])
        self.assertEqual(
            pay_rules.cccd_problems("033089012345", date(1989, 4, 4), "female"), ["sex"]
        )
        self.assertEqual(
            pay_rules.cccd_problems("033289012345", date(1989, 4, 4), "male"), ["century"]
        )
        self.assertEqual(
            pay_rules.cccd_problems("033090012345", date(1989, 4, 4), "male"), ["year"]
        )

    def test_monthly_salary(self):
        # (2.34 + 0.20) × 2.340.000 = 5.943.600
        self.assertEqual(pay_rules.monthly_salary(2.34, 0.20, 0, 2340000), 5943600)
        # last step of A1 with 5% over-ceiling: 4.98 × 1.05 × 2.530.000
        self.assertEqual(
            pay_rules.monthly_salary(4.98, 0, 5, 2530000), round(4.98 * 1.05 * 2530000)
        )

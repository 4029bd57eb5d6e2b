"""The rules of the HR office's decisions, on the texts' examples."""

from datetime import date

from odoo.tests.common import BaseCase

from odoo.addons.hr_vn_civil_servant.tools import hr_decision_rules as rules


class TestHrDecisionRules(BaseCase):
    def test_early_raise_quota_carries_the_fraction(self):
        """TT 08/2013/TT-BNV Điều 3 khoản 4: 45 staff at 10 % give 4 people and 0.5 is
        carried; the next year 45 staff with the 0.5 give 5 people."""
        quota, rest = rules.early_raise_quota(45, 10)
        self.assertEqual((quota, rest), (4, 0.5))
        self.assertEqual(rules.early_raise_quota(45, 10, carried=rest), (5, 0.0))
        self.assertEqual(rules.early_raise_quota(14, 15)[0], 2)
        self.assertEqual(rules.early_raise_quota(6, 15)[0], 0)

    def test_early_and_postponed_dates(self):
        due = date(2026, 9, 1)
        self.assertEqual(rules.early_raise_date(due, 6), date(2026, 3, 1))
        self.assertEqual(rules.postponed_raise_date(due, 12), date(2027, 9, 1))

    def test_probation_end(self):
        """12 months from 01/09/2026 end on 31/08/2027 (NĐ 115/2020 Điều 21)."""
        self.assertEqual(rules.probation_end(date(2026, 9, 1), 12), date(2027, 8, 31))
        self.assertEqual(rules.probation_end(date(2026, 9, 1), 6), date(2027, 2, 28))
        self.assertFalse(rules.probation_end(date(2026, 9, 1), 0))

    def test_closest_step_on_promotion(self):
        """A1 step 4 (3.33) moves to A2.2 step 1 (4.00); A1 step 9 (4.98) to step 4 (5.02)."""
        a22 = {1: 4.00, 2: 4.34, 3: 4.68, 4: 5.02, 5: 5.36, 6: 5.70, 7: 6.04, 8: 6.38}
        self.assertEqual(rules.closest_step(a22, 3.33), 1)
        self.assertEqual(rules.closest_step(a22, 4.98), 4)
        self.assertEqual(rules.closest_step(a22, 4.34), 2)
        self.assertEqual(rules.closest_step(a22, 9.0), 8)

    def test_months_between(self):
        self.assertEqual(rules.months_between(date(2017, 1, 15), date(2026, 1, 15)), 108)
        self.assertEqual(rules.months_between(date(2017, 1, 16), date(2026, 1, 15)), 107)
        self.assertEqual(rules.months_between(False, date(2026, 1, 15)), 0)

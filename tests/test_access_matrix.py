"""Every cell of the README's access matrix holds in the installed database."""

from .access_matrix import MATRIX, ROLES
from .common import SuiteCase

OPERATIONS = {"r": "read", "w": "write", "c": "create", "u": "unlink"}


class TestAccessMatrix(SuiteCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        units = cls.env.ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.users = {
            role: cls._make_user(f"matrix.{i}", units, groups)
            for i, (role, groups) in enumerate(ROLES.items())
        }

    def test_matrix(self):
        wrong = []
        for model, row in MATRIX.items():
            self.assertIn(model, self.env, model)
            for role, ops in row.items():
                access = self.env["ir.model.access"].with_user(self.users[role])
                for letter, operation in OPERATIONS.items():
                    expected = letter in ops
                    if access.check(model, operation, raise_exception=False) != expected:
                        wrong.append(f"{role} / {model} / {operation}: expected {expected}")
        self.assertFalse(wrong, "\n".join(wrong))

    def test_unlink_of_personnel_records_is_refused_even_with_rights(self):
        """Records are kept for ever: the HR office cannot delete an employee."""
        employee = self.env.ref("hr_vn_civil_servant.employee_thcs_gv")
        hr_office = self._make_user(
            "matrix.hr",
            self.env.ref("hr_vn_civil_servant.company_xa_tan_lap")._vn_managed_companies(),
            ["hr_vn_civil_servant.group_hr_office"],
        )
        with self.assertRaises(Exception):  # noqa: B017 - UserError or AccessError
            employee.with_user(hr_office).unlink()
        self.assertTrue(employee.exists())

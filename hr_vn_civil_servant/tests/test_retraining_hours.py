from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PersonnelCase, RefusalAssertions


@tagged("post_install", "-at_install")
class TestRetrainingHours(PersonnelCase, RefusalAssertions):
    """Regular retraining periods (bồi dưỡng thường xuyên, TT 19/2019/TT-BGDĐT: 120
    tiết per school year) on the training lines, and who is short of them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Training = cls.env["vn.training"]
        cls.Requirement = cls.env["vn.retraining.requirement"]
        cls.line = cls.Training.with_user(cls.officer_a1).create(
            {
                "employee_id": cls.emp["teacher_a1"].id,
                "school": "Sở Giáo dục và Đào tạo",
                "retraining_module": "Mô-đun 1",
                "retraining_year": 2025,
                "retraining_hours": 80,
            }
        )
        cls.Training.with_user(cls.officer_a1).create(
            {
                "employee_id": cls.emp["teacher_a1"].id,
                "school": "Sở Giáo dục và Đào tạo",
                "retraining_module": "Mô-đun 2",
                "retraining_year": 2025,
                "retraining_hours": 40,
            }
        )
        cls.Training.with_user(cls.officer_a1).create(
            {
                "employee_id": cls.emp["teacher2_a1"].id,
                "school": "Phòng Giáo dục",
                "retraining_module": "Mô-đun 1",
                "retraining_year": 2025,
                "retraining_hours": 60,
            }
        )
        cls.Training.with_user(cls.officer_b1).create(
            {
                "employee_id": cls.emp["teacher_b1"].id,
                "school": "Phòng Giáo dục B",
                "retraining_year": 2025,
                "retraining_hours": 120,
            }
        )

    def test_required_total_is_data(self):
        """TT 19/2019/TT-BGDĐT: 120 tiết per school year, from the reference row."""
        self.assertEqual(self.Requirement._vn_required_hours(2025), 120)
        self.assertEqual(self.Requirement._vn_required_hours(2018), 0)
        row = self.env.ref("hr_vn_civil_servant.retraining_requirement_tt19_2019")
        self.assertIn("19/2019/TT-BGDĐT", row.legal_basis)

    def test_short_list_for_a_year(self):
        teachers = (
            self.emp["teacher_a1"] | self.emp["teacher2_a1"] | self.emp["teacher_a2"]
        ).with_user(self.hr_a)
        short = self.Requirement.with_user(self.hr_a)._vn_short_employees(2025, teachers)
        # 80 + 40 = 120 is enough; 60 is short; none at all is short.
        self.assertEqual(short, self.emp["teacher2_a1"] | self.emp["teacher_a2"])
        # Another year: every one is short.
        short_2024 = self.Requirement.with_user(self.hr_a)._vn_short_employees(2024, teachers)
        self.assertEqual(len(short_2024), 3)

    def test_short_list_counts_only_what_the_caller_may_read(self):
        """The HR office of body A cannot count lines of body B's teachers."""
        with self.assertRaises(AccessError):
            self.emp["teacher_b1"].with_user(self.hr_a).read(["name"])
        groups = (
            self.env["vn.training"]
            .with_user(self.hr_a)
            ._read_group(
                [("retraining_year", "=", 2025)], ["employee_id"], ["retraining_hours:sum"]
            )
        )
        employees = {employee.id for employee, _total in groups}
        self.assertNotIn(self.emp["teacher_b1"].id, employees)
        self.assertIn(self.emp["teacher_a1"].id, employees)

    def test_negative_hours_refused_on_write_and_create(self):
        self.assertWriteRefused(
            self.line.with_user(self.officer_a1), {"retraining_hours": -5}, "negative"
        )
        self.assertCreateRefused(
            self.Training.with_user(self.officer_a1),
            {
                "employee_id": self.emp["teacher2_a1"].id,
                "school": "Sở",
                "retraining_year": 2025,
                "retraining_hours": -1,
            },
            "negative",
        )

    def test_hours_need_a_year(self):
        self.assertWriteRefused(
            self.line.with_user(self.officer_a1), {"retraining_year": 0}, "school year"
        )

    def test_year_out_of_range_refused(self):
        self.assertWriteRefused(self.line.with_user(self.officer_a1), {"retraining_year": 3000})

    def test_requirement_is_reference_data(self):
        """Only the admin changes the law's figure; everyone reads it."""
        row = self.env.ref("hr_vn_civil_servant.retraining_requirement_tt19_2019")
        with self.assertRaises(AccessError):
            row.with_user(self.hr_a).write({"hours": 10})
        self.assertEqual(row.with_user(self.teacher_a1).hours, 120)

    def test_teacher_cannot_add_own_hours(self):
        """Her own lines come through a change request, not a direct write."""
        with self.assertRaises(AccessError):
            self.Training.with_user(self.teacher_a1).create(
                {
                    "employee_id": self.emp["teacher_a1"].id,
                    "school": "Tự khai",
                    "retraining_year": 2025,
                    "retraining_hours": 500,
                }
            )
        with self.assertRaises(AccessError):
            self.line.with_user(self.teacher_a1).write({"retraining_hours": 500})

    def test_domain_for_due_work_lists(self):
        """hr.employee domain [("vn_retraining_short", "=", True)] with the context key
        vn_retraining_year: the same answer as the function."""
        Employee = (
            self.env["hr.employee"].with_user(self.hr_a).with_context(vn_retraining_year=2025)
        )
        short = Employee.search(
            [("vn_retraining_short", "=", True), ("company_id", "=", self.school_a1.id)]
        )
        self.assertIn(self.emp["teacher2_a1"], short)
        self.assertNotIn(self.emp["teacher_a1"], short)
        enough = Employee.search([("vn_retraining_short", "=", False)])
        self.assertIn(self.emp["teacher_a1"], enough)
        self.assertNotIn(self.emp["teacher_b1"], enough)
        self.assertTrue(
            self.emp["teacher2_a1"]
            .with_user(self.hr_a)
            .with_context(vn_retraining_year=2025)
            .vn_retraining_short
        )

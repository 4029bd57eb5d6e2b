"""Values out of range, implausible dates and overlong texts are refused with a message
(a ValidationError, never a database error) and change nothing: typed by the records
officer on the record and its history lines, or declared by the employee."""

from datetime import date, timedelta

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.models.vn_value_limit_mixin import INT4_MAX
from odoo.addons.hr_vn_civil_servant.tests.common import RefusalAssertions, make_user

INT4_OVERFLOW = INT4_MAX + 1  # one more than PostgreSQL's largest integer


class TestValueRanges(RefusalAssertions, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the messages checked are the English source strings
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        Company = cls.env["res.company"]
        cls.body = Company.create({"name": "Phòng VH-XH xã Kiểm Thử"})
        cls.school = Company.create({"name": "Trường THCS Kiểm Thử", "parent_id": cls.body.id})
        cls.officer = cls._user("vr.hoso", "hr_vn_civil_servant.group_records_officer")
        cls.teacher = cls._user("vr.gv", "hr_vn_civil_servant.group_employee")
        cls.admin = cls._user("vr.admin", "base.group_system", cls.school | cls.body)
        Employee = cls.env["hr.employee"].with_user(cls.officer).with_company(cls.school)
        cls.employee = Employee.create(
            {
                "name": "Lê Văn Giới Hạn",
                "company_id": cls.school.id,
                "gender": "male",
                "birthday": date(1988, 5, 6),
                "identification_id": "001088123456",
                "vn_height_cm": 168,
                "vn_weight_kg": 60.5,
                "children": 2,
            }
        )
        cls.teacher_employee = Employee.create(
            {
                "name": "Phạm Thị Tự Khai",
                "company_id": cls.school.id,
                "gender": "female",
                "birthday": date(1992, 1, 2),
                "user_id": cls.teacher.id,
            }
        )
        cls.grade = cls.env.ref("hr_vn_civil_servant.grade_v07_04_32")  # reference data

    @classmethod
    def _user(cls, login, group, companies=None):
        companies = companies or cls.school
        return make_user(cls.env, login, companies, [group], lang="en_US", current=cls.school)

    def _create_refused(self, model, vals, message=None):
        """Creating ``vals`` as the records officer is refused and creates nothing."""
        Model = self.env[model].with_user(self.officer).with_company(self.school)
        self.assertCreateRefused(Model, vals, message)

    def test_height_weight_children_out_of_range(self):
        employee = self.employee.with_user(self.officer)
        for vals in (
            {"vn_height_cm": 30},
            {"vn_height_cm": 320},
            {"vn_weight_kg": 8.0},
            {"vn_weight_kg": 450.0},
            {"children": -1},
            {"children": 45},
        ):
            with self.subTest(vals=vals):
                self.assertWriteRefused(employee, vals, "must be between")
        employee.write({"vn_height_cm": 0, "vn_weight_kg": 0.0, "children": 0})  # not given
        self.assertEqual(employee.vn_height_cm, 0)

    def test_integer_out_of_postgresql_range_is_a_message_not_a_database_error(self):
        employee = self.employee.with_user(self.officer)
        for vals in ({"vn_height_cm": INT4_OVERFLOW}, {"children": -INT4_OVERFLOW - 1}):
            with self.subTest(vals=vals):
                self.assertWriteRefused(employee, vals, "out of range")
        self._create_refused(
            "vn.reward",
            {"employee_id": self.employee.id, "name": "Giấy khen", "year": 10**12},
            "out of range",
        )
        self._create_refused(
            "vn.salary.history",
            {
                "employee_id": self.employee.id,
                "date": date(2024, 9, 1),
                "grade_id": self.grade.id,
                "step": INT4_OVERFLOW,
            },
            "out of range",
        )

    def test_overlong_identity_and_insurance_numbers(self):
        employee = self.employee.with_user(self.officer)
        self.assertWriteRefused(employee, {"identification_id": "0010881234567"}, "too long")
        self.assertWriteRefused(employee, {"ssnid": "33791081191"}, "too long")
        employee.ssnid = "3379108119"
        self.assertEqual(employee.ssnid, "3379108119")

    def test_dates_of_the_record(self):
        employee = self.employee.with_user(self.officer)
        future = fields.Date.today() + timedelta(days=5)
        self.assertWriteRefused(employee, {"vn_id_issue_date": future}, "must be between")
        self.assertWriteRefused(
            employee, {"vn_id_issue_date": date(1980, 1, 1)}, "before the date of birth"
        )
        self.assertWriteRefused(
            employee, {"vn_recruitment_date": date(2035, 1, 1)}, "must be between"
        )
        # (on a record without a CCCD, whose digits would not match a birth in 1850)
        other = self.teacher_employee.with_user(self.officer)
        self.assertWriteRefused(other, {"birthday": date(1850, 1, 1)}, "before 1900")
        employee.vn_party_join_date = date(2015, 3, 2)
        self.assertWriteRefused(employee, {"vn_party_official_date": date(2014, 3, 2)}, "before")

    def test_history_years(self):
        year = fields.Date.today().year
        for model, fname, bad in (
            ("vn.reward", "year", 1850),
            ("vn.reward", "year", year + 5),
            ("vn.discipline", "year", 0),
            ("vn.evaluation", "year", 3000),
        ):
            vals = {"employee_id": self.employee.id, fname: bad}
            vals.update(
                {
                    "vn.reward": {"name": "Giấy khen"},
                    "vn.discipline": {"measure": "reprimand"},
                    "vn.evaluation": {"result": "good"},
                }[model]
            )
            with self.subTest(model=model, value=bad):
                self._create_refused(model, vals, "must be between")
        member = (
            self.env["vn.family.member"]
            .with_user(self.officer)
            .create({"employee_id": self.employee.id, "relation": "father", "name": "Lê Văn Cha"})
        )  # birth year not known: 0 is accepted
        self.assertWriteRefused(member, {"birth_year": 1850}, "must be between")
        self.assertWriteRefused(member, {"birth_year": year + 1}, "must be between")

    def test_history_line_dates(self):
        line = (
            self.env["vn.training"]
            .with_user(self.officer)
            .create({"employee_id": self.employee.id, "school": "ĐHSP Hà Nội"})
        )
        in_two_days = fields.Date.today() + timedelta(days=2)
        self.assertWriteRefused(line, {"decision_date": in_two_days}, "must be between")
        self.assertWriteRefused(line, {"date_from": date(1800, 9, 1)}, "must be between")
        self.assertWriteRefused(line, {"date_to": date(2300, 6, 30)}, "must be between")
        line.write({"date_from": date(2010, 9, 1), "date_to": fields.Date.today() + timedelta(1)})

    def test_salary_months_and_rates(self):
        line = (
            self.env["vn.salary.history"]
            .with_user(self.officer)
            .create(
                {
                    "employee_id": self.employee.id,
                    "date": date(2024, 9, 1),
                    "grade_id": self.grade.id,
                    "step": 2,
                }
            )
        )
        self.assertWriteRefused(line, {"postponed_months": -3}, "0 to 36 months")
        self.assertWriteRefused(line, {"postponed_months": 48}, "0 to 36 months")
        self.assertWriteRefused(line, {"early_months": 13}, "between 0 and 12 months")
        self.assertWriteRefused(line, {"date": date(1850, 1, 1)}, "must be between")
        last = self.grade.pay_group_id.step_count
        self.assertWriteRefused(
            line, {"step": last, "over_ceiling_percent": 150}, "is not possible"
        )
        line.postponed_months = 6
        self.assertEqual(line.postponed_months, 6)

    def test_health_check_measures(self):
        check = (
            self.env["vn.health.check"]
            .with_user(self.officer)
            .create({"employee_id": self.employee.id, "date_from": date(2025, 5, 1)})
        )
        self.assertWriteRefused(check, {"height_cm": 500}, "must be between")
        self.assertWriteRefused(check, {"weight_kg": 1.5}, "must be between")

    def test_transfer_decision_cannot_be_in_the_future(self):
        self._create_refused(
            "vn.employee.transfer",
            {
                "employee_id": self.employee.id,
                "company_id": self.school.id,
                "target_unit_name": "Trường THCS Nơi Khác",
                "decision_number": "99/QĐ-UBND",
                "decision_date": fields.Date.today() + timedelta(days=3),
            },
            "record a decision once it is signed",
        )

    def test_declared_values_are_checked_when_the_line_is_saved(self):
        Request = self.env["vn.profile.change.request"].with_user(self.teacher)
        request = Request.create({})
        Line = self.env["vn.profile.change.request.line"].with_user(self.teacher)
        for vals, message in (
            ({"field_name": "vn_height_cm", "new_value_number": 400}, "must be between"),
            ({"field_name": "children", "new_value_number": 1e12}, "must be between"),
            (
                {"line_type": "history", "history_model": "vn.reward", "history_year": 1700},
                "must be between",
            ),
            (
                {
                    "line_type": "history",
                    "history_model": "vn.training",
                    "decision_date": fields.Date.today() + timedelta(days=3),
                },
                "must be between",
            ),
        ):
            with self.subTest(vals=vals):
                with self.assertRaises(ValidationError) as caught:
                    Line.create({"request_id": request.id, "line_type": "field", **vals})
                self.assertIn(message, str(caught.exception))
                self.assertFalse(request.line_ids)
        Line.create(
            {"request_id": request.id, "field_name": "vn_height_cm", "new_value_number": 158}
        )
        self.assertEqual(len(request.line_ids), 1)

    def test_unit_deadline_settings(self):
        body = self.body.with_user(self.admin)
        self.assertWriteRefused(body, {"vn_new_record_days": -5}, "between 0 and 3650")
        self.assertWriteRefused(body, {"vn_update_days": 99999}, "between 0 and 3650")

"""Own record by change request only, HR users included; what Preferences copies onto
the record follows the unit lock."""

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import PersonnelCase


class TestOwnRecord(PersonnelCase):
    def test_hr_users_cannot_change_their_own_controlled_fields(self):
        grade = self.env["vn.grade"].search([("pay_group_id.step_count", ">=", 3)], limit=1)
        for key in ("officer_a1", "head_a1", "hr_a"):
            user, employee = self.users[key], self.emp[key]
            own = employee.with_user(user)
            for vals in (
                {"birthday": "1984-05-17"},
                {"identification_id": "098084000001"},
                {"gender": "male"},
                {"vn_birth_name": "TÊN KHÁC"},
                {"company_id": self.school_a2.id},
                {"vn_staff_category": "civil_servant"},
                {"active": False},
                {
                    "vn_salary_history_ids": [
                        Command.create({"date": "2026-01-01", "grade_id": grade.id, "step": 3})
                    ]
                },
            ):
                with self.assertRaises(AccessError, msg=f"{key} {list(vals)}"):
                    own.write(vals)
            with self.assertRaises(AccessError, msg=key):
                self.env["vn.salary.history"].with_user(user).create(
                    {
                        "employee_id": employee.id,
                        "date": "2026-01-01",
                        "grade_id": grade.id,
                        "step": 3,
                    }
                )
        # another officer of the unit records it (e.g. from the decision)
        line = (
            self.env["vn.salary.history"]
            .with_user(self.head_a1)
            .create(
                {
                    "employee_id": self.emp["officer_a1"].id,
                    "date": "2026-01-01",
                    "grade_id": grade.id,
                    "step": 3,
                }
            )
        )
        self.assertEqual(self.emp["officer_a1"].vn_salary_step, 3)
        with self.assertRaises(AccessError):
            line.with_user(self.officer_a1).write({"step": 4})
        with self.assertRaises(AccessError):
            line.with_user(self.officer_a1).unlink()
        self.emp["officer_a1"].with_user(self.head_a1).write({"vn_other_names": "Lan Đỗ"})
        # the display name and the work e-mail stay his (Preferences copies them)
        self.emp["officer_a1"].with_user(self.officer_a1).write({"name": "Test officer a1 (Lan)"})

    def test_no_record_linked_to_oneself(self):
        with self.assertRaises(AccessError):
            self.emp["teacher_a1"].with_user(self.officer_a1).write({"user_id": self.officer_a1.id})
        with self.assertRaises(AccessError):
            self.env["hr.employee"].with_user(self.officer_a1).create(
                {"name": "Bản sao", "company_id": self.school_a1.id, "user_id": self.officer_a1.id}
            )

    def test_own_change_request_approved_by_someone_else(self):
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.officer_a1)
            .create(
                {
                    "line_ids": [
                        Command.create(
                            {
                                "line_type": "field",
                                "field_name": "private_phone",
                                "new_value_char": "0911 000 111",
                            }
                        )
                    ]
                }
            )
        )
        self.assertEqual(request.employee_id, self.emp["officer_a1"])
        request.with_user(self.officer_a1).action_submit()
        with self.assertRaises(AccessError):
            request.with_user(self.officer_a1).action_unit_approve()
        request.with_user(self.head_a1).action_unit_approve()
        request.with_user(self.hr_a).action_approve()
        self.assertEqual(request.state, "approved")
        self.assertEqual(self.emp["officer_a1"].private_phone, "0911 000 111")

    def test_preferences_rename_follows_the_unit_lock(self):
        user, employee = self.teacher_a1, self.emp["teacher_a1"]
        self.school_a1.vn_records_locked = True
        for vals in ({"name": "Tên mới"}, {"email": "moi@example.com"}):
            with self.assertRaises(UserError, msg=list(vals)):
                user.with_user(user).write(vals)
        self.assertEqual(employee.name, "Test teacher a1")
        self.assertEqual(user.name, "User t.teacher.a1")
        # a harmless preference still saves
        user.with_user(user).write({"tz": "Asia/Ho_Chi_Minh"})
        self.school_a1.vn_records_locked = False
        user.with_user(user).write({"name": "Tên mới", "email": "moi@example.com"})
        self.assertEqual((employee.name, employee.work_email), ("Tên mới", "moi@example.com"))

    def test_change_request_lines_carry_only_displayed_values(self):
        Request = self.env["vn.profile.change.request"].with_user(self.teacher_a1)
        # a hidden column (the level of an award) is refused, not silently applied
        with self.assertRaises(ValidationError):
            Request.create(
                {
                    "line_ids": [
                        Command.create(
                            {
                                "line_type": "history",
                                "history_model": "vn.reward",
                                "description": "Giấy khen",
                                "history_year": 2026,
                                "values_json": '{"level_rank": 4}',
                            }
                        )
                    ]
                }
            )
        for bad in (
            {"line_type": "field", "field_name": "vn_salary_step", "new_value_number": 9},
            {"line_type": "field", "field_name": "identification_id", "new_value_char": "1"},
            {"line_type": "history", "history_model": "vn.salary.history"},
            {"line_type": "history", "history_model": "vn.discipline"},
            {"line_type": "field", "field_name": "private_phone", "values_json": '{"x": 1}'},
        ):
            with self.assertRaises(ValidationError, msg=bad):
                Request.create({"line_ids": [Command.create(bad)]})
        request = Request.create(
            {
                "line_ids": [
                    Command.create(
                        {
                            "line_type": "history",
                            "history_model": "vn.reward",
                            "description": "Giấy khen",
                            "history_year": 2026,
                            "values_json": '{"level": "state"}',
                        }
                    )
                ]
            }
        )
        line = request.line_ids
        # a write cannot turn it into something else either
        with self.assertRaises(ValidationError):
            line.write({"history_model": "vn.evaluation"})
        with self.assertRaises(ValidationError):
            line.write({"values_json": '{"employee_id": 1}'})
        # what the approvers see is what will be recorded
        level = dict(self.env["vn.reward"]._fields["level"]._description_selection(self.env))[
            "state"
        ]
        self.assertIn(level, line.new_value_text)
        request.action_submit()
        request.with_user(self.head_a1).action_unit_approve()
        request.with_user(self.hr_a).action_approve()
        reward = self.env["vn.reward"].browse(line.history_res_id)
        self.assertEqual((reward.name, reward.level, reward.year), ("Giấy khen", "state", 2026))

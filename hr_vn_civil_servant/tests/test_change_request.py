from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form
from odoo.tests.common import TransactionCase


class TestChangeRequest(TransactionCase):
    """Phiếu bổ sung lý lịch: employee → unit head → HR office, across two units
    (THCS Tân Lập under the commune office; THPT Nguyễn Trãi under the Sở)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.thpt = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        cls.teacher = ref("hr_vn_civil_servant.user_thcs_gv")
        cls.teacher_employee = ref("hr_vn_civil_servant.employee_thcs_gv")
        cls.head = ref("hr_vn_civil_servant.user_thcs_hieutruong")
        cls.hr_office = ref("hr_vn_civil_servant.user_xa_vhxh")
        cls.thpt_head = ref("hr_vn_civil_servant.user_thpt_hieutruong")
        cls.thpt_hr_office = ref("hr_vn_civil_servant.user_sgd_tccb")
        cls.thpt_teacher = ref("hr_vn_civil_servant.user_thpt_gv")
        cls.thpt_employee = ref("hr_vn_civil_servant.employee_thpt_gv")
        cls.env["res.company"].browse([cls.thcs.id, cls.thpt.id]).write(
            {"vn_records_locked": False}
        )
        cls.thcs.parent_id.vn_single_step_approval = False

    def _request(self, user=None, phone="0912 345 678"):
        user = user or self.teacher
        request = (
            self.env["vn.profile.change.request"]
            .with_user(user)
            .create(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "line_type": "field",
                                "field_name": "private_phone",
                                "new_value_char": phone,
                            },
                        ),
                        (
                            0,
                            0,
                            {
                                "line_type": "field",
                                "field_name": "marital",
                                "new_value_selection": "married",
                            },
                        ),
                    ]
                }
            )
        )
        return request

    def test_full_two_step_flow(self):
        request = self._request()
        self.assertEqual(request.employee_id, self.teacher_employee, "defaults to own record")
        self.assertEqual(request.company_id, self.thcs)
        request.action_submit()
        self.assertEqual(request.state, "submitted")
        # the unit head gets an activity
        self.assertIn(self.head, request.activity_ids.user_id)
        request.with_user(self.head).action_unit_approve()
        self.assertEqual(request.state, "unit_approved")
        self.assertEqual(request.unit_approver_id, self.head)
        self.assertIn(self.hr_office, request.activity_ids.user_id)
        self.assertNotIn(self.head, request.activity_ids.user_id)
        # nothing applied before the final approval
        self.assertNotEqual(self.teacher_employee.sudo().private_phone, "0912 345 678")
        request.with_user(self.hr_office).action_approve()
        self.assertEqual(request.state, "approved")
        self.assertEqual(request.approver_id, self.hr_office)
        employee = self.teacher_employee.sudo()
        self.assertEqual(employee.private_phone, "0912 345 678")
        self.assertEqual(employee.marital, "married")
        body = employee.message_ids[0].body
        self.assertIn("0912 345 678", body)
        self.assertIn(self.head.name, body)
        self.assertIn(self.hr_office.name, body)
        # readable lines for the printed slip
        line = request.line_ids.filtered(lambda ln: ln.field_name == "private_phone")
        self.assertEqual(line.new_value_text, "0912 345 678")
        self.assertTrue(line.field_label)

    def test_single_step_setting(self):
        self.thcs.parent_id.vn_single_step_approval = True
        request = self._request(phone="0988 000 111")
        request.action_submit()
        request.with_user(self.head).action_unit_approve()
        self.assertEqual(request.state, "approved")
        self.assertEqual(self.teacher_employee.sudo().private_phone, "0988 000 111")

    def test_wrong_roles_and_units(self):
        request = self._request()
        request.action_submit()
        # the employee himself, and the head of another unit, cannot approve
        with self.assertRaises(AccessError):
            request.with_user(self.teacher).action_unit_approve()
        with self.assertRaises(AccessError):
            request.with_user(self.thpt_head).action_unit_approve()
        # HR office approval is refused before the unit approval (wrong state)
        with self.assertRaises(UserError):
            request.with_user(self.hr_office).action_approve()
        request.with_user(self.head).action_unit_approve()
        # the unit head cannot give the final approval; nor the HR office of another body
        with self.assertRaises(AccessError):
            request.with_user(self.head).action_approve()
        with self.assertRaises(AccessError):
            request.with_user(self.thpt_hr_office).action_approve()
        self.assertEqual(request.state, "unit_approved")
        self.assertNotEqual(self.teacher_employee.sudo().private_phone, "0912 345 678")

    def test_no_self_approval(self):
        head_employee = self.env.ref("hr_vn_civil_servant.employee_thcs_hieutruong")
        request = self._request(user=self.head)
        self.assertEqual(request.employee_id, head_employee)
        request.action_submit()
        with self.assertRaises(AccessError):
            request.with_user(self.head).action_unit_approve()

    def test_reject_needs_reason_and_notifies(self):
        request = self._request()
        request.action_submit()
        # without a reason: the wizard opens, nothing changes
        action = request.with_user(self.head).action_reject()
        self.assertEqual(action["res_model"], "vn.profile.change.reject.wizard")
        self.assertEqual(request.state, "submitted")
        with self.assertRaises(UserError):
            request.with_user(self.head).action_reject(reason="  ")
        with self.assertRaises(UserError):
            self.env["vn.profile.change.reject.wizard"].with_user(self.head).create(
                {"request_ids": [(6, 0, request.ids)], "reason": " "}
            ).action_confirm()
        self.assertEqual(request.state, "submitted")
        wizard = (
            self.env["vn.profile.change.reject.wizard"]
            .with_user(self.head)
            .create(
                {
                    "request_ids": [(6, 0, request.ids)],
                    "reason": "Thiếu bản sao giấy đăng ký kết hôn",
                }
            )
        )
        wizard.action_confirm()
        self.assertEqual(request.state, "rejected")
        self.assertEqual(request.reject_reason, "Thiếu bản sao giấy đăng ký kết hôn")
        notified = request.message_ids.filtered(lambda m: self.teacher.partner_id in m.partner_ids)
        self.assertTrue(notified)
        # back to draft for correction
        request.with_user(self.teacher).action_draft()
        self.assertEqual(request.state, "draft")

    def test_wrong_state_and_bad_input(self):
        request = self._request()
        with self.assertRaises(UserError):
            request.with_user(self.head).action_unit_approve()  # still draft
        request.action_submit()
        with self.assertRaises(UserError):
            request.action_submit()
        # submitted requests cannot be edited by the employee
        with self.assertRaises(UserError):
            request.line_ids[0].with_user(self.teacher).write({"new_value_char": "x"})
        empty = self.env["vn.profile.change.request"].with_user(self.teacher).create({})
        with self.assertRaises(UserError):
            empty.action_submit()
        bad = self._request()
        bad.line_ids.filtered(lambda ln: ln.field_name == "marital").new_value_selection = "no such"
        with self.assertRaises(ValidationError):
            bad.action_submit()
        self.assertEqual(bad.state, "draft")

    def test_controlled_fields_not_declarable(self):
        with self.assertRaises(ValidationError):
            self.env["vn.profile.change.request"].with_user(self.teacher).create(
                {"line_ids": [(0, 0, {"line_type": "field", "field_name": "company_id"})]}
            )
        names = dict(self.env["vn.profile.change.request.line"]._selection_field_name())
        for controlled in (
            "company_id",
            "vn_salary_step",
            "vn_grade_id",
            "department_id",
            "job_title",
        ):
            self.assertNotIn(controlled, names)

    def test_record_rules(self):
        own = self._request()
        other = self._request(user=self.thpt_teacher)
        Request = self.env["vn.profile.change.request"]
        self.assertEqual(
            Request.with_user(self.teacher).search([("id", "in", (own | other).ids)]), own
        )
        self.assertEqual(
            Request.with_user(self.head).search([("id", "in", (own | other).ids)]), own
        )
        self.assertEqual(
            Request.with_user(self.thpt_hr_office).search([("id", "in", (own | other).ids)]), other
        )
        # an employee cannot file a request about a colleague
        colleague = self.env.ref("hr_vn_civil_servant.employee_thcs_vanthu")
        with self.assertRaises(AccessError):
            Request.with_user(self.teacher).create({"employee_id": colleague.id})
        with self.assertRaises(AccessError):
            own.with_user(self.teacher).write({"employee_id": colleague.id})

    def test_no_direct_write_of_own_record(self):
        with self.assertRaises(AccessError):
            self.teacher_employee.with_user(self.teacher).write({"private_phone": "0900"})
        # the stock self-edit switch of My Profile does not open the record either
        self.env["ir.config_parameter"].sudo().set_param("hr.hr_employee_self_edit", True)
        with self.assertRaises(AccessError):
            self.teacher.with_user(self.teacher).write({"private_phone": "0900"})
        self.assertFalse(self.teacher.with_user(self.teacher).can_edit)
        self.assertNotEqual(self.teacher_employee.sudo().private_phone, "0900")
        # preferences stay editable
        self.teacher.with_user(self.teacher).write({"tz": "Asia/Ho_Chi_Minh"})

    def test_history_line(self):
        Line = self.env["vn.profile.change.request.line"]
        models_ = dict(Line._selection_history_model())
        if "vn.family.member" not in models_:
            self.skipTest("history models not installed")
        request = self.env["vn.profile.change.request"].with_user(self.teacher).create({})
        with Form(request) as form:
            with form.line_ids.new() as line:
                line.line_type = "history"
                line.history_model = "vn.family.member"
                line.description = "Nguyễn Minh Khang"
                line.history_kind = "child"
                line.history_year = 2024
        request.action_submit()
        request.with_user(self.head).action_unit_approve()
        request.with_user(self.hr_office).action_approve()
        member = self.env["vn.family.member"].sudo().browse(request.line_ids.history_res_id)
        self.assertEqual(member.name, "Nguyễn Minh Khang")
        self.assertEqual(member.relation, "child")
        self.assertEqual(member.employee_id, self.teacher_employee)

    def test_history_line_missing_values(self):
        if "vn.family.member" not in self.env:
            self.skipTest("history models not installed")
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.teacher)
            .create(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "line_type": "history",
                                "history_model": "vn.family.member",
                                "description": "X",
                            },
                        )
                    ]
                }
            )
        )
        with self.assertRaises(ValidationError):
            request.action_submit()
        self.assertEqual(request.state, "draft")

    def test_phone_form_flow(self):
        """The employee picks what to change; the form shows the old value and the
        matching input, and the request keeps readable old/new texts."""
        self.teacher_employee.sudo().private_street = "Thôn Đông, xã Tân Lập"
        request = self.env["vn.profile.change.request"].with_user(self.teacher).create({})
        with Form(request) as form:
            with form.line_ids.new() as line:
                line.field_name = "private_street"
                self.assertEqual(line.old_value_text, "Thôn Đông, xã Tân Lập")
                line.new_value_char = "Số 5 đường Nguyễn Văn Linh, phường Phố Hiến"
            with form.line_ids.new() as line:
                line.field_name = "marital"
                self.assertTrue(line.allowed_values)
                line.new_value_selection = "Married"
        self.assertEqual(len(request.line_ids), 2)
        request.action_submit()
        marital = request.line_ids.filtered(lambda ln: ln.field_name == "marital")
        self.assertEqual(marital._vn_typed_value(), "married")
        self.assertTrue(marital.new_value_text)

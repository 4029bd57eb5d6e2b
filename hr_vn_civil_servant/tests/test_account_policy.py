"""Account and login policy (README: administration), as the real roles: the password
rules, expiry and history (OCA password_security), two-factor login by role
(auth_totp_enforce), the idle timeout, sign-up by invitation, the self-service reset per
managing body, the lost-password request, and the audit trail (OCA auditlog).

The login cooldown over every channel and the web and XML-RPC refusals are tested on a
served instance (tests/test_login_policy_rpc.py)."""

import datetime

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.modules import module as odoo_module
from odoo.tests import Form

from .common import PersonnelCase, make_user

STRONG = "Hoc-sinh-2026"
STRONG_2 = "Giao-vien#2027"


class TestPasswordPolicy(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # password_security applies its rules in the tests of no other module (they make
        # users with short passwords), which it reads from the current test: these are
        # the policy's own tests, so it applies here.
        cls.test_module = "password_security"
        previous = odoo_module.current_test
        odoo_module.current_test = cls
        cls.addClassCleanup(setattr, odoo_module, "current_test", previous)
        cls.ICP = cls.env["ir.config_parameter"].sudo()

    def test_settings_are_the_documented_ones(self):
        values = {
            "auth_password_policy.minlength": "10",
            "password_security.lower": "1",
            "password_security.upper": "1",
            "password_security.numeric": "1",
            "password_security.special": "1",
            "password_security.expiration_days": "90",
            "password_security.history": "5",
            "auth_signup.invitation_scope": "b2b",
            "inactive_session_time_out_delay": "1800",
            "base.login_cooldown_after": "5",
            "base.login_cooldown_duration": "300",
        }
        for key, value in values.items():
            self.assertEqual(self.ICP.get_param(key), value, key)
        self.assertEqual(self.env["ir.config_parameter"]._auth_timeout_get_parameter_delay(), 1800)

    def test_weak_passwords_are_refused_on_every_write(self):
        teacher = self.teacher_a1
        for weak, why in (
            ("1", "too short"),
            ("abcdefghij", "no uppercase, digit or special character"),
            ("Abcdefghij1", "no special character"),
            ("Ab1-xyz", "shorter than 10"),
        ):
            with self.subTest(why), self.assertRaises(UserError):
                teacher.write({"password": weak})
        with self.assertRaises(UserError):
            make_user(self.env, "t.weak.new", self.school_a1, password="abc")
        self.assertFalse(self.env["res.users"].search([("login", "=", "t.weak.new")]))
        teacher.write({"password": STRONG})
        teacher.with_user(teacher)._check_credentials(
            {"login": teacher.login, "password": STRONG, "type": "password"},
            {"interactive": False},
        )

    def test_a_recent_password_cannot_be_used_again(self):
        user = self.teacher2_a1
        user.write({"password": STRONG})
        user.write({"password": STRONG_2})
        with self.assertRaisesRegex(UserError, "most recent"):
            user.write({"password": STRONG})
        # the user himself, through "Change Password"
        with self.assertRaisesRegex(UserError, "most recent"):
            user.with_user(user).change_password(STRONG_2, STRONG)

    def test_passwords_expire_after_the_setting(self):
        user = self.officer_a1
        user.write({"password": STRONG})
        self.assertFalse(user._password_has_expired())
        self.env.flush_all()
        old = fields.Datetime.now() - datetime.timedelta(days=91)
        self.env.cr.execute(
            "UPDATE res_users SET password_write_date = %s WHERE id = %s", (old, user.id)
        )
        user.invalidate_recordset(["password_write_date"])
        self.assertTrue(user._password_has_expired())
        self.ICP.set_param("password_security.expiration_days", 120)
        self.assertFalse(user._password_has_expired())


class TestTwoFactorByRole(PersonnelCase):
    def test_the_roles_that_require_two_factor_login(self):
        for user in (self.hr_a, self.officer_a1):
            self.assertTrue(user._mfa_enforced(), user.login)
            self.assertEqual(user._mfa_url(), "/web/login/totp/setup", user.login)
            # his password alone never opens the external API (XML-RPC, JSON-RPC)
            self.assertTrue(user._rpc_api_keys_only(), user.login)
        # a unit head holds the records officer's rights (implied): he is asked too
        self.assertTrue(self.head_a1._mfa_enforced())
        for user in (self.teacher_a1, self.teacher2_b1):
            self.assertFalse(user._mfa_enforced(), user.login)
            self.assertFalse(user._mfa_url(), user.login)
            self.assertFalse(user._rpc_api_keys_only(), user.login)
        for xmlid in (
            "hr_vn_civil_servant.group_hr_office",
            "hr_vn_civil_servant.group_admin",
            "hr_vn_civil_servant.group_records_officer",
            "base.group_system",
        ):
            self.assertTrue(self.env.ref(xmlid).vn_require_totp, xmlid)

    def test_the_setting_is_per_role(self):
        self.env.ref("hr_vn_civil_servant.group_records_officer").vn_require_totp = False
        self.assertFalse(self.officer_a1._mfa_enforced())
        self.assertTrue(self.hr_a._mfa_enforced())
        self.env.ref("hr_vn_civil_servant.group_employee").vn_require_totp = True
        self.assertTrue(self.teacher_a1._mfa_enforced())

    def test_an_enrolled_user_is_asked_his_code(self):
        self.hr_a.sudo().totp_secret = "JBSWY3DPEHPK3PXP"
        self.assertEqual(self.hr_a._mfa_url(), "/web/login/totp")

    def test_nobody_changes_the_setting_but_the_settings_administrator(self):
        group = self.env.ref("hr_vn_civil_servant.group_hr_office")
        with self.assertRaises(AccessError):
            group.with_user(self.hr_a).write({"vn_require_totp": False})
        self.assertTrue(group.vn_require_totp)


class TestSelfServiceReset(PersonnelCase):
    def test_a_managing_body_switches_the_self_service_reset_off(self):
        # the login page's visitor (the public user), reading the messages in English
        Users = (
            self.env["res.users"]
            .with_user(self.env.ref("base.public_user"))
            .with_context(lang="en_US")
        )
        self.body_a.vn_self_password_reset = False
        for user in (self.teacher_a1, self.hr_a):
            with self.subTest(user.login), self.assertRaisesRegex(UserError, "switched off"):
                Users.sudo().reset_password(user.login)
            self.assertFalse(user.partner_id.sudo().signup_type)
        # body B keeps it: its teacher gets the reset e-mail
        Users.sudo().reset_password(self.teacher_b1.login)
        self.assertEqual(self.teacher_b1.partner_id.sudo().signup_type, "reset")

    def test_only_a_settings_administrator_switches_it(self):
        with self.assertRaises(AccessError):
            self.body_a.with_user(self.hr_a).write({"vn_self_password_reset": False})
        self.assertTrue(self.body_a.vn_self_password_reset)


class TestLostPasswordRequest(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.admin_a = make_user(
            cls.env,
            "t.admin.a",
            cls.body_a | cls.school_a1 | cls.school_a2,
            ["hr_vn_civil_servant.group_admin"],
        )
        cls.admin_b = make_user(
            cls.env, "t.admin.b", cls.body_b | cls.school_b1, ["hr_vn_civil_servant.group_admin"]
        )
        cls.Request = cls.env["vn.password.reset.request"]

    def _file(self, filer, account, reason="Quên mật khẩu"):
        with Form(self.Request.with_user(filer)) as form:
            form.user_id = account
            form.reason = reason
        return form.record

    def test_the_whole_procedure_is_logged(self):
        request = self._file(self.teacher_a1, self.teacher_a1)
        request.with_user(self.teacher_a1).action_submit()
        # the teacher neither confirms his own request nor issues the reset
        with self.assertRaises(AccessError):
            request.with_user(self.teacher_a1).action_confirm()
        # another unit's head and the other body's administrator take no step
        for outsider in (self.head_b1, self.head_a2, self.admin_b):
            with self.subTest(outsider.login), self.assertRaises(AccessError):
                request.with_user(outsider).action_confirm()
        request.with_user(self.head_a1).action_confirm()
        self.assertEqual(request.state, "confirmed")
        with self.assertRaises(AccessError):
            request.with_user(self.admin_b).action_issue()
        with self.assertRaises(AccessError):
            request.with_user(self.head_a1).action_issue()
        request.with_user(self.admin_a).action_issue()
        self.assertEqual(request.state, "done")
        self.assertEqual(request.issued_by_id, self.admin_a)
        self.assertEqual(request.confirmed_by_id, self.head_a1)
        self.assertEqual(self.teacher_a1.partner_id.sudo().signup_type, "reset")
        reviews = request.sudo().vn_review_ids
        self.assertEqual(len(reviews), 3)
        self.assertEqual(
            set(reviews.mapped("user_id")), {self.teacher_a1, self.head_a1, self.admin_a}
        )

    def test_the_unit_files_on_behalf_of_its_staff_never_for_another_unit(self):
        request = self._file(self.officer_a1, self.teacher2_a1, "Giáo viên quên mật khẩu")
        request.with_user(self.officer_a1).action_submit()
        self.assertEqual(request.state, "submitted")
        self.assertTrue(request.with_user(self.teacher2_a1).reason)
        for filer, account in (
            (self.officer_a1, self.teacher_b1),
            (self.teacher_a1, self.teacher2_a1),
        ):
            with self.subTest(filer.login), self.assertRaises(AccessError):
                self.Request.with_user(filer).create({"user_id": account.id, "reason": "x"})
        self.assertFalse(self.Request.search([("user_id", "=", self.teacher_b1.id)]))

    def test_a_refusal_needs_its_reason(self):
        request = self._file(self.teacher_a1, self.teacher_a1)
        request.with_user(self.teacher_a1).action_submit()
        action = request.with_user(self.head_a1).action_refuse()
        self.assertEqual(action["res_model"], "vn.workflow.reason.wizard")
        with self.assertRaises(UserError):
            request.with_user(self.head_a1).action_refuse(reason="  ")
        request.with_user(self.head_a1).action_refuse(reason="Đã đăng nhập lại được")
        self.assertEqual(request.state, "refused")
        self.assertEqual(request.refuse_reason, "Đã đăng nhập lại được")

    def test_around_the_buttons(self):
        request = self._file(self.teacher_a1, self.teacher_a1)
        for vals in (
            {"state": "done"},
            {"issued_by_id": self.teacher_a1.id},
            {"confirmed_by_id": self.head_a1.id},
        ):
            with self.subTest(vals), self.assertRaises(UserError):
                request.with_user(self.teacher_a1).write(vals)
        self.assertEqual(request.state, "draft")
        with self.assertRaises(UserError):
            self.Request.with_user(self.teacher_a1).create(
                {"user_id": self.teacher_a1.id, "reason": "x", "state": "done"}
            )
        request.with_user(self.teacher_a1).action_submit()
        with self.assertRaises(UserError):
            request.with_user(self.teacher_a1).write({"reason": "khác"})
        with self.assertRaises(UserError):
            request.with_user(self.admin_a).unlink()
        # the other teacher of the unit and the other body read nothing of it
        for outsider in (self.teacher2_a1, self.hr_b, self.head_b1):
            with self.subTest(outsider.login):
                self.assertFalse(self.Request.with_user(outsider).search([("id", "=", request.id)]))
                with self.assertRaises(AccessError):
                    request.with_user(outsider).read(["reason"])


class TestAuditTrail(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Log = cls.env["auditlog.log"]

    def _logs(self, record):
        model = self.env["ir.model"]._get(record._name)
        return self.Log.search([("model_id", "=", model.id), ("res_id", "=", record.id)])

    def test_a_change_of_the_record_is_logged_old_and_new(self):
        employee = self.emp["teacher_a1"]
        before = self._logs(employee)
        employee.with_user(self.hr_a).write({"vn_health_status": "Khá"})
        log = self._logs(employee) - before
        self.assertEqual(len(log), 1)
        self.assertEqual(log.user_id, self.hr_a)
        self.assertEqual(log.method, "write")
        self.assertEqual(log.vn_company_id, self.school_a1)
        line = log.line_ids.filtered(lambda line: line.field_name == "vn_health_status")
        self.assertEqual((line.old_value_text, line.new_value_text), ("Tốt", "Khá"))
        # searchable by the HR office of the unit, not by the other body's nor by staff
        domain = [("model_id", "=", log.model_id.id), ("res_id", "=", employee.id)]
        self.assertIn(log, self.Log.with_user(self.hr_a).search(domain))
        self.assertFalse(self.Log.with_user(self.hr_b).search(domain))
        self.assertFalse(
            self.env["auditlog.log.line"].with_user(self.hr_b).search([("log_id", "=", log.id)])
        )
        for user in (self.teacher_a1, self.head_a1):
            with self.assertRaises(AccessError):
                self.Log.with_user(user).search(domain)
        # the record's "History" button opens these entries
        action = employee.with_user(self.hr_a).action_vn_audit_history()
        self.assertIn(log, self.Log.with_user(self.hr_a).search(action["domain"]))
        self.assertFalse(self.Log.with_user(self.hr_b).search(action["domain"]))

    def test_history_lines_and_change_requests_are_audited(self):
        rules = self.env["auditlog.rule"].search([("state", "=", "subscribed")])
        audited = set(rules.mapped("model_id.model"))
        for model in (
            "hr.employee",
            "vn.work.history",
            "vn.salary.history",
            "vn.training",
            "vn.reward",
            "vn.discipline",
            "vn.family.member",
            "vn.evaluation",
            "vn.health.check",
            "vn.profile.change.request",
            "vn.profile.change.request.line",
            "vn.password.reset.request",
        ):
            self.assertIn(model, audited)
        action = rules.filtered(lambda rule: rule.model_id.model == "hr.employee").action_id
        # the action is named by the audit rules when they are set up, in the language of
        # the database's installation: "History", or its Vietnamese translation
        self.assertIn(action.name, ("History", "Lịch sử thay đổi"))
        self.assertEqual(action.binding_model_id.model, "hr.employee")
        self.assertIn(self.env.ref("hr_vn_civil_servant.group_hr_office"), action.groups_id)

    def test_the_log_is_read_only_for_everyone(self):
        employee = self.emp["teacher_b1"]
        employee.with_user(self.hr_b).write({"vn_health_status": "Trung bình"})
        log = self._logs(employee).filtered(lambda log: log.method == "write")
        self.assertEqual(len(log), 1)
        admin = self.env.ref("base.user_admin")
        for user in (admin, self.hr_b):
            with self.subTest(user.login):
                with self.assertRaises(AccessError):
                    log.with_user(user).write({"user_id": self.teacher_b1.id})
                with self.assertRaises(AccessError):
                    log.line_ids[:1].with_user(user).write({"new_value_text": "x"})
                with self.assertRaises(AccessError):
                    log.line_ids.with_user(user).unlink()
                with self.assertRaises(AccessError):
                    log.with_user(user).unlink()
                with self.assertRaises(AccessError):
                    self.Log.with_user(user).create({"model_id": log.model_id.id, "res_id": 1})
        self.assertEqual(log.user_id, self.hr_b)
        self.assertTrue(log.exists())

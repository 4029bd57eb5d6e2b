"""The unit user administrator (issue 11.4) and the role presets (issue 17.5): he
creates and archives the accounts of his own unit and grants only the school-level
roles, on every channel; refused changes leave nothing behind."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .common import PersonnelCase, make_user

UNIT_ADMIN = "hr_vn_civil_servant.group_unit_user_admin"
OFFICER = "hr_vn_civil_servant.group_records_officer"
HEAD = "hr_vn_civil_servant.group_unit_head"


@tagged("post_install", "-at_install")
class TestUnitUserAdmin(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.principal = cls.head_a1
        cls.principal.write({"groups_id": [(4, cls.env.ref(UNIT_ADMIN).id)]})
        # the person the principal appoints: not a unit head
        cls.appointee = make_user(cls.env, "t.uadmin.a1", cls.school_a1, [UNIT_ADMIN])
        cls.Users = cls.env["res.users"].with_context(no_reset_password=True)
        cls.g_officer = cls.env.ref(OFFICER)
        cls.g_head = cls.env.ref(HEAD)
        cls.g_hr = cls.env.ref("hr_vn_civil_servant.group_hr_office")
        cls.g_admin = cls.env.ref("hr_vn_civil_servant.group_admin")
        cls.g_system = cls.env.ref("base.group_system")
        cls.teacher_preset = cls.env.ref("hr_vn_civil_servant.vn_role_preset_teacher")
        cls.hr_preset = cls.env.ref("hr_vn_civil_servant.vn_role_preset_hr_office")

    def _new_vals(self, login, **extra):
        vals = {
            "name": f"Người dùng {login}",
            "login": login,
            "company_id": self.school_a1.id,
            "company_ids": [(6, 0, self.school_a1.ids)],
        }
        vals.update(extra)
        return vals

    def assertRefusedNothingChanged(self, func, message=None):
        count = self.env["res.users"].with_context(active_test=False).search_count([])
        with self.assertRaises(AccessError) as caught:
            func()
        self.assertEqual(
            self.env["res.users"].with_context(active_test=False).search_count([]), count
        )
        if message:
            self.assertIn(message, str(caught.exception))

    # ------------------------------------------------------------------ allowed
    def test_creates_an_account_of_his_unit_with_a_preset(self):
        user = self.Users.with_user(self.appointee).create(
            self._new_vals("t.new.gv", vn_role_preset_id=self.teacher_preset.id)
        )
        user = user.sudo()
        self.assertEqual(user.company_id, self.school_a1)
        self.assertTrue(user.has_group("base.group_user"))
        self.assertTrue(user.has_group("hr_vn_civil_servant.group_employee"))
        self.assertFalse(user.has_group("hr.group_hr_user"))
        # and grants a school-level role, then archives the account
        user.with_user(self.appointee).write({"groups_id": [(4, self.g_officer.id)]})
        self.assertTrue(user.has_group(OFFICER))
        user.with_user(self.appointee).write({"active": False})
        self.assertFalse(user.active)

    def test_roles_of_the_unit_field_adds_and_removes(self):
        user = self.Users.with_user(self.appointee).create(self._new_vals("t.new.vt"))
        form_user = user.with_user(self.appointee)
        form_user.write({"vn_unit_role_ids": [(4, self.g_officer.id)]})
        self.assertTrue(user.sudo().has_group("hr.group_hr_user"))
        self.assertIn(self.g_officer, form_user.vn_unit_role_ids)
        form_user.write({"vn_unit_role_ids": [(3, self.g_officer.id)]})
        user.invalidate_recordset()
        self.assertFalse(user.sudo().has_group(OFFICER))
        # what the role implied went with it
        self.assertFalse(user.sudo().has_group("hr.group_hr_user"))

    def test_form_of_the_unit_admin(self):
        """Through the unit's account form (its own view), with the preset: its roles
        are ticked as soon as it is chosen, and saved."""
        view = self.env.ref("hr_vn_civil_servant.res_users_view_form_unit_admin")
        clerk = self.env.ref("hr_vn_civil_servant.vn_role_preset_clerk")
        with Form(
            self.env["res.users"].with_user(self.appointee).with_context(no_reset_password=True),
            view=view,
        ) as form:
            form.name = "Văn thư mới"
            form.login = "t.form.vt"
            self.assertNotIn(self.g_officer, form.vn_unit_role_ids)
            form.vn_role_preset_id = clerk
            self.assertIn(self.g_officer, form.vn_unit_role_ids)
        user = self.env["res.users"].search([("login", "=", "t.form.vt")])
        self.assertTrue(user.has_group(OFFICER))
        self.assertEqual(user.company_id, self.school_a1)
        self.assertEqual(user.vn_role_preset_id, clerk)

    def test_principal_appoints_another_unit_admin_appointee_cannot(self):
        user = self.Users.with_user(self.principal).create(
            self._new_vals(
                "t.new.ua",
                groups_id=[
                    (6, 0, [self.env.ref("base.group_user").id, self.env.ref(UNIT_ADMIN).id])
                ],
            )
        )
        self.assertTrue(user.sudo().has_group(UNIT_ADMIN))
        self.assertRefusedNothingChanged(
            lambda: self.Users.with_user(self.appointee).create(
                self._new_vals("t.new.ua2", groups_id=[(4, self.env.ref(UNIT_ADMIN).id)])
            ),
            "grants only the school-level roles",
        )

    # ------------------------------------------------------------------ refused
    def test_refuses_hr_office_and_admin_roles_on_create(self):
        for group in (self.g_hr, self.g_admin, self.g_system):
            self.assertRefusedNothingChanged(
                lambda g=group: self.Users.with_user(self.principal).create(
                    self._new_vals(f"t.bad.{g.id}", groups_id=[(4, g.id)])
                ),
                "grants only the school-level roles",
            )
        self.assertRefusedNothingChanged(
            lambda: self.Users.with_user(self.principal).create(
                self._new_vals("t.bad.preset", vn_role_preset_id=self.hr_preset.id)
            ),
            "grants only the school-level roles",
        )

    def test_refuses_write_of_groups_around_the_form(self):
        teacher = self.teacher_a1
        before = teacher.groups_id
        for vals in (
            {"groups_id": [(4, self.g_hr.id)]},
            {"groups_id": [(6, 0, (before | self.g_system).ids)]},
            {f"in_group_{self.g_admin.id}": True},
            {"vn_role_preset_id": self.hr_preset.id},
        ):
            with self.assertRaises(AccessError):
                teacher.with_user(self.appointee).write(vals)
            teacher.invalidate_recordset()
            self.assertEqual(teacher.groups_id, before, vals)
        self.assertFalse(teacher.vn_role_preset_id)

    def test_refuses_another_unit(self):
        self.assertRefusedNothingChanged(
            lambda: self.Users.with_user(self.principal).create(
                self._new_vals(
                    "t.bad.unit",
                    company_id=self.school_a2.id,
                    company_ids=[(6, 0, self.school_a2.ids)],
                )
            ),
            "works in a unit other than yours",
        )
        self.assertRefusedNothingChanged(
            lambda: self.Users.with_user(self.principal).create(
                self._new_vals(
                    "t.bad.units", company_ids=[(6, 0, (self.school_a1 | self.school_b1).ids)]
                )
            ),
            "works in a unit other than yours",
        )
        # a user of another unit: neither renamed, archived nor moved
        other = self.teacher_b1
        for vals in ({"name": "X"}, {"active": False}, {"groups_id": [(4, self.g_officer.id)]}):
            with self.assertRaises(AccessError):
                other.with_user(self.principal).write(vals)
        self.assertTrue(other.active)
        self.assertEqual(other.name, "User t.teacher.b1")
        # moving his own teacher to another unit
        with self.assertRaises(AccessError):
            self.teacher_a1.with_user(self.principal).write(
                {"company_ids": [(4, self.school_b1.id)]}
            )
        self.assertEqual(self.teacher_a1.company_ids, self.school_a1)

    def test_refuses_accounts_holding_higher_roles_and_other_fields(self):
        # the HR office works in the school too: not his to manage
        with self.assertRaises(AccessError):
            self.hr_a.with_user(self.principal).write({"name": "Y"})
        # password and other fields are not his
        with self.assertRaises(AccessError) as caught:
            self.teacher_a1.with_user(self.appointee).write({"password": "Vn-School-2026!x"})
        self.assertIn("not:", str(caught.exception))
        # nor his own roles
        with self.assertRaises(AccessError):
            self.appointee.with_user(self.appointee).write({"groups_id": [(4, self.g_head.id)]})
        self.assertFalse(self.appointee.has_group(HEAD))

    def test_locked_unit_keeps_the_names_of_its_records(self):
        """The name goes onto the personnel record: refused while the unit is locked
        for the data closing, as for any writer."""
        self.school_a1.vn_records_locked = True
        with self.assertRaises(UserError) as caught:
            self.teacher_a1.with_user(self.appointee).write({"name": "Tên mới"})
        self.assertIn("locked", str(caught.exception))
        self.assertEqual(self.teacher_a1.name, "User t.teacher.a1")

    def test_a_plain_user_is_refused_by_odoo(self):
        with self.assertRaises(AccessError):
            self.Users.with_user(self.teacher_a1).create(self._new_vals("t.bad.teacher"))
        with self.assertRaises(AccessError):
            self.teacher_a2.with_user(self.teacher_a1).write({"name": "Z"})

    def test_own_preferences_still_work(self):
        self.appointee.with_user(self.appointee).write({"tz": "Asia/Bangkok"})
        self.assertEqual(self.appointee.tz, "Asia/Bangkok")


@tagged("post_install", "-at_install")
class TestRolesVisible(PersonnelCase):
    def test_suite_roles_are_selections_in_the_user_form(self):
        """Every category of the suite's roles is a ladder: Odoo shows it as one
        selection without developer mode."""
        kinds = {
            app.get_external_id().get(app.id): kind
            for app, kind, _gs, _cat in self.env["res.groups"].get_groups_by_application()
            if app
        }
        suite = {
            xmlid: kind
            for xmlid, kind in kinds.items()
            if xmlid
            and (
                xmlid.startswith("hr_vn_civil_servant.") or xmlid.startswith("documents_vn_office.")
            )
        }
        self.assertIn("hr_vn_civil_servant.module_category_unit_user_admin", suite)
        self.assertIn("documents_vn_office.module_category_correspondence", suite)
        self.assertEqual(set(suite.values()), {"selection"}, suite)

    def test_export_right_implies_odoo_export(self):
        export = self.env.ref("hr_vn_civil_servant.group_export")
        self.assertIn(self.env.ref("base.group_allow_export"), export.trans_implied_ids)

    def test_new_user_employee_in_his_own_unit(self):
        """Odoo's hr creates the employee in the creator's current unit; here, the
        user's own unit."""
        admin_env = self.env(context=dict(self.env.context, allowed_company_ids=[self.body_a.id]))
        user = (
            admin_env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": "Nhân viên mới",
                    "login": "t.emp.company",
                    "company_id": self.school_b1.id,
                    "company_ids": [(6, 0, self.school_b1.ids)],
                    "create_employee": True,
                }
            )
        )
        employee = (
            self.env["hr.employee"]
            .sudo()
            .with_context(active_test=False)
            .search([("user_id", "=", user.id)])
        )
        self.assertEqual(employee.company_id, self.school_b1)

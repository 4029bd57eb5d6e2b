"""A new school in one step (issue 17.6): the unit under its managing body, its
registers, calendar, tổ and channels, and its first users with their presets."""

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import Form

from .common import SuiteCase

HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


class TestNewSchool(SuiteCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body = Company.create({"name": "Phòng GDĐT (test NS)", "vn_short_name": "PGDNS"})
        cls.other_body = Company.create({"name": "Sở GDĐT (test NS)", "vn_short_name": "SGDNS"})
        cls.old_school = Company.create(
            {"name": "Trường TH cũ (test NS)", "parent_id": cls.body.id}
        )
        cls.hr = cls._make_user("t.ns.hr", cls.body | cls.old_school, [HR_OFFICE], lang="en_US")
        cls.other_hr = cls._make_user("t.ns.hr2", cls.other_body, [HR_OFFICE], lang="en_US")
        cls.head = cls._make_user(
            "t.ns.head", cls.old_school, ["hr_vn_civil_servant.group_unit_head"], lang="en_US"
        )
        cls.teacher = cls.env.ref("hr_vn_civil_servant.vn_role_preset_teacher")
        cls.principal = cls.env.ref("hr_vn_civil_servant.vn_role_preset_principal")
        cls.admin_preset = cls.env.ref("hr_vn_civil_servant.vn_role_preset_admin")

    def _form(self, user, **values):
        env = self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})
        form = Form(env["vn.new.school.wizard"])
        form.body_id = self.body if user != self.other_hr else self.other_body
        form.name = values.get("name", "Trường THCS Mới (test NS)")
        form.short_name = values.get("short_name", "THCSMOI")
        form.school_year = "2026-2027"
        form.week1_start = values.get("week1_start", "2026-09-07")
        form.department_names = "Tổ Toán - Tin\nTổ Ngữ văn\n\nTổ Toán - Tin"
        for name, login, preset in values.get(
            "users",
            [
                ("Nguyễn Văn Hiệu", "t.ns.ht", self.principal),
                ("Lê Thị Giáo", "t.ns.gv", self.teacher),
            ],
        ):
            with form.user_ids.new() as line:
                line.name = name
                line.login = login
                line.preset_id = preset
        return form.save()

    def test_hr_office_creates_a_school_in_one_step(self):
        result = self._form(self.hr).action_create()
        self.assertIn("5 registers", result["params"]["message"])
        school = self.env["res.company"].search([("name", "=", "Trường THCS Mới (test NS)")])
        self.assertEqual(school.parent_id, self.body)
        registers = self.env["vn.document.register"].search([("company_id", "=", school.id)])
        self.assertEqual(
            sorted((r.direction, r.is_secret) for r in registers),
            [
                ("incoming", False),
                ("incoming", True),
                ("internal", False),
                ("outgoing", False),
                ("outgoing", True),
            ],
        )
        departments = self.env["hr.department"].search([("company_id", "=", school.id)])
        self.assertEqual(sorted(departments.mapped("name")), ["Tổ Ngữ văn", "Tổ Toán - Tin"])
        calendar = self.env["vn.school.calendar"].search([("company_id", "=", school.id)])
        self.assertEqual(calendar.school_year, "2026-2027")
        self.assertEqual(calendar.department_ids, departments)
        channels = (
            self.env["discuss.channel"]
            .sudo()
            .search(
                [
                    "|",
                    ("vn_company_id", "=", school.id),
                    ("vn_department_id", "in", departments.ids),
                ]
            )
        )
        self.assertEqual(len(channels), 3)
        principal = self.env["res.users"].search([("login", "=", "t.ns.ht")])
        self.assertEqual(principal.company_ids, school)
        self.assertTrue(principal.has_group("hr_vn_civil_servant.group_unit_head"))
        self.assertTrue(principal.has_group("documents_vn_office.group_leader"))
        self.assertTrue(principal.has_group("hr_vn_civil_servant.group_unit_user_admin"))
        teacher = self.env["res.users"].search([("login", "=", "t.ns.gv")])
        self.assertFalse(teacher.has_group("hr.group_hr_user"))
        employees = (
            self.env["hr.employee"].sudo().search([("user_id", "in", (principal | teacher).ids)])
        )
        self.assertEqual(employees.company_id, school)
        # the HR office works in the new school at once
        self.assertIn(school, self.hr.company_ids)

    def test_refused(self):
        Company = self.env["res.company"]
        count = Company.search_count([])
        users = self.env["res.users"].search_count([])
        # not HR office: a unit head, or the HR office of another body
        with self.assertRaises(AccessError):
            self._form(self.head).action_create()
        wizard = self._form(self.other_hr)
        wizard.sudo().body_id = self.body
        with self.assertRaises(AccessError):
            wizard.with_user(self.other_hr).action_create()
        # a school as the "managing body" (around the drop-down)
        wizard = self._form(self.hr)
        wizard.write({"body_id": self.old_school.id})
        with self.assertRaises(ValidationError) as caught:
            wizard.action_create()
        self.assertIn("not a managing body", str(caught.exception))
        # duplicate name, a Tuesday, a login taken, an admin preset for the HR office
        for values, message in (
            ({"name": "trường th cũ (test ns)"}, "already exists"),
            ({"week1_start": "2026-09-08"}, "Monday"),
            ({"users": [("A", "t.ns.hr", self.teacher)]}, "already used"),
        ):
            with self.assertRaises(ValidationError) as caught:
                self._form(self.hr, **values).action_create()
            self.assertIn(message, str(caught.exception))
        with self.assertRaises(AccessError):
            self._form(self.hr, users=[("B", "t.ns.qt", self.admin_preset)]).action_create()
        self.assertEqual(Company.search_count([]), count)
        self.assertEqual(self.env["res.users"].search_count([]), users)

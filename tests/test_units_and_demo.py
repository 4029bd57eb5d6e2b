"""Units are companies, a school's managing body is its parent; demo logins exist for
every role and can log in with the documented passwords."""

from odoo.exceptions import AccessDenied

from .common import SuiteCase
from .http_client import demo_password

DEMO_LOGINS = {
    # login: (unit xml id, groups the README promises)
    "sgd.tccb": ("base.main_company", ["hr_vn_civil_servant.group_hr_office"]),
    "sgd.giamdoc": (
        "base.main_company",
        ["hr_vn_civil_servant.group_unit_head", "documents_vn_office.group_leader"],
    ),
    "sgd.vanthu": ("base.main_company", ["documents_vn_office.group_clerk"]),
    "thpt.hieutruong": (
        "hr_vn_civil_servant.company_thpt_nguyen_trai",
        ["hr_vn_civil_servant.group_unit_head", "documents_vn_office.group_leader"],
    ),
    "thpt.hoso": (
        "hr_vn_civil_servant.company_thpt_nguyen_trai",
        ["hr_vn_civil_servant.group_records_officer", "documents_vn_office.group_clerk"],
    ),
    "thpt.gv": (
        "hr_vn_civil_servant.company_thpt_nguyen_trai",
        ["hr_vn_civil_servant.group_employee", "documents_vn_office.group_user"],
    ),
    "xa.vhxh": ("hr_vn_civil_servant.company_xa_tan_lap", ["hr_vn_civil_servant.group_hr_office"]),
    "thcs.hieutruong": (
        "hr_vn_civil_servant.company_thcs_tan_lap",
        ["hr_vn_civil_servant.group_unit_head", "documents_vn_office.group_leader"],
    ),
    "thcs.vanthu": (
        "hr_vn_civil_servant.company_thcs_tan_lap",
        ["hr_vn_civil_servant.group_records_officer", "documents_vn_office.group_clerk"],
    ),
    "thcs.gv": ("hr_vn_civil_servant.company_thcs_tan_lap", ["hr_vn_civil_servant.group_employee"]),
    "mn.hieutruong": (
        "hr_vn_civil_servant.company_mn_tan_lap",
        ["hr_vn_civil_servant.group_unit_head"],
    ),
    "th.hieutruong": (
        "hr_vn_civil_servant.company_th_tan_lap",
        ["hr_vn_civil_servant.group_unit_head"],
    ),
}


class TestUnitsAndDemo(SuiteCase):
    def test_units_form_two_managing_bodies(self):
        sgd = self.env.ref("base.main_company")
        xa = self.env.ref("hr_vn_civil_servant.company_xa_tan_lap")
        schools = {
            self.env.ref(f"hr_vn_civil_servant.company_{x}").vn_school_level: self.env.ref(
                f"hr_vn_civil_servant.company_{x}"
            )
            for x in ("thpt_nguyen_trai", "mn_tan_lap", "th_tan_lap", "thcs_tan_lap")
        }
        self.assertEqual(
            set(schools), {"upper_secondary", "preschool", "primary", "lower_secondary"}
        )
        self.assertEqual(schools["upper_secondary"].parent_id, sgd)
        for level in ("preschool", "primary", "lower_secondary"):
            self.assertEqual(schools[level].parent_id, xa)
        self.assertEqual(
            xa._vn_managed_companies(),
            xa | schools["preschool"] | schools["primary"] | schools["lower_secondary"],
        )
        # The two-line header: governing body above the unit's name.
        self.assertEqual(schools["lower_secondary"].vn_header_superior, xa.name)
        self.assertEqual(sgd.vn_header_superior, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN")

    def test_professional_groups_are_departments_of_the_school(self):
        dept = self.env.ref("hr_vn_civil_servant.department_thcs_khtn")
        self.assertEqual(dept.company_id, self.env.ref("hr_vn_civil_servant.company_thcs_tan_lap"))

    def test_demo_logins_have_their_roles_and_log_in(self):
        users = self.env["res.users"]
        for login, (unit, groups) in DEMO_LOGINS.items():
            user = users.search([("login", "=", login)])
            self.assertEqual(len(user), 1, login)
            self.assertEqual(user.company_id, self.env.ref(unit), login)
            self.assertEqual(user.lang, "vi_VN", login)
            self.assertTrue(
                user.with_company(user.company_id).employee_id, f"{login} has no employee record"
            )
            for group in groups:
                self.assertTrue(user.has_group(group), f"{login} lacks {group}")
            # the login page's check (the roles that require two-factor login then ask
            # the second factor, and reach the external API with an API key only)
            credential = {"login": login, "password": demo_password(login), "type": "password"}
            user.with_user(user)._check_credentials(credential, {"interactive": True})
            with self.assertRaises(AccessDenied):
                user.with_user(user)._check_credentials(
                    dict(credential, password="wrong"), {"interactive": True}
                )

    def test_new_users_get_no_personnel_rights_by_default(self):
        """Stock hr gives new users HR Administrator; records are confidential here."""
        user = self._make_user("new.staff", self.env.ref("base.main_company"), [])
        self.assertFalse(user.has_group("hr.group_hr_user"))
        self.assertTrue(user.has_group("hr_vn_civil_servant.group_employee"))
        default = self.env["res.users"].create({"name": "Default", "login": "default.new"})
        self.assertFalse(default.has_group("hr.group_hr_user"))

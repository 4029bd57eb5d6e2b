"""Fixture of the work-management tests (votes, timesheets, stored documents): the two
schools under two managing bodies of ``VnWorkflowCase`` with, in each school, its unit
head, a second department (tổ) with a second teacher, and the HR office of body A and
an administrator of every unit."""

from odoo.addons.hr_vn_civil_servant.tests.common import make_user

from .workflow_common import VnWorkflowCase

UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


class VnOfficeCase(VnWorkflowCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for school in (cls.a, cls.b):
            key = school["company"].vn_short_name.lower()
            company = school["company"]
            school["unithead"] = cls._user(f"vo.{key}.unithead", company, UNIT_HEAD)
            school["teacher2"] = cls._user(f"vo.{key}.teacher2", company)
            school["group2"] = cls.env["hr.department"].create(
                {"name": f"Tổ Ngữ văn ({key})", "company_id": company.id}
            )
            for role, dept in (("unithead", False), ("teacher2", school["group2"])):
                school["employees"][role] = cls.env["hr.employee"].create(
                    {
                        "name": school[role].name,
                        "user_id": school[role].id,
                        "company_id": company.id,
                        "department_id": dept and dept.id,
                        "job_title": "Giáo viên",
                    }
                )
        cls.hr_a = cls._user("vo.hr.a", cls.body_a | cls.school_a, HR_OFFICE)
        cls.admin_user = make_user(
            cls.env,
            "vo.admin",
            cls.body_a | cls.school_a | cls.body_b | cls.school_b,
            [
                "base.group_system",
                "hr_vn_civil_servant.group_admin",
                "documents_vn_office.group_admin",
            ],
            current=cls.school_a,
        )

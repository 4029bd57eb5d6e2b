"""Staffing quotas and job positions: who sees and records them (two managing bodies),
bad input, actual counts, the warning on a transfer beyond the quota."""

from odoo.exceptions import AccessError
from odoo.tests import Form

from ..tools.dates import vn_today
from .common import PersonnelCase, RefusalAssertions


class TestStaffingQuota(RefusalAssertions, PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Quota = cls.env["vn.staffing.quota"]
        cls.year = vn_today(cls.Quota).year
        cls.teacher_position = cls.env.ref("hr_vn_civil_servant.jp_gv_thcs_2")
        for emp in cls.emp.values():
            emp.vn_staff_category = "public_employee"
        cls.emp["teacher_a1"].vn_job_position_id = cls.teacher_position
        cls.emp["teacher2_a1"].vn_job_position_id = cls.teacher_position
        cls.quota_a1 = cls.Quota.with_user(cls.hr_a).create(
            {
                "company_id": cls.school_a1.id,
                "year": cls.year,
                "kind": "public_employee",
                "quota": 5,
                "decision_ref": "85/QĐ-SGDĐT",
            }
        )
        cls.quota_a1_gv = cls.Quota.with_user(cls.hr_a).create(
            {
                "company_id": cls.school_a1.id,
                "year": cls.year,
                "kind": "public_employee",
                "position_id": cls.teacher_position.id,
                "quota": 2,
                "decision_ref": "85/QĐ-SGDĐT",
            }
        )
        cls.quota_b1 = cls.Quota.with_user(cls.hr_b).create(
            {
                "company_id": cls.school_b1.id,
                "year": cls.year,
                "kind": "public_employee",
                "quota": 3,
                "decision_ref": "12/QĐ-UBND",
            }
        )

    def test_catalogue_has_positions_with_title_and_pay_group(self):
        position = self.teacher_position
        self.assertEqual(position.kind, "professional")
        self.assertEqual(position.grade_id.code, "V.07.04.31")
        self.assertEqual(position.pay_group_id, position.grade_id.pay_group_id)
        self.assertIn("20/2023/TT-BGDĐT", position.legal_basis)
        kinds = set(self.env["vn.job.position"].search([]).mapped("kind"))
        self.assertEqual(kinds, {"leadership", "professional", "shared", "support"})

    def test_actual_counts_people_working_in_the_unit(self):
        # A1: teacher, teacher2, officer, head are public employees working there
        self.assertEqual(self.quota_a1.actual_count, 4)
        self.assertEqual(self.quota_a1.difference, 1)
        self.assertEqual(self.quota_a1_gv.actual_count, 2)
        self.emp["teacher2_a1"].write({"vn_work_state": "retired"})
        self.quota_a1.invalidate_recordset()
        self.assertEqual(self.quota_a1.actual_count, 3)

    def test_each_managing_body_sees_only_its_quotas(self):
        for user, mine, other in (
            (self.hr_a, self.quota_a1 | self.quota_a1_gv, self.quota_b1),
            (self.hr_b, self.quota_b1, self.quota_a1),
            (self.head_a1, self.quota_a1 | self.quota_a1_gv, self.quota_b1),
            (self.officer_b1, self.quota_b1, self.quota_a1),
        ):
            Quota = self.Quota.with_user(user)
            found = Quota.search([])
            self.assertEqual(found & (mine | other), mine, user.login)
            rows = Quota.search_read([("id", "in", (mine | other).ids)], ["quota"])
            self.assertEqual({r["id"] for r in rows}, set(mine.ids), user.login)
            groups = Quota.read_group([], ["quota:sum"], ["company_id"])
            units = {g["company_id"][0] for g in groups}
            self.assertNotIn(other.company_id.id, units, user.login)
            report = self.env["vn.staffing.report"].with_user(user)
            self.assertEqual(set(report.search([]).ids) & set((mine | other).ids), set(mine.ids))
            with self.assertRaises(AccessError):
                other.with_user(user).read(["quota"])
        # the head of another school of the same body does not see A1's quota either
        self.assertFalse(self.Quota.with_user(self.head_a2).search([("id", "=", self.quota_a1.id)]))

    def test_teacher_sees_nothing_and_officers_do_not_record(self):
        with self.assertRaises(AccessError):
            self.Quota.with_user(self.teacher_a1).search([])
        with self.assertRaises(AccessError):
            self.env["vn.staffing.report"].with_user(self.teacher_a1).search([])
        for user in (self.officer_a1, self.head_a1):
            with self.assertRaises(AccessError):
                self.quota_a1.with_user(user).write({"quota": 50})
            with self.assertRaises(AccessError):
                self.Quota.with_user(user).create(
                    {
                        "company_id": self.school_a1.id,
                        "year": self.year,
                        "quota": 1,
                        "decision_ref": "x",
                    }
                )
        # the HR office of body B cannot record a quota for a school of body A
        with self.assertRaises(AccessError):
            self.Quota.with_user(self.hr_b).create(
                {
                    "company_id": self.school_a1.id,
                    "year": self.year + 1,
                    "quota": 1,
                    "decision_ref": "x",
                }
            )
        with self.assertRaises(AccessError):
            self.quota_a1.with_user(self.hr_b).write({"quota": 1})

    def test_bad_input_is_refused_with_a_message(self):
        Quota = self.Quota.with_user(self.hr_a)
        self.assertWriteRefused(self.quota_a1.with_user(self.hr_a), {"quota": -1}, "below zero")
        self.assertCreateRefused(
            Quota,
            {
                "company_id": self.school_a1.id,
                "year": self.year,
                "kind": "public_employee",
                "quota": 9,
                "decision_ref": "99/QĐ",
            },
            "already has a quota",
        )
        self.assertCreateRefused(
            Quota,
            {
                "company_id": self.school_a1.id,
                "year": self.year,
                "kind": "public_employee",
                "position_id": self.teacher_position.id,
                "quota": 9,
                "decision_ref": "99/QĐ",
            },
            "already has a quota",
        )
        self.assertCreateRefused(
            Quota,
            {"company_id": self.school_a1.id, "year": 1800, "quota": 1, "decision_ref": "1"},
            "between",
        )
        # the same unit, another year or another kind is a new quota
        other = Quota.create(
            {
                "company_id": self.school_a1.id,
                "year": self.year + 1,
                "kind": "public_employee",
                "quota": 5,
                "decision_ref": "86/QĐ-SGDĐT",
            }
        )
        self.assertTrue(other)

    def test_transfer_beyond_the_quota_warns_the_hr_office(self):
        # B1 has 3 assigned and 4 working: one more exceeds it
        transfer = (
            self.env["vn.employee.transfer"]
            .with_user(self.hr_a)
            .create(
                {
                    "employee_id": self.emp["teacher_a1"].id,
                    "company_id": self.school_a1.id,
                    "target_company_id": self.school_a2.id,
                    "decision_number": "7/QĐ-SGDĐT",
                }
            )
        )
        self.assertFalse(transfer.vn_quota_warning)  # A2 has no quota
        self.Quota.with_user(self.hr_a).create(
            {
                "company_id": self.school_a2.id,
                "year": self.year,
                "kind": "public_employee",
                "quota": 4,
                "decision_ref": "85/QĐ-SGDĐT",
            }
        )
        transfer.invalidate_recordset()
        self.assertIn("would exceed", transfer.vn_quota_warning)
        form = Form(transfer.with_user(self.hr_a))
        self.assertIn("4 assigned, 4 working", form.vn_quota_warning)
        # a warning, not a block: the transfer goes through and the warning stays in its history
        transfer.with_user(self.hr_a).action_confirm()
        self.assertEqual(transfer.state, "done")
        self.assertIn(
            "beyond the staffing quota",
            " ".join(transfer.message_ids.mapped("body")),
        )

    def test_the_warning_never_tells_another_body_its_quota(self):
        """B1's quota (3 assigned, 4 working) is exceeded: the HR office of body A asking
        about B1 (a transfer there, a recruitment for it) learns nothing of B1's quota;
        B's HR office does."""
        self.assertFalse(
            self.Quota.with_user(self.hr_a)._vn_quota_warning(self.school_b1, "public_employee")
        )
        warning = self.Quota.with_user(self.hr_b)._vn_quota_warning(
            self.school_b1, "public_employee"
        )
        self.assertIn("12/QĐ-UBND", warning)

    def test_recruitment_beyond_the_quota_warns_in_the_form(self):
        warning = self.Quota._vn_quota_warning(
            self.school_a1, "public_employee", self.teacher_position
        )
        self.assertIn("2 assigned, 2 working", warning)
        self.assertFalse(self.Quota._vn_quota_warning(self.school_a1, "public_employee", extra=1))
        employee = self.env["hr.employee"].with_user(self.hr_a)
        result = employee.new(
            {
                "company_id": self.school_a1.id,
                "vn_staff_category": "public_employee",
                "vn_job_position_id": self.teacher_position.id,
                "name": "Nguyễn Văn Mới",
            }
        )._onchange_vn_staffing_quota()
        self.assertIn("would exceed", result["warning"]["message"])

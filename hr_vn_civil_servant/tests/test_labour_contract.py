"""Labour contracts of contract staff on Odoo's hr.contract: the kind of Nghị định
111/2022/NĐ-CP, the unit's contracts only (the stock rights give nothing beyond), the
expiry reminder 30 days ahead, the contracts counted against the quota."""

from datetime import timedelta

from odoo.exceptions import AccessError, ValidationError

from ..tools.dates import vn_today
from .common import PersonnelCase, make_user


class TestLabourContract(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Contract = cls.env["hr.contract"]
        cls.today = vn_today(cls.Contract)
        cls.guard = cls._make_employee("Nguyễn Văn Bảo Vệ", cls.school_a1, gender="male")
        cls.guard_b = cls._make_employee("Trần Văn Bảo Vệ", cls.school_b1, gender="male")
        (cls.guard | cls.guard_b).write({"vn_staff_category": "contract_worker"})
        cls.position = cls.env.ref("hr_vn_civil_servant.jp_bao_ve")
        cls.contract_a = cls._contract(cls.officer_a1, cls.guard)
        cls.contract_b = cls._contract(cls.officer_b1, cls.guard_b)

    @classmethod
    def _contract(cls, user, employee, **values):
        vals = {
            "name": f"HĐ {employee.name}",
            "employee_id": employee.id,
            "company_id": employee.company_id.id,
            "vn_contract_kind": "labour_support",
            "vn_job_position_id": cls.position.id,
            "vn_decision_ref": "05/HĐLĐ",
            "date_start": cls.today - timedelta(days=300),
            "date_end": cls.today + timedelta(days=20),
            "wage": 5_500_000,
            "state": "open",
        }
        vals.update(values)
        return cls.Contract.with_user(user).create(vals).with_env(cls.env)

    def test_new_users_get_no_contract_or_employee_rights(self):
        user = (
            self.env["res.users"]
            .with_context(no_reset_password=True)
            .create({"name": "Người dùng mới", "login": "t.new.contract"})
        )
        self.assertFalse(user.has_group("hr_contract.group_hr_contract_manager"))
        self.assertFalse(user.has_group("hr.group_hr_user"))

    def test_each_unit_sees_only_its_contracts(self):
        for user, mine, other in (
            (self.officer_a1, self.contract_a, self.contract_b),
            (self.head_a1, self.contract_a, self.contract_b),
            (self.hr_a, self.contract_a, self.contract_b),
            (self.hr_b, self.contract_b, self.contract_a),
        ):
            Contract = self.Contract.with_user(user)
            found = Contract.search([("id", "in", (mine | other).ids)])
            self.assertEqual(found.ids, mine.ids, user.login)
            rows = Contract.search_read([("id", "in", (mine | other).ids)], ["wage"])
            self.assertEqual([r["id"] for r in rows], mine.ids)
            groups = Contract.read_group(
                [("id", "in", (mine | other).ids)], ["wage:sum"], ["company_id"]
            )
            self.assertEqual([g["company_id"][0] for g in groups], mine.company_id.ids)
            with self.assertRaises(AccessError):
                other.with_user(user).read(["wage"])
        self.assertFalse(
            self.Contract.with_user(self.officer_a2).search([("id", "=", self.contract_a.id)])
        )
        with self.assertRaises(AccessError):
            self.Contract.with_user(self.teacher_a1).search([])
        # a user given the stock contracts right still reads only his units
        stock = make_user(
            self.env, "t.stock.contract", self.school_a2, ["hr_contract.group_hr_contract_manager"]
        )
        self.assertFalse(
            self.Contract.with_user(stock).search(
                [("id", "in", (self.contract_a | self.contract_b).ids)]
            )
        )

    def test_contract_belongs_to_the_employees_unit(self):
        with self.assertRaises(ValidationError):
            self.Contract.create(
                {
                    "name": "HĐ sai đơn vị",
                    "employee_id": self.guard.id,
                    "company_id": self.school_a2.id,
                    "wage": 1,
                    "date_start": self.today,
                }
            )
        with self.assertRaises(AccessError):
            self._contract(self.officer_a1, self.guard_b)

    def test_expiry_reminder_thirty_days_before(self):
        self.assertEqual(self.school_a1.contract_expiration_notice_period, 30)
        later = self._contract(
            self.officer_a1,
            self._make_employee("Lê Thị Nấu Ăn", self.school_a1),
            date_end=self.today + timedelta(days=45),
        )
        self.Contract.update_state()
        todo = self.contract_a.activity_ids
        self.assertEqual(todo.user_id, self.officer_a1)
        self.assertIn("about to expire", todo.summary)
        self.assertFalse(later.activity_ids)

    def test_contracts_counted_against_the_quota(self):
        quota = (
            self.env["vn.staffing.quota"]
            .with_user(self.hr_a)
            .create(
                {
                    "company_id": self.school_a1.id,
                    "year": self.today.year,
                    "kind": "contract",
                    "quota": 1,
                    "decision_ref": "85/QĐ-SGDĐT",
                }
            )
        )
        self.assertEqual(quota.actual_count, 1)
        self.assertIn(
            "would exceed",
            self.env["vn.staffing.quota"]._vn_quota_warning(self.school_a1, "contract_worker"),
        )
        self.contract_a.state = "close"
        quota.invalidate_recordset()
        self.assertEqual(quota.actual_count, 0)

"""Per-unit data isolation holds for every model of the suite that belongs to a unit:
a user of one school sees none of another school's records, whatever his roles in his
own school; the HR office of one managing body sees none of the other body's units."""

from odoo.exceptions import AccessError

from .common import SUITE_MODULES, SuiteCase

ALL_ROLES_IN_UNIT = [
    "hr_vn_civil_servant.group_unit_head",
    "hr_vn_civil_servant.group_records_officer",
    "documents_vn_office.group_clerk",
    "documents_vn_office.group_leader",
]


class TestMultiCompanyIsolation(SuiteCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.xa = ref("hr_vn_civil_servant.company_xa_tan_lap")
        cls.sgd = ref("base.main_company")
        cls.thpt = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        cls.school_user = cls._make_user("iso.thcs", cls.thcs, ALL_ROLES_IN_UNIT)
        cls.office_user = cls._make_user(
            "iso.xa",
            cls.xa._vn_managed_companies(),
            ["hr_vn_civil_servant.group_hr_office", "documents_vn_office.group_admin"],
        )
        cls.unit_models = cls._unit_models()

    @classmethod
    def _unit_models(cls):
        """Every concrete model defined by the suite whose records belong to a unit."""
        models = []
        for name in cls.env.registry:
            Model = cls.env[name]
            if Model._original_module not in SUITE_MODULES:
                continue
            if Model._abstract or Model._transient or not Model._auto:
                continue
            field = Model._fields.get("company_id")
            if field is not None and field.store and field.type == "many2one":
                models.append(name)
        return sorted(models)

    def _check_user_sees_only(self, user, allowed):
        exercised = []
        for model in self.unit_models:
            Model = (
                self.env[model]
                .with_user(user)
                .with_context(active_test=False, allowed_company_ids=user.company_ids.ids)
            )
            if not self.env["ir.model.access"].with_user(user).check(model, "read", False):
                continue
            foreign = (
                self.env[model]
                .sudo()
                .with_context(active_test=False)
                .search([("company_id", "not in", allowed.ids), ("company_id", "!=", False)])
            )
            seen = Model.search([])
            leaked = seen.sudo().filtered(lambda r: r.company_id and r.company_id not in allowed)
            self.assertFalse(leaked, f"{user.login} sees {len(leaked)} foreign {model} records")
            if foreign:
                exercised.append(model)
                with self.assertRaises(AccessError, msg=f"{user.login} reads foreign {model}"):
                    Model.browse(foreign[:1].id).read(["company_id"])
        return exercised

    def test_school_user_sees_only_his_school(self):
        exercised = self._check_user_sees_only(self.school_user, self.thcs)
        # The check means something only if other units do have such records.
        self.assertGreaterEqual(len(exercised), 3, exercised)

    def test_managing_body_sees_only_its_units(self):
        exercised = self._check_user_sees_only(self.office_user, self.xa._vn_managed_companies())
        self.assertGreaterEqual(len(exercised), 3, exercised)

    def test_employee_records_follow_the_units(self):
        """hr.employee keeps Odoo's own multi-company rule (no extra rule of ours on it)."""
        Employee = self.env["hr.employee"].with_user(self.school_user)
        self.assertTrue(Employee.search([]))
        self.assertFalse(Employee.search([("company_id", "in", (self.sgd | self.thpt).ids)]))

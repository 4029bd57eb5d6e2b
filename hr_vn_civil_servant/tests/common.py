"""Two managing bodies built by the tests themselves (no demo ids): body A with schools
A1 and A2, body B with school B1; in each a teacher, a second teacher, a records
officer and a unit head, and in each body its HR office and the body's own head."""

import itertools

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tools import pay_rules

_SERIAL = itertools.count(1)


def make_user(
    env, login, companies, groups=(), name=None, lang="en_US", current=None, password=None
):
    """The one way the suite's tests make a user: an internal user working in
    ``companies`` (his current unit is ``current``, else the first), with
    ``base.group_user`` and the ``groups`` (xml ids) and what they imply, the e-mail
    ``<login>@example.com`` (the chatter needs one), Vietnam's time zone, English
    unless ``lang`` says otherwise (tests read the source messages) and, for tests that
    log in over HTTP, a ``password``."""
    group_ids = [env.ref("base.group_user").id] + [env.ref(g).id for g in groups]
    vals = {
        "name": name or login,
        "login": login,
        "email": f"{login}@example.com",
        "tz": "Asia/Ho_Chi_Minh",
        "company_id": (current or companies[0]).id,
        "company_ids": [(6, 0, companies.ids)],
        "groups_id": [(6, 0, group_ids)],
    }
    if lang:
        vals["lang"] = lang
    if password:
        vals["password"] = password
    Users = env["res.users"].with_context(no_reset_password=True, mail_create_nolog=True)
    return Users.create(vals)


class RefusalAssertions:
    """Bad input is refused with a ValidationError naming the problem, and changes
    nothing (the same check for every module's value tests)."""

    def assertWriteRefused(self, record, vals, message=None):
        names = list(vals)
        before = record.sudo().read(names)[0]
        with self.assertRaises(ValidationError) as caught:
            record.write(vals)
        record.invalidate_recordset()
        self.assertEqual(record.sudo().read(names)[0], before)
        if message:
            self.assertIn(message, str(caught.exception))

    def assertCreateRefused(self, Model, vals, message=None):
        count = Model.sudo().search_count([])
        with self.assertRaises(ValidationError) as caught:
            Model.create(vals)
        self.assertEqual(Model.sudo().search_count([]), count)
        if message:
            self.assertIn(message, str(caught.exception))


class PersonnelCase(TransactionCase):
    """Companies, users and employees with private data, as the real roles see them."""

    @classmethod
    def _make_user(cls, login, companies, groups):
        return make_user(cls.env, login, companies, groups, name=f"User {login}")

    @classmethod
    def _cccd(cls, birthday, gender):
        digit = pay_rules.cccd_century_sex_digit(birthday.year, gender)
        return f"098{digit}{birthday.year % 100:02d}{770000 + next(_SERIAL):06d}"

    @classmethod
    def _make_employee(cls, name, company, user=None, gender="female", birthday="1985-05-17"):
        day = fields.Date.to_date(birthday)
        return cls.env["hr.employee"].create(
            {
                "name": name,
                "company_id": company.id,
                "user_id": user.id if user else False,
                "gender": gender,
                "birthday": day,
                "identification_id": cls._cccd(day, gender),
                "private_street": f"Số {next(_SERIAL)} đường {name}",
                "private_email": f"{name.replace(' ', '.').lower()}@private.example.com",
                "marital": "married",
                "vn_religion_id": cls.env["vn.religion"].search([], limit=1).id,
                "vn_blood_group": "o",
                "vn_health_status": "Tốt",
            }
        )

    @classmethod
    def _make_unit(cls, name, parent=None):
        return cls.env["res.company"].create(
            {"name": name, "parent_id": parent.id if parent else False}
        )

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body_a = cls._make_unit("Test Body A")
        cls.school_a1 = cls._make_unit("Test School A1", cls.body_a)
        cls.school_a2 = cls._make_unit("Test School A2", cls.body_a)
        cls.body_b = cls._make_unit("Test Body B")
        cls.school_b1 = cls._make_unit("Test School B1", cls.body_b)
        (cls.body_a | cls.school_a1 | cls.school_a2 | cls.body_b | cls.school_b1).write(
            {"vn_records_locked": False}
        )
        officer = "hr_vn_civil_servant.group_records_officer"
        head = "hr_vn_civil_servant.group_unit_head"
        hr_office = "hr_vn_civil_servant.group_hr_office"
        cls.users = {}
        cls.emp = {}
        for key, unit in (("a1", cls.school_a1), ("a2", cls.school_a2), ("b1", cls.school_b1)):
            for role, groups, gender in (
                ("teacher", [], "female"),
                ("teacher2", [], "male"),
                ("officer", [officer], "female"),
                ("head", [head], "male"),
            ):
                login = f"t.{role}.{key}"
                user = cls._make_user(login, unit, groups)
                cls.users[f"{role}_{key}"] = user
                cls.emp[f"{role}_{key}"] = cls._make_employee(
                    f"Test {role} {key}", unit, user, gender=gender
                )
        for key, body, schools in (
            ("a", cls.body_a, cls.school_a1 | cls.school_a2),
            ("b", cls.body_b, cls.school_b1),
        ):
            units = Company.browse([body.id]) | schools
            cls.users[f"hr_{key}"] = cls._make_user(f"t.hr.{key}", units, [hr_office])
            cls.emp[f"hr_{key}"] = cls._make_employee(
                f"Test hr {key}", body, cls.users[f"hr_{key}"]
            )
            cls.users[f"bodyhead_{key}"] = cls._make_user(f"t.bodyhead.{key}", body, [head])
            cls.emp[f"bodyhead_{key}"] = cls._make_employee(
                f"Test bodyhead {key}", body, cls.users[f"bodyhead_{key}"], gender="male"
            )
        for name, user in cls.users.items():
            setattr(cls, name, user)
        cls.Log = cls.env["vn.personnel.export.log"]

    # ------------------------------------------------------------------ helpers
    @classmethod
    def _authorize(cls, exporter, companies, recorder, **values):
        """An active authorisation recorded by ``recorder`` for ``exporter``."""
        auth = (
            cls.env["vn.export.authorization"]
            .with_user(recorder)
            .create(
                {
                    "reference": values.get("reference", "45/SNV-CCVC"),
                    "issuer": values.get("issuer", "Sở Nội vụ"),
                    "date": values.get("date", "2026-01-05"),
                    "valid_until": values.get("valid_until", "2099-12-31"),
                    "purpose": values.get("purpose", "Danh sách tiền lương"),
                    "company_ids": [(6, 0, companies.ids)],
                    "user_ids": [(6, 0, exporter.ids)],
                }
            )
        )
        auth.with_user(recorder).action_confirm()
        return auth

    def logs(self, user, channel=None):
        domain = [("user_id", "=", user.id)]
        if channel:
            domain.append(("channel", "=", channel))
        return self.Log.search(domain)

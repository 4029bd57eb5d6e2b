"""Extraction = export: the authorisation is a record (document, issuer, units,
exporters, validity) recorded by someone other than the exporter; every export names it
in the log."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import PersonnelCase


class TestExportAuthorization(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Authorization = cls.env["vn.export.authorization"]
        cls.staff_a1 = cls.emp["teacher_a1"] | cls.emp["teacher2_a1"]

    def _values(self, **values):
        vals = {
            "reference": "77/SNV-CCVC",
            "issuer": "Sở Nội vụ",
            "date": "2026-02-01",
            "valid_until": "2099-12-31",
            "purpose": "Danh sách nâng lương",
            "company_ids": [(6, 0, self.school_a1.ids)],
            "user_ids": [(6, 0, self.hr_a.ids)],
        }
        vals.update(values)
        return vals

    def test_who_may_record(self):
        # officers and teachers record nothing
        for user in (self.officer_a1, self.teacher_a1):
            with self.assertRaises(AccessError, msg=user.login):
                self.Authorization.with_user(user).create(self._values())
        # a unit head for his unit only, never for another body
        with self.assertRaises(AccessError):
            self.Authorization.with_user(self.head_a1).create(
                self._values(company_ids=[(6, 0, self.school_b1.ids)])
            )
        with self.assertRaises(AccessError):
            self.Authorization.with_user(self.head_a1).create(
                self._values(company_ids=[(6, 0, self.body_a.ids)])
            )
        auth = self.Authorization.with_user(self.head_a1).create(self._values())
        self.assertEqual(auth.state, "draft")
        # nobody creates it already recorded
        with self.assertRaises(UserError):
            self.Authorization.with_user(self.head_a1).create(self._values(state="active"))
        # the exporter cannot record his own authorisation, even as a head
        own = self.Authorization.with_user(self.hr_a).create(self._values())
        with self.assertRaises(AccessError):
            own.with_user(self.hr_a).action_confirm()
        # another body does not even see it
        self.assertFalse(self.Authorization.with_user(self.head_b1).search([("id", "=", auth.id)]))
        self.assertFalse(self.Authorization.with_user(self.hr_b).search([("id", "=", auth.id)]))
        auth.with_user(self.head_a1).action_confirm()
        self.assertEqual((auth.state, auth.confirmed_by_id), ("active", self.head_a1))
        self.assertEqual(
            [(r.transition, r.user_id) for r in auth.vn_review_ids], [("confirm", self.head_a1)]
        )
        # the exporter reads it, cannot change it; nobody deletes it
        self.assertTrue(self.Authorization.with_user(self.hr_a).search([("id", "=", auth.id)]))
        for user in (self.hr_a, self.head_a1):
            with self.assertRaises(UserError, msg=user.login):
                auth.with_user(user).write({"valid_until": "2100-01-01"})
        with self.assertRaises(UserError):
            auth.with_user(self.head_a1).write({"state": "draft"})
        with self.assertRaises(AccessError):
            auth.with_user(self.head_a1).unlink()

    def test_validity(self):
        today = fields.Date.context_today(self.Authorization)
        with self.assertRaises(ValidationError):
            self.Authorization.with_user(self.head_a1).create(
                self._values(date="2026-02-01", valid_until="2026-01-01")
            )
        future = self.Authorization.with_user(self.head_a1).create(
            self._values(date=today + timedelta(days=3))
        )
        with self.assertRaises(UserError):
            future.with_user(self.head_a1).action_confirm()
        expired = self.Authorization.with_user(self.head_a1).create(
            self._values(date="2025-01-01", valid_until="2025-06-30")
        )
        with self.assertRaises(UserError):
            expired.with_user(self.head_a1).action_confirm()
        # an active one that has since expired, and a revoked one, authorise nothing
        auth = self._authorize(self.hr_a, self.school_a1, self.head_a1)
        ctx = {"vn_export_authorization_id": auth.id}
        self.staff_a1.with_user(self.hr_a).with_context(**ctx).export_data(["birthday"])
        auth.sudo().valid_until = today - timedelta(days=1)
        with self.assertRaises(UserError):
            self.staff_a1.with_user(self.hr_a).with_context(**ctx).export_data(["name"])
        auth.sudo().valid_until = today
        auth.with_user(self.head_a1).action_revoke()
        self.assertEqual(auth.revoked_by_id, self.head_a1)
        with self.assertRaises(UserError):
            self.staff_a1.with_user(self.hr_a).with_context(**ctx).export_data(["name"])
        self.assertEqual(len(self.logs(self.hr_a, "export")), 1)

    def test_scope_and_exporters(self):
        auth = self._authorize(self.hr_a, self.school_a1, self.head_a1)
        ctx = {"vn_export_authorization_id": auth.id}
        # staff of another school of the same body: not covered
        with self.assertRaises(UserError):
            (self.emp["teacher_a2"] | self.emp["teacher2_a2"]).with_user(self.hr_a).with_context(
                **ctx
            ).export_data(["name"])
        # a managing body's authorisation covers its schools
        body = self._authorize(self.hr_a, self.body_a, self.bodyhead_a)
        (self.emp["teacher_a2"] | self.emp["teacher2_a2"]).with_user(self.hr_a).with_context(
            vn_export_authorization_id=body.id
        ).export_data(["name"])
        # a user not named in it cannot use it, even with the export right
        with self.assertRaises(UserError):
            self.staff_a1.with_user(self.hr_b).with_context(**ctx).export_data(["name"])
        # without the export right nothing counts
        with self.assertRaises(AccessError):
            self.staff_a1.with_user(self.head_a1).with_context(**ctx).export_data(["name"])

    def test_export_refused_without_authorisation_then_logged_with_it(self):
        with self.assertRaises(UserError):
            self.staff_a1.with_user(self.hr_a).export_data(["name", "identification_id"])
        self.assertFalse(self.logs(self.hr_a))
        auth = self._authorize(self.hr_a, self.school_a1, self.head_a1, reference="88/SNV")
        # chosen once in the wizard for the next hour
        wizard = self.env["vn.export.authorization.wizard"].with_user(self.hr_a)
        self.assertIn(
            auth, self.Authorization.with_user(self.hr_a).search(wizard._vn_authorization_domain())
        )
        wizard.create({"authorization_id": auth.id}).action_confirm()
        data = self.staff_a1.with_user(self.hr_a).export_data(["name", "identification_id"])
        self.assertEqual(len(data["datas"]), 2)
        log = self.logs(self.hr_a, "export")
        self.assertEqual(log.authorization_id, auth)
        self.assertIn("88/SNV", log.authorization_ref)
        self.assertEqual((log.model, log.record_count), ("hr.employee", 2))
        self.assertEqual(log.field_names, "name,identification_id")
        self.assertEqual(log.method, "export_data")
        # one's own record: no authorisation needed, nothing logged
        self.emp["hr_a"].with_user(self.hr_a).export_data(["name", "birthday"])
        self.assertEqual(len(self.logs(self.hr_a)), 1)

    def test_wizard_refuses_an_authorisation_of_someone_else(self):
        auth = self._authorize(self.hr_b, self.school_b1, self.head_b1)
        wizard = self.env["vn.export.authorization.wizard"].with_user(self.hr_a)
        with self.assertRaises(UserError):
            wizard.create({"authorization_id": auth.id}).action_confirm()

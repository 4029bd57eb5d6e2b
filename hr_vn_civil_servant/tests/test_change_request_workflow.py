"""Change requests on the approval mechanism, as the real roles of two units under two
managing bodies: guarded fields on every path, two different approvers, delegation,
to-dos, frozen requests."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import make_user

GUARDED = {
    "state": "approved",
    "submit_date": "2026-03-02 08:00:00",
    "unit_approval_date": "2026-03-02 08:00:00",
    "approval_date": "2026-03-02 08:00:00",
    "reject_reason": "x",
    "name": "PBS/2026/99999",
}


class TestChangeRequestWorkflow(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body_a = Company.create({"name": "Sở A (cr)", "vn_short_name": "CRA"})
        cls.school_a = Company.create(
            {"name": "Trường A1 (cr)", "vn_short_name": "CRA1", "parent_id": cls.body_a.id}
        )
        cls.body_b = Company.create({"name": "Sở B (cr)", "vn_short_name": "CRB"})
        cls.school_b = Company.create(
            {"name": "Trường B1 (cr)", "vn_short_name": "CRB1", "parent_id": cls.body_b.id}
        )
        p = "hr_vn_civil_servant.group_"
        cls.teacher = cls._user("cr.teacher", cls.school_a)
        cls.officer = cls._user("cr.officer", cls.school_a, p + "records_officer")
        cls.head = cls._user("cr.head", cls.school_a, p + "unit_head")
        # the deputy head keeps the unit's records, so he may read its requests
        cls.deputy = cls._user("cr.deputy", cls.school_a, p + "records_officer")
        cls.hr_a = cls._user("cr.hra", cls.body_a | cls.school_a, p + "hr_office")
        cls.hr_a2 = cls._user("cr.hra2", cls.body_a | cls.school_a, p + "hr_office")
        cls.head_b = cls._user("cr.headb", cls.school_b, p + "unit_head")
        cls.hr_b = cls._user("cr.hrb", cls.body_b | cls.school_b, p + "hr_office")
        for user in (cls.teacher, cls.officer, cls.head, cls.deputy):
            cls.env["hr.employee"].create(
                {"name": user.name, "user_id": user.id, "company_id": cls.school_a.id}
            )
        cls.employee = cls.env["hr.employee"].search([("user_id", "=", cls.teacher.id)])

    @classmethod
    def _user(cls, login, companies, *groups):
        return make_user(cls.env, login, companies, groups, name=login.replace(".", " ").title())

    def _request(self, user=None):
        return (
            self.env["vn.profile.change.request"]
            .with_user(user or self.teacher)
            .create(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "line_type": "field",
                                "field_name": "private_phone",
                                "new_value_char": "0912 345 678",
                            },
                        )
                    ]
                }
            )
        )

    def _todo_users(self, request):
        decision = self.env.ref("hr_vn_civil_servant.mail_activity_type_vn_decision")
        return (
            request.sudo().activity_ids.filtered(lambda a: a.activity_type_id == decision).user_id
        )

    def test_guarded_fields_refused_for_every_role(self):
        request = self._request()
        for user in (self.teacher, self.officer, self.head, self.hr_a):
            for fname, value in GUARDED.items():
                with self.assertRaises(UserError, msg=f"{user.login} writes {fname}"):
                    request.with_user(user).write({fname: value})
            for fname in ("unit_approver_id", "approver_id", "rejected_by_id"):
                with self.assertRaises(UserError, msg=f"{user.login} writes {fname}"):
                    request.with_user(user).write({fname: self.head.id})
        with self.assertRaises(UserError):
            self.env["vn.profile.change.request"].with_user(self.teacher).create(
                {"state": "approved", "approver_id": self.hr_a.id}
            )
        self.assertEqual(request.state, "draft")
        self.assertFalse(request.approver_id)

    def test_submitted_request_is_frozen(self):
        request = self._request()
        request.action_submit()
        for user in (self.teacher, self.officer, self.hr_a):
            with self.assertRaises(UserError):
                request.with_user(user).write({"note": "changed after submitting"})
            with self.assertRaises(UserError):
                request.line_ids.with_user(user).write({"new_value_char": "0999"})
        self.assertFalse(request.note)

    def test_two_approvals_by_two_people(self):
        """One HR-office user holds the unit head's right too: he may give the unit
        approval, but then someone else gives the final one."""
        request = self._request()
        request.action_submit()
        request.with_user(self.hr_a).action_unit_approve()
        with self.assertRaises(AccessError):
            request.with_user(self.hr_a).action_approve()
        with self.assertRaises(AccessError):
            request.with_user(self.hr_b).action_approve()
        self.assertEqual(request.state, "unit_approved")
        request.with_user(self.hr_a2).action_approve()
        self.assertEqual(request.state, "approved")
        self.assertEqual(self.employee.sudo().private_phone, "0912 345 678")
        steps = request.vn_review_ids.sorted("id")
        self.assertEqual(
            [(r.transition, r.user_id) for r in steps],
            [("submit", self.teacher), ("unit_approve", self.hr_a), ("approve", self.hr_a2)],
        )

    def test_todos_go_to_the_next_decider_and_close_for_everyone(self):
        request = self._request()
        request.action_submit()
        self.assertEqual(self._todo_users(request), self.head)
        request.with_user(self.head).action_unit_approve()
        self.assertEqual(self._todo_users(request), self.hr_a | self.hr_a2)
        request.with_user(self.hr_a2).action_approve()
        self.assertFalse(self._todo_users(request))

    def test_delegate_of_the_head(self):
        today = fields.Date.context_today(self.head)
        delegation = (
            self.env["vn.delegation"]
            .with_user(self.head)
            .create(
                {
                    "delegate_id": self.deputy.id,
                    "company_id": self.school_a.id,
                    "date_from": today,
                    "date_to": today + timedelta(days=3),
                    "reference": "05/GUQ-CRA1",
                }
            )
        )
        request = self._request()
        request.action_submit()
        self.assertIn(self.deputy, self._todo_users(request))
        request.with_user(self.deputy).action_unit_approve()
        review = request.vn_review_ids.sorted("id")[-1]
        self.assertEqual((review.user_id, review.on_behalf_of_id), (self.deputy, self.head))
        self.assertEqual(review.delegation_id, delegation)
        # the deputy's own request: never approved by himself as a delegate
        own = self._request(self.deputy)
        own.action_submit()
        with self.assertRaises(AccessError):
            own.with_user(self.deputy).action_unit_approve()

    def test_reject_reason_and_wrong_unit(self):
        request = self._request()
        request.action_submit()
        with self.assertRaises(AccessError):
            request.with_user(self.head_b).action_reject(reason="not mine")
        with self.assertRaises(UserError):
            request.with_user(self.head).action_reject(reason=" ")
        request.with_user(self.head).action_reject(reason="Thiếu minh chứng")
        self.assertEqual((request.state, request.rejected_by_id), ("rejected", self.head))
        self.assertEqual(request.vn_review_ids.sorted("id")[-1].comment, "Thiếu minh chứng")
        with self.assertRaises(AccessError):
            request.with_user(self.head_b).action_draft()
        request.action_draft()
        self.assertEqual(request.state, "draft")
        self.assertFalse(request.reject_reason)

"""The approval mechanism (vn.workflow.mixin) on a throwaway model: guarded fields on
every path, steps by role, unit and person, reasons, review rows, to-dos, delegation."""

from datetime import timedelta
from unittest.mock import patch

from odoo_test_helper import FakeModelLoader

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import make_user


class TestWorkflowMixin(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.loader = FakeModelLoader(cls.env, cls.__module__)
        cls.loader.backup_registry()
        from .workflow_tester import VnWorkflowTester

        cls.loader.update_registry((VnWorkflowTester,))
        model = cls.env["ir.model"]._get("vn.workflow.tester")
        cls.env["ir.model.access"].create(
            {
                "name": "tester",
                "model_id": model.id,
                "group_id": cls.env.ref("base.group_user").id,
                "perm_read": True,
                "perm_write": True,
                "perm_create": True,
                "perm_unlink": True,
            }
        )
        cls.env["ir.rule"].create(
            {
                "name": "tester: units",
                "model_id": model.id,
                "domain_force": "[('company_id', 'in', company_ids)]",
            }
        )
        Company = cls.env["res.company"]
        cls.body_a = Company.create({"name": "Sở A (wf)", "vn_short_name": "WFA"})
        cls.unit_a = Company.create(
            {"name": "Trường A1 (wf)", "vn_short_name": "WFA1", "parent_id": cls.body_a.id}
        )
        cls.body_b = Company.create({"name": "Sở B (wf)", "vn_short_name": "WFB"})
        cls.unit_b = Company.create(
            {"name": "Trường B1 (wf)", "vn_short_name": "WFB1", "parent_id": cls.body_b.id}
        )
        head = "hr_vn_civil_servant.group_unit_head"
        cls.author = cls._user("wf.author", cls.unit_a)
        cls.colleague = cls._user("wf.colleague", cls.unit_a)
        cls.head1 = cls._user("wf.head1", cls.unit_a, head)
        cls.head2 = cls._user("wf.head2", cls.unit_a, head)
        cls.head_b = cls._user("wf.headb", cls.unit_b, head)
        cls.Tester = cls.env["vn.workflow.tester"]

    @classmethod
    def tearDownClass(cls):
        cls.loader.restore_registry()
        super().tearDownClass()

    @classmethod
    def _user(cls, login, company, *groups):
        return make_user(cls.env, login, company, groups)

    def _record(self, user=None, **vals):
        user = user or self.author
        values = {"name": "Đề nghị mua sắm", "company_id": self.unit_a.id}
        values.update(vals)
        return self.Tester.with_user(user).create(values)

    def _submitted(self):
        record = self._record()
        record.action_submit()
        return record

    def _todos(self, record):
        decision = self.env.ref("hr_vn_civil_servant.mail_activity_type_vn_decision")
        return record.sudo().activity_ids.filtered(lambda a: a.activity_type_id == decision)

    # ------------------------------------------------------------------ guard
    def test_guarded_fields_refused_on_write_and_create(self):
        record = self._record()
        for vals in (
            {"state": "approved"},
            {"number": 43},
            {"approver_id": self.head1.id},
            {"approval_date": fields.Datetime.now()},
        ):
            with self.assertRaises(UserError, msg=vals):
                record.write(vals)
            with self.assertRaises(UserError, msg=vals):
                self._record(**vals)
        # the head himself cannot write the state either: only the step does
        with self.assertRaises(UserError):
            record.with_user(self.head1).write({"state": "approved"})
        self.assertEqual(record.state, "draft")
        self.assertFalse(record.number)
        # a create giving the default state is a plain create
        self.assertEqual(self._record(state="draft").state, "draft")

    def test_frozen_fields_by_state(self):
        record = self._submitted()
        with self.assertRaises(UserError):
            record.write({"name": "Changed after submitting"})
        record.write({"note": "still writable while submitted"})
        record.with_user(self.head1).action_approve()
        with self.assertRaises(UserError):
            record.write({"note": "frozen once approved"})
        # the chatter stays usable on a frozen record
        record.message_post(body="Ghi chú")
        self.assertEqual(record.note, "still writable while submitted")

    # ------------------------------------------------------------------ steps
    def test_step_by_decider_writes_stamps_review_and_number(self):
        record = self._submitted()
        record.with_user(self.head1).action_approve()
        self.assertEqual(record.state, "approved")
        self.assertEqual(record.approver_id, self.head1)
        self.assertTrue(record.approval_date)
        self.assertEqual(record.number, record.id * 10)
        reviews = record.vn_review_ids.sorted("id")
        self.assertEqual(reviews.mapped("transition"), ["submit", "approve"])
        approve = reviews[-1]
        self.assertEqual(
            (approve.user_id, approve.state_from, approve.state_to),
            (self.head1, "submitted", "approved"),
        )
        self.assertEqual(approve.transition_label, "Approve")

    def test_wrong_person_unit_or_state_refused(self):
        record = self._submitted()
        with self.assertRaises(AccessError):
            record.with_user(self.colleague).action_approve()
        with self.assertRaises(AccessError):
            record.with_user(self.head_b).action_approve()
        with self.assertRaises(UserError):
            record.action_submit()  # already submitted
        with self.assertRaises(AccessError):
            self._record().with_user(self.colleague).action_submit()
        self.assertEqual(record.state, "submitted")
        self.assertEqual(len(record.vn_review_ids), 1)

    def test_a_record_the_user_cannot_read_is_never_named(self):
        """A step, a guarded write or a decider's field on a record of another unit is
        refused without its name: the refusal must not tell what the record is."""
        record = self._record(name="Hồ sơ mật của trường A")
        record.action_submit()
        outsider = record.with_user(self.head_b)
        attempts = (
            lambda: outsider.action_approve(),
            lambda: outsider.action_refuse(reason="x"),
            lambda: outsider.write({"state": "approved"}),
            lambda: outsider.write({"number": 1}),
            lambda: outsider.write({"comment": "x"}),
            lambda: outsider.write({"name": "x"}),
        )
        for attempt in attempts:
            with self.assertRaises(AccessError) as caught:
                attempt()
            self.assertNotIn("Hồ sơ mật", str(caught.exception))
        self.assertEqual((record.state, record.number), ("submitted", 0))

    def test_no_self_approval(self):
        record = self._record(user=self.head1, author_id=self.head1.id)
        record.with_user(self.head1).action_submit()
        with self.assertRaises(AccessError):
            record.with_user(self.head1).action_approve()
        record.with_user(self.head2).action_approve()
        self.assertEqual(record.state, "approved")

    def test_two_steps_need_two_people(self):
        record = self._submitted()
        record.with_user(self.head1).action_approve()
        with self.assertRaises(AccessError):
            record.with_user(self.head1).action_confirm()
        record.with_user(self.head2).action_confirm()
        self.assertEqual(record.confirmer_id, self.head2)

    def test_reason_required_and_sent_to_author(self):
        record = self._submitted()
        for empty in (None, "", "   "):
            with self.assertRaises(UserError):
                record.with_user(self.head1).action_refuse(reason=empty)
        self.assertEqual(record.state, "submitted")
        record.with_user(self.head1).action_refuse(reason="Thiếu báo giá")
        self.assertEqual((record.state, record.reason), ("refused", "Thiếu báo giá"))
        self.assertEqual(record.vn_review_ids.sorted("id")[-1].comment, "Thiếu báo giá")
        message = record.message_ids.filtered(lambda m: "Thiếu báo giá" in (m.body or ""))
        self.assertIn(self.author.partner_id, message.partner_ids)
        # resubmitted after correction
        record.action_submit()
        self.assertEqual(record.state, "submitted")

    def test_decider_field(self):
        record = self._submitted()
        with self.assertRaises(AccessError):
            record.write({"comment": "written by the author"})
        record.with_user(self.head1).write({"comment": "Bổ sung báo giá"})
        self.assertEqual(record.comment, "Bổ sung báo giá")

    def test_decider_field_given_at_creation(self):
        """A create cannot slip in a field reserved to a step's deciders."""
        with self.assertRaises(AccessError):
            self._record(comment="approved, says the author")
        self.assertFalse(self.Tester.search([("comment", "=", "approved, says the author")]))
        record = self._record(user=self.head1, comment="Ý kiến của lãnh đạo")
        self.assertEqual(record.comment, "Ý kiến của lãnh đạo")
        # an empty value (as a form sends it) is a plain create
        self.assertFalse(self._record(comment=False).comment)

    # ------------------------------------------------------------------ to-dos
    def test_todos_when_the_author_works_in_more_units_than_the_deciders(self):
        """The author's selection of units (body and school) is not the deciders'."""
        multi = self._user("wf.multi", self.body_a)
        multi.company_ids = [(4, self.unit_a.id)]
        env = self.env(
            user=multi, context={"allowed_company_ids": [self.body_a.id, self.unit_a.id]}
        )
        record = env["vn.workflow.tester"].create(
            {"name": "Đề nghị của Sở", "company_id": self.unit_a.id}
        )
        record.action_submit()
        self.assertEqual(set(self._todos(record).user_id.ids), {self.head1.id, self.head2.id})

    def test_todos_follow_the_state(self):
        record = self._submitted()
        self.assertEqual(set(self._todos(record).user_id.ids), {self.head1.id, self.head2.id})
        self.assertFalse(self._todos(record).filtered(lambda a: a.user_id == self.head_b))
        record.with_user(self.head1).action_approve()
        todos = self._todos(record)
        # the approve to-dos are gone for both heads; the confirm to-do goes to the other
        self.assertEqual(todos.mapped("vn_wf_transition"), ["confirm"])
        self.assertEqual(todos.user_id, self.head2)
        done = self.env["mail.message"].search(
            [
                ("model", "=", record._name),
                ("res_id", "=", record.id),
                ("mail_activity_type_id", "!=", False),
            ]
        )
        self.assertEqual(len(done), 1, "the approver's own to-do is marked done")
        record.with_user(self.head2).action_confirm()
        self.assertFalse(self._todos(record))

    def test_todos_when_the_actor_works_in_more_units_than_the_deciders(self):
        """A user of several units (HR office, administrator) takes a step with all his
        units selected: the deciders' rights are checked in their own units."""
        both = self._user("wf.both", self.unit_a)
        both.company_ids = self.unit_a | self.unit_b
        record = self._record(user=both, author_id=both.id)
        record = record.with_context(allowed_company_ids=(self.unit_a | self.unit_b).ids)
        record.action_submit()
        self.assertEqual(set(self._todos(record).user_id.ids), {self.head1.id, self.head2.id})
        record.with_user(self.head1).with_context(
            allowed_company_ids=self.unit_a.ids
        ).action_approve()
        self.assertEqual(record.state, "approved")

    # ------------------------------------------------------------------ delegation
    def _delegate(self, delegate, **vals):
        today = fields.Date.context_today(self.env.user)
        values = {
            "delegator_id": self.head1.id,
            "delegate_id": delegate.id,
            "company_id": self.unit_a.id,
            "date_from": today,
            "date_to": today + timedelta(days=7),
            "reference": "03/GUQ-WFA1",
        }
        values.update(vals)
        return self.env["vn.delegation"].with_user(self.head1).create(values)

    def test_delegate_acts_on_behalf_and_gets_the_todo(self):
        delegation = self._delegate(self.colleague)
        record = self._submitted()
        self.assertIn(self.colleague, self._todos(record).user_id)
        record.with_user(self.colleague).action_approve()
        review = record.vn_review_ids.sorted("id")[-1]
        self.assertEqual(review.user_id, self.colleague)
        self.assertEqual(review.on_behalf_of_id, self.head1)
        self.assertEqual(review.delegation_id, delegation)
        # the delegate's approval counts as the leader's: he cannot confirm it either
        with self.assertRaises(AccessError):
            record.with_user(self.head1).action_confirm()

    def test_delegation_given_later_brings_the_waiting_todos(self):
        """The leader leaves when records already wait for him: the delegation gives his
        delegate their to-dos, and takes them back when it ends."""
        record = self._submitted()
        self.assertNotIn(self.colleague, self._todos(record).user_id)
        delegation = self._delegate(self.colleague)
        self.assertIn(self.colleague, self._todos(record).user_id)
        delegation.with_user(self.head1).write({"active": False})
        self.assertEqual(set(self._todos(record).user_id.ids), {self.head1.id, self.head2.id})
        # a delegation planned for later gives them on its first day (daily job)
        today = fields.Date.context_today(self.env.user)
        planned = self._delegate(self.colleague, date_from=today + timedelta(days=1))
        self.assertNotIn(self.colleague, self._todos(record).user_id)
        # the day has come (no write: nothing happens until the daily job)
        self.env.cr.execute(
            "UPDATE vn_delegation SET date_from = %s WHERE id = %s", [today, planned.id]
        )
        planned.invalidate_recordset()
        self.assertNotIn(self.colleague, self._todos(record).user_id)
        self.env["vn.delegation"]._cron_end_delegations()
        self.assertIn(self.colleague, self._todos(record).user_id)

    def test_delegation_limits(self):
        today = fields.Date.context_today(self.env.user)
        self._delegate(self.author)
        record = self._submitted()
        with self.assertRaises(AccessError, msg="a delegate never approves his own record"):
            record.with_user(self.author).action_approve()
        self._delegate(
            self.colleague,
            date_from=today - timedelta(days=10),
            date_to=today - timedelta(days=1),
        )
        with self.assertRaises(AccessError, msg="an ended delegation gives no right"):
            record.with_user(self.colleague).action_approve()
        self._delegate(self.colleague, right_approve=False, right_sign=True)
        with self.assertRaises(AccessError, msg="only the rights delegated"):
            record.with_user(self.colleague).action_approve()
        self.assertEqual(record.state, "submitted")
        self.env["vn.delegation"]._cron_end_delegations()
        self.assertEqual(
            self.env["vn.delegation"].search_count([("delegate_id", "=", self.colleague.id)]), 1
        )

    def test_bad_delegations_refused(self):
        today = fields.Date.context_today(self.env.user)
        with self.assertRaises(ValidationError):
            self._delegate(self.colleague, date_to=today - timedelta(days=1))
        with self.assertRaises(ValidationError):
            self._delegate(self.head1)
        with self.assertRaises(ValidationError):
            self._delegate(self.head_b)  # does not work in the unit
        with self.assertRaises(AccessError):
            self._delegate(self.colleague, delegator_id=self.head2.id)  # someone else's rights
        self.assertFalse(self.env["vn.delegation"].search([("company_id", "=", self.unit_a.id)]))

    # ------------------------------------------------------------------ review rows
    def test_review_rows_are_read_only_and_follow_the_record(self):
        record = self._submitted()
        review = record.vn_review_ids
        with self.assertRaises(UserError):
            review.with_user(self.head1).write({"comment": "rewritten"})
        with self.assertRaises(UserError):
            review.with_user(self.head1).unlink()
        with self.assertRaises(UserError):
            self.env["vn.workflow.review"].with_user(self.head1).create(
                {
                    "res_model": record._name,
                    "res_id": record.id,
                    "transition": "approve",
                    "user_id": self.head1.id,
                }
            )
        Review = self.env["vn.workflow.review"]
        self.assertEqual(Review.with_user(self.head1).search([("id", "=", review.id)]), review)
        self.assertFalse(Review.with_user(self.head_b).search([("id", "=", review.id)]))
        with self.assertRaises(AccessError):
            review.with_user(self.head_b).read(["comment"])

    def test_allowed_steps_for_the_form(self):
        record = self._submitted()
        self.assertIn(",approve,", record.with_user(self.head1).vn_wf_allowed)
        self.assertIn(",refuse,", record.with_user(self.head1).vn_wf_allowed)
        self.assertEqual(record.with_user(self.author).vn_wf_allowed, ",,")

    def test_allowed_steps_follow_the_state_and_show_on_a_new_form(self):
        record = self._record()
        self.assertEqual(record.vn_wf_allowed, ",submit,")
        record.action_submit()
        self.assertEqual(record.vn_wf_allowed, ",,")
        # a new record's form (the onchange the web client calls): the author's first step
        Tester = type(self.Tester)
        with patch.object(Tester, "_vn_wf_new_record_steps", ("submit",)):
            result = self.Tester.with_user(self.author).onchange(
                {}, [], {"state": {}, "vn_wf_allowed": {}}
            )
        self.assertEqual(result["value"]["vn_wf_allowed"], ",submit,")

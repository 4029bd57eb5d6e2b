"""Account handover (issue 11.2, công văn 003 §2): every item of the leaving account
moves to the new person, the old account is reduced or archived, both passwords are
reset, the handover is logged with its decision and the HR office is told."""

from odoo.exceptions import AccessDenied, AccessError, UserError, ValidationError
from odoo.tests import Form

from odoo.addons.documents_vn_office.tests.common import VnUnitsMixin
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import SuiteCase

HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
CLERK = "documents_vn_office.group_clerk"


class TestAccountHandover(VnUnitsMixin, SuiteCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._vn_setup_units()
        mk = cls._vn_make_user
        cls.head = mk("t9.a.head", cls.school_a, [HEAD])
        cls.b_head = mk("t9.b.head", cls.school_b, [HEAD])
        cls.hr = mk("t9.a.hr", cls.body_a | cls.school_a, [HR_OFFICE])
        cls.old, cls.new = cls.a_clerk, cls.a_staff
        cls.secret_out = cls.registers[cls.school_a, "out_secret"]
        cls.secret_out.write({"viewer_ids": [(4, cls.old.id)]})
        cls.doc = cls._vn_incoming()
        cls.doc.sudo().message_subscribe(cls.old.partner_id.ids)
        cls.assignment = (
            cls.env["vn.incoming.assignment"]
            .sudo()
            .create({"incoming_id": cls.doc.id, "role": "lead", "user_id": cls.old.id})
        )
        Task = cls.env(user=cls.a_leader, context={"allowed_company_ids": cls.school_a.ids})[
            "vn.work.task"
        ]
        deadline = vn_today(Task)
        cls.task_led = Task.create(
            {
                "name": "Lưu trữ hồ sơ năm học",
                "company_id": cls.school_a.id,
                "lead_user_id": cls.old.id,
                "deadline": deadline,
            }
        )
        cls.task_support = Task.create(
            {
                "name": "Rà soát sổ công văn",
                "company_id": cls.school_a.id,
                "lead_user_id": cls.a_teacher.id,
                "support_user_ids": [(6, 0, cls.old.ids)],
                "deadline": deadline,
            }
        )
        cls.todo = cls.doc.sudo().activity_schedule(
            "mail.mail_activity_data_todo", user_id=cls.old.id, summary="Trả lời công văn"
        )

    def _handover(self, user=None, **vals):
        values = {
            "old_user_id": self.old.id,
            "new_user_id": self.new.id,
            "decision_ref": "12/QĐ-THCSA",
        }
        values.update(vals)
        env = self.env(user=user or self.head, context={"allowed_company_ids": self.school_a.ids})
        return env["vn.account.handover"].create(values)

    def _password_works(self, user, password):
        try:
            self.env["res.users"].with_user(user)._check_credentials(
                {"login": user.login, "password": password, "type": "password"},
                {"interactive": True},  # as the login page (two-factor roles: no RPC password)
            )
        except AccessDenied:
            return False
        return True

    def test_handover_moves_every_item(self):
        self.assertTrue(self._password_works(self.old, self.old.login))
        view_env = self.env(user=self.head, context={"allowed_company_ids": self.school_a.ids})
        with Form(view_env["vn.account.handover"]) as form:
            form.old_user_id = self.old
            form.new_user_id = self.new
            form.decision_ref = "12/QĐ-THCSA"
        handover = form.record
        self.assertIn(",confirm,", handover.vn_wf_allowed)
        handover.action_confirm()
        self.assertEqual(handover.state, "done")
        self.assertEqual(handover.done_by_id, self.head)
        # roles
        self.assertTrue(self.new.has_group(CLERK))
        self.assertFalse(self.old.has_group(CLERK))
        self.assertTrue(self.old.active)
        self.assertTrue(self.old.has_group("base.group_user"))
        self.assertIn(self.env.ref(CLERK), handover.moved_group_ids)
        # registers kept and viewed
        for key in ("in", "in_secret", "out", "out_secret", "internal"):
            register = self.registers[self.school_a, key]
            self.assertIn(self.new, register.keeper_ids)
            self.assertNotIn(self.old, register.keeper_ids)
        self.assertEqual(self.secret_out.viewer_ids, self.new)
        # assignments, tasks, to-dos, followed documents
        self.assertEqual(self.assignment.user_id, self.new)
        self.assertEqual(self.task_led.lead_user_id, self.new)
        self.assertEqual(self.task_support.support_user_ids, self.new)
        self.assertEqual(self.todo.user_id, self.new)
        followers = self.doc.sudo().message_partner_ids
        self.assertIn(self.new.partner_id, followers)
        self.assertNotIn(self.old.partner_id, followers)
        # both passwords reset (Odoo's reset link), the old one no longer works
        self.assertFalse(self._password_works(self.old, self.old.login))
        self.assertFalse(self._password_works(self.new, self.new.login))
        self.assertEqual(self.old.partner_id.sudo().signup_type, "reset")
        self.assertEqual(self.new.partner_id.sudo().signup_type, "reset")
        # the log: decision, review row, summary, the HR office told
        self.assertTrue(handover.vn_review_ids)
        self.assertIn("Open tasks: 1 led, 1 supported", handover.summary)
        message = handover.message_ids.filtered(lambda m: "12/QĐ-THCSA" in (m.body or ""))
        self.assertIn(self.hr.partner_id, message.partner_ids)
        # the log is frozen and kept
        with self.assertRaises(UserError):
            handover.with_user(self.head).write({"decision_ref": "13/QĐ"})
        with self.assertRaises(UserError):
            handover.with_user(self.head).unlink()

    def test_archive_the_old_account(self):
        handover = self._handover(old_account="archive")
        handover.with_user(self.hr).with_context(
            allowed_company_ids=(self.body_a | self.school_a).ids
        ).action_confirm()
        self.assertFalse(self.old.active)
        self.assertTrue(self.new.has_group(CLERK))

    def test_refused(self):
        Handover = self.env["vn.account.handover"]
        with self.assertRaises(ValidationError) as caught:
            self._handover(new_user_id=self.old.id)
        self.assertIn("handed over to itself", str(caught.exception))
        with self.assertRaises(ValidationError) as caught:
            self._handover(new_user_id=self.b_clerk.id)
        self.assertIn("same unit", str(caught.exception))
        # not a unit head of that unit: a leader, a teacher, the other school's head
        for user in (self.a_leader, self.a_teacher, self.b_head):
            with self.assertRaises(AccessError):
                self._handover(user=user)
        # nor the leaving person himself
        with self.assertRaises(AccessError):
            self._handover(user=self.head, old_user_id=self.head.id)
        self.assertFalse(Handover.search([]).filtered(lambda h: h.create_uid != self.env.user))
        handover = self._handover()
        # around the button: the state, the stamps, the step by someone else
        with self.assertRaises(UserError):
            handover.with_user(self.head).write({"state": "done"})
        with self.assertRaises(AccessError):
            handover.with_user(self.b_head).action_confirm()
        with self.assertRaises(AccessError):
            handover.with_user(self.a_leader).action_confirm()
        self.assertEqual(handover.state, "draft")
        self.assertTrue(self.old.has_group(CLERK))
        self.assertFalse(self.new.has_group(CLERK))

    def test_roles_beyond_the_actor_are_refused(self):
        """A unit head never hands an administrator's rights over."""
        self.old.write({"groups_id": [(4, self.env.ref("base.group_system").id)]})
        handover = self._handover()
        with self.assertRaises(UserError):
            handover.with_user(self.head).action_confirm()
        self.assertFalse(self.new.has_group("base.group_system"))

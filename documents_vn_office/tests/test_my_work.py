"""Each role's home, My Work (issue 17.2): the to-dos of every unit the user works in,
whatever the company switcher shows, counted with his own rights; a banner names the
hidden units; the lists it opens tick them all; new users are notified in the app."""

from odoo.exceptions import AccessError

from odoo.addons.hr_vn_civil_servant.tests.common import make_user

from .workflow_common import VnWorkflowCase

P = "hr_vn_civil_servant.group_"


class TestMyWork(VnWorkflowCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.hr_a = make_user(cls.env, "mw.hra", cls.body_a | cls.school_a, [P + "hr_office"])
        cls.hr_b = make_user(cls.env, "mw.hrb", cls.body_b | cls.school_b, [P + "hr_office"])
        cls.head_a = make_user(cls.env, "mw.heada", cls.school_a, [P + "unit_head"])
        cls.hr_a.company_id = cls.body_a
        teacher = cls.a["teacher"]
        cls.request = (
            cls.env["vn.profile.change.request"]
            .with_user(teacher)
            .create(
                {
                    "line_ids": [
                        (0, 0, {"field_name": "private_phone", "new_value_char": "0912 345 678"})
                    ]
                }
            )
        )
        cls.request.with_user(teacher).action_submit()
        cls.request.with_user(cls.head_a).action_unit_approve()

    def _home(self, user, companies):
        return (
            self.env["res.users"]
            .with_user(user)
            .with_context(allowed_company_ids=companies.ids)
            .browse(user.id)
        )

    def test_hr_office_sees_the_request_of_a_unit_not_ticked(self):
        home = self._home(self.hr_a, self.body_a)
        self.assertEqual(home.vn_home_request_count, 1)
        self.assertGreaterEqual(home.vn_home_todo_count, 1)
        self.assertEqual(home.vn_home_hidden_units, self.school_a.name)
        # the list it opens ticks all her units, and she approves from it
        action = home.with_context(vn_counter="vn_home_request_count").action_vn_home_open()
        self.assertEqual(action["res_model"], "vn.profile.change.request")
        self.assertEqual(
            set(action["context"]["allowed_company_ids"]), set((self.body_a | self.school_a).ids)
        )
        Request = (
            self.env[action["res_model"]].with_user(self.hr_a).with_context(**action["context"])
        )
        found = Request.search(action["domain"])
        self.assertEqual(found, self.request)
        found.action_approve()
        self.assertEqual(self.request.state, "approved")
        self.assertEqual(self._home(self.hr_a, self.body_a).vn_home_request_count, 0)
        # with every unit ticked: no banner
        self.assertFalse(self._home(self.hr_a, self.body_a | self.school_a).vn_home_hidden_units)

    def test_counts_are_his_own_and_within_his_rights(self):
        self.assertEqual(self._home(self.hr_b, self.body_b).vn_home_request_count, 0)
        # another user's card shows nothing, and cannot be opened
        other = self.env["res.users"].with_user(self.hr_b).browse(self.hr_a.id)
        self.assertEqual(other.vn_home_request_count, 0)
        with self.assertRaises(AccessError):
            other.with_context(vn_counter="vn_home_request_count").action_vn_home_open()
        with self.assertRaises(AccessError):
            self._home(self.hr_a, self.body_a).with_context(vn_counter="x").action_vn_home_open()

    def test_clerk_sees_documents_to_issue_and_to_register(self):
        doc = self._signed(self._outgoing(recipient_company_ids=[(6, 0, self.school_b.ids)]))
        clerk_a = self._home(self.a["clerk"], self.school_a)
        self.assertEqual(clerk_a.vn_home_outgoing_count, 1)
        self._as(doc, self.a["clerk"]).action_issue()
        self.assertEqual(self._home(self.a["clerk"], self.school_a).vn_home_outgoing_count, 0)
        # the receiving school's clerk has it to register on her home
        clerk_b = self._home(self.b["clerk"], self.school_b)
        self.assertEqual(clerk_b.vn_home_incoming_count, 1)
        action = clerk_b.with_context(vn_counter="vn_home_incoming_count").action_vn_home_open()
        incoming = (
            self.env["vn.incoming.document"].with_user(self.b["clerk"]).search(action["domain"])
        )
        self.assertEqual(incoming.source_outgoing_id, doc)

    def test_new_users_land_on_my_work_and_are_notified_in_the_app(self):
        user = make_user(self.env, "mw.new", self.school_a)
        self.assertEqual(user.notification_type, "inbox")
        self.assertEqual(
            user.action_id.id, self.env.ref("documents_vn_office.res_users_action_vn_home").id
        )
        action = self.env["res.users"].with_user(user).action_vn_home()
        self.assertEqual(action["domain"], [("id", "=", user.id)])

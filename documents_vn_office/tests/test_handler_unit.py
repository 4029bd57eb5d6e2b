"""Issue 9, points 3 and 6: handlers, keepers and viewers of a school's documents are
people of that school, and nobody gets a to-do naming a document he cannot read;
the duplicate-number warning and the number checks reveal nothing of another
school's documents or of secret ones the reader may not open."""

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from .common import VnUnitsCase


class TestHandlerUnit(VnUnitsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.doc = cls._vn_incoming()
        cls.doc.action_register()
        cls.secret = cls._vn_incoming(secret=True)
        cls.secret.action_register()

    def _env(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def _todos(self, user, doc=None):
        return self.env["mail.activity"].search(
            [("user_id", "=", user.id), ("res_model", "=", "vn.incoming.document")]
            + ([("res_id", "=", doc.id)] if doc else [])
        )

    def test_direct_wizard_refuses_another_schools_handler(self):
        env = self._env(self.a_leader)
        wizard = env["vn.incoming.direct.wizard"]
        with self.assertRaises(ValidationError) as err:
            wizard.create({"incoming_id": self.doc.id, "lead_user_id": self.b_teacher.id})
        self.assertIn(self.school_a.name, str(err.exception))
        with self.assertRaises(ValidationError):
            wizard.create({"incoming_id": self.doc.id, "lead_department_id": self.b_dept.id})
        with self.assertRaises(ValidationError):
            wizard.create(
                {
                    "incoming_id": self.doc.id,
                    "lead_user_id": self.a_teacher.id,
                    "line_ids": [(0, 0, {"user_id": self.b_teacher.id})],
                }
            )
        # around the wizard: the method and a plain create of the assignment
        with self.assertRaises(ValidationError):
            self.doc.with_user(self.a_leader)._vn_direct(
                "x", [{"role": "lead", "user_id": self.b_leader.id}]
            )
        # (a plain create is refused anyway: assignments come from the steps)
        with self.assertRaises(UserError):
            env["vn.incoming.assignment"].create(
                {"incoming_id": self.doc.id, "role": "support", "user_id": self.b_teacher.id}
            )
        self.assertFalse(self.doc.assignment_ids)
        self.assertFalse(self._todos(self.b_teacher) | self._todos(self.b_leader))
        # a handler of the school is fine, through the form as the leader sees it
        action = self.doc.with_user(self.a_leader).action_direct()
        with Form(
            self.env(user=self.a_leader, context=action["context"])[action["res_model"]]
        ) as f:
            f.instruction = "Tổ KHTN chủ trì"
            f.lead_user_id = self.a_teacher
        f.record.action_confirm()
        self.assertEqual(self.doc.assignment_ids.user_id, self.a_teacher)
        self.assertTrue(self._todos(self.a_teacher, self.doc))

    def test_reassign_stays_in_the_school(self):
        self.doc.with_user(self.a_leader)._vn_direct(
            "Giao tổ KHTN", [{"role": "lead", "department_id": self.a_dept.id}]
        )
        unit = self.doc.assignment_ids
        head = unit.with_user(self.a_teacher)  # the department's head
        with self.assertRaises(ValidationError):
            self._env(self.a_teacher)["vn.incoming.reassign.wizard"].create(
                {"assignment_id": unit.id, "user_id": self.b_teacher.id}
            )
        with self.assertRaises(ValidationError):
            head.action_reassign(self.b_teacher)
        self.assertEqual(self.doc.assignment_ids, unit)
        child = head.action_reassign(self.a_staff)
        self.assertEqual(child.user_id, self.a_staff)

    def test_secret_document_goes_to_people_who_may_read_it(self):
        # a department whose head may not read the secret document: refused
        with self.assertRaises(ValidationError) as err:
            self.secret.with_user(self.a_leader)._vn_direct(
                "x", [{"role": "lead", "department_id": self.a_dept.id}]
            )
        self.assertIn(self.a_dept.name, str(err.exception))
        self.assertFalse(self._todos(self.a_teacher, self.secret))
        # a person: he becomes a reader of it and gets his to-do
        self.secret.with_user(self.a_leader)._vn_direct(
            "Đồng chí trực tiếp xử lý", [{"role": "lead", "user_id": self.a_staff.id}]
        )
        self.assertTrue(self.secret.with_user(self.a_staff).read(["subject"]))
        self.assertTrue(self._todos(self.a_staff, self.secret))
        # a document made secret after a department was assigned to it (refused: the
        # secrecy of a registered document is frozen, and the head may not read it)
        self.doc.with_user(self.a_leader)._vn_direct(
            "x", [{"role": "lead", "department_id": self.a_dept.id}]
        )
        with self.assertRaises(UserError):
            self.doc.with_user(self.a_clerk).secrecy = "secret"

    def test_todos_only_for_readers(self):
        """A to-do names its document: "Schedule Activity" or RPC cannot give one on a
        document to someone who may not read it."""
        todo = self.env.ref("mail.mail_activity_data_todo")
        for doc, user in ((self.doc, self.b_teacher), (self.secret, self.a_teacher)):
            with self.subTest(user=user.login), self.assertRaises(ValidationError):
                doc.with_user(self.a_leader).activity_schedule(
                    activity_type_id=todo.id, summary="Xem", user_id=user.id
                )
            self.assertFalse(self._todos(user, doc))
        activity = self.doc.with_user(self.a_leader).activity_schedule(
            activity_type_id=todo.id, summary="Xem", user_id=self.a_teacher.id
        )
        with self.assertRaises(ValidationError):
            activity.with_user(self.a_leader).user_id = self.b_teacher
        # the leader a document is presented to works in its school
        with self.assertRaises(ValidationError):
            self.doc.with_user(self.a_clerk).leader_id = self.b_leader

    def test_keepers_and_viewers_are_of_the_school(self):
        register = self.registers[self.school_a, "in_secret"]
        for fname in ("keeper_ids", "viewer_ids"):
            with self.subTest(field=fname), self.assertRaises(ValidationError) as err:
                register.write({fname: [(4, self.b_clerk.id)]})
            self.assertIn(self.b_clerk.name, str(err.exception))
        self.assertEqual(register.keeper_ids, self.a_clerk)
        self.assertFalse(register.viewer_ids)
        with self.assertRaises(ValidationError):
            self.env["vn.document.register"].create(
                {
                    "name": "Sổ (test 9)",
                    "company_id": self.school_b.id,
                    "direction": "incoming",
                    "keeper_ids": [(6, 0, self.a_clerk.ids)],
                }
            )
        register.viewer_ids = [(4, self.a_staff.id)]
        self.assertTrue(self.secret.with_user(self.a_staff).read(["subject"]))


class TestDuplicateWarning(VnUnitsCase):
    """The banner of the incoming form: same number and issuer already registered."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.secret = cls._vn_incoming(secret=True)
        cls.secret.action_register()
        cls.plain = cls._vn_incoming(original_number="11/SGDĐT-VP")
        cls.plain.action_register()

    def _banner(self, user, school, number):
        env = self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})
        Incoming = env["vn.incoming.document"]
        result = Incoming.onchange(
            {"company_id": school.id, "original_number": number, "issuer_id": self.issuer.id},
            ["original_number"],
            {"duplicate_warning": {}, "company_id": {}, "original_number": {}, "issuer_id": {}},
        )
        return result["value"].get("duplicate_warning")

    def test_banner_counts_only_readable_documents(self):
        Log = self.env["vn.document.access.log"]
        secret_number = self.secret.original_number
        # another school's users, even asking for school A in the onchange: nothing
        for user in (self.b_clerk, self.b_leader):
            with self.subTest(user=user.login):
                self.assertFalse(self._banner(user, self.school_a, secret_number))
                self.assertFalse(self._banner(user, self.school_a, "11/SGDĐT-VP"))
        # the teacher of school A: the ordinary duplicate, not the secret one
        self.assertIn(
            self.plain.arrival_number_display,
            self._banner(self.a_teacher, self.school_a, "11/SGDĐT-VP"),
        )
        self.assertFalse(self._banner(self.a_teacher, self.school_a, secret_number))
        # the keeper of the secret register is told, and that read is logged
        warning = self._banner(self.a_clerk, self.school_a, secret_number)
        self.assertIn(self.secret.arrival_number_display, warning)
        row = Log.search([("res_id", "=", self.secret.id), ("channel", "=", "warning")])
        self.assertEqual(row.user_id, self.a_clerk)
        self.assertFalse(Log.search([("user_id", "in", (self.a_teacher | self.b_clerk).ids)]))
        # a form opened on the document itself does not warn about itself
        self.assertFalse(self.secret.with_user(self.a_clerk).duplicate_warning)

    def test_register_of_another_school_is_refused_without_naming_it(self):
        register = self.registers[self.school_a, "in"]
        env = self.env(user=self.b_clerk, context={"allowed_company_ids": self.school_b.ids})
        with self.assertRaises(UserError) as err:
            env["vn.incoming.document"].create(
                {
                    "company_id": self.school_b.id,
                    "register_id": register.id,
                    "subject": "x",
                    "manual_number": self.plain.arrival_number,
                }
            )
        self.assertNotIn(register.name, str(err.exception))
        self.assertNotIn(self.school_a.vn_short_name, str(err.exception))
        doc = env["vn.incoming.document"].create(
            {"company_id": self.school_b.id, "subject": "x", "register_id": False}
        )
        with self.assertRaises(UserError):
            doc.register_id = register
        # in its own register, a number already used is refused naming only that register
        doc.write(
            {
                "register_id": self.registers[self.school_b, "in"].id,
                "manual_number": 1,
            }
        )
        doc.action_register()
        other = env["vn.incoming.document"].create(
            {
                "company_id": self.school_b.id,
                "subject": "y",
                "register_id": self.registers[self.school_b, "in"].id,
                "manual_number": 1,
            }
        )
        with self.assertRaises(ValidationError) as err:
            other.action_register()
        self.assertNotIn(self.school_a.vn_short_name, str(err.exception))

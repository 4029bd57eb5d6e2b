"""Registration consistency for every kind of document: a document belongs to the unit of
its register whoever creates it and whatever his current company; hand-typed numbers
never open a gap nor take a used number; the ordinary and the secret series of a unit
never collide, also when clerks issue at the same moment (concurrent cursors)."""

import threading

from odoo import SUPERUSER_ID, api, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form
from odoo.tests.common import TransactionCase

from .workflow_common import VnWorkflowCase

MODELS = {
    "vn.incoming.document": "in",
    "vn.outgoing.document": "out",
    "vn.internal.document": "int",
}


class TestRegistration(VnWorkflowCase):
    def _values(self, model, register, **vals):
        values = {"register_id": register.id, "subject": "Về việc tổ chức Hội khỏe Phù Đổng"}
        if model == "vn.incoming.document":
            values["arrival_date"] = fields.Date.context_today(self.env.user)
        values.update(vals)
        return values

    # ------------------------------------------------------------------ the unit
    def test_document_belongs_to_the_unit_of_its_register(self):
        """The attack: created in school A's register while the user's current company
        is the managing body, the document belonged to the managing body."""
        env = self.env(
            user=self.body_user,
            context={"allowed_company_ids": [self.body_a.id, self.school_a.id]},
        )
        self.assertEqual(env.company, self.body_a)
        for model, key in MODELS.items():
            doc = env[model].create(self._values(model, self.a["registers"][key]))
            self.assertEqual(doc.company_id, self.school_a, model)
            # a unit that is not the register's is refused, and nothing is created
            count = self.env[model].search_count([])
            with self.assertRaises(UserError, msg=model):
                env[model].create(
                    self._values(model, self.a["registers"][key], company_id=self.body_a.id)
                )
            self.assertEqual(self.env[model].search_count([]), count)

    def test_register_of_another_unit_or_kind_is_refused(self):
        teacher = self.a["teacher"]
        for model, key in MODELS.items():
            if model == "vn.incoming.document":
                user = self.a["clerk"]
            else:
                user = teacher
            env = self._env(user, self.school_a)
            with self.assertRaises(AccessError) as caught:
                env[model].create(self._values(model, self.b["registers"][key]))
            self.assertNotIn(self.b["registers"][key].name, str(caught.exception))
            wrong_kind = self.a["registers"]["in" if key != "in" else "out"]
            with self.assertRaises(UserError, msg=model):
                env[model].create(self._values(model, wrong_kind))
        # a draft is not moved to another unit's register, nor to another unit
        draft = self._outgoing()
        with self.assertRaises(AccessError):
            self._as(draft, teacher).write({"register_id": self.b["registers"]["out"].id})
        with self.assertRaises(UserError):
            draft.sudo().write({"register_id": self.b["registers"]["out"].id})
        with self.assertRaises(UserError):
            draft.sudo().write({"company_id": self.body_a.id})
        self.assertEqual(
            (draft.company_id, draft.register_id), (self.school_a, self.a["registers"]["out"])
        )

    def test_form_takes_the_unit_from_the_register(self):
        env = self.env(
            user=self.body_user,
            context={"allowed_company_ids": [self.body_a.id, self.school_a.id]},
        )
        with Form(env["vn.outgoing.document"]) as form:
            self.assertEqual(form.company_id, self.body_a)
            form.subject = "Về việc kiểm tra nội bộ"
            form.register_id = self.a["registers"]["out"]
            self.assertEqual(form.company_id, self.school_a)
            form.type_id = self.type_qd
        self.assertEqual(form.record.company_id, self.school_a)
        # choosing another unit clears the register of the former one
        with Form(form.record) as form2:
            form2.company_id = self.body_a
            self.assertFalse(form2.register_id)

    # ------------------------------------------------------------------ hand-typed numbers
    def test_hand_typed_number_never_opens_a_gap_nor_takes_a_used_number(self):
        """The attack: a hand-typed number far ahead of the series (a gap of 499)."""
        first = self._issued(self._outgoing())
        self.assertEqual(first.number, 1)
        clerk = self.a["clerk"]
        for typed, words in ((500, "02"), (1, "01")):
            doc = self._signed(self._outgoing(subject=f"Quyết định {typed}"))
            self._as(doc, clerk).write({"manual_number": typed})
            with self.assertRaises(ValidationError) as caught:
                self._as(doc, clerk).action_issue()
            self.assertIn(words, str(caught.exception))
            self.assertEqual((doc.state, doc.number, doc.name), ("signed", 0, False))
        # the next number typed by hand is accepted
        self._as(doc, clerk).write({"manual_number": 2})
        self._as(doc, clerk).action_issue()
        self.assertEqual((doc.number, doc.name), (2, "02/QĐ-VBA"))
        # the same rules for the internal register, whose numbers the leader gives
        leader = self.a["leader"]
        internal = self._internal()
        internal.action_submit()
        self._as(internal, leader).write({"manual_number": 99})
        with self.assertRaises(ValidationError):
            self._as(internal, leader).action_approve()
        # one series per unit and year (NĐ 30/2020 Điều 15.1): 01 and 02 are the outgoing
        # documents' numbers, an internal document cannot take them
        self._as(internal, leader).write({"manual_number": 1})
        with self.assertRaisesRegex(ValidationError, "01"):
            self._as(internal, leader).action_approve()
        self._as(internal, leader).write({"manual_number": 3})
        self._as(internal, leader).action_approve()
        self.assertEqual(internal.number, 3)

    def test_taken_number_message_reveals_nothing_of_another_unit(self):
        other = self._issued(self._outgoing(school=self.b, subject="BÍ-MẬT-CỦA-TRƯỜNG-B"), self.b)
        self.assertEqual(other.number, 1)
        first = self._issued(self._outgoing())
        doc = self._signed(self._outgoing())
        self._as(doc, self.a["clerk"]).write({"manual_number": 1})
        with self.assertRaises(ValidationError) as caught:
            self._as(doc, self.a["clerk"]).action_issue()
        message = str(caught.exception)
        self.assertNotIn("BÍ-MẬT", message)
        self.assertNotIn(self.b["registers"]["out"].name, message)
        self.assertNotIn(first.subject, message)

    # ------------------------------------------------------------------ series
    def test_secret_and_ordinary_series_each_issue_many_decisions(self):
        """The attack: the secret register could not issue its second decision, its
        notation colliding with the ordinary register's."""
        secret_register = self.a["registers"]["out_secret"]
        self.assertEqual(secret_register.notation_suffix, "-M")
        ordinary, secret = [], []
        for i in range(3):
            ordinary.append(self._issued(self._outgoing(subject=f"Quyết định {i}")))
            secret.append(
                self._issued(
                    self._outgoing(
                        subject=f"Quyết định mật {i}",
                        secrecy="secret",
                        register_id=secret_register.id,
                    )
                )
            )
        self.assertEqual([d.number for d in ordinary], [1, 2, 3])
        self.assertEqual([d.number for d in secret], [1, 2, 3])
        self.assertEqual([d.name for d in ordinary], ["01/QĐ-VBA", "02/QĐ-VBA", "03/QĐ-VBA"])
        self.assertEqual([d.name for d in secret], ["01/QĐ-VBA-M", "02/QĐ-VBA-M", "03/QĐ-VBA-M"])
        # a secret document is never numbered in the ordinary register, nor the reverse
        wrong = self._signed(self._outgoing(secrecy="secret"))
        with self.assertRaises(UserError):
            self._as(wrong, self.a["clerk"]).action_issue()

    def test_a_secret_register_keeps_a_suffix_of_its_own(self):
        Register = self.env["vn.document.register"]
        with self.assertRaises(ValidationError):
            self.a["registers"]["out_secret"].notation_suffix = False
        with self.assertRaises(ValidationError):
            Register.create(
                {
                    "name": "Sổ đi mật 2",
                    "company_id": self.school_a.id,
                    "direction": "outgoing",
                    "is_secret": True,
                }
            )
        second = Register.create(
            {
                "name": "Sổ đi mật 2",
                "company_id": self.school_a.id,
                "direction": "outgoing",
                "is_secret": True,
                "notation_suffix": "-M2",
            }
        )
        self.assertEqual(second.notation_suffix, "-M2")
        # another unit's secret register has -M too: notations differ by the unit
        self.assertEqual(self.b["registers"]["out_secret"].notation_suffix, "-M")


class TestConcurrentSeries(TransactionCase):
    """Clerks issue at the same moment, each in his own transaction (separate cursors):
    the ordinary and the secret series each run 1..n without gap or duplicate; two
    clerks typing the same number by hand: one gets it, the other a clear message.

    Its unit, users and documents are committed by the test (other cursors must see
    them) and removed at the end; the test's own transaction writes nothing, so that
    it holds no lock the clerks' cursors would wait for."""

    def _committed_setup(self, cr, n):
        env = api.Environment(cr, SUPERUSER_ID, {})
        Company = env["res.company"]
        unit = Company.create({"name": "Trường C (song song)", "vn_short_name": "VBCC"})
        group_ids = [env.ref("base.group_user").id]
        users = {}
        for role, group in (
            ("clerk", "documents_vn_office.group_clerk"),
            ("clerk2", "documents_vn_office.group_clerk"),
            ("leader", "documents_vn_office.group_leader"),
        ):
            users[role] = (
                env["res.users"]
                .with_context(no_reset_password=True)
                .create(
                    {
                        "name": f"Song song {role}",
                        "login": f"vb.concurrent.{role}",
                        "company_id": unit.id,
                        "company_ids": [(6, 0, unit.ids)],
                        "groups_id": [(6, 0, group_ids + [env.ref(group).id])],
                    }
                )
            )
        env["hr.employee"].create(
            {"name": "Song song leader", "user_id": users["leader"].id, "company_id": unit.id}
        )
        Register = env["vn.document.register"]
        keepers = [(6, 0, (users["clerk"] | users["clerk2"]).ids)]
        ordinary = Register.create(
            {"name": "Sổ đi", "company_id": unit.id, "direction": "outgoing", "keeper_ids": keepers}
        )
        secret = Register.create(
            {
                "name": "Sổ đi mật",
                "company_id": unit.id,
                "direction": "outgoing",
                "is_secret": True,
                "keeper_ids": keepers,
            }
        )
        docs = env["vn.outgoing.document"]
        # 2n documents alternately in both registers, then two more in the ordinary one
        for i in range(2 * n + 2):
            is_secret = i % 2 and i < 2 * n
            docs |= docs.create(
                {
                    "register_id": (secret if is_secret else ordinary).id,
                    "subject": f"Quyết định song song {i}",
                    "type_id": env.ref("documents_vn_office.document_type_quyet_dinh").id,
                    "secrecy": "secret" if is_secret else "normal",
                    "drafter_id": users["clerk"].id,
                }
            )
        for doc in docs:
            doc.with_user(users["clerk"]).action_check_form()
            doc.with_user(users["leader"]).action_check_content()
            doc.with_user(users["leader"]).action_approve()
            doc.with_user(users["leader"]).action_sign()
        return unit, users, ordinary | secret, docs

    def _cleanup(self, ids):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            docs = env["vn.outgoing.document"].browse(ids["docs"]).exists()
            env["vn.workflow.review"].search(
                [("res_model", "=", docs._name), ("res_id", "in", docs.ids)]
            ).unlink()
            env["vn.document.access.log"].search(
                [("res_model", "=", docs._name), ("res_id", "in", docs.ids)]
            ).unlink()
            docs.unlink()
            env["vn.document.register"].browse(ids["registers"]).unlink()
            users = env["res.users"].browse(ids["users"])
            partners = users.partner_id
            env["hr.employee"].search([("user_id", "in", users.ids)]).unlink()
            users.unlink()
            partners.unlink()
            env["res.company"].browse(ids["unit"]).unlink()

    def test_clerks_issue_in_both_series_at_the_same_moment(self):
        n = 3
        with self.registry.cursor() as cr:
            unit, users, registers, docs = self._committed_setup(cr, n)
            ids = {
                "unit": unit.id,
                "users": sum((u.ids for u in users.values()), []),
                "registers": registers.ids,
                "docs": docs.ids,
                "clerks": [users["clerk"].id, users["clerk2"].id],
            }
        try:
            concurrent, typed = ids["docs"][: 2 * n], ids["docs"][2 * n :]
            barrier = threading.Barrier(len(concurrent))
            errors = []

            def issue(doc_id, clerk_id, manual=None):
                try:
                    with self.registry.cursor() as cr:
                        env = api.Environment(cr, clerk_id, {"allowed_company_ids": [ids["unit"]]})
                        doc = env["vn.outgoing.document"].browse(doc_id)
                        if manual:
                            doc.manual_number = manual
                        doc.read(["subject"])  # the transaction's snapshot is taken here
                        barrier.wait(timeout=60)
                        doc.action_issue()
                except Exception as exc:  # noqa: BLE001 - reported by the assertions below
                    errors.append(exc)

            threads = [
                threading.Thread(target=issue, args=(doc_id, ids["clerks"][i % 2]))
                for i, doc_id in enumerate(concurrent)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=180)
            self.assertFalse(errors)
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                docs = env["vn.outgoing.document"].browse(concurrent)
                ordinary = docs.filtered(lambda d: d.secrecy == "normal")
                secret = docs - ordinary
                self.assertEqual(sorted(ordinary.mapped("number")), list(range(1, n + 1)))
                self.assertEqual(sorted(secret.mapped("number")), list(range(1, n + 1)))
                names = docs.mapped("name")
                self.assertEqual(len(set(names)), 2 * n)
                self.assertTrue(all(name.endswith("-M") for name in secret.mapped("name")))
            # two clerks type the same free number (the next one) at the same moment
            barrier = threading.Barrier(2)
            threads = [
                threading.Thread(target=issue, args=(doc_id, ids["clerks"][i], n + 1))
                for i, doc_id in enumerate(typed)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=180)
            self.assertEqual(len(errors), 1, errors)
            self.assertIsInstance(errors[0], ValidationError)
            self.assertIn(f"{n + 1:02d}", str(errors[0]))
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                numbers = env["vn.outgoing.document"].browse(typed).mapped("number")
                self.assertEqual(sorted(numbers), [0, n + 1])
        finally:
            self._cleanup(ids)

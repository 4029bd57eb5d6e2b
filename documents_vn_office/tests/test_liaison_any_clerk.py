"""Liên thông for every clerk (issue 17.1): a single-school clerk offers and issues to
every unit of the system; delivery is done with the rights of the system after her step
is checked; a recipient that cannot be delivered is refused before the issue."""

from odoo.exceptions import AccessError, UserError

from .workflow_common import VnWorkflowCase


class TestLiaisonAnyClerk(VnWorkflowCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # a third school, of body B, with no incoming register
        cls.school_c = cls.env["res.company"].create(
            {"name": "Trường C (vb)", "vn_short_name": "VBC", "parent_id": cls.body_b.id}
        )

    def _incoming_of(self, doc, company):
        return self.env["vn.incoming.document"].search(
            [("source_outgoing_id", "=", doc.id), ("company_id", "=", company.id)]
        )

    def test_single_school_clerk_delivers_to_another_body(self):
        clerk = self.a["clerk"]
        self.assertEqual(clerk.company_ids, self.school_a)
        doc = self._signed(self._outgoing(recipient_company_ids=[(6, 0, self.school_b.ids)]))
        as_clerk = self._as(doc, clerk)
        # a new request of the served instance: nothing in the cache
        self.env.invalidate_all()
        # the clerk reads the document as her form does, then issues it
        as_clerk.read(["recipient_company_ids", "recipient_text", "vn_wf_allowed"])
        as_clerk.action_issue()
        incoming = self._incoming_of(doc, self.school_b)
        self.assertEqual(len(incoming), 1)
        self.assertEqual((incoming.original_number, incoming.state), (doc.name, "received"))
        self.assertEqual(doc.tracking_ids.recipient_company_id, self.school_b)
        # ... and reads nothing of the other unit herself
        Incoming = self.env["vn.incoming.document"].with_user(clerk)
        self.assertFalse(Incoming.search([("id", "=", incoming.id)]))
        with self.assertRaises(AccessError):
            incoming.with_user(clerk).read(["subject"])
        with self.assertRaises(AccessError):
            self.school_b.with_user(clerk).read(["email"])

    def test_every_unit_is_offered_by_name_only(self):
        Company = self.env["res.company"].with_user(self.a["clerk"])
        own = Company.name_search("(vb)")
        self.assertEqual([row[0] for row in own], self.school_a.ids)
        offered = dict(Company.with_context(vn_all_units=True).name_search("(vb)"))
        for unit in (self.body_a, self.school_a, self.body_b, self.school_b, self.school_c):
            self.assertEqual(offered.get(unit.id), unit.name)
        # a crafted domain is not applied with the rights of the system ...
        probing = Company.with_context(vn_all_units=True).name_search(
            "(vb)", args=[("email", "=", "nobody@example.com")]
        )
        self.assertEqual(len(probing), len(offered))
        # ... only the units already chosen are left out
        rest = Company.with_context(vn_all_units=True).name_search(
            "(vb)", args=[("id", "not in", self.school_b.ids)]
        )
        self.assertNotIn(self.school_b.id, [row[0] for row in rest])

    def test_form_shows_every_recipient_and_adds_a_group(self):
        clerk = self.a["clerk"]
        group = (
            self.env["vn.interaction.group"]
            .with_user(clerk)
            .create(
                {
                    "name": "Các trường nhận (vb)",
                    "company_ids": [(6, 0, (self.school_b | self.body_b).ids)],
                }
            )
        )
        spec = {"company_ids": {"fields": {"display_name": {}}}}
        self.env.invalidate_all()
        shown = group.with_user(clerk).web_read(spec)[0]["company_ids"]
        self.assertEqual(
            {row["display_name"] for row in shown}, {self.school_b.name, self.body_b.name}
        )
        doc = self._outgoing(user=clerk)
        env_doc = self._as(doc, clerk)
        # the form's save: the group's units are added, and shown by name
        self.env.invalidate_all()
        values = env_doc.web_save(
            {"recipient_group_id": group.id},
            {"recipient_company_ids": {"fields": {"display_name": {}}}},
        )
        self.assertEqual(doc.sudo().recipient_company_ids, self.school_b | self.body_b)
        self.assertEqual(
            sorted(row["id"] for row in values[0]["recipient_company_ids"]),
            sorted((self.school_b | self.body_b).ids),
        )
        # a teacher of another unit does not read the group
        with self.assertRaises(AccessError):
            group.with_user(self.b["teacher"]).web_read(spec)
        with self.assertRaises(AccessError):
            self._as(self._outgoing(school=self.b), self.b["clerk"]).write(
                {"recipient_group_id": group.id}
            )
        # once checked, the recipients are frozen, also through the group
        self._checked(doc)
        with self.assertRaises(UserError):
            env_doc.write({"recipient_group_id": group.id, "subject": "Khác"})

    def test_undeliverable_recipient_is_refused_before_issue(self):
        doc = self._signed(
            self._outgoing(recipient_company_ids=[(6, 0, (self.school_b | self.school_c).ids)])
        )
        as_clerk = self._as(doc, self.a["clerk"])
        self.env.invalidate_all()
        with self.assertRaises(UserError) as caught:
            as_clerk.action_issue()
        self.assertIn("Trường C (vb)", str(caught.exception))
        self.assertNotIn("Trường B (vb)", str(caught.exception))
        self.assertEqual((doc.state, doc.number), ("signed", 0))
        self.assertFalse(self._incoming_of(doc, self.school_b))
        # an archived unit is refused too
        self.env["vn.document.register"].create(
            {"name": "Sổ đến (c)", "company_id": self.school_c.id, "direction": "incoming"}
        )
        self.school_c.active = False
        with self.assertRaises(UserError):
            as_clerk.action_issue()
        self.school_c.active = True
        as_clerk.action_issue()
        self.assertEqual(doc.state, "issued")
        self.assertEqual(doc.tracking_ids.recipient_company_id, self.school_b | self.school_c)

    def test_secret_document_needs_a_secret_register(self):
        doc = self._signed(
            self._outgoing(
                register_id=self.a["registers"]["out_secret"].id,
                secrecy="secret",
                recipient_company_ids=[(6, 0, self.school_b.ids)],
            )
        )
        with self.assertRaises(UserError) as caught:
            self._as(doc, self.a["clerk"]).action_issue()
        self.assertIn("secret", str(caught.exception))
        self.assertEqual(doc.state, "signed")

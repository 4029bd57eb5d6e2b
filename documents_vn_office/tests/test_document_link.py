from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import mute_logger

from .test_case_file import CaseFileCommon


class TestDocumentLink(CaseFileCommon):
    def _link(self, source, target, kind="related", user=None):
        return (
            self.env["vn.document.link"]
            .with_user(user or self.clerk)
            .create(
                {
                    "source_ref": f"{source._name},{source.id}",
                    "target_ref": f"{target._name},{target.id}",
                    "kind": kind,
                }
            )
        )

    def test_links_shown_both_ways(self):
        # The outgoing answer replies to the incoming document.
        link = self._link(self.outgoing, self.doc_normal, "reply_to")
        self.assertEqual(link.company_id, self.thcs)
        outgoing = self.outgoing.with_user(self.teacher)
        incoming = self.doc_normal.with_user(self.teacher)
        self.assertEqual(outgoing.vn_link_out_ids, link)
        self.assertEqual(incoming.vn_link_in_ids, link)
        self.assertEqual(incoming.vn_link_count, 1)
        # Seen from the incoming document, the relation reads "Replied by".
        labels = dict(link._fields["inverse_kind"]._description_selection(self.env))
        self.assertEqual(labels[link.inverse_kind], "Replied by")
        self.assertEqual(link.with_user(self.teacher).source_ref, self.outgoing)
        # A replacement, from the replacing internal document.
        internal = (
            self.env["vn.internal.document"]
            .with_company(self.thcs)
            .create({"company_id": self.thcs.id, "subject": "Thông báo lịch Hội khỏe (sửa)"})
        )
        replaces = self._link(internal, self.outgoing, "replaces")
        self.assertEqual(self.outgoing.vn_link_in_ids, replaces)
        self.assertEqual(dict(labels)[replaces.inverse_kind], "Replaced by")

    def test_secret_end_hides_the_link(self):
        link = self._link(self.doc_normal, self.doc_secret, "related")
        Link = self.env["vn.document.link"]
        # The keeper sees it from both documents.
        self.assertIn(link, Link.with_user(self.clerk).search([]))
        self.assertEqual(self.doc_normal.with_user(self.clerk).vn_link_out_ids, link)
        # The handler who may not read the secret document sees nothing of it.
        self.env.invalidate_all()
        self.assertNotIn(link, Link.with_user(self.teacher).search([]))
        self.assertFalse(self.doc_normal.with_user(self.teacher).vn_link_out_ids)
        self.assertEqual(self.doc_normal.with_user(self.teacher).vn_link_count, 0)
        with self.assertRaises(UserError):
            link.with_user(self.teacher).read(["target_ref"])
        # Nor can he create a link to it.
        with self.assertRaises(AccessError):
            self._link(self.doc_normal, self.doc_secret, "reply_to", user=self.teacher)

    def test_links_across_units(self):
        link = self._link(self.outgoing, self.doc_normal)
        self.assertNotIn(link, self.env["vn.document.link"].with_user(self.thpt_clerk).search([]))

    def test_bad_input(self):
        with self.assertRaises(ValidationError):
            self._link(self.doc_normal, self.doc_normal)
        self._link(self.outgoing, self.doc_normal, "reply_to")
        with mute_logger("odoo.sql_db"), self.assertRaises(Exception):  # noqa: B017
            self._link(self.outgoing, self.doc_normal, "reply_to")
        with self.assertRaises(UserError):
            self.env["vn.document.link"].with_user(self.clerk).create(
                {
                    "source_model": "res.partner",
                    "source_id": self.clerk.partner_id.id,
                    "target_ref": f"{self.doc_normal._name},{self.doc_normal.id}",
                }
            )

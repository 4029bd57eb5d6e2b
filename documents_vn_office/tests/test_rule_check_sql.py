from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.documents_vn_office.tests.common import VnUnitsCase


@tagged("post_install", "-at_install")
class TestRuleCheckSql(VnUnitsCase):
    """Issue 16: the record rules of documents already in the cache (the list's
    ``read`` after ``search_fetch``, a form's ``web_read``) are checked by one SQL query
    instead of Odoo's record-by-record Python evaluation; the answer must be the same."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plain = cls._vn_incoming()
        cls.kept_secret = cls._vn_incoming(secret=True)
        # a secret register of school A that the clerk does not keep
        cls.other_secret_reg = cls.env["vn.document.register"].create(
            {
                "name": "in_secret_2 THCSA",
                "company_id": cls.school_a.id,
                "direction": "incoming",
                "is_secret": True,
                "keeper_ids": [(6, 0, cls.a_leader.ids)],
            }
        )
        cls.other_secret = cls._vn_incoming(
            secret=True, user=cls.env.user, register_id=cls.other_secret_reg.id
        )
        cls.assigned_secret = cls._vn_incoming(
            secret=True, user=cls.env.user, register_id=cls.other_secret_reg.id
        )
        cls.env["vn.incoming.assignment"].create(
            {"incoming_id": cls.assigned_secret.id, "role": "lead", "user_id": cls.a_teacher.id}
        )
        cls.other_unit = cls._vn_incoming(school=cls.school_b)
        cls.docs = (
            cls.plain + cls.kept_secret + cls.other_secret + cls.assigned_secret + cls.other_unit
        )

    def _env(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def _python_forbidden(self, user):
        """What Odoo's own check (the rules evaluated in Python) forbids ``user``."""
        docs = self.docs.with_env(self._env(user))
        domain = self.env["ir.rule"].with_user(user)._compute_domain(docs._name, "read")
        return docs - docs.sudo().filtered_domain(domain)

    def test_same_answer_as_python_for_every_role(self):
        expected = {
            self.a_clerk: self.other_secret + self.assigned_secret + self.other_unit,
            self.a_teacher: self.kept_secret + self.other_secret + self.other_unit,
            self.a_leader: self.other_unit,
            self.b_clerk: self.docs - self.other_unit,
        }
        for user, forbidden in expected.items():
            docs = self.docs.with_env(self._env(user))
            self.assertEqual(docs._filtered_access("read"), docs - forbidden, user.login)
            self.assertEqual(self._python_forbidden(user).ids, forbidden.ids, user.login)
            self.assertEqual((docs - docs._filtered_access("read")).ids, forbidden.ids, user.login)

    def test_forbidden_cached_document_is_refused(self):
        """A document in the cache (prefetched with allowed ones) is still refused."""
        env = self._env(self.a_clerk)
        docs = env["vn.incoming.document"].browse((self.plain + self.other_secret).ids)
        self.env.invalidate_all()
        docs.sudo().fetch(["subject", "secrecy"])
        with self.assertRaises(AccessError):
            docs.read(["subject"])
        with self.assertRaises(AccessError):
            docs.web_read({"subject": {}})
        self.assertTrue(docs[0].has_access("read"))
        self.assertFalse(docs[1].has_access("read"))

    def test_list_as_clerk_shows_what_the_rules_allow(self):
        env = self._env(self.a_clerk)
        result = env["vn.incoming.document"].web_search_read(
            [("id", "in", self.docs.ids)], {"subject": {}}, limit=80
        )
        self.assertEqual(
            sorted(r["id"] for r in result["records"]),
            sorted((self.plain + self.kept_secret).ids),
        )
        # the teacher once assigned reads the secret document, form included
        teacher = self._env(self.a_teacher)["vn.incoming.document"]
        self.assertEqual(
            teacher.browse(self.assigned_secret.id).web_read({"subject": {}})[0]["id"],
            self.assigned_secret.id,
        )

    def test_one_query_whatever_the_page_size(self):
        """The check of a page of cached documents is one query, not one per rule leaf
        and record (the cost of the clerk's list at province size)."""
        env = self._env(self.a_clerk)
        many = self.env["vn.incoming.document"]
        for k in range(30):
            many |= self._vn_incoming(subject=f"Văn bản {k}")
        docs = env["vn.incoming.document"].browse(many.ids)
        docs[:1].check_access("read")  # the rules and access rights in their caches
        for page in (docs[:3], docs):
            self.env.invalidate_all()
            page.sudo().fetch(["subject"])
            before = self.env.cr.sql_log_count
            page.check_access("read")
            self.assertEqual(self.env.cr.sql_log_count - before, 1, len(page))

    def test_deleted_document_is_not_an_access_error(self):
        doc = self._vn_incoming(subject="Văn bản sẽ xóa")
        env = self._env(self.a_clerk)
        mine = env["vn.incoming.document"].browse(doc.id)
        doc.sudo().unlink()
        mine.check_access("read")  # nothing to refuse: Odoo reports the missing record later

    def _list_queries(self, env, ids):
        """Queries of one list page (``web_search_read``) of the documents ``ids``."""
        model = env["vn.incoming.document"]
        spec = {"subject": {}, "state": {}, "register_id": {"fields": {"display_name": {}}}}
        model.web_search_read([("id", "in", ids)], spec, limit=80)  # caches warm
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        result = model.web_search_read([("id", "in", ids)], spec, limit=80)
        return self.env.cr.sql_log_count - before, result

    def test_list_page_checks_the_rules_once(self):
        """A clerk's list page costs the queries of the same page read without rules:
        the rules are applied by the search, not checked again on the rows it found."""
        many = self.env["vn.incoming.document"]
        for k in range(30):
            many |= self._vn_incoming(subject=f"Văn bản danh sách {k}")
        # no secret document the clerk may read: its reads are logged (one more query)
        ids = (many + self.plain + self.other_secret + self.other_unit).ids
        clerk, result = self._list_queries(self._env(self.a_clerk), ids)
        self.assertEqual(len(result["records"]), 31)  # the 30 and the plain one
        system, result = self._list_queries(
            self.env(context={"allowed_company_ids": self.a_clerk.company_ids.ids}), ids
        )
        self.assertEqual(len(result["records"]), len(ids))
        self.assertLessEqual(clerk, system, "the clerk's page re-checks what its search applied")

    def test_rows_not_listed_are_still_checked(self):
        """The rows a list returned skip the second check, in that call only: a forbidden
        document read right after, in the same transaction and environment, is refused."""
        env = self._env(self.a_clerk)
        model = env["vn.incoming.document"]
        model.web_search_read([("id", "in", self.docs.ids)], {"subject": {}}, limit=80)
        other = model.with_context(vn_access_channel="list").browse(self.other_secret.id)
        self.env.invalidate_all()
        other.sudo().fetch(["subject", "secrecy"])
        with self.assertRaises(AccessError):
            other.read(["subject"])
        with self.assertRaises(AccessError):
            model.browse(self.other_unit.id).web_read({"subject": {}})
        self.assertFalse(self.env.cr.cache.get("vn_listed_under_rules"))

from odoo.tests import tagged

from .common import PersonnelCase


@tagged("post_install", "-at_install")
class TestListIndexes(PersonnelCase):
    """Issue 16: at province size (150,000 staff) a page of the personnel list, and the
    search by name, must not read the whole table. The queries are the ones the web
    client's list makes as the HR office of a managing body (its units' rule included).
    The test database is small, so the plan is asked with the other ways switched off
    (``off`` only makes them very expensive: a missing or unusable index shows as the
    sequential scan or sort PostgreSQL falls back to)."""

    def _plan(self, query, off):
        cr = self.env.cr
        for setting in off:
            cr.execute(f"SET LOCAL {setting} = off")
        try:
            cr.execute(*query)
            return "\n".join(row[0] for row in cr.fetchall())
        finally:
            for setting in off:
                cr.execute(f"SET LOCAL {setting} = on")

    def _list_query(self, domain, user=None):
        Employee = self.env["hr.employee"]
        if user:
            Employee = Employee.with_user(user).with_context(
                allowed_company_ids=user.company_ids.ids
            )
        query = Employee._search(domain, limit=80, order=Employee._order)
        sql = query.select()
        return (f"EXPLAIN {sql.code}", sql.params)

    def test_list_page_in_name_order_reads_the_name_index(self):
        """The list's first page in its order (by name) walks the name index and stops
        after 80 rows, instead of sorting every row the HR office may read."""
        off = ("enable_seqscan", "enable_bitmapscan", "enable_sort")
        for domain in ([], [("vn_completeness", "<", 100)]):
            plan = self._plan(self._list_query(domain, self.hr_a), off)
            self.assertIn("Index Scan using hr_employee__name_index", plan, domain)
            self.assertNotIn("Sort", plan, domain)

    def test_name_search_uses_the_trigram_index(self):
        if not self.env.registry.has_trigram:
            self.skipTest("pg_trgm is not installed in this database")
        # only bitmap scans left: a trigram index is the one that can answer "ilike %x%"
        off = ("enable_seqscan", "enable_indexscan", "enable_indexonlyscan")
        plan = self._plan(self._list_query([("name", "ilike", "Test teacher")]), off)
        self.assertIn("Bitmap Index Scan on hr_employee__name_trigram_index", plan)
        self.assertNotIn("Seq Scan", plan)
        # and the search still finds the people (the index changes the plan, not the answer)
        found = self.env["hr.employee"].search([("name", "ilike", "teacher a1")])
        self.assertEqual(found, self.emp["teacher_a1"])

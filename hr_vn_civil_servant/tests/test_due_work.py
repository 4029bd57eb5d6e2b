"""The HR office's due-work board (Việc đến hạn): counts per source with each user's own
rights over every unit he may see, the filtered list, and bad sources refused."""

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import PersonnelCase, RefusalAssertions


class TestDueWork(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Source = cls.env["vn.due.work.source"]
        cls.probation = cls.env.ref("hr_vn_civil_servant.vn_due_work_source_probation")
        today = vn_today(cls.env["res.company"])
        start = today - relativedelta(months=1) + relativedelta(days=10)
        for key in ("teacher_a1", "teacher_a2", "teacher_b1"):
            cls.emp[key].write(
                {
                    "vn_probation_state": "ongoing",
                    "vn_probation_start": start,
                    "vn_probation_months": 1,
                }
            )
        # on probation, but ending far later: not due
        cls.emp["teacher2_a1"].write(
            {
                "vn_probation_state": "ongoing",
                "vn_probation_start": today,
                "vn_probation_months": 12,
            }
        )

    def _count(self, user, source=None, **context):
        source = (source or self.probation).with_user(user).with_context(**context)
        source.invalidate_recordset(["count"])
        return source.count

    def test_shipped_sources_load_and_count(self):
        names = self.Source.search([]).mapped("model")
        for model in ("hr.employee", "vn.appointment", "hr.contract"):
            self.assertIn(model, names)
        for source in self.Source.with_user(self.hr_a).search([]):
            self.assertGreaterEqual(source.count, 0)

    def test_counts_follow_the_user_rights(self):
        self.assertEqual(self._count(self.hr_a), 2)
        self.assertEqual(self._count(self.hr_b), 1)
        self.assertEqual(self._count(self.officer_a1), 1)
        self.assertEqual(self._count(self.officer_b1), 1)

    def test_count_ignores_the_company_switcher(self):
        """All his allowed units, whatever is ticked."""
        self.assertEqual(self._count(self.hr_a, allowed_company_ids=[self.school_a1.id]), 2)

    def test_count_equals_the_opened_list(self):
        action = self.probation.with_user(self.hr_a).action_open()
        self.assertEqual(action["res_model"], "hr.employee")
        Employee = (
            self.env["hr.employee"]
            .with_user(self.hr_a)
            .with_context(allowed_company_ids=self.hr_a.company_ids.ids)
        )
        found = Employee.search(action["domain"])
        self.assertEqual(found, self.emp["teacher_a1"] | self.emp["teacher_a2"])
        self.assertEqual(len(found), self._count(self.hr_a))

    def test_teacher_cannot_read_the_board(self):
        with self.assertRaises(AccessError):
            self.probation.with_user(self.teacher_a1).read(["count"])
        with self.assertRaises(AccessError):
            self.probation.with_user(self.teacher_a1).action_open()

    def test_only_admin_edits_sources(self):
        with self.assertRaises(AccessError):
            self.probation.with_user(self.hr_a).write({"domain": "[]"})
        with self.assertRaises(AccessError):
            self.Source.with_user(self.hr_a).create(
                {"name": "x", "model": "hr.employee", "domain": "[]"}
            )

    def test_bad_sources_refused(self):
        for vals, message in (
            ({"model": "no.such.model"}, "Unknown model"),
            ({"domain": "[('name', '=',"}, "is not valid"),
            ({"domain": "__import__('os').getcwd()"}, "is not valid"),
            ({"domain": "[('no_such_field', '=', 1)]"}, "is not valid"),
            ({"domain": "42"}, "is not valid"),
        ):
            self.assertCreateRefused(
                self.Source,
                dict({"name": "Bad", "model": "hr.employee", "domain": "[]"}, **vals),
                message,
            )
            self.assertWriteRefused(self.probation, vals, message)

    def test_new_source_is_data_only(self):
        source = self.Source.create(
            {
                "name": "Test source",
                "model": "hr.employee",
                "domain": "[('vn_probation_state', '=', 'ongoing')]",
            }
        )
        self.assertEqual(self._count(self.hr_a, source), 3)
        self.assertEqual(self._count(self.hr_b, source), 1)

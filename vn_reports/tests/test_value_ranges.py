"""Report dates out of range are refused with a message when the print wizard is
filled in, instead of a report over absurd periods."""

from datetime import date

from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import RefusalAssertions


class TestReportDates(RefusalAssertions, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the messages checked are the English source strings
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.body = cls.env["res.company"].create({"name": "Phòng VH-XH xã In Thử"})
        cls.school = cls.env["res.company"].create(
            {"name": "Trường THCS In Thử", "parent_id": cls.body.id}
        )
        groups = [
            cls.env.ref(g).id
            for g in (
                "base.group_user",
                "hr_vn_civil_servant.group_hr_office",
                "documents_vn_office.group_clerk",
            )
        ]
        cls.user = (
            cls.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": "Cán bộ In Thử",
                    "login": "vrr.tccb",
                    "lang": "en_US",
                    "company_id": cls.body.id,
                    "company_ids": [(6, 0, (cls.body | cls.school).ids)],
                    "groups_id": [(6, 0, groups)],
                }
            )
        )
        cls.employee = cls.env["hr.employee"].create(
            {"name": "Người In Thử", "company_id": cls.school.id}
        )
        cls.register = cls.env["vn.document.register"].create(
            {"name": "Sổ đi (in thử)", "company_id": cls.school.id, "direction": "outgoing"}
        )

    def _refused(self, model, vals):
        Wizard = self.env[model].with_user(self.user).with_company(self.body)
        self.assertCreateRefused(Wizard, vals, "A report date must be between")

    def test_absurd_report_dates_are_refused(self):
        for model, vals in (
            (
                "vn.staff.statistics.wizard",
                {"company_id": self.body.id, "report_date": "1800-01-01"},
            ),
            (
                "vn.hr.list.wizard",
                {"company_id": self.body.id, "date_from": "2026-01-01", "date_to": "2999-12-31"},
            ),
            (
                "vn.profile.supplement.wizard",
                {
                    "employee_id": self.employee.id,
                    "date_from": "0100-01-01",
                    "date_to": "2026-01-01",
                },
            ),
            (
                "vn.register.print.wizard",
                {
                    "register_id": self.register.id,
                    "date_from": "1850-01-01",
                    "date_to": "2026-01-01",
                },
            ),
        ):
            with self.subTest(model=model):
                self._refused(model, vals)
        wizard = (
            self.env["vn.hr.list.wizard"]
            .with_user(self.user)
            .create(
                {
                    "company_id": self.body.id,
                    "date_from": date(2026, 1, 1),
                    "date_to": date(2060, 1, 1),
                }
            )
        )
        self.assertEqual(wizard.date_to, date(2060, 1, 1))  # a retirement list 34 years ahead

    def test_a_period_that_ends_before_it_starts_is_refused(self):
        """Every print wizard with a period refuses an end before the start, in one
        message, and creates nothing."""
        for model, vals in (
            ("vn.hr.list.wizard", {"company_id": self.body.id}),
            ("vn.profile.supplement.wizard", {"employee_id": self.employee.id}),
            ("vn.register.print.wizard", {"register_id": self.register.id}),
        ):
            with self.subTest(model=model):
                Wizard = self.env[model].with_user(self.user).with_company(self.body)
                self.assertCreateRefused(
                    Wizard,
                    dict(vals, date_from="2026-05-01", date_to="2026-04-30"),
                    "The start date must be before the end date",
                )

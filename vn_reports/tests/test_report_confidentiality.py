"""Printing personnel data of other people is an export, whatever the report and the
output (PDF, HTML, Excel through ir.actions.report, report_xlsx's own entry point or the
report model itself): the right, an authorisation covering the units, one log row.
Built on the test's own units and users (two managing bodies)."""

import io

import openpyxl

from odoo.exceptions import AccessError, UserError

from odoo.addons.hr_vn_civil_servant.tests.common import PersonnelCase

HR_LIST = "vn_reports.action_report_hr_list"
HR_LIST_XLSX = "vn_reports.action_report_hr_list_xlsx"
STATISTICS = "vn_reports.action_report_staff_statistics"
STATISTICS_XLSX = "vn_reports.action_report_staff_statistics_xlsx"
CV = "vn_reports.action_report_employee_2c"
SUPPLEMENT = "vn_reports.action_report_profile_supplement"


class TestReportConfidentiality(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salary_data = {
            "list_type": "salary",
            "company_id": cls.school_a1.id,
            "date_from": "2026-01-01",
            "date_to": "2026-12-31",
        }
        cls.env["hr.employee"].search(
            [("company_id", "in", (cls.body_a | cls.school_a1 | cls.school_a2).ids)]
        ).write({"vn_staff_category": "public_employee"})
        cls.statistics_data = {
            "company_id": cls.body_a.id,
            "form": "bm01_vc",
            "report_date": "2026-11-21",
        }

    def _report(self, user):
        return (
            self.env["ir.actions.report"].with_user(user).with_context(force_report_rendering=True)
        )

    def _authorize_hr_a(self, companies=None):
        auth = self._authorize(self.hr_a, companies or self.body_a, self.bodyhead_a)
        return {"vn_export_authorization_id": auth.id}, auth

    def test_salary_list_refused_to_officers_and_heads(self):
        for user in (self.officer_a1, self.head_a1, self.teacher_a1):
            Report = self._report(user)
            with self.assertRaises(AccessError, msg=user.login):
                Report._render_qweb_html(HR_LIST, self.school_a1.ids, data=self.salary_data)
            with self.assertRaises(AccessError, msg=user.login):
                Report._render(HR_LIST_XLSX, self.school_a1.ids, data=self.salary_data)
            with self.assertRaises(AccessError, msg=user.login):
                Report._render_xlsx(HR_LIST_XLSX, self.school_a1.ids, data=self.salary_data)
            # the report model itself (create_xlsx_report is a public method)
            with self.assertRaises(AccessError, msg=user.login):
                self.env["report.vn_reports.report_hr_list_xlsx"].with_context(
                    active_model="res.company"
                ).with_user(user).create_xlsx_report(self.school_a1.ids, self.salary_data)
            self.assertFalse(self.logs(user))

    def test_salary_list_of_the_hr_office_needs_an_authorisation_and_is_logged(self):
        Report = self._report(self.hr_a)
        with self.assertRaises(UserError):
            Report._render_qweb_html(HR_LIST, self.school_a1.ids, data=self.salary_data)
        # an authorisation of another body's head does not exist for it: scope check
        ctx, auth = self._authorize_hr_a(self.school_a2)
        with self.assertRaises(UserError):
            Report.with_context(**ctx)._render_qweb_html(
                HR_LIST, self.school_a1.ids, data=self.salary_data
            )
        ctx, auth = self._authorize_hr_a()
        Report = Report.with_context(**ctx)
        html, _kind = Report._render_qweb_html(HR_LIST, self.school_a1.ids, data=self.salary_data)
        self.assertIn(self.emp["teacher_a1"].name, html.decode())
        pdf, _kind = Report._render_qweb_pdf(HR_LIST, self.school_a1.ids, data=self.salary_data)
        self.assertTrue(pdf.startswith(b"%PDF"))
        content, kind = Report._render_xlsx(HR_LIST_XLSX, self.school_a1.ids, data=self.salary_data)
        self.assertEqual(kind, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        names = {cell.value for row in sheet.iter_rows() for cell in row}
        self.assertIn(self.emp["teacher_a1"].name, names)
        logs = self.logs(self.hr_a, "report")
        self.assertEqual(len(logs), 3, logs.mapped("method"))
        self.assertEqual(set(logs.mapped("method")), {"html", "pdf", "xlsx"})
        self.assertEqual(
            set(logs.mapped("report_name")),
            {"vn_reports.report_hr_list", "vn_reports.report_hr_list_xlsx"},
        )
        self.assertEqual(logs.authorization_id, auth)
        staff = self.env["hr.employee"].search([("company_id", "=", self.school_a1.id)])
        for log in logs:
            self.assertEqual(set(map(int, log.record_ids.split(","))), set(staff.ids))

    def test_staff_statistics(self):
        with self.assertRaises(AccessError):
            self._report(self.head_a1)._render_qweb_html(
                STATISTICS,
                self.school_a1.ids,
                data=dict(self.statistics_data, company_id=self.school_a1.id),
            )
        with self.assertRaises(AccessError):
            self._report(self.teacher_a1)._render(
                STATISTICS_XLSX, self.body_a.ids, data=self.statistics_data
            )
        ctx, auth = self._authorize_hr_a()
        self._report(self.hr_a).with_context(**ctx)._render(
            STATISTICS_XLSX, self.body_a.ids, data=self.statistics_data
        )
        log = self.logs(self.hr_a, "report")
        self.assertEqual(log.report_name, "vn_reports.staff_statistics_xlsx")
        self.assertEqual(log.authorization_id, auth)

    def test_cv_and_supplement_of_other_people(self):
        teacher = self.emp["teacher_a1"]
        # own CV: always, unlogged
        self._report(self.teacher_a1)._render_qweb_html(CV, teacher.ids)
        self.assertFalse(self.logs(self.teacher_a1))
        for user in (self.teacher2_a1, self.officer_a1, self.head_a1, self.officer_b1):
            with self.assertRaises(AccessError, msg=user.login):
                self._report(user)._render_qweb_html(CV, teacher.ids)
        ctx, auth = self._authorize_hr_a()
        self._report(self.hr_a).with_context(**ctx)._render_qweb_html(CV, teacher.ids)
        log = self.logs(self.hr_a, "report")
        self.assertEqual(
            (log.report_name, log.record_ids), ("vn_reports.report_employee_2c", str(teacher.id))
        )
        # the supplement slip printed from the wizard's data (no document ids)
        self.env["vn.profile.change.request"].create(
            {"employee_id": teacher.id, "state": "approved", "approval_date": "2026-03-01"}
        )
        with self.assertRaises(AccessError):
            self._report(self.head_a1)._render_qweb_html(
                SUPPLEMENT, [], data={"employee_id": teacher.id}
            )

"""The step-raise due list on screen (staff list, filter "Step Raise Due in 90 Days") and
printed (HR office lists, "Danh sách ... đến hạn nâng bậc lương thường xuyên", the same
90 days) list the same people with the same dates (issue 17, point 8). Before, the screen
filter also took the over-ceiling allowances, the overdue raises and the staff no longer
working, and the print did not. Built on the test's own units and users (two managing
bodies); the HR office of body A works as herself."""

from dateutil.relativedelta import relativedelta
from lxml import etree

from odoo.tools.safe_eval import safe_eval

from odoo.addons.hr_vn_civil_servant.tests.common import PersonnelCase
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

HR_LIST = "vn_reports.action_report_hr_list"


class TestRaiseListsAgree(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = vn_today(cls.env["res.users"])
        cls.grade = cls.env.ref("hr_vn_civil_servant.grade_v07_04_32")  # A1: 9 steps, 36 months
        due = cls.today - relativedelta(months=36)

        def line(key, step, day):
            cls.env["vn.salary.history"].create(
                {
                    "employee_id": cls.emp[key].id,
                    "grade_id": cls.grade.id,
                    "step": step,
                    "date": day,
                    "decision_number": f"{step}/QĐ-TEST",
                }
            )

        line("teacher_a1", 2, due + relativedelta(days=10))  # due in 10 days: listed
        line("teacher2_a2", 3, due + relativedelta(days=80))  # due in 80 days: listed
        line("officer_a1", 9, due + relativedelta(days=20))  # last step: over-ceiling only
        line("teacher2_a1", 2, due - relativedelta(days=30))  # overdue by 30 days
        line("head_a1", 4, due + relativedelta(days=200))  # after the 90 days
        line("officer_a2", 2, due + relativedelta(days=15))  # due, but retired
        line("teacher_b1", 2, due + relativedelta(days=5))  # due, another managing body
        cls.emp["officer_a2"].vn_work_state = "retired"

    def _screen(self, filter_name):
        """The staff list with one of its filters, as the HR office of body A sees it in
        every unit she works in: (name, "Next Pay Raise" column) pairs."""
        user = self.hr_a
        Employee = (
            self.env["hr.employee"]
            .with_user(user)
            .with_context(allowed_company_ids=user.company_ids.ids)
        )
        arch = Employee.get_views([(False, "search")])["views"]["search"]["arch"]
        node = etree.fromstring(arch).xpath(f"//filter[@name='{filter_name}']")
        self.assertTrue(node, f"the staff list has the filter {filter_name}")
        domain = safe_eval(
            node[0].get("domain"),
            {"context_today": lambda: self.today, "relativedelta": relativedelta},
        )
        staff = Employee.search(domain)
        return {(e.name, e.vn_next_raise_date) for e in staff}

    def _printed(self, date_from, date_to):
        """The printed list of body A for the period: (name, "Ngày nâng bậc") pairs, and
        the PDF's text."""
        auth = self._authorize(self.hr_a, self.body_a, self.bodyhead_a)
        data = {
            "list_type": "step_raise",
            "company_id": self.body_a.id,
            "date_from": str(date_from),
            "date_to": str(date_to),
        }
        Report = self.env["report.vn_reports.report_hr_list"].with_user(self.hr_a)
        Report = Report.with_context(vn_export_authorization_id=auth.id)
        rows = Report._vn_list(data)["rows"]
        Actions = (
            self.env["ir.actions.report"]
            .with_user(self.hr_a)
            .with_context(force_report_rendering=True, vn_export_authorization_id=auth.id)
        )
        html, _kind = Actions._render_qweb_html(HR_LIST, self.body_a.ids, data=data)
        return {(row[1], row[10]) for row in rows}, html.decode()

    def test_screen_and_print_list_the_same_people_with_the_same_dates(self):
        screen = self._screen("vn_raise_due")
        printed, html = self._printed(self.today, self.today + relativedelta(days=90))
        names = {name for name, _day in screen}
        self.assertEqual(names, {self.emp["teacher_a1"].name, self.emp["teacher2_a2"].name}, screen)
        self.assertEqual(
            {(name, day.strftime("%d/%m/%Y")) for name, day in screen},
            printed,
            "the screen and the printed list differ",
        )
        for name, day in printed:
            self.assertIn(name, html)
            self.assertIn(day, html)
        for key in ("officer_a1", "teacher2_a1", "head_a1", "officer_a2", "teacher_b1"):
            self.assertNotIn(self.emp[key].name, html, key)

    def test_overdue_raises_have_their_own_filter_and_print_with_an_earlier_start(self):
        """A raise whose date has passed without a new salary line is not lost: the
        filter "Step Raise Overdue" shows it, and the print of a period that starts
        before its date lists it with the same date."""
        overdue = self._screen("vn_raise_overdue")
        self.assertEqual({name for name, _day in overdue}, {self.emp["teacher2_a1"].name})
        ((name, day),) = overdue
        printed, _html = self._printed(day, self.today)
        self.assertEqual(printed, {(name, day.strftime("%d/%m/%Y"))})

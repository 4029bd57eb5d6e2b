"""Step-raise batch: the decisions and the list print as PDF and Excel, the approved
raises leave the step-raise due list, printing is an export (refused without right)."""

from odoo.exceptions import AccessError

from .common import VnReportCase

DECISION = "vn_reports.action_report_salary_raise_decision"
LIST = "vn_reports.action_report_salary_raise_list"
XLSX = "vn_reports.action_report_salary_raise_list_xlsx"


class TestReportSalaryRaise(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.approved = cls.env.ref("hr_vn_civil_servant.raise_batch_thcs_approved")
        cls.draft = cls.env.ref("hr_vn_civil_servant.raise_batch_thcs_draft")

    def test_decision_pdf(self):
        self.assertEqual(self.approved.state, "approved")
        line = self.approved.line_ids
        text = self.render_text(DECISION, self.approved.ids, user=self.user_xa_vhxh, layout=False)
        self.assertTextContains(
            text,
            [
                "QUYẾT ĐỊNH",
                "Về việc nâng bậc lương thường xuyên",
                "Thông tư số 08/2013/TT-BNV",
                line.employee_id.name,
                f"Số: {line.decision_number}",
                f"lên bậc {line.new_step}",
                line.effective_date.strftime("%d/%m/%Y"),
            ],
        )
        self.assertNotIn("DỰ THẢO", text)
        self.assertNoFalse(text)

    def test_list_pdf_and_excel(self):
        text = self.render_text(LIST, self.draft.ids, user=self.user_xa_vhxh, layout=False)
        self.assertTextContains(
            text,
            ["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐƯỢC NÂNG BẬC LƯƠNG", "DỰ THẢO"]
            + self.draft.line_ids.employee_id.mapped("name"),
        )
        book = self.render_xlsx(XLSX, self.draft.ids, user=self.user_xa_vhxh)
        cells = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value]
        for name in self.draft.line_ids.employee_id.mapped("name"):
            self.assertIn(name, cells)

    def test_approved_raises_leave_the_due_list(self):
        line = self.approved.line_ids
        report = self.env["report.vn_reports.report_hr_list"].with_user(self.user_xa_vhxh)
        _cols, _rows, _tot, staff = report._vn_step_raise(
            self.thcs, self.approved.period_start, self.approved.period_end
        )
        self.assertNotIn(line.employee_id, staff)
        _cols, _rows, _tot, staff = report._vn_step_raise(
            self.thcs, self.draft.period_start, self.draft.period_end
        )
        self.assertTrue(self.draft.line_ids.employee_id <= staff)

    def test_teacher_cannot_print(self):
        with self.assertRaises(AccessError):
            self.render_pdf(DECISION, self.approved.ids, user=self.user_thcs_gv)

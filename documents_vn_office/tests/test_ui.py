from odoo.tests import Form

from .common import VnDocumentsCase


class TestForms(VnDocumentsCase):
    """The forms as the users see them: a clerk receives and registers, a teacher drafts."""

    def test_clerk_receives_through_the_form(self):
        env = self.env(user=self.clerk, context={"allowed_company_ids": self.thcs.ids})
        with Form(env["vn.incoming.document"]) as form:
            form.subject = "Về việc kiểm tra công tác phổ cập giáo dục"
            form.register_id = self.reg_in
            form.issuer_id = self.issuer
            form.original_number = "77/SGDĐT-GDTrH"
            self.assertEqual(form.author_name, self.issuer.name)
        doc = form.record
        doc.action_register()
        self.assertEqual(doc.arrival_number_display, "01")
        doc.web_read({"subject": {}, "state": {}, "assignment_ids": {"fields": {"role": {}}}})

    def test_teacher_drafts_through_the_form(self):
        env = self.env(user=self.teacher, context={"allowed_company_ids": self.thcs.ids})
        with Form(env["vn.outgoing.document"]) as form:
            form.subject = "Đề nghị cử giáo viên dự thi giáo viên dạy giỏi"
            form.type_id = self.type_cv
            form.drafting_department_id = self.dept_vp
        doc = form.record
        self.assertEqual((doc.state, doc.drafter_id), ("draft", self.teacher))
        self.assertIn("VP", doc.archive_text)
        with Form(env["vn.internal.document"]) as form:
            form.subject = "Đề nghị mua văn phòng phẩm"
        self.assertEqual(form.record.state, "draft")

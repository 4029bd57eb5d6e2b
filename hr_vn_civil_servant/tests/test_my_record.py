"""Hồ sơ của tôi (issue 17.3): every employee reads his own 2C record, its completeness
and what is missing, declares a change and prints his CV from there, with his own
rights, and never another person's record."""

from odoo.exceptions import AccessError

from .common import PersonnelCase


class TestMyRecord(PersonnelCase):
    def _open(self, user):
        action = self.env["vn.my.record"].with_user(user).action_open()
        return self.env["vn.my.record"].with_user(user).browse(action["res_id"])

    def test_teacher_reads_his_own_record_and_what_is_missing(self):
        teacher, employee = self.teacher_a1, self.emp["teacher_a1"]
        with self.assertRaises(AccessError):
            employee.with_user(teacher).read(["vn_religion_id"])
        employee.vn_religion_id = False
        record = self._open(teacher)
        self.assertEqual(record.name, employee.name)
        self.assertEqual(record.completeness, employee.vn_completeness)
        self.assertIn("Item 7: Religion", record.missing_text)
        self.assertEqual(record.missing_count, len(record.missing_text.splitlines()))
        self.assertIn(employee.identification_id, record.record_html)
        self.assertIn("Training", record.histories_html)
        values = record.web_read({"name": {}, "missing_text": {}, "record_html": {}})[0]
        self.assertEqual(values["name"], employee.name)

    def test_record_is_always_his_own(self):
        """Another record cannot be asked for: nothing of it is given by the client."""
        record = self._open(self.teacher_a1)
        other = self.emp["teacher2_a1"]
        record.write({})  # nothing to write
        record.invalidate_recordset()
        self.assertEqual(record.name, self.emp["teacher_a1"].name)
        self.assertNotIn(other.identification_id, record.record_html)
        # the form opened by another user shows the reader's own record, not his
        theirs = self._open(self.teacher2_a1)
        read = theirs.with_user(self.teacher_a1).read(["name", "record_html"])[0]
        self.assertEqual(read["name"], self.emp["teacher_a1"].name)
        self.assertNotIn(other.identification_id, read["record_html"])

    def test_declare_a_change_and_print_the_cv(self):
        teacher, employee = self.teacher_a1, self.emp["teacher_a1"]
        record = self._open(teacher)
        action = record.action_declare_change()
        self.assertEqual(action["res_model"], "vn.profile.change.request")
        Request = self.env["vn.profile.change.request"].with_user(teacher)
        request = Request.with_context(**action["context"]).create(
            {
                "line_ids": [
                    (0, 0, {"field_name": "private_phone", "new_value_char": "0912 000 111"})
                ]
            }
        )
        self.assertEqual(request.employee_id, employee)
        report_action = record.action_print_cv()
        self.assertEqual(report_action["type"], "ir.actions.report")
        if "vn_reports" not in self.env.registry._init_modules:
            return
        report = self.env["ir.actions.report"].with_user(teacher)
        html = report._render_qweb_html(report_action["report_name"], employee.ids)[0]
        self.assertIn(employee.name, html.decode())
        with self.assertRaises(AccessError):
            report._render_qweb_html(report_action["report_name"], self.emp["teacher2_a1"].ids)

    def test_user_without_record(self):
        record = self._open(self.users["hr_a"].copy({"login": "t.norecord"}))
        self.assertEqual(record.missing_count, 0)
        self.assertIn("no personnel record", record.missing_text)

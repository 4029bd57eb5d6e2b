from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from .common import VnDocumentsCase


class TestIncomingWorkflow(VnDocumentsCase):
    def _direct(self, doc, deadline="2026-03-10", support=True):
        doc.with_user(self.clerk).action_submit()
        action = doc.with_user(self.leader).action_direct()
        wizard_env = self.env(user=self.leader, context=action["context"])
        with Form(wizard_env["vn.incoming.direct.wizard"]) as wizard:
            wizard.instruction = "Tổ KHTN chủ trì, văn phòng phối hợp"
            wizard.lead_user_id = self.teacher
            wizard.lead_deadline = deadline
            if support:
                with wizard.line_ids.new() as line:
                    line.user_id = self.clerk
                    line.deadline = deadline
        wizard.record.action_confirm()
        return doc

    def test_full_flow(self):
        doc = self._incoming()
        doc.action_register()
        self._direct(doc)
        self.assertEqual(doc.state, "directed")
        self.assertEqual(len(doc.assignment_ids), 2)
        self.assertEqual(doc.lead_user_id, self.teacher)
        self.assertIn(self.teacher.name, doc.recipient_text)
        self.assertEqual(doc.transfer_date, fields.Date.context_today(doc))
        self.assertEqual(str(doc.deadline), "2026-03-10")
        # the teacher sees the document in "To Handle" and proposes
        handle = (
            self.env["vn.incoming.document"]
            .with_user(self.teacher)
            .search(
                [
                    ("assignment_ids.user_id", "=", self.teacher.id),
                    ("state", "in", ("directed", "in_progress")),
                ]
            )
        )
        self.assertIn(doc, handle)
        lead = doc.assignment_ids.filtered(lambda a: a.role == "lead")
        lead.with_user(self.teacher).action_propose("Đề xuất cử 3 giáo viên bồi dưỡng")
        self.assertEqual(doc.state, "in_progress")
        self.assertTrue(lead.proposal_date)
        # the supporting clerk closes his part, the lead closes the document (kanban "Done")
        doc.with_user(self.clerk).action_my_done()
        self.assertEqual(doc.state, "in_progress")
        doc.with_user(self.teacher).action_my_done()
        self.assertEqual(doc.state, "done")
        self.assertIn("2/2", doc.progress)
        doc.with_user(self.clerk).action_file()
        self.assertEqual(doc.state, "filed")

    def test_register_twice_is_refused(self):
        doc = self._incoming()
        doc.action_register()
        with self.assertRaises(UserError):
            doc.action_register()
        self.assertEqual(doc.arrival_number, 1)

    def test_teacher_cannot_register(self):
        doc = self._incoming()
        with self.assertRaises(AccessError):
            doc.with_user(self.teacher).action_register()

    def test_deadline_before_arrival_is_refused(self):
        doc = self._incoming()
        doc.action_register()
        with self.assertRaises(ValidationError):
            self._direct(doc, deadline="2026-03-01")
        self.assertFalse(doc.assignment_ids)

    def test_urgent_document_notifies_leader_at_once(self):
        doc = self._incoming(urgency="flash", arrival_time=7.5)
        doc.action_register()
        doc.action_submit()
        self.assertEqual(doc.leader_id, self.leader)
        activity = doc.activity_ids.filtered(lambda a: a.user_id == self.leader)
        self.assertTrue(activity)
        message = doc.message_ids.filtered(lambda m: self.leader.partner_id in m.partner_ids)
        self.assertTrue(message)

    def test_flash_needs_arrival_time(self):
        with self.assertRaises(ValidationError):
            self._incoming(urgency="very_urgent")

    def test_duplicate_warning_does_not_block(self):
        first = self._incoming()
        first.action_register()
        second = self._incoming()
        self.assertTrue(second.duplicate_warning)
        second.action_register()
        self.assertEqual(second.arrival_number, 2)
        other = self._incoming(original_number="16/SGDĐT-GDTrH")
        self.assertFalse(other.duplicate_warning)

    def test_overdue_filter_and_cron(self):
        doc = self._incoming(arrival_date=fields.Date.today() - timedelta(days=20))
        doc.action_register()
        self._direct(doc, deadline=fields.Date.today() - timedelta(days=2), support=False)
        overdue = self.env["vn.incoming.document"].search([("is_overdue", "=", True)])
        self.assertIn(doc, overdue)
        Incoming = self.env["vn.incoming.document"]

        def teacher_activities():
            return doc.activity_ids.filtered(lambda a: a.user_id == self.teacher)

        before = teacher_activities()
        Incoming._cron_overdue_activities()
        Incoming._cron_overdue_activities()
        # one reminder for the handler, not one per run
        overdue = teacher_activities() - before
        self.assertEqual(len(overdue), 1)
        self.assertIn(str(doc.assignment_ids.deadline.day), overdue.note)

    def test_unit_leader_reassigns_to_a_person(self):
        self.dept_khtn.manager_id = self.env.ref("hr_vn_civil_servant.employee_thcs_hieutruong")
        doc = self._incoming()
        doc.action_register()
        doc.with_user(self.leader)._vn_direct(
            "Giao tổ KHTN",
            [{"role": "lead", "department_id": self.dept_khtn.id, "deadline": "2026-03-20"}],
        )
        unit = doc.assignment_ids
        with self.assertRaises(ValidationError):
            unit.with_user(self.leader).action_reassign(self.teacher, "2026-03-25")
        child = unit.with_user(self.leader).action_reassign(self.teacher, "2026-03-15")
        self.assertEqual(child.parent_id, unit)
        self.assertEqual(child.user_id, self.teacher)
        child.with_user(self.teacher).action_done()
        self.assertEqual(child.state, "done")

    def test_attachment_validation(self):
        doc = self._incoming()
        self._attach(doc)
        self.assertEqual(doc.attachment_ids.res_id, doc.id)
        with self.assertRaises(ValidationError):
            self._attach(doc, name="photo.exe", content=b"MZ\x90\x00" * 50)
        self.env["ir.config_parameter"].set_param("documents_vn_office.max_attachment_mb", "0.001")
        with self.assertRaises(ValidationError) as err:
            self._attach(doc, size=5000)
        self.assertIn("0.001 MB", str(err.exception))

    def test_handler_writes_only_his_proposal(self):
        doc = self._incoming()
        doc.action_register()
        self._direct(doc)
        lead = doc.assignment_ids.filtered(lambda a: a.role == "lead")
        support = doc.assignment_ids - lead
        env = self.env(user=self.teacher, context={"allowed_company_ids": self.thcs.ids})
        with Form(env["vn.incoming.assignment"].browse(lead.id)) as form:
            form.opinion = "Đề xuất thành lập đội tuyển 10 học sinh"
        form.record.action_propose()
        self.assertEqual(lead.state, "in_progress")
        self.assertTrue(lead.proposal_date)
        with self.assertRaises(AccessError):
            lead.with_user(self.teacher).write({"deadline": "2026-12-31"})
        with self.assertRaises(AccessError):
            support.with_user(self.teacher).write({"opinion": "Không phải việc của tôi"})

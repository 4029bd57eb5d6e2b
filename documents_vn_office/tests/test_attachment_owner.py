"""Issue 9, point 4: files belong to their record. Nobody attaches a file of another
record (another school's secret scan, another user's upload) to his own draft or
teaching record, whatever the channel (create, write, message_post); files are
checked by their content on every channel (Files tab, chatter upload, plain create),
as the real roles of two schools under two managing bodies."""

import base64
from datetime import timedelta

from odoo import Command
from odoo.exceptions import AccessError, ValidationError

from .common import EXE, PDF, VnUnitsCase, docx_bytes

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class TestAttachmentOwner(VnUnitsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the secret document of school A and its scan, kept by school A's clerk
        cls.secret = cls._vn_incoming(secret=True)
        cls.scan = cls.env["ir.attachment"].create(
            {
                "name": "scan-mat.pdf",
                "datas": base64.b64encode(PDF),
                "res_model": cls.secret._name,
                "res_id": cls.secret.id,
            }
        )
        cls.secret.attachment_ids = [(4, cls.scan.id)]

    def _env(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def _draft(self, user, **vals):
        values = {"subject": "Dự thảo (test 9)", "company_id": user.company_id.id}
        values.update(vals)
        return self._env(user)["vn.outgoing.document"].create(values)

    def assertScanAtHome(self):
        self.scan.invalidate_recordset()
        self.assertEqual(
            (self.scan.res_model, self.scan.res_id), (self.secret._name, self.secret.id)
        )

    def test_another_schools_file_is_refused_and_stays(self):
        for user in (self.b_teacher, self.b_clerk, self.b_leader, self.a_teacher):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError) as err:
                    self._draft(user, attachment_ids=[(4, self.scan.id)])
                self.assertNotIn("scan-mat", str(err.exception))
                draft = self._draft(user)
                with self.assertRaises(AccessError):
                    draft.attachment_ids = [(6, 0, [self.scan.id])]
                with self.assertRaises(AccessError):
                    draft.write({"attachment_ids": [self.scan.id]})
                self.assertFalse(draft.attachment_ids)
                self.assertScanAtHome()
                with self.assertRaises(AccessError):
                    self.scan.with_user(user).read(["datas"])
        # internal documents and teaching records alike
        with self.assertRaises(AccessError):
            self._env(self.b_teacher)["vn.internal.document"].create(
                {"subject": "Tờ trình (test 9)", "attachment_ids": [(4, self.scan.id)]}
            )
        self.assertScanAtHome()

    def test_teaching_record_cannot_take_another_records_file(self):
        calendar = self.env["vn.school.calendar"].create(
            {
                "company_id": self.school_a.id,
                "school_year": "2040-2041",
                "week1_start": "2040-09-03",
                "department_ids": [Command.set(self.a_dept.ids)],
            }
        )
        record = (
            self._env(self.a_teacher)["vn.teaching.record"]
            .with_company(self.school_a)
            .create(
                {
                    "calendar_id": calendar.id,
                    "teacher_id": self.a_teacher_emp.id,
                    "kind": "lesson_plan",
                    "lesson_date": calendar.week1_start + timedelta(days=9),
                }
            )
        )
        with self.assertRaises(AccessError):
            record.attachment_ids = [Command.link(self.scan.id)]
        self.assertScanAtHome()
        # his own upload is attached, bound to the record and typed by its content
        own = self._vn_upload(self.a_teacher, name="khbd.docx", content=docx_bytes())
        record.attachment_ids = [Command.link(own.id)]
        self.assertEqual((own.res_model, own.res_id), (record._name, record.id))
        self.assertEqual(own.mimetype, DOCX)
        # and an executable named .pdf is refused there too
        bad = self._vn_upload(self.a_teacher, name="khbd.pdf", content=EXE)
        with self.assertRaises(ValidationError):
            record.attachment_ids = [Command.link(bad.id)]
        bad.invalidate_recordset()
        self.assertFalse(bad.res_id)

    def test_another_users_loose_file_is_refused(self):
        loose = self._vn_upload(self.a_staff)
        draft = self._draft(self.a_teacher)
        with self.assertRaises(AccessError):
            draft.attachment_ids = [(4, loose.id)]
        loose.invalidate_recordset()
        self.assertFalse(loose.res_id)
        # the uploader attaches it himself
        own = self._draft(self.a_staff, attachment_ids=[(4, loose.id)])
        self.assertEqual((loose.res_model, loose.res_id), (own._name, own.id))
        # once bound, it stays with its record: the other draft cannot take it
        with self.assertRaises(AccessError):
            draft.attachment_ids = [(4, loose.id)]
        # nor can a second draft of its own uploader
        with self.assertRaises(AccessError):
            self._draft(self.a_staff, attachment_ids=[(4, loose.id)])
        self.assertEqual((loose.res_model, loose.res_id), (own._name, own.id))

    def test_file_types_are_checked_by_content(self):
        draft = self._draft(self.a_teacher)
        Attachment = self.env["ir.attachment"].with_user(self.a_teacher)
        cases = [
            ("cong-van.pdf", EXE, "application/pdf"),  # an executable named .pdf
            ("cong-van.docx", PDF, DOCX),  # a PDF named .docx
            ("virus.exe", EXE, None),
            ("anh.png", b"\x89PNG\r\n\x1a\n" + b"0" * 50, None),
            ("trang.pdf", b"", None),
        ]
        for name, content, declared in cases:
            with self.subTest(name=name):
                values = {"name": name, "datas": base64.b64encode(content)}
                if declared:
                    values["mimetype"] = declared
                # a loose upload, then attached: refused when attached
                loose = Attachment.create(dict(values, res_model=False))
                with self.assertRaises(ValidationError) as err:
                    draft.attachment_ids = [(4, loose.id)]
                self.assertIn(name, str(err.exception))
                # bound straight to the document (chatter, RPC): refused when created
                with self.assertRaises(ValidationError):
                    Attachment.create(dict(values, res_model=draft._name, res_id=draft.id))
        self.assertFalse(draft.attachment_ids)
        self.assertFalse(
            self.env["ir.attachment"].search(
                [("res_model", "=", draft._name), ("res_id", "=", draft.id)]
            )
        )
        # a bound file renamed to .exe is refused too
        good = Attachment.create(
            {"name": "ok.pdf", "datas": base64.b64encode(PDF), "res_model": False}
        )
        draft.attachment_ids = [(4, good.id)]
        with self.assertRaises(ValidationError):
            good.with_user(self.a_teacher).name = "ok.exe"
        good.invalidate_recordset()
        self.assertEqual(good.name, "ok.pdf")

    def test_good_files_are_accepted_with_their_real_type(self):
        draft = self._draft(self.a_teacher)
        pdf = self._vn_upload(self.a_teacher, name="to-trinh.PDF", mimetype="text/html")
        docx = self._vn_upload(self.a_teacher, name="du-thao.docx", content=docx_bytes())
        draft.attachment_ids = [(6, 0, (pdf | docx).ids)]
        self.assertEqual(draft.attachment_ids, pdf | docx)
        self.assertEqual((pdf.res_model, pdf.res_id), (draft._name, draft.id))
        self.assertEqual(pdf.mimetype, "application/pdf")  # not the declared text/html
        self.assertEqual(docx.mimetype, DOCX)
        # the school's leader reads the files of the draft, the other school does not
        self.assertEqual(pdf.with_user(self.a_leader).raw, PDF)
        with self.assertRaises(AccessError):
            pdf.with_user(self.b_leader).read(["datas"])

    def test_chatter(self):
        doc = self._vn_incoming()
        clerk_doc = doc.with_user(self.a_clerk)
        # the chatter's own upload: bound to the document at once, in sudo (mail
        # controller), checked all the same
        with self.assertRaises(ValidationError):
            self.env["ir.attachment"].with_user(self.a_clerk).sudo().create(
                {
                    "name": "cong-van.pdf",
                    "raw": EXE,
                    "res_model": doc._name,
                    "res_id": doc.id,
                    "mimetype": "application/pdf",
                }
            )
        # the composer's pending upload, posted: checked when it is bound to the document
        pending = self._vn_upload(
            self.a_clerk, name="cong-van.pdf", content=EXE, res_model="mail.compose.message"
        )
        with self.assertRaises(ValidationError):
            clerk_doc.message_post(body="Kèm công văn", attachment_ids=pending.ids)
        pending.invalidate_recordset()
        self.assertEqual(pending.res_model, "mail.compose.message")
        # another record's file cannot be posted (it would show in the message)
        with self.assertRaises(AccessError):
            clerk_doc.message_post(body="Kèm bản quét", attachment_ids=self.scan.ids)
        with self.assertRaises(AccessError):
            doc.with_user(self.b_clerk).sudo().message_post(body="x", attachment_ids=self.scan.ids)
        self.assertScanAtHome()
        # a good pending upload is posted and bound; content given to message_post (an
        # e-mail reply) that is not accepted is not kept, and the message says so
        good = self._vn_upload(self.a_clerk, name="ok.pdf", res_model="mail.compose.message")
        message = clerk_doc.message_post(
            body="Kèm tệp", attachment_ids=good.ids, attachments=[("anh.exe", EXE)]
        )
        self.assertEqual(message.attachment_ids, good)
        self.assertEqual((good.res_model, good.res_id), (doc._name, doc.id))
        self.assertIn("anh.exe", message.body)
        # case files carry files through their chatter only: checked the same way
        case_file = self.env["vn.case.file"].create(
            {
                "company_id": self.school_a.id,
                "code": "01.T9",
                "name": "Hồ sơ (test 9)",
                "retention_id": self.env["vn.retention.period"].search([], limit=1).id,
            }
        )
        with self.assertRaises(ValidationError):
            self.env["ir.attachment"].create(
                {
                    "name": "x.pdf",
                    "raw": EXE,
                    "res_model": case_file._name,
                    "res_id": case_file.id,
                }
            )

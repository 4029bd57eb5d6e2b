"""Professional records on the approval mechanism, as the real roles of two schools under
two managing bodies: guarded fields on every channel (write, create, form, JSON-RPC /
XML-RPC dispatch, import), the group head's review and to-dos, a reason to return, frozen
records, the principal for the group head's own record, delegation, other schools."""

import base64
from datetime import timedelta

from odoo import Command, api, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import make_user
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

GROUP = "hr_vn_civil_servant.group_"
DECISION = "hr_vn_civil_servant.mail_activity_type_vn_decision"


class TestTeachingRecordWorkflow(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body_a = Company.create({"name": "Phòng GDĐT A (tr)", "vn_short_name": "TRA"})
        cls.school_a = Company.create(
            {"name": "THCS A1 (tr)", "vn_short_name": "TRA1", "parent_id": cls.body_a.id}
        )
        cls.body_b = Company.create({"name": "Sở GDĐT B (tr)", "vn_short_name": "TRB"})
        cls.school_b = Company.create(
            {"name": "THPT B1 (tr)", "vn_short_name": "TRB1", "parent_id": cls.body_b.id}
        )
        Dept = cls.env["hr.department"]
        cls.group_a = Dept.create({"name": "Tổ Toán (tr)", "company_id": cls.school_a.id})
        cls.group_b = Dept.create({"name": "Tổ Văn (tr)", "company_id": cls.school_a.id})
        cls.group_c = Dept.create({"name": "Tổ Toán B (tr)", "company_id": cls.school_b.id})
        cls.emp = {}
        cls.teacher = cls._person("tr.teacher", cls.school_a, cls.group_a)
        cls.teacher2 = cls._person("tr.teacher2", cls.school_a, cls.group_a)
        cls.head_a = cls._person("tr.head_a", cls.school_a, cls.group_a)
        cls.head_b = cls._person("tr.head_b", cls.school_a, cls.group_b)
        cls.principal = cls._person("tr.principal", cls.school_a, None, "unit_head")
        cls.deputy = cls._person("tr.deputy", cls.school_a, None, "records_officer")
        cls.officer = cls._person("tr.officer", cls.school_a, None, "records_officer")
        cls.hr_a = cls._person("tr.hr_a", cls.body_a | cls.school_a, None, "hr_office")
        cls.head_c = cls._person("tr.head_c", cls.school_b, cls.group_c)
        cls.principal_b = cls._person("tr.principal_b", cls.school_b, None, "unit_head")
        cls.group_a.manager_id = cls.emp[cls.head_a]
        cls.group_b.manager_id = cls.emp[cls.head_b]
        cls.group_c.manager_id = cls.emp[cls.head_c]
        today = fields.Date.today()
        monday = today - timedelta(days=today.weekday())
        cls.calendar = cls.env["vn.school.calendar"].create(
            {
                "company_id": cls.school_a.id,
                "school_year": f"{monday.year}-{monday.year + 1}",
                "week1_start": monday,
                "week_count": 35,
                "department_ids": [Command.set((cls.group_a | cls.group_b).ids)],
            }
        )
        cls.guarded = {
            "state": "approved",
            "submitted_date": today,
            "reviewed_by_id": cls.head_a.id,
            "reviewed_date": today,
            "department_id": cls.group_b.id,
            "head_user_id": cls.head_b.id,
        }

    @classmethod
    def _person(cls, login, companies, department, *groups):
        user = make_user(
            cls.env,
            login,
            companies,
            [GROUP + g for g in groups],
            name=login.replace(".", " ").title(),
            current=companies[-1],
        )
        cls.emp[user] = cls.env["hr.employee"].create(
            {
                "name": user.name,
                "user_id": user.id,
                "company_id": companies[-1].id,
                "department_id": department.id if department else False,
            }
        )
        return user

    def _values(self, user, **vals):
        values = {
            "calendar_id": self.calendar.id,
            "teacher_id": self.emp[user].id,
            "kind": "lesson_plan",
            "lesson_date": self.calendar.week1_start + timedelta(days=9),
            "subject": "Toán 6 - Bài 3 (tr)",
        }
        values.update(vals)
        return values

    def _record(self, user=None, **vals):
        user = user or self.teacher
        Record = self.env["vn.teaching.record"].with_user(user).with_company(self.school_a)
        return Record.create(self._values(user, **vals))

    def _attach(self, record, user=None):
        user = user or record.teacher_user_id
        attachment = (
            self.env["ir.attachment"]
            .with_user(user)
            .create({"name": "khbd.pdf", "datas": base64.b64encode(b"%PDF-1.4 test")})
        )
        record.with_user(user).attachment_ids = [Command.link(attachment.id)]
        return attachment

    def _submitted(self, user=None):
        record = self._record(user)
        self._attach(record)
        record.with_user(record.teacher_user_id).action_submit()
        return record

    def _todos(self, record):
        decision = self.env.ref(DECISION)
        return record.sudo().activity_ids.filtered(lambda a: a.activity_type_id == decision)

    def _done_todos(self, record):
        return self.env["mail.message"].search(
            [
                ("model", "=", record._name),
                ("res_id", "=", record.id),
                ("mail_activity_type_id", "=", self.env.ref(DECISION).id),
            ]
        )

    def _allowed(self, record, user):
        return record.with_user(user).vn_wf_allowed

    # ------------------------------------------------------------------ guard
    def test_guarded_fields_refused_for_every_role_on_write_and_create(self):
        record = self._record()
        roles = (self.teacher, self.head_a, self.principal, self.officer, self.hr_a)
        for user in roles:
            for fname, value in self.guarded.items():
                with self.subTest(user=user.login, fname=fname, path="write"):
                    with self.assertRaisesRegex(UserError, "workflow steps"):
                        record.with_user(user).write({fname: value})
                with self.subTest(user=user.login, fname=fname, path="create"):
                    with self.assertRaisesRegex(UserError, "workflow steps"):
                        self._record(user, subject="forged (tr)", **{fname: value})
        self.assertEqual(record.state, "draft")
        self.assertFalse(record.submitted_date or record.reviewed_by_id or record.reviewed_date)
        self.assertEqual((record.department_id, record.head_user_id), (self.group_a, self.head_a))
        self.assertFalse(self.env["vn.teaching.record"].search([("subject", "=", "forged (tr)")]))
        # a create giving the default state is a plain create
        self.assertEqual(self._record(state="draft").state, "draft")

    def test_old_context_flag_opens_nothing(self):
        """``vn_teaching_workflow`` used to open the guard; an attacker passes it over
        JSON-RPC / XML-RPC (both dispatch through ``call_kw``) or an import."""
        record = self._record()
        flag = {"vn_teaching_workflow": True}
        as_teacher = record.with_user(self.teacher).with_context(**flag)
        with self.assertRaises(UserError):
            as_teacher.write({"state": "approved", "reviewed_by_id": self.teacher.id})
        Record = self.env["vn.teaching.record"].with_user(self.teacher)
        with self.assertRaises(UserError):
            api.call_kw(
                Record,
                "write",
                [record.ids, {"state": "approved"}],
                {"context": flag},
            )
        with self.assertRaises(UserError):
            api.call_kw(
                Record.with_company(self.school_a),
                "create",
                [self._values(self.teacher, state="approved", subject="rpc (tr)")],
                {"context": flag},
            )
        # the import (base_import ends in load()): the row is refused with a message
        result = Record.with_context(**flag).load(
            ["calendar_id/.id", "teacher_id/.id", "kind", "lesson_date", "subject", "state"],
            [
                [
                    str(self.calendar.id),
                    str(self.emp[self.teacher].id),
                    "lesson_plan",
                    str(self.calendar.week1_start + timedelta(days=9)),
                    "imported (tr)",
                    "approved",
                ]
            ],
        )
        self.assertFalse(result["ids"])
        self.assertIn("workflow steps", " ".join(m["message"] for m in result["messages"]))
        self.assertEqual(record.state, "draft")
        self.assertFalse(
            self.env["vn.teaching.record"].search(
                [("subject", "in", ("rpc (tr)", "imported (tr)"))]
            )
        )

    def test_statusbar_of_the_form_is_no_way_around_the_buttons(self):
        record = self._record()
        form = Form(record.with_user(self.teacher))
        form.state = "approved"
        with self.assertRaises(UserError):
            form.save()
        self.assertEqual(record.state, "draft")

    def test_comment_is_the_reviewers_only(self):
        """The group head's comment: nobody else writes it, not even at creation."""
        with self.assertRaises(AccessError):
            self._record(review_comment="Đồng ý (tự viết)")
        record = self._submitted()
        for user in (self.teacher, self.head_b, self.officer, self.principal, self.head_c):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                record.with_user(user).write({"review_comment": "Sửa lại"})
        self.assertFalse(record.review_comment)
        record.with_user(self.head_a).write({"review_comment": "Bổ sung phần luyện tập."})
        self.assertEqual(record.review_comment, "Bổ sung phần luyện tập.")

    def test_own_records_and_deletion(self):
        # a teacher creates and changes only his own records
        with self.assertRaises(AccessError):
            self._record(teacher_id=self.emp[self.teacher2].id)
        mine = self._record()
        with self.assertRaises(AccessError):
            mine.with_user(self.teacher).write({"teacher_id": self.emp[self.teacher2].id})
        self.assertEqual(mine.teacher_id, self.emp[self.teacher])
        # the group head reviews, he does not edit the teacher's draft
        with self.assertRaises(AccessError):
            mine.with_user(self.head_a).write({"subject": "changed by the head"})
        # a records officer of the school creates one for a teacher, who submits it
        by_officer = self._record(self.officer, teacher_id=self.emp[self.teacher].id)
        self.assertEqual(by_officer.teacher_user_id, self.teacher)
        self._attach(by_officer)
        with self.assertRaises(AccessError):
            by_officer.with_user(self.officer).action_submit()
        by_officer.with_user(self.teacher).action_submit()
        # only the school calendar marks a record as expected (then it cannot be deleted)
        with self.assertRaises(UserError):
            self._record(is_expected=True)
        self.calendar.with_user(self.principal).action_generate_expected_records()
        expected = self.env["vn.teaching.record"].search(
            [
                ("calendar_id", "=", self.calendar.id),
                ("teacher_id", "=", self.emp[self.teacher].id),
                ("is_expected", "=", True),
            ],
            limit=1,
        )
        with self.assertRaises(UserError):
            expected.with_user(self.teacher).write({"is_expected": False})
        for vals in ({"week": 30}, {"semester": "2"}, {"kind": "lesson_plan"}):
            with self.subTest(vals=vals), self.assertRaisesRegex(UserError, "expected"):
                expected.with_user(self.teacher).write(vals)
        expected.with_user(self.teacher).write({"subject": "Toán 6 (tr)"})
        with self.assertRaises(UserError):
            expected.with_user(self.teacher).unlink()
        # deletion: a draft, by its teacher or a records officer, never a submitted one
        with self.assertRaises(UserError):
            by_officer.with_user(self.teacher).unlink()
        with self.assertRaises(UserError):
            mine.with_user(self.head_a).unlink()
        mine.with_user(self.teacher).unlink()
        self._record().with_user(self.officer).unlink()
        self.assertTrue(expected.exists() and by_officer.exists())

    # ------------------------------------------------------------------ review
    def test_submit_gives_the_head_a_todo_done_for_everyone_on_approval(self):
        with Form(
            self.env["vn.teaching.record"].with_user(self.teacher).with_company(self.school_a)
        ) as form:
            form.kind_id = self.env.ref("documents_vn_office.vn_teaching_record_kind_lesson_plan")
            form.lesson_date = self.calendar.week1_start + timedelta(days=16)
            form.subject = "Toán 6 - Bài 5 (tr)"
        record = form.record
        self.assertEqual(record.calendar_id, self.calendar)
        self.assertEqual(self._allowed(record, self.teacher), ",submit,")
        with self.assertRaisesRegex(UserError, "Attach the file"):
            record.action_submit()
        self._attach(record)
        record.action_submit()
        self.assertEqual((record.state, record.submitted_date), ("submitted", vn_today(record)))
        todos = self._todos(record)
        self.assertEqual(todos.user_id, self.head_a)
        self.assertEqual(todos.vn_wf_transition, "approve")
        self.assertEqual(self._allowed(record, self.head_a), ",approve,return,")
        for user in (self.teacher, self.teacher2, self.principal, self.officer, self.hr_a):
            self.assertEqual(self._allowed(record, user), ",,", user.login)
        # the head finds it under "To Review"
        Record = self.env["vn.teaching.record"].with_user(self.head_a)
        self.assertIn(
            record,
            Record.search(
                [("state", "=", "submitted"), ("activity_ids.user_id", "=", self.head_a.id)]
            ),
        )
        for user in (self.teacher, self.head_b, self.principal, self.officer, self.hr_a):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                record.with_user(user).action_approve()
        self.assertEqual(record.state, "submitted")
        record.with_user(self.head_a).action_approve()
        self.assertEqual(
            (record.state, record.reviewed_by_id, record.reviewed_date),
            ("approved", self.head_a, vn_today(record)),
        )
        self.assertFalse(self._todos(record))
        self.assertEqual(len(self._done_todos(record)), 1, "the head's to-do is marked done")
        reviews = record.vn_review_ids.sorted("id")
        self.assertEqual(
            [(r.transition, r.user_id, r.state_from, r.state_to) for r in reviews],
            [
                ("submit", self.teacher, "draft", "submitted"),
                ("approve", self.head_a, "submitted", "approved"),
            ],
        )
        # the teacher reads the history of his record
        self.assertEqual(record.with_user(self.teacher).vn_review_ids, reviews)

    def test_return_needs_a_reason_phone_flow_and_resubmit(self):
        record = self._submitted()
        as_head = record.with_user(self.head_a)
        # the phone's Return button with no comment written: refused, nothing changes
        with self.assertRaises(UserError):
            as_head.action_return()
        with self.assertRaises(UserError):
            as_head.action_return(reason="  ")
        self.assertEqual(record.state, "submitted")
        self.assertFalse(record.vn_review_ids.filtered(lambda r: r.transition == "return"))
        # the group head writes the comment on the form, then presses Return
        with Form(as_head) as form:
            form.review_comment = "Bổ sung phần luyện tập."
        as_head.action_return()
        self.assertEqual((record.state, record.reviewed_by_id), ("returned", self.head_a))
        review = record.vn_review_ids.sorted("id")[-1]
        self.assertEqual((review.transition, review.comment), ("return", "Bổ sung phần luyện tập."))
        self.assertFalse(self._todos(record))
        # the teacher is notified with the comment
        message = record.message_ids.filtered(lambda m: "Bổ sung phần luyện tập." in (m.body or ""))
        self.assertIn(self.teacher.partner_id, message.partner_ids)
        # he corrects and submits again: the head has a to-do again
        record.with_user(self.teacher).subject = "Toán 6 - Bài 3 (sửa)"
        record.with_user(self.teacher).action_submit()
        self.assertEqual(self._todos(record).user_id, self.head_a)
        # a reason given to the step (JSON-RPC) is kept as the comment
        as_head.action_return(reason="Thiếu phiếu học tập.")
        self.assertEqual(record.review_comment, "Thiếu phiếu học tập.")

    def test_submitted_and_approved_records_are_frozen(self):
        record = self._submitted()
        with self.assertRaises(UserError):
            record.with_user(self.teacher).write({"subject": "changed after submitting"})
        record.with_user(self.head_a).action_approve()
        extra = (
            self.env["ir.attachment"]
            .with_user(self.teacher)
            .create({"name": "them.pdf", "datas": base64.b64encode(b"%PDF-1.4 more")})
        )
        for user, vals in (
            (self.teacher, {"subject": "changed after approval"}),
            (self.teacher, {"attachment_ids": [Command.link(extra.id)]}),
            (self.teacher, {"note": "a note"}),
            (self.officer, {"subject": "changed by the officer"}),
            (self.head_a, {"review_comment": "changed by the head"}),
        ):
            with self.subTest(user=user.login, vals=list(vals)), self.assertRaises(UserError):
                record.with_user(user).write(vals)
        self.assertEqual(record.subject, "Toán 6 - Bài 3 (tr)")
        self.assertEqual(len(record.attachment_ids), 1)
        with self.assertRaises(UserError):
            record.with_user(self.teacher).unlink()
        # the chatter stays usable
        record.with_user(self.teacher).message_post(body="Cảm ơn thầy.")

    def test_group_heads_own_record_goes_to_the_principal(self):
        record = self._submitted(self.head_a)
        self.assertEqual(record.head_user_id, self.head_a)
        self.assertEqual(self._allowed(record, self.head_a), ",,")
        with self.assertRaises(AccessError):
            record.with_user(self.head_a).action_approve()
        with self.assertRaises(AccessError):
            record.with_user(self.head_a).write({"review_comment": "Tự duyệt"})
        # the principal of the school has the to-do, not the managing body's HR office
        self.assertEqual(self._todos(record).user_id, self.principal)
        self.assertEqual(self._allowed(record, self.principal), ",approve,return,")
        for user in (self.hr_a, self.head_b, self.officer):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                record.with_user(user).action_approve()
        record.with_user(self.principal).action_approve()
        self.assertEqual((record.state, record.reviewed_by_id), ("approved", self.principal))
        self.assertFalse(self._todos(record))
        # the principal reviews the other group heads' records only when they are theirs
        other = self._submitted(self.teacher)
        with self.assertRaises(AccessError):
            other.with_user(self.principal).action_approve()

    def test_group_without_head_goes_to_the_principal(self):
        self.group_b.manager_id = False
        record = self._submitted(self.head_b)
        self.assertFalse(record.head_user_id)
        self.assertEqual(self._todos(record).user_id, self.principal)
        record.with_user(self.principal).action_return(reason="Thiếu tiến trình dạy học.")
        self.assertEqual((record.state, record.reviewed_by_id), ("returned", self.principal))

    def test_delegate_of_the_principal_for_a_heads_own_record(self):
        today = fields.Date.context_today(self.principal)
        delegation = (
            self.env["vn.delegation"]
            .with_user(self.principal)
            .create(
                {
                    "delegate_id": self.deputy.id,
                    "company_id": self.school_a.id,
                    "date_from": today,
                    "date_to": today + timedelta(days=5),
                    "reference": "04/GUQ-TRA1",
                    "right_sign": False,
                    "right_direct": False,
                }
            )
        )
        record = self._submitted(self.head_a)
        self.assertEqual(self._todos(record).user_id, self.principal | self.deputy)
        # the delegate holds the principal's right only where the principal decides
        teachers = self._submitted(self.teacher)
        with self.assertRaises(AccessError):
            teachers.with_user(self.deputy).action_approve()
        record.with_user(self.deputy).action_approve()
        review = record.vn_review_ids.sorted("id")[-1]
        self.assertEqual(
            (review.transition, review.user_id, review.on_behalf_of_id, review.delegation_id),
            ("approve", self.deputy, self.principal, delegation),
        )
        self.assertEqual(record.reviewed_by_id, self.deputy)
        self.assertFalse(self._todos(record))

    def test_other_school_refused(self):
        record = self._submitted()
        for user in (self.head_c, self.principal_b):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    record.with_user(user).action_approve()
                with self.assertRaises(AccessError):
                    record.with_user(user).action_return(reason="Không phải trường tôi")
                with self.assertRaises(AccessError):
                    record.with_user(user).write({"review_comment": "x"})
                self.assertFalse(
                    self.env["vn.teaching.record"].with_user(user).search([("id", "=", record.id)])
                )
        # nor can they create in school A's calendar
        with self.assertRaises(AccessError):
            self.env["vn.teaching.record"].with_user(self.head_c).create(self._values(self.teacher))
        self.assertEqual(record.state, "submitted")
        self.assertNotIn(self.head_c, self._todos(record).user_id)

    def test_locked_period_refuses_every_step(self):
        record = self._record()
        self._attach(record)
        Lock = self.env["vn.teaching.period.lock"].with_user(self.principal)
        lock = Lock.create(
            {"calendar_id": self.calendar.id, "scope": "weeks", "week_from": 1, "week_to": 4}
        )
        with self.assertRaisesRegex(UserError, "is locked by the principal"):
            record.action_submit()
        lock.action_unlock()
        record.action_submit()
        lock.action_lock()
        as_head = record.with_user(self.head_a)
        with self.assertRaisesRegex(UserError, "is locked by the principal"):
            as_head.action_approve()
        with self.assertRaisesRegex(UserError, "is locked by the principal"):
            as_head.action_return(reason="Sửa lại")
        self.assertEqual(record.state, "submitted")
        self.assertEqual(record.vn_review_ids.mapped("transition"), ["submit"])

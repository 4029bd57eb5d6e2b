"""Incoming documents on the approval mechanism, as the real roles of two schools under
two managing bodies and as an attacker: only the steps write the state, the numbers and
the who-and-when fields, whatever the channel (write, create, form save, import); the
register's columns are frozen once registered; every step is a review row; the to-dos
follow the state; the leader's delegate directs on his behalf; handlers change their
assignments only through their steps."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import make_user

CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"
DECISION = "hr_vn_civil_servant.mail_activity_type_vn_decision"


class TestIncomingWorkflow(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body_a = Company.create({"name": "Sở A (in)", "vn_short_name": "INA"})
        cls.school_a = Company.create(
            {"name": "Trường A1 (in)", "vn_short_name": "INA1", "parent_id": cls.body_a.id}
        )
        cls.body_b = Company.create({"name": "Sở B (in)", "vn_short_name": "INB"})
        cls.school_b = Company.create(
            {"name": "Trường B1 (in)", "vn_short_name": "INB1", "parent_id": cls.body_b.id}
        )
        a, b = cls.school_a, cls.school_b
        cls.clerk = cls._user("in.clerk", a, CLERK)
        cls.clerk2 = cls._user("in.clerk2", a, CLERK)  # a clerk who keeps no register
        cls.leader = cls._user("in.leader", a, LEADER)
        cls.leader2 = cls._user("in.leader2", a, LEADER)
        cls.deputy = cls._user("in.deputy", a)  # the leader's delegate
        cls.teacher = cls._user("in.teacher", a)
        cls.teacher2 = cls._user("in.teacher2", a)
        cls.head = cls._user("in.head", a)  # head of a professional group
        cls.clerk_b = cls._user("in.clerkb", b, CLERK)
        cls.leader_b = cls._user("in.leaderb", b, LEADER)
        head_employee = cls.env["hr.employee"].create(
            {"name": cls.head.name, "user_id": cls.head.id, "company_id": a.id}
        )
        cls.group = cls.env["hr.department"].create(
            {"name": "Tổ Toán (in)", "company_id": a.id, "manager_id": head_employee.id}
        )
        Register = cls.env["vn.document.register"]
        common = {"direction": "incoming", "sequence": 0}
        cls.reg_a = Register.create(
            dict(common, name="Sổ đến A1", company_id=a.id, keeper_ids=[(6, 0, cls.clerk.ids)])
        )
        cls.reg_a_secret = Register.create(
            dict(
                common,
                name="Sổ đến mật A1",
                company_id=a.id,
                is_secret=True,
                keeper_ids=[(6, 0, cls.clerk.ids)],
            )
        )
        cls.reg_a_other = Register.create(
            dict(common, name="Sổ đến A1 (2)", company_id=a.id, sequence=5)
        )
        cls.reg_b = Register.create(
            dict(common, name="Sổ đến B1", company_id=b.id, keeper_ids=[(6, 0, cls.clerk_b.ids)])
        )
        Partner = cls.env["res.partner"]
        cls.issuer = Partner.create(
            {"name": "Sở GDĐT (in)", "is_company": True, "vn_is_issuing_body": True}
        )
        cls.issuer2 = Partner.create(
            {"name": "UBND tỉnh (in)", "is_company": True, "vn_is_issuing_body": True}
        )
        cls.type_cv = cls.env.ref("documents_vn_office.document_type_cong_van")

    @classmethod
    def _user(cls, login, company, *groups):
        return make_user(
            cls.env, login, company, groups, name=login.replace(".", " ").title(), lang="en_US"
        )

    # ------------------------------------------------------------------ helpers
    def _doc(self, user=None, **vals):
        values = {
            "company_id": self.school_a.id,
            "register_id": self.reg_a.id,
            "subject": "Về việc tổ chức kỳ thi học sinh giỏi cấp tỉnh",
            "arrival_date": "2026-03-02",
            "document_date": "2026-02-27",
            "issuer_id": self.issuer.id,
            "original_number": "15/SGDĐT-GDTrH",
            "type_id": self.type_cv.id,
            "pages": 2,
        }
        values.update(vals)
        user = user or self.clerk
        Incoming = self.env["vn.incoming.document"].with_user(user)
        return Incoming.with_company(values["company_id"]).create(values)

    def _registered(self, **vals):
        doc = self._doc(**vals)
        doc.with_user(self.clerk).action_register()
        return doc

    def _submitted(self, **vals):
        doc = self._registered(**vals)
        doc.with_user(self.clerk).action_submit()
        return doc

    def _direct_form(self, doc, user, lead=None, support=None, deadline="2026-03-20"):
        """The leader (or his delegate) presses Direct and fills the dialog."""
        action = doc.with_user(user).action_direct()
        env = self.env(
            user=user, context=dict(action["context"], allowed_company_ids=doc.company_id.ids)
        )
        with Form(env["vn.incoming.direct.wizard"]) as wizard:
            wizard.instruction = "Tổ Toán chủ trì, văn thư phối hợp"
            if lead:
                wizard.lead_user_id = lead
                wizard.lead_deadline = deadline
            if support:
                with wizard.line_ids.new() as line:
                    line.user_id = support
                    line.deadline = deadline
        return wizard.record.action_confirm()

    def _directed(self, **vals):
        doc = self._submitted(**vals)
        self._direct_form(doc, self.leader, lead=self.teacher, support=self.teacher2)
        return doc

    def _todos(self, doc, step=None):
        todos = doc.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(DECISION)
        )
        return todos.filtered(lambda a: a.vn_wf_transition == step) if step else todos

    def _assignment(self, doc, user):
        return doc.sudo().assignment_ids.filtered(lambda a: a.user_id == user).with_user(user)

    def _users(self):
        return (
            self.clerk,
            self.clerk2,
            self.leader,
            self.deputy,
            self.teacher,
            self.clerk_b,
            self.leader_b,
        )

    def _guarded(self):
        return {
            "state": "done",
            "arrival_number": 777,
            "instruction": "Đã xử lý xong",
            "instruction_date": "2026-03-01",
            "instruction_user_id": self.leader.id,
            "transfer_date": "2026-03-01",
            "deadline": "2026-04-30",
            "done_date": "2026-03-05",
            "recipient_text": "Tổ Toán",
            "assignment_ids": [(0, 0, {"role": "lead", "user_id": self.teacher.id})],
        }

    # ------------------------------------------------------------------ guarded fields
    def test_guarded_fields_refused_on_write_for_every_role(self):
        doc = self._registered()
        for user in self._users():
            for fname, value in self._guarded().items():
                with self.assertRaises(UserError, msg=f"{user.login} writes {fname}"):
                    doc.with_user(user).write({fname: value})
        with self.assertRaises(UserError) as caught:
            doc.with_user(self.clerk).write({"state": "done", "arrival_number": 777})
        self.assertIn("change only through the workflow steps", str(caught.exception))
        with self.assertRaises(UserError) as caught:
            doc.with_user(self.leader).write({"instruction": "Chỉ đạo viết tay"})
        self.assertIn("Leader's Instruction", str(caught.exception))
        # the form's save (web_save) and a kanban drag are the same write
        with self.assertRaises(UserError):
            doc.with_user(self.clerk).web_save({"state": "filed"}, {})
        self.assertEqual((doc.state, doc.arrival_number), ("registered", 1))
        self.assertFalse(doc.instruction or doc.instruction_user_id or doc.done_date)
        self.assertFalse(doc.assignment_ids)
        self.assertEqual(doc.vn_review_ids.mapped("transition"), ["register"])

    def test_guarded_fields_refused_on_create_and_import(self):
        Incoming = self.env["vn.incoming.document"]
        for user in (self.clerk, self.leader, self.teacher):
            for fname, value in self._guarded().items():
                with self.assertRaises(UserError, msg=f"{user.login} creates with {fname}"):
                    self._doc(user=user, **{fname: value})
        with self.assertRaises(UserError) as caught:
            self._doc(state="filed", arrival_number=777)
        self.assertIn("set by the workflow steps", str(caught.exception))
        # a new record saved from the form
        with self.assertRaises(UserError):
            Incoming.with_user(self.clerk).with_company(self.school_a).web_save(
                {"subject": "Văn bản lạ", "state": "done"}, {}
            )
        # the import of a file with the columns state and arrival number
        result = (
            Incoming.with_user(self.clerk)
            .with_company(self.school_a)
            .load(
                ["subject", "arrival_date", "state", "arrival_number"],
                [["Văn bản nhập từ tệp", "2026-03-02", "done", "777"]],
            )
        )
        self.assertFalse(result["ids"])
        self.assertTrue(result["messages"])
        found = Incoming.search(
            [
                ("company_id", "=", self.school_a.id),
                ("subject", "in", ("Văn bản lạ", "Văn bản nhập từ tệp")),
            ]
        )
        self.assertFalse(found)
        # the default state is a plain create
        self.assertEqual(self._doc(state="received").state, "received")

    # ------------------------------------------------------------------ frozen columns
    def test_register_columns_frozen_once_registered(self):
        doc = self._doc()
        # received: the clerk still corrects what he typed
        doc.with_user(self.clerk).write({"subject": "Về việc tổ chức kỳ thi HSG", "pages": 3})
        doc.with_user(self.clerk).action_register()
        rewrites = {
            "arrival_date": "2026-02-01",  # back-dating
            "arrival_time": 9.5,
            "original_number": "99/SGDĐT-GDTrH",
            "subject": "Nội dung đã sửa",
            "document_date": "2026-02-20",
            "issuer_id": self.issuer2.id,
            "author_name": "Cơ quan khác",
            "type_id": self.env.ref("documents_vn_office.document_type_quyet_dinh").id,
            "pages": 9,
            "register_id": self.reg_a_other.id,
            "company_id": self.school_b.id,
            "secrecy": "secret",
            "urgency": "flash",
            "medium": "electronic",
            "manual_number": 1,
        }
        before = doc.read(list(rewrites))[0]
        for user in (self.clerk, self.leader):
            for fname, value in rewrites.items():
                with self.assertRaises(UserError, msg=f"{user.login} rewrites {fname}") as caught:
                    doc.with_user(user).write({fname: value})
                if fname in ("register_id", "company_id"):
                    # refused first by the registration rule: a document stays in the
                    # unit of its register
                    continue
                self.assertIn("can no longer be changed", str(caught.exception))
        with self.assertRaises(UserError):
            doc.with_user(self.clerk).web_save({"original_number": "99/SGDĐT-GDTrH"}, {})
        # an onchange computes, it never writes
        doc.with_user(self.clerk).onchange(
            {"issuer_id": self.issuer2.id}, ["issuer_id"], {"issuer_id": {}, "author_name": {}}
        )
        doc.invalidate_recordset()
        self.assertEqual(doc.read(list(rewrites))[0], before)
        # a correction goes to the Notes, the register's last column
        doc.with_user(self.clerk).write({"note": "Đính chính: văn bản ký ngày 26/02/2026"})
        self.assertTrue(doc.note)
        # the leader the document goes to is chosen until it is submitted
        doc.with_user(self.clerk).write({"leader_id": self.leader2.id})
        with self.assertRaises(ValidationError):
            doc.with_user(self.clerk).write({"leader_id": self.teacher.id})
        doc.with_user(self.clerk).action_submit()
        self.assertEqual(doc.leader_id, self.leader2)
        with self.assertRaises(UserError):
            doc.with_user(self.clerk).write({"leader_id": self.leader.id})

    def test_filed_document_is_kept_as_filed(self):
        doc = self._directed()
        doc.with_user(self.leader).action_done()
        doc.with_user(self.clerk).write({"result": "Đã cử 3 giáo viên"})
        doc.with_user(self.clerk).action_file()
        for vals in ({"note": "x"}, {"result": "y"}, {"field_id": False}, {"signer_name": "z"}):
            with self.assertRaises(UserError):
                doc.with_user(self.clerk).write(vals)
        doc.with_user(self.clerk).message_post(body="Ghi chú lưu trữ")
        self.assertEqual(doc.result, "Đã cử 3 giáo viên")

    # ------------------------------------------------------------------ flow
    def test_flow_through_the_forms_with_todos_and_reviews(self):
        env = self.env(user=self.clerk, context={"allowed_company_ids": self.school_a.ids})
        with Form(env["vn.incoming.document"]) as form:
            form.subject = "Công điện về việc ứng phó bão"
            form.issuer_id = self.issuer
            form.original_number = "07/CĐ-UBND"
            form.arrival_date = "2026-03-02"
            form.urgency = "flash"
            form.arrival_time = 7.5
        doc = form.record
        # received: the register's keeper has the to-do, not the other clerk nor the leader
        self.assertEqual(self._todos(doc, "register").user_id, self.clerk)
        self.assertIn(",register,", doc.vn_wf_allowed)
        self.assertNotIn(",register,", doc.with_user(self.clerk2).vn_wf_allowed)
        doc.action_register()
        self.assertEqual(doc.register_id, self.reg_a, "the unit's default register")
        self.assertEqual((doc.state, doc.arrival_number_display), ("registered", "01"))
        self.assertFalse(self._todos(doc))
        doc.action_submit()
        self.assertEqual(doc.leader_id, self.leader)
        self.assertEqual(self._todos(doc, "direct").user_id, self.leader, "not leader2")
        message = doc.message_ids.filtered(lambda m: self.leader.partner_id in m.partner_ids)
        self.assertTrue(message, "an urgent document reaches the leader at once")
        self.assertIn(",direct,", doc.with_user(self.leader).vn_wf_allowed)
        self.assertIn(",direct,", doc.with_user(self.leader2).vn_wf_allowed)
        self.assertEqual(doc.with_user(self.teacher).vn_wf_allowed, ",,")
        # the leader directs in the dialog
        self._direct_form(doc, self.leader, lead=self.teacher, support=self.teacher2)
        today = fields.Date.context_today(doc)
        self.assertEqual(doc.state, "directed")
        self.assertEqual((doc.instruction_user_id, doc.instruction_date), (self.leader, today))
        self.assertEqual((doc.transfer_date, str(doc.deadline)), (today, "2026-03-20"))
        self.assertEqual(doc.lead_user_id, self.teacher)
        self.assertFalse(self._todos(doc, "direct"), "closed for both leaders")
        handle = self._todos(doc, "part_done")
        self.assertEqual(set(handle.user_id.ids), {self.teacher.id, self.teacher2.id})
        # the lead handler writes his proposal in his assignment and sends it
        lead = self._assignment(doc, self.teacher)
        env = self.env(user=self.teacher, context={"allowed_company_ids": self.school_a.ids})
        with Form(env["vn.incoming.assignment"].browse(lead.id)) as assignment:
            assignment.opinion = "Đề xuất cử 3 giáo viên bồi dưỡng đội tuyển"
        lead.action_propose()
        self.assertEqual((doc.state, lead.state), ("in_progress", "in_progress"))
        self.assertEqual(lead.proposal_date, today)
        # the supporting teacher closes his part: the document stays in progress
        doc.with_user(self.teacher2).action_my_done()
        self.assertEqual(doc.state, "in_progress")
        self.assertEqual(self._todos(doc, "part_done").user_id, self.teacher)
        # the lead closes his part: the document is done, no to-do is left
        doc.with_user(self.teacher).action_my_done()
        self.assertEqual((doc.state, doc.done_date), ("done", today))
        self.assertIn("2/2", doc.progress)
        self.assertFalse(self._todos(doc))
        doc.action_file()
        self.assertEqual(doc.state, "filed")
        reviews = doc.vn_review_ids.sorted("id")
        self.assertEqual(
            [(r.transition, r.user_id) for r in reviews],
            [
                ("register", self.clerk),
                ("submit", self.clerk),
                ("direct", self.leader),
                ("propose", self.teacher),
                ("part_done", self.teacher2),
                ("part_done", self.teacher),
                ("file", self.clerk),
            ],
        )
        self.assertEqual(reviews[2].comment, "Tổ Toán chủ trì, văn thư phối hợp")
        self.assertEqual(reviews[3].comment, "Đề xuất cử 3 giáo viên bồi dưỡng đội tuyển")
        self.assertEqual((reviews[5].state_from, reviews[5].state_to), ("in_progress", "done"))
        # the review history reads as the document: the other school sees nothing
        Review = self.env["vn.workflow.review"]
        self.assertFalse(Review.with_user(self.clerk_b).search([("id", "in", reviews.ids)]))

    def test_wrong_role_or_unit_refused_and_nothing_changes(self):
        doc = self._doc()
        for user in (self.clerk2, self.leader, self.teacher, self.deputy, self.clerk_b):
            with self.assertRaises(AccessError, msg=user.login):
                doc.with_user(user).action_register()
        self.assertEqual((doc.state, doc.arrival_number), ("received", 0))
        self.assertFalse(doc.vn_review_ids)
        doc.with_user(self.clerk).action_register()
        for user in (self.clerk2, self.leader, self.teacher, self.clerk_b):
            with self.assertRaises(AccessError, msg=user.login):
                doc.with_user(user).action_submit()
        doc.with_user(self.clerk).action_submit()
        for user in (self.clerk, self.clerk2, self.teacher, self.deputy, self.leader_b):
            with self.assertRaises(AccessError, msg=user.login):
                doc.with_user(user).action_direct()
            with self.assertRaises(AccessError, msg=user.login):
                doc.with_user(user)._vn_direct("x", [{"role": "lead", "user_id": user.id}])
        # the dialog is open to every staff member (a delegate uses it): its step refuses
        env = self.env(user=self.teacher, context={"allowed_company_ids": self.school_a.ids})
        with Form(env["vn.incoming.direct.wizard"].with_context(default_incoming_id=doc.id)) as wiz:
            wiz.lead_user_id = self.teacher
        with self.assertRaises(AccessError):
            wiz.record.action_confirm()
        self.assertEqual(doc.state, "submitted")
        self.assertFalse(doc.assignment_ids)
        self._direct_form(doc, self.leader, lead=self.teacher, support=self.teacher2)
        # the supporting teacher and the other school cannot close the document
        for user in (self.teacher2, self.deputy, self.leader_b):
            with self.assertRaises(AccessError, msg=user.login):
                doc.with_user(user).action_done()
        with self.assertRaises(UserError):
            doc.with_user(self.clerk).action_file()  # right role, wrong state
        with self.assertRaises(UserError):
            doc.with_user(self.clerk).action_register()  # registered twice
        self.assertEqual((doc.state, doc.arrival_number), ("directed", 1))
        doc.with_user(self.leader).action_done()
        for user in (self.leader, self.teacher, self.clerk2, self.clerk_b):
            with self.assertRaises(AccessError, msg=user.login):
                doc.with_user(user).action_file()
        self.assertEqual(doc.state, "done")

    def test_secret_document_only_for_the_keeper(self):
        doc = self._doc(register_id=self.reg_a_secret.id, secrecy="secret")
        for user in (self.clerk2, self.teacher):
            with self.assertRaises(AccessError):
                doc.with_user(user).action_register()
        self.assertNotIn(self.clerk2, self._todos(doc).user_id)
        doc.with_user(self.clerk).action_register()
        self.assertEqual(doc.arrival_number, 1)
        # presented and directed to the teacher, who then reads it and handles his part
        doc.with_user(self.clerk).action_submit()
        doc.with_user(self.leader)._vn_direct(
            "Xử lý", [{"role": "lead", "user_id": self.teacher.id}]
        )
        doc.with_user(self.teacher).action_my_done()
        self.assertEqual(doc.state, "done")
        with self.assertRaises(AccessError):
            doc.with_user(self.teacher2).action_my_done()

    def test_bad_direction_changes_nothing(self):
        doc = self._submitted()
        leader = doc.with_user(self.leader)
        with self.assertRaises(UserError):
            leader._vn_direct("Không giao ai", [])
        with self.assertRaises(UserError):
            self._direct_form(doc, self.leader, support=self.teacher2)  # no lead
        with self.assertRaises(UserError):
            leader._vn_direct("x", [{"role": "lead"}])
        with self.assertRaises(ValidationError):
            self._direct_form(doc, self.leader, lead=self.teacher, deadline="2026-03-01")
        self.assertEqual(doc.state, "submitted")
        self.assertFalse(doc.assignment_ids or doc.instruction or doc.deadline)
        self.assertEqual(
            doc.vn_review_ids.sorted("id").mapped("transition"), ["register", "submit"]
        )
        self.assertEqual(self._todos(doc, "direct").user_id, self.leader)

    def test_redirect_replaces_the_open_assignments(self):
        doc = self._directed()
        self._direct_form(doc, self.leader2, lead=self.head, deadline="2026-03-25")
        self.assertEqual(doc.state, "directed")
        self.assertEqual(doc.assignment_ids.user_id, self.head)
        self.assertEqual(doc.instruction_user_id, self.leader2)
        self.assertEqual(doc.vn_review_ids.mapped("transition").count("direct"), 2)
        self.assertEqual(self._todos(doc, "part_done").user_id, self.head)

    # ------------------------------------------------------------------ delegation
    def _delegate(self, delegate, **vals):
        today = fields.Date.context_today(self.leader)
        values = {
            "delegator_id": self.leader.id,
            "delegate_id": delegate.id,
            "company_id": self.school_a.id,
            "date_from": today,
            "date_to": today + timedelta(days=5),
            "reference": "03/GUQ-INA1",
            "right_approve": False,
            "right_sign": False,
            "right_direct": True,
        }
        values.update(vals)
        return self.env["vn.delegation"].with_user(self.leader).create(values)

    def test_delegate_directs_on_behalf_of_the_leader(self):
        delegation = self._delegate(self.deputy)
        doc = self._submitted()
        todos = self._todos(doc, "direct")
        self.assertEqual(set(todos.user_id.ids), {self.leader.id, self.deputy.id})
        self.assertIn(",direct,", doc.with_user(self.deputy).vn_wf_allowed)
        self._direct_form(doc, self.deputy, lead=self.teacher)
        self.assertEqual((doc.state, doc.instruction_user_id), ("directed", self.deputy))
        review = doc.vn_review_ids.sorted("id")[-1]
        self.assertEqual(
            (review.transition, review.user_id, review.on_behalf_of_id, review.delegation_id),
            ("direct", self.deputy, self.leader, delegation),
        )
        self.assertFalse(self._todos(doc, "direct"), "closed for the leader and his delegate")
        # a delegation without the right to direct gives none
        self._delegate(self.teacher2, right_direct=False, right_sign=True)
        other = self._submitted(original_number="16/SGDĐT-GDTrH")
        with self.assertRaises(AccessError):
            other.with_user(self.teacher2).action_direct()
        self.assertNotIn(self.teacher2, self._todos(other).user_id)

    # ------------------------------------------------------------------ assignments
    def test_assignments_change_only_through_the_steps(self):
        doc = self._directed()
        mine = self._assignment(doc, self.teacher)
        other = self._assignment(doc, self.teacher2)
        for vals in (
            {"state": "done"},
            {"done_date": "2026-03-05"},
            {"deadline": "2026-12-31"},
            {"proposal_date": "2026-03-03"},
            {"user_id": self.teacher2.id},
            {"role": "support"},
        ):
            with self.assertRaises(AccessError, msg=vals):
                mine.write(vals)
            with self.assertRaises(AccessError, msg=vals):
                mine.with_user(self.leader).write(vals)
            with self.assertRaises(AccessError, msg=vals):
                mine.with_user(self.clerk).write(vals)
        with self.assertRaises(AccessError):
            other.with_user(self.teacher).write({"opinion": "Không phải việc của tôi"})
        with self.assertRaises(AccessError):
            other.with_user(self.teacher).action_propose("Ý kiến thay người khác")
        with self.assertRaises(AccessError):
            other.with_user(self.teacher).action_done()
        Assignment = self.env["vn.incoming.assignment"]
        for user in (self.leader, self.clerk):
            with self.assertRaises(AccessError):
                Assignment.with_user(user).create(
                    {"incoming_id": doc.id, "role": "lead", "user_id": self.head.id}
                )
            with self.assertRaises(UserError):
                mine.with_user(user).unlink()
        with self.assertRaises(UserError):
            mine.action_propose("   ")
        mine.write({"opinion": "Đề xuất của tôi"})
        mine.action_done()
        self.assertEqual((mine.state, doc.state), ("done", "done"))
        with self.assertRaises(UserError):
            mine.write({"opinion": "sửa sau khi xong"})
        with self.assertRaises(UserError):
            mine.action_done()
        self.assertEqual(len(doc.assignment_ids), 2)

    def test_group_head_reassigns_to_a_teacher(self):
        doc = self._submitted()
        doc.with_user(self.leader)._vn_direct(
            "Giao tổ Toán",
            [{"role": "lead", "department_id": self.group.id, "deadline": "2026-03-20"}],
        )
        unit = doc.sudo().assignment_ids.with_user(self.head)
        self.assertEqual(self._todos(doc, "part_done").user_id, self.head)
        with self.assertRaises(AccessError):
            unit.with_user(self.teacher).action_reassign(self.teacher, "2026-03-15")
        with self.assertRaises(ValidationError):
            unit.action_reassign(self.teacher, "2026-03-25")  # after the group's deadline
        self.assertEqual(doc.state, "directed")
        child = unit.action_reassign(self.teacher, "2026-03-15", "Đồng chí Tuấn thực hiện")
        self.assertEqual((child.parent_id, child.user_id), (unit, self.teacher))
        self.assertEqual((doc.state, unit.state), ("in_progress", "in_progress"))
        self.assertEqual(doc.vn_review_ids.sorted("id")[-1].comment, "Đồng chí Tuấn thực hiện")
        self.assertIn(self.teacher, self._todos(doc, "part_done").user_id)
        child.with_user(self.teacher).action_done()
        self.assertEqual(doc.state, "in_progress", "the group's own assignment is still open")
        unit.action_done()
        self.assertEqual(doc.state, "done")

"""Issue 12, point 4: notices (thông báo) to a unit, a tổ, several units, people or an
interaction group; one recipient row per person; read states; who reads what."""

from odoo.exceptions import AccessError, UserError, ValidationError

from .common import VnUnitsCase


class TestNotice(VnUnitsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.a_teacher_emp.department_id = cls.a_dept
        cls.a_member = cls._vn_make_user("t12.a.member", cls.school_a)
        cls.env["hr.employee"].create(
            {
                "name": "t12.a.member",
                "user_id": cls.a_member.id,
                "company_id": cls.school_a.id,
                "department_id": cls.a_dept.id,
            }
        )
        cls.b_member = cls._vn_make_user("t12.b.member", cls.school_b)
        cls.env["hr.employee"].create(
            {
                "name": "t12.b.member",
                "user_id": cls.b_member.id,
                "company_id": cls.school_b.id,
                "department_id": cls.b_dept.id,
            }
        )
        cls.a_people = cls.env["res.users"].search(
            [("company_id", "=", cls.school_a.id), ("share", "=", False)]
        )

    def _env(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def _notice(self, sender=None, **vals):
        sender = sender or self.a_clerk
        values = {
            "subject": "Thông báo lịch họp hội đồng sư phạm tháng 12",
            "body": "<p>Kính mời toàn thể cán bộ dự họp lúc 14h00 thứ Sáu.</p>",
            "company_id": sender.company_id.id,
        }
        values.update(vals)
        return self._env(sender)["vn.notice"].create(values)

    def _as(self, notice, user):
        return self._env(user)["vn.notice"].browse(notice.id)

    def _recipients(self, notice):
        return notice.sudo().recipient_ids.user_id

    def test_notice_to_a_department_reaches_exactly_its_members(self):
        self.a_teacher.notification_type = "inbox"
        self.a_member.notification_type = "email"
        notice = self._notice(department_ids=[(6, 0, self.a_dept.ids)])
        notice.action_send()
        self.assertEqual(notice.state, "sent")
        self.assertEqual(self._recipients(notice), self.a_teacher | self.a_member)
        self.assertEqual(notice.recipient_count, 2)
        self.assertEqual(len(notice.sudo().recipient_ids), 2)
        # in their inbox
        message = notice.message_ids.filtered(lambda m: m.message_type == "comment")[:1]
        self.assertEqual(
            set(message.notification_ids.res_partner_id.ids),
            set((self.a_teacher | self.a_member).partner_id.ids),
        )
        # the inbox user has it to read (needaction), the other one an e-mail queued
        inbox = (
            self.env["mail.message"].with_user(self.a_teacher).search([("needaction", "=", True)])
        )
        self.assertIn(message, inbox)
        mail = self.env["mail.mail"].search([("mail_message_id", "=", message.id)])
        self.assertEqual(mail.recipient_ids, self.a_member.partner_id)
        self.assertEqual(message.partner_ids, (self.a_teacher | self.a_member).partner_id)
        # the members read it; the rest of the unit and the other unit do not
        for user in (self.a_teacher, self.a_member):
            self.assertEqual(self._env(user)["vn.notice"].search([]), notice)
        for user in (
            self.a_staff,
            self.a_other if hasattr(self, "a_other") else self.a_staff,
            self.b_teacher,
            self.b_member,
            self.b_leader,
        ):
            self.assertFalse(self._env(user)["vn.notice"].search([]), user.login)
            with self.assertRaises(AccessError):
                self._as(notice, user).read(["subject"])

    def test_notice_to_a_unit_and_to_several_units(self):
        notice = self._notice(company_ids=[(6, 0, self.school_a.ids)])
        notice.action_send()
        self.assertEqual(self._recipients(notice), self.a_people)
        self.assertNotIn(self.b_teacher, self._recipients(notice))
        # a managing body's clerk: his body and the schools it manages
        body_clerk = self._vn_make_user(
            "t12.body.clerk", self.body_a, ["documents_vn_office.group_clerk"]
        )
        body_notice = self._notice(
            sender=body_clerk, company_ids=[(6, 0, self.body_a.ids)], include_sub_units=True
        )
        body_notice.action_send()
        self.assertEqual(self._recipients(body_notice), self.a_people | body_clerk)
        # a school may not address another body's school
        with self.assertRaises(ValidationError):
            self._notice(company_ids=[(6, 0, self.school_b.ids)]).action_send()
        with self.assertRaises(ValidationError):
            self._notice(department_ids=[(6, 0, self.b_dept.ids)]).action_send()

    def test_read_states_per_recipient(self):
        notice = self._notice(
            department_ids=[(6, 0, self.a_dept.ids)], user_ids=[(6, 0, self.a_staff.ids)]
        )
        notice.action_send()
        self.assertEqual(notice.read_count, 0)
        self._as(notice, self.a_teacher).web_read({"subject": {}, "body": {}})
        rows = notice.sudo().recipient_ids
        read = rows.filtered("read_date")
        self.assertEqual(read.user_id, self.a_teacher)
        first = read.read_date
        # opening again keeps the first reading
        self._as(notice, self.a_teacher).web_read({"subject": {}})
        self.assertEqual(rows.filtered("read_date").read_date, first)
        sender = self._as(notice, self.a_clerk)
        sender.invalidate_recordset()
        self.assertEqual(sender.read_count, 1)
        self.assertEqual(sender.recipient_count, 3)
        # the sender and the unit's leader see who read it
        for user in (self.a_clerk, self.a_leader):
            rows = self._env(user)["vn.notice.recipient"].search([("notice_id", "=", notice.id)])
            self.assertEqual(len(rows), 3)
            self.assertEqual(rows.filtered("read_date").user_id, self.a_teacher)
        # a recipient sees only his own row, never who else got it
        own = self._env(self.a_staff)["vn.notice.recipient"].search([])
        self.assertEqual(own.user_id, self.a_staff)
        self.assertFalse(own.read_date)
        with self.assertRaises(AccessError):
            self._as(notice, self.a_staff).read(["recipient_ids"])
        self.assertTrue(self._as(notice, self.a_staff).vn_unread_by_me)
        self.assertFalse(self._as(notice, self.a_teacher).vn_unread_by_me)
        # nobody writes a read state by hand
        with self.assertRaises(AccessError):
            own.write({"read_date": "2026-01-01 00:00:00"})

    def test_recipients_of_another_notice_cannot_read_it(self):
        to_dept = self._notice(department_ids=[(6, 0, self.a_dept.ids)])
        to_staff = self._notice(user_ids=[(6, 0, self.a_staff.ids)], subject="Riêng")
        (to_dept | to_staff).action_send()
        with self.assertRaises(AccessError):
            self._as(to_staff, self.a_teacher).read(["subject"])
        with self.assertRaises(AccessError):
            self._as(to_dept, self.a_staff).read(["subject"])
        rows = self._env(self.a_teacher)["vn.notice.recipient"].search(
            [("notice_id", "=", to_staff.id)]
        )
        self.assertFalse(rows)
        # opening a notice one did not receive marks nothing and is refused
        with self.assertRaises(AccessError):
            self._as(to_staff, self.a_teacher).web_read({"subject": {}})

    def test_no_recipient_and_other_bad_input(self):
        notice = self._notice()
        with self.assertRaises(UserError) as err:
            notice.action_send()
        self.assertIn("no recipient", str(err.exception))
        self.assertEqual(notice.state, "draft")
        self.assertFalse(notice.sudo().recipient_ids)
        # a department without members: still nobody
        empty = self.env["hr.department"].create(
            {"name": "Tổ trống", "company_id": self.school_a.id}
        )
        notice.write({"department_ids": [(6, 0, empty.ids)]})
        with self.assertRaises(UserError):
            notice.action_send()
        # a teacher sends no notice; nobody sends in another's name
        with self.assertRaises(AccessError):
            self._notice(sender=self.a_teacher, user_ids=[(6, 0, self.a_staff.ids)])
        with self.assertRaises(ValidationError):
            self._notice(sender_id=self.a_leader.id)
        # around the button: the state, the sending date, the count
        with self.assertRaises(UserError):
            notice.write({"state": "sent"})
        with self.assertRaises(UserError):
            notice.write({"recipient_count": 5})
        with self.assertRaises(UserError):
            self._notice(state="sent", user_ids=[(6, 0, self.a_staff.ids)])
        # sent: frozen, not deleted
        notice.write({"user_ids": [(6, 0, self.a_staff.ids)]})
        notice.action_send()
        with self.assertRaises(UserError):
            notice.write({"subject": "Khác"})
        with self.assertRaises(UserError):
            notice.unlink()
        # another person's clerk does not send my draft
        draft = self._notice(user_ids=[(6, 0, self.a_staff.ids)])
        with self.assertRaises(AccessError):
            self._as(draft, self.a_leader).action_send()

    def test_interaction_group(self):
        Group = self._env(self.a_leader)["vn.interaction.group"]
        with self.assertRaises(ValidationError):
            Group.create({"name": "Trống"})
        group = Group.create(
            {
                "name": "Ban kiểm định",
                "company_id": self.school_a.id,
                "user_ids": [(6, 0, self.a_staff.ids)],
                "department_ids": [(6, 0, self.a_dept.ids)],
            }
        )
        # private: the clerk neither sees it nor sends to it
        self.assertFalse(self._env(self.a_clerk)["vn.interaction.group"].search([]))
        with self.assertRaises(ValidationError):
            self._notice(group_ids=[(6, 0, group.ids)]).action_send()
        notice = self._notice(sender=self.a_leader, group_ids=[(6, 0, group.ids)])
        notice.action_send()
        self.assertEqual(self._recipients(notice), self.a_staff | self.a_teacher | self.a_member)
        # shared with the unit: the clerk uses it, the other school never sees it
        group.shared = True
        self.assertEqual(self._env(self.a_clerk)["vn.interaction.group"].search([]), group)
        self.assertFalse(self._env(self.b_clerk)["vn.interaction.group"].search([]))
        with self.assertRaises(AccessError):
            self._env(self.a_clerk)["vn.interaction.group"].browse(group.id).write({"name": "x"})
        other = self._notice(group_ids=[(6, 0, group.ids)])
        other.action_send()
        self.assertEqual(other.recipient_count, 3)
        # a group of one's own does not carry a notice to another school's people
        foreign = self._env(self.a_clerk)["vn.interaction.group"].create(
            {"name": "Ngoài trường", "user_ids": [(6, 0, self.b_teacher.ids)]}
        )
        with self.assertRaises(ValidationError):
            self._notice(group_ids=[(6, 0, foreign.ids)]).action_send()

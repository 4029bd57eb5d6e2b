"""Sticky notes and personal contacts are their owner's alone; the phone book of the
managing body shows the public directory fields only; the unit and tổ channels follow
the departments' members and are seen by their members only."""

from odoo.exceptions import AccessError

from .work_common import WorkCase

PRIVATE = (
    "birthday",
    "identification_id",
    "private_phone",
    "private_street",
    "private_email",
    "ssnid",
    "passport_id",
    "marital",
)


class TestStickyNotesAndContacts(WorkCase):
    def test_sticky_notes_are_invisible_to_anyone_else_admin_included(self):
        Note = self.env["vn.sticky.note"]
        note = Note.with_user(self.teacher_a1).create({"name": "Nộp giáo án tuần 14", "color": 3})
        self.assertEqual(note.user_id, self.teacher_a1)
        self.assertEqual(Note.with_user(self.teacher_a1).search([]), note)
        admin = self._make_user(
            "t.sysadmin", self.school_a1, ["base.group_system", "documents_vn_office.group_admin"]
        )
        for other in (self.teacher2_a1, self.head_a1, self.hr_a, admin):
            with self.subTest(user=other.login):
                self.assertFalse(Note.with_user(other).search([]))
                self.assertEqual(Note.with_user(other).search_count([]), 0)
                with self.assertRaises(AccessError):
                    note.with_user(other).read(["name"])
                with self.assertRaises(AccessError):
                    note.with_user(other).write({"done": True})
                with self.assertRaises(AccessError):
                    Note.with_user(other).create(
                        {"name": "Ghi chú hộ", "user_id": self.teacher_a1.id}
                    )
        self.assertFalse(note.done)
        note.with_user(self.teacher_a1).action_toggle_done()
        self.assertTrue(note.done)

    def test_personal_contacts_are_private(self):
        Contact = self.env["vn.personal.contact"]
        contact = Contact.with_user(self.teacher_a1).create(
            {"name": "Nguyễn Văn Phụ huynh", "phone": "0912345678"}
        )
        self.assertEqual(Contact.with_user(self.teacher_a1).search([]), contact)
        for other in (self.teacher2_a1, self.head_a1, self.hr_a):
            with self.subTest(user=other.login):
                self.assertFalse(Contact.with_user(other).search([]))
                with self.assertRaises(AccessError):
                    contact.with_user(other).read(["phone"])


class TestPhoneBook(WorkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.emp["teacher_a2"].write(
            {
                "work_phone": "0221 3861 222",
                "work_email": "gv.a2@school.example.com",
                "private_phone": "0988 000 111",
                "job_title": "Giáo viên",
            }
        )

    def test_the_body_phone_book_shows_directory_fields_of_its_units_only(self):
        Book = self.env["vn.phone.book"].with_user(self.teacher_a1)
        rows = Book.search([])
        units = set(rows.company_id.ids)
        self.assertTrue({self.school_a1.id, self.school_a2.id, self.body_a.id} <= units)
        self.assertFalse(units & {self.school_b1.id, self.body_b.id})
        row = Book.search([("user_id", "=", self.teacher_a2.id)])
        self.assertEqual(
            (row.name, row.company_id, row.work_phone, row.work_email, row.job_title),
            (
                "Test teacher a2",
                self.school_a2,
                "0221 3861 222",
                "gv.a2@school.example.com",
                "Giáo viên",
            ),
        )
        # the body's own staff see their schools too; the other body sees none of them
        self.assertIn(row, self.env["vn.phone.book"].with_user(self.bodyhead_a).search([]))
        self.assertFalse(
            self.env["vn.phone.book"]
            .with_user(self.teacher_b1)
            .browse(row.id)
            .search([("id", "=", row.id)])
        )
        with self.assertRaises(AccessError):
            self.env["vn.phone.book"].with_user(self.teacher_b1).browse(row.id).read(["name"])

    def test_no_private_field_through_any_read(self):
        Book = self.env["vn.phone.book"].with_user(self.teacher_a1)
        self.assertFalse(set(PRIVATE) & set(Book.fields_get()))
        row = Book.search([("user_id", "=", self.teacher_a2.id)])
        for fname in PRIVATE:
            with self.subTest(field=fname), self.assertRaises(ValueError):
                row.read([fname])
        with self.assertRaises(ValueError):
            Book.search_read([], ["name", "private_phone"])
        values = row.read()[0]
        self.assertNotIn("0988 000 111", str(values))
        # and the employee record of another user stays closed to him
        employee = self.emp["teacher_a2"].with_user(self.teacher_a1)
        for fname in ("birthday", "private_phone", "identification_id"):
            with self.subTest(field=fname), self.assertRaises(AccessError):
                employee.read([fname])
        with self.assertRaises(AccessError):
            self.env["hr.employee"].with_user(self.teacher_a1).search_read(
                [("id", "=", employee.id)], ["private_phone"]
            )

    def test_the_book_is_read_only(self):
        row = self.env["vn.phone.book"].with_user(self.teacher_a1).search([], limit=1)
        with self.assertRaises(AccessError):
            row.write({"work_phone": "000"})
        with self.assertRaises(AccessError):
            self.env["vn.phone.book"].with_user(self.teacher_a1).create({"name": "X"})


class TestChannels(WorkCase):
    def _channel(self, **domain):
        key, value = next(iter(domain.items()))
        return self.env["discuss.channel"].sudo().search([(key, "=", value.id)])

    def _members(self, channel):
        return (
            self.env["discuss.channel.member"]
            .sudo()
            .search([("channel_id", "=", channel.id)])
            .partner_id
        )

    def test_unit_channel_has_the_unit_staff_and_only_they_see_it(self):
        channel = self._channel(vn_company_id=self.school_a1)
        self.assertTrue(channel)
        users = self.teacher_a1 | self.teacher2_a1 | self.officer_a1 | self.head_a1
        self.assertEqual(self._members(channel), users.partner_id)
        Channel = self.env["discuss.channel"]
        self.assertTrue(Channel.with_user(self.teacher_a1).search([("id", "=", channel.id)]))
        for other in (self.teacher_a2, self.bodyhead_a, self.teacher_b1):
            with self.subTest(user=other.login):
                self.assertFalse(Channel.with_user(other).search([("id", "=", channel.id)]))
                with self.assertRaises(AccessError):
                    channel.with_user(other).read(["name"])

    def test_department_channel_follows_a_department_change(self):
        Department = self.env["hr.department"]
        math = Department.create({"name": "Tổ Toán", "company_id": self.school_a1.id})
        science = Department.create({"name": "Tổ KHTN", "company_id": self.school_a1.id})
        math_channel = self._channel(vn_department_id=math)
        science_channel = self._channel(vn_department_id=science)
        self.assertTrue(math_channel and science_channel)
        self.assertFalse(self._members(math_channel))
        self.emp["teacher_a1"].department_id = math
        self.assertEqual(self._members(math_channel), self.teacher_a1.partner_id)
        self.emp["teacher_a1"].department_id = science
        self.assertFalse(self._members(math_channel))
        self.assertEqual(self._members(science_channel), self.teacher_a1.partner_id)
        # the tổ trưởng (manager) is a member; he sees it, a teacher of another tổ not
        science.manager_id = self.emp["teacher2_a1"]
        self.assertEqual(
            self._members(science_channel), (self.teacher_a1 | self.teacher2_a1).partner_id
        )
        Channel = self.env["discuss.channel"]
        self.assertFalse(Channel.with_user(self.officer_a1).search([("id", "=", math_channel.id)]))
        # renamed: the channel follows; moved to another school: he leaves its unit channel
        science.name = "Tổ Khoa học tự nhiên"
        self.assertIn("Tổ Khoa học tự nhiên", science_channel.name)
        self.emp["teacher_a1"].write({"company_id": self.school_a2.id, "department_id": False})
        self.assertNotIn(
            self.teacher_a1.partner_id, self._members(self._channel(vn_company_id=self.school_a1))
        )
        self.assertIn(
            self.teacher_a1.partner_id, self._members(self._channel(vn_company_id=self.school_a2))
        )

    def test_sync_method_puts_back_the_members(self):
        channel = self._channel(vn_company_id=self.school_a1)
        channel.channel_member_ids.filtered(
            lambda m: m.partner_id == self.teacher_a1.partner_id
        ).unlink()
        channel._add_members(partners=self.teacher_b1.partner_id, post_joined_message=False)
        self.env["discuss.channel"]._vn_sync_channels(companies=self.school_a1)
        members = self._members(channel)
        self.assertIn(self.teacher_a1.partner_id, members)
        self.assertNotIn(self.teacher_b1.partner_id, members)


class TestPersonalCalendar(WorkCase):
    def test_a_private_appointment_stays_private(self):
        """Odoo Calendar as stock: another user sees only "Busy", never the content."""
        event = (
            self.env["calendar.event"]
            .with_user(self.teacher_a1)
            .with_context(no_mail_to_attendees=True)
            .create(
                {
                    "name": "Khám sức khỏe định kỳ",
                    "start": "2026-03-02 01:00:00",
                    "stop": "2026-03-02 02:00:00",
                    "privacy": "private",
                    "partner_ids": [(6, 0, self.teacher_a1.partner_id.ids)],
                    "description": "Bệnh viện tỉnh",
                }
            )
        )
        mine = event.with_user(self.teacher_a1).read(["name"])[0]
        self.assertEqual(mine["name"], "Khám sức khỏe định kỳ")
        for other in (self.teacher2_a1, self.head_a1):
            with self.subTest(user=other.login):
                self.env.invalidate_all()  # read from the database, as in a new request
                seen = self.env["calendar.event"].with_user(other).browse(event.id)
                values = seen.read(["name", "description", "location"])[0]
                self.assertNotIn("Khám sức khỏe", str(values))
                self.assertNotIn("Bệnh viện", str(values))

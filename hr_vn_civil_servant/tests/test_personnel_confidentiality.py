"""One rule for personnel data, channel by channel, as the real roles of two managing
bodies (see common.PersonnelCase): the person himself and the HR roles of his unit read
his record; the private data of other people leaves in bulk only as a logged export."""

import base64
import io

from PIL import Image

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import PersonnelCase

PRIVATE = ["identification_id", "birthday", "private_street", "vn_religion_id"]


class TestPersonnelChannels(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff_a1 = cls.emp["teacher_a1"] | cls.emp["teacher2_a1"]
        cls.Employee = cls.env["hr.employee"]

    # ------------------------------------------------------------------ onchange
    def _line_onchange(self, user, employee, field_name="private_email"):
        Line = self.env["vn.profile.change.request.line"].with_user(user)
        result = Line.onchange(
            {
                "request_id": {"employee_id": employee.id},
                "line_type": "field",
                "field_name": field_name,
            },
            ["field_name"],
            {
                "request_id": {"fields": {"employee_id": {}}},
                "line_type": {},
                "field_name": {},
                "old_value_text": {},
            },
        )
        return result["value"].get("old_value_text")

    def test_onchange_of_change_request_line_reads_only_what_the_user_may_read(self):
        other_body = self.emp["teacher_b1"]
        colleague = self.emp["teacher2_a1"]
        for field_name in ("private_email", "vn_religion_id", "marital", "private_street"):
            self.assertFalse(self._line_onchange(self.teacher_a1, other_body, field_name))
            self.assertFalse(self._line_onchange(self.teacher_a1, colleague, field_name))
            self.assertFalse(self._line_onchange(self.officer_b1, colleague, field_name))
        # himself, and the HR roles of his unit, see the current value
        self.assertEqual(
            self._line_onchange(self.teacher_a1, self.emp["teacher_a1"]),
            self.emp["teacher_a1"].private_email,
        )
        self.assertEqual(self._line_onchange(self.officer_a1, colleague), colleague.private_email)
        # a field outside the declarable list gives nothing either
        self.assertFalse(self._line_onchange(self.officer_a1, colleague, "identification_id"))

    def test_old_value_on_create_is_read_as_the_user(self):
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.officer_a1)
            .create(
                {
                    "employee_id": self.emp["teacher_a1"].id,
                    "line_ids": [
                        Command.create(
                            {
                                "line_type": "field",
                                "field_name": "private_email",
                                "new_value_char": "x@y.vn",
                            }
                        )
                    ],
                }
            )
        )
        self.assertEqual(request.line_ids.old_value_text, self.emp["teacher_a1"].private_email)
        # another body's officer cannot even create it
        with self.assertRaises(AccessError):
            self.env["vn.profile.change.request"].with_user(self.officer_b1).create(
                {"employee_id": self.emp["teacher_a1"].id}
            )

    # ------------------------------------------------------------------ read / lists
    def test_form_of_one_person_is_read_unlogged(self):
        values = (
            self.emp["teacher_a1"]
            .with_user(self.officer_a1)
            .web_read({name: {} for name in PRIVATE})
        )
        self.assertEqual(values[0]["identification_id"], self.emp["teacher_a1"].identification_id)
        self.assertFalse(self.logs(self.officer_a1))

    def test_lists_and_views_of_hr_users_keep_working_unlogged(self):
        Employee = self.Employee.with_user(self.officer_a1)
        views = Employee.get_views([(False, "list"), (False, "kanban"), (False, "search")])
        for view_type in ("list", "kanban"):
            spec = {
                name: {}
                for name in views["models"]["hr.employee"]["fields"]
                if f'name="{name}"' in views["views"][view_type]["arch"]
            }
            result = Employee.with_context(bin_size=True).web_search_read(
                [("company_id", "=", self.school_a1.id)], spec, limit=80
            )
            self.assertGreaterEqual(result["length"], 4, view_type)
        # the filters and groupings of the personnel list
        groups = Employee.web_read_group(
            [("company_id", "=", self.school_a1.id)],
            ["vn_salary_step:sum"],
            ["vn_grade_id"],
        )
        self.assertTrue(groups["groups"])
        Employee.search([("vn_retirement_date", ">=", "2026-01-01")])
        self.assertFalse(self.logs(self.officer_a1))

    def test_bulk_read_of_private_fields_is_an_export(self):
        for method in ("read", "web_read"):
            with self.assertRaises(AccessError, msg=method):
                records = self.staff_a1.with_user(self.officer_a1)
                if method == "read":
                    records.read(PRIVATE)
                else:
                    records.web_read({name: {} for name in PRIVATE})
        with self.assertRaises(AccessError):
            self.Employee.with_user(self.head_a1).search_read(
                [("company_id", "=", self.school_a1.id)], ["birthday"]
            )
        with self.assertRaises(AccessError):
            self.Employee.with_user(self.head_a1).web_search_read(
                [("company_id", "=", self.school_a1.id)], {"vn_monthly_salary": {}}
            )
        with self.assertRaises(AccessError):
            self.staff_a1.with_user(self.officer_a1).copy_data()
        # read() of every field (fields=None) counts too
        with self.assertRaises(AccessError):
            self.staff_a1.with_user(self.officer_a1).read()
        self.assertFalse(self.logs(self.officer_a1))

    def test_bulk_read_with_authorisation_is_logged(self):
        with self.assertRaises(UserError):
            self.staff_a1.with_user(self.hr_a).read(["birthday"])
        auth = self._authorize(self.hr_a, self.body_a, self.bodyhead_a)
        rows = (
            self.Employee.with_user(self.hr_a)
            .with_context(vn_export_authorization_id=auth.id)
            .search_read([("id", "in", self.staff_a1.ids)], ["name", "birthday"])
        )
        self.assertEqual(len(rows), 2)
        log = self.logs(self.hr_a, "bulk_read")
        self.assertEqual(len(log), 1)
        self.assertEqual(log.authorization_id, auth)
        self.assertEqual(log.model, "hr.employee")
        self.assertEqual(log.record_count, 2)
        self.assertEqual(log.field_names, "birthday")
        self.assertEqual(set(map(int, log.record_ids.split(","))), set(self.staff_a1.ids))

    def test_read_group_of_private_fields_is_an_export(self):
        Employee = self.Employee.with_user(self.officer_a1)
        domain = [("company_id", "=", self.school_a1.id)]
        for groupby, aggregates in (
            (["identification_id"], ["__count"]),
            (["birthday:day"], ["__count"]),
            (["name"], ["vn_monthly_salary:sum"]),
        ):
            with self.assertRaises(AccessError, msg=groupby):
                Employee._read_group(domain, groupby, aggregates)
        with self.assertRaises(AccessError):
            Employee.read_group(domain, ["identification_id"], ["identification_id"])
        with self.assertRaises(AccessError):
            Employee.web_read_group(domain, ["identification_id"], ["identification_id"])
        # counts by unit over a private condition stay possible (statistics as a user)
        Employee._read_group(
            domain + [("birthday", "<", "1990-01-01")], ["company_id"], ["__count"]
        )
        auth = self._authorize(self.hr_a, self.body_a, self.bodyhead_a)
        groups = (
            self.Employee.with_user(self.hr_a)
            .with_context(vn_export_authorization_id=auth.id)
            .web_read_group(domain, ["identification_id"], ["identification_id"], limit=2)
        )
        self.assertTrue(groups["groups"])
        log = self.logs(self.hr_a, "bulk_read")
        self.assertEqual(len(log), 1, "one web_read_group, one row")
        self.assertEqual(log.method, "read_group")

    def test_name_search_and_domains_reveal_nothing_outside_the_unit(self):
        target = self.emp["teacher_a1"]
        self.assertFalse(self.Employee.with_user(self.officer_b1).name_search(target.name, limit=5))
        self.assertFalse(
            self.Employee.with_user(self.hr_b).search(
                [("identification_id", "=", target.identification_id)]
            )
        )
        with self.assertRaises(ValueError):
            # a teacher has no private field at all, not even as a search condition
            # (hr.employee.public has no such field)
            self.Employee.with_user(self.teacher_b1).search(
                [("identification_id", "=", target.identification_id)]
            )
        with self.assertRaises(AccessError):
            target.with_user(self.hr_b).read(["name"])
        with self.assertRaises(AccessError):
            target.with_user(self.officer_b1).read(["birthday"])

    def test_history_lines(self):
        lines = self.env["vn.training"].create(
            [
                {"employee_id": employee.id, "school": f"ĐHSP {employee.name}"}
                for employee in self.staff_a1
            ]
        )
        Training = self.env["vn.training"].with_user(self.officer_a1)
        # one person's lines (the employee form): fine
        self.assertTrue(Training.browse(lines[0].id).read(["school"]))
        with self.assertRaises(AccessError):
            Training.browse(lines.ids).read(["school"])
        with self.assertRaises(AccessError):
            Training.search_read([("id", "in", lines.ids)], ["school"])
        # the person reads his own lines, nobody of another body reads any
        own = self.env["vn.training"].with_user(self.teacher_a1).search([("id", "in", lines.ids)])
        self.assertEqual(own, lines[0])
        self.assertFalse(
            self.env["vn.training"].with_user(self.officer_b1).search([("id", "in", lines.ids)])
        )

    def test_change_requests_and_lines(self):
        requests = self.env["vn.profile.change.request"]
        for key in ("teacher_a1", "teacher2_a1"):
            requests |= (
                self.env["vn.profile.change.request"]
                .with_user(self.users[key])
                .create(
                    {
                        "note": "Chuyển nhà",
                        "line_ids": [
                            Command.create(
                                {
                                    "line_type": "field",
                                    "field_name": "private_street",
                                    "new_value_char": f"Số 9 phố {key}",
                                }
                            )
                        ],
                    }
                )
            )
        Request = self.env["vn.profile.change.request"].with_user(self.head_a1)
        # the list of requests to approve: fine
        Request.web_search_read(
            [("id", "in", requests.ids)],
            {"name": {}, "employee_id": {"fields": {"display_name": {}}}, "state": {}},
        )
        with self.assertRaises(AccessError):
            Request.search_read([("id", "in", requests.ids)], ["note"])
        with self.assertRaises(AccessError):
            self.env["vn.profile.change.request.line"].with_user(self.head_a1).search_read(
                [("request_id", "in", requests.ids)], ["new_value_text", "old_value_text"]
            )
        # one request's form, with its lines: fine
        requests[0].with_user(self.head_a1).web_read(
            {"note": {}, "line_ids": {"fields": {"new_value_text": {}, "old_value_text": {}}}}
        )
        self.assertFalse(
            self.env["vn.profile.change.request.line"]
            .with_user(self.officer_b1)
            .search([("request_id", "in", requests.ids)])
        )

    def test_res_users_related_private_fields(self):
        Users = self.env["res.users"].with_user(self.officer_a1)
        with self.assertRaises(AccessError):
            Users.search_read(
                [("id", "in", (self.teacher_a1 | self.teacher2_a1).ids)], ["birthday"]
            )
        # his own profile stays readable
        self.assertTrue(self.officer_a1.with_user(self.officer_a1).read(["birthday"]))

    def test_chatter_messages_and_tracking_values(self):
        # tracked changes of two people, made by the HR office of the body (records
        # created in the same transaction are not tracked: end that first)
        self.env.flush_all()
        self.env.cr.precommit.run()
        for employee in self.staff_a1:
            employee.with_user(self.hr_a).write({"vn_staff_category": "public_employee"})
            employee.with_user(self.hr_a).message_post(body="CCCD cũ 0980…", message_type="comment")
        self.env.flush_all()
        self.env.cr.precommit.run()  # the tracking messages are written at commit
        Message = self.env["mail.message"].with_user(self.officer_a1)
        domain = [("model", "=", "hr.employee"), ("res_id", "in", self.staff_a1.ids)]
        messages = Message.search(domain)
        self.assertGreaterEqual(len(messages), 4)
        with self.assertRaises(AccessError):
            Message.search_read(domain, ["body"])
        with self.assertRaises(AccessError):
            Message.search_read(domain, ["subject", "attachment_ids"])
        # the tracked old and new values are the administrators' only (Odoo's rule)
        self.assertTrue(messages.sudo().tracking_value_ids)
        with self.assertRaises(AccessError):
            Message.search_read(domain[:1], ["tracking_value_ids"])
        # one person's chatter: fine
        one = [("model", "=", "hr.employee"), ("res_id", "=", self.staff_a1[0].id)]
        self.assertTrue(Message.search_read(one, ["body"]))
        # nobody of another unit, and no teacher, reads them
        self.assertFalse(self.env["mail.message"].with_user(self.officer_b1).search(domain))
        self.assertFalse(self.env["mail.message"].with_user(self.teacher2_a1).search(one))
        with self.assertRaises(AccessError):
            self.env["mail.tracking.value"].with_user(self.officer_a1).search([])
        # the author's own messages are his mail
        mine = domain + [("author_id", "=", self.hr_a.partner_id.id)]
        self.assertEqual(
            len(self.env["mail.message"].with_user(self.hr_a).search_read(mine, ["body"])), 4
        )

    def test_files_of_personnel_records(self):
        attachments = self.env["ir.attachment"].create(
            [
                {
                    "name": "cccd.pdf",
                    "res_model": "hr.employee",
                    "res_id": employee.id,
                    "raw": b"%PDF-1.4 scan",
                }
                for employee in self.staff_a1
            ]
        )
        Attachment = self.env["ir.attachment"].with_user(self.officer_a1)
        with self.assertRaises(AccessError):
            Attachment.browse(attachments.ids).read(["datas"])
        self.assertTrue(Attachment.browse(attachments[0].id).read(["datas"]))
        self.assertFalse(
            self.env["ir.attachment"]
            .with_user(self.officer_b1)
            .search([("id", "in", attachments.ids)])
        )

    def test_photo_of_the_record(self):
        buffer = io.BytesIO()
        Image.new("RGB", (60, 80), (200, 30, 30)).save(buffer, "PNG")
        photo = base64.b64encode(buffer.getvalue())
        teacher = self.emp["teacher_a1"]
        teacher.image_1920 = photo
        Public = self.env["hr.employee.public"]
        self.assertTrue(Public.with_user(self.teacher_a1).browse(teacher.id).image_128)
        self.assertTrue(Public.with_user(self.officer_a1).browse(teacher.id).image_128)
        colleague_view = Public.with_user(self.teacher2_a1).browse(teacher.id)
        self.assertFalse(colleague_view.image_1920)
        self.assertFalse(colleague_view.image_128)
        self.assertTrue(colleague_view.avatar_128)
        self.assertNotEqual(colleague_view.avatar_128, teacher.sudo().image_128)
        self.assertNotEqual(colleague_view.avatar_1920, teacher.sudo().image_1920)
        # the directory of another body does not even list him
        self.assertFalse(Public.with_user(self.teacher_b1).search([("id", "=", teacher.id)]))
        # the record's own photo field: HR users of the unit, one at a time
        # (a teacher reading hr.employee gets the directory's values)
        self.assertFalse(teacher.with_user(self.teacher2_a1).read(["image_1920"])[0]["image_1920"])
        with self.assertRaises(AccessError):
            self.staff_a1.with_user(self.officer_a1).read(["image_1920"])

    def test_activities_stay_with_the_record(self):
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.teacher_a1)
            .create(
                {
                    "line_ids": [
                        Command.create(
                            {
                                "line_type": "field",
                                "field_name": "private_phone",
                                "new_value_char": "0909",
                            }
                        )
                    ]
                }
            )
        )
        request.with_user(self.teacher_a1).action_submit()
        activities = request.activity_ids
        self.assertTrue(activities)
        for user in (self.teacher_b1, self.head_b1, self.hr_b, self.teacher2_a1):
            self.assertFalse(
                self.env["mail.activity"].with_user(user).search([("id", "in", activities.ids)]),
                user.login,
            )
        self.assertTrue(
            self.env["mail.activity"].with_user(self.head_a1).search([("id", "in", activities.ids)])
        )


class TestManagerLinks(PersonnelCase):
    def test_manager_and_coach_stay_in_the_managing_body(self):
        teacher = self.emp["teacher_a1"].with_user(self.officer_a1)
        for fname in ("parent_id", "coach_id"):
            with self.assertRaises(ValidationError, msg=fname):
                teacher.write({fname: self.emp["teacher_b1"].id})
            # same body, but a school the officer does not administer
            with self.assertRaises(ValidationError, msg=fname):
                teacher.write({fname: self.emp["teacher_a2"].id})
            teacher.write({fname: self.emp["head_a1"].id})
        # the HR office of the body links across its schools, never to another body
        self.emp["teacher_a1"].with_user(self.hr_a).write({"parent_id": self.emp["head_a2"].id})
        with self.assertRaises(ValidationError):
            self.emp["teacher_a1"].with_user(self.hr_a).write({"parent_id": self.emp["head_b1"].id})
        # nobody sets his own manager (controlled field of his own record)
        with self.assertRaises(AccessError):
            self.emp["officer_a1"].with_user(self.officer_a1).write(
                {"parent_id": self.emp["head_a1"].id}
            )

    def test_stock_manager_rule_opens_nothing(self):
        for xmlid in ("hr.hr_employee_comp_rule", "hr.hr_employee_public_comp_rule"):
            domain = self.env.ref(xmlid).domain_force
            self.assertNotIn("parent_id", domain, xmlid)
        # even a link made behind the ORM's back opens nothing
        target = self.emp["teacher_b1"]
        self.env.cr.execute(
            "UPDATE hr_employee SET parent_id = %s, coach_id = %s WHERE id = %s",
            (target.id, target.id, self.emp["officer_a1"].id),
        )
        self.env.cr.execute(
            "UPDATE hr_employee SET parent_id = %s WHERE id = %s",
            (self.emp["officer_a1"].id, target.id),
        )
        self.env.invalidate_all()
        self.env.registry.clear_cache()
        with self.assertRaises(AccessError):
            target.with_user(self.officer_a1).read(["identification_id"])
        with self.assertRaises(AccessError):
            target.with_user(self.officer_a1).write({"vn_other_names": "x"})
        self.assertFalse(
            self.env["hr.employee.public"]
            .with_user(self.officer_a1)
            .search([("id", "=", target.id)])
        )

"""Every declarable item has a working input (issue 17.4): the items chosen from a
reference table through their own dropdown, the columns of each history table through
their own fields; applied on approval, refused with a message when wrong."""

from odoo.exceptions import ValidationError
from odoo.tests import Form
from odoo.tests.common import TransactionCase

from .common import make_user

P = "hr_vn_civil_servant.group_"


class TestDeclareAnyItem(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body = Company.create({"name": "Sở A (dk)", "vn_short_name": "DKA"})
        cls.school = Company.create(
            {"name": "Trường A1 (dk)", "vn_short_name": "DKA1", "parent_id": cls.body.id}
        )
        cls.teacher = make_user(cls.env, "dk.teacher", cls.school)
        cls.head = make_user(cls.env, "dk.head", cls.school, [P + "unit_head"])
        cls.hr = make_user(cls.env, "dk.hr", cls.body | cls.school, [P + "hr_office"])
        cls.employee = cls.env["hr.employee"].create(
            {"name": "Giáo viên (dk)", "user_id": cls.teacher.id, "company_id": cls.school.id}
        )
        cls.religion = cls.env["vn.religion"].search([], limit=1)
        Level = cls.env["vn.education.level"]
        cls.political = Level.search([("kind", "=", "political_theory")], limit=1)
        cls.general = Level.search([("kind", "=", "general")], limit=1)
        cls.province = cls.env["vn.province"].search([], limit=1)

    def _approve(self, request):
        request.action_submit()
        request.with_user(self.head).action_unit_approve()
        request.with_user(self.hr).action_approve()
        self.assertEqual(request.state, "approved")

    def test_teacher_declares_items_chosen_from_lists_in_the_form(self):
        self.assertTrue(self.religion and self.political and self.province)
        Request = self.env["vn.profile.change.request"].with_user(self.teacher)
        with Form(Request) as form:
            with form.line_ids.new() as line:
                line.field_name = "vn_religion_id"
                self.assertEqual(line.field_type, "many2one")
                line.new_value_religion_id = self.religion
            with form.line_ids.new() as line:
                line.field_name = "vn_political_theory_id"
                self.assertEqual(line.new_value_level_kind, "political_theory")
                line.new_value_education_level_id = self.political
            with form.line_ids.new() as line:
                line.field_name = "vn_residence_province_id"
                line.new_value_province_id = self.province
        request = form.record
        texts = request.line_ids.mapped("new_value_text")
        self.assertEqual(
            texts, [self.religion.name, self.political.name, self.province.display_name]
        )
        self._approve(request)
        employee = self.employee.sudo()
        self.assertEqual(employee.vn_religion_id, self.religion)
        self.assertEqual(employee.vn_political_theory_id, self.political)
        self.assertEqual(employee.vn_residence_province_id, self.province)

    def test_input_of_the_wrong_kind_is_refused(self):
        """Around the form: a general-education level given as political theory through
        ``write`` is refused at submission, and nothing is applied."""
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.teacher)
            .create(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "field_name": "vn_political_theory_id",
                                "new_value_education_level_id": self.general.id,
                            },
                        )
                    ]
                }
            )
        )
        self.assertEqual(request.line_ids.new_value_ref, self.general)
        with self.assertRaises(ValidationError):
            request.action_submit()
        self.assertEqual(request.state, "draft")
        self.assertFalse(self.employee.sudo().vn_political_theory_id)

    def test_history_tables_have_their_own_fields(self):
        Request = self.env["vn.profile.change.request"].with_user(self.teacher)
        with Form(Request) as form:
            with form.line_ids.new() as line:
                line.line_type = "history"
                line.history_model = "vn.training"
                line.date_from = "2024-06-01"
                line.date_to = "2024-08-30"
                line.description = "Trường Đại học Sư phạm Hà Nội"
                line.training_major = "Quản lý giáo dục"
                line.training_form = "in_service"
                line.training_diploma = "Chứng chỉ bồi dưỡng"
            with form.line_ids.new() as line:
                line.line_type = "history"
                line.history_model = "vn.family.member"
                line.description = "Nguyễn Văn Bình"
                line.history_year = 1958
                line.family_relation = "father"
                line.family_side = "self"
                line.family_details = "Quê Hưng Yên, hưu trí"
        request = form.record
        training_text = request.line_ids[0].new_value_text
        self.assertIn("Quản lý giáo dục", training_text)
        self.assertIn("Chứng chỉ bồi dưỡng", training_text)
        self._approve(request)
        training = self.env["vn.training"].search([("employee_id", "=", self.employee.id)])
        self.assertEqual(
            (training.school, training.major, training.form, training.diploma),
            (
                "Trường Đại học Sư phạm Hà Nội",
                "Quản lý giáo dục",
                "in_service",
                "Chứng chỉ bồi dưỡng",
            ),
        )
        father = self.env["vn.family.member"].search([("employee_id", "=", self.employee.id)])
        self.assertEqual(
            (father.name, father.birth_year, father.relation, father.details),
            ("Nguyễn Văn Bình", 1958, "father", "Quê Hưng Yên, hưu trí"),
        )

    def test_every_reference_item_has_an_input(self):
        """No declarable many2one without its own dropdown on the line."""
        from ..models.vn_profile_change_request_line_input import (
            REF_INPUTS,
        )

        Line = self.env["vn.profile.change.request.line"]
        models_ = {m for m, _label in Line._selection_ref_models()}
        self.assertFalse(models_ - set(REF_INPUTS), "a reference table without an input")
        arch = Line.get_view(view_type="form")["arch"]
        for fname in REF_INPUTS.values():
            self.assertIn(f'name="{fname}"', arch)

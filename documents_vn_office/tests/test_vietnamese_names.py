"""No English in the Vietnamese interface (issue 17, point 8): the names the suite
generates and stores are written in Vietnamese whoever creates the record (the
superuser, a scheduled action and the demo data work in English), and the lists of
models offered in a form (history types of a change request, linked documents, folder
items) show the models' Vietnamese names. Built on the test's own units and users."""

from datetime import date, timedelta

from odoo.exceptions import ValidationError

from odoo.addons.hr_vn_civil_servant.tests.common import PersonnelCase


class TestVietnameseNames(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        monday = date.today() - timedelta(days=date.today().weekday()) + timedelta(weeks=1)
        cls.calendar = cls.env["vn.school.calendar"].create(
            {
                "company_id": cls.school_a1.id,
                "school_year": f"{monday.year + 5}-{monday.year + 6}",
                "week1_start": monday,
                "week_count": 35,
            }
        )

    def test_generated_names_are_vietnamese_whoever_creates_the_record(self):
        """A lesson plan and a weekly plan created in English (as the superuser): the
        kind, the period and the date are written the Vietnamese way."""
        Record = self.env["vn.teaching.record"].with_company(self.school_a1)
        lesson_day = self.calendar.week1_start + timedelta(days=9)
        lesson = Record.create(
            {
                "calendar_id": self.calendar.id,
                "teacher_id": self.emp["teacher_a1"].id,
                "kind": "lesson_plan",
                "lesson_date": lesson_day,
                "subject": "Toán 6 - Bài 3",
            }
        )
        self.assertEqual(self.env.lang, "en_US")
        self.assertEqual(
            lesson.name,
            f"Kế hoạch bài dạy - {lesson_day:%d/%m/%Y} - Toán 6 - Bài 3 - Test teacher a1",
        )
        plan = self.env["vn.file.plan"].create({"company_id": self.school_a1.id, "year": 2027})
        self.assertTrue(plan.name.startswith("Danh mục hồ sơ 2027 - "), plan.name)
        self.assertNotIn("File plan", plan.name)

    def test_model_lists_show_the_vietnamese_names(self):
        """The history type of a change request line (and the other lists of models)
        in the user's language: "Dòng đào tạo, bồi dưỡng", not "Training Line"."""
        teacher = self.teacher_a1
        Line = self.env["vn.profile.change.request.line"].with_user(teacher)
        field = Line._fields["history_model"]
        vietnamese = dict(field._description_selection(Line.with_context(lang="vi_VN").env))
        english = dict(field._description_selection(Line.with_context(lang="en_US").env))
        self.assertEqual(vietnamese["vn.training"], "Dòng đào tạo, bồi dưỡng")
        self.assertEqual(vietnamese["vn.family.member"], "Thành viên gia đình")
        self.assertEqual(english["vn.training"], "Training Line")
        # the form's fields_get, as the web client reads it
        described = Line.with_context(lang="vi_VN").fields_get(["history_model"])
        labels = dict(described["history_model"]["selection"])
        self.assertEqual(labels["vn.training"], "Dòng đào tạo, bồi dưỡng")
        Link = self.env["vn.document.link"].with_user(teacher).with_context(lang="vi_VN")
        links = dict(Link.fields_get(["source_model"])["source_model"]["selection"])
        self.assertEqual(links["vn.outgoing.document"], "Văn bản đi")

    def test_refusal_names_the_history_type_in_vietnamese(self):
        """A further value that a training line cannot hold is refused with the
        history type's Vietnamese name in the message."""
        line = self.env["vn.profile.change.request.line"].new(
            {
                "line_type": "history",
                "history_model": "vn.training",
                "values_json": '{"not_a_column": 1}',
            }
        )
        line = line.with_context(lang="vi_VN")
        with self.assertRaises(ValidationError) as caught:
            line._vn_extra_values()
        self.assertIn("Dòng đào tạo, bồi dưỡng", str(caught.exception))
        self.assertNotIn("Training Line", str(caught.exception))

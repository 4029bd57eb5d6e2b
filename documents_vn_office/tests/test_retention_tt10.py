"""Retention periods (issue 10 point 12): the rows of Thông tư 10/2022/TT-BNV with their
basis, item and validity dates; the rows still carrying a value of the repealed Thông tư
09/2011/TT-BNV are flagged, and the flag is seen by the clerk where the period is chosen
(the case file, the planned case files of the danh mục hồ sơ), not only in configuration."""

from datetime import date

from lxml import etree

from odoo.exceptions import ValidationError
from odoo.tests import Form

from .workflow_common import VnWorkflowCase

TT10_ROWS = {
    # xml id: years (TT 10/2022 Phụ lục I mục 3, as the secondary sources report it)
    "vn_retention_tt10_dieu_le_quy_che": 20,
    "vn_retention_tt10_quy_hoach_phieu": 5,
    "vn_retention_tt10_quy_hoach_khac": 10,
    "vn_retention_tt10_quy_hoach_cong_van": 5,
}


class TestRetentionTT10(VnWorkflowCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.placeholder = cls.env.ref("documents_vn_office.vn_retention_tt09_cong_van")
        cls.checked = cls.env.ref("documents_vn_office.vn_retention_tt10_quy_hoach_phieu")

    def test_tt10_example_rows(self):
        """Hồ sơ quy hoạch cán bộ: phiếu tín nhiệm 5 năm, tài liệu khác 10 năm (TT 09/2011
        had 20); công văn trao đổi về quy hoạch 5 năm (TT 09/2011 had 10)."""
        for xml_id, years in TT10_ROWS.items():
            row = self.env.ref(f"documents_vn_office.{xml_id}")
            self.assertEqual(row.years, years, xml_id)
            self.assertIn("10/2022/TT-BNV", row.legal_basis)
            self.assertEqual(row.item_reference, "Phụ lục I, mục 3")
            self.assertEqual(row.date_from, date(2023, 2, 15))
            self.assertFalse(row.date_to)
            self.assertFalse(row.is_placeholder, xml_id)

    def test_every_tt09_row_is_a_placeholder_with_the_old_texts_validity(self):
        Retention = self.env["vn.retention.period"]
        old = Retention.search([("legal_basis", "ilike", "09/2011")])
        self.assertTrue(old)
        for row in old:
            self.assertTrue(row.is_placeholder, row.name)
            self.assertEqual((row.date_from, row.date_to), (date(2011, 7, 18), date(2023, 2, 14)))
        for row in Retention.search([]):
            self.assertTrue(row.legal_basis and row.item_reference and row.date_from, row.name)

    def test_clerk_sees_the_flag_where_the_period_is_chosen(self):
        clerk = self.a["clerk"]
        CaseFile = (
            self.env["vn.case.file"]
            .with_user(clerk)
            .with_company(self.school_a)
            .with_context(lang="en_US")
        )
        with Form(CaseFile) as form:
            form.code = "02.VT"
            form.name = "Hồ sơ công văn trao đổi năm 2026"
            form.retention_id = self.placeholder
            self.assertTrue(form.retention_is_placeholder)
        case_file = form.record
        # the field value is readable by the clerk, and the name of the period says it
        self.assertEqual(
            case_file.read(["retention_is_placeholder"])[0]["retention_is_placeholder"], True
        )
        self.assertIn("to verify", case_file.retention_id.display_name)
        choices = self.env["vn.retention.period"].with_user(clerk).with_context(lang="en_US")
        names = dict(choices.name_search(self.placeholder.name, limit=5))
        self.assertIn("to verify", names[self.placeholder.id])
        self.assertNotIn("to verify", self.checked.with_context(lang="en_US").display_name)
        # the lists mark the rows: case files and the planned case files of a file plan
        case_list = self.env["vn.case.file"].with_user(clerk).get_views([(False, "list")])
        plan_form = self.env["vn.file.plan"].with_user(clerk).get_views([(False, "form")])
        for views, kind, path in (
            (case_list, "list", "/list"),
            (plan_form, "form", "//field[@name='line_ids']/list"),
        ):
            arch = etree.fromstring(views["views"][kind]["arch"])
            self.assertIn("retention_is_placeholder", arch.xpath(path)[0].get("decoration-warning"))
        # a period checked against TT 10/2022 shows no flag
        case_file.retention_id = self.checked
        self.assertFalse(case_file.retention_is_placeholder)

    def test_validity_cannot_end_before_it_starts(self):
        with self.assertRaises(ValidationError):
            self.checked.write({"date_to": date(2020, 1, 1)})
        self.checked.invalidate_recordset()
        self.assertFalse(self.checked.date_to)

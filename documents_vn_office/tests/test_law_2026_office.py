"""Legal fidelity 2026 (issue 10) in văn thư: secrecy levels and retention placeholders."""

from lxml import etree

from odoo.tests import Form

from .workflow_common import VnWorkflowCase


class TestLaw2026Office(VnWorkflowCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Retention = cls.env["vn.retention.period"]
        cls.ret_placeholder = Retention.create(
            {
                "name": "Công văn trao đổi (giá trị TT 09/2011, chờ đối chiếu)",
                "years": 10,
                "legal_basis": "Thông tư 09/2011/TT-BNV",
                "is_placeholder": True,
            }
        )
        cls.ret_checked = Retention.create(
            {
                "name": "Hồ sơ quy hoạch cán bộ: phiếu tín nhiệm (kiểm thử)",
                "years": 5,
                "legal_basis": "Thông tư 10/2022/TT-BNV",
            }
        )

    def test_secrecy_levels_have_the_three_legal_names(self):
        """Luật Bảo vệ bí mật nhà nước 29/2018/QH14 Điều 8: Tuyệt mật > Tối mật > Mật."""
        for model in ("vn.incoming.document", "vn.outgoing.document", "vn.internal.document"):
            env_vi = self.env(context=dict(self.env.context, lang="vi_VN"))
            labels = dict(env_vi[model]._fields["secrecy"]._description_selection(env_vi))
            self.assertEqual(
                (labels["confidential"], labels["secret"], labels["top_secret"]),
                ("Mật", "Tối mật", "Tuyệt mật"),
                model,
            )
            self.assertEqual(len({labels[k] for k in labels}), len(labels), "labels are distinct")

    def test_placeholder_retention_is_flagged_where_it_is_chosen(self):
        clerk = self.a["clerk"]
        CaseFile = self.env["vn.case.file"].with_user(clerk).with_company(self.school_a)
        with Form(CaseFile) as form:
            form.code = "01.VT"
            form.name = "Hồ sơ công văn trao đổi năm 2026"
            form.retention_id = self.ret_placeholder
            self.assertTrue(form.retention_is_placeholder, "the onchange shows the flag")
            form.retention_id = self.ret_checked
            self.assertFalse(form.retention_is_placeholder)
            form.retention_id = self.ret_placeholder
        case_file = form.record
        self.assertTrue(case_file.retention_is_placeholder)
        # the same flag is read on every channel (RPC read, search)
        self.assertEqual(
            CaseFile.search_count(
                [("id", "=", case_file.id), ("retention_is_placeholder", "=", True)]
            ),
            1,
        )
        arch = etree.fromstring(CaseFile.get_views([(False, "form")])["views"]["form"]["arch"])
        badge = arch.xpath("//div[@invisible='not retention_is_placeholder']")
        self.assertTrue(badge, "the form shows a warning next to the retention period")
        line_arch = etree.fromstring(
            self.env["vn.file.plan"].get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertTrue(line_arch.xpath("//field[@name='retention_is_placeholder']"))

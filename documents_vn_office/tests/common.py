import base64

from odoo.tests.common import TransactionCase


class VnDocumentsCase(TransactionCase):
    """Two units (THCS Tân Lập, THPT Nguyễn Trãi) with their demo clerks, leaders and
    teachers, and fresh registers so that numbers start at 01."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.thpt = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        cls.clerk = ref("hr_vn_civil_servant.user_thcs_vanthu")
        cls.leader = ref("hr_vn_civil_servant.user_thcs_hieutruong")
        cls.teacher = ref("hr_vn_civil_servant.user_thcs_gv")
        cls.thpt_clerk = ref("hr_vn_civil_servant.user_thpt_hoso")
        cls.thpt_leader = ref("hr_vn_civil_servant.user_thpt_hieutruong")
        cls.thpt_teacher = ref("hr_vn_civil_servant.user_thpt_gv")
        cls.dept_vp = ref("hr_vn_civil_servant.department_thcs_van_phong")
        cls.dept_vp.vn_short_name = "VP"
        cls.dept_khtn = ref("hr_vn_civil_servant.department_thcs_khtn")
        cls.type_qd = ref("documents_vn_office.document_type_quyet_dinh")
        cls.type_cv = ref("documents_vn_office.document_type_cong_van")
        cls.type_ttr = ref("documents_vn_office.document_type_to_trinh")
        Register = cls.env["vn.document.register"]
        # sequence 0: the tests' registers come first as the units' default registers
        common = {"company_id": cls.thcs.id, "sequence": 0, "keeper_ids": [(6, 0, cls.clerk.ids)]}
        cls.reg_in = Register.create(dict(common, name="Sổ đến (test)", direction="incoming"))
        cls.reg_in_secret = Register.create(
            dict(common, name="Sổ đến mật (test)", direction="incoming", is_secret=True)
        )
        cls.reg_out = Register.create(dict(common, name="Sổ đi (test)", direction="outgoing"))
        cls.reg_int = Register.create(dict(common, name="Sổ nội bộ (test)", direction="internal"))
        cls.thpt_reg_in = Register.create(
            {
                "company_id": cls.thpt.id,
                "sequence": 0,
                "name": "Sổ đến THPT (test)",
                "direction": "incoming",
                "keeper_ids": [(6, 0, cls.thpt_clerk.ids)],
            }
        )
        cls.issuer = cls.env["res.partner"].create(
            {
                "name": "Bộ Giáo dục và Đào tạo (test)",
                "is_company": True,
                "vn_is_issuing_body": True,
            }
        )

    @classmethod
    def _incoming(cls, user=None, **vals):
        values = {
            "company_id": cls.thcs.id,
            "register_id": cls.reg_in.id,
            "subject": "Về việc tổ chức kỳ thi học sinh giỏi",
            "arrival_date": "2026-03-02",
            "issuer_id": cls.issuer.id,
            "original_number": "15/SGDĐT-GDTrH",
        }
        values.update(vals)
        env = cls.env(user=user or cls.clerk)
        return env["vn.incoming.document"].with_company(values["company_id"]).create(values)

    @classmethod
    def _outgoing(cls, user=None, **vals):
        values = {
            "company_id": cls.thcs.id,
            "register_id": cls.reg_out.id,
            "subject": "Kế hoạch tổ chức kỳ thi học kỳ II",
            "type_id": cls.type_qd.id,
            "drafting_department_id": cls.dept_vp.id,
        }
        values.update(vals)
        env = cls.env(user=user or cls.teacher)
        return env["vn.outgoing.document"].with_company(values["company_id"]).create(values)

    def _attachment(self, name="scan.pdf", size=2000, content=None):
        data = content or (b"%PDF-1.4\n" + b"0" * size)
        return self.env["ir.attachment"].create(
            {"name": name, "datas": base64.b64encode(data), "res_model": False}
        )

    def _issue(self, doc):
        """Run an outgoing document through check, approval, signature and issue."""
        doc.with_user(self.clerk).action_check_form()
        doc.with_user(self.leader).action_check_content()
        doc.with_user(self.leader).action_approve()
        doc.with_user(self.leader).action_sign()
        doc.with_user(self.clerk).action_issue()
        return doc

import base64
import io
import zipfile

from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import make_user


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

    def _attachment(self, name="scan.pdf", size=2000, content=None, user=None):
        """A loose file uploaded by ``user`` (the superuser by default): only its
        uploader may attach it to a document."""
        data = content or (b"%PDF-1.4\n" + b"0" * size)
        return (
            self.env["ir.attachment"]
            .with_user(user or self.env.user)
            .create({"name": name, "datas": base64.b64encode(data), "res_model": False})
        )

    def _attach(self, doc, **kwargs):
        """Upload a file as the user of ``doc``'s environment and attach it to ``doc``."""
        attachment = self._attachment(user=doc.env.user, **kwargs)
        doc.attachment_ids = [(4, attachment.id)]
        return attachment

    def _issue(self, doc):
        """Run an outgoing document through check, approval, signature and issue."""
        doc.with_user(self.clerk).action_check_form()
        doc.with_user(self.leader).action_check_content()
        doc.with_user(self.leader).action_approve()
        doc.with_user(self.leader).action_sign()
        doc.with_user(self.clerk).action_issue()
        return doc


PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
    b"<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def docx_bytes():
    """A real (minimal) Word document: a zip with [Content_Types].xml and word/."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as docx:
        docx.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"/>',
        )
        docx.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buffer.getvalue()


class VnUnitsMixin:
    """Two managing bodies, a school under each, and the people of each school with
    their roles, built by the test (no demo ids): school A under body A, school B under
    body B. Every user's password is his login (HTTP tests log in with it)."""

    @classmethod
    def _vn_make_user(cls, login, companies, groups=()):
        return make_user(cls.env, login, companies, groups, password=login)

    @classmethod
    def _vn_setup_units(cls):
        Company = cls.env["res.company"]
        cls.body_a = Company.create({"name": "Phòng VHXH (test A)", "vn_short_name": "PVHA"})
        cls.body_b = Company.create({"name": "Sở GDĐT (test B)", "vn_short_name": "SGDB"})
        cls.school_a = Company.create(
            {"name": "Trường THCS (test A)", "parent_id": cls.body_a.id, "vn_short_name": "THCSA"}
        )
        cls.school_b = Company.create(
            {"name": "Trường THPT (test B)", "parent_id": cls.body_b.id, "vn_short_name": "THPTB"}
        )
        clerk, leader = "documents_vn_office.group_clerk", "documents_vn_office.group_leader"
        mk = cls._vn_make_user
        cls.a_clerk = mk("t9.a.clerk", cls.school_a, [clerk])
        cls.a_leader = mk("t9.a.leader", cls.school_a, [leader])
        cls.a_teacher = mk("t9.a.teacher", cls.school_a)
        cls.a_staff = mk("t9.a.staff", cls.school_a)
        cls.b_clerk = mk("t9.b.clerk", cls.school_b, [clerk])
        cls.b_leader = mk("t9.b.leader", cls.school_b, [leader])
        cls.b_teacher = mk("t9.b.teacher", cls.school_b)
        Employee = cls.env["hr.employee"]
        cls.a_leader_emp = Employee.create(
            {"name": "t9.a.leader", "user_id": cls.a_leader.id, "company_id": cls.school_a.id}
        )
        cls.a_teacher_emp = Employee.create(
            {"name": "t9.a.teacher", "user_id": cls.a_teacher.id, "company_id": cls.school_a.id}
        )
        Department = cls.env["hr.department"]
        cls.a_dept = Department.create(
            {
                "name": "Tổ KHTN (test A)",
                "company_id": cls.school_a.id,
                "manager_id": cls.a_teacher_emp.id,
                "vn_short_name": "KHTN",
            }
        )
        cls.b_dept = Department.create({"name": "Tổ Toán (test B)", "company_id": cls.school_b.id})
        Register = cls.env["vn.document.register"]
        cls.registers = {}
        for school, keeper in ((cls.school_a, cls.a_clerk), (cls.school_b, cls.b_clerk)):
            for key, direction, secret in (
                ("in", "incoming", False),
                ("in_secret", "incoming", True),
                ("out", "outgoing", False),
                ("out_secret", "outgoing", True),
                ("internal", "internal", False),
            ):
                cls.registers[school, key] = Register.create(
                    {
                        "name": f"{key} {school.vn_short_name}",
                        "company_id": school.id,
                        "direction": direction,
                        "is_secret": secret,
                        "keeper_ids": [(6, 0, keeper.ids)],
                    }
                )
        cls.issuer = cls.env["res.partner"].create(
            {"name": "Bộ GDĐT (test 9)", "is_company": True, "vn_is_issuing_body": True}
        )

    @classmethod
    def _vn_incoming(cls, school=None, secret=False, user=None, **vals):
        school = school or cls.school_a
        clerk = user or (cls.a_clerk if school == cls.school_a else cls.b_clerk)
        values = {
            "company_id": school.id,
            "register_id": cls.registers[school, "in_secret" if secret else "in"].id,
            "secrecy": "secret" if secret else "normal",
            "subject": "Về việc bảo vệ bí mật kỳ thi (test)" if secret else "Về việc tập huấn",
            "arrival_date": "2026-03-02",
            "issuer_id": cls.issuer.id,
            "original_number": "05/BGDĐT-KTKĐ" if secret else "11/SGDĐT-VP",
        }
        values.update(vals)
        env = cls.env(user=clerk, context={"allowed_company_ids": school.ids})
        return env["vn.incoming.document"].create(values)

    def _vn_upload(self, user, name="scan.pdf", content=PDF, **vals):
        """A file uploaded by ``user`` (loose unless ``vals`` bind it)."""
        values = {"name": name, "datas": base64.b64encode(content), "res_model": False}
        values.update(vals)
        return self.env["ir.attachment"].with_user(user).create(values)


class VnUnitsCase(VnUnitsMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._vn_setup_units()

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests.common import TransactionCase
from odoo.tools import mute_logger


class CaseFileCommon(TransactionCase):
    """Two units (THCS Tân Lập, THPT Nguyễn Trãi) with their demo clerk, leader and
    teacher, ordinary and secret documents of THCS Tân Lập."""

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
        cls.retention = ref("documents_vn_office.vn_retention_tt09_cong_van")
        Register = cls.env["vn.document.register"]
        cls.reg_secret = Register.create(
            {
                "company_id": cls.thcs.id,
                "name": "Sổ đến mật (test hồ sơ)",
                "direction": "incoming",
                "is_secret": True,
                "keeper_ids": [Command.set(cls.clerk.ids)],
            }
        )
        Incoming = cls.env["vn.incoming.document"].with_company(cls.thcs)
        cls.doc_normal = Incoming.create(
            {
                "company_id": cls.thcs.id,
                "subject": "Về việc tổ chức Hội khỏe Phù Đổng cấp huyện",
                "pages": 3,
            }
        )
        cls.doc_secret = Incoming.create(
            {
                "company_id": cls.thcs.id,
                "subject": "SECRET-SUBJECT đề thi học sinh giỏi",
                "secrecy": "secret",
                "register_id": cls.reg_secret.id,
                "pages": 5,
            }
        )
        cls.outgoing = (
            cls.env["vn.outgoing.document"]
            .with_company(cls.thcs)
            .create({"company_id": cls.thcs.id, "subject": "Báo cáo kết quả Hội khỏe Phù Đổng"})
        )
        cls.thpt_doc = (
            cls.env["vn.incoming.document"]
            .with_company(cls.thpt)
            .create({"company_id": cls.thpt.id, "subject": "Công văn của THPT"})
        )

    @classmethod
    def _case_file(cls, user=None, **vals):
        values = {
            "company_id": cls.thcs.id,
            "code": "05.VT",
            "name": "Hồ sơ Hội khỏe Phù Đổng năm 2026",
            "year": 2026,
            "retention_id": cls.retention.id,
        }
        values.update(vals)
        return (
            cls.env["vn.case.file"]
            .with_user(user or cls.clerk)
            .with_company(values["company_id"])
            .create(values)
        )

    def _file(self, documents, case_files, user=None):
        wizard = (
            self.env["vn.case.file.filing.wizard"]
            .with_user(user or self.clerk)
            .with_context(active_model=documents._name, active_ids=documents.ids)
            .create({"case_file_ids": [Command.set(case_files.ids)]})
        )
        return wizard.action_confirm()


class TestCaseFile(CaseFileCommon):
    def test_file_plan_to_case_file(self):
        Plan = self.env["vn.file.plan"].with_user(self.clerk).with_company(self.thcs)
        plan = Plan.create(
            {
                "company_id": self.thcs.id,
                "year": 2031,
                "line_ids": [
                    Command.create(
                        {
                            "code": "01.TCCB",
                            "name": "Hồ sơ tuyển dụng viên chức năm 2031",
                            "retention_id": self.env.ref(
                                "documents_vn_office.vn_retention_tt09_bo_nhiem"
                            ).id,
                            "responsible_user_id": self.clerk.id,
                        }
                    ),
                    Command.create(
                        {
                            "code": "02.VT",
                            "name": "Công văn trao đổi năm 2031",
                            "retention_id": self.retention.id,
                        }
                    ),
                ],
            }
        )
        # The clerk drafts it, only a leader approves; nothing opens before approval.
        with self.assertRaises(UserError):
            plan.action_approve()
        with self.assertRaises(UserError):
            plan.line_ids[0].action_open_case_file()
        plan.with_user(self.leader).action_approve()
        self.assertEqual(plan.state, "approved")
        self.assertEqual(plan.approved_by_id, self.leader)
        plan.action_open_case_files()
        files = self.env["vn.case.file"].search([("file_plan_line_id.plan_id", "=", plan.id)])
        self.assertEqual(sorted(files.mapped("code")), ["01.TCCB", "02.VT"])
        first = files.filtered(lambda f: f.code == "01.TCCB")
        self.assertEqual(first.year, 2031)
        self.assertEqual(first.retention_id.years, 70)
        self.assertEqual(first.file_code, "33103.2031.01.TCCB")
        self.assertEqual(first.state, "open")
        # Opening again does not duplicate the files.
        plan.action_open_case_files()
        self.assertEqual(
            self.env["vn.case.file"].search_count([("file_plan_line_id.plan_id", "=", plan.id)]),
            2,
        )

    def test_close_and_reopen(self):
        case_file = self._case_file()
        # Empty: cannot be closed.
        with self.assertRaises(UserError):
            case_file.action_close()
        self.assertEqual(case_file.state, "open")
        self._file(self.doc_normal, case_file)
        self._file(self.outgoing, case_file)
        self.assertEqual(case_file.document_count, 2)
        self.assertEqual(case_file.page_total, 3)
        # A teacher (handler) reads the file but cannot close it.
        with self.assertRaises(UserError):
            case_file.with_user(self.teacher).action_close()
        case_file.action_close()
        self.assertEqual(case_file.state, "closed")
        self.assertEqual(case_file.end_date, fields.Date.context_today(case_file))
        # Closed: no document can be added, by the wizard or by a write.
        with self.assertRaises(UserError):
            self._file(self.doc_secret, case_file)
        with self.assertRaises(UserError):
            case_file.write({"incoming_document_ids": [Command.link(self.doc_secret.id)]})
        self.assertEqual(case_file.sudo().incoming_document_ids, self.doc_normal)
        # Reopening needs a clerk or a leader, and a reason.
        with self.assertRaises(UserError):
            case_file.with_user(self.teacher).action_reopen("because")
        with self.assertRaises(UserError):
            case_file.action_reopen("  ")
        self.assertEqual(case_file.state, "closed")
        wizard = (
            self.env["vn.case.file.reopen.wizard"]
            .with_user(self.leader)
            .create({"case_file_ids": [Command.set(case_file.ids)], "reason": "Bổ sung báo cáo"})
        )
        wizard.action_confirm()
        self.assertEqual(case_file.state, "open")
        self.assertFalse(case_file.end_date)
        self.assertTrue(case_file.message_ids.filtered(lambda m: "Bổ sung báo cáo" in str(m.body)))

    def test_one_document_in_several_files(self):
        first = self._case_file()
        second = self._case_file(code="06.VT", name="Hồ sơ thi đua năm 2026")
        self._file(self.doc_normal, first | second)
        self.assertEqual(self.doc_normal.vn_case_file_ids, first | second)
        self.assertEqual(first.incoming_document_ids, self.doc_normal)
        self.assertEqual(second.incoming_document_ids, self.doc_normal)

    def test_access_across_units(self):
        case_file = self._case_file()
        self._file(self.doc_normal, case_file)
        CaseFile = self.env["vn.case.file"]
        # The unit's handler reads it; the other unit's clerk does not see it.
        self.assertIn(case_file, CaseFile.with_user(self.teacher).search([]))
        self.assertNotIn(case_file, CaseFile.with_user(self.thpt_clerk).search([]))
        with self.assertRaises(AccessError):
            case_file.with_user(self.thpt_clerk).read(["name"])
        # A handler cannot open a case file, nor use the filing wizard.
        with self.assertRaises(AccessError):
            self._case_file(user=self.teacher, code="07.VT")
        with self.assertRaises(AccessError):
            self._file(self.doc_normal, case_file, user=self.teacher)
        # A document of another unit cannot be filed.
        with self.assertRaises(UserError):
            case_file._file_documents(self.thpt_doc)
        self.assertFalse(case_file.sudo().incoming_document_ids & self.thpt_doc)

    def test_secret_document_not_leaked_through_case_file(self):
        case_file = self._case_file()
        self._file(self.doc_normal | self.doc_secret, case_file)
        # The keeper of the secret register sees both documents.
        self.assertEqual(
            case_file.with_user(self.clerk).incoming_document_ids,
            self.doc_normal | self.doc_secret,
        )
        # A handler of the unit sees the file and the ordinary document only.
        self.env.invalidate_all()
        as_teacher = case_file.with_user(self.teacher)
        self.assertEqual(as_teacher.incoming_document_ids, self.doc_normal)
        data = as_teacher.web_read(
            {"name": {}, "incoming_document_ids": {"fields": {"subject": {}}}}
        )
        self.assertNotIn("SECRET-SUBJECT", str(data))
        self.assertIn("Hội khỏe", str(data))
        self.env.invalidate_all()
        data = as_teacher.read(["incoming_document_ids"])
        self.assertEqual(data[0]["incoming_document_ids"], self.doc_normal.ids)
        # The document totals only count (they name nothing).
        self.assertEqual(as_teacher.document_count, 2)
        # Nor through the document: the teacher cannot open the secret one.
        with self.assertRaises(AccessError):
            self.doc_secret.with_user(self.teacher).read(["subject"])

    def test_bad_input(self):
        self._case_file()
        with mute_logger("odoo.sql_db"), self.assertRaises(Exception):  # noqa: B017
            self._case_file()  # same code, unit and year
        with self.assertRaises(ValidationError):
            self._case_file(code=" ", name="Không mã")
        with mute_logger("odoo.sql_db"), self.assertRaises(Exception):  # noqa: B017
            self._case_file(code="08.VT", start_date="2026-05-01", end_date="2026-04-01")
        Plan = self.env["vn.file.plan"].with_user(self.leader).with_company(self.thcs)
        Plan.create({"company_id": self.thcs.id, "year": 2032})
        with mute_logger("odoo.sql_db"), self.assertRaises(Exception):  # noqa: B017
            Plan.create({"company_id": self.thcs.id, "year": 2032})
        with self.assertRaises(ValidationError):
            Plan.create({"company_id": self.thcs.id, "year": 20})


class TestRetentionPeriod(TransactionCase):
    def test_retention_data_with_legal_basis(self):
        Period = self.env["vn.retention.period"]
        periods = Period.search([])
        self.assertGreaterEqual(len(periods), 14)
        self.assertTrue(all(p.legal_basis for p in periods))
        # TT 10/2022/TT-BNV rows and TT 09/2011 placeholders, both flagged by their basis.
        tt10 = periods.filtered(lambda p: "10/2022" in p.legal_basis and not p.is_placeholder)
        self.assertTrue(tt10)
        placeholders = periods.filtered("is_placeholder")
        self.assertTrue(placeholders)
        self.assertTrue(all("09/2011" in p.legal_basis for p in placeholders))
        ho_so_goc = self.env.ref("documents_vn_office.vn_retention_tt09_ho_so_goc")
        self.assertEqual(ho_so_goc.years, 0)
        self.assertTrue(ho_so_goc.is_permanent)
        self.assertEqual(
            self.env.ref("documents_vn_office.vn_retention_tt09_so_van_ban_den").years, 20
        )
        with self.assertRaises(ValidationError):
            Period.create({"name": "Không căn cứ", "years": 5, "legal_basis": " "})

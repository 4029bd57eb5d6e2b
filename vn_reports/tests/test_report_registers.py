from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from .common import VnReportCase

INCOMING_COLUMNS = [
    "Ngày đến",
    "Số đến",
    "Tác giả",
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Đơn vị hoặc người nhận",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
]
OUTGOING_COLUMNS = [
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Người ký",
    "Nơi nhận văn bản",
    "Đơn vị, người nhận bản lưu",
    "Số lượng bản",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
]
FOLLOWUP_COLUMNS = [
    "Số đến",
    "Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản",
    "Đơn vị hoặc người nhận",
    "Thời hạn giải quyết",
    "Tiến độ giải quyết",
    "Số, ký hiệu văn bản trả lời",
    "Ghi chú",
]


class TestReportRegisters(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Register = cls.env["vn.document.register"]
        cls.reg_in = Register.create(
            {
                "name": "Sổ văn bản đến 2026",
                "company_id": cls.thpt.id,
                "direction": "incoming",
                "book_number": "1",
                "sequence": 1,
            }
        )
        cls.reg_out = Register.create(
            {
                "name": "Sổ văn bản đi 2026",
                "company_id": cls.thpt.id,
                "direction": "outgoing",
                "book_number": "2",
                "sequence": 1,
            }
        )
        cls.doc_type = cls.env["vn.document.type"].search([], limit=1)
        Incoming = cls.env["vn.incoming.document"].with_user(cls.user_thpt_hoso)
        cls.incoming = Incoming.browse()
        for day, subject, number in [
            ("2026-03-02", "Về việc tổ chức kỳ thi học sinh giỏi cấp tỉnh", "15/SGDĐT-GDTrH"),
            ("2026-03-05", "Về việc kiểm tra nội bộ trường học", "21/SGDĐT-TTr"),
            ("2026-03-09", "Về việc bồi dưỡng thường xuyên giáo viên", "30/SGDĐT-TCCB"),
        ]:
            doc = Incoming.create(
                {
                    "company_id": cls.thpt.id,
                    "register_id": cls.reg_in.id,
                    "arrival_date": day,
                    "document_date": day,
                    "subject": subject,
                    "original_number": number,
                    "author_name": "Sở Giáo dục và Đào tạo tỉnh Hưng Yên",
                    "type_id": cls.doc_type.id,
                }
            )
            doc.action_register()
            cls.incoming |= doc
        cls.unregistered = Incoming.create(
            {
                "company_id": cls.thpt.id,
                "register_id": cls.reg_in.id,
                "arrival_date": "2026-03-10",
                "subject": "Văn bản chưa vào sổ",
            }
        )

    def _wizard_data(
        self, register, date_from="2026-01-01", date_to="2026-12-31", book="register", user=None
    ):
        wizard = (
            self.env["vn.register.print.wizard"]
            .with_user(user or self.user_thpt_hoso)
            .create(
                {
                    "register_id": register.id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "book": book,
                }
            )
        )
        action = wizard.action_print()
        return action["data"]

    def test_incoming_register_cover_columns_and_order(self):
        data = self._wizard_data(self.reg_in)
        text = self.render_text(
            "vn_reports.action_report_incoming_register",
            [],
            data=data,
            user=self.user_thpt_hoso,
            layout=False,
        )
        self.assertTextContains(
            text,
            [
                "TRƯỜNG THPT NGUYỄN TRÃI",
                "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                "Năm: 2026",
                "Từ ngày 01/01/2026 đến ngày 31/12/2026",
                "Từ số 01 đến số 03",
                "Quyển số: 1",
            ]
            + INCOMING_COLUMNS,
        )
        flat = " ".join(text.split())
        positions = [flat.index(s) for s in self.incoming.mapped("subject")]
        self.assertEqual(positions, sorted(positions), "rows are printed in number order")
        self.assertEqual(self.incoming.mapped("arrival_number"), [1, 2, 3])
        self.assertNotIn("Văn bản chưa vào sổ", flat, "documents not registered have no row")
        self.assertNoFalse(text)

    def test_selection_printed_in_register_order(self):
        shuffled = self.incoming[2] | self.incoming[0] | self.incoming[1]
        text = self.render_text(
            "vn_reports.action_report_incoming_register",
            shuffled.ids,
            user=self.user_thpt_hoso,
            layout=False,
        )
        flat = " ".join(text.split())
        positions = [flat.index(s) for s in self.incoming.mapped("subject")]
        self.assertEqual(positions, sorted(positions))

    def test_long_register_repeats_the_header_on_every_page(self):
        register = self.env["vn.document.register"].create(
            {"name": "Sổ đến dài", "company_id": self.thpt.id, "direction": "incoming",
             "sequence": 50}
        )  # fmt: skip
        Incoming = self.env["vn.incoming.document"].with_user(self.user_thpt_hoso)
        docs = Incoming.create(
            [
                {
                    "company_id": self.thpt.id,
                    "register_id": register.id,
                    "arrival_date": "2026-04-01",
                    "subject": f"Văn bản hướng dẫn chuyên môn số {n}",
                    "author_name": "Sở Giáo dục và Đào tạo tỉnh Hưng Yên",
                }
                for n in range(1, 61)
            ]
        )
        for doc in docs:
            doc.action_register()
        text = self.render_text(
            "vn_reports.action_report_incoming_register", docs.ids, user=self.user_thpt_hoso
        )
        pages = [p for p in text.split("\f") if p.strip()]
        self.assertGreater(len(pages), 2, "a cover page and several table pages")
        for page in pages[1:]:
            self.assertIn("Số đến", page, "the column header is repeated on each page")
            self.assertIn("(10)", page)

    def test_wizard_form_flow(self):
        """The clerk opens the wizard, picks the register and the period, prints."""
        Wizard = self.env["vn.register.print.wizard"].with_user(self.user_thpt_hoso)
        with Form(Wizard) as form:
            form.register_id = self.reg_in
            form.book = "followup"
            form.date_from = "2026-03-01"
            form.date_to = "2026-03-31"
        action = form.record.action_print()
        self.assertEqual(action["report_name"], "vn_reports.report_incoming_followup")
        self.assertEqual(action["data"]["register_id"], self.reg_in.id)

    def test_followup_book(self):
        data = self._wizard_data(self.reg_in, book="followup")
        text = self.render_text(
            "vn_reports.action_report_incoming_followup",
            [],
            data=data,
            user=self.user_thpt_hoso,
            layout=False,
        )
        self.assertTextContains(text, ["SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN"] + FOLLOWUP_COLUMNS)
        self.assertTextContains(text, ["15/SGDĐT-GDTrH"])

    def test_outgoing_register(self):
        signer = self.env.ref("hr_vn_civil_servant.employee_thpt_hieutruong")
        Outgoing = self.env["vn.outgoing.document"]
        docs = Outgoing.browse()
        for number, day in [(2, "2026-04-10"), (1, "2026-04-02")]:
            docs |= Outgoing.create(
                {
                    "company_id": self.thpt.id,
                    "register_id": self.reg_out.id,
                    "type_id": self.doc_type.id,
                    "subject": f"Kế hoạch số {number} của nhà trường",
                    "document_date": day,
                    "signer_id": signer.id,
                    "copies_count": 3,
                }
            )
            docs[-1:].write(
                {"number": number, "name": f"{number:02d}/KH-THPTNT", "state": "issued"}
            )
        data = self._wizard_data(self.reg_out)
        text = self.render_text(
            "vn_reports.action_report_outgoing_register",
            [],
            data=data,
            user=self.user_thpt_hoso,
            layout=False,
        )
        self.assertTextContains(
            text, ["SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Từ số 01 đến số 02", "Quyển số: 2"] + OUTGOING_COLUMNS
        )
        self.assertLess(text.index("01/KH-THPTNT"), text.index("02/KH-THPTNT"))
        self.assertTextContains(text, [signer.name])

    def test_empty_period_is_an_error(self):
        with self.assertRaises(UserError) as caught:
            self._wizard_data(self.reg_in, "2025-01-01", "2025-12-31")
        self.assertNotIsInstance(caught.exception, AccessError)
        with self.assertRaises(UserError) as caught:
            self.render_pdf(
                "vn_reports.action_report_incoming_register",
                [],
                data={
                    "register_id": self.reg_in.id,
                    "date_from": "2025-01-01",
                    "date_to": "2025-12-31",
                },
                user=self.user_thpt_hoso,
            )
        self.assertNotIsInstance(caught.exception, AccessError)

    def test_other_unit_cannot_print_the_register(self):
        with self.assertRaises(AccessError):
            self.render_pdf(
                "vn_reports.action_report_incoming_register",
                [],
                data={
                    "register_id": self.reg_in.id,
                    "date_from": "2026-01-01",
                    "date_to": "2026-12-31",
                },
                user=self.user_thcs_vanthu,
            )
        with self.assertRaises(AccessError):
            self.render_pdf(
                "vn_reports.action_report_incoming_register",
                self.incoming.ids,
                user=self.user_thcs_vanthu,
            )

    def test_handling_slip(self):
        doc = self.incoming[0]
        leader = self.env.ref("hr_vn_civil_servant.user_thpt_hieutruong")
        teacher = self.user_thpt_gv
        doc.sudo().write(
            {
                "instruction": "Giao tổ Toán - Tin chuẩn bị đội tuyển, báo cáo trước ngày 20/3.",
                "instruction_date": "2026-03-03",
                "instruction_user_id": leader.id,
                "leader_id": leader.id,
            }
        )
        lead = self.env["vn.incoming.assignment"].create(
            {
                "incoming_id": doc.id,
                "role": "lead",
                "department_id": self.env.ref("hr_vn_civil_servant.department_thpt_toan_tin").id,
                "deadline": "2026-03-20",
                "assigned_by_id": leader.id,
                "assign_date": "2026-03-03",
            }
        )
        self.env["vn.incoming.assignment"].create(
            {
                "incoming_id": doc.id,
                "role": "lead",
                "user_id": teacher.id,
                "parent_id": lead.id,
                "deadline": "2026-03-18",
                "assigned_by_id": leader.id,
                "assign_date": "2026-03-04",
                "opinion": "Đề xuất chọn 5 học sinh vào đội tuyển.",
                "proposal_date": "2026-03-10",
            }
        )
        text = self.render_text(
            "vn_reports.action_report_incoming_slip",
            doc.ids,
            user=self.user_thpt_hoso,
            layout=False,
        )
        self.assertTextContains(
            text,
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN",
                "1. Ý kiến của lãnh đạo cơ quan, tổ chức",
                "Giao đơn vị, cá nhân chủ trì",
                "Các đơn vị, cá nhân phối hợp (nếu có)",
                "2. Ý kiến của lãnh đạo đơn vị",
                "3. Ý kiến đề xuất của người giải quyết",
                "Giao tổ Toán - Tin chuẩn bị đội tuyển",
                "Đề xuất chọn 5 học sinh vào đội tuyển.",
                "15/SGDĐT-GDTrH",
                doc.subject,
                teacher.name,
                "Ngày đề xuất: 10/03/2026",
                "Hưng Yên, ngày 02 tháng 3 năm 2026",
            ],
        )
        self.assertNoFalse(text)

"""The Phiếu giải quyết văn bản đến prints the direction as the Direct step recorded it:
the leader and the date, or his delegate "(ủy quyền: <leader>)"; own unit and users."""

from datetime import timedelta

from odoo import fields

from odoo.addons.hr_vn_civil_servant.tests.common import make_user

from .common import VnReportCase


class TestReportIncomingSlip(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        body = Company.create({"name": "Sở GDĐT (slip)", "vn_short_name": "SLB"})
        cls.school = Company.create(
            {
                "name": "Trường THCS Hoa Sen (slip)",
                "vn_short_name": "SLS",
                "parent_id": body.id,
                "city": "Hưng Yên",
            }
        )
        cls.clerk = cls._user("slip.clerk", "Lương Thị Thu", "documents_vn_office.group_clerk")
        cls.leader = cls._user("slip.leader", "Vương Đình Khoa", "documents_vn_office.group_leader")
        cls.deputy = cls._user("slip.deputy", "Tạ Minh Châu")
        cls.teacher = cls._user("slip.teacher", "Hồ Thị Ngọc")
        cls.env["vn.document.register"].create(
            {
                "name": "Sổ đến (slip)",
                "company_id": cls.school.id,
                "direction": "incoming",
                "sequence": 0,
                "keeper_ids": [(6, 0, cls.clerk.ids)],
            }
        )
        today = fields.Date.context_today(cls.leader)
        cls.env["vn.delegation"].with_user(cls.leader).create(
            {
                "delegator_id": cls.leader.id,
                "delegate_id": cls.deputy.id,
                "company_id": cls.school.id,
                "date_from": today,
                "date_to": today + timedelta(days=3),
                "reference": "02/GUQ-SLS",
                "right_approve": False,
                "right_sign": False,
            }
        )

    @classmethod
    def _user(cls, login, name, *groups):
        return make_user(cls.env, login, cls.school, groups, name=name)

    def _directed_by(self, user, subject):
        doc = (
            self.env["vn.incoming.document"]
            .with_user(self.clerk)
            .with_company(self.school)
            .create(
                {
                    "subject": subject,
                    "arrival_date": fields.Date.context_today(self.clerk),
                    "original_number": "21/SGDĐT-GDTrH",
                    "author_name": "Sở Giáo dục và Đào tạo tỉnh Hưng Yên",
                }
            )
        )
        doc.action_register()
        doc.action_submit()
        doc.with_user(user)._vn_direct(
            "Giao đồng chí Ngọc chuẩn bị đội tuyển",
            [{"role": "lead", "user_id": self.teacher.id}],
        )
        doc.sudo().assignment_ids.with_user(self.teacher).action_propose(
            "Đề xuất chọn 5 học sinh vào đội tuyển."
        )
        return doc

    def _slip(self, doc):
        return self.render_text(
            "vn_reports.action_report_incoming_slip", doc.ids, user=self.clerk, layout=False
        )

    def test_slip_of_a_direction_by_the_delegate(self):
        doc = self._directed_by(self.deputy, "Về việc thi học sinh giỏi cấp tỉnh")
        text = self._slip(doc)
        today = self.env["vn.report.format"]._vn_date(fields.Date.context_today(self.clerk))
        self.assertTextContains(
            text,
            [
                "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN",
                "Số đến: 01",
                "1. Ý kiến của lãnh đạo cơ quan, tổ chức:",
                "Giao đồng chí Ngọc chuẩn bị đội tuyển",
                "- Giao đơn vị, cá nhân chủ trì: Hồ Thị Ngọc",
                f"- Ngày tháng cho ý kiến: {today}",
                "Tạ Minh Châu (ủy quyền: Vương Đình Khoa)",
                "2. Ý kiến của lãnh đạo đơn vị:",
                "3. Ý kiến đề xuất của người giải quyết:",
                "Đề xuất chọn 5 học sinh vào đội tuyển.",
                f"- Ngày đề xuất: {today}",
            ],
        )
        self.assertNoFalse(text)

    def test_slip_of_a_direction_by_the_leader(self):
        doc = self._directed_by(self.leader, "Về việc kiểm tra nội bộ trường học")
        flat = " ".join(self._slip(doc).split())
        self.assertIn("Vương Đình Khoa", flat)
        self.assertNotIn("ủy quyền", flat)
        self.assertNotIn("Tạ Minh Châu", flat)

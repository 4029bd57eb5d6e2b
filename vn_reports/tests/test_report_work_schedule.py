"""Lịch công tác tuần prints the unit's approved week in the usual layout: agency block
and national motto, title and week, one row per line (day, time, content, place, who
presides, who attends, who prepares), the changed lines marked, who approved it."""

from datetime import timedelta

from odoo.exceptions import AccessError

from odoo.addons.documents_vn_office.tests.work_common import vn_dt
from odoo.addons.hr_vn_civil_servant.tests.common import make_user
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .common import VnReportCase


class TestReportWorkSchedule(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        body = Company.create({"name": "Phòng GDĐT Hoa Sen (lịch)", "vn_short_name": "WSB"})
        cls.school = Company.create(
            {
                "name": "Trường THCS Hoa Sen (lịch)",
                "vn_short_name": "WSS",
                "parent_id": body.id,
                "city": "Hưng Yên",
            }
        )
        other = Company.create({"name": "Trường THCS Khác (lịch)", "vn_short_name": "WSO"})
        cls.clerk = make_user(
            cls.env, "ws.clerk", cls.school, ["documents_vn_office.group_clerk"], name="Lê Thu"
        )
        cls.leader = make_user(
            cls.env,
            "ws.leader",
            cls.school,
            ["documents_vn_office.group_leader"],
            name="Vương Đình Khoa",
        )
        cls.teacher = make_user(cls.env, "ws.teacher", cls.school, name="Hồ Thị Ngọc")
        cls.outsider = make_user(cls.env, "ws.outsider", other, name="Người ngoài")
        today = vn_today(cls.env["res.users"])
        cls.monday = today - timedelta(days=today.weekday())
        cls.schedule = (
            cls.env["vn.work.schedule"]
            .with_user(cls.clerk)
            .create(
                {
                    "company_id": cls.school.id,
                    "week_start": cls.monday,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "start": vn_dt(cls.monday, 7, 30),
                                "stop": vn_dt(cls.monday, 9, 0),
                                "name": "Chào cờ đầu tuần",
                                "location": "Sân trường",
                                "chair_id": cls.leader.id,
                                "attendee_ids": [(6, 0, cls.teacher.ids)],
                                "preparer": "Đoàn Đội",
                            },
                        ),
                        (
                            0,
                            0,
                            {
                                "start": vn_dt(cls.monday + timedelta(days=3), 14, 0),
                                "stop": vn_dt(cls.monday + timedelta(days=3), 16, 0),
                                "name": "Sinh hoạt chuyên môn",
                                "location": "Phòng họp",
                            },
                        ),
                    ],
                }
            )
        )
        cls.schedule.with_user(cls.clerk).action_submit()
        cls.schedule.with_user(cls.leader).action_approve()
        cls.schedule.with_user(cls.clerk).action_publish()

    def _text(self, user=None):
        return self.render_text(
            "vn_reports.action_report_work_schedule",
            self.schedule.ids,
            user=user or self.clerk,
            layout=False,
        )

    def test_weekly_schedule_in_the_usual_layout(self):
        self.schedule.line_ids.sorted("start")[1].with_user(self.clerk).location = "Hội trường"
        text = self._text(user=self.teacher)
        end = self.monday + timedelta(days=6)
        self.assertTextContains(
            text,
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "LỊCH CÔNG TÁC TUẦN",
                f"(Từ ngày {self.monday:%d/%m/%Y} đến ngày {end:%d/%m/%Y})",
                "Thứ Hai",
                "07:30 - 09:00",
                "Chào cờ đầu tuần",
                "Sân trường",
                "Hồ Thị Ngọc",
                "Đoàn Đội",
                "Thứ Năm",
                "Sinh hoạt chuyên môn (điều chỉnh)",
                "Hội trường",
                "Vương Đình Khoa",
            ],
        )
        self.assertNoFalse(text)

    def test_pdf_is_produced(self):
        pdf = self.render_pdf("vn_reports.action_report_work_schedule", self.schedule.ids)
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_another_school_does_not_print_it(self):
        with self.assertRaises(AccessError):
            self._text(user=self.outsider)

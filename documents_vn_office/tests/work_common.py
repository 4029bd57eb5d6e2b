"""Two managing bodies of the tests (hr_vn_civil_servant's PersonnelCase: body A with
schools A1 and A2, body B with school B1) where the unit heads are the văn thư leaders,
the records officers the clerks, and each body's head its leader."""

from datetime import datetime, time, timedelta

import pytz

from odoo.addons.hr_vn_civil_servant.tests.common import PersonnelCase, RefusalAssertions
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

VN = pytz.timezone("Asia/Ho_Chi_Minh")
CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"


def vn_dt(day, hour, minute=0):
    """Vietnam's wall-clock time on ``day`` as the naive UTC datetime Odoo stores."""
    local = VN.localize(datetime.combine(day, time(hour, minute)))
    return local.astimezone(pytz.utc).replace(tzinfo=None)


class WorkCase(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for key in ("a1", "a2", "b1"):
            cls.users[f"officer_{key}"].groups_id = [(4, cls.env.ref(CLERK).id)]
            cls.users[f"head_{key}"].groups_id = [(4, cls.env.ref(LEADER).id)]
        for key in ("a", "b"):
            cls.users[f"bodyhead_{key}"].groups_id = [(4, cls.env.ref(LEADER).id)]
        cls.clerk = cls.officer_a1
        cls.leader = cls.head_a1
        today = vn_today(cls.env["res.users"])
        cls.monday = today - timedelta(days=today.weekday())

    @classmethod
    def _schedule(cls, user=None, company=None, monday=None, lines=None, **vals):
        company = company or cls.school_a1
        monday = monday or cls.monday
        if lines is None:
            lines = [
                {
                    "start": vn_dt(monday, 7, 30),
                    "stop": vn_dt(monday, 9, 0),
                    "name": "Chào cờ đầu tuần",
                    "location": "Sân trường",
                    "chair_id": cls.head_a1.id,
                    "attendee_ids": [(6, 0, (cls.teacher_a1 | cls.teacher2_a1).ids)],
                    "preparer": "Đoàn Đội",
                },
                {
                    "start": vn_dt(monday + timedelta(days=2), 14, 0),
                    "stop": vn_dt(monday + timedelta(days=2), 16, 30),
                    "name": "Họp Hội đồng sư phạm",
                    "location": "Phòng họp",
                    "chair_id": cls.head_a1.id,
                    "attendee_ids": [(6, 0, cls.teacher_a1.ids)],
                },
            ]
        values = {
            "company_id": company.id,
            "week_start": monday,
            "line_ids": [(0, 0, line) for line in lines],
        }
        values.update(vals)
        user = user or cls.clerk
        return cls.env["vn.work.schedule"].with_user(user).with_company(company).create(values)

    def _publish(self, schedule, clerk=None, leader=None):
        schedule.with_user(clerk or self.clerk).action_submit()
        schedule.with_user(leader or self.leader).action_approve()
        schedule.with_user(clerk or self.clerk).action_publish()
        return schedule

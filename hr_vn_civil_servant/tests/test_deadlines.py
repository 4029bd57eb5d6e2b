from datetime import date, timedelta

from odoo import fields
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.models.vn_personnel_deadline import (
    new_record_deadline,
    update_deadline,
)


class TestDeadlines(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.thpt = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        (cls.thcs | cls.thpt).write({"vn_records_locked": False})
        # These tests check the reminders under a managing body's own delays (60 days to
        # complete, 15 to record), whatever today is. Since NĐ 27/2026/NĐ-CP the default
        # is the decree's limits: test_deadlines_decree.py.
        (cls.thcs.parent_id | cls.thpt.parent_id).write({"vn_deadline_mode": "own"})
        cls.officer = ref("hr_vn_civil_servant.user_thcs_vanthu")
        cls.thpt_officer = ref("hr_vn_civil_servant.user_thpt_hoso")
        cls.today = fields.Date.today()
        Employee = cls.env["hr.employee"]
        cls.late = Employee.create(
            {
                "name": "Đỗ Thị Lan",
                "company_id": cls.thcs.id,
                "vn_recruitment_date": cls.today - timedelta(days=70),
            }
        )
        cls.on_time = Employee.create(
            {
                "name": "Vũ Văn Nam",
                "company_id": cls.thcs.id,
                "vn_recruitment_date": cls.today - timedelta(days=20),
            }
        )
        cls.thpt_late = Employee.create(
            {
                "name": "Hoàng Văn Phúc",
                "company_id": cls.thpt.id,
                "vn_recruitment_date": cls.today - timedelta(days=61),
            }
        )
        cls.activity_type = ref("hr_vn_civil_servant.mail_activity_type_vn_record_deadline")

    def _activities(self, records):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", records._name),
                ("res_id", "in", records.ids),
                ("activity_type_id", "=", self.activity_type.id),
            ]
        )

    def test_rule_functions(self):
        # default own delays of a managing body: 60 days to complete, 15 days to record
        self.assertEqual(new_record_deadline(date(2026, 3, 1)), date(2026, 4, 30))
        self.assertEqual(update_deadline(date(2026, 7, 1)), date(2026, 7, 16))
        self.assertEqual(new_record_deadline(date(2026, 3, 1), 3), date(2026, 3, 4))

    def test_overdue_new_records_once(self):
        self.assertLess(self.late.vn_completeness, 100)
        self.env["vn.personnel.deadline"]._cron_vn_deadline_reminders()
        late_acts = self._activities(self.late)
        self.assertEqual(late_acts.user_id, self.officer)
        self.assertEqual(late_acts.date_deadline, self.today - timedelta(days=10))
        self.assertFalse(self._activities(self.on_time))
        self.assertIn(self.thpt_officer, self._activities(self.thpt_late).user_id)
        # the officer of THPT is not reminded about THCS
        self.assertNotIn(self.thpt_officer, late_acts.user_id)
        # re-run: no duplicates
        self.env["vn.personnel.deadline"]._cron_vn_deadline_reminders()
        self.assertEqual(self._activities(self.late), late_acts)

    def test_managing_body_setting(self):
        self.thcs.parent_id.vn_new_record_days = 15
        self.env["vn.personnel.deadline"]._cron_vn_deadline_reminders()
        self.assertTrue(self._activities(self.on_time))
        # THPT belongs to another managing body, whose delay is unchanged
        self.assertEqual(self.thpt.parent_id.vn_new_record_days, 60)

    def test_pending_requests(self):
        teacher = self.env.ref("hr_vn_civil_servant.user_thcs_gv")
        request = (
            self.env["vn.profile.change.request"]
            .with_user(teacher)
            .create(
                {"line_ids": [(0, 0, {"field_name": "private_phone", "new_value_char": "0912"})]}
            )
        )
        request.action_submit()
        self.env["vn.personnel.deadline"]._cron_vn_deadline_reminders()
        self.assertFalse(self._activities(request))
        request.sudo().submit_date = fields.Datetime.now() - timedelta(days=20)
        self.env["vn.personnel.deadline"]._cron_vn_deadline_reminders()
        self.assertEqual(self._activities(request).user_id, self.officer)

    def test_cron_record(self):
        cron = self.env.ref("hr_vn_civil_servant.ir_cron_vn_deadline_reminders")
        self.assertTrue(cron.active)
        cron.method_direct_trigger()

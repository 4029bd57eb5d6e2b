from odoo.exceptions import AccessError, UserError
from odoo.tests.common import TransactionCase


class TestRecordLock(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.thpt = ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        (cls.thcs | cls.thpt).write({"vn_records_locked": False})
        cls.head = ref("hr_vn_civil_servant.user_thcs_hieutruong")
        cls.officer = ref("hr_vn_civil_servant.user_thcs_vanthu")
        cls.teacher = ref("hr_vn_civil_servant.user_thcs_gv")
        cls.teacher_employee = ref("hr_vn_civil_servant.employee_thcs_gv")
        cls.hr_office = ref("hr_vn_civil_servant.user_xa_vhxh")
        cls.thpt_head = ref("hr_vn_civil_servant.user_thpt_hieutruong")
        cls.thpt_officer = ref("hr_vn_civil_servant.user_thpt_hoso")
        cls.thpt_employee = ref("hr_vn_civil_servant.employee_thpt_gv")

    def _wizard(self, user, action, companies, reason="Chốt dữ liệu 12/12"):
        return (
            self.env["vn.record.lock.wizard"]
            .with_user(user)
            .create({"action": action, "company_ids": [(6, 0, companies.ids)], "reason": reason})
        )

    def test_lock_and_unlock_by_roles(self):
        self._wizard(self.head, "lock", self.thcs).action_confirm()
        self.assertTrue(self.thcs.vn_records_locked)
        log = self.env["vn.record.lock.log"].search([("company_id", "=", self.thcs.id)], limit=1)
        self.assertEqual(
            (log.action, log.user_id, log.reason), ("lock", self.head, "Chốt dữ liệu 12/12")
        )
        # the officer reads the log of his unit
        self.assertIn(log, self.env["vn.record.lock.log"].with_user(self.officer).search([]))
        # the unit head cannot unlock, nor can the HR office of another managing body
        with self.assertRaises(AccessError):
            self._wizard(self.head, "unlock", self.thcs).action_confirm()
        with self.assertRaises(AccessError):
            self.thcs.with_user(
                self.env.ref("hr_vn_civil_servant.user_sgd_tccb")
            )._vn_set_records_lock("unlock")
        self.assertTrue(self.thcs.vn_records_locked)
        self._wizard(self.hr_office, "unlock", self.thcs).action_confirm()
        self.assertFalse(self.thcs.vn_records_locked)
        self.assertEqual(
            self.env["vn.record.lock.log"].search_count([("company_id", "=", self.thcs.id)]), 2
        )

    def test_cannot_lock_other_unit(self):
        with self.assertRaises(AccessError):
            self._wizard(self.thpt_head, "lock", self.thcs).action_confirm()
        with self.assertRaises(AccessError):
            self._wizard(self.teacher, "lock", self.thcs).action_confirm()
        self.assertFalse(self.thcs.vn_records_locked)
        # locking twice is refused
        self._wizard(self.head, "lock", self.thcs).action_confirm()
        with self.assertRaises(UserError):
            self._wizard(self.head, "lock", self.thcs).action_confirm()

    def test_locked_unit_refuses_changes_and_requests(self):
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.teacher)
            .create(
                {
                    "line_ids": [
                        (0, 0, {"field_name": "private_phone", "new_value_char": "0911 111 111"})
                    ]
                }
            )
        )
        self._wizard(self.head, "lock", self.thcs).action_confirm()
        with self.assertRaises(UserError):
            request.action_submit()
        self.assertEqual(request.state, "draft")
        with self.assertRaises(UserError):
            self.teacher_employee.with_user(self.officer).write({"private_phone": "0900"})
        # another unit is not affected
        self.thpt_employee.with_user(self.thpt_officer).write({"private_phone": "0977 000 000"})
        self.assertEqual(self.thpt_employee.sudo().private_phone, "0977 000 000")
        # the HR office may still correct the locked unit
        self.teacher_employee.with_user(self.hr_office).write({"private_phone": "0966 000 000"})
        self.assertEqual(self.teacher_employee.sudo().private_phone, "0966 000 000")

    def test_log_is_read_only(self):
        self._wizard(self.head, "lock", self.thcs).action_confirm()
        log = self.env["vn.record.lock.log"].search([("company_id", "=", self.thcs.id)], limit=1)
        with self.assertRaises(UserError):
            log.with_user(self.hr_office).write({"reason": "x"})
        with self.assertRaises(UserError):
            log.with_user(self.hr_office).unlink()

    def test_company_form_buttons(self):
        action = self.thcs.with_user(self.head).action_vn_lock_records()
        self.assertEqual(action["res_model"], "vn.record.lock.wizard")
        with self.assertRaises(AccessError):
            self.thcs.with_user(self.head).action_vn_unlock_records()

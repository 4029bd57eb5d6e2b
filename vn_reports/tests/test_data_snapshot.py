"""Data closing: the managing body's HR office locks its units and freezes the staff
statistics; the snapshot reprints the same text after unlocking and further changes."""

import base64
import subprocess

from odoo.exceptions import AccessError, UserError

from odoo.addons.hr_vn_civil_servant.tests.common import PersonnelCase, RefusalAssertions
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today


class TestDataSnapshot(PersonnelCase, RefusalAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Snapshot = cls.env["vn.data.snapshot"]
        for key in ("teacher_a1", "teacher2_a1", "teacher_a2"):
            cls.emp[key].vn_staff_category = "public_employee"
        auth = cls.env["vn.export.authorization"].create(
            {
                "reference": "01/SNV-SNAP",
                "issuer": "Sở Nội vụ",
                "date": "2026-01-05",
                "valid_until": "2099-12-31",
                "purpose": "Báo cáo",
                "company_ids": [(6, 0, cls.hr_a.company_ids.ids)],
                "user_ids": [(6, 0, cls.hr_a.ids)],
                "state": "active",
                "confirmed_by_id": cls.env.ref("base.user_admin").id,
            }
        )
        cls.env["vn.export.authorization.wizard"].with_user(cls.hr_a).create(
            {"authorization_id": auth.id}
        ).action_confirm()

    def _text(self, snapshot):
        pdf = base64.b64decode(snapshot.with_user(self.hr_a).datas)
        self.assertTrue(pdf.startswith(b"%PDF"))
        return self._pdf_to_text(pdf)

    def _pdf_to_text(self, pdf):
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-layout", "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        )
        return result.stdout.decode("utf-8")

    def _close(self):
        return (
            self.body_a.with_user(self.hr_a)
            .with_context(force_report_rendering=True)
            .action_vn_close_data()
        )

    def test_close_locks_and_freezes_then_reprints_the_same(self):
        snapshots = self._close()
        self.assertEqual(len(snapshots), 4)
        self.assertTrue(
            all((self.body_a | self.school_a1 | self.school_a2).mapped("vn_records_locked"))
        )
        self.assertFalse(self.school_b1.vn_records_locked)
        pdf = snapshots.filtered(lambda s: s.report_name == "staff_statistics_bm01_vc_pdf")
        before = self._text(pdf)
        self.assertIn("3", before)
        xlsx = snapshots.filtered(lambda s: s.report_name == "staff_statistics_bm01_vc_xlsx")
        self.assertTrue(base64.b64decode(xlsx.datas).startswith(b"PK"))
        # unlock, change the data: the snapshot does not move
        (self.body_a | self.school_a1 | self.school_a2)._vn_set_records_lock("unlock")
        self.emp["teacher2_a2"].vn_staff_category = "public_employee"
        pdf.invalidate_recordset()
        self.assertEqual(self._text(pdf), before)
        # while a fresh print shows the change (the comparison can fail)
        fresh, _type = (
            self.env(user=self.hr_a)["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render(
                "vn_reports.action_report_staff_statistics",
                self.body_a.ids,
                data={
                    "company_id": self.body_a.id,
                    "form": "bm01_vc",
                    "report_date": str(vn_today(self.Snapshot)),
                },
            )
        )
        self.assertNotEqual(self._pdf_to_text(fresh), before)

    def test_snapshot_immutable_and_unique(self):
        snapshots = self._close()
        with self.assertRaises(UserError):
            snapshots[0].write({"date": "2020-01-01"})
        with self.assertRaises(UserError):
            snapshots[0].unlink()
        with self.assertRaises(UserError):
            self.Snapshot.create(
                {
                    "company_id": self.body_a.id,
                    "date": vn_today(self.Snapshot),
                    "report_name": "staff_statistics_bm02_pdf",
                }
            )
        with self.assertRaises(UserError):
            self.Snapshot.with_user(self.hr_a)._vn_freeze(self.body_a)
        self.assertEqual(
            self.Snapshot.sudo().search_count([("company_id", "=", self.body_a.id)]), 4
        )

    def test_rights(self):
        for user in (self.head_a1, self.officer_a1, self.hr_b):
            with self.assertRaises(AccessError, msg=user.login):
                self.body_a.with_user(user).action_vn_close_data()
        self._close()
        self.assertFalse(
            self.Snapshot.with_user(self.hr_b)
            .search([])
            .filtered(lambda s: s.company_id == self.body_a)
        )
        self.assertEqual(
            len(self.Snapshot.with_user(self.hr_a).search([("company_id", "=", self.body_a.id)])), 4
        )
        with self.assertRaises(AccessError):
            self.Snapshot.with_user(self.teacher_a1).search([])

    def test_no_declaration_round_for_a_closed_year(self):
        self._close()
        today = vn_today(self.Snapshot)
        self.assertCreateRefused(
            self.env["vn.declaration.round"].with_user(self.hr_a),
            {
                "year": today.year,
                "date_start": today,
                "date_end": today,
                "company_ids": [(6, 0, self.school_a1.ids)],
            },
            "already closed",
        )
        # body B has not closed: its round is accepted
        self.env["vn.declaration.round"].with_user(self.hr_b).create(
            {
                "year": today.year,
                "date_start": today,
                "date_end": today,
                "company_ids": [(6, 0, self.school_b1.ids)],
            }
        )

    def test_round_supplement_slips_in_one_batch(self):
        today = vn_today(self.Snapshot)
        round_b = (
            self.env["vn.declaration.round"]
            .with_user(self.hr_b)
            .create(
                {
                    "year": today.year,
                    "date_start": today,
                    "date_end": today,
                    "company_ids": [(6, 0, self.school_b1.ids)],
                }
            )
        )
        round_b.action_open()
        with self.assertRaises(UserError):
            round_b.action_print_supplements()
        request = (
            self.env["vn.profile.change.request"]
            .with_user(self.teacher_b1)
            .create(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "line_type": "field",
                                "field_name": "private_phone",
                                "new_value_char": "0912 345 678",
                            },
                        )
                    ]
                }
            )
        )
        request.action_submit()
        action = round_b.action_print_supplements()
        self.assertEqual(action["report_name"], "vn_reports.report_profile_supplement")
        self.assertEqual(action["context"]["active_ids"], request.ids)

    def test_closing_date_setting(self):
        self.assertEqual(
            (self.body_a.vn_data_closing_day, self.body_a.vn_data_closing_month), (12, 12)
        )
        self.assertWriteRefused(self.body_a, {"vn_data_closing_month": 13}, "not a valid")

import json
import threading

from werkzeug.test import Client
from werkzeug.wrappers import Response

import odoo
from odoo.exceptions import AccessError, UserError
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.models.vn_personnel_data_mixin import (
    is_personnel_model,
    is_rpc_request,
)


class TestExportLog(TransactionCase):
    """The export log on the demo units (THCS Tân Lập under the commune office): the
    authorisation is a record, not free text (tests of the record itself, built on
    their own units, are in test_export_authorization.py)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.hr_office = ref("hr_vn_civil_servant.user_xa_vhxh")
        cls.thpt_hr_office = ref("hr_vn_civil_servant.user_sgd_tccb")
        cls.officer = ref("hr_vn_civil_servant.user_thcs_vanthu")
        cls.head = ref("hr_vn_civil_servant.user_thcs_hieutruong")
        cls.teacher = ref("hr_vn_civil_servant.user_thcs_gv")
        cls.teacher_employee = ref("hr_vn_civil_servant.employee_thcs_gv")
        cls.colleague = ref("hr_vn_civil_servant.employee_thcs_vanthu")
        cls.head_employee = ref("hr_vn_civil_servant.employee_thcs_hieutruong")
        cls.thcs = ref("hr_vn_civil_servant.company_thcs_tan_lap")
        cls.employees = cls.teacher_employee | cls.colleague
        cls.Log = cls.env["vn.personnel.export.log"]
        # rows written before this class (e.g. by the served red-team tests) do not count
        cls.first_log_id = cls.Log.search([], order="id desc", limit=1).id or 0
        cls.authorization = (
            cls.env["vn.export.authorization"]
            .with_user(cls.head)
            .create(
                {
                    "reference": "12/UBND-VHXH",
                    "issuer": "UBND xã Tân Lập",
                    "date": "2026-03-02",
                    "valid_until": "2099-12-31",
                    "purpose": "Danh sách cán bộ",
                    "company_ids": [(6, 0, cls.thcs.ids)],
                    "user_ids": [(6, 0, cls.hr_office.ids)],
                }
            )
        )
        cls.authorization.with_user(cls.head).action_confirm()
        cls.ctx = {"vn_export_authorization_id": cls.authorization.id}

    def _logs(self, user, channel):
        return self.Log.search(
            [
                ("id", ">", self.first_log_id),
                ("user_id", "=", user.id),
                ("channel", "=", channel),
            ]
        )

    def test_group_export_implied_by_hr_office(self):
        self.assertTrue(self.hr_office.has_group("hr_vn_civil_servant.group_export"))
        self.assertTrue(self.hr_office.has_group("base.group_allow_export"))
        self.assertFalse(self.officer.has_group("hr_vn_civil_servant.group_export"))

    def test_list_export_needs_right_and_authorisation(self):
        fields_ = ["name", "private_phone"]
        with self.assertRaises(AccessError):
            self.employees.with_user(self.officer).export_data(fields_)
        with self.assertRaises(UserError):
            self.employees.with_user(self.hr_office).export_data(fields_)
        # a free-text "authorisation" in the context counts for nothing
        with self.assertRaises(UserError):
            self.employees.with_user(self.hr_office).with_context(
                vn_export_authorization="CV 12/VHXH ngày 02/3/2026"
            ).export_data(fields_)
        self.assertFalse(self._logs(self.hr_office, "export"))
        data = (
            self.employees.with_user(self.hr_office).with_context(**self.ctx).export_data(fields_)
        )
        self.assertEqual(len(data["datas"]), 2)
        log = self._logs(self.hr_office, "export")
        self.assertEqual(log.record_count, 2)
        self.assertEqual(log.model, "hr.employee")
        self.assertEqual(log.authorization_id, self.authorization)
        self.assertIn("12/UBND-VHXH", log.authorization_ref)
        self.assertIn("private_phone", log.field_names)

    def test_authorisation_wizard(self):
        with self.assertRaises(AccessError):
            self.env["vn.export.authorization.wizard"].with_user(self.officer).create(
                {"authorization_id": self.authorization.id}
            ).action_confirm()
        wizard = (
            self.env["vn.export.authorization.wizard"]
            .with_user(self.hr_office)
            .create({"authorization_id": self.authorization.id})
        )
        wizard.action_confirm()
        self.employees.with_user(self.hr_office).export_data(["name"])
        self.assertEqual(self._logs(self.hr_office, "export").authorization_id, self.authorization)
        # another user's authorisation does not count, even named in the context
        with self.assertRaises(UserError):
            self.employees.with_user(self.thpt_hr_office).with_context(**self.ctx).export_data(
                ["name"]
            )

    def test_history_lines_are_personnel_data(self):
        self.assertTrue(is_personnel_model(self.env["vn.training"]))
        self.assertTrue(is_personnel_model(self.env["vn.profile.change.request.line"]))
        self.assertFalse(is_personnel_model(self.env["res.partner"]))
        with self.assertRaises(AccessError):
            self.env["vn.training"].with_user(self.officer).search([]).export_data(["school"])

    def test_report_of_other_people(self):
        report = self.env.ref("hr.hr_employee_print_badge")
        Report = self.env["ir.actions.report"]
        # own record: allowed, not logged
        Report.with_user(self.teacher)._vn_check_personnel_report(report, self.teacher_employee.ids)
        self.assertFalse(self._logs(self.teacher, "report"))
        with self.assertRaises(AccessError):
            Report.with_user(self.teacher)._render_qweb_html(report, self.colleague.ids)
        with self.assertRaises(AccessError):
            Report.with_user(self.officer)._render_qweb_html(report, self.teacher_employee.ids)
        # a client-set context flag does not skip the check
        with self.assertRaises(AccessError):
            Report.with_user(self.officer).with_context(vn_report_checked=True)._render_qweb_html(
                report, self.teacher_employee.ids
            )
        with self.assertRaises(UserError):
            Report.with_user(self.hr_office)._render_qweb_html(report, self.employees.ids)
        Report.with_user(self.hr_office).with_context(**self.ctx)._render_qweb_html(
            report, self.employees.ids
        )
        log = self._logs(self.hr_office, "report")
        self.assertEqual(log.record_count, 2)
        self.assertEqual(log.report_name, report.report_name)
        self.assertEqual(log.authorization_id, self.authorization)

    def test_rpc_read(self):
        # the rule itself, as the external API applies it (see TestRpcChannel)
        self.teacher_employee.with_user(self.teacher)._vn_check_read(["name"], "read")
        others = self.teacher_employee | self.head_employee
        with self.assertRaises(AccessError):
            others.with_user(self.officer)._vn_check_read(["birthday"], "read")
        self.employees.with_user(self.hr_office).with_context(**self.ctx)._vn_check_read(
            ["name", "birthday"], "read"
        )
        log = self._logs(self.hr_office, "bulk_read")
        self.assertEqual(log.record_count, 2)
        self.assertEqual(log.field_names, "birthday")
        # one person's form: no check, no log
        self.assertTrue(self.teacher_employee.with_user(self.officer).read(["birthday"]))
        self.assertFalse(self._logs(self.officer, "bulk_read"))

    def test_log_is_admin_only_and_read_only(self):
        self.employees.with_user(self.hr_office).with_context(**self.ctx)._vn_check_read(
            ["birthday"], "read"
        )
        log = self._logs(self.hr_office, "bulk_read")
        with self.assertRaises(AccessError):
            self.Log.with_user(self.hr_office).search([])
        admin = self.env.ref("base.user_admin")
        self.assertIn(log, self.Log.with_user(admin).search([]))
        with self.assertRaises(UserError):
            log.with_user(admin).write({"authorization_ref": "changed"})
        with self.assertRaises(UserError):
            log.with_user(admin).unlink()


class TestRpcChannel(TransactionCase):
    """Reads through the real external API. No data is written in this class: the
    endpoint runs in its own transaction and must not wait for this test's locks."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.officer = ref("hr_vn_civil_servant.user_thcs_vanthu")
        cls.teacher_employee = ref("hr_vn_civil_servant.employee_thcs_gv")
        cls.colleague = ref("hr_vn_civil_servant.employee_thcs_vanthu")
        # a records officer's role requires two-factor login: the external API takes his
        # API key, never his password (README: administration). The key is committed for
        # the endpoint's own transaction, and removed afterwards.
        with cls.env.registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            keys = env["res.users.apikeys"].with_user(cls.officer.id).sudo()
            cls.officer_key = keys._generate(None, "test_export_log", None)
        cls.addClassCleanup(cls._drop_officer_key)

    @classmethod
    def _drop_officer_key(cls):
        with cls.env.registry.cursor() as cr:
            cr.execute("DELETE FROM res_users_apikeys WHERE name = 'test_export_log'")

    def _jsonrpc(self, user, password, model, method, args, kwargs=None):
        """A real call through Odoo's external JSON-RPC endpoint (own cursor: it sees
        the committed demo data only)."""
        client = Client(odoo.http.root, Response)
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {
                "service": "object",
                "method": "execute_kw",
                "args": [self.env.cr.dbname, user.id, password, model, method, args, kwargs or {}],
            },
            "id": 1,
        }
        # odoo.http marks the serving thread with the request's URL; the request is
        # served in this test's thread, so restore the mark afterwards.
        thread = threading.current_thread()
        previous = getattr(thread, "url", None)
        try:
            response = client.post(
                "/jsonrpc", data=json.dumps(payload), content_type="application/json"
            )
        finally:
            thread.url = previous
        return json.loads(response.get_data(as_text=True))

    def test_rpc_endpoint(self):
        """Through the real /jsonrpc endpoint a records officer (HR rights, no export
        right) cannot read his colleagues' private data, but can read his own, and the
        public directory data of his colleagues."""
        answer = self._jsonrpc(
            self.officer,
            self.officer_key,
            "hr.employee",
            "read",
            [self.teacher_employee.ids],
            {"fields": ["name", "birthday"]},
        )
        self.assertIn("error", answer)
        self.assertIn("AccessError", answer["error"]["data"]["name"])
        answer = self._jsonrpc(
            self.officer,
            self.officer_key,
            "hr.employee",
            "read",
            [self.colleague.ids],
            {"fields": ["name", "birthday"]},
        )
        self.assertEqual(answer.get("result")[0]["name"], self.colleague.name)
        answer = self._jsonrpc(
            self.officer,
            self.officer_key,
            "hr.employee",
            "read",
            [self.teacher_employee.ids],
            {"fields": ["name"]},
        )
        self.assertEqual(answer.get("result")[0]["name"], self.teacher_employee.name)
        # outside the external API (web client, server code, this test) one person's
        # record is read as the record rules allow
        self.assertFalse(is_rpc_request())
        self.assertTrue(self.teacher_employee.with_user(self.officer).read(["birthday"]))

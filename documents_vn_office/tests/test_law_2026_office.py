"""Legal fidelity 2026 (issue 10) in văn thư: secrecy levels and retention placeholders."""

import threading

from lxml import etree

from odoo import SUPERUSER_ID, api
from odoo.exceptions import ValidationError
from odoo.tests import Form

from .workflow_common import VnWorkflowCase


class TestLaw2026Office(VnWorkflowCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Retention = cls.env["vn.retention.period"]
        cls.ret_placeholder = Retention.create(
            {
                "name": "Công văn trao đổi (giá trị TT 09/2011, chờ đối chiếu)",
                "years": 10,
                "legal_basis": "Thông tư 09/2011/TT-BNV",
                "is_placeholder": True,
            }
        )
        cls.ret_checked = Retention.create(
            {
                "name": "Hồ sơ quy hoạch cán bộ: phiếu tín nhiệm (kiểm thử)",
                "years": 5,
                "legal_basis": "Thông tư 10/2022/TT-BNV",
            }
        )

    def test_secrecy_levels_have_the_three_legal_names(self):
        """Luật Bảo vệ bí mật nhà nước 29/2018/QH14 Điều 8: Tuyệt mật > Tối mật > Mật."""
        for model in ("vn.incoming.document", "vn.outgoing.document", "vn.internal.document"):
            env_vi = self.env(context=dict(self.env.context, lang="vi_VN"))
            labels = dict(env_vi[model]._fields["secrecy"]._description_selection(env_vi))
            self.assertEqual(
                (labels["confidential"], labels["secret"], labels["top_secret"]),
                ("Mật", "Tối mật", "Tuyệt mật"),
                model,
            )
            self.assertEqual(len({labels[k] for k in labels}), len(labels), "labels are distinct")

    def test_placeholder_retention_is_flagged_where_it_is_chosen(self):
        clerk = self.a["clerk"]
        CaseFile = self.env["vn.case.file"].with_user(clerk).with_company(self.school_a)
        with Form(CaseFile) as form:
            form.code = "01.VT"
            form.name = "Hồ sơ công văn trao đổi năm 2026"
            form.retention_id = self.ret_placeholder
            self.assertTrue(form.retention_is_placeholder, "the onchange shows the flag")
            form.retention_id = self.ret_checked
            self.assertFalse(form.retention_is_placeholder)
            form.retention_id = self.ret_placeholder
        case_file = form.record
        self.assertTrue(case_file.retention_is_placeholder)
        # the same flag is read on every channel (RPC read, search)
        self.assertEqual(
            CaseFile.search_count(
                [("id", "=", case_file.id), ("retention_is_placeholder", "=", True)]
            ),
            1,
        )
        arch = etree.fromstring(CaseFile.get_views([(False, "form")])["views"]["form"]["arch"])
        badge = arch.xpath("//div[@invisible='not retention_is_placeholder']")
        self.assertTrue(badge, "the form shows a warning next to the retention period")
        line_arch = etree.fromstring(
            self.env["vn.file.plan"].get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertTrue(line_arch.xpath("//field[@name='retention_is_placeholder']"))

    # ------------------------------------------------ one series per unit and year
    def _approved_internal(self, school=None, **vals):
        school = school or self.a
        doc = self._internal(school, **vals)
        self._as(doc, school["teacher"]).action_submit()
        self._as(doc, school["leader"]).action_approve()
        return doc

    def test_internal_and_outgoing_share_one_series(self):
        """NĐ 30/2020 Điều 15.1: the number and notation of a unit's documents is unique
        in the year: a tờ trình approved internally and an outgoing tờ trình never share
        "01/TTr-…"; the secret register keeps its own series (Điều 15.2)."""
        internal = self._approved_internal()
        outgoing = self._issued(self._outgoing(type_id=self.type_ttr.id))
        unit = self.school_a.vn_short_name
        self.assertEqual(internal.name, f"01/TTr-{unit}")
        self.assertEqual(outgoing.number, 2)
        self.assertNotEqual(internal.name, outgoing.name)
        untyped = self._approved_internal(type_id=False)
        self.assertEqual(untyped.name, f"03/{unit}", "no made-up NB abbreviation")
        self.assertNotIn("NB", untyped.name)
        secret = self._issued(
            self._outgoing(
                register_id=self.a["registers"]["out_secret"].id,
                secrecy="confidential",
                type_id=self.type_ttr.id,
            )
        )
        self.assertEqual(secret.number, 1, "the secret register numbers its own series")
        # the other unit's series is its own
        self.assertEqual(self._approved_internal(self.b).number, 1)

    def test_hand_typed_number_of_the_other_model_is_refused(self):
        """A back-registered outgoing number already taken by an internal document of the
        series is refused, around the button too (the service, not the form)."""
        internal = self._approved_internal()
        self.assertEqual(internal.number, 1)
        outgoing = self._signed(self._outgoing())
        self._as(outgoing, self.a["clerk"]).manual_number = 1
        with self.assertRaisesRegex(ValidationError, "already used"):
            self._as(outgoing, self.a["clerk"]).action_issue()
        self.assertFalse(outgoing.number, "nothing changed")
        register = self.a["registers"]["out"].sudo()
        with self.assertRaisesRegex(ValidationError, "already used"):
            register._vn_claim_number(outgoing, 1)

    def test_concurrent_internal_and_outgoing_with_separate_cursors(self):
        """An internal and an outgoing document numbered at the same moment, each in its own
        transaction (REPEATABLE READ snapshots taken before): numbers 1 and 2, nobody fails.
        The committed transactions need a committed unit: the installed school of the
        existing concurrency test, with two registers of its own (removed at the end)."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            company = env.ref("hr_vn_civil_servant.company_thcs_tan_lap")
            Register = env["vn.document.register"]
            common = {"company_id": company.id, "sequence": -1}
            out = Register.create(dict(common, name="Sổ đi (đồng thời)", direction="outgoing"))
            internal = Register.create(
                dict(common, name="Sổ nội bộ (đồng thời)", direction="internal")
            )
            day = {"document_date": "2026-05-04"}
            doc_out = env["vn.outgoing.document"].create(
                dict(day, company_id=company.id, register_id=out.id, subject="Đồng thời đi")
            )
            doc_int = env["vn.internal.document"].create(
                dict(day, company_id=company.id, register_id=internal.id, subject="Đồng thời NB")
            )
            ids = {"out": out.id, "int": internal.id}
            docs = [("vn.outgoing.document", doc_out.id), ("vn.internal.document", doc_int.id)]
        barrier = threading.Barrier(2)
        errors = []

        def work(model, doc_id):
            try:
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, SUPERUSER_ID, {})
                    doc = env[model].browse(doc_id)
                    doc.read(["subject"])  # the transaction's snapshot is taken here
                    barrier.wait(timeout=30)
                    doc.register_id._vn_take_number(doc)
                    doc.flush_recordset()
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=doc) for doc in docs]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            self.assertFalse(errors)
            with self.registry.cursor() as cr:
                cr.execute(
                    "SELECT (SELECT number FROM vn_outgoing_document WHERE id = %s), "
                    "(SELECT number FROM vn_internal_document WHERE id = %s)",
                    [docs[0][1], docs[1][1]],
                )
                self.assertEqual(sorted(cr.fetchone()), [1, 2])
        finally:
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                cr.execute(
                    "DELETE FROM vn_document_number WHERE series_register_id = %s", [ids["out"]]
                )
                for model, doc_id in docs:
                    env[model].browse(doc_id).unlink()
                env["vn.document.register"].browse(list(ids.values())).unlink()

"""An export authorisation of personnel data names the registered incoming document
carrying the official request (documents_vn_office's part of hr_vn_civil_servant's
vn.export.authorization)."""

from odoo.exceptions import ValidationError

from odoo.addons.hr_vn_civil_servant.tests.common import PersonnelCase


class TestExportAuthorizationIncoming(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Register = cls.env["vn.document.register"]
        cls.registers = {
            unit: Register.create(
                {
                    "company_id": unit.id,
                    "name": f"Sổ đến {unit.name}",
                    "direction": "incoming",
                    "sequence": 0,
                }
            )
            for unit in (cls.school_a1, cls.school_b1)
        }

    def _incoming(self, unit, register=True):
        doc = self.env["vn.incoming.document"].create(
            {
                "company_id": unit.id,
                "register_id": self.registers[unit].id,
                "subject": "Đề nghị cung cấp danh sách tiền lương",
                "arrival_date": "2026-03-02",
                "document_date": "2026-02-27",
                "author_name": "Sở Nội vụ tỉnh Hưng Yên",
                "original_number": "321/SNV-CCVC",
            }
        )
        if register:
            doc.action_register()
        return doc

    def test_incoming_document_fills_and_scopes_the_authorisation(self):
        doc = self._incoming(self.school_a1)
        Authorization = self.env["vn.export.authorization"].with_user(self.head_a1)
        draft = Authorization.new(
            {"company_ids": [(6, 0, self.school_a1.ids)], "incoming_document_id": doc.id}
        )
        draft._onchange_incoming_document_id()
        self.assertEqual(
            (draft.reference, draft.issuer, str(draft.date)),
            ("321/SNV-CCVC", "Sở Nội vụ tỉnh Hưng Yên", "2026-02-27"),
        )
        auth = Authorization.create(
            {
                "incoming_document_id": doc.id,
                "reference": draft.reference,
                "issuer": draft.issuer,
                "date": draft.date,
                "valid_until": "2099-12-31",
                "purpose": "Danh sách tiền lương",
                "company_ids": [(6, 0, self.school_a1.ids)],
                "user_ids": [(6, 0, self.hr_a.ids)],
            }
        )
        auth.with_user(self.head_a1).action_confirm()
        self.assertEqual(auth.state, "active")
        # a document not registered yet, or of another body's register, is refused
        for other in (
            self._incoming(self.school_a1, register=False),
            self._incoming(self.school_b1),
        ):
            with self.assertRaises(ValidationError):
                Authorization.create(
                    {
                        "incoming_document_id": other.id,
                        "reference": "x",
                        "issuer": "y",
                        "date": "2026-02-27",
                        "valid_until": "2099-12-31",
                        "purpose": "z",
                        "company_ids": [(6, 0, self.school_a1.ids)],
                        "user_ids": [(6, 0, self.hr_a.ids)],
                    }
                )

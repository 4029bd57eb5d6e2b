"""Stored documents and personal folders as the real roles of two schools under two
managing bodies: sharing with a department (tổ) reaches exactly its members, another
unit sees nothing, a personal folder is its owner's alone (administrators included), a
link in it opens nothing its owner could not read, and the starred documents come
first, for their user only."""

import base64

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from .common import EXE, PDF
from .office_common import VnOfficeCase


class TestStoredDocument(VnOfficeCase):
    def _doc(self, school=None, user=None, **vals):
        school = school or self.a
        values = {
            "name": "Thông tư quy định về văn thư trong trường học (test)",
            "number": "TT-VT-TEST/2026",
            "kind": "law",
            "issuer": "Bộ Giáo dục và Đào tạo",
            "issue_date": "2026-01-15",
            "company_id": school["company"].id,
            "summary": "Hướng dẫn lập hồ sơ công việc và lưu trữ",
        }
        values.update(vals)
        return self._env(user or school["clerk"])["vn.stored.document"].create(values)

    def _readers(self, doc, users):
        return [
            u for u in users if self._env(u)["vn.stored.document"].search([("id", "=", doc.id)])
        ]

    def test_sharing_with_a_department_reaches_exactly_its_members(self):
        # body A's office keeps it and shares it with the Tổ Toán of school A only
        doc = self._doc(
            school={"company": self.body_a, "clerk": self.body_user},
            share_department_ids=[(6, 0, self.a["group"].ids)],
        )
        everyone = [
            self.a["teacher"],  # member of Tổ Toán
            self.a["teacher2"],  # Tổ Ngữ văn
            self.a["clerk"],
            self.a["leader"],
            self.a["unithead"],
            self.b["teacher"],
            self.b["leader"],
        ]
        self.assertEqual(self._readers(doc, everyone), [self.a["teacher"]])
        self.assertEqual(self._as(doc, self.a["teacher"]).read(["name"])[0]["name"], doc.name)
        with self.assertRaises(AccessError):
            self._as(doc, self.a["teacher2"]).read(["name"])
        # a reader does not change it
        with self.assertRaises(AccessError):
            self._as(doc, self.a["teacher"]).write({"name": "Sửa"})

    def test_files_follow_the_document(self):
        doc = self._doc()
        Attachment = self._env(self.a["clerk"])["ir.attachment"]
        pdf = Attachment.create(
            {"name": "thong-tu.pdf", "datas": base64.b64encode(PDF), "res_model": False}
        )
        self._as(doc, self.a["clerk"]).write({"attachment_ids": [(4, pdf.id)]})
        pdf.invalidate_recordset()
        self.assertEqual(pdf.with_user(self.a["teacher"]).raw, PDF)
        with self.assertRaises(AccessError):
            pdf.with_user(self.b["teacher"]).read(["datas"])
        exe = Attachment.create(
            {"name": "thong-tu.pdf", "datas": base64.b64encode(EXE), "res_model": False}
        )
        with self.assertRaises(ValidationError):
            self._as(doc, self.a["clerk"]).write({"attachment_ids": [(4, exe.id)]})

    def test_own_unit_shared_units_and_users(self):
        doc = self._doc()
        users = [self.a["teacher"], self.a["teacher2"], self.b["teacher"], self.b["clerk"]]
        self.assertEqual(self._readers(doc, users), [self.a["teacher"], self.a["teacher2"]])
        self._as(doc, self.a["clerk"]).write({"share_user_ids": [(6, 0, self.b["teacher"].ids)]})
        self.assertEqual(self._readers(doc, users), users[:3])
        self._as(doc, self.a["clerk"]).write(
            {"share_user_ids": [(5,)], "share_company_ids": [(6, 0, self.school_b.ids)]}
        )
        self.assertEqual(self._readers(doc, users), users)
        # the other school reads, never changes, and counts nothing of school A's own
        with self.assertRaises(AccessError):
            self._as(doc, self.b["clerk"]).write({"name": "Sửa"})
        groups = self._env(self.b["clerk"])["vn.stored.document"]._read_group(
            [("company_id", "=", self.school_a.id)], [], ["__count"]
        )
        self.assertEqual(groups[0][0], 1)

    def test_search_on_title_number_and_summary(self):
        doc = self._doc()
        Docs = self._env(self.a["teacher"])["vn.stored.document"]
        for needle in ("văn thư trong trường", "TT-VT-TEST", "lưu trữ"):
            self.assertIn(doc, Docs.search([("display_name", "ilike", needle)]), needle)
            self.assertIn(doc.id, [r[0] for r in Docs.name_search(needle)], needle)
        self.assertFalse(
            self._env(self.b["teacher"])["vn.stored.document"].name_search("TT-VT-TEST")
        )
        with self.assertRaisesRegex(ValidationError, "cease to be in force"):
            self._as(doc, self.a["clerk"]).write(
                {"valid_from": "2026-02-01", "valid_to": "2026-01-01"}
            )

    def test_starred_documents_first_for_their_user_only(self):
        old = self._doc(name="Mẫu kế hoạch dạy học (test)", number="M-01", issue_date="2020-01-01")
        new = self._doc(
            name="Công văn hướng dẫn năm học (test)", number="CV-02", issue_date="2026-08-01"
        )
        teacher, teacher2 = self.a["teacher"], self.a["teacher2"]
        domain = [("id", "in", (old | new).ids)]
        self.assertEqual(self._env(teacher)["vn.stored.document"].search(domain), new | old)
        # a reader without write right stars it
        self._as(old, teacher).action_toggle_favorite()
        self.assertEqual(list(self._env(teacher)["vn.stored.document"].search(domain)), [old, new])
        self.assertEqual(list(self._env(teacher2)["vn.stored.document"].search(domain)), [new, old])
        self.assertTrue(self._as(old, teacher).is_favorite)
        self.assertFalse(self._as(old, teacher2).is_favorite)
        # nobody but the system reads who starred what
        with self.assertRaises(AccessError):
            self._as(old, teacher2).read(["favorite_user_ids"])
        self.assertEqual(old.read(["name"])[0]["name"], old.name)

    def test_personal_folder_is_its_owners_alone(self):
        teacher = self.a["teacher"]
        with Form(self._env(teacher)["vn.personal.folder"]) as form:
            form.name = "Tài liệu bồi dưỡng"
        root = form.record
        child = self._env(teacher)["vn.personal.folder"].create(
            {"name": "Năm học 2026-2027", "parent_id": root.id}
        )
        self.assertEqual(child.complete_name, "Tài liệu bồi dưỡng / Năm học 2026-2027")
        for user in (self.a["teacher2"], self.a["leader"], self.a["unithead"], self.admin_user):
            Folder = self._env(user)["vn.personal.folder"]
            self.assertFalse(Folder.search([("id", "in", (root | child).ids)]), user.login)
            with self.assertRaises(AccessError):
                Folder.browse(root.ids).read(["name"])
            with self.assertRaises(AccessError):
                Folder.create({"name": "Lấn", "parent_id": root.id})
        # nobody gives his folder away
        with self.assertRaises(ValidationError):
            self._as(root, teacher).write({"user_id": self.a["teacher2"].id})
        with self.assertRaises(UserError):
            self._as(root, teacher).write({"parent_id": child.id})

    def test_a_link_opens_nothing_the_owner_cannot_read(self):
        teacher = self.a["teacher"]
        folder = self._env(teacher)["vn.personal.folder"].create({"name": "Hay dùng"})
        doc = self._doc(
            school={"company": self.body_a, "clerk": self.body_user},
            share_user_ids=[(6, 0, teacher.ids)],
        )
        internal = self._internal()
        Item = self._env(teacher)["vn.personal.folder.item"]
        item = Item.create({"folder_id": folder.id, "document_ref": f"vn.stored.document,{doc.id}"})
        Item.create({"folder_id": folder.id, "document_ref": f"vn.internal.document,{internal.id}"})
        self.assertEqual(item.name, doc.display_name)
        self.assertEqual(item.action_open()["res_id"], doc.id)
        # a document he cannot read does not go in (even by its id)
        secret = self._doc(school={"company": self.body_a, "clerk": self.body_user}, number="KHÁC")
        for vals in (
            {"document_ref": f"vn.stored.document,{secret.id}"},
            {"res_model": "vn.stored.document", "res_id": secret.id},
            {"res_model": "vn.internal.document", "res_id": self._internal(school=self.b).id},
        ):
            with self.assertRaisesRegex(ValidationError, "Only a document you can read"):
                Item.create(dict(vals, folder_id=folder.id))
        # once the sharing ends, the link shows no name and opens nothing
        doc.with_user(self.body_user).write({"share_user_ids": [(5,)]})
        item.invalidate_recordset()
        self.assertEqual(item.name, "(a document you cannot read)")
        self.assertFalse(item.document_ref)
        with self.assertRaises(AccessError):
            item.action_open()
        with self.assertRaises(AccessError):
            self._as(doc, teacher).read(["name"])
        # another user does not see the links
        self.assertFalse(self._env(self.a["teacher2"])["vn.personal.folder.item"].search([]))

    def test_only_clerks_and_leaders_keep_documents(self):
        with self.assertRaises(AccessError):
            self._doc(user=self.a["teacher"])
        doc = self._doc(user=self.a["leader"])
        with self.assertRaises(AccessError):
            self._as(doc, self.b["leader"]).write({"name": "Sửa"})
        with self.assertRaises(UserError):
            self._as(doc, self.a["clerk"]).unlink()

"""Fixture of the outgoing and internal workflow tests: two schools under two managing
bodies, each school with its own registers and its real roles (clerk keeping the
registers, leader, second leader, delegate, head of a drafting group, teacher), built by
the tests themselves."""

from datetime import timedelta

from odoo import fields
from odoo.tests.common import TransactionCase

from odoo.addons.hr_vn_civil_servant.tests.common import make_user

CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"


class VnWorkflowCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.body_a = Company.create({"name": "Sở A (vb)", "vn_short_name": "SVBA"})
        cls.school_a = Company.create(
            {"name": "Trường A (vb)", "vn_short_name": "VBA", "parent_id": cls.body_a.id}
        )
        cls.body_b = Company.create({"name": "Sở B (vb)", "vn_short_name": "SVBB"})
        cls.school_b = Company.create(
            {"name": "Trường B (vb)", "vn_short_name": "VBB", "parent_id": cls.body_b.id}
        )
        cls.a = cls._school(cls.school_a, "a")
        cls.b = cls._school(cls.school_b, "b")
        # a user of the managing body A who also works in school A (its office)
        cls.body_user = cls._user("vb.soa", cls.body_a | cls.school_a, CLERK)
        cls.type_qd = cls.env.ref("documents_vn_office.document_type_quyet_dinh")
        cls.type_cv = cls.env.ref("documents_vn_office.document_type_cong_van")
        cls.type_ttr = cls.env.ref("documents_vn_office.document_type_to_trinh")

    @classmethod
    def _school(cls, company, key):
        """The roles and registers of one school, as a namespace-like dict."""
        users = {
            "clerk": cls._user(f"vb.{key}.clerk", company, CLERK),
            "leader": cls._user(f"vb.{key}.leader", company, LEADER),
            "leader2": cls._user(f"vb.{key}.leader2", company, LEADER),
            "delegate": cls._user(f"vb.{key}.delegate", company),
            "head": cls._user(f"vb.{key}.head", company),
            "teacher": cls._user(f"vb.{key}.teacher", company),
        }
        employees = {
            role: cls.env["hr.employee"].create(
                {"name": user.name, "user_id": user.id, "company_id": company.id}
            )
            for role, user in users.items()
        }
        group = cls.env["hr.department"].create(
            {
                "name": f"Tổ Toán ({key})",
                "company_id": company.id,
                "vn_short_name": "TT",
                "manager_id": employees["head"].id,
            }
        )
        employees["teacher"].department_id = group
        Register = cls.env["vn.document.register"]
        keepers = [(6, 0, users["clerk"].ids)]
        common = {"company_id": company.id, "sequence": 0, "keeper_ids": keepers}
        registers = {
            "out": Register.create(dict(common, name=f"Sổ đi ({key})", direction="outgoing")),
            "out_secret": Register.create(
                dict(common, name=f"Sổ đi mật ({key})", direction="outgoing", is_secret=True)
            ),
            "int": Register.create(dict(common, name=f"Sổ nội bộ ({key})", direction="internal")),
            "in": Register.create(dict(common, name=f"Sổ đến ({key})", direction="incoming")),
        }
        return dict(
            users,
            company=company,
            group=group,
            employees=employees,
            registers=registers,
        )

    @classmethod
    def _user(cls, login, companies, *groups):
        return make_user(cls.env, login, companies, groups, name=login.replace(".", " ").title())

    # ------------------------------------------------------------------ helpers
    def _env(self, user, company=None):
        company = company or user.company_id
        return self.env(user=user, context={"allowed_company_ids": company.ids})

    def _outgoing(self, school=None, user=None, **vals):
        school = school or self.a
        values = {
            "register_id": school["registers"]["out"].id,
            "subject": "Quyết định thành lập đội tuyển học sinh giỏi",
            "type_id": self.type_qd.id,
            "drafting_department_id": school["group"].id,
            "signer_id": school["employees"]["leader"].id,
        }
        values.update(vals)
        env = self._env(user or school["teacher"], school["company"])
        return env["vn.outgoing.document"].create(values)

    def _internal(self, school=None, user=None, **vals):
        school = school or self.a
        values = {
            "register_id": school["registers"]["int"].id,
            "subject": "Tờ trình mua sắm thiết bị dạy học",
            "type_id": self.type_ttr.id,
        }
        values.update(vals)
        env = self._env(user or school["teacher"], school["company"])
        return env["vn.internal.document"].create(values)

    def _as(self, record, user):
        return record.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    def _checked(self, doc, school=None):
        school = school or self.a
        self._as(doc, school["clerk"]).action_check_form()
        # the group head checks the content; a secret draft, which he may not read, a leader
        checker = school["head"] if doc.secrecy == "normal" else school["leader"]
        self._as(doc, checker).action_check_content()
        return doc

    def _signed(self, doc, school=None):
        school = school or self.a
        self._checked(doc, school)
        self._as(doc, school["leader"]).action_approve()
        self._as(doc, school["leader"]).action_sign()
        return doc

    def _issued(self, doc, school=None):
        school = school or self.a
        self._signed(doc, school)
        self._as(doc, school["clerk"]).action_issue()
        return doc

    def _delegate(self, school, delegator, delegate, **rights):
        today = fields.Date.context_today(delegator)
        values = {
            "delegator_id": delegator.id,
            "delegate_id": delegate.id,
            "company_id": school["company"].id,
            "date_from": today,
            "date_to": today + timedelta(days=7),
            "reference": "05/GUQ-VBA",
        }
        values.update(rights)
        return self.env["vn.delegation"].with_user(delegator).create(values)

    def _todos(self, record):
        decision = self.env.ref("hr_vn_civil_servant.mail_activity_type_vn_decision")
        todos = record.sudo().activity_ids.filtered(lambda a: a.activity_type_id == decision)
        return {(a.vn_wf_transition, a.user_id) for a in todos}

    def _roles(self, school=None):
        school = school or self.a
        return [school[r] for r in ("teacher", "head", "clerk", "leader", "leader2", "delegate")]

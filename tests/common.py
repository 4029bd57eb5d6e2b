"""Base class of the cross-module tests (tests/ is not an addon, so the Odoo test
metadata that addon tests get from their module path is given here)."""

from odoo.tests.common import TransactionCase

SUITE_MODULES = ("hr_vn_civil_servant", "documents_vn_office", "vn_reports")


class SuiteCase(TransactionCase):
    test_module = "vn_suite"
    test_tags = {"standard", "post_install", "vn_suite"}

    @classmethod
    def _make_user(cls, login, companies, groups, lang="vi_VN"):
        """A user working in ``companies`` (the first is his current unit) with ``groups``
        (xml ids). Internal users also get every group base.group_user implies."""
        group_ids = [cls.env.ref("base.group_user").id] + [cls.env.ref(g).id for g in groups]
        return (
            cls.env["res.users"]
            .with_context(no_reset_password=True, mail_create_nolog=True)
            .create(
                {
                    "name": login,
                    "login": login,
                    "lang": lang,
                    "company_id": companies[0].id,
                    "company_ids": [(6, 0, companies.ids)],
                    "groups_id": [(6, 0, group_ids)],
                }
            )
        )

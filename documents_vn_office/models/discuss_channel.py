from odoo import api, fields, models

#: what moves an employee from one unit or tổ channel to another
EMPLOYEE_FIELDS = ("company_id", "department_id", "user_id", "active")


class DiscussChannel(models.Model):
    """The Discuss channel of each unit (res.company) and each tổ (hr.department): its
    members are the unit's or department's employees who have a user, kept in step by
    ``_vn_sync_channels`` (called when departments and employees change). Only members
    see such a channel (a global record rule)."""

    _inherit = "discuss.channel"

    vn_company_id = fields.Many2one(
        "res.company", string="Channel of Unit", index=True, ondelete="cascade", readonly=True
    )
    vn_department_id = fields.Many2one(
        "hr.department",
        string="Channel of Department",
        index=True,
        ondelete="cascade",
        readonly=True,
    )

    _sql_constraints = [
        ("vn_company_uniq", "unique(vn_company_id)", "A unit has one channel."),
        ("vn_department_uniq", "unique(vn_department_id)", "A department has one channel."),
    ]

    @api.model
    def _vn_sync_channels(self, companies=None, departments=None):
        """Create the channels of ``companies`` and ``departments`` (all of them when
        neither is given) and set their members to the employees with users."""
        if companies is None and departments is None:
            companies = self.env["res.company"].sudo().search([])
            departments = self.env["hr.department"].sudo().search([])
        Channel = self.sudo().with_context(mail_create_nosubscribe=True, mail_create_nolog=True)
        Employee = self.env["hr.employee"].sudo()
        for company in (companies or self.env["res.company"]).sudo():
            channel = Channel.search([("vn_company_id", "=", company.id)], limit=1)
            if not channel:
                channel = Channel.create(
                    {"name": company.name, "channel_type": "channel", "vn_company_id": company.id}
                )
            elif channel.name != company.name:
                channel.name = company.name
            users = Employee.search(
                [("company_id", "=", company.id), ("user_id", "!=", False)]
            ).user_id
            channel._vn_set_members(users)
        for department in (departments or self.env["hr.department"]).sudo():
            channel = Channel.with_context(active_test=False).search(
                [("vn_department_id", "=", department.id)], limit=1
            )
            name = department._vn_channel_name()
            if not channel:
                if not department.active:
                    continue
                channel = Channel.create(
                    {"name": name, "channel_type": "channel", "vn_department_id": department.id}
                )
            elif channel.name != name:
                channel.name = name
            users = self.env["res.users"]
            if department.active:
                users = Employee.search(
                    [("department_id", "=", department.id), ("user_id", "!=", False)]
                ).user_id
                users |= department.manager_id.user_id
            channel._vn_set_members(users)
        return True

    def _vn_set_members(self, users):
        """Exactly the active internal ``users`` are members (no joined messages)."""
        self.ensure_one()
        partners = users.filtered(lambda u: u.active and not u.share).partner_id
        members = self.channel_member_ids
        stale = members.filtered(lambda m: m.partner_id not in partners)
        kept = (members - stale).partner_id
        stale.unlink()
        missing = partners - kept
        if missing:
            self._add_members(partners=missing, post_joined_message=False)

from odoo import api, fields, models
from odoo.exceptions import AccessError

TEAM = "documents_vn_office.group_records_team"


class VnRecordsRightsWizard(models.TransientModel):
    """The records team grants the users of its school their record rights (e-record
    rules, Điều 5): membership of the record groups (category Professional Records)
    only, only for users who work in no unit outside the team member's own, without
    being a settings administrator."""

    _name = "vn.records.rights.wizard"
    _description = "Grant Record Rights"

    user_id = fields.Many2one("res.users", required=True)
    group_ids = fields.Many2many(
        "res.groups",
        string="Record Rights",
        domain=lambda self: [("category_id", "child_of", self._records_category().id)],
    )

    @api.model
    def _records_category(self):
        return self.env.ref("documents_vn_office.module_category_app_professional")

    @api.model
    def _record_groups(self):
        return (
            self.env["res.groups"]
            .sudo()
            .search([("category_id", "child_of", self._records_category().id)])
        )

    @api.onchange("user_id")
    def _onchange_user_id(self):
        self.group_ids = self.user_id.sudo().groups_id & self._record_groups()

    @api.model
    def _check_granter(self, user):
        me = self.env.user
        if self.env.su:
            return
        if not me.has_group(TEAM):
            raise AccessError(self.env._("Only the records team grants record rights."))
        if user == me:
            raise AccessError(
                self.env._("A member of the records team never changes his own rights.")
            )
        target = user.sudo()
        if target.share or not target.company_ids or target.company_ids - me.company_ids:
            raise AccessError(
                self.env._("The records team grants rights only to the users of its own school.")
            )

    def action_apply(self):
        self.ensure_one()
        self._check_granter(self.user_id)
        groups = self._record_groups()
        wanted = self.group_ids & groups
        if self.group_ids - groups:
            raise AccessError(self.env._("Only the record rights can be granted here."))
        user = self.user_id.sudo()
        added = wanted - user.groups_id
        removed = (user.groups_id & groups) - wanted
        commands = [(4, g.id) for g in added] + [(3, g.id) for g in removed]
        if commands:
            user.write({"groups_id": commands})
            user.partner_id.message_post(
                body=self.env._(
                    "Record rights changed by %(user)s: added %(added)s; removed %(removed)s.",
                    user=self.env.user.name,
                    added=", ".join(added.mapped("name")) or "-",
                    removed=", ".join(removed.mapped("name")) or "-",
                )
            )
        return {"type": "ir.actions.act_window_close"}

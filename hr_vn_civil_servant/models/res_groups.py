from odoo import api, fields, models

UNIT_ADMIN = "hr_vn_civil_servant.group_unit_user_admin"
UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"


class ResGroups(models.Model):
    _inherit = "res.groups"

    vn_require_totp = fields.Boolean(
        string="Require Two-factor Login",
        help="Members of this role must log in with a second factor (an authenticator "
        "app): a member who has not set it up is sent to its setup at his next login, "
        "and may use the external API only with an API key.",
    )

    vn_unit_grantable = fields.Boolean(
        string="Granted by the Unit User Administrator",
        help="A school-level role: the unit user administrator grants it to the staff of "
        "his own unit (employee, records officer, unit head, document handler, clerk, "
        "leader, vice-principal, records team).",
    )

    @api.model
    def _vn_unit_grantable_groups(self, granter=None):
        """The roles ``granter`` (a unit user administrator) may grant and take away:
        the school-level roles. The principal (a unit head among them) also appoints
        another unit user administrator."""
        groups = self.sudo().search([("vn_unit_grantable", "=", True)])
        groups |= self.env.ref("base.group_user").sudo()  # every staff account
        if granter is not None and granter.has_group(UNIT_HEAD):
            groups |= self.env.ref(UNIT_ADMIN).sudo()
        return groups

    @api.model
    def _vn_unit_allowed_groups(self, granter=None):
        """Every group an account of the unit may hold after his changes: the
        grantable roles and what they imply, and the technical group of Odoo's in-app
        notifications (the notification preference of every new account)."""
        groups = self._vn_unit_grantable_groups(granter)
        inbox = self.env.ref("mail.group_mail_notification_type_inbox", raise_if_not_found=False)
        if inbox:
            groups |= inbox.sudo()
        return groups | groups.trans_implied_ids

from odoo import fields, models


class ResGroups(models.Model):
    _inherit = "res.groups"

    vn_require_totp = fields.Boolean(
        string="Require Two-factor Login",
        help="Members of this role must log in with a second factor (an authenticator "
        "app): a member who has not set it up is sent to its setup at his next login, "
        "and may use the external API only with an API key.",
    )

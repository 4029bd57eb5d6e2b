from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    vn_self_password_reset = fields.Boolean(
        string="Self-service Password Reset",
        default=True,
        help="Users of this managing body and of its units may reset a forgotten password "
        "themselves by e-mail (the login page's Reset Password). Off: a lost password goes "
        "through a lost-password request confirmed by the unit head and issued by the "
        "managing body's administrator.",
    )

    def _vn_self_reset_allowed(self):
        """Self-service reset allowed by the unit's managing body (and the unit itself)."""
        self.ensure_one()
        company = self.sudo()
        return company.vn_self_password_reset and company._vn_settings_company().vn_self_password_reset

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools.appointment_rules import DEFAULT_TERM_YEARS


class ResCompany(models.Model):
    """Settings of the managing body for the HR office's work: appointments (read from
    ``parent_id or self``), the contract expiry notice of Odoo's contracts (30 days in this
    suite), the probation reminder."""

    _inherit = "res.company"

    vn_appointment_term_years = fields.Integer(
        string="Appointment Term (Years)",
        default=DEFAULT_TERM_YEARS,
        help="Term of an appointment to a leadership position, 5 years by law; the end "
        "date of a new appointment is computed from it.",
    )
    contract_expiration_notice_period = fields.Integer(default=30)

    @api.constrains("vn_appointment_term_years")
    def _check_vn_appointment_term_years(self):
        for company in self:
            if not 1 <= company.vn_appointment_term_years <= 10:
                raise ValidationError(
                    _("The appointment term of %s must be between 1 and 10 years.", company.name)
                )

    vn_probation_reminder_days = fields.Integer(
        string="Days Before the End of Probation",
        default=30,
        help="On a managing body: the HR office and the supervisor get a to-do this many "
        "days before a probation ends.",
    )

    @api.constrains("vn_probation_reminder_days")
    def _check_vn_probation_reminder_days(self):
        for company in self:
            if not 0 <= company.vn_probation_reminder_days <= 365:
                raise ValidationError(
                    _(
                        "%(field)s of %(unit)s must be between 0 and 365 days.",
                        field=self._fields["vn_probation_reminder_days"]._description_string(
                            self.env
                        ),
                        unit=company.name,
                    )
                )

    # ------------------------------------------------------------------ accounts
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
        return (
            company.vn_self_password_reset and company._vn_settings_company().vn_self_password_reset
        )

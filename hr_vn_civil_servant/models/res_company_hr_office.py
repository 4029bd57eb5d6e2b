from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

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

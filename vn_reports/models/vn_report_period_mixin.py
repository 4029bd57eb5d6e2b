from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnReportPeriodMixin(models.AbstractModel):
    """The period of a printed list or register (``date_from`` … ``date_to``): both dates
    in the printable range of ``vn.report.format`` and the start not after the end. The
    print wizards inherit it and give the dates their own defaults and labels."""

    _name = "vn.report.period.mixin"
    _description = "Period of a Report"

    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To", required=True)

    @api.constrains("date_from", "date_to")
    def _check_vn_report_period(self):
        for wizard in self:
            self.env["vn.report.format"]._vn_check_report_dates(wizard.date_from, wizard.date_to)
            if wizard.date_from > wizard.date_to:
                raise ValidationError(_("The start date must be before the end date."))

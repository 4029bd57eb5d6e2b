import datetime

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    """Reporting dates of the e-record management reports (báo cáo công tác quản lý hồ
    sơ) of the units of a managing body: before 15/6 and 1/12 each year (Thông tư
    07/2019/TT-BNV Điều 12 khoản 2), and how many days before them the units are
    reminded. Settings of the managing body; its schools follow them."""

    _inherit = ["res.company"]

    vn_record_report_day_1 = fields.Integer(string="First Reporting Day", default=15)
    vn_record_report_month_1 = fields.Integer(string="First Reporting Month", default=6)
    vn_record_report_day_2 = fields.Integer(string="Second Reporting Day", default=1)
    vn_record_report_month_2 = fields.Integer(string="Second Reporting Month", default=12)
    vn_record_report_remind_days = fields.Integer(
        string="Remind Days Before",
        default=15,
        help="Days before each reporting date when the units not yet reporting get a to-do.",
    )

    @api.constrains(
        "vn_record_report_day_1",
        "vn_record_report_month_1",
        "vn_record_report_day_2",
        "vn_record_report_month_2",
        "vn_record_report_remind_days",
    )
    def _check_vn_record_report_dates(self):
        for company in self:
            try:
                first = company._vn_record_report_dates(2026)
            except ValueError as error:
                raise ValidationError(
                    _("The reporting dates of the e-record reports are not valid days.")
                ) from error
            if not first[0] < first[1]:
                raise ValidationError(
                    _("The first reporting date of the e-record reports must come first.")
                )
            if not 0 <= company.vn_record_report_remind_days <= 90:
                raise ValidationError(
                    _("The reminder of the e-record reports comes 0 to 90 days before.")
                )

    def _vn_record_report_body(self):
        """The managing body whose settings a unit follows (its parent, else itself)."""
        self.ensure_one()
        return self.sudo().parent_id or self.sudo()

    def _vn_record_report_dates(self, year):
        """The two reporting dates of ``year`` (raises ValueError on an invalid day)."""
        self.ensure_one()
        return (
            datetime.date(year, self.vn_record_report_month_1, self.vn_record_report_day_1),
            datetime.date(year, self.vn_record_report_month_2, self.vn_record_report_day_2),
        )

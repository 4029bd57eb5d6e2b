from dateutil.relativedelta import relativedelta

from odoo import fields, models

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from ..models.report_vn_reports_report_hr_list import LIST_TYPES


class VnHrListWizard(models.TransientModel):
    """Prints a list of the HR office for a managing body and a period, as PDF or Excel."""

    _name = "vn.hr.list.wizard"
    _description = "Print HR Office List"
    _inherit = ["vn.report.period.mixin", "vn.value.limit.mixin"]

    list_type = fields.Selection(LIST_TYPES, string="List", required=True, default="step_raise")
    company_id = fields.Many2one(
        "res.company",
        string="Managing Body",
        required=True,
        default=lambda s: s.env.company,
        domain=lambda s: [("id", "in", s.env.companies.ids)],
    )
    date_from = fields.Date(string="From", required=True, default=lambda self: vn_today(self))
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda s: vn_today(s) + relativedelta(months=6),
        help="Retirement: the notice is due 6 months before the retirement date, so list "
        "at least the next 6 months. Salary list: the base salary in force on this date.",
    )

    def _vn_data(self):
        self.ensure_one()
        return {
            "list_type": self.list_type,
            "company_id": self.company_id.id,
            "date_from": fields.Date.to_string(self.date_from),
            "date_to": fields.Date.to_string(self.date_to),
        }

    def action_print_pdf(self):
        return self.env.ref("vn_reports.action_report_hr_list").report_action(
            self.company_id, data=self._vn_data()
        )

    def action_print_xlsx(self):
        return self.env.ref("vn_reports.action_report_hr_list_xlsx").report_action(
            self.company_id, data=self._vn_data()
        )

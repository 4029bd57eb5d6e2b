from odoo import api, fields, models

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from ..models.report_vn_reports_report_staff_statistics import FORMS


class VnStaffStatisticsWizard(models.TransientModel):
    """Prints the headcount and quality report (BM02/BNV or BM01-VC/BNV) of a managing
    body: one row per unit under it, as PDF or Excel."""

    _name = "vn.staff.statistics.wizard"
    _description = "Staff Statistics Wizard"
    _inherit = ["vn.value.limit.mixin"]

    company_id = fields.Many2one(
        "res.company",
        string="Managing Body",
        required=True,
        default=lambda s: s.env.company,
        domain=lambda s: [("id", "in", s.env.companies.ids)],
        help="The report has one row per unit under this one (the unit itself included).",
    )
    form = fields.Selection(FORMS, required=True, default="bm01_vc")
    report_date = fields.Date(
        required=True,
        default=lambda self: vn_today(self),
        help="Ages and retirement are computed on this date.",
    )

    @api.constrains("report_date")
    def _check_vn_report_dates(self):
        for wizard in self:
            self.env["vn.report.format"]._vn_check_report_dates(wizard.report_date)

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        if self.env.context.get("active_model") == "res.company" and self.env.context.get(
            "active_id"
        ):
            values["company_id"] = self.env.context["active_id"]
        return values

    def _vn_data(self):
        self.ensure_one()
        return {
            "company_id": self.company_id.id,
            "form": self.form,
            "report_date": fields.Date.to_string(self.report_date),
        }

    def action_print_pdf(self):
        return self.env.ref("vn_reports.action_report_staff_statistics").report_action(
            self.company_id, data=self._vn_data()
        )

    def action_print_xlsx(self):
        return self.env.ref("vn_reports.action_report_staff_statistics_xlsx").report_action(
            self.company_id, data=self._vn_data()
        )

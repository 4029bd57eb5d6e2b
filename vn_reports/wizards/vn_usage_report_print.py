from odoo import models


class VnUsageReportWizard(models.TransientModel):
    """The monthly usage report (documents_vn_office) printed as a PDF in the suite's
    layout: one table per unit, a row per person and the unit's total."""

    _inherit = "vn.usage.report.wizard"

    def action_print_pdf(self):
        self.ensure_one()
        self.action_compute()
        return self.env.ref("vn_reports.action_report_usage").report_action(self)

    def _vn_print_values(self):
        """What the template prints: per unit its agency block and its lines."""
        self.ensure_one()
        Format = self.env["vn.report.format"]
        units = []
        for company in self._vn_units():
            lines = self.line_ids.filtered(lambda line, c=company: line.company_id == c)
            units.append(
                {
                    "agency": Format._vn_agency(company),
                    "people": lines.filtered("user_id").sorted(lambda line: line.user_id.name),
                    "total": lines.filtered(lambda line: not line.user_id)[:1],
                }
            )
        return units

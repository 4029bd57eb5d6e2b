from odoo import api, fields, models

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today


class VnProfileSupplementWizard(models.TransientModel):
    """Prints one Phiếu bổ sung lý lịch with every approved change of an employee in a
    period (e.g. the yearly update)."""

    _name = "vn.profile.supplement.wizard"
    _description = "Print Profile Supplement Slip"
    _inherit = ["vn.report.period.mixin", "vn.value.limit.mixin"]

    employee_id = fields.Many2one("hr.employee", required=True)
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda s: vn_today(s).replace(month=1, day=1),
    )
    date_to = fields.Date(string="To", required=True, default=lambda self: vn_today(self))

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        if self.env.context.get("active_model") == "hr.employee" and self.env.context.get(
            "active_id"
        ):
            values["employee_id"] = self.env.context["active_id"]
        return values

    def action_print(self):
        self.ensure_one()
        data = {
            "employee_id": self.employee_id.id,
            "date_from": fields.Date.to_string(self.date_from),
            "date_to": fields.Date.to_string(self.date_to),
        }
        # fail here, with a clear message, when there is nothing to print
        self.env["report.vn_reports.report_profile_supplement"]._get_report_values([], data)
        return self.env.ref("vn_reports.action_report_profile_supplement").report_action(
            [], data=data
        )

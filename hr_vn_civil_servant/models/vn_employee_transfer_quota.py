from markupsafe import Markup

from odoo import _, api, fields, models


class VnEmployeeTransfer(models.Model):
    """A transfer that would take the receiving unit beyond its staffing quota shows a
    warning on the form and, when confirmed, leaves the warning in the transfer's
    history: the HR office decides (not a silent block)."""

    _inherit = "vn.employee.transfer"

    vn_quota_warning = fields.Text(
        string="Staffing Quota Warning", compute="_compute_vn_quota_warning"
    )

    @api.depends("employee_id", "target_company_id", "state")
    def _compute_vn_quota_warning(self):
        Quota = self.env["vn.staffing.quota"]
        for transfer in self:
            employee = transfer.employee_id.sudo()
            warning = False
            if transfer.state in ("draft", "scheduled") and transfer.target_company_id:
                warning = Quota._vn_quota_warning(
                    transfer.target_company_id,
                    employee.vn_staff_category,
                    employee.vn_job_position_id,
                )
            transfer.vn_quota_warning = warning

    def action_confirm(self):
        for transfer in self.filtered(lambda t: t.state == "draft"):
            warning = transfer.vn_quota_warning
            if warning:
                transfer.message_post(
                    body=Markup("<p>%s</p><p>%s</p>")
                    % (_("Confirmed beyond the staffing quota of the receiving unit:"), warning),
                    message_type="comment",
                    subtype_xmlid="mail.mt_note",
                )
        return super().action_confirm()

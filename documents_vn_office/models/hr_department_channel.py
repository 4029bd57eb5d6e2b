from odoo import api, models


class HrDepartment(models.Model):
    """Each tổ (department) has its Discuss channel, kept in step with its members."""

    _inherit = "hr.department"

    def _vn_channel_name(self):
        self.ensure_one()
        company = self.company_id
        unit = company.vn_short_name or company.name
        return f"{self.name} - {unit}" if unit else self.name

    @api.model_create_multi
    def create(self, vals_list):
        departments = super().create(vals_list)
        self.env["discuss.channel"]._vn_sync_channels(departments=departments)
        return departments

    def write(self, vals):
        res = super().write(vals)
        if set(vals) & {"name", "company_id", "manager_id", "active"}:
            self.env["discuss.channel"]._vn_sync_channels(departments=self)
        return res

from odoo import api, fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    vn_short_name = fields.Char(
        string="Short Name",
        help="Abbreviation of the drafting group in the notation of a công văn, e.g. VP in "
        "12/THCSTL-VP (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).",
    )

    # each tổ (department) has its Discuss channel, kept in step with its members
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

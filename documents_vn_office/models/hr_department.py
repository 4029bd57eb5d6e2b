from odoo import api, fields, models
from odoo.exceptions import ValidationError


class HrDepartment(models.Model):
    _inherit = "hr.department"

    vn_short_name = fields.Char(
        string="Short Name",
        help="Abbreviation of the drafting group in the notation of a công văn, e.g. VP in "
        "12/THCSTL-VP (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).",
    )

    vn_deputy_ids = fields.Many2many(
        "hr.employee",
        "hr_department_vn_deputy_rel",
        "department_id",
        "employee_id",
        string="Deputy Heads",
        help="Tổ phó: submit the group's records with its head.",
    )
    vn_vice_principal_user_id = fields.Many2one(
        "res.users",
        string="Vice-Principal in Charge",
        help="Reviews the group's records when their kind is reviewed by the vice-principal "
        "in charge.",
    )

    @api.constrains("vn_vice_principal_user_id", "company_id")
    def _check_vn_vice_principal(self):
        for rec in self:
            vice = rec.vn_vice_principal_user_id
            if vice and rec.company_id and rec.company_id not in vice.company_ids:
                raise ValidationError(
                    self.env._("The vice-principal in charge must work at the school.")
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

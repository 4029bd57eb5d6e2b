from odoo import api, models

from .discuss_channel import EMPLOYEE_FIELDS


class HrEmployee(models.Model):
    """An employee joins the channels of his unit and his tổ, and leaves them when he
    moves, loses his user or leaves."""

    _inherit = "hr.employee"

    def _vn_channel_scope(self):
        employees = self.sudo().with_context(active_test=False)
        return employees.company_id, employees.department_id

    @api.model_create_multi
    def create(self, vals_list):
        # hr's create takes user_id out of the values (it goes to the resource)
        with_user = any(vals.get("user_id") for vals in vals_list)
        employees = super().create(vals_list)
        if with_user:
            companies, departments = employees._vn_channel_scope()
            self.env["discuss.channel"]._vn_sync_channels(companies, departments)
        return employees

    def write(self, vals):
        if not set(vals) & set(EMPLOYEE_FIELDS):
            return super().write(vals)
        before_companies, before_departments = self._vn_channel_scope()
        res = super().write(vals)
        companies, departments = self._vn_channel_scope()
        self.env["discuss.channel"]._vn_sync_channels(
            before_companies | companies, before_departments | departments
        )
        return res

from odoo import api, models

CONTEXT_KEY = "vn_employee_in_user_company"


class HrEmployee(models.Model):
    _inherit = ["hr.employee"]

    @api.model_create_multi
    def create(self, vals_list):
        """The employee Odoo's hr creates for a new user (or with *Create Employee* on
        the user) belongs to the user's own unit, not to the unit the creator has
        selected in the company switcher."""
        if self.env.context.get(CONTEXT_KEY):
            Users = self.env["res.users"].sudo()
            for vals in vals_list:
                if vals.get("user_id"):
                    company = Users.browse(vals["user_id"]).company_id
                    if company:
                        vals["company_id"] = company.id
        return super().create(vals_list)


class ResUsers(models.Model):
    _inherit = ["res.users"]

    @api.model_create_multi
    def create(self, vals_list):
        return (
            super(ResUsers, self.with_context(**{CONTEXT_KEY: True}))
            .create(vals_list)
            .with_env(self.env)
        )

    def action_create_employee(self):
        return super(ResUsers, self.with_context(**{CONTEXT_KEY: True})).action_create_employee()

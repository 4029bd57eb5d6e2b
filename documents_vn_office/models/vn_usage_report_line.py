from odoo import fields, models


class VnUsageReportLine(models.TransientModel):
    """One row of the monthly usage report: a unit (person empty: the unit's total) or
    a person of the unit."""

    _name = "vn.usage.report.line"
    _description = "Monthly Usage Report Line"
    _inherit = ["vn.value.limit.mixin"]
    _order = "company_id, user_id nulls first, id"

    wizard_id = fields.Many2one("vn.usage.report.wizard", required=True, ondelete="cascade")
    company_id = fields.Many2one("res.company", string="Unit", required=True)
    user_id = fields.Many2one("res.users", string="Person")
    docs_on_time = fields.Integer(string="Documents Handled on Time")
    docs_late = fields.Integer(string="Documents Handled Late")
    tasks_on_time = fields.Integer(string="Tasks Done on Time")
    tasks_late = fields.Integer(string="Tasks Done Late")
    notices_read = fields.Integer()
    logins = fields.Integer(string="Days Logged In")

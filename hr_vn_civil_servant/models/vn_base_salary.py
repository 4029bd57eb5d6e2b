from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .hr_employee import VN_MIN_DATE


class VnBaseSalary(models.Model):
    """Base salary (lương cơ sở) in force from a date, set by a decree
    (e.g. 2.340.000 đ from 01/07/2024, Nghị định 73/2024/NĐ-CP)."""

    _name = "vn.base.salary"
    _description = "Base Salary"
    _inherit = ["vn.value.limit.mixin"]
    _order = "date_from desc"
    _rec_name = "legal_basis"

    date_from = fields.Date(string="In Force From", required=True, index=True)
    amount = fields.Monetary(required=True, currency_field="currency_id")
    currency_id = fields.Many2one(
        "res.currency", required=True, default=lambda self: self.env.ref("base.VND")
    )
    legal_basis = fields.Char(required=True)

    _sql_constraints = [
        ("date_uniq", "unique(date_from)", "Only one base salary can start on a given date."),
    ]

    @api.model
    def _amount_on(self, date):
        """Base salary in force on ``date`` (0.0 before the first known row)."""
        row = self.sudo().search([("date_from", "<=", date)], order="date_from desc", limit=1)
        return row.amount

    @api.constrains("amount", "date_from")
    def _check_amount(self):
        for line in self:
            if line.amount <= 0:
                raise ValidationError(self.env._("A base salary is a positive amount."))
            if line.date_from < VN_MIN_DATE:
                raise ValidationError(self.env._("A base salary cannot start before 1900."))

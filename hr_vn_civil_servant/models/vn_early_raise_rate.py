from odoo import api, fields, models


class VnEarlyRaiseRate(models.Model):
    """Quota of early step raises for outstanding performance, as a share of the staff
    on the payroll, with the text that sets it and its validity (Thông tư 08/2013/TT-BNV
    Điều 3 khoản 4; Thông tư 03/2021/TT-BNV [R])."""

    _name = "vn.early.raise.rate"
    _description = "Early-Raise Quota"
    _inherit = ["vn.value.limit.mixin"]
    _order = "date_from desc"

    percent = fields.Float(required=True, digits=(5, 2))
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    legal_basis = fields.Char(required=True)

    @api.model
    def _vn_rate_on(self, day):
        rate = self.sudo().search(
            [("date_from", "<=", day), "|", ("date_to", "=", False), ("date_to", ">=", day)],
            order="date_from desc",
            limit=1,
        )
        return rate.percent if rate else 10.0

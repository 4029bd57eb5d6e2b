from odoo import fields, models

#: Columns of the Bảng chấm công (Mẫu C01-HD, Thông tư 107/2017/TT-BTC) a symbol counts in.
SYMBOL_KINDS = [
    ("time_pay", "Paid Working Time"),
    ("full_pay_leave", "Leave on Full Pay"),
    ("partial_pay_leave", "Leave on Partial Pay"),
    ("social_insurance", "Paid by Social Insurance"),
    ("unpaid", "Unpaid"),
]


class VnTimesheetSymbol(models.Model):
    """Ký hiệu chấm công of the Bảng chấm công (reference data, ``data/`` file citing
    the form): its code, meaning and the total column it counts in."""

    _name = "vn.timesheet.symbol"
    _description = "Timekeeping Symbol"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, code"
    _rec_name = "code"

    code = fields.Char(required=True, size=4)
    name = fields.Char(string="Meaning", required=True)
    kind = fields.Selection(SYMBOL_KINDS, string="Counted As", required=True)
    sequence = fields.Integer(default=10)
    basis = fields.Char(string="Legal Basis")
    date_from = fields.Date(string="Valid From")
    date_to = fields.Date(string="Valid Until")
    active = fields.Boolean(default=True)

    _sql_constraints = [("code_uniq", "unique(code)", "This symbol already exists.")]

    def _compute_display_name(self):
        for symbol in self:
            symbol.display_name = symbol.code or ""

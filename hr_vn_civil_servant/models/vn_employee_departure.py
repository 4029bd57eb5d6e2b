from odoo import fields, models

from ..tools.dates import vn_today


class VnEmployeeDeparture(models.TransientModel):
    """Registers a departure (retirement, resignation, death): sets the work state and the
    departure date and archives the record, which stays searchable as former staff."""

    _name = "vn.employee.departure"
    _description = "Register Departure"
    _inherit = ["vn.value.limit.mixin"]

    employee_ids = fields.Many2many("hr.employee", string="Employees", required=True)
    state = fields.Selection(
        [("retired", "Retired"), ("resigned", "Resigned"), ("deceased", "Deceased")],
        string="Reason",
        required=True,
        default="retired",
    )
    departure_date = fields.Date(required=True, default=lambda self: vn_today(self))
    note = fields.Html()

    def action_apply(self):
        self.ensure_one()
        self.employee_ids._vn_register_departure(self.state, self.departure_date, self.note)
        return {"type": "ir.actions.act_window_close"}

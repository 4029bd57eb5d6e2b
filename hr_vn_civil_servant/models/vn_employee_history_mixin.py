from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnEmployeeHistoryMixin(models.AbstractModel):
    """Common part of the history lines of the personnel record (Mẫu 2C-BNV/2008 tables):
    the employee, his unit, the period and the decision that founds the line. Lines follow
    the unit lock of the data closing."""

    _name = "vn.employee.history.mixin"
    _description = "Personnel History Line"
    _inherit = ["vn.record.lock.mixin"]

    employee_id = fields.Many2one("hr.employee", required=True, index=True, ondelete="restrict")
    company_id = fields.Many2one(
        "res.company", related="employee_id.company_id", store=True, index=True, string="Unit"
    )
    date_from = fields.Date(string="From")
    date_to = fields.Date(string="To")
    decision_number = fields.Char(help="Number and reference code of the decision.")
    decision_date = fields.Date()
    decision_signer = fields.Char(help="Person or authority that signed the decision.")

    def _vn_lock_companies(self):
        return self.company_id

    @api.constrains("date_from", "date_to")
    def _check_vn_dates(self):
        for line in self:
            if line.date_from and line.date_to and line.date_to < line.date_from:
                raise ValidationError(
                    _(
                        "The period of a line of %(name)s ends (%(end)s) before it starts "
                        "(%(start)s).",
                        name=line.employee_id.name,
                        end=line.date_to,
                        start=line.date_from,
                    )
                )

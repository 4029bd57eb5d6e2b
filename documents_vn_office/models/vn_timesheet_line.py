from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

DAY_FIELDS = tuple(f"day_{d:02d}" for d in range(1, 32))
TOTAL_FIELDS = {
    "time_pay": "time_pay_days",
    "full_pay_leave": "full_pay_leave_days",
    "partial_pay_leave": "partial_pay_leave_days",
    "social_insurance": "social_insurance_days",
    "unpaid": "unpaid_days",
}


class VnTimesheetLine(models.Model):
    """One employee on the Bảng chấm công: one cell per day of the month (a symbol of
    ``vn.timesheet.symbol``) and the totals per kind (columns 32-35 of Mẫu C01-HD).
    Changed only while its timesheet is a draft."""

    _name = "vn.timesheet.line"
    _description = "Timesheet Line"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sheet_id, sequence, id"

    sheet_id = fields.Many2one(
        "vn.timesheet.month", string="Timesheet", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="sheet_id.company_id", store=True, index=True)
    sequence = fields.Integer(string="No.", default=10)
    employee_id = fields.Many2one("hr.employee", index=True)
    employee_name = fields.Char(string="Full Name", required=True)
    job_title = fields.Char(string="Position")
    for _day in range(1, 32):
        locals()[f"day_{_day:02d}"] = fields.Many2one(
            "vn.timesheet.symbol", string=str(_day), ondelete="restrict"
        )
    del _day
    time_pay_days = fields.Integer(
        string="Paid Working Days", compute="_compute_totals", store=True
    )
    full_pay_leave_days = fields.Integer(
        string="Leave Days on Full Pay", compute="_compute_totals", store=True
    )
    partial_pay_leave_days = fields.Integer(
        string="Leave Days on Partial Pay", compute="_compute_totals", store=True
    )
    social_insurance_days = fields.Integer(compute="_compute_totals", store=True)
    unpaid_days = fields.Integer(compute="_compute_totals", store=True)

    _sql_constraints = [
        (
            "sheet_employee_uniq",
            "unique(sheet_id, employee_id)",
            "This employee is already on the timesheet.",
        ),
    ]

    @api.depends(*DAY_FIELDS, *(f"{d}.kind" for d in DAY_FIELDS))
    def _compute_totals(self):
        for line in self:
            totals = dict.fromkeys(TOTAL_FIELDS.values(), 0)
            for fname in DAY_FIELDS:
                kind = line[fname].kind
                if kind:
                    totals[TOTAL_FIELDS[kind]] += 1
            line.update(totals)

    @api.constrains("sheet_id", *DAY_FIELDS)
    def _check_days_of_month(self):
        for line in self:
            days = line.sheet_id.days_in_month
            for day in range(days + 1, 32):
                if line[f"day_{day:02d}"]:
                    raise ValidationError(
                        _(
                            "Day %(day)s is not a day of %(month)s/%(year)s.",
                            day=day,
                            month=line.sheet_id.month,
                            year=line.sheet_id.year,
                        )
                    )

    def _vn_check_sheet_draft(self, sheets=None):
        sheets = self.sheet_id if sheets is None else sheets
        if any(sheet.state != "draft" for sheet in sheets.sudo()):
            confirmed = any(sheet.state == "confirmed" for sheet in sheets.sudo())
            raise UserError(
                _("A confirmed timesheet does not change.")
                if confirmed
                else _(
                    "The unit head decides on the timesheet as submitted: wait for the decision."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        sheet_ids = {vals.get("sheet_id") for vals in vals_list if vals.get("sheet_id")}
        self._vn_check_sheet_draft(self.env["vn.timesheet.month"].browse(list(sheet_ids)))
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_sheet_draft()
        if vals.get("sheet_id"):
            self._vn_check_sheet_draft(self.env["vn.timesheet.month"].browse(vals["sheet_id"]))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        self._vn_check_sheet_draft()

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today
from .hr_employee import VN_MIN_DATE


class VnEmployeeTransfer(models.Model):
    """Transfer (điều động, chuyển công tác) of an employee to another unit by a decision.
    Until the effective date the record stays with the old unit; on that date (at once if
    it is today or past, otherwise by the daily job) the unit and department change and a
    work-history line is added. Without a target unit in the system, the employee leaves:
    work state "Transferred Out" and archived."""

    _name = "vn.employee.transfer"
    _description = "Employee Transfer"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]
    _order = "effective_date desc, id desc"
    _rec_name = "decision_number"

    employee_id = fields.Many2one("hr.employee", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(
        "res.company",
        string="From Unit",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    target_company_id = fields.Many2one("res.company", string="To Unit", index=True)
    target_department_id = fields.Many2one(
        "hr.department",
        string="To Department",
        domain="[('company_id', '=', target_company_id)]",
    )
    target_unit_name = fields.Char(
        string="To Unit (Outside the System)",
        help="Name of the receiving unit when it does not use this system.",
    )
    decision_number = fields.Char(required=True)
    decision_date = fields.Date(required=True, default=lambda self: vn_today(self))
    effective_date = fields.Date(required=True, default=lambda self: vn_today(self), index=True)
    state = fields.Selection(
        [("draft", "Draft"), ("scheduled", "Scheduled"), ("done", "Done"), ("cancel", "Cancelled")],
        string="Status",
        default="draft",
        required=True,
        index=True,
        tracking=True,
    )

    @api.onchange("employee_id")
    def _onchange_employee_id(self):
        if self.employee_id:
            self.company_id = self.employee_id.company_id

    def action_confirm(self):
        for transfer in self:
            if transfer.state != "draft":
                continue
            if not transfer.target_company_id and not transfer.target_unit_name:
                raise UserError(_("Choose the receiving unit of the transfer."))
            if transfer.target_company_id == transfer.employee_id.company_id:
                raise UserError(_("The employee already belongs to the receiving unit."))
            transfer.state = "scheduled"
        self.filtered(
            lambda t: t.state == "scheduled" and t.effective_date <= vn_today(t)
        )._vn_apply()
        return {"type": "ir.actions.act_window_close"}

    def action_cancel(self):
        if any(t.state == "done" for t in self):
            raise UserError(_("A transfer already applied cannot be cancelled."))
        self.state = "cancel"

    def _vn_apply(self):
        """Move the employee (as superuser: the receiving unit is usually not among the
        officer's units) and record the work-history line."""
        for transfer in self:
            employee = transfer.employee_id.sudo()
            target = transfer.target_company_id.sudo()
            target_name = target.name or transfer.target_unit_name
            open_lines = employee.vn_work_history_ids.filtered(lambda w: not w.date_to)
            open_lines.write({"date_to": transfer.effective_date})
            if target:
                employee.write(
                    {
                        "company_id": target.id,
                        "department_id": transfer.target_department_id.id,
                        "parent_id": False,
                        "coach_id": False,
                    }
                )
            else:
                employee._vn_register_departure("transferred", transfer.effective_date)
            self.env["vn.work.history"].sudo().create(
                {
                    "employee_id": employee.id,
                    "date_from": transfer.effective_date,
                    "name": _(
                        "%(job)s, %(unit)s (transferred)",
                        job=employee.job_title or employee.job_id.name or "",
                        unit=target_name,
                    ),
                    "unit_id": target.id,
                    "decision_number": transfer.decision_number,
                    "decision_date": transfer.decision_date,
                }
            )
            transfer.state = "done"

    @api.model
    def _cron_apply_due_transfers(self):
        """Daily: apply the scheduled transfers whose effective date has come."""
        due = self.sudo().search(
            [("state", "=", "scheduled"), ("effective_date", "<=", vn_today(self))]
        )
        due._vn_apply()
        return len(due)

    @api.constrains("decision_date", "effective_date")
    def _check_vn_dates(self):
        today = vn_today(self)
        for transfer in self:
            if not VN_MIN_DATE <= transfer.decision_date <= today:
                raise ValidationError(
                    _(
                        "The date of the transfer decision (%(date)s) must be between "
                        "%(first)s and today: record a decision once it is signed.",
                        date=transfer.decision_date.strftime("%d/%m/%Y"),
                        first=VN_MIN_DATE.strftime("%d/%m/%Y"),
                    )
                )
            latest = today + relativedelta(years=1)
            if not VN_MIN_DATE <= transfer.effective_date <= latest:
                raise ValidationError(
                    _(
                        "The effective date of the transfer (%(date)s) must be between "
                        "%(first)s and %(last)s.",
                        date=transfer.effective_date.strftime("%d/%m/%Y"),
                        first=VN_MIN_DATE.strftime("%d/%m/%Y"),
                        last=latest.strftime("%d/%m/%Y"),
                    )
                )

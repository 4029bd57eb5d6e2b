from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError

from ..tools.dates import vn_today
from .hr_employee import VN_MIN_DATE

#: A period of a history line may end (a training course) at most this far ahead.
VN_MAX_YEARS_AHEAD = 10


class VnEmployeeHistoryMixin(models.AbstractModel):
    """Common part of the history lines of the personnel record (Mẫu 2C-BNV/2008 tables):
    the employee, his unit, the period and the decision that founds the line. Lines follow
    the unit lock of the data closing, and the confidentiality of personnel data
    (vn.personnel.data.mixin). Nobody adds, changes or removes lines of his own record
    directly: they come from a change request approved by someone else, or from
    another officer of his unit."""

    _name = "vn.employee.history.mixin"
    _description = "Personnel History Line"
    _inherit = ["vn.record.lock.mixin", "vn.personnel.data.mixin"]

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

    def _vn_check_own_lines(self, employee_ids=()):
        if self.env.su:
            return
        uid = self.env.uid
        employees = self.sudo().employee_id | self.env["hr.employee"].sudo().browse(
            [i for i in employee_ids if i]
        )
        if any(employee.user_id.id == uid for employee in employees):
            raise AccessError(
                _(
                    "The lines of your own personnel record are added through a change "
                    "request approved by someone else, or by another officer of your unit."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._vn_check_own_lines([vals.get("employee_id") for vals in vals_list])
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_own_lines([vals.get("employee_id")])
        return super().write(vals)

    def unlink(self):
        self._vn_check_own_lines()
        return super().unlink()

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

    @api.constrains("date_from", "date_to", "decision_date")
    def _check_vn_plausible_dates(self):
        today = vn_today(self)
        latest = today + relativedelta(years=VN_MAX_YEARS_AHEAD)
        for line in self:
            for fname in ("date_from", "date_to", "decision_date"):
                day = line[fname]
                if not day:
                    continue
                last = today if fname == "decision_date" else latest
                if day < VN_MIN_DATE or day > last:
                    raise ValidationError(
                        _(
                            "%(field)s of a line of %(name)s (%(date)s) must be between "
                            "%(first)s and %(last)s.",
                            field=line._fields[fname]._description_string(self.env),
                            name=line.employee_id.name,
                            date=day.strftime("%d/%m/%Y"),
                            first=VN_MIN_DATE.strftime("%d/%m/%Y"),
                            last=last.strftime("%d/%m/%Y"),
                        )
                    )

    def _vn_check_year(self, fname, optional=False, ahead=1):
        """``fname`` (a year) lies between 1900 and this year + ``ahead``; 0 allowed when
        ``optional`` (not known)."""
        last = vn_today(self).year + ahead
        for line in self:
            year = line[fname]
            if optional and not year:
                continue
            if not VN_MIN_DATE.year <= year <= last:
                raise ValidationError(
                    _(
                        "%(field)s of a line of %(name)s must be between %(first)s and "
                        "%(last)s (%(year)s given).",
                        field=line._fields[fname]._description_string(self.env),
                        name=line.employee_id.name,
                        first=VN_MIN_DATE.year,
                        last=last,
                        year=year,
                    )
                )

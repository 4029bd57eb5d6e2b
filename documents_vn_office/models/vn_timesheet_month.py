import calendar
import datetime

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

CLERK = "documents_vn_office.group_clerk"
HEAD = "hr_vn_civil_servant.group_unit_head"
TIMESHEET_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("confirmed", "Confirmed"),
]
PRESENT = "documents_vn_office.timesheet_symbol_present"
HOLIDAY = "documents_vn_office.timesheet_symbol_holiday"


class VnTimesheetMonth(models.Model):
    """Bảng chấm công of a unit for one month (Mẫu C01-HD, Thông tư 107/2017/TT-BTC):
    prepared by the clerk (one line per employee, one cell per day), submitted,
    confirmed by the unit head; once submitted nothing changes but through the steps,
    once confirmed nothing changes at all."""

    _name = "vn.timesheet.month"
    _description = "Monthly Timesheet"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "year desc, month desc, company_id"

    _vn_wf_guarded_fields = ("preparer_id", "confirmer_id", "confirm_date", "return_reason")
    _vn_wf_frozen = {"submitted": "__all__", "confirmed": "__all__"}

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    month = fields.Integer(required=True, default=lambda s: fields.Date.context_today(s).month)
    year = fields.Integer(required=True, default=lambda s: fields.Date.context_today(s).year)
    state = fields.Selection(
        TIMESHEET_STATES, default="draft", required=True, index=True, tracking=True, copy=False
    )
    line_ids = fields.One2many("vn.timesheet.line", "sheet_id", string="Employees")
    days_in_month = fields.Integer(compute="_compute_days")
    preparer_id = fields.Many2one("res.users", string="Prepared By", readonly=True, copy=False)
    confirmer_id = fields.Many2one("res.users", string="Confirmed By", readonly=True, copy=False)
    confirm_date = fields.Date(string="Confirmed On", readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False)

    _sql_constraints = [
        (
            "company_month_uniq",
            "unique(company_id, year, month)",
            "This unit already has a timesheet for that month.",
        ),
    ]

    @api.depends("company_id", "month", "year")
    def _compute_name(self):
        for sheet in self:
            sheet.name = _(
                "Timesheet %(month)02d/%(year)s", month=sheet.month or 0, year=sheet.year or 0
            )

    @api.depends("month", "year")
    def _compute_days(self):
        for sheet in self:
            sheet.days_in_month = sheet._vn_days() if sheet._vn_valid_period() else 0

    def _vn_valid_period(self):
        return 1 <= (self.month or 0) <= 12 and 2000 <= (self.year or 0) <= 2100

    def _vn_days(self):
        return calendar.monthrange(self.year, self.month)[1]

    @api.constrains("month", "year")
    def _check_period(self):
        for sheet in self:
            if not sheet._vn_valid_period():
                raise ValidationError(_("Give a month from 1 to 12 and a year from 2000 to 2100."))

    @api.model
    def _vn_check_unique(self, company_id, month, year, exclude=()):
        """One timesheet per unit and month: checked with the message before the
        database's unique index (which would fail the transaction)."""
        if company_id and self.sudo().search_count(
            [
                ("company_id", "=", company_id),
                ("month", "=", month),
                ("year", "=", year),
                ("id", "not in", list(exclude)),
            ]
        ):
            raise ValidationError(_("This unit already has a timesheet for that month."))

    @api.model_create_multi
    def create(self, vals_list):
        today = fields.Date.context_today(self)
        for vals in vals_list:
            month, year = vals.get("month", today.month), vals.get("year", today.year)
            if not (1 <= (month or 0) <= 12 and 2000 <= (year or 0) <= 2100):
                raise ValidationError(_("Give a month from 1 to 12 and a year from 2000 to 2100."))
            self._vn_check_unique(
                vals.get("company_id") or self.env.company.id,
                vals.get("month", today.month),
                vals.get("year", today.year),
            )
        return super().create(vals_list)

    def write(self, vals):
        if {"company_id", "month", "year"} & set(vals):
            for sheet in self:
                self._vn_check_unique(
                    vals.get("company_id", sheet.company_id.id),
                    vals.get("month", sheet.month),
                    vals.get("year", sheet.year),
                    exclude=sheet.ids,
                )
        return super().write(vals)

    # ------------------------------------------------------------------ days
    def _vn_holidays(self):
        """Days of the month that are public holidays: the global leaves of Odoo's
        working calendars (Employees › Configuration › Working Schedules › Public
        Holidays: ``resource.calendar.leaves`` without resource) of the unit."""
        self.ensure_one()
        first = datetime.datetime(self.year, self.month, 1)
        last = first + datetime.timedelta(days=self._vn_days())
        company = self.sudo().company_id
        leaves = (
            self.env["resource.calendar.leaves"]
            .sudo()
            .search(
                [
                    ("resource_id", "=", False),
                    ("date_from", "<", last),
                    ("date_to", ">=", first),
                    "|",
                    ("calendar_id", "=", False),
                    ("calendar_id", "=", company.resource_calendar_id.id),
                ]
            )
        )
        days = set()
        offset = datetime.timedelta(hours=7)  # stored in UTC, days of Vietnam (UTC+7)
        for leave in leaves:
            day = max(leave.date_from + offset, first).date()
            end = min(leave.date_to + offset, last - datetime.timedelta(seconds=1)).date()
            while day <= end:
                days.add(day.day)
                day += datetime.timedelta(days=1)
        return days

    def _vn_weekend_days(self):
        """Saturdays and Sundays (Bộ luật Lao động 2019, Điều 111; Nghị định
        số 145/2020/NĐ-CP: the weekly rest of public bodies)."""
        self.ensure_one()
        return {
            d
            for d in range(1, self._vn_days() + 1)
            if datetime.date(self.year, self.month, d).weekday() >= 5
        }

    def _vn_default_cells(self):
        """Cells of a new line: holidays L, working days +, weekends blank."""
        present = self.env.ref(PRESENT)
        holiday = self.env.ref(HOLIDAY)
        holidays = self._vn_holidays()
        weekend = self._vn_weekend_days()
        cells = {}
        for day in range(1, self._vn_days() + 1):
            key = f"day_{day:02d}"
            if day in holidays:
                cells[key] = holiday.id
            elif day not in weekend:
                cells[key] = present.id
        return cells

    def action_generate_lines(self):
        """One line per employee of the unit not on the sheet yet (name and position as
        of today, from the public employee directory)."""
        for sheet in self:
            if sheet.state != "draft":
                raise UserError(_("Lines are prepared on a draft timesheet only."))
            sheet.check_access("write")
            done = set(sheet.line_ids.employee_id.ids)
            employees = self.env["hr.employee.public"].search(
                [("company_id", "=", sheet.company_id.id)], order="name"
            )
            cells = sheet._vn_default_cells()
            vals = [
                dict(
                    cells,
                    sheet_id=sheet.id,
                    employee_id=emp.id,
                    employee_name=emp.name,
                    job_title=emp.job_title or emp.job_id.name or "",
                    sequence=index,
                )
                for index, emp in enumerate(employees, start=1)
                if emp.id not in done
            ]
            self.env["vn.timesheet.line"].create(vals)
            if not sheet.preparer_id:
                sheet.sudo().preparer_id = self.env.user
        return True

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Clerk submits → the unit head confirms (or returns it with the reason)."""
        return {
            "submit": {
                "label": _("Submit"),
                "sources": ("draft",),
                "target": "submitted",
                "deciders": "_vn_wf_clerks",
                "check": "_vn_check_submit",
                "stamp": {"preparer_id": "user", "return_reason": False},
            },
            "confirm": {
                "label": _("Confirm"),
                "sources": ("submitted",),
                "target": "confirmed",
                "deciders": "_vn_wf_heads",
                "right": "approve",
                "todo": _("Confirm the monthly timesheet"),
                "stamp": {"confirmer_id": "user", "confirm_date": "today"},
            },
            "return": {
                "label": _("Return"),
                "sources": ("submitted",),
                "target": "draft",
                "deciders": "_vn_wf_heads",
                "right": "approve",
                "reason": True,
                "reason_field": "return_reason",
                "notify_author": True,
            },
        }

    def _vn_wf_authors(self):
        sheet = self.sudo()
        return (sheet.preparer_id | sheet.create_uid).filtered(lambda u: not u._is_superuser())

    def _vn_wf_clerks(self):
        return self._vn_wf_users(CLERK, self.sudo().company_id)

    def _vn_wf_heads(self):
        """The unit head of this very unit (his current unit is it): a managing body's
        HR office, which holds the right through its role, does not confirm a school's
        attendance."""
        company = self.sudo().company_id
        return self._vn_wf_users(HEAD, company).filtered(lambda u: u.company_id == company)

    def _vn_wf_frozen_message(self):
        if self.state == "confirmed":
            return _("A confirmed timesheet does not change.")
        return _("The unit head decides on the timesheet as submitted: wait for the decision.")

    def _vn_check_submit(self):
        if not self.line_ids:
            raise UserError(_("The timesheet has no lines: prepare them first."))

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_confirm(self):
        self._vn_wf_take("confirm")
        return True

    def action_return(self, reason=None):
        """Returns it to the clerk with the reason; without one, asks for it."""
        if reason is None:
            return self._vn_wf_ask_reason("return")
        self._vn_wf_take("return", reason=reason)
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if not self.env.su and any(sheet.state != "draft" for sheet in self):
            raise UserError(_("Only a draft timesheet can be deleted."))

    # ------------------------------------------------------------------ printing
    def _vn_matrix(self):
        """What the PDF and the Excel copy print: the days with their weekday, one row
        per line (cells as symbol codes) and its totals, the legend of the symbols."""
        self.ensure_one()
        days = list(range(1, self._vn_days() + 1))
        weekday_names = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
        weekend = self._vn_weekend_days()
        rows = []
        for index, line in enumerate(self.line_ids.sorted("sequence"), start=1):
            rows.append(
                {
                    "index": index,
                    "name": line.employee_name,
                    "job": line.job_title or "",
                    "cells": [line[f"day_{d:02d}"].code or "" for d in days],
                    "totals": [
                        line.time_pay_days,
                        line.full_pay_leave_days,
                        line.partial_pay_leave_days,
                        line.social_insurance_days,
                        line.unpaid_days,
                    ],
                }
            )
        symbols = self.env["vn.timesheet.symbol"].search([])
        return {
            "days": days,
            "weekdays": [
                weekday_names[datetime.date(self.year, self.month, d).weekday()] for d in days
            ],
            "weekend": weekend,
            "rows": rows,
            "legend": [(s.name, s.code) for s in symbols],
            "total_labels": [
                "Số công hưởng lương thời gian",
                "Số công nghỉ việc, ngừng việc hưởng 100% lương",
                "Số công nghỉ việc, ngừng việc hưởng ...% lương",
                "Số công hưởng BHXH",
                "Số công nghỉ không lương",
            ],
        }

    def _vn_demo_mark(self, user_id, employee_id, cells):
        """Demo data: the clerk ``user_id`` marks the cells of one employee's line."""
        line = self.line_ids.filtered(lambda ln: ln.employee_id.id == employee_id)
        line.with_user(user_id).write(cells)
        return True

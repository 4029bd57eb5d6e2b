from datetime import datetime, time

import pytz

from odoo import api, fields, models
from odoo.exceptions import ValidationError

VN_TZ = pytz.timezone("Asia/Ho_Chi_Minh")

#: Kinds that make a day a day off; ``swapped_work`` makes a Saturday a working day.
DAY_OFF_KINDS = ("holiday", "compensatory", "swapped_off")


class ResourceCalendarLeaves(models.Model):
    """Vietnam's public holidays as Odoo's own public holidays (global leaves of the
    working schedules: no working schedule, no resource, no company), one row per day,
    with the year of the list, the kind of day and its legal basis. The deadlines of the
    e-record count working days on them (``_vn_days_off``); the monthly timesheet of the
    văn thư reads them as well (documents_vn_office ``vn.timesheet.month``)."""

    _name = "resource.calendar.leaves"
    _inherit = ["resource.calendar.leaves", "vn.value.limit.mixin"]

    vn_holiday_kind = fields.Selection(
        [
            ("holiday", "Public Holiday"),
            ("compensatory", "Compensatory Day Off"),
            ("swapped_off", "Day Off by Swap"),
            ("swapped_work", "Working Day by Swap"),
        ],
        string="Vietnam Holiday Kind",
        index=True,
        help="Public Holiday: Bộ luật Lao động 45/2019/QH14 Điều 112 khoản 1. Compensatory "
        "Day Off: a holiday falling on a weekly rest day is taken on the next working day "
        "(Điều 112 khoản 3). Day Off / Working Day by Swap: the yearly notice of the "
        "Government moves a working day for the holidays of cán bộ, công chức, viên chức.",
    )
    vn_date = fields.Date(
        string="Day",
        index=True,
        help="The day in Vietnam; the start and end of the time off follow from it.",
    )
    vn_year = fields.Integer(string="Year of the List", index=True)
    vn_legal_basis = fields.Char(
        string="Legal Basis",
        help="Law and yearly notice that fix the day, e.g. Thông báo 6150/TB-BLĐTBXH.",
    )
    vn_is_placeholder = fields.Boolean(
        string="Unverified Day",
        help="The day is expected from the law but no official notice fixing it was found.",
    )

    @api.depends("calendar_id", "vn_holiday_kind")
    def _compute_company_id(self):
        national = self.filtered("vn_holiday_kind")
        national.company_id = False
        return super(ResourceCalendarLeaves, self - national)._compute_company_id()

    @api.onchange("vn_date")
    def _onchange_vn_date(self):
        for leave in self:
            if leave.vn_date and not leave.vn_year:
                leave.vn_year = leave.vn_date.year

    @api.model
    def _vn_day_bounds(self, day):
        """Start and end of a day in Vietnam, as Odoo's UTC datetimes."""
        start = VN_TZ.localize(datetime.combine(day, time.min))
        end = VN_TZ.localize(datetime.combine(day, time(23, 59, 59)))
        return (
            start.astimezone(pytz.utc).replace(tzinfo=None),
            end.astimezone(pytz.utc).replace(tzinfo=None),
        )

    def _vn_with_bounds(self, vals):
        if vals.get("vn_date"):
            day = fields.Date.to_date(vals["vn_date"])
            date_from, date_to = self._vn_day_bounds(day)
            vals = dict(vals, date_from=date_from, date_to=date_to)
        return vals

    @api.model_create_multi
    def create(self, vals_list):
        vals_list = [self._vn_with_bounds(vals) for vals in vals_list]
        for vals in vals_list:
            if vals.get("vn_holiday_kind"):
                vals.setdefault("company_id", False)
                if vals["vn_holiday_kind"] == "swapped_work":
                    # a working day: not a time off of Odoo's schedules
                    vals.setdefault("time_type", "other")
        return super().create(vals_list)

    def write(self, vals):
        return super().write(self._vn_with_bounds(vals))

    @api.constrains("vn_holiday_kind", "vn_date", "vn_year", "resource_id", "calendar_id")
    def _check_vn_holiday(self):
        for leave in self.filtered("vn_holiday_kind"):
            if not leave.vn_date or not leave.vn_year:
                raise ValidationError(
                    self.env._("A Vietnam holiday needs its day and the year of its list.")
                )
            if leave.vn_date.year != leave.vn_year:
                raise ValidationError(
                    self.env._(
                        "The day %(day)s of %(name)s is outside the year of its list (%(year)s).",
                        day=leave.vn_date.strftime("%d/%m/%Y"),
                        name=leave.name or "",
                        year=leave.vn_year,
                    )
                )
            if leave.resource_id or leave.calendar_id:
                raise ValidationError(
                    self.env._(
                        "A Vietnam holiday applies to every unit: it has no working "
                        "schedule and no employee."
                    )
                )

    @api.model
    def _vn_days_off(self, date_from=None, date_to=None):
        """Days off and swapped working days of Vietnam's list, in one read:
        ``(days_off, days_worked)`` as sets of dates."""
        domain = [("vn_holiday_kind", "!=", False), ("resource_id", "=", False)]
        if date_from:
            domain.append(("vn_date", ">=", date_from))
        if date_to:
            domain.append(("vn_date", "<=", date_to))
        days_off, days_worked = set(), set()
        for leave in self.search_fetch(domain, ["vn_holiday_kind", "vn_date"]):
            if leave.vn_holiday_kind == "swapped_work":
                days_worked.add(leave.vn_date)
            elif leave.vn_holiday_kind in DAY_OFF_KINDS:
                days_off.add(leave.vn_date)
        return frozenset(days_off), frozenset(days_worked)

import calendar
from datetime import date, datetime, time, timedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

LEADER = "documents_vn_office.group_leader"
MONTHS = [(str(m), str(m)) for m in range(1, 13)]
#: Vietnam's offset: the month's bounds of datetimes (logins, reads) are Vietnam's days.
VN_OFFSET = timedelta(hours=7)


class VnUsageReportWizard(models.TransientModel):
    """Monthly report on the use of the system per unit and per person (Điều 12 of the
    rules on the office system): incoming documents handled on time / late (the
    handler's part closed by its deadline or after), tasks finished on time / late,
    notices read, days with a login (res.users.log, kept one a day per person). For the
    leaders of the units chosen, among the units they work in."""

    _name = "vn.usage.report.wizard"
    _description = "Monthly Usage Report"
    _inherit = ["vn.value.limit.mixin"]

    month = fields.Selection(MONTHS, required=True, default=lambda s: str(vn_today(s).month))
    year = fields.Integer(required=True, default=lambda s: vn_today(s).year)
    company_ids = fields.Many2many(
        "res.company",
        "vn_usage_report_wizard_company_rel",
        "wizard_id",
        "company_id",
        string="Units",
        default=lambda s: s.env.company,
        domain=lambda s: [("id", "in", s.env.user.company_ids.ids)],
    )
    line_ids = fields.One2many("vn.usage.report.line", "wizard_id", string="Lines")

    @api.constrains("year")
    def _check_year(self):
        for wizard in self:
            if not 2000 <= wizard.year <= 2100:
                raise ValidationError(_("Give a year between 2000 and 2100."))

    def _vn_bounds(self):
        """First and last day of the month, and the same as UTC datetimes."""
        self.ensure_one()
        year, month = self.year, int(self.month)
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        start = datetime.combine(first, time.min) - VN_OFFSET
        stop = datetime.combine(last + timedelta(days=1), time.min) - VN_OFFSET
        return first, last, start, stop

    def _vn_units(self):
        """The units asked, as stored (the field shows only the units one may read)."""
        self.ensure_one()
        self.flush_recordset()
        self.env.cr.execute(
            "SELECT company_id FROM vn_usage_report_wizard_company_rel WHERE wizard_id = %s",
            [self.id],
        )
        return self.env["res.company"].browse(row[0] for row in self.env.cr.fetchall())

    def _vn_check_units(self):
        user = self.env.user
        if self.env.su:
            return
        units = self._vn_units()
        if not units:
            raise ValidationError(_("Choose at least one unit."))
        outside = units - user.company_ids
        if outside or not user.has_group(LEADER):
            raise AccessError(_("The usage report is for the leaders of their own units."))

    def _vn_compute(self):
        """Grouped queries, one per figure, over the chosen units: rows per person of
        those units, and the unit's totals."""
        self.ensure_one()
        self._vn_check_units()
        first, last, start, stop = self._vn_bounds()
        units = self._vn_units().ids
        cr = self.env.cr
        figures = {}

        def add(rows, name):
            for company_id, user_id, value in rows:
                figures.setdefault((company_id, user_id), {})[name] = value

        # the handlers' parts of incoming documents closed this month
        cr.execute(
            """
            SELECT a.company_id, a.user_id,
                   count(*) FILTER (WHERE a.deadline IS NULL OR a.done_date <= a.deadline),
                   count(*) FILTER (WHERE a.done_date > a.deadline)
              FROM vn_incoming_assignment a
             WHERE a.state = 'done' AND a.user_id IS NOT NULL
               AND a.done_date BETWEEN %s AND %s AND a.company_id = ANY(%s)
             GROUP BY a.company_id, a.user_id
            """,
            [first, last, units],
        )
        for company_id, user_id, on_time, late in cr.fetchall():
            add([(company_id, user_id, on_time)], "docs_on_time")
            add([(company_id, user_id, late)], "docs_late")
        # tasks finished this month, by their lead person
        cr.execute(
            """
            SELECT t.company_id, t.lead_user_id,
                   count(*) FILTER (WHERE t.finish_date <= t.deadline),
                   count(*) FILTER (WHERE t.finish_date > t.deadline)
              FROM vn_work_task t
             WHERE t.finish_date BETWEEN %s AND %s AND t.company_id = ANY(%s)
               AND t.state IN ('reported', 'done')
             GROUP BY t.company_id, t.lead_user_id
            """,
            [first, last, units],
        )
        for company_id, user_id, on_time, late in cr.fetchall():
            add([(company_id, user_id, on_time)], "tasks_on_time")
            add([(company_id, user_id, late)], "tasks_late")
        # notices read this month, counted in the reader's own unit
        cr.execute(
            """
            SELECT u.company_id, r.user_id, count(*)
              FROM vn_notice_recipient r JOIN res_users u ON u.id = r.user_id
             WHERE r.read_date >= %s AND r.read_date < %s AND u.company_id = ANY(%s)
             GROUP BY u.company_id, r.user_id
            """,
            [start, stop, units],
        )
        add(cr.fetchall(), "notices_read")
        # days with a login of the people whose unit it is (res_users_log.py keeps them)
        cr.execute(
            """
            SELECT u.company_id, l.create_uid,
                   count(DISTINCT (l.create_date + interval '7 hours')::date)
              FROM res_users_log l JOIN res_users u ON u.id = l.create_uid
             WHERE l.create_date >= %s AND l.create_date < %s AND u.company_id = ANY(%s)
             GROUP BY u.company_id, l.create_uid
            """,
            [start, stop, units],
        )
        add(cr.fetchall(), "logins")
        return figures

    def action_compute(self):
        self.ensure_one()
        figures = self._vn_compute()
        names = (
            "docs_on_time",
            "docs_late",
            "tasks_on_time",
            "tasks_late",
            "notices_read",
            "logins",
        )
        totals = {}
        vals_list = []
        for (company_id, user_id), values in sorted(figures.items(), key=lambda kv: kv[0]):
            total = totals.setdefault(company_id, dict.fromkeys(names, 0))
            for name in names:
                total[name] += values.get(name, 0)
            vals_list.append(
                dict(
                    {name: values.get(name, 0) for name in names},
                    wizard_id=self.id,
                    company_id=company_id,
                    user_id=user_id,
                )
            )
        for company_id in self._vn_units().ids:
            total = totals.get(company_id, dict.fromkeys(names, 0))
            vals_list.append(dict(total, wizard_id=self.id, company_id=company_id, user_id=False))
        self.line_ids.unlink()
        self.env["vn.usage.report.line"].create(vals_list)
        return {
            "type": "ir.actions.act_window",
            "name": _("Usage Report %(month)s/%(year)s", month=self.month, year=self.year),
            "res_model": "vn.usage.report.line",
            "view_mode": "list,pivot",
            "views": [(False, "list"), (False, "pivot")],
            "domain": [("wizard_id", "=", self.id)],
            "context": {"create": False},
        }

from datetime import timedelta

import pytz

from odoo import _, api, models

from ..tools.dates import vn_today
from .resource_calendar_leaves import VN_TZ

DEFAULT_NEW_RECORD_DAYS = 60
DEFAULT_UPDATE_DAYS = 15
# A record counts as "new" during the first year after the recruitment decision; older
# incomplete records are the HR office's backlog, not a deadline reminder.
NEW_RECORD_WINDOW_DAYS = 365


def vn_date_of(stamp):
    """Vietnam's day of a UTC datetime stamp of Odoo."""
    return pytz.utc.localize(stamp).astimezone(VN_TZ).date()


def new_record_deadline(recruitment_date, days=DEFAULT_NEW_RECORD_DAYS):
    """Last day to complete the record of a new recruit under a managing body's own
    delay (``vn_deadline_mode`` ``own``; 60 days by default, the suite's setting before
    NĐ 27/2026/NĐ-CP): the recruitment decision date plus the delay in calendar days.
    The decree's limits are ``decree_new_record_deadline``."""
    return recruitment_date + timedelta(days=days)


def update_deadline(effective_date, days=DEFAULT_UPDATE_DAYS):
    """Last day to record a change that took effect on ``effective_date`` under a
    managing body's own delay (15 calendar days by default). The decree's limit is the
    ``sync_update`` Record Deadline Rule."""
    return effective_date + timedelta(days=days)


def decree_new_record_deadline(decision_date, create_rule, complete_rule, days_off, days_worked):
    """Last day to complete the record of a new recruit under NĐ 27/2026/NĐ-CP: the
    managing body creates the e-record within the ``create_record`` limit of the decision
    (Điều 18 khoản 2: 03 days) and the person completes it within the ``complete_record``
    limit of its creation (Điều 19: 03 working days). The reminder counts from the last
    day allowed for the creation, the latest lawful date (a record created earlier has an
    earlier limit for the person)."""
    created = create_rule._vn_due(decision_date, days_off, days_worked)
    return complete_rule._vn_due(created, days_off, days_worked)


def latest_start_overdue(today, due, window):
    """Latest start date whose deadline ``due(start)`` has passed on ``today`` (deadlines
    grow with the start date), looking back ``window`` days; None if none has."""
    start = today - timedelta(days=1)
    oldest = today - timedelta(days=window)
    while start >= oldest:
        if due(start) < today:
            return start
        start -= timedelta(days=1)
    return None


class VnPersonnelDeadline(models.AbstractModel):
    """Daily reminders to the records officers of each unit about overdue records."""

    _name = "vn.personnel.deadline"
    _description = "Personnel Record Deadlines"

    RECRUITMENT_FIELD = "vn_recruitment_date"
    COMPLETENESS_FIELD = "vn_completeness"

    @api.model
    def _vn_activity_type(self):
        return self.env.ref("hr_vn_civil_servant.mail_activity_type_vn_record_deadline")

    @api.model
    def _vn_officers_by_company(self, companies):
        """Records officers of each unit: officers whose main unit it is, otherwise any
        officer allowed in it (the HR office of the managing body)."""
        officers = self.env.ref("hr_vn_civil_servant.group_records_officer").sudo().users
        result = {}
        for company in companies:
            own = officers.filtered(
                lambda u, c=company: (
                    u.company_id == c and not u.has_group("hr_vn_civil_servant.group_unit_head")
                )
            )
            result[company] = own or officers.filtered(lambda u, c=company: c in u.company_ids)
        return result

    @api.model
    def _vn_schedule(self, records, deadlines, summary, today):
        """One activity per record and officer, not twice (re-runs skip existing ones)."""
        if not records:
            return 0
        activity_type = self._vn_activity_type()
        model_id = self.env["ir.model"]._get_id(records._name)
        existing = (
            self.env["mail.activity"]
            .sudo()
            ._read_group(
                [
                    ("res_model", "=", records._name),
                    ("res_id", "in", records.ids),
                    ("activity_type_id", "=", activity_type.id),
                ],
                ["res_id", "user_id"],
            )
        )
        done = {(res_id, user.id) for res_id, user in existing}
        officers = self._vn_officers_by_company(records.company_id)
        vals_list = []
        for record in records:
            for user in officers.get(record.company_id, []):
                if (record.id, user.id) in done:
                    continue
                vals_list.append(
                    {
                        "res_model_id": model_id,
                        "res_id": record.id,
                        "activity_type_id": activity_type.id,
                        "user_id": user.id,
                        "summary": summary,
                        "date_deadline": deadlines.get(record.id) or today,
                    }
                )
        self.env["mail.activity"].sudo().with_context(mail_activity_quick_update=True).create(
            vals_list
        )
        return len(vals_list)

    @api.model
    def _vn_calendar(self):
        """What every count needs, read once: the decree's rules and the days off."""
        days_off, days_worked = self.env["resource.calendar.leaves"]._vn_days_off()
        return self.env["vn.deadline.rule"].sudo().search([]), days_off, days_worked

    @api.model
    def _vn_new_record_due(self, body, decision_date, calendar=None):
        """Last day to complete the record of a recruit of ``body`` decided on
        ``decision_date``, under the body's choice of deadlines. Before the decree (no
        rule valid on the decision date) the body's own delay applies."""
        rules, days_off, days_worked = calendar or self._vn_calendar()
        if body.vn_deadline_mode == "decree":
            create = rules._vn_pick("create_record", decision_date)
            complete = rules._vn_pick("complete_record", decision_date)
            if create and complete:
                return decree_new_record_deadline(
                    decision_date, create, complete, days_off, days_worked
                )
        return new_record_deadline(
            decision_date, body.vn_new_record_days or DEFAULT_NEW_RECORD_DAYS
        )

    @api.model
    def _vn_update_due(self, body, start, calendar=None):
        """Last day to record a change submitted or effective on ``start``."""
        rules, days_off, days_worked = calendar or self._vn_calendar()
        if body.vn_deadline_mode == "decree":
            rule = rules._vn_pick("sync_update", start)
            if rule:
                return rule._vn_due(start, days_off, days_worked)
        return update_deadline(start, body.vn_update_days or DEFAULT_UPDATE_DAYS)

    @api.model
    def _vn_overdue_new_records(self, today):
        Employee = self.env["hr.employee"].sudo()
        if self.RECRUITMENT_FIELD not in Employee._fields:
            return Employee, {}
        result = Employee
        deadlines = {}
        calendar = self._vn_calendar()
        for body in self.env["res.company"].sudo().search([("parent_id", "=", False)]):

            def due(day, body=body):
                return self._vn_new_record_due(body, day, calendar)

            limit = latest_start_overdue(today, due, NEW_RECORD_WINDOW_DAYS)
            if limit is None:
                continue
            domain = [
                ("company_id", "child_of", body.id),
                (self.RECRUITMENT_FIELD, "<=", limit),
                (self.RECRUITMENT_FIELD, ">=", today - timedelta(days=NEW_RECORD_WINDOW_DAYS)),
            ]
            if self.COMPLETENESS_FIELD in Employee._fields:
                domain.append((self.COMPLETENESS_FIELD, "<", 100))
            # the start of the decree breaks the order of the deadlines: each is checked
            found = Employee.browse()
            for employee in Employee.search(domain):
                deadline = due(employee[self.RECRUITMENT_FIELD])
                if deadline < today:
                    deadlines[employee.id] = deadline
                    found |= employee
            result |= found
        return result, deadlines

    @api.model
    def _vn_overdue_requests(self, today):
        """Declared changes still waiting for approval after the update delay, counted
        from the day of submission."""
        Request = self.env["vn.profile.change.request"].sudo()
        result = Request
        deadlines = {}
        calendar = self._vn_calendar()
        for body in self.env["res.company"].sudo().search([("parent_id", "=", False)]):

            def due(day, body=body):
                return self._vn_update_due(body, day, calendar)

            limit = latest_start_overdue(today, due, NEW_RECORD_WINDOW_DAYS)
            if limit is None:
                continue
            # submitted on or before the limit day (Vietnam's day of the UTC stamp)
            end = self.env["resource.calendar.leaves"]._vn_day_bounds(limit)[1]
            found = Request.search(
                [
                    ("company_id", "child_of", body.id),
                    ("state", "in", ("submitted", "unit_approved")),
                    ("submit_date", "<=", end),
                ]
            )
            for request in found:
                deadline = due(vn_date_of(request.submit_date))
                if deadline < today:
                    deadlines[request.id] = deadline
                else:
                    found -= request
            result |= found
        return result, deadlines

    @api.model
    def _cron_vn_deadline_reminders(self, today=None):
        today = today or vn_today(self)
        count = 0
        employees, deadlines = self._vn_overdue_new_records(today)
        count += self._vn_schedule(
            employees, deadlines, _("Complete the record (deadline passed)"), today
        )
        requests, deadlines = self._vn_overdue_requests(today)
        count += self._vn_schedule(
            requests, deadlines, _("Declared change waiting too long for approval"), today
        )
        return count

from datetime import timedelta

from odoo import _, api, fields, models

from ..tools.dates import vn_today

DEFAULT_NEW_RECORD_DAYS = 60
DEFAULT_UPDATE_DAYS = 15
# A record counts as "new" during the first year after the recruitment decision; older
# incomplete records are the HR office's backlog, not a deadline reminder.
NEW_RECORD_WINDOW_DAYS = 365


def new_record_deadline(recruitment_date, days=DEFAULT_NEW_RECORD_DAYS):
    """Last day to complete the record of a new recruit: the recruitment decision date
    plus the managing body's delay (default 60 days; NĐ 27/2026/NĐ-CP Điều 18–19 asks
    the agency to create the e-record within 3 days and the person to complete it within
    3 working days, so a managing body may shorten the delay)."""
    return recruitment_date + timedelta(days=days)


def update_deadline(effective_date, days=DEFAULT_UPDATE_DAYS):
    """Last day to record a change that took effect on ``effective_date`` (default 15
    days; NĐ 27/2026/NĐ-CP Điều 9 and 19: data is updated as soon as a decision takes
    effect)."""
    return effective_date + timedelta(days=days)


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
    def _vn_overdue_new_records(self, today):
        Employee = self.env["hr.employee"].sudo()
        if self.RECRUITMENT_FIELD not in Employee._fields:
            return Employee, {}
        result = Employee
        deadlines = {}
        for body in self.env["res.company"].sudo().search([("parent_id", "=", False)]):
            days = body.vn_new_record_days or DEFAULT_NEW_RECORD_DAYS
            limit = today - timedelta(days=days)
            domain = [
                ("company_id", "child_of", body.id),
                (self.RECRUITMENT_FIELD, "<", limit),
                (self.RECRUITMENT_FIELD, ">=", today - timedelta(days=NEW_RECORD_WINDOW_DAYS)),
            ]
            if self.COMPLETENESS_FIELD in Employee._fields:
                domain.append((self.COMPLETENESS_FIELD, "<", 100))
            found = Employee.search(domain)
            for employee in found:
                deadlines[employee.id] = new_record_deadline(employee[self.RECRUITMENT_FIELD], days)
            result |= found
        return result, deadlines

    @api.model
    def _vn_overdue_requests(self, today):
        """Declared changes still waiting for approval N days after submission."""
        Request = self.env["vn.profile.change.request"].sudo()
        result = Request
        deadlines = {}
        for body in self.env["res.company"].sudo().search([("parent_id", "=", False)]):
            days = body.vn_update_days or DEFAULT_UPDATE_DAYS
            limit = fields.Datetime.to_datetime(today - timedelta(days=days))
            found = Request.search(
                [
                    ("company_id", "child_of", body.id),
                    ("state", "in", ("submitted", "unit_approved")),
                    ("submit_date", "<", limit),
                ]
            )
            for request in found:
                deadlines[request.id] = update_deadline(request.submit_date.date(), days)
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

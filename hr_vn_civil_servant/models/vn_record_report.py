import datetime

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today

RECORDS_OFFICER = "hr_vn_civil_servant.group_records_officer"
UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"

#: The figures of content b (quantity and quality of the records), computed, never typed.
FIGURES = (
    "record_count",
    "complete_count",
    "incomplete_count",
    "new_count",
    "updated_count",
    "pending_count",
    "locked_count",
)


class VnRecordReport(models.Model):
    """E-record management report of a unit (báo cáo công tác quản lý hồ sơ cán bộ,
    công chức, viên chức), twice a year before the reporting dates of its managing body
    (default 15/6 and 1/12), content of Thông tư 07/2019/TT-BNV Điều 12 khoản 2: a) the
    compliance with the rules, b) quantity and quality of the records (computed here),
    c) equipment and storage, d) training of the records staff, đ) proposals. Written by
    the records officer, approved and sent by the unit head, acknowledged by the HR
    office of the managing body (``vn.workflow.mixin``)."""

    _name = "vn.record.report"
    _description = "E-record Management Report"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "year desc, period desc, company_id"
    _vn_wf_guarded_fields = FIGURES + ("approver_id", "approval_date", "computed_on")
    _vn_wf_frozen = {"sent": "__all__", "received": "__all__"}

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    body_id = fields.Many2one(
        "res.company",
        string="Managing Body",
        compute="_compute_body_id",
        store=True,
        index=True,
    )
    year = fields.Integer(required=True, index=True, default=lambda s: vn_today(s).year)
    period = fields.Selection(
        [("1", "First Report (mid-year)"), ("2", "Second Report (year end)")],
        required=True,
        index=True,
        default="1",
    )
    date_due = fields.Date(string="Report Due", compute="_compute_dates", store=True)
    period_start = fields.Date(compute="_compute_dates", store=True)
    period_end = fields.Date(compute="_compute_dates", store=True)
    state = fields.Selection(
        [("draft", "Draft"), ("sent", "Sent"), ("received", "Received")],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        readonly=True,
        copy=False,
    )
    # a) compliance, c) equipment, d) training, đ) proposals: the unit's own text
    compliance_note = fields.Text(string="a) Compliance with the Rules")
    equipment_note = fields.Text(string="c) Equipment and Storage")
    training_note = fields.Text(string="d) Training of the Records Staff")
    proposal_note = fields.Text(string="đ) Proposals")
    # b) quantity and quality: computed from the records
    record_count = fields.Integer(string="Records", readonly=True, copy=False)
    complete_count = fields.Integer(string="Complete Records", readonly=True, copy=False)
    incomplete_count = fields.Integer(string="Incomplete Records", readonly=True, copy=False)
    new_count = fields.Integer(string="New Records in the Period", readonly=True, copy=False)
    updated_count = fields.Integer(
        string="Records Updated in the Period",
        readonly=True,
        copy=False,
        help="People with a change request approved in the period.",
    )
    pending_count = fields.Integer(string="Changes Awaiting Approval", readonly=True, copy=False)
    locked_count = fields.Integer(string="Locked Records", readonly=True, copy=False)
    computed_on = fields.Datetime(string="Figures Computed On", readonly=True, copy=False)
    approver_id = fields.Many2one("res.users", string="Approved by", readonly=True, copy=False)
    approval_date = fields.Datetime(string="Approved On", readonly=True, copy=False)

    @api.depends("company_id", "year", "period")
    def _compute_name(self):
        for rec in self:
            rec.name = _(
                "E-record report %(period)s/%(year)s – %(unit)s",
                period=rec.period or "",
                year=rec.year,
                unit=rec.company_id.name or "",
            )

    @api.depends("company_id")
    def _compute_body_id(self):
        for rec in self:
            rec.body_id = rec.company_id and rec.company_id._vn_record_report_body()

    @api.depends("company_id", "year", "period")
    def _compute_dates(self):
        for rec in self:
            rec.date_due = rec.period_start = rec.period_end = False
            if not rec.company_id or not 1900 <= (rec.year or 0) <= 2200:
                continue
            first, second = rec.company_id._vn_record_report_body()._vn_record_report_dates(
                rec.year
            )
            if rec.period == "1":
                rec.period_start = datetime.date(rec.year, 1, 1)
                rec.date_due = rec.period_end = first
            else:
                rec.period_start = first + datetime.timedelta(days=1)
                rec.date_due = rec.period_end = second

    @api.constrains("company_id", "year", "period")
    def _check_unique(self):
        for rec in self:
            if not 1900 <= rec.year <= 2200:
                raise ValidationError(_("The year of the report is not valid."))
            others = self.sudo().search_count(
                [
                    ("company_id", "=", rec.company_id.id),
                    ("year", "=", rec.year),
                    ("period", "=", rec.period),
                    ("id", "!=", rec.id),
                ]
            )
            if others:
                raise ValidationError(
                    _(
                        "%(unit)s already has its e-record management report %(period)s of "
                        "%(year)s.",
                        unit=rec.company_id.name,
                        period=rec.period,
                        year=rec.year,
                    )
                )

    # ------------------------------------------------------------------ figures (b)
    def _vn_figures(self):
        """Content b of Điều 12.2: the unit's records counted with the reader's rights
        (search counts, no per-record loop): records = working employees of the unit;
        complete = completeness 100 % (Mẫu 2C items, ``vn_completeness``); new = records
        created in the period; updated = people with a change request approved in the
        period; pending = change requests waiting for approval; locked = the records, when
        the unit is locked (the data closing)."""
        self.ensure_one()
        env = self.env
        units = env.user.sudo()._get_company_ids()
        if self.company_id.id in units:
            # in every unit of the reader, whatever the company switcher shows
            env = env(context=dict(env.context, allowed_company_ids=units))
        Employee = env["hr.employee"]
        unit = [("company_id", "=", self.company_id.id)]
        start = datetime.datetime.combine(self.period_start, datetime.time.min)
        end = datetime.datetime.combine(self.period_end, datetime.time.max)
        records = Employee.search_count(unit)
        complete = Employee.search_count(unit + [("vn_completeness", ">=", 100)])
        new = Employee.search_count(
            unit + [("create_date", ">=", start), ("create_date", "<=", end)]
        )
        Request = env["vn.profile.change.request"]
        updated = len(
            Request._read_group(
                unit
                + [
                    ("state", "=", "approved"),
                    ("approval_date", ">=", start),
                    ("approval_date", "<=", end),
                ],
                ["employee_id"],
            )
        )
        pending = Request.search_count(unit + [("state", "in", ("submitted", "unit_approved"))])
        return {
            "record_count": records,
            "complete_count": complete,
            "incomplete_count": records - complete,
            "new_count": new,
            "updated_count": updated,
            "pending_count": pending,
            "locked_count": records if self.company_id.sudo().vn_records_locked else 0,
            "computed_on": fields.Datetime.now(),
        }

    def action_compute(self):
        """Recomputes the figures of a draft report (the step writes them again)."""
        self.check_access("write")
        for rec in self:
            if rec.state != "draft":
                raise UserError(_("The figures of a sent report no longer change."))
            rec.sudo().write(rec._vn_figures())
        return True

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "send": {
                "label": _("Approve and Send"),
                "sources": ("draft",),
                "target": "sent",
                "deciders": "_vn_unit_heads",
                "right": "approve",
                "check": "_vn_check_send",
                "stamp": {"approver_id": "user", "approval_date": "now"},
            },
            "receive": {
                "label": _("Acknowledge Receipt"),
                "sources": ("sent",),
                "target": "received",
                "deciders": "_vn_body_hr_office",
                "todo": _("Acknowledge the e-record management report"),
            },
        }

    def _vn_wf_company(self):
        return self.sudo().company_id

    def _vn_unit_heads(self):
        """The unit heads of the unit (the HR office of its body holds the right too)."""
        return self._vn_wf_users(UNIT_HEAD, self.sudo().company_id)

    def _vn_body_hr_office(self):
        """The HR office of the managing body, working in the body and in the unit."""
        record = self.sudo()
        return self._vn_wf_users(HR_OFFICE, record.body_id | record.company_id)

    def _vn_check_send(self):
        if not (self.compliance_note or "").strip():
            raise UserError(_("Write the compliance with the rules (a) before sending the report."))

    def action_send(self):
        for rec in self:
            rec._vn_wf_take("send", vals_fn=lambda r: r._vn_figures())
        return True

    def action_receive(self):
        self._vn_wf_take("receive")
        return True

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        for rec in records:
            rec.sudo().write(rec._vn_figures())
        return records

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if any(rec.state != "draft" for rec in self):
            raise UserError(_("A sent e-record management report cannot be deleted."))

    # ------------------------------------------------------------------ reminders
    @api.model
    def _vn_due_periods(self, today):
        """(unit, year, period, due date) of the units whose reporting date comes within
        the reminder days of their managing body."""
        due = []
        for unit in self.env["res.company"].sudo().search([]):
            body = unit._vn_record_report_body()
            days = body.vn_record_report_remind_days
            for year in (today.year, today.year + 1):
                for period, day in zip(("1", "2"), body._vn_record_report_dates(year)):
                    if today <= day <= today + datetime.timedelta(days=days):
                        due.append((unit, year, period, day))
        return due

    @api.model
    def _cron_remind(self):
        """Daily: each unit whose reporting date is near gets its draft report (with the
        figures) and its records officers and unit heads a to-do due on the date; never
        twice, none once the report is sent."""
        today = vn_today(self)
        todo = self.env.ref("mail.mail_activity_data_todo")
        Report = self.sudo()
        for unit, year, period, day in self._vn_due_periods(today):
            report = Report.search(
                [("company_id", "=", unit.id), ("year", "=", year), ("period", "=", period)]
            )
            if report and report.state != "draft":
                continue
            if not report:
                report = Report.create({"company_id": unit.id, "year": year, "period": period})
            users = self._vn_wf_users(RECORDS_OFFICER, unit).filtered(
                lambda u: not u.has_group(HR_OFFICE)
            )
            have = report.activity_ids.filtered(lambda a: a.activity_type_id == todo).user_id
            for user in users - have:
                report.activity_schedule(
                    activity_type_id=todo.id,
                    date_deadline=day,
                    summary=_("Prepare the e-record management report"),
                    user_id=user.id,
                )
        return True

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import appointment_rules
from ..tools.dates import vn_today
from .hr_employee import VN_MIN_DATE

UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
TODO = "mail.mail_activity_data_todo"
APPOINTMENT_KINDS = [
    ("appoint", "Appointment"),
    ("reappoint", "Re-appointment"),
    ("dismiss", "Dismissal"),
]
CONTENT_FIELDS = (
    "company_id",
    "employee_id",
    "position_id",
    "kind",
    "date_start",
    "date_end",
    "decision_ref",
    "decision_date",
    "decision_signer",
)


class VnAppointment(models.Model):
    """Appointment, re-appointment or dismissal (bổ nhiệm, bổ nhiệm lại, miễn nhiệm / thôi
    giữ chức vụ) of a person to a leadership position of a unit, for a term (5 years,
    a setting of the managing body). The HR office prepares and submits it, the
    competent head approves it (the head of the managing body, or of the unit for the
    positions it appoints, never the person himself); approval writes in one step the
    work-history line, the person's current position and so his position allowance."""

    _name = "vn.appointment"
    _description = "Appointment"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "date_start desc, id desc"

    _vn_wf_guarded_fields = (
        "approver_id",
        "approve_date",
        "return_reason",
        "allowance_coefficient",
        "allowance_is_placeholder",
        "work_history_id",
    )
    _vn_wf_frozen = {"submitted": CONTENT_FIELDS, "approved": "__all__", "cancel": "__all__"}

    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    managing_body_id = fields.Many2one(
        "res.company",
        compute="_compute_managing_body_id",
        store=True,
        index=True,
    )
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, ondelete="restrict", tracking=True
    )
    position_id = fields.Many2one("vn.position", required=True, index=True, ondelete="restrict")
    kind = fields.Selection(APPOINTMENT_KINDS, required=True, default="appoint", index=True)
    date_start = fields.Date(
        string="Effective From", required=True, index=True, default=lambda s: vn_today(s)
    )
    date_end = fields.Date(
        string="Term Ends",
        compute="_compute_date_end",
        store=True,
        readonly=False,
        index=True,
        help="End of the term: the start plus the term of the managing body's settings.",
    )
    decision_ref = fields.Char(string="Decision Number", size=64, tracking=True)
    decision_date = fields.Date()
    decision_signer = fields.Char(string="Signed By")
    note = fields.Text()
    approver_id = fields.Many2one("res.users", string="Approved By", readonly=True, copy=False)
    approve_date = fields.Date(string="Approved On", readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False)
    allowance_coefficient = fields.Float(
        string="Position Allowance", digits=(4, 2), readonly=True, copy=False
    )
    allowance_is_placeholder = fields.Boolean(
        string="Allowance Not Verified",
        readonly=True,
        copy=False,
        help="The position allowance applied at approval could not be verified against "
        "the legal text.",
    )
    work_history_id = fields.Many2one(
        "vn.work.history", string="Work-history Line", readonly=True, copy=False
    )
    retirement_date = fields.Date(compute="_compute_retirement", store=True)
    reappointable = fields.Boolean(
        string="May Be Re-appointed",
        compute="_compute_retirement",
        store=True,
        help="At least 2 years of service remain at the end of the term; otherwise the "
        "term is extended until retirement instead (kéo dài thời gian giữ chức vụ).",
    )

    @api.depends("company_id", "company_id.parent_id")
    def _compute_managing_body_id(self):
        for rec in self:
            rec.managing_body_id = rec.company_id.parent_id or rec.company_id

    @api.depends("date_start", "kind", "company_id")
    def _compute_date_end(self):
        for rec in self:
            if rec.kind == "dismiss" or not rec.date_start:
                rec.date_end = False
                continue
            years = rec.company_id.sudo()._vn_settings_company().vn_appointment_term_years
            rec.date_end = appointment_rules.term_end(
                rec.date_start, years or appointment_rules.DEFAULT_TERM_YEARS
            )

    @api.depends("employee_id.vn_retirement_date", "date_end", "kind")
    def _compute_retirement(self):
        for rec in self:
            retirement = rec.employee_id.sudo().vn_retirement_date
            rec.retirement_date = retirement
            rec.reappointable = rec.kind != "dismiss" and appointment_rules.may_be_reappointed(
                rec.date_end, retirement
            )

    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for rec in self:
            rec.display_name = " - ".join(
                p
                for p in (
                    kinds.get(rec.kind),
                    rec.sudo().employee_id.name,
                    rec.sudo().position_id.name,
                    rec.decision_ref,
                )
                if p
            )

    @api.onchange("employee_id")
    def _onchange_employee_id(self):
        if self.employee_id:
            self.company_id = self.employee_id.company_id

    # ------------------------------------------------------------------ checks
    @api.constrains("date_start", "date_end", "decision_date")
    def _check_dates(self):
        today = vn_today(self)
        for rec in self:
            if rec.date_end and rec.date_end < rec.date_start:
                raise ValidationError(
                    _(
                        "The term of %(name)s ends (%(end)s) before it starts (%(start)s).",
                        name=rec.sudo().employee_id.name,
                        end=rec.date_end.strftime("%d/%m/%Y"),
                        start=rec.date_start.strftime("%d/%m/%Y"),
                    )
                )
            if rec.date_start < VN_MIN_DATE or rec.date_start > today + relativedelta(years=1):
                raise ValidationError(
                    _("An appointment takes effect between 1900 and one year from today.")
                )
            if rec.decision_date and not VN_MIN_DATE <= rec.decision_date <= today:
                raise ValidationError(
                    _("The date of an appointment decision is between 1900 and today.")
                )

    @api.constrains("employee_id", "company_id")
    def _check_unit(self):
        for rec in self:
            employee = rec.sudo().employee_id
            if employee.company_id != rec.company_id:
                raise ValidationError(
                    _(
                        "%(name)s works in %(unit)s: an appointment is made in his own unit "
                        "(transfer him first).",
                        name=employee.name,
                        unit=employee.company_id.name,
                    )
                )

    @api.constrains("company_id", "position_id", "date_start", "date_end", "state", "kind")
    def _check_overlap(self):
        for rec in self.filtered(lambda r: r.kind != "dismiss" and r.state != "cancel"):
            domain = [
                ("id", "!=", rec.id),
                ("company_id", "=", rec.company_id.id),
                ("position_id", "=", rec.position_id.id),
                ("kind", "!=", "dismiss"),
                ("state", "!=", "cancel"),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", rec.date_start),
            ]
            if rec.date_end:
                domain.append(("date_start", "<=", rec.date_end))
            others = self.sudo().search(domain)
            holders = others.employee_id - rec.employee_id
            position = rec.sudo().position_id
            if rec.employee_id in others.employee_id or len(holders) >= position.max_holders:
                raise ValidationError(
                    _(
                        "%(position)s of %(unit)s is already held from %(start)s to %(end)s "
                        "by as many people as it may have (%(max)s): end the other term "
                        "first, or correct the dates.",
                        position=position.name,
                        unit=rec.company_id.name,
                        start=rec.date_start.strftime("%d/%m/%Y"),
                        end=rec.date_end.strftime("%d/%m/%Y") if rec.date_end else "…",
                        max=position.max_holders,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if not self.env.su and any(rec.state != "draft" for rec in self):
            raise UserError(_("Only a draft appointment can be deleted."))

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """HR office prepares and submits → the competent head approves (writes the
        history line, the position and its allowance) or returns it with the reason."""
        decision = {
            "sources": ("submitted",),
            "deciders": "_vn_wf_competent_heads",
            "right": "approve",
            "no_self": True,
        }
        return {
            "submit": {
                "label": _("Submit"),
                "sources": ("draft",),
                "target": "submitted",
                "deciders": "_vn_wf_preparers",
                "check": "_vn_check_submit",
                "stamp": {"return_reason": False},
            },
            "approve": dict(
                decision,
                label=_("Approve"),
                target="approved",
                todo=_("Approve the appointment"),
                check="_vn_check_approve",
                stamp={"approver_id": "user", "approve_date": "today"},
            ),
            "return": dict(
                decision,
                label=_("Return"),
                target="draft",
                reason=True,
                reason_field="return_reason",
                notify_author=True,
            ),
            "cancel": {
                "label": _("Cancel"),
                "sources": ("draft",),
                "target": "cancel",
                "deciders": "_vn_wf_preparers",
            },
        }

    def _vn_wf_authors(self):
        rec = self.sudo()
        return (rec.create_uid | rec.employee_id.user_id).filtered(lambda u: not u._is_superuser())

    def _vn_wf_preparers(self):
        return self._vn_wf_users(HR_OFFICE, self.sudo().company_id)

    def _vn_competent_unit(self):
        rec = self.sudo()
        if rec.position_id.appointing_level == "unit":
            return rec.company_id
        return rec.company_id._vn_settings_company()

    def _vn_wf_competent_heads(self):
        """The heads of the competent unit (never its HR office, which prepares)."""
        unit = self._vn_competent_unit()
        return self._vn_wf_users(UNIT_HEAD, unit).filtered(lambda u: not u.has_group(HR_OFFICE))

    def _vn_check_submit(self):
        if not self.decision_ref:
            raise UserError(_("Give the number of the appointment decision before submitting."))

    def _vn_check_approve(self):
        if self.kind == "dismiss" and not self._vn_current_holding():
            raise UserError(
                _(
                    "%(name)s holds no approved appointment as %(position)s on %(date)s: "
                    "nothing to dismiss.",
                    name=self.sudo().employee_id.name,
                    position=self.sudo().position_id.name,
                    date=self.date_start.strftime("%d/%m/%Y"),
                )
            )

    def _vn_current_holding(self):
        """The approved appointment or re-appointment this dismissal ends."""
        self.ensure_one()
        return self.sudo().search(
            [
                ("id", "!=", self.id),
                ("employee_id", "=", self.employee_id.id),
                ("company_id", "=", self.company_id.id),
                ("position_id", "=", self.position_id.id),
                ("kind", "!=", "dismiss"),
                ("state", "=", "approved"),
                ("date_start", "<=", self.date_start),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", self.date_start),
            ],
            order="date_start desc",
            limit=1,
        )

    def _vn_approve_values(self):
        """In one step: the work-history line (the open line closes), the position on
        the record (its allowance coefficient follows, Nghị định 204/2004/NĐ-CP) and, for
        a dismissal, the end of the term it ends."""
        rec = self.sudo()
        employee = rec.employee_id
        position = rec.position_id
        unit = rec.company_id.name
        if rec.kind == "dismiss":
            rec._vn_current_holding().write({"date_end": rec.date_start - timedelta(days=1)})
            name = _(
                "Relieved of the position %(position)s, %(unit)s", position=position.name, unit=unit
            )
            if employee.vn_position_id == position:
                employee.write({"vn_position_id": False})
        else:
            template = (
                _("%(position)s, %(unit)s (re-appointed)")
                if rec.kind == "reappoint"
                else _("%(position)s, %(unit)s (appointed)")
            )
            name = template % {"position": position.name, "unit": unit}
            employee.write({"vn_position_id": position.id})
        open_lines = employee.vn_work_history_ids.filtered(lambda w: not w.date_to)
        open_lines.filtered(lambda w: w.date_from <= rec.date_start).write(
            {"date_to": rec.date_start}
        )
        line = (
            self.env["vn.work.history"]
            .sudo()
            .create(
                {
                    "employee_id": employee.id,
                    "date_from": rec.date_start,
                    "name": name,
                    "unit_id": rec.company_id.id,
                    "decision_number": rec.decision_ref,
                    "decision_date": rec.decision_date,
                    "decision_signer": rec.decision_signer,
                }
            )
        )
        coefficient, _row, placeholder = (
            (0.0, None, False)
            if rec.kind == "dismiss"
            else position._vn_allowance_on(rec.company_id, rec.date_start)
        )
        return {
            "work_history_id": line.id,
            "allowance_coefficient": coefficient,
            "allowance_is_placeholder": placeholder,
        }

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_approve(self):
        for rec in self:
            rec._vn_wf_take("approve", vals_fn=lambda r: r._vn_approve_values())
        return True

    def action_return(self, reason=None):
        if reason is None:
            return self._vn_wf_ask_reason("return")
        self._vn_wf_take("return", reason=reason)
        return True

    def action_cancel(self):
        self._vn_wf_take("cancel")
        return True

    # ------------------------------------------------------------------ reminders
    def _vn_followed(self):
        """A later appointment, re-appointment or dismissal of the same person to the
        same position is prepared (not cancelled): the term needs no reminder."""
        self.ensure_one()
        return bool(
            self.sudo().search_count(
                [
                    ("id", "!=", self.id),
                    ("employee_id", "=", self.employee_id.id),
                    ("company_id", "=", self.company_id.id),
                    ("position_id", "=", self.position_id.id),
                    ("state", "!=", "cancel"),
                    ("date_start", ">", self.date_start),
                ]
            )
        )

    @api.model
    def _vn_ending_domain(self, today=None, days=appointment_rules.REMINDER_DAYS):
        today = today or vn_today(self)
        return [
            ("state", "=", "approved"),
            ("kind", "!=", "dismiss"),
            ("date_end", ">=", today),
            ("date_end", "<=", today + timedelta(days=days)),
        ]

    def _vn_reminder_summary(self):
        self.ensure_one()
        rec = self.sudo()
        if rec.reappointable:
            return _(
                "Term of %(name)s as %(position)s ends on %(date)s: prepare the re-appointment.",
                name=rec.employee_id.name,
                position=rec.position_id.name,
                date=rec.date_end.strftime("%d/%m/%Y"),
            )
        return _(
            "Term of %(name)s as %(position)s ends on %(date)s with less than 2 years to "
            "retirement (%(retire)s): extend the term until retirement instead of "
            "re-appointing.",
            name=rec.employee_id.name,
            position=rec.position_id.name,
            date=rec.date_end.strftime("%d/%m/%Y"),
            retire=rec.retirement_date.strftime("%d/%m/%Y") if rec.retirement_date else "",
        )

    @api.model
    def _cron_vn_term_reminders(self):
        """Daily: a to-do to the HR office of the unit for every term ending in the next
        90 days that no re-appointment or dismissal follows yet (the re-appointment must
        start beforehand), saying when the person is at the age limit. Returns the number
        of to-dos given."""
        todo_type = self.env.ref(TODO)
        given = 0
        for rec in self.sudo().search(self._vn_ending_domain()):
            if rec._vn_followed():
                continue
            summary = rec._vn_reminder_summary()
            have = rec.activity_ids.filtered(lambda a: a.activity_type_id == todo_type)
            for user in rec._vn_wf_preparers():
                if user in have.user_id:
                    continue
                rec.activity_schedule(
                    TODO,
                    date_deadline=rec.date_end - timedelta(days=1),
                    summary=summary[:250],
                    note=Markup("<p>%s</p>") % summary,
                    user_id=user.id,
                )
                given += 1
        return given

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class VnTeachingPeriodLock(models.Model):
    """A period of the school year locked by the principal: while it is locked, no
    teaching record of that period can be submitted, approved or returned. Locking and
    unlocking are logged in the chatter."""

    _name = "vn.teaching.period.lock"
    _description = "Teaching Period Lock"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]
    _order = "calendar_id, week_from"
    _check_company_auto = True

    calendar_id = fields.Many2one(
        "vn.school.calendar",
        string="School Year",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(
        related="calendar_id.company_id", string="School", store=True, index=True
    )
    scope = fields.Selection(
        [("semester", "Semester"), ("weeks", "Week Range"), ("year", "School Year")],
        required=True,
        default="semester",
    )
    semester = fields.Selection([("1", "Semester 1"), ("2", "Semester 2")], default="1")
    week_from = fields.Integer(compute="_compute_weeks", store=True, readonly=False)
    week_to = fields.Integer(compute="_compute_weeks", store=True, readonly=False)
    state = fields.Selection(
        [("locked", "Locked"), ("unlocked", "Unlocked")],
        default="locked",
        required=True,
        tracking=True,
        readonly=True,
    )
    reason = fields.Char(tracking=True)
    requested_by_id = fields.Many2one(
        "res.users",
        string="At the Request of",
        tracking=True,
        help="The principal who asked the records team to lock or unlock the period.",
    )

    @api.depends("scope", "semester", "calendar_id", "calendar_id.week_count")
    def _compute_weeks(self):
        for rec in self:
            cal = rec.calendar_id
            if rec.scope == "year" and cal:
                rec.week_from, rec.week_to = 1, cal.week_count
            elif rec.scope == "semester" and cal and rec.semester:
                if rec.semester == "1":
                    rec.week_from, rec.week_to = 1, cal.semester2_start_week - 1
                else:
                    rec.week_from, rec.week_to = cal.semester2_start_week, cal.week_count
            else:
                rec.week_from, rec.week_to = rec.week_from or 1, rec.week_to or 1

    @api.depends("scope", "semester", "week_from", "week_to", "calendar_id")
    def _compute_display_name(self):
        for rec in self:
            if rec.scope == "year":
                label = self.env._("whole school year")
            elif rec.scope == "semester":
                label = self.env._("Semester %(semester)s", semester=rec.semester)
            else:
                label = self.env._("Weeks %(start)s-%(end)s", start=rec.week_from, end=rec.week_to)
            rec.display_name = f"{rec.calendar_id.school_year or ''} {label}".strip()

    @api.constrains("week_from", "week_to", "scope", "semester")
    def _check_weeks(self):
        for rec in self:
            if rec.scope == "semester" and not rec.semester:
                raise ValidationError(self.env._("Choose the semester to lock."))
            if not 1 <= rec.week_from <= rec.week_to <= rec.calendar_id.week_count:
                raise ValidationError(
                    self.env._(
                        "The locked weeks must lie within weeks 1 to %(count)s, the first "
                        "before the last.",
                        count=rec.calendar_id.week_count,
                    )
                )

    def _check_principal(self, companies, requested_by=None):
        """The principal or a vice-principal of the school locks and unlocks; the
        records team does it at the principal's request (e-record rules, Điều 3c–e, 5)."""
        if self.env.su:
            return
        user = self.env.user
        lead = user.has_group("hr_vn_civil_servant.group_unit_head") or user.has_group(
            "documents_vn_office.group_vice_principal"
        )
        team = user.has_group("documents_vn_office.group_records_team")
        if not (lead or team) or (companies - user.company_ids):
            raise UserError(
                self.env._("Only the principal of the school can lock or unlock its periods.")
            )
        if not lead:
            requested = requested_by if requested_by is not None else self.requested_by_id
            for company in companies:
                if not requested or not all(
                    r.has_group("hr_vn_civil_servant.group_unit_head") and company in r.company_ids
                    for r in requested
                ):
                    raise UserError(
                        self.env._(
                            "The records team locks or unlocks a period only at the request "
                            "of the principal: name him in 'At the Request of'."
                        )
                    )

    def _log_step(self, message):
        for rec in self:
            body = message
            if rec.requested_by_id and rec.requested_by_id != self.env.user:
                body = self.env._(
                    "%(step)s by %(user)s at the request of %(principal)s.",
                    step=message,
                    user=self.env.user.name,
                    principal=rec.requested_by_id.name,
                )
            rec.message_post(body=body)

    @api.model_create_multi
    def create(self, vals_list):
        calendars = self.env["vn.school.calendar"].browse(
            [vals.get("calendar_id") for vals in vals_list if vals.get("calendar_id")]
        )
        requested = self.env["res.users"].browse(
            [vals["requested_by_id"] for vals in vals_list if vals.get("requested_by_id")]
        )
        self._check_principal(calendars.company_id, requested_by=requested)
        records = super().create(vals_list)
        records._log_step(self.env._("Period locked."))
        return records

    def write(self, vals):
        self._check_principal(self.company_id)
        res = super().write(vals)
        if "requested_by_id" in vals:
            self._check_principal(self.company_id)
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_not_principal(self):
        self._check_principal(self.company_id)

    def action_unlock(self):
        self._check_principal(self.company_id)
        self.write({"state": "unlocked"})
        self._log_step(self.env._("Period unlocked."))
        return True

    def action_lock(self):
        self._check_principal(self.company_id)
        self.write({"state": "locked"})
        self._log_step(self.env._("Period locked."))
        return True

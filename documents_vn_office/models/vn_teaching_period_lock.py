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
        [("semester", "Semester"), ("weeks", "Week Range")],
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

    @api.depends("scope", "semester", "calendar_id")
    def _compute_weeks(self):
        for rec in self:
            cal = rec.calendar_id
            if rec.scope == "semester" and cal and rec.semester:
                if rec.semester == "1":
                    rec.week_from, rec.week_to = 1, cal.semester2_start_week - 1
                else:
                    rec.week_from, rec.week_to = cal.semester2_start_week, cal.week_count
            else:
                rec.week_from, rec.week_to = rec.week_from or 1, rec.week_to or 1

    @api.depends("scope", "semester", "week_from", "week_to", "calendar_id")
    def _compute_display_name(self):
        for rec in self:
            if rec.scope == "semester":
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

    def _check_principal(self, companies):
        if self.env.su:
            return
        user = self.env.user
        if not user.has_group("hr_vn_civil_servant.group_unit_head") or (
            companies - user.company_ids
        ):
            raise UserError(
                self.env._("Only the principal of the school can lock or unlock its periods.")
            )

    @api.model_create_multi
    def create(self, vals_list):
        calendars = self.env["vn.school.calendar"].browse(
            [vals.get("calendar_id") for vals in vals_list if vals.get("calendar_id")]
        )
        self._check_principal(calendars.company_id)
        records = super().create(vals_list)
        for rec in records:
            rec.message_post(body=self.env._("Period locked."))
        return records

    def write(self, vals):
        self._check_principal(self.company_id)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_not_principal(self):
        self._check_principal(self.company_id)

    def action_unlock(self):
        self._check_principal(self.company_id)
        self.write({"state": "unlocked"})
        for rec in self:
            rec.message_post(body=self.env._("Period unlocked."))
        return True

    def action_lock(self):
        self._check_principal(self.company_id)
        self.write({"state": "locked"})
        for rec in self:
            rec.message_post(body=self.env._("Period locked."))
        return True

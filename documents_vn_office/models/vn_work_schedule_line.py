from datetime import timedelta

import babel.dates
import pytz

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.misc import babel_locale_parse

VN_TZ = pytz.timezone("Asia/Ho_Chi_Minh")
#: what a change after publication is about (marked on the line, sent to the attendees)
CONTENT = ("start", "stop", "name", "location", "chair_id", "attendee_ids", "preparer", "note")
#: written by the schedule alone (publication, changes), never by hand
SYSTEM_FIELDS = ("event_id", "changed", "change_date")


def vn_local(value):
    """A stored (UTC) datetime as Vietnam's wall-clock time."""
    return pytz.utc.localize(value).astimezone(VN_TZ) if value else value


class VnWorkScheduleLine(models.Model):
    """One item of the week: day and time, content, place, who presides, who attends,
    who prepares. Once the schedule is published, each attendee has it in his own
    calendar (calendar.event); a later change is marked on the line and notified."""

    _name = "vn.work.schedule.line"
    _description = "Work Schedule Line"
    _inherit = ["vn.value.limit.mixin"]
    _order = "start, id"

    schedule_id = fields.Many2one("vn.work.schedule", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(
        related="schedule_id.company_id", store=True, index=True, string="Unit"
    )
    state = fields.Selection(related="schedule_id.state", string="Schedule Status")
    start = fields.Datetime(required=True, index=True)
    stop = fields.Datetime(string="End", required=True)
    name = fields.Text(string="Content", required=True)
    location = fields.Char()
    chair_id = fields.Many2one("res.users", string="Presided By", index=True)
    attendee_ids = fields.Many2many(
        "res.users",
        "vn_work_schedule_line_attendee_rel",
        "line_id",
        "user_id",
        string="Attendees",
    )
    preparer = fields.Char(string="Prepared By")
    note = fields.Text(string="Notes")
    event_id = fields.Many2one(
        "calendar.event", string="Calendar Event", readonly=True, copy=False, index=True
    )
    changed = fields.Boolean(
        string="Changed After Publication", readonly=True, copy=False, index=True
    )
    change_date = fields.Datetime(string="Changed On", readonly=True, copy=False)

    @api.constrains("start", "stop")
    def _check_dates(self):
        for line in self:
            if line.start and line.stop and line.stop < line.start:
                raise ValidationError(
                    _(
                        "'%(content)s' ends before it starts: the end must come after the start.",
                        content=line.name or "",
                    )
                )

    @api.constrains("start", "schedule_id")
    def _check_in_week(self):
        for line in self:
            week = line.schedule_id.week_start
            if not (line.start and week):
                continue
            day = vn_local(line.start).date()
            if not week <= day <= week + timedelta(days=6):
                raise ValidationError(
                    _(
                        "'%(content)s' is on %(day)s, outside the week of the schedule "
                        "(%(start)s - %(end)s).",
                        content=line.name or "",
                        day=day.strftime("%d/%m/%Y"),
                        start=week.strftime("%d/%m/%Y"),
                        end=(week + timedelta(days=6)).strftime("%d/%m/%Y"),
                    )
                )

    day_label = fields.Char(string="Day", compute="_compute_labels")
    time_label = fields.Char(string="Time", compute="_compute_labels")

    @api.depends("start", "stop")
    @api.depends_context("lang")
    def _compute_labels(self):
        for line in self:
            if line.start and line.stop:
                line.day_label = f"{line._vn_weekday()} {vn_local(line.start):%d/%m}"
                line.time_label = line._vn_time_label()
            else:
                line.day_label = line.time_label = False

    # ------------------------------------------------------------------ labels
    def _vn_weekday(self):
        """The day's name in the user's language (Babel's: "Thứ Hai" in Vietnamese)."""
        self.ensure_one()
        locale = babel_locale_parse(self.env.lang or "en_US")
        return babel.dates.format_date(vn_local(self.start).date(), "EEEE", locale=locale)

    def _vn_time_label(self):
        self.ensure_one()
        start, stop = vn_local(self.start), vn_local(self.stop)
        return f"{start:%H:%M} - {stop:%H:%M}"

    def _vn_line_label(self):
        self.ensure_one()
        start = vn_local(self.start)
        label = f"{self._vn_weekday()} {start:%d/%m} {self._vn_time_label()}: {self.name}"
        return f"{label} ({self.location})" if self.location else label

    # ------------------------------------------------------------------ guard
    def _vn_check_schedule_state(self, schedules):
        """Lines of a schedule under decision or approved are frozen (a returned one goes
        back to its drafter); a published one's lines may change, marked and notified."""
        if self.env.su:
            return
        for schedule in schedules.sudo():
            if schedule.state in ("submitted", "approved"):
                raise UserError(
                    _(
                        "%(record)s is %(state)s: its lines can no longer be changed. %(hint)s",
                        record=schedule.display_name,
                        state=schedule._vn_wf_state_label(schedule.state),
                        hint=schedule._vn_wf_frozen_message(),
                    )
                )

    def _vn_check_system_fields(self, vals_list):
        if self.env.su:
            return
        asked = {name for vals in vals_list for name in vals} & set(SYSTEM_FIELDS)
        if asked:
            raise UserError(
                _(
                    "%s of a work schedule line are set when it is published or changed, "
                    "never by hand.",
                    ", ".join(sorted(self._fields[n]._description_string(self.env) for n in asked)),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._vn_check_system_fields(vals_list)
        schedules = self.env["vn.work.schedule"].browse(
            {vals.get("schedule_id") for vals in vals_list if vals.get("schedule_id")}
        )
        self._vn_check_schedule_state(schedules)
        lines = super().create(vals_list)
        published = lines.sudo().filtered(lambda line: line.schedule_id.state == "published")
        if published:
            published._vn_mark_changed()
        return lines

    def write(self, vals):
        self._vn_check_system_fields([vals])
        self._vn_check_schedule_state(self.schedule_id)
        if "schedule_id" in vals:
            self._vn_check_schedule_state(self.env["vn.work.schedule"].browse(vals["schedule_id"]))
        watched = set(vals) & set(CONTENT) and not self.env.context.get("vn_schedule_sync")
        # who attended before the change is told too (e.g. an attendee taken off the line)
        before = self.sudo().attendee_ids.partner_id | self.sudo().chair_id.partner_id
        res = super().write(vals)
        if watched:
            published = self.sudo().filtered(lambda line: line.schedule_id.state == "published")
            if published:
                published._vn_mark_changed(before)
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_line(self):
        self._vn_check_schedule_state(self.schedule_id)
        for line in self.sudo().filtered(lambda rec: rec.schedule_id.state == "published"):
            partners = line.attendee_ids.partner_id | line.chair_id.partner_id
            line.schedule_id._vn_notify_changes(
                self.browse(), removed=[(line._vn_line_label(), partners)]
            )
        self.sudo().event_id.with_context(no_mail_to_attendees=True).unlink()

    # ------------------------------------------------------------------ calendar
    def _vn_mark_changed(self, former_partners=None):
        """A line added or changed after publication: marked, its calendar event follows,
        its attendees (and ``former_partners``, who attended before) are told."""
        self.with_context(vn_schedule_sync=True).sudo().write(
            {"changed": True, "change_date": fields.Datetime.now()}
        )
        self._vn_sync_events()
        self.schedule_id._vn_notify_changes(self, extra_partners=former_partners)

    def _vn_event_values(self):
        self.ensure_one()
        line = self.sudo()
        partners = line.attendee_ids.partner_id | line.chair_id.partner_id
        description = [line.name]
        if line.chair_id:
            description.append(_("Presided by: %s", line.chair_id.name))
        if line.preparer:
            description.append(_("Prepared by: %s", line.preparer))
        if line.note:
            description.append(line.note)
        return {
            "name": line.name.splitlines()[0][:200] if line.name else "",
            "start": line.start,
            "stop": max(line.stop, line.start),
            "location": line.location or False,
            "description": "<br/>".join(description),
            "partner_ids": [(6, 0, partners.ids)],
            "user_id": (line.chair_id or line.schedule_id.create_uid).id,
            "privacy": "public",
        }

    def _vn_sync_events(self):
        """Each line of a published schedule has one calendar event whose attendees are
        the line's attendees (and who presides): in their own Odoo calendars."""
        Event = (
            self.env["calendar.event"]
            .sudo()
            .with_context(no_mail_to_attendees=True, mail_create_nosubscribe=True)
        )
        for line in self.sudo().filtered(lambda rec: rec.schedule_id.state == "published"):
            values = line._vn_event_values()
            if line.event_id:
                line.event_id.with_context(no_mail_to_attendees=True).write(values)
            else:
                event = Event.create(values)
                line.with_context(vn_schedule_sync=True).write({"event_id": event.id})

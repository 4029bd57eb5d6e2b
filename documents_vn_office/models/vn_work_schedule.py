from datetime import timedelta

from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

SCHEDULE_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("returned", "Returned"),
    ("approved", "Approved"),
    ("published", "Published"),
]
CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"
# What the leader decides on: frozen from submission to approval; once published the
# lines may still change (each change is marked and notified), never the unit or week.
CONTENT_FIELDS = ("company_id", "week_start", "line_ids")


class VnWorkSchedule(models.Model):
    """The unit's weekly work schedule (lịch công tác tuần): drafted by the clerk, approved
    by a leader of the unit (vn.workflow.mixin), published to the attendees' calendars and
    shared with the units of the managing body the unit chooses (its managing body always
    sees it once published)."""

    _name = "vn.work.schedule"
    _description = "Work Schedule"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "week_start desc, company_id, id desc"

    _vn_wf_guarded_fields = ("approver_id", "approve_date", "publish_date", "return_reason")
    _vn_wf_frozen = {
        "submitted": CONTENT_FIELDS,
        "approved": CONTENT_FIELDS,
        "published": ("company_id", "week_start"),
    }
    _vn_wf_new_record_steps = ("submit",)

    # in the reader's language (a stored name would keep the creator's)
    name = fields.Char(compute="_compute_name", string="Schedule")
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    week_start = fields.Date(
        string="Week of (Monday)",
        required=True,
        index=True,
        default=lambda self: self._default_week_start(),
    )
    week_end = fields.Date(compute="_compute_week_end", store=True, string="Week Ends")
    state = fields.Selection(
        SCHEDULE_STATES, default="draft", required=True, index=True, tracking=True, copy=False
    )
    line_ids = fields.One2many("vn.work.schedule.line", "schedule_id", string="Lines", copy=True)
    line_count = fields.Integer(compute="_compute_line_count", string="Lines Count")
    share_company_ids = fields.Many2many(
        "res.company",
        "vn_work_schedule_share_rel",
        "schedule_id",
        "company_id",
        string="Shared With",
        help="Other units of the managing body that see the published schedule (the "
        "managing body always sees it).",
    )
    approver_id = fields.Many2one("res.users", string="Approved By", readonly=True, copy=False)
    approve_date = fields.Date(string="Approved On", readonly=True, copy=False)
    publish_date = fields.Datetime(string="Published On", readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False)
    note = fields.Text(string="Notes")

    _sql_constraints = [
        (
            "week_uniq",
            "unique(company_id, week_start)",
            "The unit already has a work schedule for this week.",
        ),
    ]

    @api.model
    def _default_week_start(self):
        today = vn_today(self)
        return today + timedelta(days=7 - today.weekday())

    @api.depends("week_start")
    def _compute_week_end(self):
        for rec in self:
            rec.week_end = rec.week_start and rec.week_start + timedelta(days=6)

    @api.depends("week_start", "company_id.name")
    @api.depends_context("lang")
    def _compute_name(self):
        for rec in self:
            if rec.week_start:
                end = rec.week_start + timedelta(days=6)
                rec.name = _(
                    "Work schedule %(unit)s, week %(start)s - %(end)s",
                    unit=rec.sudo().company_id.name or "",
                    start=rec.week_start.strftime("%d/%m/%Y"),
                    end=end.strftime("%d/%m/%Y"),
                )
            else:
                rec.name = _("Work schedule")

    def _compute_line_count(self):
        data = self.env["vn.work.schedule.line"]._read_group(
            [("schedule_id", "in", self.ids)], ["schedule_id"], ["__count"]
        )
        counts = {schedule.id: count for schedule, count in data}
        for rec in self:
            rec.line_count = counts.get(rec.id, 0)

    @api.constrains("week_start")
    def _check_week_start(self):
        for rec in self:
            if rec.week_start and rec.week_start.weekday() != 0:
                raise ValidationError(
                    _(
                        "A work schedule starts on a Monday: %s is not a Monday.",
                        rec.week_start.strftime("%d/%m/%Y"),
                    )
                )

    @api.constrains("share_company_ids", "company_id")
    def _check_share_company_ids(self):
        for rec in self:
            company = rec.sudo().company_id
            body = (company.parent_id or company)._vn_managed_companies()
            outside = rec.sudo().share_company_ids - body
            if outside:
                raise ValidationError(
                    _(
                        "A work schedule is shared only with units of the same managing "
                        "body: %s is not one.",
                        ", ".join(outside.mapped("name")),
                    )
                )
            if company in rec.sudo().share_company_ids:
                raise ValidationError(_("A unit does not share its schedule with itself."))

    @api.ondelete(at_uninstall=False)
    def _unlink_not_published(self):
        if not self.env.su and any(rec.state in ("approved", "published") for rec in self):
            raise UserError(_("An approved or published work schedule cannot be deleted."))

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Clerk submits → a leader of the unit approves, or returns it with the reason →
        the clerk (or a leader) publishes: the attendees get the lines in their calendars."""
        decision = {
            "sources": ("submitted",),
            "deciders": "_vn_wf_leaders",
            "right": "approve",
        }
        return {
            "submit": {
                "label": _("Submit"),
                "sources": ("draft", "returned"),
                "target": "submitted",
                "deciders": "_vn_wf_drafters",
                "check": "_vn_check_submit",
                "stamp": {"return_reason": False},
            },
            "approve": dict(
                decision,
                label=_("Approve"),
                target="approved",
                todo=_("Approve the work schedule"),
                stamp={"approver_id": "user", "approve_date": "today"},
            ),
            "return": dict(
                decision,
                label=_("Return"),
                target="returned",
                reason=True,
                reason_field="return_reason",
                notify_author=True,
            ),
            "publish": {
                "label": _("Publish"),
                "sources": ("approved",),
                "target": "published",
                "deciders": "_vn_wf_drafters",
                "todo": _("Publish the work schedule"),
                "stamp": {"publish_date": "now"},
            },
            "draft": {
                "label": _("Back to Draft"),
                "sources": ("returned",),
                "target": "draft",
                "deciders": "_vn_wf_drafters",
            },
        }

    def _vn_wf_drafters(self):
        """The clerks and the leaders of the unit (the office drafts for them)."""
        company = self.sudo().company_id
        return self._vn_wf_users(CLERK, company) | self._vn_wf_leaders()

    def _vn_wf_leaders(self):
        return self._vn_wf_users(LEADER, self.sudo().company_id)

    def _vn_wf_authors(self):
        return self.sudo().create_uid.filtered(lambda u: not u._is_superuser())

    def _vn_wf_frozen_message(self):
        if self.state == "published":
            return _("Change the lines: each change is marked and sent to the attendees.")
        return _("The leader decides on it as submitted: wait for the decision.")

    def _vn_check_submit(self):
        if not self.sudo().line_ids:
            raise UserError(_("Add the week's lines before submitting the work schedule."))

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_approve(self):
        self._vn_wf_take("approve")
        return True

    def action_return(self, reason=None):
        """Returns it with the reason (sent to the drafter); without one, asks for it."""
        if reason is None:
            return self._vn_wf_ask_reason("return")
        self._vn_wf_take("return", reason=reason)
        return True

    def action_publish(self):
        self._vn_wf_take("publish")
        for schedule in self.sudo():
            schedule.line_ids._vn_sync_events()
            partners = schedule.line_ids.attendee_ids.partner_id
            partners |= schedule.line_ids.chair_id.partner_id
            schedule.message_post(
                body=_("The work schedule is published: its lines are in your calendar."),
                partner_ids=partners.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def action_draft(self):
        self._vn_wf_take("draft")
        return True

    # ------------------------------------------------------------------ changes
    def _vn_notify_changes(self, lines, removed=(), extra_partners=None):
        """The attendees of changed lines of a published schedule get the change in their
        inbox (a message on the schedule, addressed to them)."""
        for schedule in self.sudo():
            mine = lines.filtered(lambda line, s=schedule: line.schedule_id == s)
            partners = mine.attendee_ids.partner_id | mine.chair_id.partner_id
            if extra_partners:
                partners |= extra_partners
            items = [Markup("<li>%s</li>") % line._vn_line_label() for line in mine] + [
                Markup("<li>%s</li>") % (_("Cancelled: %s", label)) for label, _p in removed
            ]
            for _label, removed_partners in removed:
                partners |= removed_partners
            if not items:
                continue
            body = Markup("<p>%s</p><ul>%s</ul>") % (
                _("The published work schedule has changed:"),
                Markup("").join(items),
            )
            schedule.message_post(
                body=body,
                partner_ids=partners.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )

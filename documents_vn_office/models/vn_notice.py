from markupsafe import Markup

from odoo import SUPERUSER_ID, Command, _, api, fields, models
from odoo.exceptions import UserError, ValidationError

CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"
NOTICE_STATES = [("draft", "Draft"), ("sent", "Sent")]


class VnNotice(models.Model):
    """A notice (thông báo) from a leader or a clerk to many people at once: everyone
    of one or several units (and the units they manage), of departments (tổ), named
    people, or saved interaction groups; with files. On sending, the recipients are
    resolved once into ``vn.notice.recipient`` rows (one batched insert), and each gets
    the notice in his Odoo inbox (one message, a needaction notification per person;
    e-mail for those who chose e-mail notifications). Opening the notice marks the
    recipient's row read; the sender and the unit's leaders see who has read it."""

    _name = "vn.notice"
    _description = "Notice"
    _inherit = ["vn.workflow.mixin", "vn.attachment.owner.mixin"]
    _order = "sent_date desc, id desc"
    _rec_name = "subject"

    _vn_wf_guarded_fields = ("sent_date", "recipient_count")
    _vn_wf_frozen = {"sent": "__all__"}
    _vn_wf_new_record_steps = ("send",)

    subject = fields.Char(string="Summary", required=True, tracking=True)
    body = fields.Html(string="Content")
    company_id = fields.Many2one(
        "res.company",
        string="Sending Unit",
        required=True,
        index=True,
        default=lambda s: s.env.company,
    )
    sender_id = fields.Many2one(
        "res.users", string="Sent By", required=True, index=True, default=lambda s: s.env.user
    )
    state = fields.Selection(
        NOTICE_STATES, default="draft", required=True, index=True, tracking=True, copy=False
    )
    sent_date = fields.Datetime(string="Sent On", readonly=True, copy=False, index=True)
    company_ids = fields.Many2many(
        "res.company",
        "vn_notice_company_rel",
        "notice_id",
        "company_id",
        string="To the Staff of the Units",
    )
    include_sub_units = fields.Boolean(
        string="And the Units They Manage",
        help="Also everyone of the schools the chosen units manage.",
    )
    department_ids = fields.Many2many(
        "hr.department",
        "vn_notice_department_rel",
        "notice_id",
        "department_id",
        string="To the Departments",
    )
    user_ids = fields.Many2many(
        "res.users", "vn_notice_user_rel", "notice_id", "user_id", string="To the People"
    )
    group_ids = fields.Many2many(
        "vn.interaction.group",
        "vn_notice_group_rel",
        "notice_id",
        "group_id",
        string="To the Interaction Groups",
    )
    attachment_ids = fields.Many2many(
        "ir.attachment", "vn_notice_attachment_rel", "notice_id", "attachment_id", string="Files"
    )
    # who else received it is for the senders' roles (their rows are their own rules)
    recipient_ids = fields.One2many(
        "vn.notice.recipient",
        "notice_id",
        string="Notice Recipients",
        readonly=True,
        groups="documents_vn_office.group_clerk,documents_vn_office.group_leader",
    )
    recipient_count = fields.Integer(string="Number of Recipients", readonly=True, copy=False)
    read_count = fields.Integer(string="Read", compute="_compute_read_count")
    my_read_date = fields.Datetime(string="I Read It On", compute="_compute_my_read_date")
    vn_unread_by_me = fields.Boolean(
        string="Unread by Me", compute="_compute_my_read_date", search="_search_vn_unread_by_me"
    )

    @api.depends_context("uid")
    def _compute_read_count(self):
        counts = dict(
            self.env["vn.notice.recipient"]._read_group(
                [("notice_id", "in", self.ids), ("read_date", "!=", False)],
                ["notice_id"],
                ["__count"],
            )
        )
        for notice in self:
            notice.read_count = counts.get(notice, 0) if notice.id else 0

    @api.depends_context("uid")
    def _compute_my_read_date(self):
        rows = (
            self.env["vn.notice.recipient"]
            .sudo()
            .search_read(
                [("notice_id", "in", self.ids), ("user_id", "=", self.env.uid)],
                ["notice_id", "read_date"],
            )
        )
        dates = {row["notice_id"][0]: row["read_date"] for row in rows}
        for notice in self:
            notice.my_read_date = dates.get(notice.id, False)
            notice.vn_unread_by_me = notice.id in dates and not dates[notice.id]

    def _search_vn_unread_by_me(self, operator, value):
        unread = (
            self.env["vn.notice.recipient"]
            .sudo()
            ._search([("user_id", "=", self.env.uid), ("read_date", "=", False)])
        )
        positive = (operator == "=") == bool(value)
        return [("id", "in" if positive else "not in", unread.subselect("notice_id"))]

    @api.constrains("sender_id")
    def _check_sender(self):
        if self.env.su:
            return
        for notice in self:
            if notice.sender_id != self.env.user:
                raise ValidationError(_("A notice is sent in one's own name."))

    # ------------------------------------------------------------------ audience
    def _vn_audience_units(self):
        """The units the sender may address: his units and the units they manage."""
        sender = self.sudo().sender_id
        return sender.company_ids._vn_managed_companies()

    def _vn_resolve_user_ids(self):
        """Ids of the active internal users the notice goes to, each once: everyone whose
        unit is one of the units (with the units they manage when asked), the members of
        the departments and their sub-departments (employees of the tổ), the people named,
        and the same for each interaction group. A few grouped queries, no loop per
        person."""
        self.ensure_one()
        notice = self.sudo()
        units = notice.company_ids | notice.group_ids.company_ids
        if notice.include_sub_units and notice.company_ids:
            units |= notice.company_ids._vn_managed_companies()
        departments = notice.department_ids | notice.group_ids.department_ids
        ids = set(notice.user_ids.ids) | set(notice.group_ids.user_ids.ids)
        cr = self.env.cr
        if units:
            cr.execute(
                "SELECT id FROM res_users WHERE active AND NOT share AND company_id = ANY(%s)",
                [units.ids],
            )
            ids.update(row[0] for row in cr.fetchall())
        if departments:
            all_departments = (
                self.env["hr.department"].sudo().search([("id", "child_of", departments.ids)])
            )
            employees = (
                self.env["hr.employee"]
                .sudo()
                .search_read(
                    [("department_id", "in", all_departments.ids), ("user_id", "!=", False)],
                    ["user_id"],
                )
            )
            ids.update(emp["user_id"][0] for emp in employees)
        if not ids:
            return []
        cr.execute(
            "SELECT id FROM res_users WHERE id = ANY(%s) AND active AND NOT share ORDER BY id",
            [list(ids)],
        )
        return [row[0] for row in cr.fetchall()]

    def _vn_check_audience(self):
        """Units, departments and people outside the sender's units and those they
        manage are refused: a school does not send notices to another school's staff."""
        for notice in self.sudo():
            allowed = notice._vn_audience_units()
            if notice.sender_id._is_superuser():
                continue
            groups = notice.group_ids
            units = notice.company_ids | groups.company_ids
            departments = notice.department_ids | groups.department_ids
            people = notice.user_ids | groups.user_ids
            bad = (units - allowed).mapped("name")
            bad += departments.filtered(lambda d, a=allowed: d.company_id not in a).mapped("name")
            bad += people.filtered(lambda u, a=allowed: not (u.company_ids & a)).mapped("name")
            groups = notice.group_ids.filtered(
                lambda g, s=notice.sender_id: (
                    g.owner_id != s and not (g.shared and g.company_id in s.company_ids)
                )
            )
            bad += groups.mapped("name")
            if bad:
                raise ValidationError(
                    _(
                        "The notice may go only to the units you work in and those they "
                        "manage: %s is outside.",
                        ", ".join(bad),
                    )
                )

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Draft → Send (its sender, a leader or a clerk of the unit)."""
        return {
            "send": {
                "label": _("Send"),
                "sources": ("draft",),
                "target": "sent",
                "deciders": "_vn_wf_senders",
                "stamp": {"sent_date": "now"},
                "check": "_vn_check_send",
            },
        }

    def _vn_wf_authors(self):
        return self.sudo().sender_id

    def _vn_wf_senders(self):
        notice = self.sudo()
        company = notice.company_id
        staff = self._vn_wf_users(LEADER, company) | self._vn_wf_users(CLERK, company)
        return notice.sender_id & staff

    def _vn_check_send(self):
        self._vn_check_audience()
        if not self._vn_resolve_user_ids():
            raise UserError(
                _("The notice has no recipient: choose units, departments, people or a group.")
            )

    def action_send(self):
        for notice in self:
            notice._vn_wf_take("send")
            notice._vn_deliver()
        return True

    def _vn_deliver(self):
        """The recipient rows (one INSERT ... SELECT for all of them) and the inbox
        message (one mail.message, one needaction notification per recipient)."""
        self.ensure_one()
        user_ids = self._vn_resolve_user_ids()
        cr = self.env.cr
        cr.execute(
            """
            INSERT INTO vn_notice_recipient
                (notice_id, user_id, company_id, create_uid, create_date, write_uid, write_date)
            SELECT %(notice)s, uid, %(company)s, %(me)s, now() at time zone 'UTC',
                   %(me)s, now() at time zone 'UTC'
              FROM unnest(%(users)s::int[]) AS uid
            ON CONFLICT (notice_id, user_id) DO NOTHING
            """,
            {
                "notice": self.id,
                "company": self.sudo().company_id.id,
                "me": self.env.uid,
                "users": user_ids,
            },
        )
        self.env["vn.notice.recipient"].invalidate_model()
        cr.execute(
            "UPDATE vn_notice SET recipient_count = %s WHERE id = %s", [len(user_ids), self.id]
        )
        self.invalidate_recordset(["recipient_count", "recipient_ids"])
        self._vn_notify(user_ids)

    def _vn_notify(self, user_ids):
        """One mail.message on the notice, and for each recipient, in batched statements:
        a needaction notification in his Odoo inbox (users notified in Odoo), or a queued
        e-mail (users who chose e-mail notifications: one mail.mail, sent one e-mail per
        person by the mail queue), and a live toast on his open web client (bus).

        ``message_post(partner_ids=...)`` is not used for the recipients: it formats the
        message once per inbox user, as that user (``_notify_thread_by_inbox``), which
        takes minutes for thousands of people (bench/bench_notice.py measures it)."""
        notice = self.sudo()
        author = notice.sender_id.partner_id
        body = Markup("<p><b>%s</b></p>") % notice.subject + (notice.body or Markup())
        message = notice.message_post(
            body=body,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            author_id=author.id,
        )
        cr = self.env.cr
        cr.execute(
            "SELECT partner_id, notification_type = 'inbox' FROM res_users WHERE id = ANY(%s)",
            [user_ids],
        )
        rows = cr.fetchall()
        inbox = [pid for pid, is_inbox in rows if is_inbox]
        by_email = [pid for pid, is_inbox in rows if not is_inbox]
        cr.execute(
            """
            INSERT INTO mail_message_res_partner_rel (mail_message_id, res_partner_id)
            SELECT %s, pid FROM unnest(%s::int[]) AS pid ON CONFLICT DO NOTHING
            """,
            [message.id, inbox + by_email],
        )
        mail = self.env["mail.mail"]
        if by_email:
            mail = (
                self.env["mail.mail"]
                .sudo()
                .create(
                    {
                        "mail_message_id": message.id,
                        "body_html": body,
                        "subject": notice.subject,
                        "recipient_ids": [Command.set(by_email)],
                        "auto_delete": True,
                        "is_notification": True,
                    }
                )
            )
        cr.execute(
            """
            INSERT INTO mail_notification
                (mail_message_id, res_partner_id, author_id, notification_type,
                 notification_status, is_read, mail_mail_id)
            SELECT %(message)s, pid, %(author)s, 'inbox', 'sent', false, NULL::int
              FROM unnest(%(inbox)s::int[]) AS pid
            UNION ALL
            SELECT %(message)s, pid, %(author)s, 'email', 'ready', true, %(mail)s::int
              FROM unnest(%(email)s::int[]) AS pid
            """,
            {
                "message": message.id,
                "author": author.id,
                "inbox": inbox,
                "email": by_email,
                "mail": mail.id or None,
            },
        )
        message.invalidate_recordset(["partner_ids", "notification_ids"])
        self.env["res.partner"].browse(inbox)._bus_send(
            "simple_notification",
            {"title": _("New notice"), "message": notice.subject, "sticky": False},
        )

    # ------------------------------------------------------------------ reading
    def _vn_mark_read(self):
        """The current user opened the notice: his row is read (once)."""
        if not self.ids:
            return
        self.env.cr.execute(
            """
            UPDATE vn_notice_recipient SET read_date = now() at time zone 'UTC'
             WHERE notice_id = ANY(%s) AND user_id = %s AND read_date IS NULL
            """,
            [self.ids, self.env.uid],
        )
        if self.env.cr.rowcount:
            self.env["vn.notice.recipient"].invalidate_model(["read_date"])
            self.invalidate_recordset(["my_read_date", "read_count"])

    def web_read(self, specification):
        """Opening a notice in its form (one record) marks it read for its recipient."""
        if len(self) == 1 and self.env.uid != SUPERUSER_ID:
            self._vn_mark_read()
        return super().web_read(specification)

    def action_mark_read(self):
        self.check_access("read")
        self._vn_mark_read()
        return True

    def action_view_recipients(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Notice Recipients"),
            "res_model": "vn.notice.recipient",
            "view_mode": "list",
            "domain": [("notice_id", "=", self.id)],
            "context": {"search_default_group_read": 1},
        }

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if not self.env.su and any(n.state == "sent" for n in self):
            raise UserError(_("A sent notice cannot be deleted."))

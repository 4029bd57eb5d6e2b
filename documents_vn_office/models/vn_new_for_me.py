from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError

#: "New for me" (Điều 3.7 of the rules on the office system): counter -> (model, domain)
#: counted with the user's own rights (record rules), one COUNT query each.
NEW_FOR_ME = {
    "vn_new_incoming_count": (
        "vn.incoming.document",
        lambda uid: [("vn_seen", "=", False), ("create_uid", "!=", uid), ("state", "!=", "filed")],
    ),
    "vn_new_outgoing_count": (
        "vn.outgoing.document",
        lambda uid: [("vn_seen", "=", False), ("create_uid", "!=", uid), ("state", "!=", "filed")],
    ),
    "vn_task_to_accept_count": (
        "vn.work.task",
        lambda uid: [("state", "=", "assigned"), ("lead_user_id", "=", uid)],
    ),
    "vn_notice_unread_count": (
        "vn.notice",
        lambda uid: [("state", "=", "sent"), ("vn_unread_by_me", "=", True)],
    ),
}

DECISION = "hr_vn_civil_servant.mail_activity_type_vn_decision"
#: Counters of "My Work" -> the documents whose Decision to-dos (the approval
#: mechanism's to-dos of every step) wait for the user; False: every other to-do.
HOME_COUNTERS = {
    "vn_home_incoming_count": ("vn.incoming.document",),
    "vn_home_outgoing_count": ("vn.outgoing.document",),
    "vn_home_internal_count": ("vn.internal.document",),
    "vn_home_request_count": ("vn.profile.change.request",),
    "vn_home_record_count": ("vn.teaching.record", "vn.teaching.record.change.request"),
    "vn_home_other_count": False,
}
#: Days ahead that make a to-do "due soon".
DUE_SOON_DAYS = 3


class ResUsers(models.Model):
    """The "New for me" card: what is new for the current user, on the home of the
    Văn thư app. Computed for the current user only (another user's card shows 0)."""

    _inherit = "res.users"

    vn_new_incoming_count = fields.Integer(
        string="Incoming Not Opened", compute="_compute_vn_new_for_me"
    )
    vn_new_outgoing_count = fields.Integer(
        string="Outgoing Not Opened", compute="_compute_vn_new_for_me"
    )
    vn_task_to_accept_count = fields.Integer(
        string="Tasks to Accept", compute="_compute_vn_new_for_me"
    )
    vn_notice_unread_count = fields.Integer(
        string="Notices Unread", compute="_compute_vn_new_for_me"
    )

    @api.model
    def _vn_new_for_me_domain(self, counter):
        model, domain = NEW_FOR_ME[counter]
        return model, domain(self.env.uid)

    def _vn_new_for_me_titles(self):
        return {
            "vn_new_incoming_count": _("Incoming Documents Not Opened Yet"),
            "vn_new_outgoing_count": _("Outgoing Documents Not Opened Yet"),
            "vn_task_to_accept_count": _("Tasks Waiting for My Acceptance"),
            "vn_notice_unread_count": _("Notices Not Read Yet"),
        }

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_vn_new_for_me(self):
        me = self.env.user
        counts = {}
        if me in self:
            for counter in NEW_FOR_ME:
                model, domain = self._vn_new_for_me_domain(counter)
                counts[counter] = self.env[model].search_count(domain)
        for user in self:
            for counter in NEW_FOR_ME:
                user[counter] = counts.get(counter, 0) if user == me else 0

    def action_vn_open_new(self):
        """Open what a counter of the card counts (``vn_counter`` in the context)."""
        self.ensure_one()
        if self != self.env.user:
            raise AccessError(_("This card is your own."))
        counter = self.env.context.get("vn_counter")
        if counter not in NEW_FOR_ME:
            raise AccessError(_("Unknown counter."))
        model, domain = self._vn_new_for_me_domain(counter)
        return {
            "type": "ir.actions.act_window",
            "name": self._vn_new_for_me_titles()[counter],
            "res_model": model,
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": domain,
        }

    @api.model
    def action_vn_new_for_me(self):
        """The card of the current user (the home screen's action)."""
        return {
            "type": "ir.actions.act_window",
            "name": _("New for Me"),
            "res_model": "res.users",
            "view_mode": "kanban",
            "views": [
                (self.env.ref("documents_vn_office.res_users_view_kanban_vn_new").id, "kanban")
            ],
            "domain": [("id", "=", self.env.uid)],
            "context": {"create": False},
        }

    # ------------------------------------------------------------------ My Work
    # Each role's home (*My Work*): after login every user lands on what waits for
    # him — the to-dos of every step he may take (register, direct, handle, check, sign,
    # issue, approve requests and professional records), overdue and due soon, and what
    # is new (unread) — in every unit he works in, whatever is ticked in the company
    # switcher: counted with his own rights over all his units (no sudo). A banner names
    # the units the switcher hides; the lists it opens show all of them.
    notification_type = fields.Selection(default="inbox")
    action_id = fields.Many2one(default=lambda self: self._default_vn_home_action())

    vn_home_todo_count = fields.Integer(string="To Do", compute="_compute_vn_home")
    vn_home_incoming_count = fields.Integer(string="Incoming to Handle", compute="_compute_vn_home")
    vn_home_outgoing_count = fields.Integer(string="Outgoing to Handle", compute="_compute_vn_home")
    vn_home_internal_count = fields.Integer(string="Internal to Handle", compute="_compute_vn_home")
    vn_home_request_count = fields.Integer(string="Requests to Approve", compute="_compute_vn_home")
    vn_home_record_count = fields.Integer(
        string="Professional Records to Approve", compute="_compute_vn_home"
    )
    vn_home_other_count = fields.Integer(string="Other To-Dos", compute="_compute_vn_home")
    vn_home_overdue_count = fields.Integer(string="Overdue", compute="_compute_vn_home")
    vn_home_due_soon_count = fields.Integer(string="Due Soon", compute="_compute_vn_home")
    vn_home_unread_count = fields.Integer(string="Unread", compute="_compute_vn_home")
    vn_home_hidden_units = fields.Char(string="Units Not Shown", compute="_compute_vn_home")

    # ------------------------------------------------------------------ reads
    def _vn_home_env(self):
        """The current user's rights over every unit he works in."""
        return self.env(
            context=dict(self.env.context, allowed_company_ids=self.env.user.company_ids.ids)
        )

    def _vn_home_activity_domain(self, counter=None):
        decision = self.env.ref(DECISION)
        domain = [("user_id", "=", self.env.uid), ("activity_type_id", "=", decision.id)]
        today = fields.Date.context_today(self)
        if counter == "vn_home_overdue_count":
            domain.append(("date_deadline", "<", today))
        elif counter == "vn_home_due_soon_count":
            domain += [
                ("date_deadline", ">=", today),
                ("date_deadline", "<=", today + timedelta(days=DUE_SOON_DAYS)),
            ]
        elif counter in HOME_COUNTERS:
            models_ = HOME_COUNTERS[counter]
            if models_:
                domain.append(("res_model", "in", list(models_)))
            else:
                others = [m for ms in HOME_COUNTERS.values() if ms for m in ms]
                domain.append(("res_model", "not in", others))
        return domain

    def _vn_home_activities(self, counter=None):
        """My Decision to-dos on the records I may read (in any of my units)."""
        Activity = self._vn_home_env()["mail.activity"]
        activities = Activity.search(self._vn_home_activity_domain(counter))
        # a to-do counts only if its record is readable with my rights
        readable = Activity
        for model, acts in activities.grouped("res_model").items():
            if model not in self.env:
                continue
            records = self._vn_home_env()[model].browse(acts.mapped("res_id"))
            ids = set(records._filtered_access("read").ids)
            readable |= acts.filtered(lambda a, ids=ids: a.res_id in ids)
        return readable

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_vn_home(self):
        me = self.env.user
        names = [
            name for name in self._fields if name.startswith("vn_home_") and name.endswith("_count")
        ]
        values = dict.fromkeys(names, 0)
        values["vn_home_hidden_units"] = False
        if me in self:
            activities = self._vn_home_activities()
            today = fields.Date.context_today(self)
            values["vn_home_todo_count"] = len(activities)
            for counter, models_ in HOME_COUNTERS.items():
                if models_:
                    values[counter] = len(
                        activities.filtered(lambda a, m=models_: a.res_model in m)
                    )
            values["vn_home_other_count"] = values["vn_home_todo_count"] - sum(
                values[c] for c, m in HOME_COUNTERS.items() if m
            )
            values["vn_home_overdue_count"] = len(
                activities.filtered(lambda a: a.date_deadline < today)
            )
            soon = today + timedelta(days=DUE_SOON_DAYS)
            values["vn_home_due_soon_count"] = len(
                activities.filtered(lambda a: today <= a.date_deadline <= soon)
            )
            home = self._vn_home_env()
            values["vn_home_unread_count"] = sum(
                home[model].search_count(domain(self.env.uid))
                for model, domain in NEW_FOR_ME.values()
            )
            hidden = me.company_ids - self.env.companies
            if hidden:
                values["vn_home_hidden_units"] = ", ".join(hidden.mapped("name"))
        for user in self:
            user.update(
                values
                if user == me
                else dict(values, vn_home_hidden_units=False, **dict.fromkeys(names, 0))
            )

    # ------------------------------------------------------------------ actions
    def action_vn_home_open(self):
        """Open what a counter of My Work counts (``vn_counter`` in the context): the
        records themselves when they are of one kind, else the to-dos; in every unit
        of the user (the list's context ticks them all)."""
        self.ensure_one()
        if self != self.env.user:
            raise AccessError(_("This card is your own."))
        counter = self.env.context.get("vn_counter")
        context = {"allowed_company_ids": self.env.user.company_ids.ids, "create": False}
        if counter == "vn_home_unread_count":
            return self.with_context(vn_counter="vn_new_incoming_count").action_vn_open_new()
        if counter not in HOME_COUNTERS and counter not in (
            "vn_home_todo_count",
            "vn_home_overdue_count",
            "vn_home_due_soon_count",
        ):
            raise AccessError(_("Unknown counter."))
        activities = self._vn_home_activities(counter)
        title = self._fields[counter].get_description(self.env)["string"]
        models_ = set(activities.mapped("res_model"))
        if len(models_) == 1:
            model = models_.pop()
            # cards first on a phone (the web client's mobile_view_mode) when the model
            # has a kanban view; whether it has one is view metadata, read as the web
            # client's get_views reads it (no record of the model is read here)
            kanban = self.env["ir.ui.view"].sudo().default_view(model, "kanban")
            views = [(False, "list"), (False, "kanban"), (False, "form")]
            if not kanban:
                views.pop(1)
            return {
                "type": "ir.actions.act_window",
                "name": title,
                "res_model": model,
                "view_mode": ",".join(view for _id, view in views),
                "views": views,
                "domain": [("id", "in", activities.mapped("res_id"))],
                "context": context,
            }
        return {
            "type": "ir.actions.act_window",
            "name": title,
            "res_model": "mail.activity",
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": [("id", "in", activities.ids)],
            "context": context,
        }

    def action_vn_home_show_all_units(self):
        """The banner's button: tick every unit of the user in the company switcher
        (the web client reads them from the address) and come back to My Work."""
        self.ensure_one()
        if self != self.env.user:
            raise AccessError(_("This card is your own."))
        units = self.env.user.company_ids
        current = self.env.company if self.env.company in units else units[:1]
        ids = [current.id] + (units - current).ids
        return {
            "type": "ir.actions.act_url",
            "url": "/odoo/action-documents_vn_office.res_users_action_vn_home?cids="
            + "-".join(str(i) for i in ids),
            "target": "self",
        }

    @api.model
    def action_vn_home(self):
        """My Work: the home of every user of the suite (his ``action_id``)."""
        return {
            "type": "ir.actions.act_window",
            "name": _("My Work"),
            "res_model": "res.users",
            "view_mode": "kanban",
            "views": [
                (self.env.ref("documents_vn_office.res_users_view_kanban_vn_home").id, "kanban")
            ],
            "domain": [("id", "=", self.env.uid)],
            "context": {"create": False},
        }

    @api.model
    def _vn_set_home_action(self):
        """My Work becomes the home of the internal users who have none (install, demo)."""
        action = self.env.ref("documents_vn_office.res_users_action_vn_home")
        users = (
            self.sudo()
            .with_context(active_test=False)
            .search([("share", "=", False), ("action_id", "=", False), ("id", "!=", 1)])
        )
        users.write({"action_id": action.id})

    def _default_vn_home_action(self):
        """My Work is the home of every new account (a default, not a value the creator
        writes: a unit user administrator never sets home actions)."""
        action = self.env.ref(
            "documents_vn_office.res_users_action_vn_home", raise_if_not_found=False
        )
        return action.id if action else False

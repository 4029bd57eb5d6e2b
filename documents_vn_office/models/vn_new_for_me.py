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

import secrets

from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools.dates import vn_today

HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
STATES = [("draft", "Draft"), ("done", "Handed Over"), ("cancel", "Cancelled")]
OLD_ACCOUNT = [
    ("reduce", "Keep as Plain Employee"),
    ("archive", "Archive the Account"),
]


class VnAccountHandover(models.Model):
    """Account handover (bàn giao tài khoản, công văn 003 §2): when the person in
    charge changes, the unit takes the account back and changes its password before
    the new person works, and sends the assignment decision to the managing body.

    A persistent record with a confirm step (not a transient wizard): the record is the
    log of the handover (decision, who, when, what moved), kept for ever, and its one
    step goes through the suite's approval mechanism (``vn.workflow.mixin``: right
    checked on the server, review row, frozen once done)."""

    _name = "vn.account.handover"
    _description = "Account Handover"
    _inherit = ["vn.workflow.mixin"]
    _order = "date desc, id desc"

    _vn_wf_guarded_fields = ("done_by_id", "done_date", "moved_group_ids", "summary")
    _vn_wf_frozen = {"done": "__all__", "cancel": "__all__"}

    old_user_id = fields.Many2one(
        "res.users",
        string="Leaving Person",
        required=True,
        index=True,
        domain=[("share", "=", False)],
        context={"active_test": False},
    )
    new_user_id = fields.Many2one(
        "res.users",
        string="New Person",
        required=True,
        index=True,
        domain=[("share", "=", False)],
    )
    decision_ref = fields.Char(
        string="Assignment Decision",
        required=True,
        help="Number and notation of the decision assigning the new person, sent to the "
        "managing body (e.g. 15/QĐ-THCS).",
    )
    date = fields.Date(required=True, default=lambda self: vn_today(self))
    note = fields.Text()
    old_account = fields.Selection(
        OLD_ACCOUNT,
        string="Leaving Account",
        required=True,
        default="reduce",
        help="After the handover the leaving account is either archived (the person "
        "leaves the unit) or kept as a plain employee (the person stays, without the "
        "roles handed over).",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        compute="_compute_company_id",
        store=True,
        index=True,
        precompute=True,
    )
    state = fields.Selection(STATES, string="Status", default="draft", required=True, index=True)
    done_by_id = fields.Many2one("res.users", string="Handed Over by", readonly=True, copy=False)
    done_date = fields.Datetime(string="Handed Over on", readonly=True, copy=False)
    moved_group_ids = fields.Many2many(
        "res.groups",
        "vn_account_handover_group_rel",
        "handover_id",
        "group_id",
        string="Roles Handed Over",
        readonly=True,
        copy=False,
    )
    summary = fields.Text(string="What Was Handed Over", readonly=True, copy=False)

    @api.depends("old_user_id")
    def _compute_company_id(self):
        for handover in self:
            handover.company_id = handover.old_user_id.sudo().company_id

    @api.depends("old_user_id", "decision_ref")
    def _compute_display_name(self):
        for handover in self:
            handover.display_name = _(
                "Handover of %(user)s (%(decision)s)",
                user=handover.old_user_id.sudo().name or "",
                decision=handover.decision_ref or "",
            )

    # ------------------------------------------------------------------ rules
    @api.constrains("old_user_id", "new_user_id")
    def _check_users(self):
        for handover in self:
            old, new = handover.old_user_id.sudo(), handover.new_user_id.sudo()
            if old == new:
                raise ValidationError(_("An account cannot be handed over to itself."))
            if new.share or old.share:
                raise ValidationError(_("Only staff accounts are handed over."))
            if old.company_id not in new.company_ids:
                raise ValidationError(
                    _(
                        "%(new)s does not work in %(unit)s: an account is handed over only "
                        "to a person of the same unit.",
                        new=new.name,
                        unit=old.company_id.name,
                    )
                )

    def _vn_may_hand_over(self, user):
        """The unit head of the leaving person's unit or the managing body's HR office
        (a unit head role working in that unit), never the leaving or new person."""
        self.ensure_one()
        unit = self.sudo().company_id
        return bool(
            unit
            and user.has_group(HEAD)
            and unit in user.company_ids
            and user not in (self.sudo().old_user_id | self.sudo().new_user_id)
        )

    def _vn_check_may_hand_over(self):
        if self.env.su:
            return
        for handover in self:
            if not handover._vn_may_hand_over(self.env.user):
                raise AccessError(
                    _(
                        "Only the unit head of the leaving person's unit or the managing "
                        "body's HR office records an account handover, and never for his "
                        "own account."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._vn_check_may_hand_over()
        return records

    def write(self, vals):
        result = super().write(vals)
        self._vn_check_may_hand_over()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if not self.env.su:
            raise UserError(_("An account handover is kept as the log of the handover."))

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "confirm": {
                "label": _("Hand Over"),
                "sources": ("draft",),
                "target": "done",
                "deciders": "_vn_wf_handover_deciders",
                "stamp": {"done_by_id": "user", "done_date": "now"},
            },
            "cancel": {
                "label": _("Cancel"),
                "sources": ("draft",),
                "target": "cancel",
                "deciders": "_vn_wf_handover_deciders",
            },
        }

    def _vn_wf_company(self):
        return self.sudo().company_id

    def _vn_wf_handover_deciders(self):
        candidates = self._vn_wf_users(HEAD, self.sudo().company_id)
        return candidates.filtered(lambda user: self._vn_may_hand_over(user))

    def action_confirm(self):
        """Hands the account over: the roles, then what each module moves
        (``_vn_handover_items``), the password resets, the log and the notice."""
        for handover in self:
            handover._vn_wf_take("confirm")
            handover.sudo()._vn_handover_apply(self.env.user)
        return True

    def action_cancel(self):
        self._vn_wf_take("cancel")
        return True

    # ------------------------------------------------------------------ the handover
    def _vn_handover_groups(self, actor):
        """The roles of the leaving account that move: all but those every internal
        user has. Only roles the actor may give: the school-level roles, or roles he
        holds himself."""
        self.ensure_one()
        base_user = self.env.ref("base.group_user")
        old = self.old_user_id
        groups = old.groups_id - base_user - base_user.trans_implied_ids
        groups = groups.filtered(lambda g: not g.share)
        allowed = self.env["res.groups"]._vn_unit_allowed_groups(actor) | actor.groups_id
        if actor._is_superuser() or actor.has_group("base.group_erp_manager"):
            allowed = groups
        beyond = groups - allowed
        if beyond:
            raise UserError(
                _(
                    "%(user)s holds roles you may not hand over (%(roles)s): ask the "
                    "managing body's administrator.",
                    user=old.name,
                    roles=", ".join(beyond.mapped("full_name")),
                )
            )
        return groups

    def _vn_handover_items(self, old, new):
        """What moves besides the roles; each module adds its own. Returns lines of
        the summary. Here: the open to-dos and the followed records."""
        lines = []
        activities = self.env["mail.activity"].search([("user_id", "=", old.id)])
        if activities:
            activities.write({"user_id": new.id})
        lines.append(_("To-dos: %(count)s", count=len(activities)))
        models_ = self._vn_handover_followed_models()
        followers = self.env["mail.followers"].search(
            [("partner_id", "=", old.partner_id.id), ("res_model", "in", models_)]
        )
        moved = 0
        for follower in followers:
            exists = self.env["mail.followers"].search_count(
                [
                    ("res_model", "=", follower.res_model),
                    ("res_id", "=", follower.res_id),
                    ("partner_id", "=", new.partner_id.id),
                ]
            )
            if exists:
                follower.unlink()
            else:
                follower.write({"partner_id": new.partner_id.id})
            moved += 1
        lines.append(_("Followed documents: %(count)s", count=moved))
        return lines

    @api.model
    def _vn_handover_followed_models(self):
        """The suite's documents whose followers move with the account."""
        return ["vn.account.handover"]

    @api.model
    def _vn_scramble_password(self):
        """An unguessable password, of every class of characters."""
        return f"{secrets.token_urlsafe(24)}Aa9!"

    def _vn_handover_apply(self, actor):
        """As superuser, after the step's checks (``_vn_wf_take``)."""
        self.ensure_one()
        old, new = self.old_user_id, self.new_user_id
        groups = self._vn_handover_groups(actor)
        lines = [_("Roles: %(roles)s", roles=", ".join(groups.mapped("full_name")) or "-")]
        if groups:
            new.write({"groups_id": [(4, g.id) for g in groups]})
            old.write({"groups_id": [(3, g.id) for g in groups]})
        lines += self._vn_handover_items(old, new)
        # the account is taken back: its password is changed at once, and both people
        # choose a new one through Odoo's reset link
        for user in old | new:
            user.write({"password": self._vn_scramble_password()})
            user.partner_id.signup_prepare(signup_type="reset")
        try:
            (old | new).filtered("email").with_context(lang=new.lang)._action_reset_password()
        except UserError:
            lines.append(_("The reset e-mails could not be sent: give the links by hand."))
        if self.old_account == "archive":
            old.write({"active": False})
        labels = dict(self._fields["old_account"]._description_selection(self.env))
        lines.append(_("Leaving account: %(what)s", what=labels[self.old_account]))
        self.write({"moved_group_ids": [(6, 0, groups.ids)], "summary": "\n".join(lines)})
        self._vn_handover_notify()

    def _vn_handover_notify(self):
        """The managing body's HR office gets the handover and its decision."""
        body = self.company_id._vn_settings_company()
        partners = self._vn_wf_users(HR_OFFICE, body | self.company_id).partner_id
        body_html = Markup("<p>%s</p><p>%s</p>") % (
            _(
                "Account of %(old)s handed over to %(new)s under decision %(decision)s.",
                old=self.old_user_id.name,
                new=self.new_user_id.name,
                decision=self.decision_ref,
            ),
            self.summary or "",
        )
        self.message_post(
            body=body_html,
            partner_ids=partners.ids,
            subtype_xmlid="mail.mt_comment",
            message_type="comment",
        )

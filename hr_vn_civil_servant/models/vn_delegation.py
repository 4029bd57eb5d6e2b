from collections import defaultdict

from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools.dates import vn_today

RIGHTS = {
    "approve": "right_approve",
    "sign": "right_sign",
    "direct": "right_direct",
}


class VnDelegation(models.Model):
    """Ủy quyền: a leader gives his approving, directing and signing rights in a unit to
    a named person for a period, with the authorising document (giấy ủy quyền, quyết
    định). What the delegate does is recorded "on behalf of" the leader in the review
    history; the delegation ends by itself after its last day (and is archived by the
    daily job). The delegate can only ever do what the leader himself could do at that
    moment, never on a record he authored."""

    _name = "vn.delegation"
    _description = "Delegation of Authority"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]
    _order = "date_from desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    delegator_id = fields.Many2one(
        "res.users",
        string="Delegating Leader",
        required=True,
        index=True,
        default=lambda self: self.env.user,
        tracking=True,
    )
    delegate_id = fields.Many2one(
        "res.users",
        required=True,
        index=True,
        tracking=True,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
    )
    date_from = fields.Date(
        string="From", required=True, default=lambda self: vn_today(self), tracking=True
    )
    date_to = fields.Date(string="To", required=True, tracking=True)
    reference = fields.Char(
        string="Authorising Document",
        required=True,
        tracking=True,
        help="Number and date of the giấy ủy quyền or decision, e.g. 03/GUQ-THCSTL ngày 02/3/2026.",
    )
    right_approve = fields.Boolean(string="Approve", default=True, tracking=True)
    right_sign = fields.Boolean(string="Sign", default=True, tracking=True)
    right_direct = fields.Boolean(string="Direct", default=True, tracking=True)
    note = fields.Text(string="Notes")
    active = fields.Boolean(default=True, tracking=True)
    status = fields.Selection(
        [("planned", "Planned"), ("running", "In Force"), ("ended", "Ended")],
        compute="_compute_status",
    )

    @api.depends("delegator_id", "delegate_id")
    def _compute_name(self):
        for delegation in self:
            delegation.name = _(
                "%(delegator)s to %(delegate)s",
                delegator=delegation.delegator_id.name or "",
                delegate=delegation.delegate_id.name or "",
            )

    def _compute_status(self):
        today = vn_today(self)
        for delegation in self:
            if not delegation.active or (delegation.date_to and delegation.date_to < today):
                delegation.status = "ended"
            elif delegation.date_from and delegation.date_from > today:
                delegation.status = "planned"
            else:
                delegation.status = "running"

    @api.constrains("date_from", "date_to", "delegator_id", "delegate_id", "company_id")
    def _check_delegation(self):
        for delegation in self:
            if delegation.date_to < delegation.date_from:
                raise ValidationError(
                    _(
                        "The delegation ends (%(end)s) before it starts (%(start)s).",
                        end=delegation.date_to,
                        start=delegation.date_from,
                    )
                )
            if delegation.delegate_id == delegation.delegator_id:
                raise ValidationError(_("A leader cannot delegate his rights to himself."))
            for user in delegation.delegator_id | delegation.delegate_id:
                if delegation.company_id not in user.sudo().company_ids:
                    raise ValidationError(
                        _(
                            "%(user)s does not work in %(unit)s.",
                            user=user.name,
                            unit=delegation.company_id.name,
                        )
                    )

    @api.constrains("right_approve", "right_sign", "right_direct")
    def _check_rights(self):
        for delegation in self:
            if not (delegation.right_approve or delegation.right_sign or delegation.right_direct):
                raise ValidationError(_("Choose at least one right to delegate."))

    # ------------------------------------------------------------------ to-dos
    @api.model_create_multi
    def create(self, vals_list):
        delegations = super().create(vals_list)
        delegations._vn_refresh_todos()
        return delegations

    def write(self, vals):
        before = self.delegate_id | self.delegator_id
        result = super().write(vals)
        self._vn_refresh_todos(before)
        return result

    def _vn_refresh_todos(self, users=None):
        """The decisions waiting for the delegators follow the delegation: the delegate
        gets their to-dos while it is in force and loses them when it ends (the steps
        themselves check the delegation when they are taken)."""
        users = (users or self.env["res.users"]) | self.delegator_id | self.delegate_id
        todos = (
            self.env["mail.activity"]
            .sudo()
            .search([("user_id", "in", users.ids), ("vn_wf_transition", "!=", False)])
        )
        records = defaultdict(set)
        for todo in todos:
            records[todo.res_model].add(todo.res_id)
        env = self.env(user=SUPERUSER_ID)
        for model, ids in records.items():
            if model in env and hasattr(env[model], "_vn_wf_update_todos"):
                env[model].browse(ids).exists()._vn_wf_update_todos()

    # ------------------------------------------------------------------ lookup
    @api.model
    def _vn_running_domain(self, right, company):
        today = vn_today(self)
        return [
            (RIGHTS[right], "=", True),
            ("company_id", "=", company.id),
            ("date_from", "<=", today),
            ("date_to", ">=", today),
        ]

    @api.model
    def _vn_find(self, delegate, delegators, right, company):
        """The delegation in force today by which ``delegate`` holds ``right`` of one
        of ``delegators`` in ``company`` (empty if none)."""
        if not delegators or right not in RIGHTS:
            return self.browse()
        return self.sudo().search(
            [
                *self._vn_running_domain(right, company),
                ("delegate_id", "=", delegate.id),
                ("delegator_id", "in", delegators.ids),
            ],
            order="date_from desc, id desc",
            limit=1,
        )

    @api.model
    def _vn_delegates(self, delegators, right, company):
        """Users who hold ``right`` of one of ``delegators`` in ``company`` today."""
        if not delegators or right not in RIGHTS:
            return self.env["res.users"]
        return (
            self.sudo()
            .search(
                [
                    *self._vn_running_domain(right, company),
                    ("delegator_id", "in", delegators.ids),
                ]
            )
            .delegate_id
        )

    @api.model
    def _cron_end_delegations(self):
        """Daily: archive the delegations whose last day has passed; those starting
        today give their delegates the to-dos."""
        today = vn_today(self)
        ended = self.sudo().search([("date_to", "<", today)])
        ended.write({"active": False})
        self.sudo().search([("date_from", "=", today)])._vn_refresh_todos()
        return len(ended)

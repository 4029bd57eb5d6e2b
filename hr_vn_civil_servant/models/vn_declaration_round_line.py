from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

from ..tools.dates import vn_today

INTERNAL_FIELDS = {"state", "date_done", "reminded", "round_id", "employee_id"}


class VnDeclarationRoundLine(models.Model):
    """One person of a declaration round: pending, confirmed unchanged by himself, or
    declared (he submitted a change request within the round's period)."""

    _name = "vn.declaration.round.line"
    _description = "Declaration Round Line"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "round_id, company_id, employee_id"
    _rec_name = "employee_id"

    round_id = fields.Many2one(
        "vn.declaration.round", required=True, index=True, ondelete="cascade", readonly=True
    )
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, ondelete="cascade", readonly=True
    )
    company_id = fields.Many2one(
        "res.company", compute="_compute_employee_data", store=True, index=True, precompute=True
    )
    user_id = fields.Many2one(
        "res.users", compute="_compute_employee_data", store=True, index=True, precompute=True
    )
    state = fields.Selection(
        [("pending", "Pending"), ("confirmed", "Confirmed Unchanged"), ("declared", "Declared")],
        default="pending",
        required=True,
        index=True,
        readonly=True,
    )
    date_done = fields.Date(string="Done On", readonly=True)
    reminded = fields.Boolean(readonly=True)
    round_state = fields.Selection(related="round_id.state", string="Round State")
    date_end = fields.Date(related="round_id.date_end", store=True, index=True)

    _sql_constraints = [
        (
            "employee_round_uniq",
            "unique(round_id, employee_id)",
            "A person has one line per declaration round.",
        ),
    ]

    @api.depends("employee_id")
    def _compute_employee_data(self):
        for line in self:
            employee = line.employee_id.sudo()
            line.company_id = employee.company_id
            line.user_id = employee.user_id

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.context.get("vn_declaration_internal") and not self.env.su:
            raise AccessError(_("The lines of a declaration round are made when it opens."))
        return super().create(vals_list)

    def write(self, vals):
        if (
            INTERNAL_FIELDS & set(vals)
            and not self.env.context.get("vn_declaration_internal")
            and not self.env.su
        ):
            raise AccessError(
                _(
                    "The state of a declaration line changes only by the person's confirmation "
                    "or change request."
                )
            )
        return super().write(vals)

    def action_confirm(self):
        """The person himself confirms that his record is unchanged (open round only)."""
        for line in self:
            if line.user_id != self.env.user:
                raise AccessError(_("Only the person himself confirms his record."))
            if line.round_id.sudo().state != "open":
                raise UserError(_("The declaration round is not open."))
            if line.state != "pending":
                raise UserError(_("You have already answered this declaration round."))
        self.sudo().with_context(vn_declaration_internal=True).write(
            {"state": "confirmed", "date_done": vn_today(self)}
        )
        self.sudo().activity_ids.action_feedback()
        return True

    @api.model
    def _vn_mark_declared(self, employees, day):
        """The employees submitted a change request on ``day``: their pending or confirmed
        lines of the open rounds whose period covers the day become declared."""
        lines = self.sudo().search(
            [
                ("employee_id", "in", employees.ids),
                ("state", "!=", "declared"),
                ("round_id.state", "=", "open"),
                ("round_id.date_start", "<=", day),
                ("round_id.date_end", ">=", day),
            ]
        )
        lines.with_context(vn_declaration_internal=True).write(
            {"state": "declared", "date_done": day}
        )
        lines.activity_ids.action_feedback()

    @api.model
    def _vn_demo_confirm(self, round_id, user_id):
        """Demo data: the user confirms his line of the round, with every check."""
        line = self.sudo().search([("round_id", "=", round_id), ("user_id", "=", user_id)])
        return line.with_user(user_id).sudo(False).action_confirm()

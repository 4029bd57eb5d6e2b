from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError


class VnCadrePlanLine(models.Model):
    """One person planned for one leadership position in a cadre plan. Lines added or
    removed after the plan's decision come from a yearly review line (with its reason)."""

    _name = "vn.cadre.plan.line"
    _description = "Cadre Plan Line"
    _inherit = ["vn.value.limit.mixin"]
    _order = "plan_id, position_id, sequence, id"

    plan_id = fields.Many2one("vn.cadre.plan", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    position_id = fields.Many2one("vn.position", required=True, ondelete="restrict")
    employee_id = fields.Many2one("hr.employee", required=True, index=True, ondelete="restrict")
    state = fields.Selection(
        [("planned", "Planned"), ("removed", "Removed")],
        default="planned",
        required=True,
        index=True,
    )
    added_year = fields.Integer(string="Added In", aggregator=None)
    removed_year = fields.Integer(string="Removed In", aggregator=None)
    note = fields.Char()

    _sql_constraints = [
        (
            "person_uniq",
            "unique(plan_id, position_id, employee_id)",
            "This person is already planned for this position in the plan.",
        ),
    ]

    #: written by the yearly review lines only (with their reason)
    _vn_review_fields = frozenset({"state", "removed_year"})

    def write(self, vals):
        if not self.env.su and self._vn_review_fields & set(vals):
            raise UserError(
                _("A person leaves or comes back to a plan through a review line, with the reason.")
            )
        return super().write(vals)

    @api.constrains("employee_id", "plan_id")
    def _check_vn_unit(self):
        for line in self:
            plan_unit = line.plan_id.sudo().company_id
            employee = line.sudo().employee_id
            managed = plan_unit._vn_settings_company()._vn_managed_companies()
            if employee.company_id not in managed:
                raise ValidationError(
                    _(
                        "%(name)s works outside the units of %(body)s: he cannot be planned "
                        "in %(plan)s.",
                        name=employee.name,
                        body=plan_unit._vn_settings_company().name,
                        plan=line.plan_id.name,
                    )
                )

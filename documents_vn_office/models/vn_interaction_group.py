from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnInteractionGroup(models.Model):
    """A saved list of people and/or units (nhóm tương tác) to send notices to at
    once: owned by its creator, or shared with his unit."""

    _name = "vn.interaction.group"
    _description = "Interaction Group"
    _inherit = ["vn.value.limit.mixin"]
    _order = "name"

    name = fields.Char(required=True)
    owner_id = fields.Many2one("res.users", required=True, index=True, default=lambda s: s.env.user)
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    shared = fields.Boolean(
        string="Shared with the Unit", help="Everyone of the unit may use the group."
    )
    user_ids = fields.Many2many(
        "res.users", "vn_interaction_group_user_rel", "group_id", "user_id", string="People"
    )
    company_ids = fields.Many2many(
        "res.company", "vn_interaction_group_company_rel", "group_id", "company_id", string="Units"
    )
    department_ids = fields.Many2many(
        "hr.department",
        "vn_interaction_group_department_rel",
        "group_id",
        "department_id",
        string="Departments",
    )
    active = fields.Boolean(default=True)

    @api.constrains("owner_id")
    def _check_owner(self):
        if self.env.su:
            return
        for group in self:
            if group.owner_id != self.env.user:
                raise ValidationError(_("An interaction group belongs to whoever creates it."))

    @api.constrains("name", "user_ids", "company_ids", "department_ids")
    def _check_members(self):
        for group in self:
            if not (group.user_ids or group.company_ids or group.department_ids):
                raise ValidationError(_("An interaction group needs people, units or departments."))

from odoo import fields, models


class VnRolePreset(models.Model):
    """The roles of one job (Giáo viên, Văn thư, Hiệu trưởng, Phòng TCCB, Quản trị),
    given in one choice on the user form, in the unit's account list and in the new
    school wizard."""

    _name = "vn.role.preset"
    _description = "Role Preset"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    description = fields.Text(translate=True)
    group_ids = fields.Many2many(
        "res.groups",
        "vn_role_preset_group_rel",
        "preset_id",
        "group_id",
        string="Roles",
        help="The roles the preset gives (with what they imply).",
    )
    unit_grantable = fields.Boolean(
        string="School-level Roles Only",
        compute="_compute_unit_grantable",
        search="_search_unit_grantable",
        help="Every role of the preset is a school-level role: a unit user "
        "administrator may give it.",
    )

    def _compute_unit_grantable(self):
        allowed = self.env["res.groups"]._vn_unit_grantable_groups(self.env.user)
        for preset in self:
            preset.unit_grantable = not (preset.sudo().group_ids - allowed)

    def _search_unit_grantable(self, operator, value):
        allowed = self.env["res.groups"]._vn_unit_grantable_groups(self.env.user)
        presets = self.sudo().search([]).filtered(lambda p: not (p.group_ids - allowed))
        positive = (operator == "=") == bool(value)
        return [("id", "in" if positive else "not in", presets.ids)]

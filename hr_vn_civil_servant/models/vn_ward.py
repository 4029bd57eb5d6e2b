from odoo import api, fields, models


class VnWard(models.Model):
    """Commune-level unit (xã / phường / đặc khu) of the two-level local government
    in force from 01/07/2025."""

    _name = "vn.ward"
    _description = "Commune / Ward"
    _inherit = ["vn.value.limit.mixin"]
    _order = "province_id, name"

    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True, index="trigram")
    division_type = fields.Char()
    codename = fields.Char()
    province_id = fields.Many2one("vn.province", required=True, index=True, ondelete="restrict")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a commune / ward must be unique."),
    ]

    @api.depends("name", "province_id.name")
    def _compute_display_name(self):
        for ward in self:
            ward.display_name = (
                f"{ward.name}, {ward.province_id.name}" if ward.province_id else ward.name
            )

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnInteractionGroup(models.Model):
    """A saved group of units is a list of recipients of liên thông: it may name any
    unit of the system, and shows their names to whoever may use the group."""

    _name = "vn.interaction.group"
    _inherit = ["vn.interaction.group", "vn.unit.recipient.mixin"]

    _vn_unit_recipient_fields = ("company_ids",)
    # an archived unit stays named (and is refused on issue), and its "active" is not
    # read with the rights of a user who may not read the unit
    company_ids = fields.Many2many(context={"active_test": False})

    @api.constrains("name", "user_ids", "company_ids", "department_ids")
    def _check_members(self):
        for group in self:
            units = group._vn_recipient_units("company_ids")
            if not (group.user_ids or units or group.department_ids):
                raise ValidationError(_("An interaction group needs people, units or departments."))

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnPosition(models.Model):
    """How many people hold a leadership position of one unit at the same time: one
    principal, up to three vice-principals by the school's size (Điều lệ trường, e.g.
    Thông tư 32/2020/TT-BGDĐT Điều 11 for secondary schools) [R]. Appointments that would
    exceed it in the same unit and period are refused."""

    _inherit = "vn.position"

    max_holders = fields.Integer(
        string="Holders at a Time",
        default=1,
        help="People who may hold this position in one unit at the same time.",
    )
    appointing_level = fields.Selection(
        [("managing_body", "Head of the Managing Body"), ("unit", "Head of the Unit")],
        string="Appointed By",
        default="managing_body",
        required=True,
        help="Whose head approves appointments to the position: the managing body's "
        "(principals, vice-principals, heads of the office's divisions) or the unit's own "
        "(heads of the professional groups, Điều lệ trường).",
    )

    @api.constrains("max_holders")
    def _check_max_holders(self):
        for position in self:
            if not 1 <= position.max_holders <= 20:
                raise ValidationError(
                    _("The holders at a time of a position are between 1 and 20.")
                )

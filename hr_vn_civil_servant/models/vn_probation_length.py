from odoo import api, fields, models


class VnProbationLength(models.Model):
    """Legal length of probation (chế độ tập sự) by staff category and pay group, with
    its basis and validity: Nghị định 115/2020/NĐ-CP Điều 21 (viên chức) and Nghị định
    138/2020/NĐ-CP Điều 20 (công chức) [R]."""

    _name = "vn.probation.length"
    _description = "Probation Length"
    _inherit = ["vn.value.limit.mixin"]
    _order = "staff_category, months desc"

    staff_category = fields.Selection(
        [("civil_servant", "Civil Servant"), ("public_employee", "Public Employee")],
        required=True,
    )
    pay_group_ids = fields.Many2many("vn.pay.group", string="Pay Groups")
    months = fields.Integer(required=True)
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    legal_basis = fields.Char(required=True)

    @api.model
    def _vn_months_for(self, category, pay_group, day):
        """Months of probation for a recruit of ``category`` in ``pay_group`` recruited
        on ``day`` (0: no row, no probation)."""
        if not category or not pay_group or not day:
            return 0
        row = self.sudo().search(
            [
                ("staff_category", "=", category),
                ("pay_group_ids", "in", pay_group.ids),
                ("date_from", "<=", day),
                "|",
                ("date_to", "=", False),
                ("date_to", ">=", day),
            ],
            limit=1,
        )
        return row.months

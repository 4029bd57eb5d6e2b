from odoo import api, fields, models
from odoo.exceptions import ValidationError


class VnPayGroup(models.Model):
    """Pay group (loại ngạch) of the salary table for viên chức, Nghị định 204/2004/NĐ-CP
    Bảng 3, with its step coefficients and the period between two regular step raises
    (Thông tư 08/2013/TT-BNV Điều 2: 36 months for A0–A3, 24 months for B and C)."""

    _name = "vn.pay.group"
    _description = "Pay Group"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, code"

    sequence = fields.Integer(default=10)
    code = fields.Char(required=True, index=True, help="E.g. A1, A2.1, B.")
    name = fields.Char(required=True)
    step_months = fields.Integer(
        string="Months per Step",
        required=True,
        default=36,
        help="Months between two regular step raises and before the first over-ceiling "
        "seniority allowance (Thông tư 08/2013/TT-BNV, Thông tư 04/2005/TT-BNV).",
    )
    step_ids = fields.One2many("vn.pay.group.step", "pay_group_id", string="Steps")
    step_count = fields.Integer(string="Number of Steps", compute="_compute_step_count", store=True)
    legal_basis = fields.Char()
    is_placeholder = fields.Boolean(
        string="Placeholder",
        help="The coefficients could not be verified against the legal text: check them "
        "before relying on them.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a pay group must be unique."),
    ]

    @api.depends("step_ids.step")
    def _compute_step_count(self):
        for group in self:
            group.step_count = max(group.step_ids.mapped("step") or [0])

    def _coefficient(self, step):
        """Coefficient of ``step`` in this pay group (0.0 if the step does not exist)."""
        self.ensure_one()
        line = self.step_ids.filtered(lambda s: s.step == step)[:1]
        return line.coefficient if line else 0.0

    @api.constrains("step_months")
    def _check_step_months(self):
        for group in self:
            if not 1 <= group.step_months <= 120:
                raise ValidationError(
                    self.env._("The months per step of a pay group are between 1 and 120.")
                )

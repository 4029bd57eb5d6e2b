from odoo import api, fields, models
from odoo.exceptions import ValidationError


class VnPosition(models.Model):
    """Leadership position (chức vụ) and its position-allowance coefficient (hệ số phụ cấp
    chức vụ lãnh đạo), Nghị định 204/2004/NĐ-CP and Thông tư 33/2005/TT-BGDĐT."""

    _name = "vn.position"
    _description = "Position"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, name"

    sequence = fields.Integer(default=10)
    code = fields.Char(index=True)
    name = fields.Char(required=True, index="trigram")
    allowance_coefficient = fields.Float(
        string="Default Allowance Coefficient",
        digits=(4, 2),
        help="Hệ số phụ cấp chức vụ, multiplied by the base salary: used only on a date "
        "for which no dated value of the position's table applies.",
    )
    allowance_column = fields.Selection(
        [
            ("single", "Same for every unit"),
            ("region", "By region (Hà Nội / TP. Hồ Chí Minh or other provinces)"),
            ("school_class", "By school class"),
        ],
        string="Allowance Table",
        required=True,
        default="single",
        help="Which column of the dated values applies to a unit: the unit's region "
        "(Nghị định 204/2004/NĐ-CP, Bảng phụ cấp chức vụ lãnh đạo) or the school's class "
        "(Thông tư 33/2005/TT-BGDĐT).",
    )
    allowance_value_ids = fields.One2many(
        "vn.position.allowance", "position_id", string="Dated Allowance Values"
    )
    legal_basis = fields.Char()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a position must be unique."),
    ]

    @api.constrains("allowance_coefficient")
    def _check_allowance_coefficient(self):
        for position in self:
            if not 0 <= position.allowance_coefficient <= 10:
                raise ValidationError(
                    self.env._("A position allowance coefficient is between 0 and 10.")
                )

    @api.constrains("allowance_column")
    def _check_allowance_column_rows(self):
        """Changing the table of a position keeps its dated values consistent."""
        self.allowance_value_ids._check_column()

    def _vn_allowance_column_of(self, unit):
        """Column of the allowance table that applies to ``unit`` (a res.company), or
        False when the unit lacks the class the table needs."""
        self.ensure_one()
        if self.allowance_column == "region":
            return (unit and unit.vn_allowance_region) or "other_province"
        if self.allowance_column == "school_class":
            return unit.vn_school_class and f"class_{unit.vn_school_class}"
        return "all"

    def _vn_allowance_on(self, unit, day):
        """(coefficient, dated row, placeholder) of the position allowance of this
        position in ``unit`` on ``day``.

        Nghị định 204/2004/NĐ-CP Điều 6 and its Bảng phụ cấp chức vụ lãnh đạo, as amended
        by Nghị định 07/2026/NĐ-CP (khoản 8a Mục I, applied from 01/01/2026: trưởng phòng
        chuyên môn thuộc UBND xã 0.35 in a xã/phường of Hà Nội or TP. Hồ Chí Minh, 0.25 in
        the other provinces); for schools Thông tư 33/2005/TT-BGDĐT, by the school's class
        (hạng I/II/III). The row of the unit's column valid on ``day`` gives the value;
        without one the default coefficient of the position is used, flagged as a
        placeholder when the position has a dated table (e.g. a school without a class).
        """
        if not self:
            return 0.0, self.env["vn.position.allowance"], False
        self.ensure_one()
        column = self._vn_allowance_column_of(unit)
        rows = self.allowance_value_ids.filtered(
            lambda r: (
                r.column == column and r.date_from <= day and (not r.date_to or r.date_to >= day)
            )
        )
        row = rows.sorted("date_from", reverse=True)[:1]
        if row:
            return row.coefficient, row, row.is_placeholder
        return self.allowance_coefficient, row, bool(self.allowance_value_ids)

    def _vn_allowance_coefficient_on(self, unit, day):
        """Coefficient of :meth:`_vn_allowance_on` (0.0 without a position)."""
        if not self:
            return 0.0
        return self._vn_allowance_on(unit, day)[0]

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .hr_employee import VN_MIN_DATE

#: Columns of the position-allowance tables. The NĐ 204/2004 table of leadership
#: allowances ("Bảng phụ cấp chức vụ lãnh đạo") has, for local bodies, one column for
#: Hà Nội and TP. Hồ Chí Minh and one for the other provinces; the TT 33/2005/TT-BGDĐT
#: table of schools has one column per school class (hạng I, II, III).
ALLOWANCE_COLUMNS = [
    ("all", "Every unit"),
    ("hn_hcm", "Hà Nội / TP. Hồ Chí Minh"),
    ("other_province", "Other provinces"),
    ("class_1", "School class I"),
    ("class_2", "School class II"),
    ("class_3", "School class III"),
]

#: Which columns each kind of table (vn.position.allowance_column) uses.
COLUMNS_OF_KIND = {
    "single": ("all",),
    "region": ("hn_hcm", "other_province"),
    "school_class": ("class_1", "class_2", "class_3"),
}


class VnPositionAllowance(models.Model):
    """Dated position-allowance coefficient of a position for one column of the table:
    a region (NĐ 204/2004/NĐ-CP, Bảng phụ cấp chức vụ lãnh đạo, amended by NĐ 07/2026/NĐ-CP
    khoản 8a Mục I from 01/01/2026) or a school class (TT 33/2005/TT-BGDĐT). A changed
    value is a new row: the old row keeps its validity dates, so a salary line dated 2025
    still reads the 2025 value."""

    _name = "vn.position.allowance"
    _description = "Position Allowance Value"
    _inherit = ["vn.value.limit.mixin"]
    _order = "position_id, column, date_from desc"
    _rec_name = "position_id"

    position_id = fields.Many2one("vn.position", required=True, ondelete="cascade", index=True)
    column = fields.Selection(
        ALLOWANCE_COLUMNS,
        required=True,
        default="all",
        index=True,
        help="Column of the allowance table: the unit's region (Hà Nội / TP. Hồ Chí Minh "
        "or other provinces) or the school's class.",
    )
    coefficient = fields.Float(string="Allowance Coefficient", required=True, digits=(4, 2))
    date_from = fields.Date(string="Valid From", required=True, index=True)
    date_to = fields.Date(string="Valid Until", index=True, help="Empty: still in force.")
    legal_basis = fields.Char(required=True)
    is_placeholder = fields.Boolean(
        string="Placeholder",
        help="The value could not be verified against the legal text: check it against "
        "the unit's decision before relying on it.",
    )
    note = fields.Char()

    @api.constrains("coefficient", "date_from", "date_to")
    def _check_values(self):
        for row in self:
            if not 0 <= row.coefficient <= 10:
                raise ValidationError(
                    self.env._("A position allowance coefficient is between 0 and 10.")
                )
            if row.date_from < VN_MIN_DATE:
                raise ValidationError(
                    self.env._("A position allowance cannot be valid before 1900.")
                )
            if row.date_to and row.date_to < row.date_from:
                raise ValidationError(
                    self.env._("The end of validity of an allowance is before its start.")
                )

    @api.constrains("position_id", "column")
    def _check_column(self):
        labels = dict(self._fields["column"]._description_selection(self.env))
        for row in self:
            kind = row.position_id.allowance_column or "single"
            if row.column not in COLUMNS_OF_KIND[kind]:
                raise ValidationError(
                    self.env._(
                        "The column %(column)s does not belong to the allowance table of "
                        "%(position)s.",
                        column=labels.get(row.column, row.column),
                        position=row.position_id.display_name,
                    )
                )

    @api.constrains("position_id", "column", "date_from", "date_to")
    def _check_overlap(self):
        """Two values of the same position and column cannot be valid on the same day
        (one grouped search for all the rows checked)."""
        if not self:
            return
        others = self.sudo().search(
            [
                ("position_id", "in", self.position_id.ids),
                ("column", "in", list(set(self.mapped("column")))),
            ]
        )
        labels = dict(self._fields["column"]._description_selection(self.env))
        for row in self:
            end = row.date_to or fields.Date.to_date("9999-12-31")
            for other in others:
                if (
                    other == row
                    or other.position_id != row.position_id
                    or other.column != row.column
                ):
                    continue
                other_end = other.date_to or fields.Date.to_date("9999-12-31")
                if other.date_from <= end and row.date_from <= other_end:
                    raise ValidationError(
                        self.env._(
                            "The allowance of %(position)s (%(column)s) from %(start)s "
                            "overlaps the value valid from %(other)s: close the old value "
                            "the day before the new one starts.",
                            position=row.position_id.display_name,
                            column=labels.get(row.column, row.column),
                            start=row.date_from.strftime("%d/%m/%Y"),
                            other=other.date_from.strftime("%d/%m/%Y"),
                        )
                    )

from odoo import api, fields, models


class ResCompany(models.Model):
    """A unit (đơn vị): a managing body (Sở GD&ĐT, the commune's Phòng Văn hóa - Xã hội)
    or a school. A school's managing body is its ``parent_id`` (Odoo branches)."""

    _inherit = "res.company"

    vn_short_name = fields.Char(
        string="Short Name",
        help="Abbreviation of the unit used in document notations, e.g. MN1 in 05/QĐ-MN1 "
        "(Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).",
    )
    vn_unit_code = fields.Char(
        string="Unit Code",
        index=True,
        help="Code of the unit in the education sector database or the budget-relation code.",
    )
    vn_school_level = fields.Selection(
        [
            ("preschool", "Preschool"),
            ("primary", "Primary School"),
            ("lower_secondary", "Lower Secondary School"),
            ("upper_secondary", "Upper Secondary School"),
            ("other", "Other / Managing Body"),
        ],
        string="School Level",
        default="other",
    )
    vn_superior_name = fields.Char(
        string="Governing Body",
        help="Name of the governing body printed above the unit's name in the two-line "
        "header of documents (cơ quan chủ quản), when it is not the parent unit, "
        "e.g. ỦY BAN NHÂN DÂN TỈNH for a Sở.",
    )
    vn_header_superior = fields.Char(
        string="Header: Governing Body",
        compute="_compute_vn_header_superior",
        help="First line of the agency block: the governing body's name.",
    )

    vn_records_locked = fields.Boolean(
        string="Records Locked",
        copy=False,
        help="While locked (e.g. for the yearly data closing on 12/12), employees and "
        "records officers of the unit can neither change records nor submit requests.",
    )

    _sql_constraints = [
        (
            "vn_short_name_uniq",
            "unique(vn_short_name)",
            "The short name of a unit must be unique.",
        ),
    ]

    @api.depends("vn_superior_name", "parent_id.name")
    def _compute_vn_header_superior(self):
        for company in self:
            company.vn_header_superior = company.vn_superior_name or company.parent_id.name or ""

    def _vn_managed_companies(self):
        """The unit itself and every unit under it (a managing body and its schools)."""
        return self.env["res.company"].search([("id", "child_of", self.ids)])

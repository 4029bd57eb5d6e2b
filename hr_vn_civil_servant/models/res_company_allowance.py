from odoo import api, fields, models


class ResCompanyAllowance(models.Model):
    """The unit's columns of the position-allowance tables: its region (from its province,
    Nghị định 204/2004/NĐ-CP Bảng phụ cấp chức vụ lãnh đạo as amended by Nghị định
    07/2026/NĐ-CP) and, for a school, its class (hạng trường, Thông tư 33/2005/TT-BGDĐT)."""

    _inherit = ["res.company"]

    vn_province_id = fields.Many2one(
        "vn.province",
        string="Province",
        help="Province of the unit (a school without one takes its managing body's region).",
    )
    vn_allowance_region = fields.Selection(
        [("hn_hcm", "Hà Nội / TP. Hồ Chí Minh"), ("other_province", "Other provinces")],
        string="Allowance Region",
        compute="_compute_vn_allowance_region",
        store=True,
        readonly=False,
        recursive=True,
        help="Column of the position-allowance table: derived from the unit's province "
        "(or its managing body's), and may be set by hand.",
    )
    vn_school_class = fields.Selection(
        [("1", "Class I"), ("2", "Class II"), ("3", "Class III")],
        string="School Class",
        help="Hạng trường by number of classes and region (Thông tư 33/2005/TT-BGDĐT): "
        "selects the column of the school leaders' allowance table.",
    )

    @api.depends("vn_province_id.vn_allowance_region", "parent_id.vn_allowance_region")
    def _compute_vn_allowance_region(self):
        for company in self:
            company.vn_allowance_region = (
                company.vn_province_id.vn_allowance_region
                or company.parent_id.vn_allowance_region
                or company.vn_allowance_region
                or "other_province"
            )

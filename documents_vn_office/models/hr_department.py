from odoo import fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    vn_short_name = fields.Char(
        string="Short Name",
        help="Abbreviation of the drafting group in the notation of a công văn, e.g. VP in "
        "12/THCSTL-VP (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).",
    )

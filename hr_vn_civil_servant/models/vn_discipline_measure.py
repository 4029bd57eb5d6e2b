from odoo import fields, models

from .vn_discipline import DISCIPLINE_MEASURES

#: Staff categories of hr.employee (vn_staff_category) a measure applies to.
STAFF_CATEGORIES = [
    ("cadre", "Cadre"),
    ("civil_servant", "Civil Servant"),
    ("public_employee", "Public Employee"),
    ("contract_worker", "Contract Worker"),
]


class VnDisciplineMeasure(models.Model):
    """Disciplinary measure (hình thức kỷ luật) of one staff category under one text, with
    its validity dates: e.g. viên chức under Nghị định 234/2026/NĐ-CP Điều 7 (from
    01/7/2026: khiển trách, cảnh cáo, cách chức for managers, buộc thôi việc), công chức
    under Nghị định 172/2025/NĐ-CP (from 01/7/2025, same four). The line (vn.discipline)
    keeps the measure's ``code``, so that old lines stay readable when a text ends."""

    _name = "vn.discipline.measure"
    _description = "Disciplinary Measure Type"
    _inherit = ["vn.value.limit.mixin"]
    _order = "staff_category, date_from desc, sequence, id"

    name = fields.Char(required=True)
    code = fields.Selection(DISCIPLINE_MEASURES, required=True, index=True)
    sequence = fields.Integer(default=10)
    staff_category = fields.Selection(STAFF_CATEGORIES, required=True, index=True)
    managers_only = fields.Boolean(
        help="Applies to staff holding a management position only (cách chức)."
    )
    legal_basis = fields.Char(required=True)
    date_from = fields.Date(string="Valid From", help="Empty: in force before the first text.")
    date_to = fields.Date(string="Valid To")
    is_placeholder = fields.Boolean(
        string="Unverified",
        help="The text of the article was not seen in an official source: check the row.",
    )
    active = fields.Boolean(default=True)

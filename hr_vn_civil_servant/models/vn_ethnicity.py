from odoo import fields, models


class VnEthnicity(models.Model):
    """Ethnic group (dân tộc), Mẫu 2C-BNV/2008 mục 6. The 54 groups and their codes come
    from Quyết định 121-TCTK/PPCĐ (02/03/1979) of the General Statistics Office."""

    _name = "vn.ethnicity"
    _description = "Ethnic Group"
    _inherit = ["vn.value.limit.mixin"]
    _order = "code, id"

    code = fields.Char(required=True, index=True, help="Code per Quyết định 121-TCTK/PPCĐ.")
    name = fields.Char(required=True, index="trigram")
    other_names = fields.Char(help="Other names and local groups of the ethnic group.")
    is_minority = fields.Boolean(
        string="Ethnic Minority",
        default=True,
        index=True,
        help="Dân tộc thiểu số (Nghị định 05/2011/NĐ-CP Điều 4 khoản 2): every group but the "
        'majority group (Kinh). The statistics column "Dân tộc ít người" counts this field.',
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of an ethnic group must be unique."),
    ]

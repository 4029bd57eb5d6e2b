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
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of an ethnic group must be unique."),
    ]

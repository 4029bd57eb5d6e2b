from odoo import api, fields, models


class VnFamilyMember(models.Model):
    """Family relation (quan hệ gia đình), Mẫu 2C-BNV/2008 item 30: a) own side,
    b) spouse's side."""

    _name = "vn.family.member"
    _description = "Family Member"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, side desc, sequence, id"

    sequence = fields.Integer(default=10)
    side = fields.Selection(
        [("self", "Own Side"), ("spouse", "Spouse's Side")], required=True, default="self"
    )
    relation = fields.Selection(
        [
            ("father", "Father"),
            ("mother", "Mother"),
            ("spouse", "Spouse"),
            ("child", "Child"),
            ("sibling", "Brother / Sister"),
        ],
        required=True,
    )
    name = fields.Char(string="Full Name", required=True)
    birth_year = fields.Integer()
    details = fields.Text(
        help="Hometown, occupation, position, place of work or study, residence (in Vietnam "
        "or abroad), membership of political and social organisations.",
    )

    @api.constrains("birth_year")
    def _check_birth_year(self):
        self._vn_check_year("birth_year", optional=True, ahead=0)

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class VnSchoolSection(models.Model):
    """A section of a school's work (bộ phận: kế toán, y tế học đường, thư viện,
    thiết bị...), whose staff in charge upload the section's records (e-record rules of
    the school, Điều 8; Thông tư 52/2020/TT-BGDĐT Điều 21.1.đ for the accounts). Kept
    by the principal or the records team."""

    _name = "vn.school.section"
    _description = "School Section"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]
    _order = "company_id, name"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company",
        string="School",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    member_ids = fields.Many2many(
        "hr.employee",
        string="Staff in Charge",
        check_company=True,
        help="Staff who upload the section's records.",
    )
    user_ids = fields.Many2many(
        "res.users",
        string="Users in Charge",
        compute="_compute_user_ids",
        store=True,
        relation="vn_school_section_res_users_rel",
    )
    vice_principal_user_id = fields.Many2one(
        "res.users",
        string="Vice-Principal in Charge",
        tracking=True,
        help="Reviews the section's records when their kind is reviewed by the "
        "vice-principal in charge.",
    )
    active = fields.Boolean(default=True)

    @api.depends("member_ids.user_id")
    def _compute_user_ids(self):
        for rec in self:
            rec.user_ids = rec.member_ids.user_id

    @api.constrains("vice_principal_user_id", "company_id")
    def _check_vice_principal(self):
        for rec in self:
            vice = rec.vice_principal_user_id
            if vice and rec.company_id not in vice.company_ids:
                raise ValidationError(
                    self.env._("The vice-principal in charge must work at the school.")
                )

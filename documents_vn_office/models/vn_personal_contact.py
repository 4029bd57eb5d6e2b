from odoo import fields, models


class VnPersonalContact(models.Model):
    """A personal contact (danh bạ cá nhân) kept by one user for himself. A small model
    rather than ``res.partner`` with an owner rule: partners are shared by the chatter,
    the documents' issuers and recipients and the calendar, and a rule hiding some of
    them would break those; a personal contact never appears anywhere else."""

    _name = "vn.personal.contact"
    _description = "Personal Contact"
    _inherit = ["vn.value.limit.mixin"]
    _order = "name, id"

    user_id = fields.Many2one(
        "res.users",
        string="Owner",
        required=True,
        index=True,
        default=lambda self: self.env.user,
        ondelete="cascade",
    )
    name = fields.Char(required=True)
    organization = fields.Char(string="Organisation")
    function = fields.Char(string="Position")
    phone = fields.Char()
    email = fields.Char()
    note = fields.Text(string="Notes")

from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    vn_is_issuing_body = fields.Boolean(
        string="Issuing Body",
        index=True,
        help="An agency that sends official documents to our units (cơ quan ban hành), "
        "proposed as author when an incoming document is registered.",
    )

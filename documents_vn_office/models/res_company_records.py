from odoo import fields, models


class ResCompany(models.Model):
    """Professional records settings of a school (page *Unit* of the company form)."""

    _inherit = "res.company"

    vn_vice_principal_ids = fields.Many2many(
        "res.users",
        "res_company_vn_vice_principal_rel",
        "company_id",
        "user_id",
        string="Vice-Principals",
        help="Phó hiệu trưởng: lock and unlock periods, sign off records of what they are "
        "in charge of.",
    )
    vn_records_vice_principal_id = fields.Many2one(
        "res.users",
        string="Vice-Principal in Charge of Records",
        help="Reviews the records reviewed by the vice-principal in charge when their group "
        "or section names none.",
    )
    vn_record_reminder_days = fields.Integer(
        string="Remind Days Before Due Date",
        default=2,
        help="The submitter gets a reminder this many days before a record is due.",
    )

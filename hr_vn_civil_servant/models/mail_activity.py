from odoo import fields, models


class MailActivity(models.Model):
    _inherit = "mail.activity"

    vn_wf_transition = fields.Char(
        string="Workflow Step",
        index="btree_not_null",
        help="Technical: the step of vn.workflow.mixin this Decision to-do asks for; the "
        "mechanism closes it when the step is taken or no longer possible.",
    )

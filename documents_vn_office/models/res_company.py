from odoo import fields, models


class ResCompany(models.Model):
    """Correspondence choices of a unit, decided by its head and set by an administrator
    (company form, page *Unit*)."""

    _inherit = "res.company"

    vn_content_check_by = fields.Selection(
        [
            ("group_head_or_leader", "Head of the Drafting Group or a Leader"),
            ("leader", "Leader Only"),
        ],
        string="Content of Outgoing Drafts Checked By",
        required=True,
        default="group_head_or_leader",
        help="Who checks the content of an outgoing draft (Nghị định 30/2020/NĐ-CP, Điều "
        "12): the head of the drafting group (its department manager) or a leader, or only "
        "a leader of the unit.",
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

from odoo import fields, models


class VnNoticeRecipient(models.Model):
    """One person a notice was sent to, and when he opened it. Written once when the
    notice is sent (one batched insert for all recipients); the read date is set when
    the recipient opens the notice. A recipient reads his own row; the sender and the
    leaders of the sending unit read every row of the notice; nobody writes them."""

    _name = "vn.notice.recipient"
    _description = "Notice Recipient"
    _inherit = ["vn.value.limit.mixin"]
    _order = "read_date desc nulls last, id"
    _rec_name = "user_id"

    notice_id = fields.Many2one("vn.notice", required=True, ondelete="cascade", index=True)
    user_id = fields.Many2one("res.users", string="Recipient", required=True, index=True)
    company_id = fields.Many2one(
        "res.company", string="Unit of the Notice", required=True, index=True
    )
    read_date = fields.Datetime(string="Read On", index=True)

    _sql_constraints = [
        ("notice_user_uniq", "unique(notice_id, user_id)", "A person receives a notice once."),
    ]

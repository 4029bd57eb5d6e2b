from odoo import _, api, fields, models
from odoo.exceptions import UserError


class VnRecordLockLog(models.Model):
    """Who locked or unlocked the records of a unit, when and why. Written only by
    the lock/unlock actions; nobody can change or delete a row."""

    _name = "vn.record.lock.log"
    _description = "Record Lock Log"
    _inherit = ["vn.value.limit.mixin"]
    _order = "date desc, id desc"

    company_id = fields.Many2one("res.company", string="Unit", required=True, index=True)
    action = fields.Selection([("lock", "Locked"), ("unlock", "Unlocked")], required=True)
    user_id = fields.Many2one(
        "res.users", string="By", required=True, default=lambda self: self.env.user
    )
    date = fields.Datetime(required=True, default=fields.Datetime.now)
    reason = fields.Text()

    def write(self, vals):
        if not self.env.su:
            raise UserError(_("The lock log cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_log(self):
        if not self.env.su:
            raise UserError(_("The lock log cannot be deleted."))

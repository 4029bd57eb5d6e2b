from odoo import api, models

from .auditlog_log import vn_refuse_log_change


class AuditlogLogLine(models.Model):
    _inherit = "auditlog.log.line"

    @api.model_create_multi
    def create(self, vals_list):
        vn_refuse_log_change(self)
        return super().create(vals_list)

    def write(self, vals):
        vn_refuse_log_change(self)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        vn_refuse_log_change(self)

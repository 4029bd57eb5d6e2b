from odoo import api, models

from .auditlog_log import vn_refuse_log_change


class AuditlogLogLine(models.Model):
    _inherit = "auditlog.log.line"

    @api.model_create_multi
    def create(self, vals_list):
        vn_refuse_log_change(self)
        # auditlog reads the name and label of each line's field one by one: one query
        # for all of them (the cache serves its reads)
        field_ids = {vals["field_id"] for vals in vals_list if vals.get("field_id")}
        if len(field_ids) > 1:
            self.env["ir.model.fields"].sudo().browse(field_ids).fetch(
                ["name", "field_description"]
            )
        return super().create(vals_list)

    def write(self, vals):
        vn_refuse_log_change(self)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        vn_refuse_log_change(self)

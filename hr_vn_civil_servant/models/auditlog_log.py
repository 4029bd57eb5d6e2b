import contextlib

from odoo import _, api, fields, models, tools
from odoo.exceptions import AccessError, MissingError


def vn_refuse_log_change(records):
    """The audit trail is written by the audit rules only (as the superuser) and is never
    changed or deleted, by anyone, on any channel."""
    if not records.env.su:
        raise AccessError(_("The audit trail is read-only: its entries cannot be changed."))


class AuditlogLog(models.Model):
    _inherit = "auditlog.log"

    vn_company_id = fields.Many2one(
        "res.company",
        string="Unit",
        index=True,
        readonly=True,
        help="Unit of the changed record: the HR office reads the entries of its units.",
    )

    def init(self):
        """The History button and the search by record read (model, record id)."""
        tools.create_index(
            self.env.cr, "auditlog_log_vn_model_res_index", self._table, ["model_id", "res_id"]
        )

    @api.model_create_multi
    def create(self, vals_list):
        vn_refuse_log_change(self)
        for vals in vals_list:
            if vals.get("vn_company_id") or not vals.get("model_id") or not vals.get("res_id"):
                continue
            model = self.env["ir.model"].sudo().browse(vals["model_id"]).model
            if model not in self.env:
                continue
            record = self.env[model].sudo().with_context(active_test=False).browse(vals["res_id"])
            field = record._fields.get("company_id")
            if field and field.type == "many2one":
                # the unit is in the cache after the logged write; a record gone already
                # has no unit to give (no exists() query for the others)
                with contextlib.suppress(MissingError):
                    vals["vn_company_id"] = record.company_id.id
        return super().create(vals_list)

    def write(self, vals):
        vn_refuse_log_change(self)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        vn_refuse_log_change(self)

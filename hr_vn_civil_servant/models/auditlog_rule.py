from odoo import _, api, models

#: who reads the audit trail of the personnel records and documents
HISTORY_GROUPS = ("hr_vn_civil_servant.group_hr_office", "hr_vn_civil_servant.group_admin")


class AuditlogRule(models.Model):
    _inherit = "auditlog.rule"

    @api.model
    def _vn_audit_models(self, model_names):
        """Log every create, write and delete of ``model_names`` with the old and the new
        values (one auditlog rule per model, subscribed once), and give their forms a
        "History" action for the HR office and the administrators. Called by data."""
        groups = [self.env.ref(xmlid).id for xmlid in HISTORY_GROUPS]
        for name in model_names:
            model = self.env["ir.model"]._get(name)
            if not model:
                continue
            rule = self.with_context(active_test=False).search([("model_id", "=", model.id)])
            if not rule:
                rule = self.create(
                    {
                        "name": model.name,
                        "model_id": model.id,
                        "log_type": "full",
                        "log_create": True,
                        "log_write": True,
                        "log_unlink": True,
                        "log_read": False,
                        "log_export_data": False,
                        "capture_record": True,
                    }
                )
            if rule.state != "subscribed":
                rule.subscribe()
            rule.action_id.sudo().write({"name": _("History"), "groups_id": [(6, 0, groups)]})
        return True

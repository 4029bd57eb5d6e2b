from odoo import _, api, models

#: who reads the audit trail of the personnel records and documents
HISTORY_GROUPS = ("hr_vn_civil_servant.group_hr_office", "hr_vn_civil_servant.group_admin")


class AuditlogRule(models.Model):
    _inherit = "auditlog.rule"

    @api.model
    def get_auditlog_fields(self, model):
        """The fields whose old and new values are logged: auditlog's stored fields, but
        no one2many (the lines are audited as records of their own: history lines,
        change request lines), no file or image (their content is not a value to read in
        a log) and none of the chatter's. Reading those twice made every write of a
        personnel record about a hundred times slower."""
        names = super().get_auditlog_fields(model)
        return [
            name
            for name in names
            if model._fields[name].type not in ("one2many", "binary", "image")
            and not name.startswith(("message_", "activity_", "website_message"))
        ]

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

from odoo import _, api, models

from odoo.addons.auditlog.models.rule import FIELDS_BLACKLIST

#: who reads the audit trail of the personnel records and documents
HISTORY_GROUPS = ("hr_vn_civil_servant.group_hr_office", "hr_vn_civil_servant.group_admin")
#: key of the cursor cache: values written by SQL before the ORM write that logs them
SQL_WRITTEN = "vn_audit_sql_written"


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
            # never a line of the log (auditlog's own blacklist: the log has its user
            # and date): reading them before and after each write cost four queries
            and name not in FIELDS_BLACKLIST
        ]

    @api.model
    def _vn_audit_sql_written(self, record, fname, before, after):
        """``record.fname`` was changed from ``before`` to ``after`` by SQL (the
        numbering service writes the number under the register's unique index, before
        the step's ORM write): the log of that ORM write shows ``before`` as the old
        value, not the value the SQL already put in the row."""
        written = self.env.cr.cache.setdefault(SQL_WRITTEN, {})
        written.setdefault((record._name, record.id), {})[fname] = (before, after)

    def create_logs(
        self,
        uid,
        res_model,
        res_ids,
        method,
        old_values=None,
        new_values=None,
        additional_log_values=None,
    ):
        """The old values of fields written by SQL just before (``_vn_audit_sql_written``):
        used when the row still holds the value the SQL wrote (not after a rollback)."""
        written = self.env.cr.cache.get(SQL_WRITTEN)
        if written and method == "write" and old_values:
            for res_id in res_ids:
                for fname, (before, after) in written.pop((res_model, res_id), {}).items():
                    old = old_values.get(res_id)
                    if old is not None and fname in old and old[fname] == after:
                        old_values[res_id] = dict(old, **{fname: before})
        return super().create_logs(
            uid, res_model, res_ids, method, old_values, new_values, additional_log_values
        )

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

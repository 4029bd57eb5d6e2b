from odoo import _, models


class VnAuditHistoryMixin(models.AbstractModel):
    """The "History" button of an audited form: the audit trail of the record (OCA
    auditlog: who, when, old value → new value), read with the caller's own rights (the
    HR office of the record's unit, the administrators)."""

    _name = "vn.audit.history.mixin"
    _description = "Audit Trail Button"

    def action_vn_audit_history(self):
        self.ensure_one()
        model = self.env["ir.model"].sudo()._get(self._name)
        return {
            "type": "ir.actions.act_window",
            "name": _("History"),
            "res_model": "auditlog.log",
            "view_mode": "list,form",
            "domain": [("model_id", "=", model.id), ("res_id", "=", self.id)],
            "context": {"create": False, "edit": False, "delete": False},
        }

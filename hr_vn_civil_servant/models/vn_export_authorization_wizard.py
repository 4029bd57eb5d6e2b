from odoo import _, fields, models
from odoo.exceptions import UserError


class VnExportAuthorizationWizard(models.TransientModel):
    """Records the document authorising the user's exports of personnel data in the
    next hour (the lifetime of this transient record)."""

    _name = "vn.export.authorization.wizard"
    _description = "Authorise Personnel Export"

    authorization_ref = fields.Char(
        string="Authorising Document",
        required=True,
        help="Number and date of the decision, official letter or request authorising the "
        "export, e.g. Công văn số 123/SGDĐT-TCCB ngày 05/3/2026.",
    )
    confirmed = fields.Boolean(readonly=True)

    def action_confirm(self):
        self.ensure_one()
        self.env["vn.personnel.export.log"]._vn_check_group()
        if not (self.authorization_ref or "").strip():
            raise UserError(_("Give the authorising document."))
        self.confirmed = True
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "message": _("Exports of personnel data are authorised for one hour."),
                "type": "success",
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools.dates import vn_today


class VnExportAuthorizationWizard(models.TransientModel):
    """Chooses the export authorisation (vn.export.authorization) under which the
    user's exports of personnel data in the next hour are made and logged (the
    lifetime of this transient record). Scripts name it in the context instead
    (``vn_export_authorization_id``)."""

    _name = "vn.export.authorization.wizard"
    _description = "Authorise Personnel Export"
    _inherit = ["vn.value.limit.mixin"]

    authorization_id = fields.Many2one(
        "vn.export.authorization",
        string="Authorisation",
        required=True,
        domain=lambda self: self._vn_authorization_domain(),
        help="An active authorisation naming you as exporter, recorded by your unit head "
        "or the HR office.",
    )
    authorization_ref = fields.Char(
        related="authorization_id.display_name", string="Authorising Document"
    )
    confirmed = fields.Boolean(readonly=True)

    @api.model
    def _vn_authorization_domain(self):
        today = vn_today(self)
        return [
            ("state", "=", "active"),
            ("user_ids", "in", self.env.uid),
            ("date", "<=", today),
            ("valid_until", ">=", today),
        ]

    def action_confirm(self):
        self.ensure_one()
        self.env["vn.personnel.export.log"]._vn_check_group()
        if not self.authorization_id._vn_usable_by(self.env.user):
            raise UserError(
                _(
                    "This authorisation is not valid for your exports today (not active, "
                    "expired, or not naming you)."
                )
            )
        self.confirmed = True
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "message": _(
                    "Exports of personnel data in the next hour are made under %s.",
                    self.authorization_id.display_name,
                ),
                "type": "success",
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

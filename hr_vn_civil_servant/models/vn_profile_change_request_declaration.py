from odoo import models

from ..tools.dates import vn_today


class VnProfileChangeRequest(models.Model):
    _inherit = "vn.profile.change.request"

    def action_submit(self):
        """Submitting a change request within an open declaration round declares it."""
        result = super().action_submit()
        self.env["vn.declaration.round.line"]._vn_mark_declared(
            self.sudo().employee_id, vn_today(self)
        )
        return result

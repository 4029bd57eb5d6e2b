from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnTraining(models.Model):
    """Regular retraining (bồi dưỡng thường xuyên) periods of a training line, per module,
    counted against the yearly requirement (vn.retraining.requirement, TT 19/2019/TT-BGDĐT)."""

    _inherit = "vn.training"

    retraining_hours = fields.Float(
        string="Retraining Periods",
        digits=(16, 1),
        help="Periods (tiết) of regular retraining this line counts for its school year.",
    )
    retraining_year = fields.Integer(
        string="Retraining School Year",
        index=True,
        help="First calendar year of the school year the periods count for (2025: 2025-2026).",
    )
    retraining_module = fields.Char(help="Module of the retraining programme (mô-đun).")

    @api.constrains("retraining_hours", "retraining_year")
    def _check_retraining(self):
        for line in self:
            if line.retraining_hours < 0:
                raise ValidationError(_("Retraining periods cannot be negative."))
            if line.retraining_hours and not line.retraining_year:
                raise ValidationError(_("Retraining periods need the school year they count for."))
        self._vn_check_year("retraining_year", optional=True)

    @api.model
    def _vn_list_fields(self):
        """The retraining periods and their school year are working data the HR roles
        count in bulk (the list of those short of the requirement); still logged over
        the external API."""
        return super()._vn_list_fields() | {"retraining_hours", "retraining_year"}

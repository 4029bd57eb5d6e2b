from odoo import _, api, models
from odoo.exceptions import ValidationError


class MailActivity(models.Model):
    """A to-do names its document (summary, note, res_name): on the models that ask for
    it (``_vn_activity_readers_only``, the official documents) it is given only to a
    user who may read the document, whoever creates it (workflow, "Schedule Activity",
    RPC)."""

    _inherit = "mail.activity"

    def _vn_check_assignee_reads(self):
        for activity in self.sudo():
            if activity.res_model not in self.env:
                continue
            Model = self.env[activity.res_model]
            if (
                not getattr(Model, "_vn_activity_readers_only", False)
                or not activity.user_id
                or not activity.res_id
            ):
                continue
            record = Model.browse(activity.res_id).exists()
            if record and not record._vn_user_can_read(activity.user_id):
                raise ValidationError(
                    _(
                        "%(user)s may not read this document: the to-do cannot be given to him.",
                        user=activity.user_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        activities = super().create(vals_list)
        activities._vn_check_assignee_reads()
        return activities

    def write(self, vals):
        res = super().write(vals)
        if {"user_id", "res_id", "res_model", "res_model_id"}.intersection(vals):
            self._vn_check_assignee_reads()
        return res

from odoo import _, api, models
from odoo.exceptions import UserError


class VnRoundCandidateMixin(models.AbstractModel):
    """Candidates of a round (recruitment, promotion): they are added, changed and removed
    only while their round (``round_id``, a model with a ``state``) is a draft; once it is
    submitted, the list the council examines and the head decides on is fixed."""

    _name = "vn.round.candidate.mixin"
    _description = "Candidates of a Draft Round"

    @api.model_create_multi
    def create(self, vals_list):
        rounds = self.env[self._fields["round_id"].comodel_name].browse(
            [v["round_id"] for v in vals_list if v.get("round_id")]
        )
        self._vn_check_round_draft(rounds)
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_round_draft(self.round_id)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        self._vn_check_round_draft(self.round_id)

    def _vn_check_round_draft(self, rounds):
        if self.env.su:
            return
        for rnd in rounds:
            if rnd.state != "draft":
                raise UserError(
                    _("%s is no longer a draft: its candidates cannot be changed.", rnd.name)
                )

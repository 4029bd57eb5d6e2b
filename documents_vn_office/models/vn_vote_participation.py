from odoo import _, api, fields, models
from odoo.exceptions import AccessError


class VnVoteParticipation(models.Model):
    """Who voted in a vote (never what he chose): one row per voter, written by
    ``vn.vote.action_vote`` alone."""

    _name = "vn.vote.participation"
    _description = "Vote Participation"
    _inherit = ["vn.value.limit.mixin"]
    _order = "vote_id, user_id"

    vote_id = fields.Many2one("vn.vote", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="vote_id.company_id", store=True, index=True)
    user_id = fields.Many2one("res.users", string="Voter", required=True, index=True)

    _sql_constraints = [
        (
            "vote_user_uniq",
            "unique(vote_id, user_id)",
            "You have already voted: a vote is cast once.",
        )
    ]

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            raise AccessError(_("Votes are cast with the Vote button only."))
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            raise AccessError(_("Votes are cast with the Vote button only."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if not self.env.su:
            raise AccessError(_("Votes are cast with the Vote button only."))

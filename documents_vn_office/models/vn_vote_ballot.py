from odoo import _, api, fields, models
from odoo.exceptions import AccessError


class VnVoteBallot(models.Model):
    """What was chosen (one row per chosen option), with no link to the participation
    row. For a secret ballot ``voter_id`` is empty, and the model keeps no
    ``create_uid``/``create_date`` (``_log_access = False``) so that no date or author
    pairs a ballot with its voter's participation. Written by ``vn.vote.action_vote``
    alone; read by nobody for a secret ballot (counts only, computed on the options), by
    the opener and the unit's leaders for a named vote (record rules)."""

    _name = "vn.vote.ballot"
    _description = "Ballot"
    _inherit = ["vn.value.limit.mixin"]
    _log_access = False
    _order = "option_id"

    vote_id = fields.Many2one("vn.vote", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="vote_id.company_id", store=True, index=True)
    option_id = fields.Many2one("vn.vote.option", required=True, index=True, ondelete="cascade")
    anonymous = fields.Boolean(related="vote_id.anonymous", store=True)
    voter_id = fields.Many2one("res.users", index=True)

    @api.model_create_multi
    def create(self, vals_list):
        if not (self.env.su and self.env.context.get("vn_vote_cast")):
            raise AccessError(_("Votes are cast with the Vote button only."))
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            raise AccessError(_("Votes are cast with the Vote button only."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if not (self.env.su and self.env.context.get("vn_vote_cast")):
            raise AccessError(_("Votes are cast with the Vote button only."))

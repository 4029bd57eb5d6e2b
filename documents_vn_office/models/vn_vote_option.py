from odoo import _, api, fields, models
from odoo.exceptions import UserError


class VnVoteOption(models.Model):
    """An option of a vote (a candidate, yes/no/abstain, an answer of a poll). Its count
    is computed, never stored: a stored count would change (and date) with each vote."""

    _name = "vn.vote.option"
    _description = "Vote Option"
    _inherit = ["vn.value.limit.mixin"]
    _order = "vote_id, sequence, id"

    vote_id = fields.Many2one("vn.vote", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="vote_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Option", required=True)
    vote_count = fields.Integer(string="Number of Votes", compute="_compute_vote_count")
    vote_percent = fields.Float(string="Share (%)", compute="_compute_vote_count")

    @api.depends("vote_id.state", "vote_id.anonymous")
    @api.depends_context("uid")
    def _compute_vote_count(self):
        votes = self.vote_id.filtered(lambda v: v._vn_results_allowed())
        counts = dict(
            self.env["vn.vote.ballot"]
            .sudo()
            ._read_group([("vote_id", "in", votes.ids)], ["option_id"], ["__count"])
        )
        participants = dict(
            self.env["vn.vote.participation"]
            .sudo()
            ._read_group([("vote_id", "in", votes.ids)], ["vote_id"], ["__count"])
        )
        for option in self:
            if option.vote_id in votes:
                option.vote_count = counts.get(option._origin, 0)
                total = participants.get(option.vote_id._origin, 0)
                option.vote_percent = 100.0 * option.vote_count / total if total else 0.0
            else:
                option.vote_count = 0
                option.vote_percent = 0.0

    def _vn_check_vote_draft(self):
        if not self.env.su and any(o.vote_id.state != "draft" for o in self):
            raise UserError(_("The options of an opened vote do not change."))

    @api.model_create_multi
    def create(self, vals_list):
        options = super().create(vals_list)
        options._vn_check_vote_draft()
        return options

    def write(self, vals):
        self._vn_check_vote_draft()
        result = super().write(vals)
        self._vn_check_vote_draft()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        self._vn_check_vote_draft()

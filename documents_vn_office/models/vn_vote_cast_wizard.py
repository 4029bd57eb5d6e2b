from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnVoteCastWizard(models.TransientModel):
    """The voter's form: choose the option(s), then Vote (``vn.vote.action_vote``)."""

    _name = "vn.vote.cast.wizard"
    _description = "Cast a Vote"
    _inherit = ["vn.value.limit.mixin"]

    vote_id = fields.Many2one("vn.vote", required=True, ondelete="cascade")
    description = fields.Text(related="vote_id.description")
    max_choices = fields.Integer(related="vote_id.max_choices")
    option_ids = fields.Many2many(
        "vn.vote.option", string="My Choice", domain="[('vote_id', '=', vote_id)]"
    )

    @api.constrains("option_ids")
    def _check_option_ids(self):
        for wizard in self:
            if wizard.option_ids.vote_id - wizard.vote_id:
                raise ValidationError(_("Choose among the options of this vote."))

    def action_cast(self):
        self.ensure_one()
        vote = self.vote_id
        vote.action_vote(self.option_ids.ids)
        # the choice is not kept next to the voter's name: the form goes once cast
        self.sudo().search([("vote_id", "=", vote.id), ("create_uid", "=", self.env.uid)]).unlink()
        return {"type": "ir.actions.act_window_close"}

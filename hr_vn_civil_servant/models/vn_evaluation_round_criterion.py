from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

from .vn_professional_standard import STANDARD_LEVELS

#: field -> (step of the line whose deciders write it, state of the line it is open in)
WRITERS = {
    "self_level": ("submit", "draft"),
    "evidence": ("submit", "draft"),
    "level": ("decide", "reviewed"),
}


class VnEvaluationRoundCriterion(models.Model):
    """One criterion of a person's professional standard in an evaluation round: his
    own level and evidence (minh chứng) while he writes his self-assessment, the level
    the competent head gives when the unit has commented (Thông tư 20/2018/TT-BGDĐT Điều
    8 and the same procedure in Thông tư 26/2018, 14/2018 and 25/2018 [article
    unverified]). Made when the round opens; written only by those, in those states."""

    _name = "vn.evaluation.round.criterion"
    _description = "Evaluation Round Criterion"
    _inherit = ["vn.value.limit.mixin"]
    _order = "line_id, sequence, id"

    line_id = fields.Many2one(
        "vn.evaluation.round.line", required=True, index=True, ondelete="cascade", readonly=True
    )
    criterion_id = fields.Many2one(
        "vn.professional.criterion", required=True, ondelete="restrict", readonly=True
    )
    sequence = fields.Integer(related="criterion_id.sequence", store=True)
    code = fields.Char(related="criterion_id.code")
    group_name = fields.Char(related="criterion_id.group_name")
    name = fields.Char(related="criterion_id.name")
    company_id = fields.Many2one(related="line_id.company_id", store=True, index=True)
    user_id = fields.Many2one(related="line_id.user_id", store=True, index=True)
    self_level = fields.Selection(STANDARD_LEVELS, string="My Level")
    evidence = fields.Char(help="The evidence (minh chứng) of the level.")
    level = fields.Selection(STANDARD_LEVELS, string="Level Given")

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.context.get("vn_evaluation_internal") and not self.env.su:
            raise AccessError(_("The criteria of a person are those of his standard."))
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._vn_check_writers(vals)
        return super().write(vals)

    def _vn_check_writers(self, vals):
        names = set(vals)
        if names - set(WRITERS):
            raise AccessError(_("The criteria of a person are those of his standard."))
        self.check_access("read")
        for crit in self:
            line = crit.line_id
            if line.sudo().round_id.state != "open":
                raise UserError(_("The evaluation round is not open."))
            for fname in names:
                step, state = WRITERS[fname]
                line._vn_wf_actor(step)
                if line.state != state:
                    raise UserError(
                        _(
                            "%(field)s of the criteria can no longer be changed: the "
                            "evaluation of %(name)s is %(state)s.",
                            field=self._fields[fname]._description_string(self.env),
                            name=line.sudo().employee_id.name,
                            state=line._vn_wf_state_label(line.state),
                        )
                    )

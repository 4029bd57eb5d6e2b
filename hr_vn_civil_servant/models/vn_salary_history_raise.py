from odoo import _, api, fields, models
from odoo.exceptions import UserError


class VnSalaryHistory(models.Model):
    """A salary line written by an approved step-raise batch or promotion round is the
    record of a decision: only the approval writes it, nobody changes or deletes it."""

    _inherit = "vn.salary.history"

    raise_batch_line_id = fields.Many2one(
        "vn.salary.raise.batch.line",
        string="Step-Raise Decision",
        readonly=True,
        index="btree_not_null",
        ondelete="restrict",
        copy=False,
    )
    promotion_candidate_id = fields.Many2one(
        "vn.promotion.candidate",
        string="Promotion Decision",
        readonly=True,
        index="btree_not_null",
        ondelete="restrict",
        copy=False,
    )

    def _vn_decision_lines(self):
        return self.filtered(lambda h: h.raise_batch_line_id or h.promotion_candidate_id)

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su and any(
            vals.get("raise_batch_line_id") or vals.get("promotion_candidate_id")
            for vals in vals_list
        ):
            raise UserError(
                _(
                    "Salary lines of a step-raise or promotion decision are written by the "
                    "approval of the decision, never by hand."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su and (
            self._vn_decision_lines()
            or vals.get("raise_batch_line_id")
            or vals.get("promotion_candidate_id")
        ):
            raise UserError(
                _(
                    "This salary line records an approved decision: it cannot be changed. "
                    "A correction is a new decision."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never_decisions(self):
        if not self.env.su and self._vn_decision_lines():
            raise UserError(_("A salary line of an approved decision cannot be deleted."))

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today

#: A planning term spans the five years of the next leadership term (e.g. 2026–2031):
#: Quy định 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ [R:
#: check for a successor regulation], with its yearly review (rà soát, bổ sung).
PLAN_TERM_YEARS = 5


class VnCadrePlan(models.Model):
    """Cadre planning (quy hoạch cán bộ) of a unit for a term: the people planned for each
    of its leadership positions, approved by a decision, reviewed every year (people
    added or removed with the reason, as review lines). Seen only by the HR office of the
    managing body and the unit's head."""

    _name = "vn.cadre.plan"
    _description = "Cadre Plan"
    _inherit = ["vn.value.limit.mixin"]
    _order = "term_start desc, company_id"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    term_start = fields.Integer(
        string="Term From", required=True, default=lambda s: vn_today(s).year, aggregator=None
    )
    term_end = fields.Integer(
        string="Term To", compute="_compute_term_end", store=True, readonly=False, aggregator=None
    )
    decision_ref = fields.Char(string="Decision Number", size=64)
    decision_date = fields.Date()
    decision_signer = fields.Char(string="Signed By")
    line_ids = fields.One2many("vn.cadre.plan.line", "plan_id", string="Planned People")
    review_ids = fields.One2many("vn.cadre.plan.review", "plan_id", string="Yearly Reviews")
    note = fields.Text()

    _sql_constraints = [
        (
            "term_uniq",
            "unique(company_id, term_start)",
            "The unit already has a plan for this term.",
        ),
    ]

    @api.depends("term_start")
    def _compute_term_end(self):
        for plan in self:
            plan.term_end = plan.term_start + PLAN_TERM_YEARS if plan.term_start else 0

    @api.depends("company_id", "term_start", "term_end")
    def _compute_name(self):
        for plan in self:
            plan.name = _(
                "Plan %(start)s–%(end)s, %(unit)s",
                start=plan.term_start,
                end=plan.term_end,
                unit=plan.company_id.name or "",
            )

    @api.constrains("term_start", "term_end")
    def _check_term(self):
        last = vn_today(self).year + 10
        for plan in self:
            if not 2000 <= plan.term_start <= last:
                raise ValidationError(_("The term of a plan starts between 2000 and %s.", last))
            if plan.term_end <= plan.term_start or plan.term_end > plan.term_start + 10:
                raise ValidationError(
                    _(
                        "The term of a plan ends after it starts, within ten years "
                        "(%(start)s–%(end)s given).",
                        start=plan.term_start,
                        end=plan.term_end,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_without_reviews(self):
        if not self.env.su and self.review_ids:
            raise UserError(_("A plan that has been reviewed is kept; it cannot be deleted."))

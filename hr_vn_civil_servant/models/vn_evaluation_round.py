from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today


class VnEvaluationRound(models.Model):
    """Yearly evaluation round (đánh giá, xếp loại chất lượng hằng năm) of the staff of
    the units of a managing body: each person writes his self-assessment and proposes his
    rating, the tổ head (teachers) and the unit comment, the competent head decides one of
    the four ratings (Nghị định 90/2020/NĐ-CP, amended by Nghị định 48/2023/NĐ-CP; for
    viên chức from 01/7/2026 Nghị định 233/2026/NĐ-CP [unverified]); teachers and
    principals also assess themselves against their professional standard
    (``vn.professional.standard``). The HR office opens the round for its units (one line
    per employee) and closes it; steps on ``vn.workflow.mixin``."""

    _name = "vn.evaluation.round"
    _description = "Evaluation Round"
    _inherit = ["vn.yearly.round.mixin"]
    _vn_round_done_states = ("decided",)

    line_ids = fields.One2many("vn.evaluation.round.line", "round_id", string="Lines")
    pending_count = fields.Integer(string="Not Decided")
    done_count = fields.Integer(string="Decided")

    @api.depends("year")
    def _compute_name(self):
        for rec in self:
            rec.name = _("Evaluation round %s", rec.year)

    @api.constrains("year", "company_ids")
    def _check_one_round_per_unit_and_year(self):
        """A unit has one evaluation round per year: none for a year already closed, and
        no second one beside an open or draft round (one ``vn.evaluation`` per year)."""
        for rec in self:
            others = self.sudo().search(
                [
                    ("id", "!=", rec.id),
                    ("year", "=", rec.year),
                    ("company_ids", "in", rec.sudo().company_ids.ids),
                ]
            )
            if not others:
                continue
            closed = others.filtered(lambda r: r.state == "closed")
            units = (others.company_ids & rec.sudo().company_ids).mapped("name")
            if closed:
                raise ValidationError(
                    _(
                        "The evaluation of %(year)s is already closed for %(units)s.",
                        year=rec.year,
                        units=", ".join(units),
                    )
                )
            raise ValidationError(
                _(
                    "%(units)s already have an evaluation round for %(year)s.",
                    year=rec.year,
                    units=", ".join(units),
                )
            )

    def _vn_create_lines(self):
        """One line per working employee of the round's units (one create), each with the
        criteria of his professional standard; the person gets his to-do."""
        self.ensure_one()
        employees = self.env["hr.employee"].search([("company_id", "in", self.company_ids.ids)])
        existing = set(self.line_ids.employee_id.ids)
        lines = (
            self.env["vn.evaluation.round.line"]
            .with_context(vn_evaluation_internal=True)
            .create(
                [
                    {"round_id": self.id, "employee_id": employee.id}
                    for employee in employees
                    if employee.id not in existing
                ]
            )
        )
        lines._vn_create_criteria()
        lines._vn_wf_update_todos()
        return lines

    def action_remind(self):
        """A reminder to whoever's step is late on each undecided line (the person, the
        tổ head, the unit head or the competent head), due on the round's end."""
        self._vn_check_may_remind()
        for rec in self.sudo():
            rec.line_ids.filtered(lambda ln: ln.state != "decided")._vn_remind_late()
        return True

    def action_print_summary(self):
        self.ensure_one()
        return self.env.ref(
            "hr_vn_civil_servant.action_report_vn_evaluation_round_summary"
        ).report_action(self)

    @api.model
    def _cron_remind(self):
        """Daily: remind the late people of the open rounds ending within 7 days or past
        their end."""
        today = vn_today(self)
        rounds = self.sudo().search(
            [("state", "=", "open"), ("date_end", "<=", fields.Date.add(today, days=7))]
        )
        rounds.action_remind()

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if any(rec.state != "draft" for rec in self):
            raise UserError(_("Only a draft evaluation round can be deleted."))

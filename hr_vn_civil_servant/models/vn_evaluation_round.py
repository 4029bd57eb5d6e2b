from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today

HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


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
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "year desc, id desc"
    _vn_wf_guarded_fields = ("state",)
    _vn_wf_frozen = {
        "open": ("year", "date_start", "company_ids"),
        "closed": "__all__",
    }

    name = fields.Char(compute="_compute_name", store=True)
    year = fields.Integer(required=True, index=True, default=lambda s: vn_today(s).year)
    date_start = fields.Date(string="Starts On", required=True, default=lambda s: vn_today(s))
    date_end = fields.Date(string="Ends On", required=True, index=True)
    company_ids = fields.Many2many(
        "res.company",
        "vn_evaluation_round_company_rel",
        "round_id",
        "company_id",
        string="Units",
        required=True,
        default=lambda s: s.env.company,
        domain=lambda s: [("id", "in", s.env.user.company_ids.ids)],
    )
    state = fields.Selection(
        [("draft", "Draft"), ("open", "Open"), ("closed", "Closed")],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        readonly=True,
        copy=False,
    )
    line_ids = fields.One2many("vn.evaluation.round.line", "round_id", string="Lines")
    line_count = fields.Integer(compute="_compute_counts", string="People")
    pending_count = fields.Integer(compute="_compute_counts", string="Not Decided")
    done_count = fields.Integer(compute="_compute_counts", string="Decided")
    completion_rate = fields.Float(
        compute="_compute_counts", string="Completion (%)", digits=(5, 1)
    )

    @api.depends("year")
    def _compute_name(self):
        for rec in self:
            rec.name = _("Evaluation round %s", rec.year)

    @api.depends_context("uid")
    def _compute_counts(self):
        """One grouped read for all rounds (with the reader's rights)."""
        groups = self.env["vn.evaluation.round.line"]._read_group(
            [("round_id", "in", self.ids)], ["round_id", "state"], ["__count"]
        )
        counts = {}
        for round_, state, count in groups:
            counts.setdefault(round_.id, {})[state] = count
        for rec in self:
            by_state = counts.get(rec.id, {})
            total = sum(by_state.values())
            done = by_state.get("decided", 0)
            rec.line_count = total
            rec.pending_count = total - done
            rec.done_count = done
            rec.completion_rate = 100.0 * done / total if total else 0.0

    @api.constrains("date_start", "date_end", "year")
    def _check_dates(self):
        for rec in self:
            if rec.date_end < rec.date_start:
                raise ValidationError(_("The round cannot end before it starts."))
            if not 1900 <= rec.year <= 2200:
                raise ValidationError(_("The year of the round is not valid."))

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

    def completion_by_unit(self):
        """{unit: (people, decided)} of the round, from one grouped read (reader's rights)."""
        self.ensure_one()
        groups = self.env["vn.evaluation.round.line"]._read_group(
            [("round_id", "=", self.id)], ["company_id", "state"], ["__count"]
        )
        result = {}
        for company, state, count in groups:
            total, done = result.get(company, (0, 0))
            result[company] = (total + count, done + (count if state == "decided" else 0))
        return result

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "open": {
                "label": _("Open the Round"),
                "sources": ("draft",),
                "target": "open",
                "deciders": "_vn_hr_office_users",
            },
            "close": {
                "label": _("Close the Round"),
                "sources": ("open",),
                "target": "closed",
                "deciders": "_vn_hr_office_users",
            },
        }

    def _vn_hr_office_users(self):
        return self._vn_wf_users(HR_OFFICE, self.sudo().company_ids)

    def _vn_wf_company(self):
        return self.sudo().company_ids[:1]

    def action_open(self):
        for rec in self:
            rec._vn_wf_take("open")
            rec.sudo()._vn_create_lines()
        return True

    def action_close(self):
        self._vn_wf_take("close")
        return True

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

from odoo import _, api, fields, models

from ..tools import hr_decision_rules

EVALUATION_ORDER = {"excellent": 4, "good": 3, "completed": 2, "not_completed": 1}


class VnPromotionCandidate(models.Model):
    """A person of a promotion round: the conditions met (time in rank, evaluation,
    qualification), the dossier (HS02-VC/BNV CV, certificates, attachments; Thông tư
    07/2019/TT-BNV) and the result."""

    _name = "vn.promotion.candidate"
    _description = "Promotion Candidate"
    _inherit = ["vn.round.candidate.mixin", "vn.value.limit.mixin"]
    _order = "round_id, id"

    round_id = fields.Many2one("vn.promotion.round", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="round_id.company_id", store=True, index=True)
    state = fields.Selection(related="round_id.state", string="Status")
    employee_id = fields.Many2one("hr.employee", required=True, index=True, ondelete="restrict")
    grade_id = fields.Many2one("vn.grade", string="Current Title", readonly=True)
    months_in_rank = fields.Integer(readonly=True)
    seniority_ok = fields.Boolean(string="Time in Rank", readonly=True)
    evaluation_ok = fields.Boolean(string="Evaluation", readonly=True)
    qualification_ok = fields.Boolean(string="Qualification", readonly=True)
    eligible = fields.Boolean(readonly=True, index=True)
    eligibility_note = fields.Char(readonly=True)
    has_cv = fields.Boolean(string="CV (HS02-VC/BNV)")
    has_certificates = fields.Boolean(string="Certificates")
    attachment_ids = fields.Many2many("ir.attachment", string="Dossier Files")
    dossier_complete = fields.Boolean(compute="_compute_dossier_complete", store=True)
    result = fields.Selection(
        [("pending", "Pending"), ("passed", "Passed"), ("failed", "Not Passed")],
        default="pending",
        required=True,
    )

    _sql_constraints = [
        ("employee_round_uniq", "unique(round_id, employee_id)", "A person is listed once."),
    ]

    @api.depends("has_cv", "has_certificates")
    def _compute_dossier_complete(self):
        for cand in self:
            cand.dossier_complete = cand.has_cv and cand.has_certificates

    def _vn_rank_start(self, employee):
        """First day in the current title: the earliest salary line of the current
        grade after the last line of another grade."""
        lines = employee.vn_salary_history_ids.filtered("date").sorted("date")
        start = False
        for line in lines:
            if line.grade_id == employee.vn_grade_id:
                start = start or line.date
            else:
                start = False
        return start

    def _vn_compute_eligibility(self):
        """The conditions of the round's rule, each one shown (Nghị định 115/2020/NĐ-CP
        Điều 32, amended by Nghị định 85/2023/NĐ-CP: time in the rank, evaluation of the
        years before at least well completed, the qualification of the target title)."""
        for cand in self:
            rnd = cand.round_id
            rule = rnd.rule_id
            emp = cand.employee_id.sudo()
            months = hr_decision_rules.months_between(cand._vn_rank_start(emp), rnd.date_open)
            seniority = months >= rule.min_months_in_rank
            years = range(rnd.date_open.year - rule.evaluation_years, rnd.date_open.year)
            results = {e.year: e.result for e in emp.vn_evaluation_ids}
            evaluation = all(
                EVALUATION_ORDER.get(results.get(y), 0) >= EVALUATION_ORDER[rule.min_evaluation]
                for y in years
            )
            level = rule.min_professional_level_id
            qualification = not level or (
                emp.vn_professional_level_id.kind == level.kind
                and emp.vn_professional_level_id.rank >= level.rank
            )
            missing = []
            if not seniority:
                missing.append(
                    _("%(m)s of %(n)s months in rank", m=months, n=rule.min_months_in_rank)
                )
            if not evaluation:
                missing.append(_("evaluation"))
            if not qualification:
                missing.append(_("qualification"))
            cand.sudo().write(
                {
                    "grade_id": emp.vn_grade_id.id,
                    "months_in_rank": months,
                    "seniority_ok": seniority,
                    "evaluation_ok": evaluation,
                    "qualification_ok": qualification,
                    "eligible": seniority and evaluation and qualification,
                    "eligibility_note": ", ".join(missing) or _("Eligible"),
                }
            )

    def _vn_promote(self):
        """The new title from the decision date: the step of the new pay group whose
        coefficient is the closest equal or higher (Thông tư 02/2007/TT-BNV [R])."""
        History = self.env["vn.salary.history"].sudo()
        for cand in self:
            rnd = cand.round_id
            emp = cand.employee_id.sudo()
            target = rnd.target_grade_id
            coefficients = {s.step: s.coefficient for s in target.pay_group_id.step_ids}
            step = hr_decision_rules.closest_step(coefficients, emp.vn_salary_coefficient)
            History.create(
                {
                    "employee_id": emp.id,
                    "date": rnd.approval_date,
                    "grade_id": target.id,
                    "step": step,
                    "decision_number": rnd.decision_number,
                    "decision_date": rnd.approval_date,
                    "note": rnd.name,
                    "promotion_candidate_id": cand.id,
                }
            )
            self.env["vn.work.history"].sudo().create(
                {
                    "employee_id": emp.id,
                    "date_from": rnd.approval_date,
                    "name": _("Promoted to %s", target.display_name),
                    "decision_number": rnd.decision_number,
                    "decision_date": rnd.approval_date,
                    "unit_id": emp.company_id.id,
                }
            )

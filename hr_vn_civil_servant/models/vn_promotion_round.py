from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError


class VnPromotionRound(models.Model):
    """Promotion round (xét thăng hạng chức danh nghề nghiệp viên chức / nâng ngạch công
    chức): the kind, the target title, the dates, the unit; the eligibility list computed
    from the conditions as data (vn.promotion.rule); each candidate's dossier; the
    result. Approval changes the title and the pay group from the decision date (a
    salary line and a work-history line per successful candidate)."""

    _name = "vn.promotion.round"
    _description = "Promotion Round"
    _inherit = ["vn.hr.decision.mixin"]
    _order = "date_open desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    company_id = fields.Many2one(default=lambda self: self.env.company)
    kind = fields.Selection(
        [
            ("title", "Professional Title Promotion (Public Employees)"),
            ("grade", "Grade Promotion (Civil Servants)"),
        ],
        required=True,
        default="title",
    )
    target_grade_id = fields.Many2one("vn.grade", string="Target Title", required=True)
    rule_id = fields.Many2one("vn.promotion.rule", compute="_compute_rule_id", string="Conditions")
    date_open = fields.Date(string="Opening Date", required=True)
    date_deadline = fields.Date(string="Dossier Deadline", required=True)
    decision_number = fields.Char(size=64)
    candidate_ids = fields.One2many("vn.promotion.candidate", "round_id", string="Candidates")

    @api.depends("target_grade_id", "date_open")
    def _compute_rule_id(self):
        Rule = self.env["vn.promotion.rule"].sudo()
        for rnd in self:
            rnd.rule_id = (
                Rule.search(
                    [
                        ("target_grade_id", "=", rnd.target_grade_id.id),
                        ("date_from", "<=", rnd.date_open),
                        "|",
                        ("date_to", "=", False),
                        ("date_to", ">=", rnd.date_open),
                    ],
                    limit=1,
                )
                if rnd.target_grade_id and rnd.date_open
                else Rule
            )

    @api.constrains("date_open", "date_deadline")
    def _check_dates(self):
        for rnd in self:
            if rnd.date_deadline < rnd.date_open:
                raise ValidationError(
                    _("The dossier deadline of %s is before its opening date.", rnd.name)
                )

    def action_compute_eligible(self):
        """Lists the working staff of the unit holding one of the rule's titles, with
        whether they meet each condition."""
        for rnd in self:
            if rnd.state != "draft":
                raise UserError(_("Only a draft round computes its eligibility list."))
            rule = rnd.rule_id
            if not rule:
                raise UserError(
                    _("No promotion conditions are recorded for %s.", rnd.target_grade_id.name)
                )
            staff = self.env["hr.employee"].search(
                [
                    ("company_id", "child_of", rnd.company_id.id),
                    ("vn_work_state", "=", "working"),
                    ("vn_grade_id", "in", rule.from_grade_ids.ids),
                ]
            )
            staff -= rnd.candidate_ids.employee_id
            self.env["vn.promotion.candidate"].create(
                [{"round_id": rnd.id, "employee_id": emp.id} for emp in staff]
            )
            rnd.candidate_ids._vn_compute_eligibility()
        return True

    def _vn_approve_label(self):
        return _("Approve the Promotion Results")

    def _vn_check_submit(self):
        for rnd in self:
            if not rnd.decision_number:
                raise UserError(_("Give the decision number of %s.", rnd.name))
            passed = rnd.candidate_ids.filtered(lambda c: c.result == "passed")
            if not passed:
                raise UserError(_("No candidate of %s passed.", rnd.name))
            for cand in passed:
                if not cand.eligible or not cand.dossier_complete:
                    raise UserError(
                        _(
                            "%s passes only when eligible and with a complete dossier.",
                            cand.employee_id.sudo().name,
                        )
                    )

    def _vn_apply(self):
        for rnd in self:
            rnd.candidate_ids.filtered(lambda c: c.result == "passed")._vn_promote()

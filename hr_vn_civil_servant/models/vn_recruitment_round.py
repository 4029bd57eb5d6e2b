from collections import Counter

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError


class VnRecruitmentRound(models.Model):
    """Recruitment round (đợt tuyển dụng): the recruitment decision (number, date), the
    unit, the positions and the candidates selected. The competent head's confirmation
    creates one personnel record per candidate, with the recruitment decision as the
    first work-history line, the first salary line and the probation (tập sự). The
    new-record deadline (vn.personnel.deadline) counts from the decision date, which is
    the record's recruitment date (Mẫu 2C-BNV/2008 item 10)."""

    _name = "vn.recruitment.round"
    _description = "Recruitment Round"
    _inherit = ["vn.hr.decision.mixin"]
    _order = "decision_date desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    company_id = fields.Many2one(default=lambda self: self.env.company)
    decision_number = fields.Char(size=64, tracking=True)
    decision_date = fields.Date(tracking=True)
    decision_signer = fields.Char()
    positions = fields.Text(
        string="Positions and Titles", help="Vị trí việc làm, chức danh tuyển dụng."
    )
    candidate_ids = fields.One2many(
        "vn.recruitment.candidate", "round_id", string="Selected Candidates"
    )
    employee_count = fields.Integer(compute="_compute_employee_count", string="Records Created")
    vn_quota_warning = fields.Text(
        string="Staffing Quota Warning",
        compute="_compute_vn_quota_warning",
        help="The recruitment would take a unit beyond its staffing quota of the year "
        "(vn.staffing.quota): a warning for the HR office and the head, not a block.",
    )

    @api.depends("candidate_ids.employee_id")
    def _compute_employee_count(self):
        for rnd in self:
            rnd.employee_count = len(rnd.candidate_ids.employee_id)

    @api.constrains("decision_date")
    def _check_decision_date(self):
        today = self._vn_today()
        for rnd in self:
            if rnd.decision_date and rnd.decision_date > today:
                raise ValidationError(
                    _("The recruitment decision of %s cannot be dated in the future.", rnd.name)
                )

    def _vn_approve_label(self):
        return _("Confirm the Recruitment")

    @api.depends("candidate_ids.company_id", "candidate_ids.staff_category", "state")
    def _compute_vn_quota_warning(self):
        """The candidates of each unit and staff category, counted against the unit's
        quota as the transfers are (``vn.staffing.quota._vn_quota_warning``)."""
        Quota = self.env["vn.staffing.quota"]
        for rnd in self:
            warnings = []
            if rnd.state in ("draft", "submitted"):
                groups = Counter((c.company_id, c.staff_category) for c in rnd.candidate_ids)
                for (company, category), count in groups.items():
                    warning = Quota._vn_quota_warning(company, category, extra=count)
                    if warning:
                        warnings.append(warning)
            rnd.vn_quota_warning = "\n".join(warnings) or False

    def _vn_check_submit(self):
        for rnd in self:
            if not rnd.decision_number or not rnd.decision_date:
                raise UserError(
                    _("Give the number and date of the recruitment decision of %s.", rnd.name)
                )
            if not rnd.candidate_ids:
                raise UserError(_("Add the selected candidates of %s.", rnd.name))
            rnd.candidate_ids._vn_check_complete()

    def _vn_apply(self):
        for rnd in self:
            rnd.candidate_ids._vn_create_employee()

    def action_view_employees(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Recruited Staff"),
            "res_model": "hr.employee",
            "view_mode": "list,form",
            "domain": [("id", "in", self.candidate_ids.employee_id.ids)],
        }

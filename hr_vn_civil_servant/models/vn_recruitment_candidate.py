from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import pay_rules


class VnRecruitmentCandidate(models.Model):
    """A candidate selected in a recruitment round, with the data the new record starts
    from; the probation length comes from the legal table (vn.probation.length)."""

    _name = "vn.recruitment.candidate"
    _description = "Selected Candidate"
    _inherit = ["vn.round.candidate.mixin", "vn.value.limit.mixin"]
    _order = "round_id, id"

    round_id = fields.Many2one(
        "vn.recruitment.round", required=True, index=True, ondelete="cascade"
    )
    round_company_id = fields.Many2one(related="round_id.company_id", store=True, index=True)
    state = fields.Selection(related="round_id.state", string="Status")
    name = fields.Char(string="Full Name", required=True, size=128)
    gender = fields.Selection([("male", "Male"), ("female", "Female")], required=True)
    birthday = fields.Date(string="Date of Birth", required=True)
    identification_id = fields.Char(string="CCCD Number", size=12)
    company_id = fields.Many2one(
        "res.company",
        string="Unit of Work",
        required=True,
        default=lambda self: self.env.company,
    )
    department_id = fields.Many2one("hr.department")
    job_title = fields.Char(string="Position", size=128)
    staff_category = fields.Selection(
        [
            ("civil_servant", "Civil Servant"),
            ("public_employee", "Public Employee"),
            ("contract_worker", "Contract Worker"),
        ],
        required=True,
        default="public_employee",
    )
    grade_id = fields.Many2one("vn.grade", string="Grade / Title", required=True)
    step = fields.Integer(default=1, required=True)
    start_date = fields.Date(string="First Working Day", required=True)
    probation_months = fields.Integer(
        string="Probation (months)",
        compute="_compute_probation_months",
        store=True,
        readonly=False,
        help="From the legal table by category and pay group; 0 when exempt (e.g. the "
        "time already worked counts, Nghị định 85/2023/NĐ-CP [R]).",
    )
    supervisor_id = fields.Many2one("hr.employee", string="Probation Supervisor")
    employee_id = fields.Many2one("hr.employee", string="Record", readonly=True, copy=False)

    @api.depends("staff_category", "grade_id", "start_date")
    def _compute_probation_months(self):
        Length = self.env["vn.probation.length"]
        for cand in self:
            cand.probation_months = Length._vn_months_for(
                cand.staff_category, cand.grade_id.pay_group_id, cand.start_date
            )

    @api.constrains("probation_months", "step", "grade_id", "company_id", "birthday")
    def _check_values(self):
        for cand in self:
            if not 0 <= cand.probation_months <= 12:
                raise ValidationError(_("Probation of %(name)s: 0 to 12 months.", name=cand.name))
            count = cand.grade_id.pay_group_id.step_count
            if cand.step < 1 or (count and cand.step > count):
                raise ValidationError(
                    _("Step %(step)s does not exist for %(name)s.", step=cand.step, name=cand.name)
                )
            if cand.company_id not in cand.round_id.company_id.sudo()._vn_managed_companies():
                raise ValidationError(
                    _(
                        "%(name)s: %(unit)s is not a unit of %(round)s.",
                        name=cand.name,
                        unit=cand.company_id.name,
                        round=cand.round_id.company_id.name,
                    )
                )
            if cand.identification_id and pay_rules.cccd_problems(
                cand.identification_id, cand.birthday, cand.gender
            ):
                raise ValidationError(
                    _(
                        "The CCCD number of %(name)s does not match the birthday and gender.",
                        name=cand.name,
                    )
                )

    def _vn_check_complete(self):
        for cand in self:
            if cand.probation_months and not cand.supervisor_id:
                raise UserError(_("Name the probation supervisor of %s.", cand.name))

    def _vn_create_employee(self):
        """The new record (as superuser, after the confirmation step's checks)."""
        Employee = self.env["hr.employee"].sudo()
        for cand in self:
            rnd = cand.round_id
            decision = _(
                "Decision %(number)s of %(date)s",
                number=rnd.decision_number,
                date=rnd.decision_date.strftime("%d/%m/%Y"),
            )
            line = {
                "decision_number": rnd.decision_number,
                "decision_date": rnd.decision_date,
                "decision_signer": rnd.decision_signer,
            }
            employee = Employee.create(
                {
                    "name": cand.name,
                    "company_id": cand.company_id.id,
                    "department_id": cand.department_id.id,
                    "job_title": cand.job_title,
                    "gender": cand.gender,
                    "birthday": cand.birthday,
                    "identification_id": cand.identification_id,
                    "vn_staff_category": cand.staff_category,
                    "vn_recruitment_date": rnd.decision_date,
                    "vn_recruitment_round_id": rnd.id,
                    "vn_probation_start": cand.probation_months and cand.start_date,
                    "vn_probation_months": cand.probation_months,
                    "vn_probation_state": cand.probation_months and "ongoing",
                    "vn_probation_supervisor_id": cand.supervisor_id.id,
                    "vn_work_history_ids": [
                        (
                            0,
                            0,
                            dict(
                                line,
                                date_from=cand.start_date,
                                name=_(
                                    "Recruited as %(job)s, %(unit)s (%(decision)s)",
                                    job=cand.job_title or cand.grade_id.name,
                                    unit=cand.company_id.name,
                                    decision=decision,
                                ),
                                unit_id=cand.company_id.id,
                            ),
                        )
                    ],
                    "vn_salary_history_ids": [
                        (
                            0,
                            0,
                            dict(
                                line,
                                date=cand.start_date,
                                grade_id=cand.grade_id.id,
                                step=cand.step,
                                note=_("Recruitment"),
                            ),
                        )
                    ],
                }
            )
            cand.sudo().employee_id = employee

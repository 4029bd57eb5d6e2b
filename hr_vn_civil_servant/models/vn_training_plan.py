from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today

UNIT_HEAD = "hr_vn_civil_servant.group_unit_head"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


class VnTrainingPlan(models.Model):
    """Yearly training and retraining plan (kế hoạch đào tạo, bồi dưỡng) of a managing
    body for its units: courses with target groups, dates, place and funding; the staff
    of the units are enrolled in its courses and their completion writes the training
    line of their record (Mẫu 2C-BNV/2008 item 27). Drafted by the HR office of the body,
    approved by the body's head (``vn.workflow.mixin``), closed by the HR office."""

    _name = "vn.training.plan"
    _description = "Training Plan"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "year desc, id desc"
    _vn_wf_guarded_fields = ("approver_id", "approval_date")
    _vn_wf_frozen = {
        "approved": ("name", "year", "company_id"),
        "closed": "__all__",
    }

    name = fields.Char(required=True, size=200)
    year = fields.Integer(required=True, index=True, default=lambda s: vn_today(s).year)
    company_id = fields.Many2one(
        "res.company",
        string="Managing Body",
        required=True,
        index=True,
        default=lambda s: s.env.company,
    )
    company_ids = fields.Many2many(
        "res.company",
        "vn_training_plan_company_rel",
        "plan_id",
        "company_id",
        string="Units",
        required=True,
        help="Units whose staff may be enrolled: the managing body and its schools.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("approved", "Approved"), ("closed", "Closed")],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        readonly=True,
        copy=False,
    )
    approver_id = fields.Many2one("res.users", string="Approved by", readonly=True, copy=False)
    approval_date = fields.Datetime(string="Approved On", readonly=True, copy=False)
    course_ids = fields.One2many("vn.training.course", "plan_id", string="Courses", copy=True)
    enrolment_ids = fields.One2many("vn.training.enrolment", "plan_id", string="Enrolments")
    enrolment_count = fields.Integer(compute="_compute_counts", string="Enrolled")
    completed_count = fields.Integer(compute="_compute_counts", string="Completed")
    funding_total = fields.Float(
        compute="_compute_funding_total", string="Total Funding", digits=(16, 0)
    )
    note = fields.Text()

    @api.depends_context("uid")
    def _compute_counts(self):
        """One grouped read for all plans, with the reader's rights."""
        groups = self.env["vn.training.enrolment"]._read_group(
            [("plan_id", "in", self.ids)], ["plan_id", "state"], ["__count"]
        )
        counts = {}
        for plan, state, count in groups:
            counts.setdefault(plan.id, {})[state] = count
        for plan in self:
            by_state = counts.get(plan.id, {})
            plan.enrolment_count = sum(c for s, c in by_state.items() if s != "cancelled")
            plan.completed_count = by_state.get("completed", 0)

    @api.depends("course_ids.funding_amount")
    def _compute_funding_total(self):
        for plan in self:
            plan.funding_total = sum(plan.course_ids.mapped("funding_amount"))

    @api.constrains("year", "company_id", "company_ids")
    def _check_units(self):
        for plan in self.sudo():
            if not 1900 <= plan.year <= 2200:
                raise ValidationError(_("The year of the training plan is not valid."))
            body = plan.company_id
            outside = plan.company_ids.filtered(
                lambda c, body=body: c != body and c.sudo().parent_id != body
            )
            if outside:
                raise ValidationError(
                    _(
                        "The units of a training plan are the managing body %(body)s and its "
                        "schools; %(units)s is not one of them.",
                        body=body.name,
                        units=", ".join(outside.mapped("name")),
                    )
                )

    @api.onchange("company_id")
    def _onchange_company_id(self):
        if self.company_id and not self.company_ids:
            self.company_ids = self.company_id | self.company_id.child_ids

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "approve": {
                "label": _("Approve the Plan"),
                "sources": ("draft",),
                "target": "approved",
                "deciders": "_vn_body_heads",
                "todo": _("Approve the training plan"),
                "right": "approve",
                "no_self": True,
                "check": "_vn_check_courses",
                "stamp": {"approver_id": "user", "approval_date": "now"},
            },
            "close": {
                "label": _("Close the Plan"),
                "sources": ("approved",),
                "target": "closed",
                "deciders": "_vn_hr_office_users",
            },
        }

    def _vn_wf_company(self):
        return self.sudo().company_id

    def _vn_body_heads(self):
        """The head of the managing body (its unit heads who are not its HR office)."""
        heads = self._vn_wf_users(UNIT_HEAD, self.sudo().company_id)
        return heads.filtered(lambda u: not u.has_group(HR_OFFICE))

    def _vn_hr_office_users(self):
        return self._vn_wf_users(HR_OFFICE, self.sudo().company_id)

    def _vn_check_courses(self):
        if not self.course_ids:
            raise UserError(_("A training plan without courses cannot be approved."))

    def action_approve(self):
        self._vn_wf_take("approve")
        return True

    def action_close(self):
        self._vn_wf_take("close")
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if any(plan.state != "draft" for plan in self):
            raise UserError(_("Only a draft training plan can be deleted."))

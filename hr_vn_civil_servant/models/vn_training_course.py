from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

#: Funding sources of a course (nguồn kinh phí): practice list, not a legal classification.
FUNDING_SOURCES = [
    ("state_budget", "State Budget"),
    ("unit_revenue", "Unit's Own Revenue"),
    ("learner", "Paid by the Learner"),
    ("project", "Project / Sponsor"),
    ("other", "Other"),
]


class VnTrainingCourse(models.Model):
    """A course of a yearly training plan (vn.training.plan): what the completion writes
    into the training line of the record (Mẫu 2C-BNV/2008 item 27: school, subject,
    period, form, certificate) and, for a regular retraining (bồi dưỡng thường xuyên)
    module, the periods it credits (TT 19/2019/TT-BGDĐT). Changed only while its plan is
    a draft."""

    _name = "vn.training.course"
    _description = "Training Course"
    _inherit = ["vn.value.limit.mixin"]
    _order = "plan_id, date_from, id"

    plan_id = fields.Many2one("vn.training.plan", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(
        related="plan_id.company_id", store=True, index=True, string="Managing Body"
    )
    plan_state = fields.Selection(related="plan_id.state", string="Plan Status")
    name = fields.Char(string="Course", required=True, size=200)
    school = fields.Char(
        string="Training Institution",
        required=True,
        size=200,
        help="Written as the school of the training line (Mẫu 2C item 27).",
    )
    major = fields.Char(string="Major / Subject", size=200)
    form = fields.Selection(
        selection="_selection_form", string="Form of Training", default="short_course"
    )
    diploma = fields.Char(
        string="Certificate Awarded",
        size=200,
        help="Diploma or certificate the course gives (Mẫu 2C item 27).",
    )
    target_group = fields.Char(size=200, help="Who the course is for (đối tượng).")
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To", required=True)
    place = fields.Char(size=200)
    funding_source = fields.Selection(FUNDING_SOURCES, default="state_budget")
    funding_amount = fields.Float(string="Funding (VND)", digits=(16, 0))
    seats = fields.Integer(help="Planned number of participants (0: not limited).")
    is_retraining = fields.Boolean(
        string="Regular Retraining Module",
        help="A module of regular retraining (bồi dưỡng thường xuyên): completing it credits "
        "its periods to the person's yearly retraining.",
    )
    retraining_module = fields.Char(size=200, help="Module of the retraining programme.")
    retraining_hours = fields.Float(string="Retraining Periods", digits=(16, 1))
    enrolment_ids = fields.One2many("vn.training.enrolment", "course_id", string="Enrolments")

    @api.model
    def _selection_form(self):
        """The forms of training of the training line (one list, in the reader's language)."""
        return self.env["vn.training"]._fields["form"]._description_selection(self.env)

    @api.constrains("date_from", "date_to", "funding_amount", "seats", "retraining_hours")
    def _check_values(self):
        for course in self:
            if course.date_to < course.date_from:
                raise ValidationError(_("The course %s cannot end before it starts.", course.name))
            if course.funding_amount < 0 or course.seats < 0:
                raise ValidationError(
                    _("The funding and the seats of a course cannot be negative.")
                )
            if course.retraining_hours < 0:
                raise ValidationError(_("Retraining periods cannot be negative."))
            if course.is_retraining and not course.retraining_hours:
                raise ValidationError(_("A regular retraining module needs its number of periods."))

    def _vn_check_plan_draft(self, plans):
        if self.env.su:
            return
        if any(plan.state != "draft" for plan in plans):
            raise UserError(
                _("The courses of a training plan change only while the plan is a draft.")
            )

    @api.model_create_multi
    def create(self, vals_list):
        plans = self.env["vn.training.plan"].browse(
            [vals["plan_id"] for vals in vals_list if vals.get("plan_id")]
        )
        self._vn_check_plan_draft(plans)
        return super().create(vals_list)

    def write(self, vals):
        plans = self.plan_id
        if vals.get("plan_id"):
            plans |= self.env["vn.training.plan"].browse(vals["plan_id"])
        self._vn_check_plan_draft(plans)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_plan_only(self):
        self._vn_check_plan_draft(self.plan_id)

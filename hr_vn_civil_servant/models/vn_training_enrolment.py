from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today

RECORDS_OFFICER = "hr_vn_civil_servant.group_records_officer"


def school_year_of(day):
    """First calendar year of the school year a day belongs to: school years start in
    September (2026-03-10 → 2025, the school year 2025-2026), as the retraining periods of
    TT 19/2019/TT-BGDĐT count per school year."""
    return day.year if day.month >= 9 else day.year - 1


class VnTrainingEnrolment(models.Model):
    """An employee enrolled in a course of an approved training plan, by the records
    officer of his unit or the HR office of the managing body (within the plan's units).
    *Completed* with the certificate (number, date, file) writes his training line
    (Mẫu 2C-BNV/2008 item 27, with the course's periods for a retraining module) in the
    same step; steps on ``vn.workflow.mixin``."""

    _name = "vn.training.enrolment"
    _description = "Training Enrolment"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "course_id, employee_id, id"
    _vn_wf_guarded_fields = ("training_id", "completed_by_id")
    _vn_wf_frozen = {
        "completed": "__all__",
        "cancelled": "__all__",
    }

    course_id = fields.Many2one(
        "vn.training.course", required=True, index=True, ondelete="restrict"
    )
    plan_id = fields.Many2one(related="course_id.plan_id", store=True, index=True)
    employee_id = fields.Many2one("hr.employee", required=True, index=True, ondelete="restrict")
    company_id = fields.Many2one(
        related="employee_id.company_id", store=True, index=True, string="Unit"
    )
    user_id = fields.Many2one(related="employee_id.user_id", string="User")
    state = fields.Selection(
        [("enrolled", "Enrolled"), ("completed", "Completed"), ("cancelled", "Cancelled")],
        default="enrolled",
        required=True,
        index=True,
        tracking=True,
        readonly=True,
        copy=False,
    )
    certificate_number = fields.Char(size=100, help="Number of the certificate or diploma.")
    certificate_date = fields.Date(help="Date the certificate was issued.")
    certificate_file = fields.Binary(attachment=True, copy=False)
    certificate_filename = fields.Char(size=255)
    training_id = fields.Many2one(
        "vn.training", string="Training Line", readonly=True, copy=False, ondelete="set null"
    )
    completed_by_id = fields.Many2one("res.users", string="Completed by", readonly=True, copy=False)

    _sql_constraints = [
        (
            "course_employee_unique",
            "UNIQUE(course_id, employee_id)",
            "An employee is enrolled only once in a course.",
        ),
    ]

    @api.depends("employee_id", "course_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = f"{rec.employee_id.name or ''} – {rec.course_id.name or ''}"

    @api.constrains("course_id", "employee_id")
    def _check_plan_units(self):
        """Only the staff of the plan's units are enrolled, in an approved plan."""
        for rec in self:
            plan = rec.course_id.sudo().plan_id
            if plan.state != "approved":
                raise ValidationError(
                    _("Employees are enrolled only in the courses of an approved plan.")
                )
            if rec.employee_id.sudo().company_id not in plan.company_ids:
                raise ValidationError(
                    _(
                        "%(employee)s does not work in a unit of the training plan %(plan)s.",
                        employee=rec.employee_id.sudo().name,
                        plan=plan.name,
                    )
                )

    @api.constrains("certificate_date")
    def _check_certificate_date(self):
        today = vn_today(self)
        for rec in self:
            if rec.certificate_date and rec.certificate_date > today:
                raise ValidationError(_("The certificate date cannot be in the future."))

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "complete": {
                "label": _("Completed"),
                "sources": ("enrolled",),
                "target": "completed",
                "deciders": "_vn_unit_officers",
                "check": "_vn_check_complete",
                "stamp": {"completed_by_id": "user"},
            },
            "cancel": {
                "label": _("Cancel the Enrolment"),
                "sources": ("enrolled",),
                "target": "cancelled",
                "deciders": "_vn_unit_officers",
            },
        }

    def _vn_wf_authors(self):
        return self.sudo().employee_id.user_id

    def _vn_unit_officers(self):
        """Records officers, unit heads and HR office of the person's unit."""
        return self._vn_wf_users(RECORDS_OFFICER, self.sudo().company_id)

    def _vn_check_complete(self):
        if not self.certificate_number or not self.certificate_date:
            raise UserError(
                _(
                    "Give the number and the date of the certificate of %s before "
                    "marking the course completed.",
                    self.employee_id.sudo().name,
                )
            )
        if self.sudo().plan_id.state != "approved":
            raise UserError(_("Courses of a closed plan can no longer be completed."))

    def _vn_training_line_values(self):
        """The training line of item 27 of Mẫu 2C-BNV/2008 (the five columns: school,
        subject, from-to, form, diploma or certificate), and the retraining periods of a
        regular retraining module, counted for the school year the course ends in."""
        self.ensure_one()
        course = self.course_id.sudo()
        diploma = course.diploma or course.name
        vals = {
            "employee_id": self.employee_id.id,
            "school": course.school,
            "major": course.major or course.name,
            "form": course.form,
            "date_from": course.date_from,
            "date_to": course.date_to,
            "diploma": f"{diploma} ({_('No.')} {self.certificate_number})",
            "decision_number": self.certificate_number,
            "decision_date": self.certificate_date,
            "decision_signer": course.school,
        }
        if course.is_retraining:
            vals.update(
                retraining_hours=course.retraining_hours,
                retraining_year=school_year_of(course.date_to),
                retraining_module=course.retraining_module or course.name,
            )
        return vals

    def action_complete(self):
        """Completed with the certificate → the training line, in one step. The line is
        created with the user's own rights: the unit lock and 'never one's own record'
        apply as for any training line."""
        Training = self.env["vn.training"]
        for rec in self:
            rec._vn_wf_take(
                "complete",
                vals_fn=lambda r: {"training_id": Training.create(r._vn_training_line_values()).id},
            )
            if rec.certificate_file:
                rec.sudo()._vn_attach_certificate()
        return True

    def _vn_attach_certificate(self):
        """A copy of the certificate file on the training line."""
        self.ensure_one()
        self.env["ir.attachment"].create(
            {
                "name": self.certificate_filename or _("Certificate"),
                "datas": self.certificate_file,
                "res_model": "vn.training",
                "res_id": self.training_id.id,
            }
        )

    def action_cancel(self):
        self._vn_wf_take("cancel")
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_enrolled_only(self):
        if any(rec.state == "completed" for rec in self):
            raise UserError(_("A completed enrolment cannot be deleted."))

    @api.model
    def _vn_demo_complete(self, enrolment_id, user_id, number):
        """Demo data: the records officer completes an enrolment with its certificate."""
        rec = self.browse(enrolment_id).with_user(user_id)
        rec.write({"certificate_number": number, "certificate_date": vn_today(self)})
        return rec.action_complete()

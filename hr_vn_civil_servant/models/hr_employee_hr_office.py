from datetime import timedelta

from odoo import _, api, fields, models

from ..tools import hr_decision_rules
from ..tools.dates import vn_today

HR = "hr.group_hr_user"
HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
DEFAULT_PROBATION_REMINDER_DAYS = 30


class HrEmployee(models.Model):
    """What the HR office's decisions add to the record: the recruitment round, the
    probation (tập sự) with its end, supervisor and result; the step-raise due rule."""

    _inherit = ["hr.employee"]

    vn_recruitment_round_id = fields.Many2one(
        "vn.recruitment.round", string="Recruitment Round", groups=HR, readonly=True, copy=False
    )
    vn_probation_start = fields.Date(string="Probation Start", groups=HR, copy=False)
    vn_probation_months = fields.Integer(string="Probation (months)", groups=HR, copy=False)
    vn_probation_end = fields.Date(
        string="Probation End",
        compute="_compute_vn_probation_end",
        store=True,
        index=True,
        groups=HR,
        help="Last day of probation (Nghị định 115/2020/NĐ-CP Điều 21 for viên chức, "
        "Nghị định 138/2020/NĐ-CP Điều 20 for công chức).",
    )
    vn_probation_supervisor_id = fields.Many2one(
        "hr.employee", string="Probation Supervisor", groups=HR, copy=False
    )
    vn_probation_state = fields.Selection(
        [("ongoing", "On Probation"), ("passed", "Probation Passed"), ("failed", "Not Passed")],
        string="Probation",
        groups=HR,
        index=True,
        copy=False,
        readonly=True,
    )
    vn_probation_decision = fields.Char(
        string="Probation Decision", groups=HR, readonly=True, copy=False
    )

    @api.depends("vn_probation_start", "vn_probation_months")
    def _compute_vn_probation_end(self):
        for employee in self:
            employee.vn_probation_end = hr_decision_rules.probation_end(
                employee.vn_probation_start, employee.vn_probation_months
            )

    @api.model
    def _vn_raise_due_domain(self, company, date_field, date_from, date_to):
        """The step-raise due list's rule (vn_reports, HR office lists): working staff of
        the unit and its units whose next regular step (``vn_next_step_date``) or next
        over-ceiling rate (``vn_next_over_ceiling_date``) falls in the period."""
        return [
            ("company_id", "child_of", company.id),
            ("vn_work_state", "=", "working"),
            (date_field, ">=", date_from),
            (date_field, "<=", date_to),
        ]

    # ------------------------------------------------------------------ reminders
    @api.model
    def _cron_vn_probation_reminders(self):
        """Daily: a to-do to the HR office of the managing body and to the supervisor,
        the managing body's number of days before the end of a probation (setting
        *Days Before the End of Probation*). Re-runs give no second to-do."""
        today = vn_today(self)
        Employee = self.sudo()
        activity_type = self.env.ref("hr_vn_civil_servant.mail_activity_type_vn_probation_end")
        model_id = self.env["ir.model"]._get_id("hr.employee")
        hr_group = self.env.ref(HR_OFFICE)
        vals_list = []
        for body in self.env["res.company"].sudo().search([("parent_id", "=", False)]):
            days = body.vn_probation_reminder_days
            staff = Employee.search(
                [
                    ("company_id", "child_of", body.id),
                    ("vn_probation_state", "=", "ongoing"),
                    ("vn_probation_end", ">=", today),
                    ("vn_probation_end", "<=", today + timedelta(days=days)),
                ]
            )
            if not staff:
                continue
            done = {
                (res_id, user.id)
                for res_id, user in self.env["mail.activity"]
                .sudo()
                ._read_group(
                    [
                        ("res_model", "=", "hr.employee"),
                        ("res_id", "in", staff.ids),
                        ("activity_type_id", "=", activity_type.id),
                    ],
                    ["res_id", "user_id"],
                )
            }
            office = hr_group.users.filtered(lambda u, b=body: b in u.company_ids and u.active)
            for employee in staff:
                users = office.filtered(lambda u, e=employee: e.company_id in u.company_ids)
                users |= employee.vn_probation_supervisor_id.user_id
                for user in users:
                    if (employee.id, user.id) in done:
                        continue
                    vals_list.append(
                        {
                            "res_model_id": model_id,
                            "res_id": employee.id,
                            "activity_type_id": activity_type.id,
                            "user_id": user.id,
                            "summary": _("Probation ends: prepare the confirmation decision"),
                            "date_deadline": employee.vn_probation_end,
                        }
                    )
        self.env["mail.activity"].sudo().with_context(mail_activity_quick_update=True).create(
            vals_list
        )
        return len(vals_list)

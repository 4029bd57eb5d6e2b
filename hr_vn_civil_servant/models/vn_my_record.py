from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from .hr_employee import VN_COMPLETENESS_ITEMS

# Items of Mẫu 2C-BNV/2008 shown on "My record", in the form's order.
MY_RECORD_FIELDS = [
    "name",
    "vn_birth_name",
    "vn_other_names",
    "birthday",
    "gender",
    "place_of_birth",
    "vn_hometown",
    "vn_ethnicity_id",
    "vn_religion_id",
    "vn_permanent_street",
    "vn_permanent_ward_id",
    "vn_permanent_province_id",
    "private_street",
    "vn_residence_ward_id",
    "vn_residence_province_id",
    "mobile_phone",
    "private_email",
    "vn_recruitment_date",
    "vn_main_duties",
    "vn_grade_id",
    "vn_general_education_id",
    "vn_professional_level_id",
    "vn_political_theory_id",
    "vn_state_management_id",
    "vn_foreign_language",
    "vn_foreign_language_level_id",
    "vn_it_level_id",
    "identification_id",
    "ssnid",
]
# The histories of the record shown on "My record".
MY_RECORD_HISTORIES = [
    "vn_training_ids",
    "vn_work_history_ids",
    "vn_family_ids",
    "vn_salary_history_ids",
    "vn_reward_ids",
    "vn_health_check_ids",
]


class VnMyRecord(models.TransientModel):
    """Hồ sơ của tôi: the current user's own personnel record (Mẫu 2C-BNV/2008), read
    only, with its completeness and the items still missing, and the ways to change it
    (a change request) and to print it (his CV). It is always the record of the user
    himself: nothing of it is given by the client."""

    _name = "vn.my.record"
    _description = "My Personnel Record"

    employee_id = fields.Many2one("hr.employee", compute="_compute_record")
    name = fields.Char(compute="_compute_record", string="Full Name")
    company_name = fields.Char(compute="_compute_record", string="Unit")
    completeness = fields.Integer(compute="_compute_record", string="Completeness (%)")
    missing_count = fields.Integer(compute="_compute_record", string="Missing Items")
    missing_text = fields.Text(compute="_compute_record", string="What Is Missing")
    record_html = fields.Html(compute="_compute_record", string="Personnel Record", sanitize=False)
    histories_html = fields.Html(compute="_compute_record", string="Histories", sanitize=False)

    @api.model
    def _vn_own_employee(self):
        """The user's own personnel record (the system's read of his record only)."""
        return self.env["hr.employee"].sudo().search([("user_id", "=", self.env.uid)], limit=1)

    @api.depends_context("uid")
    def _compute_record(self):
        employee = self._vn_own_employee()
        values = self._vn_record_values(employee)
        for record in self:
            record.update(values)

    def _vn_value_text(self, employee, fname):
        field = employee._fields[fname]
        value = employee[fname]
        if not value and field.type not in ("integer", "float"):
            return ""
        if field.type == "many2one":
            return value.display_name
        if field.type == "selection":
            return dict(field._description_selection(self.env)).get(value, value)
        if field.type == "date":
            return value.strftime("%d/%m/%Y")
        return str(value)

    def _vn_record_values(self, employee):
        if not employee:
            return {
                "employee_id": False,
                "name": self.env.user.name,
                "company_name": self.env.company.name,
                "completeness": 0,
                "missing_count": 0,
                "missing_text": _(
                    "You have no personnel record: ask the records officer of your unit."
                ),
                "record_html": False,
                "histories_html": False,
            }
        labels = {
            fname: employee._fields[fname]._description_string(self.env)
            for fname in MY_RECORD_FIELDS + MY_RECORD_HISTORIES
            if fname in employee._fields
        }
        missing = [
            _(
                "Item %(item)s: %(label)s",
                item=item,
                label=employee._fields[fname]._description_string(self.env),
            )
            for fname, item in VN_COMPLETENESS_ITEMS
            if fname in employee._fields and not employee[fname]
        ]
        rows = Markup("").join(
            Markup("<tr><th>%s</th><td>%s</td></tr>")
            % (labels[fname], self._vn_value_text(employee, fname) or "—")
            for fname in MY_RECORD_FIELDS
            if fname in labels
        )
        blocks = []
        for fname in MY_RECORD_HISTORIES:
            if fname not in labels:
                continue
            lines = employee[fname]
            items = Markup("").join(
                Markup("<li>%s%s</li>")
                % (
                    " – ".join(
                        d.strftime("%d/%m/%Y") for d in (line["date_from"], line["date_to"]) if d
                    )
                    + (": " if line["date_from"] else "")
                    if "date_from" in line._fields
                    else "",
                    line.display_name,
                )
                for line in lines
            ) or Markup("<li>%s</li>") % _("None declared")
            blocks.append(
                Markup('<h5 class="mt-3">%s (%s)</h5><ul>%s</ul>')
                % (labels[fname], len(lines), items)
            )
        return {
            "employee_id": employee.id,
            "name": employee.name,
            "company_name": employee.company_id.name,
            "completeness": employee.vn_completeness,
            "missing_count": len(missing),
            "missing_text": "\n".join(missing) or _("Nothing is missing."),
            "record_html": Markup('<table class="table table-sm o_vn_my_record">%s</table>') % rows,
            "histories_html": Markup("").join(blocks),
        }

    # ------------------------------------------------------------------ buttons
    def action_declare_change(self):
        """Declare a change: a new change request for his own record."""
        employee = self._vn_own_employee()
        if not employee:
            raise UserError(
                _("You have no personnel record: ask the records officer of your unit.")
            )
        return {
            "type": "ir.actions.act_window",
            "name": _("Declare a Change"),
            "res_model": "vn.profile.change.request",
            "view_mode": "form",
            "target": "current",
            "context": {"default_employee_id": employee.id},
        }

    def action_print_cv(self):
        """Print my CV (Mẫu 2C), rendered with the user's own rights."""
        employee = self._vn_own_employee().with_env(self.env)
        if not employee:
            raise UserError(
                _("You have no personnel record: ask the records officer of your unit.")
            )
        if hasattr(employee, "_vn_cv_report_action"):
            return employee._vn_cv_report_action()
        report = self.env.ref("vn_reports.action_report_employee_2c", raise_if_not_found=False)
        if not report:
            raise UserError(_("The printed forms (module vn_reports) are not installed."))
        return report.report_action(employee.ids)

    @api.model
    def action_open(self):
        """Menu *My Record*: the form of the user's own record."""
        return {
            "type": "ir.actions.act_window",
            "name": _("My Record"),
            "res_model": self._name,
            "res_id": self.create({}).id,
            "view_mode": "form",
            "target": "current",
        }

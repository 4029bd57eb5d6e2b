from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today
from odoo.addons.hr_vn_civil_servant.tools.model_labels import vn_stored_lang


class VnFilePlan(models.Model):
    """Danh mục hồ sơ (file plan) of a unit for one year, approved by the head of the
    unit at the start of the year (Nghị định 30/2020/NĐ-CP, Điều 28 and Phụ lục V)."""

    _name = "vn.file.plan"
    _description = "File Plan"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]
    _order = "year desc, company_id"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
    )
    year = fields.Integer(required=True, index=True, default=lambda self: vn_today(self).year)
    state = fields.Selection(
        [("draft", "Draft"), ("approved", "Approved")],
        default="draft",
        required=True,
        tracking=True,
    )
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    approved_date = fields.Date(readonly=True, copy=False)
    line_ids = fields.One2many(
        "vn.file.plan.line", "plan_id", string="Planned Case Files", copy=True
    )
    note = fields.Text()

    _sql_constraints = [
        (
            "company_year_unique",
            "UNIQUE(company_id, year)",
            "A unit has only one file plan per year.",
        ),
    ]

    @api.depends("company_id", "year")
    def _compute_name(self):
        """The stored name, in the schools' language whoever creates the plan."""
        env = self.with_context(lang=vn_stored_lang(self.env)).env
        for rec in self:
            rec.name = env._(
                "File plan %(year)s - %(unit)s",
                year=rec.year,
                unit=rec.company_id.vn_short_name or rec.company_id.name or "",
            )

    @api.constrains("year")
    def _check_year(self):
        for rec in self:
            if not 1945 <= rec.year <= 2200:
                raise ValidationError(self.env._("The year %(year)s is not valid.", year=rec.year))

    def action_approve(self):
        """The head of the unit approves the danh mục hồ sơ (NĐ 30/2020, Điều 28)."""
        if not self.env.su and not self.env.user.has_group("documents_vn_office.group_leader"):
            raise UserError(self.env._("Only a leader of the unit can approve a file plan."))
        for rec in self:
            if rec.state != "draft":
                raise UserError(self.env._("Only a draft file plan can be approved."))
            if not rec.line_ids:
                raise UserError(self.env._("Add at least one planned case file before approving."))
        self.write(
            {
                "state": "approved",
                "approved_by_id": self.env.user.id,
                "approved_date": vn_today(self),
            }
        )

    def action_reset_draft(self):
        if not self.env.su and not self.env.user.has_group("documents_vn_office.group_leader"):
            raise UserError(self.env._("Only a leader of the unit can reset a file plan."))
        self.write({"state": "draft", "approved_by_id": False, "approved_date": False})

    def action_open_case_files(self):
        """Open a case file for every planned line that has none yet."""
        self.ensure_one()
        if self.state != "approved":
            raise UserError(self.env._("Approve the file plan before opening its case files."))
        self.line_ids.filtered(lambda line: not line.case_file_ids).action_open_case_file()
        return self.action_view_case_files()

    def action_view_case_files(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "documents_vn_office.vn_case_file_action"
        )
        action["domain"] = [("file_plan_line_id.plan_id", "=", self.id)]
        action["context"] = {"default_company_id": self.company_id.id, "default_year": self.year}
        return action

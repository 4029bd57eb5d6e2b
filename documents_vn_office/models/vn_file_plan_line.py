from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class VnFilePlanLine(models.Model):
    """A row of the danh mục hồ sơ: a planned case file (Phụ lục V, NĐ 30/2020)."""

    _name = "vn.file.plan.line"
    _description = "Planned Case File"
    _inherit = ["vn.value.limit.mixin"]
    _order = "plan_id, sequence, code"

    plan_id = fields.Many2one("vn.file.plan", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    year = fields.Integer(related="plan_id.year", store=True)
    sequence = fields.Integer(default=10)
    code = fields.Char(
        required=True, help='Code of the case file (số và ký hiệu hồ sơ), e.g. "01.TCCB".'
    )
    name = fields.Char(string="Title", required=True, index="trigram")
    retention_id = fields.Many2one("vn.retention.period", required=True)
    retention_is_placeholder = fields.Boolean(
        related="retention_id.is_placeholder",
        string="Retention To Verify",
        help="The chosen retention period is still a placeholder value of the repealed "
        "Thông tư 09/2011/TT-BNV: check it against Thông tư 10/2022/TT-BNV.",
    )
    responsible_user_id = fields.Many2one(
        "res.users", string="Person Responsible", domain="[('company_ids', 'in', company_id)]"
    )
    note = fields.Char()
    case_file_ids = fields.One2many("vn.case.file", "file_plan_line_id", string="Case Files")
    case_file_count = fields.Integer(compute="_compute_case_file_count")

    _sql_constraints = [
        ("code_unique", "UNIQUE(plan_id, code)", "A code appears only once in a file plan."),
    ]

    @api.depends("code", "name")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = f"{rec.code} - {rec.name}"

    def _compute_case_file_count(self):
        counts = dict(
            self.env["vn.case.file"]._read_group(
                [("file_plan_line_id", "in", self.ids)], ["file_plan_line_id"], ["__count"]
            )
        )
        for rec in self:
            rec.case_file_count = counts.get(rec, 0)

    @api.constrains("code")
    def _check_code(self):
        for rec in self:
            if not (rec.code or "").strip():
                raise ValidationError(self.env._("A planned case file needs a code."))

    def _prepare_case_file_vals(self):
        self.ensure_one()
        return {
            "code": self.code,
            "name": self.name,
            "year": self.plan_id.year,
            "company_id": self.plan_id.company_id.id,
            "retention_id": self.retention_id.id,
            "responsible_user_id": (self.responsible_user_id or self.env.user).id,
            "file_plan_line_id": self.id,
        }

    def action_open_case_file(self):
        """Open (create) the case file of each planned line (NĐ 30/2020, Điều 29)."""
        for rec in self:
            if rec.plan_id.state != "approved":
                raise UserError(
                    self.env._("The file plan of %(code)s is not approved yet.", code=rec.code)
                )
        files = self.env["vn.case.file"].create([rec._prepare_case_file_vals() for rec in self])
        if len(files) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": "vn.case.file",
                "res_id": files.id,
                "view_mode": "form",
            }
        return True

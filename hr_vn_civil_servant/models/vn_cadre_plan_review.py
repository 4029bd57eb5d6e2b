from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today


class VnCadrePlanReview(models.Model):
    """A line of the yearly review of a cadre plan (rà soát, bổ sung quy hoạch hằng năm,
    Quy định 50-QĐ/TW 2021 [R]): a person added to or removed from the plan for a
    position, with the reason and the decision. Creating the line applies it to the
    plan; review lines are never changed or deleted afterwards."""

    _name = "vn.cadre.plan.review"
    _description = "Cadre Plan Review Line"
    _inherit = ["vn.value.limit.mixin"]
    _order = "plan_id, year desc, id desc"

    plan_id = fields.Many2one("vn.cadre.plan", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    year = fields.Integer(required=True, default=lambda s: vn_today(s).year, aggregator=None)
    action = fields.Selection([("add", "Add"), ("remove", "Remove")], required=True, default="add")
    position_id = fields.Many2one("vn.position", required=True, ondelete="restrict")
    employee_id = fields.Many2one("hr.employee", required=True, ondelete="restrict")
    reason = fields.Text(required=True)
    decision_ref = fields.Char(string="Decision Number", size=64)
    user_id = fields.Many2one(
        "res.users", string="Recorded By", default=lambda s: s.env.user, readonly=True
    )

    @api.constrains("year", "plan_id")
    def _check_year(self):
        for review in self:
            plan = review.plan_id
            if not plan.term_start <= review.year <= plan.term_end:
                raise ValidationError(
                    _(
                        "A review of the plan %(plan)s is made in one of its years "
                        "(%(start)s–%(end)s).",
                        plan=plan.name,
                        start=plan.term_start,
                        end=plan.term_end,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not (vals.get("reason") or "").strip():
                raise ValidationError(_("Give the reason for adding or removing a person."))
            if not self.env.su:
                vals["user_id"] = self.env.uid
        reviews = super().create(vals_list)
        for review in reviews:
            review._vn_apply()
        return reviews

    def _vn_apply(self):
        Line = self.env["vn.cadre.plan.line"]
        lines = Line.search(
            [
                ("plan_id", "=", self.plan_id.id),
                ("position_id", "=", self.position_id.id),
                ("employee_id", "=", self.employee_id.id),
            ]
        )
        if self.action == "add":
            if lines.filtered(lambda line: line.state == "planned"):
                raise ValidationError(
                    _("%s is already planned for this position.", self.employee_id.name)
                )
            if lines:
                lines.sudo().write({"state": "planned", "added_year": self.year, "removed_year": 0})
            else:
                Line.create(
                    {
                        "plan_id": self.plan_id.id,
                        "position_id": self.position_id.id,
                        "employee_id": self.employee_id.id,
                        "added_year": self.year,
                    }
                )
        else:
            planned = lines.filtered(lambda line: line.state == "planned")
            if not planned:
                raise ValidationError(
                    _(
                        "%s is not planned for this position: nothing to remove.",
                        self.employee_id.name,
                    )
                )
            planned.sudo().write({"state": "removed", "removed_year": self.year})

    def write(self, vals):
        if not self.env.su:
            raise UserError(_("A review line is kept as recorded: add a new line instead."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if not self.env.su:
            raise UserError(_("A review line is kept as recorded: add a new line instead."))

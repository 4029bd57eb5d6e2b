from odoo import _, api, fields, models
from odoo.exceptions import UserError


class VnProbationConfirmation(models.Model):
    """Decision at the end of probation (quyết định công nhận hết thời gian tập sự, or
    the end of the recruitment when the probation is not passed; Nghị định 115/2020/NĐ-CP
    Điều 22-23 for viên chức, Nghị định 138/2020/NĐ-CP for công chức [R]). The HR
    office proposes it with the supervisor's assessment, the competent head approves it,
    and the approval writes the result on the record and a work-history line."""

    _name = "vn.probation.confirmation"
    _description = "Probation Decision"
    _inherit = ["vn.hr.decision.mixin"]
    _order = "id desc"

    employee_id = fields.Many2one("hr.employee", required=True, index=True, ondelete="restrict")
    company_id = fields.Many2one(
        compute="_compute_company_id", store=True, precompute=True, readonly=True
    )
    result = fields.Selection(
        [("passed", "Probation Passed"), ("failed", "Not Passed")],
        required=True,
        default="passed",
    )
    decision_number = fields.Char(size=64)
    assessment = fields.Text(string="Supervisor's Assessment")

    @api.depends("employee_id")
    def _compute_company_id(self):
        for rec in self:
            rec.company_id = rec.employee_id.sudo().company_id

    @api.depends("employee_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = _("Probation: %s", rec.employee_id.sudo().name or "")

    def _vn_approve_label(self):
        return _("Approve the Probation Decision")

    def _vn_check_submit(self):
        for rec in self:
            if rec.employee_id.sudo().vn_probation_state != "ongoing":
                raise UserError(_("%s is not on probation.", rec.employee_id.sudo().name))
            if not rec.decision_number:
                raise UserError(_("Give the decision number."))

    def _vn_apply(self):
        for rec in self:
            employee = rec.employee_id.sudo()
            label = dict(self._fields["result"]._description_selection(self.env))[rec.result]
            employee.write(
                {
                    "vn_probation_state": rec.result,
                    "vn_probation_decision": f"{rec.decision_number} ({label})",
                    "vn_work_history_ids": [
                        (
                            0,
                            0,
                            {
                                "date_from": rec.approval_date,
                                "name": _("End of probation: %s", label),
                                "decision_number": rec.decision_number,
                                "decision_date": rec.approval_date,
                                "unit_id": employee.company_id.id,
                            },
                        )
                    ],
                }
            )

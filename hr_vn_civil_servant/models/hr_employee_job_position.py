from odoo import api, fields, models

HR = "hr.group_hr_user"


class HrEmployee(models.Model):
    """The job position (vị trí việc làm) a person holds in his unit's staffing plan,
    counted against the unit's staffing quota; and the warning when recording a new
    person would exceed it."""

    _inherit = "hr.employee"

    vn_job_position_id = fields.Many2one(
        "vn.job.position",
        string="Job Position (VTVL)",
        groups=HR,
        index=True,
        tracking=True,
        help="Vị trí việc làm in the unit's staffing plan (Nghị định 62/2020/NĐ-CP, "
        "106/2020/NĐ-CP; schools: Thông tư 20/2023/TT-BGDĐT).",
    )

    @api.onchange("company_id", "vn_staff_category", "vn_job_position_id")
    def _onchange_vn_staffing_quota(self):
        """Recording a new person beyond the quota: a warning, never a block."""
        if self._origin.id or not self.company_id or not self.vn_staff_category:
            return None
        warning = self.env["vn.staffing.quota"]._vn_quota_warning(
            self.company_id, self.vn_staff_category, self.vn_job_position_id
        )
        if warning:
            return {"warning": {"title": self.env._("Staffing quota"), "message": warning}}
        return None

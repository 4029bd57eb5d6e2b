from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

#: Kinds of contract of Nghị định 111/2022/NĐ-CP (Điều 3-4): service contracts and labour
#: contracts for support and service work (lái xe, bảo vệ, tạp vụ, nấu ăn...), and labour
#: contracts for professional work in public service units (Điều 4 khoản 2; for viên
#: chức positions not yet filled). [R: verify against the decree; NĐ 235/2026/NĐ-CP on
#: contracts in public service units (in force 01/7/2026, [S]) may change the list.]
CONTRACT_KINDS = [
    ("service", "Service Contract (Support and Service Work)"),
    ("labour_support", "Labour Contract (Support and Service Work)"),
    ("labour_professional", "Labour Contract (Professional Work)"),
]


class HrContract(models.Model):
    """Labour contracts of contract staff, on Odoo's own contracts (states, dates, wage,
    expiry reminder), with the kind of Nghị định 111/2022/NĐ-CP and the job position."""

    _name = "hr.contract"
    _inherit = ["hr.contract", "vn.value.limit.mixin"]

    vn_contract_kind = fields.Selection(
        CONTRACT_KINDS,
        string="Kind (NĐ 111/2022)",
        index=True,
        tracking=True,
        help="Counted against the unit's quota of contracts under Nghị định 111/2022/NĐ-CP.",
    )
    vn_job_position_id = fields.Many2one(
        "vn.job.position", string="Job Position (VTVL)", index=True, ondelete="restrict"
    )
    vn_decision_ref = fields.Char(string="Contract Number", size=64)
    # the officer who records the contract gets Odoo's expiry to-do (30 days ahead)
    hr_responsible_id = fields.Many2one(
        default=lambda self: not self.env.user._is_superuser() and self.env.user
    )

    @api.constrains("company_id", "employee_id")
    def _check_vn_unit(self):
        for contract in self:
            employee = contract.sudo().employee_id
            if employee and employee.company_id and employee.company_id != contract.company_id:
                raise ValidationError(
                    _(
                        "The contract of %(name)s belongs to his unit, %(unit)s.",
                        name=employee.name,
                        unit=employee.company_id.name,
                    )
                )

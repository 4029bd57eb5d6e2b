from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools.dates import vn_today

QUOTA_KINDS = [
    ("civil_servant", "Civil Servant Headcount (Biên chế công chức)"),
    ("public_employee", "Public Employee Headcount (Số lượng người làm việc)"),
    ("contract", "Contracts under NĐ 111/2022"),
]
#: Staff categories (hr.employee.vn_staff_category) counted against each kind of quota;
#: contracts are counted from the running labour contracts (hr.contract).
KIND_CATEGORIES = {
    "civil_servant": ("cadre", "civil_servant"),
    "public_employee": ("public_employee",),
}
#: Quotas are given for a year between this one and five years ahead.
FIRST_YEAR = 2000


class VnStaffingQuota(models.Model):
    """Staffing quota of a unit for a year, from the competent decision: biên chế công
    chức (Nghị định 62/2020/NĐ-CP), số lượng người làm việc of a public service unit
    (Nghị định 106/2020/NĐ-CP; schools: Thông tư 20/2023/TT-BGDĐT, 19/2023/TT-BGDĐT),
    and contracts for support work (Nghị định 111/2022/NĐ-CP). Optionally per job
    position (vị trí việc làm) when the decision breaks it down."""

    _name = "vn.staffing.quota"
    _description = "Staffing Quota"
    _inherit = ["vn.value.limit.mixin"]
    _order = "year desc, company_id, kind, position_id"
    _rec_name = "decision_ref"

    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    year = fields.Integer(required=True, index=True, default=lambda self: vn_today(self).year)
    kind = fields.Selection(QUOTA_KINDS, required=True, default="public_employee", index=True)
    position_id = fields.Many2one(
        "vn.job.position",
        string="Job Position",
        index=True,
        ondelete="restrict",
        help="Empty: the unit's quota for the kind; set: the part of it for one job position.",
    )
    quota = fields.Integer(string="Assigned", required=True, aggregator="sum")
    decision_ref = fields.Char(string="Decision", required=True, size=64)
    decision_date = fields.Date()
    issuer = fields.Char(string="Issued By", help="The competent authority that gave the quota.")
    note = fields.Text()
    active = fields.Boolean(default=True)
    actual_count = fields.Integer(
        string="Actual", compute="_compute_actual", help="People working in the unit now."
    )
    difference = fields.Integer(
        compute="_compute_actual", help="Assigned minus actual: negative when exceeded."
    )

    @api.depends("company_id", "kind", "position_id", "quota")
    def _compute_actual(self):
        saved = self.filtered("id")
        Report = self.env["vn.staffing.report"].sudo()
        Report.invalidate_model(["actual"])  # a database view: always read afresh
        actual = dict(
            Report.search_fetch([("id", "in", saved.ids)], ["actual"]).mapped(
                lambda r: (r.id, r.actual)
            )
        )
        for quota in self:
            quota.actual_count = actual.get(quota.id, 0)
            quota.difference = quota.quota - quota.actual_count

    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for quota in self:
            parts = [quota.company_id.name or "", str(quota.year), kinds.get(quota.kind, "")]
            if quota.position_id:
                parts.append(quota.position_id.name)
            quota.display_name = " - ".join(p for p in parts if p)

    @api.constrains("quota", "year")
    def _check_values(self):
        last = vn_today(self).year + 5
        for quota in self:
            if quota.quota < 0:
                raise ValidationError(
                    _("The assigned quota of %s cannot be below zero.", quota.company_id.name)
                )
            if not FIRST_YEAR <= quota.year <= last:
                raise ValidationError(
                    _(
                        "The year of a staffing quota must be between %(first)s and %(last)s.",
                        first=FIRST_YEAR,
                        last=last,
                    )
                )

    @api.constrains("company_id", "year", "kind", "position_id", "active")
    def _check_unique(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for quota in self.filtered("active"):
            twin = self.sudo().search_count(
                [
                    ("id", "!=", quota.id),
                    ("company_id", "=", quota.company_id.id),
                    ("year", "=", quota.year),
                    ("kind", "=", quota.kind),
                    ("position_id", "=", quota.position_id.id),
                ]
            )
            if twin:
                position = f" ({quota.position_id.name})" if quota.position_id else ""
                raise ValidationError(
                    _(
                        "%(unit)s already has a quota of %(kind)s for %(year)s%(position)s: "
                        "correct that one instead of adding another.",
                        unit=quota.company_id.name,
                        kind=kinds.get(quota.kind),
                        year=quota.year,
                        position=position,
                    )
                )

    # ------------------------------------------------------------------ warnings
    @api.model
    def _vn_kind_of(self, staff_category):
        for kind, categories in KIND_CATEGORIES.items():
            if staff_category in categories:
                return kind
        return "contract" if staff_category == "contract_worker" else False

    @api.model
    def _vn_quota_warning(self, company, staff_category, job_position=None, extra=1, year=None):
        """The warning shown to the HR office when ``extra`` more people of
        ``staff_category`` (and ``job_position``) in ``company`` would exceed its quota for
        ``year`` (this year): a message, or False. A warning, not a block: the decision
        is the competent authority's, and quotas are often adjusted later in the year.
        Only the quotas the caller may read are counted."""
        kind = self._vn_kind_of(staff_category)
        if not company or not kind:
            return False
        year = year or vn_today(self).year
        positions = [False] + ([job_position.id] if job_position else [])
        # with the caller's rights: a managing body never learns another's quotas
        quotas = self.search(
            [
                ("company_id", "=", company.id),
                ("year", "=", year),
                ("kind", "=", kind),
                ("position_id", "in", positions),
            ]
        )
        messages = []
        for quota in quotas:
            if quota.actual_count + extra > quota.quota:
                messages.append(
                    _(
                        "%(quota)s: %(assigned)s assigned, %(actual)s working; %(extra)s more "
                        "would exceed it (decision %(decision)s).",
                        quota=quota.display_name,
                        assigned=quota.quota,
                        actual=quota.actual_count,
                        extra=extra,
                        decision=quota.decision_ref,
                    )
                )
        return "\n".join(messages) or False

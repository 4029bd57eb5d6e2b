from odoo import api, fields, models

#: The column "Tổng số biên chế được giao" of each form and the kind of quota it prints.
ASSIGNED_KINDS = {"bm02": "civil_servant", "bm01_vc": "public_employee"}


class ReportStaffStatistics(models.AbstractModel):
    """The assigned headcount column of the staff statistics, filled from the staffing
    quotas (vn.staffing.quota) of the report's year: the unit's quota of the kind the
    form counts (biên chế công chức for BM02/BNV), not the per-position breakdown.
    Blank for a unit without a recorded quota."""

    _inherit = "report.vn_reports.report_staff_statistics"

    @api.model
    def _vn_assigned_quotas(self, units, form, report_date):
        """{unit id: assigned headcount} read as the user (record rules apply)."""
        kind = ASSIGNED_KINDS.get(form)
        if not kind or not units:
            return {}
        groups = self.env["vn.staffing.quota"]._read_group(
            [
                ("company_id", "in", units.ids),
                ("year", "=", fields.Date.to_date(report_date).year),
                ("kind", "=", kind),
                ("position_id", "=", False),
            ],
            ["company_id"],
            ["quota:sum"],
        )
        return {unit.id: total for unit, total in groups}

    @api.model
    def _vn_statistics_matrix(self, company, form="bm01_vc", report_date=None, **kwargs):
        matrix = super()._vn_statistics_matrix(company, form, report_date, **kwargs)
        keys = [key for key, _label in matrix["columns"]]
        if "assigned" not in keys:
            return matrix
        index = keys.index("assigned")
        assigned = self._vn_assigned_quotas(
            self.env["res.company"].browse([row["unit_id"] for row in matrix["rows"]]),
            form,
            matrix["report_date"],
        )
        for row in matrix["rows"]:
            row["values"][index] = assigned.get(row["unit_id"])
        matrix["totals"][index] = sum(assigned.values()) if assigned else None
        return matrix

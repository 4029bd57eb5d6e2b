from odoo import api, fields, models


class VnRetrainingRequirement(models.Model):
    """Required yearly hours of regular retraining (bồi dưỡng thường xuyên) of teachers and
    school managers, with their basis and validity: Thông tư 19/2019/TT-BGDĐT (Quy chế bồi
    dưỡng thường xuyên giáo viên, cán bộ quản lý cơ sở giáo dục mầm non, cơ sở giáo dục
    phổ thông và giáo viên trung tâm giáo dục thường xuyên), 120 tiết per school year."""

    _name = "vn.retraining.requirement"
    _description = "Retraining Requirement"
    _inherit = ["vn.value.limit.mixin"]
    _order = "date_from desc, id desc"

    hours = fields.Integer(string="Required Periods per Year", required=True)
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    legal_basis = fields.Char(required=True)
    verified = fields.Boolean(
        help="The figure and the article were checked against the legal text itself."
    )

    _sql_constraints = [
        ("hours_positive", "CHECK(hours > 0)", "The required periods must be positive."),
    ]

    @api.model
    def _vn_required_hours(self, year):
        """Periods of retraining required for the school year starting in September of
        ``year`` (TT 19/2019/TT-BGDĐT: 120 tiết/năm học); 0 when no row is in force."""
        if not year:
            return 0
        day = fields.Date.to_date(f"{int(year)}-09-01")
        row = self.sudo().search(
            [("date_from", "<=", day), "|", ("date_to", "=", False), ("date_to", ">=", day)],
            limit=1,
        )
        return row.hours

    @api.model
    def _vn_short_employees(self, year, employees):
        """The ``employees`` whose retraining periods of ``year`` (sum of
        ``vn.training.retraining_hours`` of lines with ``retraining_year = year``) are
        below the required total. Read with the caller's rights: only lines he may read
        count, and only employees he passed are returned. One grouped read."""
        required = self._vn_required_hours(year)
        if not required or not employees:
            return employees.browse()
        groups = self.env["vn.training"]._read_group(
            [("retraining_year", "=", year), ("employee_id", "in", employees.ids)],
            ["employee_id"],
            ["retraining_hours:sum"],
        )
        done = {employee.id: total for employee, total in groups}
        return employees.filtered(lambda e: done.get(e.id, 0.0) < required)

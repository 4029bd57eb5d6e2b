from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools.dates import vn_today


class HrEmployee(models.Model):
    """Who is short of the yearly regular retraining (bồi dưỡng thường xuyên,
    TT 19/2019/TT-BGDĐT), as a domain other lists can count with."""

    _inherit = ["hr.employee"]

    vn_retraining_short = fields.Boolean(
        string="Short of Retraining",
        compute="_compute_vn_retraining_short",
        search="_search_vn_retraining_short",
        help="Fewer retraining periods than required for the school year (the current one, "
        "or the one in the context key vn_retraining_year).",
    )

    @api.model
    def _vn_retraining_year(self):
        """The school year asked for: context ``vn_retraining_year``, else the current
        school year (it starts in September)."""
        year = self.env.context.get("vn_retraining_year")
        if year:
            return int(year)
        today = vn_today(self)
        return today.year if today.month >= 9 else today.year - 1

    def _compute_vn_retraining_short(self):
        short = self.env["vn.retraining.requirement"]._vn_short_employees(
            self._vn_retraining_year(), self
        )
        for employee in self:
            employee.vn_retraining_short = employee in short

    def _search_vn_retraining_short(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(_("Search “Short of Retraining” with = or != and a yes/no value."))
        year = self._vn_retraining_year()
        required = self.env["vn.retraining.requirement"]._vn_required_hours(year)
        wanted_short = (operator == "=") == value
        if not required:
            return [("id", "=", 0)] if wanted_short else []
        groups = self.env["vn.training"]._read_group(
            [("retraining_year", "=", year)], ["employee_id"], ["retraining_hours:sum"]
        )
        enough = [employee.id for employee, total in groups if total >= required]
        return [("id", "not in", enough)] if wanted_short else [("id", "in", enough)]

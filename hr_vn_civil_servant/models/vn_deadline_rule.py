from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.working_days import add_calendar_days, add_working_days


class VnDeadlineRule(models.Model):
    """Legal time limits of the e-record (NĐ 27/2026/NĐ-CP Điều 18, 19), as reference
    rows: what the limit is for, its length in calendar or working days, its basis and
    its validity. The managing bodies that keep their own delays (``vn_deadline_mode``
    ``own`` on res.company) do not use them."""

    _name = "vn.deadline.rule"
    _description = "Record Deadline Rule"
    _inherit = ["vn.value.limit.mixin"]
    _order = "code, date_from desc"

    code = fields.Selection(
        [
            ("create_record", "Create the e-record after the decision"),
            ("complete_record", "Complete the first declaration"),
            ("sync_update", "Update the record after a decision or change"),
        ],
        required=True,
        index=True,
    )
    days = fields.Integer(required=True)
    unit = fields.Selection(
        [("calendar_days", "Calendar Days"), ("working_days", "Working Days")],
        required=True,
        default="calendar_days",
        help="Working days leave out Saturdays, Sundays, public holidays, compensatory "
        "days and the days given off by the yearly swaps (Public Holidays list).",
    )
    legal_basis = fields.Char(required=True, help="Legal text, e.g. Nghị định 27/2026/NĐ-CP.")
    article = fields.Char(help="Article and clause of the legal text, e.g. Điều 18 khoản 2.")
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    is_placeholder = fields.Boolean(
        string="Unverified Value",
        help="The value could not be checked against the official text of the decree.",
    )
    note = fields.Text()

    @api.constrains("days", "date_from", "date_to")
    def _check_vn_deadline_rule(self):
        for rule in self:
            if rule.days < 0 or rule.days > 3650:
                raise ValidationError(
                    self.env._(
                        "The time limit of a deadline rule must be between 0 and 3650 days "
                        "(%(days)s given).",
                        days=rule.days,
                    )
                )
            if rule.date_to and rule.date_to < rule.date_from:
                raise ValidationError(self.env._("A deadline rule cannot end before it starts."))

    @api.model
    def _vn_rule(self, code, day):
        """The rule of ``code`` valid on ``day`` (empty when there is none)."""
        return self.sudo().search([])._vn_pick(code, day)

    def _vn_pick(self, code, day):
        """Among the rules of ``self`` (read once), the one of ``code`` valid on ``day``."""
        for rule in self:  # newest first (_order)
            if (
                rule.code == code
                and rule.date_from <= day
                and (not rule.date_to or day <= rule.date_to)
            ):
                return rule
        return self.browse()

    def _vn_due(self, start, days_off=None, days_worked=None):
        """Last day of this limit counted from ``start`` (the day of the event itself is
        not counted: Bộ luật Dân sự 91/2015/QH13 Điều 147, 148)."""
        self.ensure_one()
        if days_off is None:
            days_off, days_worked = self.env["resource.calendar.leaves"]._vn_days_off()
        if self.unit == "working_days":
            return add_working_days(start, self.days, days_off, days_worked)
        return add_calendar_days(start, self.days, days_off, days_worked)

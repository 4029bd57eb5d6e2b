from odoo import api, fields, models
from odoo.exceptions import ValidationError


class VnRetentionPeriod(models.Model):
    """Retention period (thời hạn bảo quản) of a kind of record, with its legal basis.

    The rows are shipped as data (data/vn_retention_period_data.xml) and follow
    Thông tư 10/2022/TT-BNV, which replaced Thông tư 09/2011/TT-BNV; rows whose value
    is still taken from TT 09/2011 are flagged ``is_placeholder``."""

    _name = "vn.retention.period"
    _description = "Retention Period"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, id"

    name = fields.Char(string="Kind of Records", required=True, translate=False, index="trigram")
    sequence = fields.Integer(default=10)
    years = fields.Integer(
        required=True,
        default=0,
        help="Number of years the records are kept. 0 means permanent (vĩnh viễn).",
    )
    is_permanent = fields.Boolean(string="Permanent", compute="_compute_is_permanent", store=True)
    legal_basis = fields.Char(
        required=True,
        help="Legal text that sets this period, e.g. Thông tư 10/2022/TT-BNV.",
    )
    item_reference = fields.Char(help="Item of the retention table in the legal text.")
    date_from = fields.Date(
        string="Valid From",
        help="Day the legal basis of this value took effect (e.g. 15/02/2023 for Thông tư "
        "10/2022/TT-BNV).",
    )
    date_to = fields.Date(
        string="Valid Until",
        help="Last day the legal basis was in force; empty while it is. A placeholder row "
        "whose basis has ended still carries the old value until the new one is transcribed.",
    )
    is_placeholder = fields.Boolean(
        string="Placeholder Value",
        help="The value comes from the repealed Thông tư 09/2011/TT-BNV and must be checked "
        "against the table of Thông tư 10/2022/TT-BNV.",
    )
    note = fields.Text()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("years_positive", "CHECK(years >= 0)", "The number of years cannot be negative."),
    ]

    @api.depends("years")
    def _compute_is_permanent(self):
        for rec in self:
            rec.is_permanent = rec.years == 0

    @api.depends("name", "years", "is_placeholder")
    def _compute_display_name(self):
        """Name and duration; a placeholder says so in its name, so that the flag is seen
        wherever the period is chosen (case file, file plan line), not only here."""
        for rec in self:
            label = rec._duration_label()
            if rec.is_placeholder:
                label = self.env._("%(duration)s, to verify", duration=label)
            rec.display_name = f"{rec.name} ({label})"

    def _duration_label(self):
        self.ensure_one()
        if self.years == 0:
            return self.env._("permanent")
        return self.env._("%(years)s years", years=self.years)

    @api.constrains("years")
    def _check_years(self):
        for rec in self:
            if not 0 <= rec.years <= 100:
                raise ValidationError(
                    self.env._("A retention period is 0 (permanent) to 100 years.")
                )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for rec in self:
            if rec.date_from and rec.date_to and rec.date_to < rec.date_from:
                raise ValidationError(
                    self.env._("The validity of a retention period cannot end before it starts.")
                )

    @api.constrains("legal_basis")
    def _check_legal_basis(self):
        for rec in self:
            if not (rec.legal_basis or "").strip():
                raise ValidationError(self.env._("A retention period needs its legal basis."))

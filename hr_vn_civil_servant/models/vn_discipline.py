from datetime import date

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

#: Codes of the disciplinary measures of every text and category (the measures themselves,
#: with their category, legal basis and validity dates, are the rows of
#: vn.discipline.measure, data/vn_discipline_measure_data.xml). Old lines keep their code.
DISCIPLINE_MEASURES = [
    ("reprimand", "Reprimand"),
    ("warning", "Warning"),
    ("salary_reduction", "Salary Step Reduction"),
    ("demotion", "Demotion"),
    ("dismissal_from_post", "Dismissal from Post"),
    ("forced_resignation", "Forced Resignation"),
    ("removal_from_office", "Removal from Office"),
    ("raise_postponement", "Pay Raise Postponement"),
    ("labour_dismissal", "Dismissal"),
]
#: Severity of each code, lightest first (the heaviest one is item 22's summary). The
#: first six keep the ranks stored before the measures became data.
MEASURE_RANKS = {
    "reprimand": 0,
    "warning": 1,
    "salary_reduction": 2,
    "raise_postponement": 2,
    "demotion": 3,
    "dismissal_from_post": 4,
    "forced_resignation": 5,
    "removal_from_office": 5,
    "labour_dismissal": 5,
}


class VnDiscipline(models.Model):
    """Disciplinary measure (kỷ luật), Mẫu 2C-BNV/2008 item 22 (Party, government or mass
    organisation). The heaviest one is summarised on the employee. Only the measures of
    the person's staff category in force on the line's date (decision date, else the
    year) are offered and accepted (vn.discipline.measure)."""

    _name = "vn.discipline"
    _description = "Disciplinary Measure"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, year desc, id desc"

    measure = fields.Selection(DISCIPLINE_MEASURES, required=True)
    measure_id = fields.Many2one(
        "vn.discipline.measure",
        string="Measure Type",
        compute="_compute_measure_id",
        store=True,
        readonly=False,
        ondelete="restrict",
        domain="[('id', 'in', allowed_measure_ids)]",
        help="Measures of the person's staff category in force on the line's date.",
    )
    allowed_measure_ids = fields.Many2many(
        "vn.discipline.measure", compute="_compute_allowed_measure_ids"
    )
    measure_rank = fields.Integer(compute="_compute_measure_rank", store=True)
    scope = fields.Selection(
        [("party", "Party"), ("government", "Government"), ("organisation", "Mass Organisation")],
        default="government",
    )
    year = fields.Integer(required=True)
    reason = fields.Char()

    @api.depends("measure")
    def _compute_measure_rank(self):
        for line in self:
            line.measure_rank = MEASURE_RANKS.get(line.measure, 0)

    def _vn_measure_period(self):
        """Day(s) the measure must be in force on: the decision date, else the year."""
        self.ensure_one()
        if self.decision_date:
            return self.decision_date, self.decision_date
        if self.year and 1900 <= self.year <= 9999:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        return None, None

    def _vn_measures_in_force(self):
        """Measure rows of the employee's category in force in the line's period (every
        category when the record has none)."""
        self.ensure_one()
        Measure = self.env["vn.discipline.measure"].sudo()
        start, end = self._vn_measure_period()
        if not start:
            return Measure
        domain = [
            "|",
            ("date_from", "=", False),
            ("date_from", "<=", end),
            "|",
            ("date_to", "=", False),
            ("date_to", ">=", start),
        ]
        category = self.employee_id.sudo().vn_staff_category
        if category:
            domain.append(("staff_category", "=", category))
        return Measure.search(domain)

    @api.depends("employee_id", "year", "decision_date")
    def _compute_allowed_measure_ids(self):
        for line in self:
            line.allowed_measure_ids = line._vn_measures_in_force()

    @api.depends("measure", "employee_id", "year", "decision_date")
    def _compute_measure_id(self):
        for line in self:
            if not line.measure:
                line.measure_id = False
                continue
            allowed = line._vn_measures_in_force()
            if line.measure_id.code == line.measure and line.measure_id in allowed:
                continue
            code = line.measure
            line.measure_id = allowed.filtered(lambda m, code=code: m.code == code)[:1]

    @api.onchange("measure_id")
    def _onchange_measure_id(self):
        if self.measure_id:
            self.measure = self.measure_id.code

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._vn_measure_from_type(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._vn_measure_from_type(vals)
        return super().write(vals)

    @api.model
    def _vn_measure_from_type(self, vals):
        if vals.get("measure_id") and not vals.get("measure"):
            measure = self.env["vn.discipline.measure"].sudo().browse(vals["measure_id"])
            vals["measure"] = measure.code

    @api.constrains("measure", "measure_id", "employee_id", "year", "decision_date")
    def _check_measure_in_force(self):
        labels = dict(self._fields["measure"]._description_selection(self.env))
        categories = dict(
            self.env["hr.employee"]._fields["vn_staff_category"]._description_selection(self.env)
        )
        for line in self:
            allowed = line._vn_measures_in_force()
            if line.measure_id and line.measure_id.code != line.measure:
                raise ValidationError(
                    _(
                        "The measure of a line of %(name)s does not match its measure type.",
                        name=line.employee_id.name,
                    )
                )
            start, end = line._vn_measure_period()
            if not start:
                continue  # no period: the year's own check refuses the line
            if line.measure in allowed.mapped("code") and (
                not line.measure_id or line.measure_id in allowed
            ):
                continue
            category = line.employee_id.sudo().vn_staff_category
            raise ValidationError(
                _(
                    "%(measure)s is not a disciplinary measure for %(category)s in force on "
                    "%(period)s (%(name)s). Measures in force: %(allowed)s.",
                    measure=labels.get(line.measure, line.measure),
                    category=categories.get(category) or _("any staff category"),
                    period=start.strftime("%d/%m/%Y") if start == end else str(line.year),
                    name=line.employee_id.name,
                    allowed=", ".join(allowed.mapped("name")) or "-",
                )
            )

    @api.constrains("year")
    def _check_year(self):
        self._vn_check_year("year")

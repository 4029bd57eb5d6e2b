from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError

from ..tools.dates import vn_today

HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


class VnYearlyRoundMixin(models.AbstractModel):
    """A yearly round of the HR office of a managing body over its units (the declaration
    round, the evaluation round): year, dates, units, draft → open → closed on
    ``vn.workflow.mixin`` (opened and closed by the HR office of the units), one line per
    person (``line_ids``, a model with ``company_id`` and ``state``) and the completion
    figures counted from the lines with the reader's rights. A round sets the line states
    that count as done (``_vn_round_done_states``), its name (``_compute_name``) and what
    opening it creates (``_vn_create_lines``)."""

    _name = "vn.yearly.round.mixin"
    _description = "Yearly Round of the HR Office"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "year desc, id desc"
    _vn_wf_guarded_fields = ("state",)
    _vn_wf_frozen = {
        "open": ("year", "date_start", "company_ids"),
        "closed": "__all__",
    }
    #: the states of a line that count as done in the completion figures
    _vn_round_done_states = ()

    name = fields.Char(compute="_compute_name", store=True)
    year = fields.Integer(required=True, index=True, default=lambda s: vn_today(s).year)
    date_start = fields.Date(string="Starts On", required=True, default=lambda s: vn_today(s))
    date_end = fields.Date(string="Ends On", required=True, index=True)
    company_ids = fields.Many2many(
        "res.company",
        string="Units",
        required=True,
        default=lambda s: s.env.company,
        domain=lambda s: [("id", "in", s.env.user.company_ids.ids)],
    )
    state = fields.Selection(
        [("draft", "Draft"), ("open", "Open"), ("closed", "Closed")],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        readonly=True,
        copy=False,
    )
    line_count = fields.Integer(compute="_compute_counts", string="People")
    pending_count = fields.Integer(compute="_compute_counts", string="Pending")
    done_count = fields.Integer(compute="_compute_counts", string="Done")
    completion_rate = fields.Float(
        compute="_compute_counts", string="Completion (%)", digits=(5, 1)
    )

    def _compute_name(self):
        raise NotImplementedError

    def _vn_round_lines(self):
        return self.env[self._fields["line_ids"].comodel_name]

    @api.depends_context("uid")
    def _compute_counts(self):
        """One grouped read for all rounds (with the reader's rights)."""
        groups = self._vn_round_lines()._read_group(
            [("round_id", "in", self.ids)], ["round_id", "state"], ["__count"]
        )
        counts = {}
        for round_, state, count in groups:
            counts.setdefault(round_.id, {})[state] = count
        for rec in self:
            by_state = counts.get(rec.id, {})
            total = sum(by_state.values())
            done = sum(by_state.get(state, 0) for state in self._vn_round_done_states)
            rec.line_count = total
            rec.pending_count = total - done
            rec.done_count = done
            rec.completion_rate = 100.0 * done / total if total else 0.0

    @api.constrains("date_start", "date_end", "year")
    def _check_dates(self):
        for rec in self:
            if rec.date_end < rec.date_start:
                raise ValidationError(_("The round cannot end before it starts."))
            if not 1900 <= rec.year <= 2200:
                raise ValidationError(_("The year of the round is not valid."))

    def completion_by_unit(self):
        """{unit: (people, done)} of the round, from one grouped read (reader's rights)."""
        self.ensure_one()
        groups = self._vn_round_lines()._read_group(
            [("round_id", "=", self.id)], ["company_id", "state"], ["__count"]
        )
        result = {}
        for company, state, count in groups:
            total, done = result.get(company, (0, 0))
            done_here = count if state in self._vn_round_done_states else 0
            result[company] = (total + count, done + done_here)
        return result

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        return {
            "open": {
                "label": _("Open the Round"),
                "sources": ("draft",),
                "target": "open",
                "deciders": "_vn_hr_office_users",
            },
            "close": {
                "label": _("Close the Round"),
                "sources": ("open",),
                "target": "closed",
                "deciders": "_vn_hr_office_users",
            },
        }

    def _vn_hr_office_users(self):
        return self._vn_wf_users(HR_OFFICE, self.sudo().company_ids)

    def _vn_check_may_remind(self):
        """Reminders put to-dos on the people of the round's units: only the HR office of
        those units sends them (or the daily job), whatever the channel (the button is
        shown to it only; the same call over RPC by anyone else is refused)."""
        if self.env.su:
            return
        for rec in self:
            if self.env.user not in rec._vn_hr_office_users():
                raise AccessError(
                    _("Only the HR office of the units of %s sends its reminders.", rec.name)
                )

    def _vn_wf_company(self):
        return self.sudo().company_ids[:1]

    def action_open(self):
        for rec in self:
            rec._vn_wf_take("open")
            rec.sudo()._vn_create_lines()
        return True

    def action_close(self):
        self._vn_wf_take("close")
        return True

    def _vn_create_lines(self):
        raise NotImplementedError

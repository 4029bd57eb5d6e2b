from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.dates import vn_today

HR_OFFICE = "hr_vn_civil_servant.group_hr_office"


class VnDeclarationRound(models.Model):
    """Yearly declaration round (kê khai, bổ sung hồ sơ hằng năm): each person of the units
    confirms that his record is unchanged or files his change request together with the
    phiếu bổ sung lý lịch (Thông tư 07/2019/TT-BNV Điều 8 khoản 2 điểm b; seed 001 Điều 10
    khoản 2 điểm a). The HR office of the managing body opens the round for its units
    (one line per employee) and closes it; steps on ``vn.workflow.mixin``."""

    _name = "vn.declaration.round"
    _description = "Declaration Round"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "year desc, id desc"
    _vn_wf_guarded_fields = ("state",)
    _vn_wf_frozen = {
        "open": ("year", "date_start", "company_ids"),
        "closed": "__all__",
    }

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
    line_ids = fields.One2many("vn.declaration.round.line", "round_id", string="Lines")
    line_count = fields.Integer(compute="_compute_counts", string="People")
    pending_count = fields.Integer(compute="_compute_counts", string="Pending")
    done_count = fields.Integer(compute="_compute_counts", string="Done")
    completion_rate = fields.Float(
        compute="_compute_counts", string="Completion (%)", digits=(5, 1)
    )

    @api.depends("year")
    def _compute_name(self):
        for rec in self:
            rec.name = _("Declaration round %s", rec.year)

    @api.depends_context("uid")
    def _compute_counts(self):
        """One grouped read for all rounds (with the reader's rights)."""
        groups = self.env["vn.declaration.round.line"]._read_group(
            [("round_id", "in", self.ids)], ["round_id", "state"], ["__count"]
        )
        counts = {}
        for round_, state, count in groups:
            counts.setdefault(round_.id, {})[state] = count
        for rec in self:
            by_state = counts.get(rec.id, {})
            total = sum(by_state.values())
            done = by_state.get("confirmed", 0) + by_state.get("declared", 0)
            rec.line_count = total
            rec.pending_count = by_state.get("pending", 0)
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
        """{unit: (people, done)} of the round, from one grouped read."""
        self.ensure_one()
        groups = self.env["vn.declaration.round.line"]._read_group(
            [("round_id", "=", self.id)], ["company_id", "state"], ["__count"]
        )
        result = {}
        for company, state, count in groups:
            total, done = result.get(company, (0, 0))
            result[company] = (total + count, done + (count if state != "pending" else 0))
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
        """One line per working employee of the round's units (one create)."""
        self.ensure_one()
        employees = self.env["hr.employee"].search([("company_id", "in", self.company_ids.ids)])
        existing = set(self.line_ids.employee_id.ids)
        self.env["vn.declaration.round.line"].with_context(vn_declaration_internal=True).create(
            [
                {"round_id": self.id, "employee_id": employee.id}
                for employee in employees
                if employee.id not in existing
            ]
        )

    def action_remind(self):
        """A to-do for every pending person with a user, due on the round's end."""
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        for rec in self.sudo():
            lines = rec.line_ids.filtered(
                lambda ln: ln.state == "pending" and ln.user_id and not ln.reminded
            )
            for line in lines:
                line.activity_schedule(
                    activity_type_id=activity_type.id,
                    date_deadline=rec.date_end,
                    summary=_("Confirm or declare the changes of your record"),
                    user_id=line.user_id.id,
                )
            lines.with_context(vn_declaration_internal=True).write({"reminded": True})
        return True

    @api.model
    def _cron_remind(self):
        """Daily: remind the pending people of the open rounds ending within 7 days."""
        today = vn_today(self)
        rounds = self.sudo().search(
            [
                ("state", "=", "open"),
                ("date_end", ">=", today),
                ("date_end", "<=", fields.Date.add(today, days=7)),
            ]
        )
        rounds.action_remind()

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if any(rec.state != "draft" for rec in self):
            raise UserError(_("Only a draft declaration round can be deleted."))

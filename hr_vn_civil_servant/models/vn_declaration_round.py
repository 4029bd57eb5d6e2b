from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools.dates import vn_today


class VnDeclarationRound(models.Model):
    """Yearly declaration round (kê khai, bổ sung hồ sơ hằng năm): each person of the units
    confirms that his record is unchanged or files his change request together with the
    phiếu bổ sung lý lịch (Thông tư 07/2019/TT-BNV Điều 8 khoản 2 điểm b; seed 001 Điều 10
    khoản 2 điểm a). The HR office of the managing body opens the round for its units
    (one line per employee) and closes it; steps on ``vn.workflow.mixin``."""

    _name = "vn.declaration.round"
    _description = "Declaration Round"
    _inherit = ["vn.yearly.round.mixin"]
    _vn_round_done_states = ("confirmed", "declared")

    line_ids = fields.One2many("vn.declaration.round.line", "round_id", string="Lines")

    @api.depends("year")
    def _compute_name(self):
        for rec in self:
            rec.name = _("Declaration round %s", rec.year)

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
        self._vn_check_may_remind()
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

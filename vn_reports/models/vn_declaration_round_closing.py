from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError


class VnDeclarationRound(models.Model):
    _inherit = "vn.declaration.round"

    @api.constrains("year", "company_ids")
    def _check_year_not_closed(self):
        """No declaration round for a year whose data a managing body of its units has
        already closed (a data closing snapshot of that year exists)."""
        Snapshot = self.env["vn.data.snapshot"].sudo()
        for rec in self:
            units = rec.sudo().company_ids
            bodies = units | units.parent_id
            closed = Snapshot.search_count(
                [
                    ("company_id", "in", bodies.ids),
                    ("date", ">=", f"{rec.year}-01-01"),
                    ("date", "<=", f"{rec.year}-12-31"),
                ]
            )
            if closed:
                raise ValidationError(
                    _(
                        "The data of %s are already closed: no declaration round for that year.",
                        rec.year,
                    )
                )

    def _vn_round_change_requests(self):
        """The change requests filed in the round by its declared people (reader's rights)."""
        self.ensure_one()
        declared = self.line_ids.filtered(lambda ln: ln.state == "declared").employee_id
        return self.env["vn.profile.change.request"].search(
            [
                ("employee_id", "in", declared.ids),
                ("state", "!=", "draft"),
                ("submit_date", ">=", fields.Datetime.to_datetime(self.date_start)),
                (
                    "submit_date",
                    "<",
                    fields.Datetime.to_datetime(fields.Date.add(self.date_end, days=1)),
                ),
            ],
            order="employee_id, submit_date",
        )

    def action_print_supplements(self):
        """The supplement slips (phiếu bổ sung lý lịch) of the round in one batch."""
        requests = self._vn_round_change_requests()
        if not requests:
            raise UserError(_("No change request was filed in this round."))
        return self.env.ref("vn_reports.action_report_profile_supplement").report_action(requests)

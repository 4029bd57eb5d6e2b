from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today


class ResCompany(models.Model):
    _inherit = "res.company"

    vn_data_closing_day = fields.Integer(
        string="Data Closing Day",
        default=12,
        help="Day of the yearly data closing of the managing body (the seed's 12/12 is an "
        "example).",
    )
    vn_data_closing_month = fields.Integer(string="Data Closing Month", default=12)
    vn_snapshot_ids = fields.One2many("vn.data.snapshot", "company_id", string="Snapshots")

    @api.constrains("vn_data_closing_day", "vn_data_closing_month")
    def _check_vn_data_closing(self):
        for company in self:
            if not 1 <= company.vn_data_closing_month <= 12 or not (
                1 <= company.vn_data_closing_day <= 31
            ):
                raise ValidationError(_("The data closing date is not a valid day and month."))

    def action_vn_close_data(self):
        """The HR office of the managing body closes its units' data now: locks the units
        not locked yet (the existing lock) and freezes the snapshot of its reports."""
        self.ensure_one()
        if not self.env.user.has_group("hr_vn_civil_servant.group_hr_office"):
            raise AccessError(_("Only the HR office closes the data of its units."))
        # every unit of the body, visible or not: he must work in all of them
        units = self.sudo().search([("id", "child_of", self.id)]).sudo(False)
        if not units or units - self.env.user.company_ids:
            raise AccessError(_("You do not work in every unit of %s.", self.name))
        to_lock = units.filtered(lambda c: not c.vn_records_locked)
        if to_lock:
            to_lock._vn_set_records_lock("lock", _("Data closing"))
        return self.env["vn.data.snapshot"]._vn_freeze(self)

    @api.model
    def _cron_vn_data_closing(self):
        """Daily: the managing bodies whose closing date is today close their data."""
        today = vn_today(self)
        bodies = self.sudo().search(
            [
                ("child_ids", "!=", False),
                ("vn_data_closing_day", "=", today.day),
                ("vn_data_closing_month", "=", today.month),
            ]
        )
        for body in bodies:
            if (
                self.env["vn.data.snapshot"]
                .sudo()
                .search_count([("company_id", "=", body.id), ("date", "=", today)])
            ):
                continue
            units = self.sudo().search([("id", "child_of", body.id)])
            to_lock = units.filtered(lambda c: not c.vn_records_locked)
            if to_lock:
                to_lock.sudo()._vn_set_records_lock("lock", _("Data closing"))
            self.env["vn.data.snapshot"].sudo()._vn_freeze(body, today)
        return True

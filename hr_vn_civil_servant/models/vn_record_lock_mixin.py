from odoo import _, api, models
from odoo.exceptions import UserError


class VnRecordLockMixin(models.AbstractModel):
    """Refuses changes to personnel data of a unit whose records are locked
    (yearly data closing). Inherited by ``hr.employee`` and every history line model.

    A model using it implements ``_vn_lock_companies()`` returning the units its
    records belong to. The HR office of the managing body (and the superuser, for
    module updates) may still write, so that it can correct and unlock."""

    _name = "vn.record.lock.mixin"
    _description = "Personnel Record Lock Mixin"
    _inherit = ["vn.value.limit.mixin"]

    def _vn_lock_companies(self):
        return self.env["res.company"]

    def _vn_check_unit_lock(self, vals_list=None):
        if self.env.su or self.env.user.has_group("hr_vn_civil_servant.group_hr_office"):
            return
        companies = self.sudo()._vn_lock_companies()
        for vals in vals_list or []:
            company_id = vals.get("company_id")
            if company_id:
                companies |= self.env["res.company"].browse(company_id)
        locked = companies.sudo().filtered("vn_records_locked")
        if locked:
            raise UserError(
                _(
                    "The records of %(units)s are locked for the data closing and "
                    "cannot be changed. Ask the HR office of the managing body to unlock them.",
                    units=", ".join(locked.mapped("name")),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._vn_check_unit_lock()
        return records

    def write(self, vals):
        self._vn_check_unit_lock([vals])
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_locked_unit(self):
        self._vn_check_unit_lock()

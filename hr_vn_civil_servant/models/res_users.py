from odoo import _, models
from odoo.exceptions import AccessError

# Fields of the stock "My Profile" form a user may still change himself: preferences
# only. Everything else of the personnel record goes through a change request.
SELF_EDIT_ALLOWED = {
    "private_lang",
    "km_home_work",
    "distance_home_work",
    "distance_home_work_unit",
}


class ResUsers(models.Model):
    _inherit = "res.users"

    def _compute_can_edit(self):
        """The stock self-edit switch (hr.hr_employee_self_edit) is ignored: only HR
        users edit records directly; employees declare changes through requests."""
        can_edit = self.env.user.has_group("hr.group_hr_user")
        for user in self:
            user.can_edit = can_edit

    def write(self, vals):
        if not self.env.su and not self.env.user.has_group("hr.group_hr_user"):
            blocked = [
                name
                for name in vals
                if name not in SELF_EDIT_ALLOWED
                and name in self._fields
                and self._fields[name].related_field
                and self._fields[name].related_field.model_name == "hr.employee"
            ]
            if blocked:
                raise AccessError(
                    _(
                        "Your personnel record cannot be edited directly. Declare the "
                        "change with a change request (Personnel Records > My Change Requests)."
                    )
                )
        return super().write(vals)

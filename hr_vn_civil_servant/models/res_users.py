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
# Fields of the user that Odoo's hr copies onto his personnel record (res.users.write:
# name → name, email → work_email, image_1920 → the photo).
SYNCED_TO_EMPLOYEE = {"name", "email", "image_1920"}


class ResUsers(models.Model):
    _inherit = "res.users"

    def _compute_can_edit(self):
        """The stock self-edit switch (hr.hr_employee_self_edit) is ignored: only HR
        users edit records directly; employees declare changes through requests."""
        can_edit = self.env.user.has_group("hr.group_hr_user")
        for user in self:
            user.can_edit = can_edit

    def _vn_employee_related_fields(self, fnames):
        """{user field: employee field} of the fields related to hr.employee."""
        result = {}
        for name in fnames:
            field = self._fields.get(name)
            related = field and field.related
            if not related:
                continue
            path = related.split(".") if isinstance(related, str) else list(related)
            if len(path) == 2 and path[0] == "employee_id":
                result[name] = path[1]
        return result

    def _read_format(self, fnames, load="_classic_read"):
        """The private fields res.users relates from the employee (birthday, CCCD,
        private address ...) follow the employee's rule on extraction."""
        if not self.env.su and self:
            related = self._vn_employee_related_fields(fnames)
            if related:
                employees = self.sudo().employee_id
                if employees:
                    employees.with_env(self.env)._vn_check_read(
                        list(dict.fromkeys(related.values())), "res.users.read"
                    )
        return super()._read_format(fnames, load=load)

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
        if not self.env.su and SYNCED_TO_EMPLOYEE & set(vals):
            # Odoo's hr copies these onto the personnel record as superuser: check them
            # as the writer would be checked on the record (unit locked for the data
            # closing).
            employees = (
                self.env["hr.employee"]
                .sudo()
                .with_context(active_test=False)
                .search([("user_id", "in", self.ids)])
            )
            employees.with_env(self.env)._vn_check_unit_lock()
        return super().write(vals)

from odoo import api, fields, models

SIZES = (1920, 1024, 512, 256, 128)


def _vn_photo(label):
    """A photo field of the directory, computed for the reader (not related to the
    personnel record's photo)."""
    return fields.Image(label, related=False, compute="_compute_vn_photo", compute_sudo=False)


class HrEmployeePublic(models.Model):
    """The employee directory (every internal user reads it) shows the public avatar
    only: the photo of the personnel record (Mẫu 2C's photo, ``image_*`` of the
    employee, which Odoo also uses as the employee's avatar) is private data, shown to
    the person himself and to those who may read his record (the HR roles of his
    unit). Others see the avatar of his user, or the generated initials."""

    _inherit = "hr.employee.public"

    image_1920 = _vn_photo("Image")
    image_1024 = _vn_photo("Image 1024")
    image_512 = _vn_photo("Image 512")
    image_256 = _vn_photo("Image 256")
    image_128 = _vn_photo("Image 128")
    avatar_1920 = _vn_photo("Avatar")
    avatar_1024 = _vn_photo("Avatar 1024")
    avatar_512 = _vn_photo("Avatar 512")
    avatar_256 = _vn_photo("Avatar 256")
    avatar_128 = _vn_photo("Avatar 128")

    @api.depends_context("uid")
    def _compute_vn_photo(self):
        employees = self.env["hr.employee"].browse(self.ids)
        if self.env.su:
            allowed = set(self.ids)
        else:
            allowed = {e.id for e in employees.sudo() if e.user_id.id == self.env.uid}
            if self.env.user.has_group("hr.group_hr_user"):
                allowed |= set(employees._filtered_access("read").ids)
        for public in self:
            employee = employees.browse(public.id).sudo()
            if public.id in allowed:
                for size in SIZES:
                    public[f"image_{size}"] = employee[f"image_{size}"]
                    public[f"avatar_{size}"] = employee[f"avatar_{size}"]
                continue
            for size in SIZES:
                public[f"image_{size}"] = False
                public[f"avatar_{size}"] = (
                    employee.user_id[f"avatar_{size}"]
                    if employee.user_id
                    else employee._avatar_generate_svg()
                )

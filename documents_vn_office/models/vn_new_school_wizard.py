from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError

HR_OFFICE = "hr_vn_civil_servant.group_hr_office"
HR_ADMIN = "hr_vn_civil_servant.group_admin"
#: the registers of a unit (Phụ lục IV, Nghị định 30/2020/NĐ-CP; Điều 15.2: secret
#: documents have their own registers and number series)
REGISTERS = [
    ("incoming", False, "Sổ đăng ký văn bản đến"),
    ("incoming", True, "Sổ đăng ký văn bản đến mật"),
    ("outgoing", False, "Sổ đăng ký văn bản đi"),
    ("outgoing", True, "Sổ đăng ký văn bản đi mật"),
    ("internal", False, "Sổ văn bản nội bộ"),
]
DEFAULT_DEPARTMENTS = "Tổ Văn phòng\nTổ Toán - Tin\nTổ Ngữ văn"


class VnNewSchoolWizard(models.TransientModel):
    """A new school in one step, under its managing body: the unit (a branch of the
    body), its registers, the school-year calendar, its tổ with their Discuss
    channels, and its first users with their role presets. For the managing body's HR
    office or an administrator; written as superuser after the checks."""

    _name = "vn.new.school.wizard"
    _description = "New School"

    body_id = fields.Many2one(
        "res.company",
        string="Managing Body",
        required=True,
        default=lambda self: self.env.company.parent_id or self.env.company,
        domain="[('id', 'in', allowed_company_ids), ('parent_id', '=', False)]",
    )
    name = fields.Char(string="School Name", required=True)
    short_name = fields.Char(help="Used in the notation of the school's documents, e.g. THCSTL.")
    school_year = fields.Char(required=True, help='e.g. "2026-2027".')
    week1_start = fields.Date(string="Week 1 Starts On", required=True, help="Monday of week 1.")
    department_names = fields.Text(
        string="Departments (Tổ)",
        default=DEFAULT_DEPARTMENTS,
        help="One tổ per line.",
    )
    user_ids = fields.One2many("vn.new.school.wizard.user", "wizard_id", string="First Users")

    # ------------------------------------------------------------------ checks
    def _vn_check_creator(self):
        """The HR office of the body (working in it) or an administrator."""
        user = self.env.user
        if self.env.su or user.has_group("base.group_erp_manager") or user.has_group(HR_ADMIN):
            return
        if not (user.has_group(HR_OFFICE) and self.body_id in user.company_ids):
            raise AccessError(
                _(
                    "Only the HR office of %(body)s or an administrator creates a school under it.",
                    body=self.body_id.sudo().name,
                )
            )

    def _vn_check_input(self):
        Company = self.env["res.company"].sudo()
        if self.body_id.sudo().parent_id:
            raise ValidationError(
                _(
                    "%(unit)s is not a managing body: a school is created under a managing "
                    "body (a unit above which there is none).",
                    unit=self.body_id.sudo().name,
                )
            )
        name = (self.name or "").strip()
        if not name:
            raise ValidationError(_("Give the name of the school."))
        if Company.search_count([("name", "=ilike", name)]):
            raise ValidationError(_("A unit named %(name)s already exists.", name=name))
        if self.short_name and Company.search_count(
            [("vn_short_name", "=ilike", self.short_name.strip())]
        ):
            raise ValidationError(
                _("A unit with the short name %(short)s already exists.", short=self.short_name)
            )
        if self.week1_start and self.week1_start.weekday() != 0:
            raise ValidationError(_("Week 1 must start on a Monday."))
        logins = [line.login.strip() for line in self.user_ids]
        if len(set(logins)) != len(logins):
            raise ValidationError(_("Two first users have the same login."))
        taken = (
            self.env["res.users"]
            .sudo()
            .with_context(active_test=False)
            .search([("login", "in", logins)])
        )
        if taken:
            raise ValidationError(
                _(
                    "These logins are already used: %(logins)s.",
                    logins=", ".join(taken.mapped("login")),
                )
            )
        user = self.env.user
        if not (self.env.su or user.has_group("base.group_erp_manager")):
            beyond = self.user_ids.preset_id.filtered(lambda p: not p.unit_grantable)
            if beyond:
                raise AccessError(
                    _(
                        "Only a settings administrator gives the presets %(presets)s: "
                        "choose school-level presets.",
                        presets=", ".join(beyond.mapped("name")),
                    )
                )

    # ------------------------------------------------------------------ action
    def action_create(self):
        self.ensure_one()
        self._vn_check_creator()
        self._vn_check_input()
        school = self.sudo()._vn_create_school()
        message = _(
            "%(school)s created under %(body)s: %(registers)s registers, the %(year)s "
            "calendar, %(departments)s departments and %(users)s users.",
            school=school.name,
            body=self.body_id.sudo().name,
            registers=len(REGISTERS),
            year=self.school_year,
            departments=len(self._vn_department_names()),
            users=len(self.user_ids),
        )
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": _("New School"),
                "message": message,
                "type": "success",
                "sticky": True,
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def _vn_department_names(self):
        names = [n.strip() for n in (self.department_names or "").splitlines()]
        return list(dict.fromkeys(n for n in names if n))

    @api.model
    def _vn_body_staff(self, body):
        """Who works in every unit of the body: its HR office and administrators."""
        groups = self.env.ref(HR_OFFICE) | self.env.ref("base.group_system")
        return (
            self.env["res.users"]
            .sudo()
            .search([("company_ids", "in", body.id), ("groups_id", "in", groups.ids)])
        )

    def _vn_create_school(self):
        body = self.body_id
        vals = {"name": self.name.strip(), "parent_id": body.id}
        if self.short_name:
            vals["vn_short_name"] = self.short_name.strip()
        school = self.env["res.company"].create(vals)
        # the HR office and administrators of the body work in its new school too
        self._vn_body_staff(body).write({"company_ids": [(4, school.id)]})
        Register = self.env["vn.document.register"]
        for direction, secret, label in REGISTERS:
            Register.create(
                {
                    "name": f"{label} - {school.vn_short_name or school.name}",
                    "company_id": school.id,
                    "direction": direction,
                    "is_secret": secret,
                }
            )
        departments = self.env["hr.department"].create(
            [{"name": name, "company_id": school.id} for name in self._vn_department_names()]
        )
        self.env["vn.school.calendar"].create(
            {
                "company_id": school.id,
                "school_year": self.school_year.strip(),
                "week1_start": self.week1_start,
                "department_ids": [(6, 0, departments.ids)],
            }
        )
        if self.user_ids:
            self.env["res.users"].with_context(vn_new_school=True).create(
                [
                    {
                        "name": line.name.strip(),
                        "login": line.login.strip(),
                        "email": (line.email or "").strip() or False,
                        "company_id": school.id,
                        "company_ids": [(6, 0, school.ids)],
                        "groups_id": [(6, 0, self.env.ref("base.group_user").ids)],
                        "vn_role_preset_id": line.preset_id.id,
                        "create_employee": True,
                    }
                    for line in self.user_ids
                ]
            )
        self.env["discuss.channel"]._vn_sync_channels(companies=school, departments=departments)
        return school

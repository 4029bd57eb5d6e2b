from odoo import api, fields, models
from odoo.exceptions import AccessError

UNIT_ADMIN = "hr_vn_civil_servant.group_unit_user_admin"
#: Fields of an account a unit user administrator sets (the roles go through groups_id,
#: the reified role fields of the user form, the preset or the roles of the unit).
UNIT_ADMIN_FIELDS = frozenset(
    {
        "name",
        "login",
        "email",
        "phone",
        "mobile",
        "lang",
        "tz",
        "active",
        "company_id",
        "company_ids",
        "groups_id",
        "vn_role_preset_id",
        "vn_unit_role_ids",
        "image_1920",
        "notification_type",
        "signature",
    }
)
REIFIED_PREFIXES = ("in_group_", "sel_groups_")
SYNCED_TO_EMPLOYEE = {"name", "email", "image_1920"}


class ResUsers(models.Model):
    """Accounts managed by the unit (quy chế 000 Điều 6.2, 001 Điều 5.2, 002 Điều 5a):
    the unit user administrator creates and archives the accounts of his own unit and
    grants only the school-level roles. Odoo lets only ``base.group_erp_manager`` write
    users; he is not given it: his create/write go through the checks below (fields,
    units, roles before and after), then are written as superuser inside a savepoint,
    so a refusal changes nothing, whatever the channel (form, RPC, import)."""

    _inherit = ["res.users"]

    vn_role_preset_id = fields.Many2one(
        "vn.role.preset",
        string="Role Preset",
        help="The job of the person: choosing it gives the roles of the preset (Giáo "
        "viên, Văn thư, Hiệu trưởng, Phòng TCCB, Quản trị).",
    )
    vn_unit_role_ids = fields.Many2many(
        "res.groups",
        string="Roles in the Unit",
        compute="_compute_vn_unit_role_ids",
        inverse="_inverse_vn_unit_role_ids",
        compute_sudo=True,
        domain=lambda self: [("id", "in", self._vn_unit_role_choices().ids)],
        help="The school-level roles of the account (the unit user administrator's list).",
    )

    # ------------------------------------------------------------------ roles of the unit
    @api.model
    def _vn_unit_role_choices(self):
        """The roles offered as boxes: the school-level roles, without those every
        internal user has anyway."""
        Groups = self.env["res.groups"].sudo()
        base_user = self.env.ref("base.group_user").sudo()
        groups = Groups._vn_unit_grantable_groups() | self.env.ref(UNIT_ADMIN).sudo()
        return groups - base_user - base_user.trans_implied_ids

    @api.depends("groups_id")
    def _compute_vn_unit_role_ids(self):
        choices = self._vn_unit_role_choices()
        for user in self:
            user.vn_unit_role_ids = user.groups_id._origin & choices

    def _inverse_vn_unit_role_ids(self):
        choices = self._vn_unit_role_choices()
        base_user = self.env.ref("base.group_user").sudo()
        for user in self:
            wanted = user.vn_unit_role_ids & choices
            current = user.sudo().groups_id
            removed = (current & choices) - wanted
            if not removed and not (wanted - current):
                continue
            # what the removed roles implied goes with them, unless a remaining role
            # implies it too
            remaining = (current - removed - removed.trans_implied_ids) | wanted
            dropped = removed | (
                removed.trans_implied_ids - remaining - remaining.trans_implied_ids
            )
            dropped -= base_user | base_user.trans_implied_ids
            commands = [(4, g.id) for g in wanted - current] + [(3, g.id) for g in dropped]
            user.write({"groups_id": commands})

    # ------------------------------------------------------------------ presets
    @api.onchange("vn_role_preset_id")
    def _onchange_vn_role_preset_id(self):
        """The form shows the preset's roles as soon as it is chosen (saved by the
        write as well, on every channel)."""
        groups = self.vn_role_preset_id.sudo().group_ids
        if groups:
            self.groups_id |= groups | groups.trans_implied_ids

    def _vn_apply_role_preset(self):
        for user in self:
            groups = user.vn_role_preset_id.sudo().group_ids
            if groups - user.groups_id:
                user.write({"groups_id": [(4, g.id) for g in groups]})

    # ------------------------------------------------------------------ the checked path
    def _vn_unit_admin_path(self):
        """The caller administers accounts as unit user administrator only (not a
        settings user administrator, not the superuser)."""
        if self.env.su:
            return False
        me = self.env.user
        return me.has_group(UNIT_ADMIN) and not me.has_group("base.group_erp_manager")

    def _vn_is_self_preferences(self, vals):
        """Odoo's own path for a user's preferences on his own account."""
        if self != self.env.user:
            return False
        writeable = self.SELF_WRITEABLE_FIELDS
        return all(key in writeable or key.startswith("context_") for key in vals)

    @api.model
    def _vn_unit_admin_check_fields(self, vals):
        bad = sorted(
            key
            for key in vals
            if key not in UNIT_ADMIN_FIELDS and not key.startswith(REIFIED_PREFIXES)
        )
        if bad:
            names = [self._fields[key].string if key in self._fields else key for key in bad]
            raise AccessError(
                self.env._(
                    "A unit user administrator sets only the name, login, e-mail, unit and "
                    "school-level roles of an account, not: %(fields)s.",
                    fields=", ".join(names),
                )
            )

    def _vn_unit_admin_check_accounts(self, granter):
        """Each account is an internal user of the granter's own units holding only
        school-level roles (quy chế 000 Điều 6.2: the unit scopes its users' rights)."""
        own = granter.company_ids
        allowed = self.env["res.groups"]._vn_unit_allowed_groups(granter)
        for user in self.sudo().with_context(active_test=False):
            if user.share:
                raise AccessError(
                    self.env._(
                        "A unit user administrator manages only the staff accounts of his "
                        "unit, not portal or public accounts (%(user)s).",
                        user=user.name,
                    )
                )
            if not user.company_ids or user.company_ids - own or user.company_id not in own:
                raise AccessError(
                    self.env._(
                        "%(user)s works in a unit other than yours (%(units)s): a unit user "
                        "administrator manages only the accounts of his own unit.",
                        user=user.name,
                        units=", ".join((user.company_ids - own).mapped("name"))
                        or user.company_id.name
                        or "-",
                    )
                )
            extra = user.groups_id - allowed
            if extra:
                raise AccessError(
                    self.env._(
                        "A unit user administrator grants only the school-level roles "
                        "(employee, records officer, unit head, document handler, clerk, "
                        "leader, vice-principal, records team); %(user)s would hold: "
                        "%(roles)s.",
                        user=user.name,
                        roles=", ".join(extra.mapped("full_name")),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        if not self._vn_unit_admin_path():
            users = super().create(vals_list)
            users.filtered("vn_role_preset_id")._vn_apply_role_preset()
            return users
        granter = self.env.user
        base_user = self.env.ref("base.group_user")
        vals_list = [dict(vals) for vals in vals_list]
        for vals in vals_list:
            self._vn_unit_admin_check_fields(vals)
            if "groups_id" not in vals and not any(
                key.startswith(REIFIED_PREFIXES) for key in vals
            ):
                # not Odoo's default user template (set by the settings
                # administrator): an employee, plus the preset
                vals["groups_id"] = [(6, 0, base_user.ids)]
            vals.setdefault("company_id", granter.company_id.id)
            vals.setdefault("company_ids", [(6, 0, [vals["company_id"]])])
        self.check_access("create")
        with self.env.cr.savepoint():
            users = super(ResUsers, self.sudo()).create(vals_list)
            users.filtered("vn_role_preset_id")._vn_apply_role_preset()
            users._vn_unit_admin_check_accounts(granter)
        return users.with_env(self.env)

    def write(self, vals):
        if not self._vn_unit_admin_path() or self._vn_is_self_preferences(vals):
            res = super().write(vals)
            if vals.get("vn_role_preset_id"):
                self._vn_apply_role_preset()
            return res
        granter = self.env.user
        self._vn_unit_admin_check_fields(vals)
        if granter in self:
            raise AccessError(
                self.env._(
                    "A unit user administrator does not change his own account's unit or "
                    "roles: ask the managing body's administrator."
                )
            )
        self._vn_unit_admin_check_accounts(granter)
        self.check_access("write")
        if SYNCED_TO_EMPLOYEE & set(vals):
            # what Odoo's hr copies onto the personnel record is checked as the writer
            # would be on the record (unit locked for the data closing)
            self.env["hr.employee"].sudo().with_context(active_test=False).search(
                [("user_id", "in", self.ids)]
            ).with_env(self.env)._vn_check_unit_lock()
        with self.env.cr.savepoint():
            users = self.sudo()
            res = super(ResUsers, users).write(vals)
            if vals.get("vn_role_preset_id"):
                users._vn_apply_role_preset()
            self._vn_unit_admin_check_accounts(granter)
        return res

from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


class ResCompany(models.Model):
    """A unit (đơn vị): a managing body (Sở GD&ĐT, the commune's Phòng Văn hóa - Xã hội)
    or a school. A school's managing body is its ``parent_id`` (Odoo branches)."""

    _name = "res.company"
    _inherit = ["res.company", "vn.value.limit.mixin"]

    vn_short_name = fields.Char(
        string="Short Name",
        help="Abbreviation of the unit used in document notations, e.g. MN1 in 05/QĐ-MN1 "
        "(Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).",
    )
    vn_unit_code = fields.Char(
        string="Unit Code",
        index=True,
        help="Code of the unit in the education sector database or the budget-relation code.",
    )
    vn_school_level = fields.Selection(
        [
            ("preschool", "Preschool"),
            ("primary", "Primary School"),
            ("lower_secondary", "Lower Secondary School"),
            ("upper_secondary", "Upper Secondary School"),
            ("other", "Other / Managing Body"),
        ],
        string="School Level",
        default="other",
    )
    vn_superior_name = fields.Char(
        string="Governing Body",
        help="Name of the governing body printed above the unit's name in the two-line "
        "header of documents (cơ quan chủ quản), when it is not the parent unit, "
        "e.g. ỦY BAN NHÂN DÂN TỈNH for a Sở.",
    )
    vn_header_superior = fields.Char(
        string="Header: Governing Body",
        compute="_compute_vn_header_superior",
        help="First line of the agency block: the governing body's name.",
    )

    vn_records_locked = fields.Boolean(
        string="Records Locked",
        copy=False,
        help="While locked (e.g. for a yearly data closing on a date the managing body "
        "chooses; no text fixes that date), employees and records officers of the unit can "
        "neither change records nor submit requests.",
    )

    # Settings of the managing body (read from ``parent_id or self``): approval steps of
    # change requests and the deadlines of the record updates.
    vn_single_step_approval = fields.Boolean(
        string="Single-step Approval",
        help="On a managing body: the approval of the unit head is final for change "
        "requests of its schools (no second approval by the HR office).",
    )
    vn_new_record_days = fields.Integer(
        string="Days to Complete a New Record",
        default=60,
        help="Days after the recruitment decision within which a new record must be complete.",
    )
    vn_update_days = fields.Integer(
        string="Days to Record a Decision",
        default=15,
        help="Days after a decision (or a declared change) takes effect within which the "
        "record must be updated.",
    )
    vn_lock_log_ids = fields.One2many("vn.record.lock.log", "company_id", string="Lock History")

    _sql_constraints = [
        (
            "vn_short_name_uniq",
            "unique(vn_short_name)",
            "The short name of a unit must be unique.",
        ),
    ]

    @api.depends("vn_superior_name", "parent_id.name")
    def _compute_vn_header_superior(self):
        for company in self:
            company.vn_header_superior = company.vn_superior_name or company.parent_id.name or ""

    def _vn_managed_companies(self):
        """The unit itself and every unit under it (a managing body and its schools)."""
        return self.env["res.company"].search([("id", "child_of", self.ids)])

    def _vn_settings_company(self):
        """The managing body whose settings apply to this unit."""
        self.ensure_one()
        return self.parent_id or self

    # ------------------------------------------------------------------ locking
    def _vn_check_lock_right(self, action):
        """Unit heads lock their own unit; only the HR office of the managing body
        (a user whose companies include the unit) unlocks."""
        user = self.env.user
        if self.env.su:
            return
        group = (
            "hr_vn_civil_servant.group_unit_head"
            if action == "lock"
            else "hr_vn_civil_servant.group_hr_office"
        )
        for company in self:
            if not user.has_group(group) or company not in user.company_ids:
                if action == "lock":
                    message = _("You are not allowed to lock the records of %s.", company.name)
                else:
                    message = _(
                        "Only the HR office of the managing body can unlock the records of %s.",
                        company.name,
                    )
                raise AccessError(message)

    def _vn_set_records_lock(self, action, reason=False):
        if action not in ("lock", "unlock"):
            raise UserError(_("Unknown lock action."))
        self._vn_check_lock_right(action)
        locked = action == "lock"
        for company in self:
            if company.vn_records_locked == locked:
                raise UserError(
                    _("The records of %s are already locked.", company.name)
                    if locked
                    else _("The records of %s are not locked.", company.name)
                )
        self.sudo().write({"vn_records_locked": locked})
        logs = (
            self.env["vn.record.lock.log"]
            .sudo()
            .create(
                [
                    {
                        "company_id": company.id,
                        "action": action,
                        "user_id": self.env.uid,
                        "reason": reason or False,
                    }
                    for company in self
                ]
            )
        )
        for company in self:
            company._vn_notify_lock(action, reason)
        return logs

    def _vn_notify_lock(self, action, reason):
        """Posts the lock/unlock to the unit's officers and heads (inbox)."""
        officers = self.env.ref("hr_vn_civil_servant.group_records_officer").sudo().users
        partners = officers.filtered(lambda u: self in u.company_ids).partner_id
        if not partners:
            return
        text = (
            _(
                "The records of %(unit)s were locked by %(user)s.",
                unit=self.name,
                user=self.env.user.name,
            )
            if action == "lock"
            else _(
                "The records of %(unit)s were unlocked by %(user)s.",
                unit=self.name,
                user=self.env.user.name,
            )
        )
        body = Markup("<p>%s</p>") % text
        if reason:
            body += Markup("<p>%s</p>") % _("Reason: %s", reason)
        self.env["mail.thread"].sudo().message_notify(
            partner_ids=partners.ids, body=body, subject=text, model=False, res_id=False
        )

    def action_vn_lock_records(self):
        return self._vn_open_lock_wizard("lock")

    def action_vn_unlock_records(self):
        return self._vn_open_lock_wizard("unlock")

    def _vn_open_lock_wizard(self, action):
        self._vn_check_lock_right(action)
        return {
            "type": "ir.actions.act_window",
            "name": _("Lock Records") if action == "lock" else _("Unlock Records"),
            "res_model": "vn.record.lock.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_company_ids": self.ids, "default_action": action},
        }

    @api.constrains("vn_new_record_days", "vn_update_days")
    def _check_vn_deadline_days(self):
        for company in self:
            for fname in ("vn_new_record_days", "vn_update_days"):
                if not 0 <= company[fname] <= 3650:
                    raise ValidationError(
                        _(
                            "%(field)s of %(unit)s must be between 0 and 3650 days.",
                            field=self._fields[fname]._description_string(self.env),
                            unit=company.name,
                        )
                    )

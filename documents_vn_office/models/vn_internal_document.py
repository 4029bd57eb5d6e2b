from odoo import _, fields, models
from odoo.exceptions import UserError

INTERNAL_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("approved", "Approved"),
    ("refused", "Refused"),
    ("filed", "Filed"),
]


class VnInternalDocument(models.Model):
    """Internal document (tờ trình, đề nghị, thông báo nội bộ) kept in the unit's internal
    register, a local practice next to Nghị định 30/2020/NĐ-CP (distribution note
    "LƯU HÀNH NỘI BỘ"). Numbered on approval by the same numbering service."""

    _name = "vn.internal.document"
    _description = "Internal Document"
    _inherit = ["vn.document.mixin"]
    _order = "document_date desc, number desc, id desc"
    _rec_names_search = ["name", "subject"]

    _vn_number_field = "number"
    _vn_number_date_field = "document_date"
    _vn_direction = "internal"
    _vn_closed_states = ("approved", "refused", "filed")

    state = fields.Selection(
        INTERNAL_STATES, default="draft", required=True, index=True, tracking=True, copy=False
    )
    number = fields.Integer(copy=False, index=True, aggregator=None)
    name = fields.Char(string="Number and Notation", copy=False, readonly=True, index="trigram")
    drafter_id = fields.Many2one(
        "res.users", string="Drafted By", default=lambda s: s.env.user, index=True
    )
    department_id = fields.Many2one("hr.department")
    approver_id = fields.Many2one("res.users", string="Approved By", copy=False, tracking=True)
    approve_date = fields.Date(string="Decided On", copy=False)
    body = fields.Html(string="Content")
    refuse_reason = fields.Text(string="Refusal Reason", copy=False, tracking=True)

    _sql_constraints = [
        (
            "number_uniq",
            "unique(register_id, number_year, number)",
            "This number is already used in the register for this year.",
        ),
    ]

    def _compute_display_name(self):
        for doc in self:
            doc.display_name = f"{doc.name or _('Draft')} - {doc.subject or ''}"

    def _vn_secret_extra_users(self):
        return self.drafter_id | self.approver_id

    def _vn_notation(self, number):
        """``03/TTr-THCSTL`` (type abbreviation + unit), or ``03/NB-THCSTL`` without type."""
        self.ensure_one()
        num = self.env["vn.document.register"]._vn_format_number(number)
        code = self.type_id.code or "NB"
        return f"{num}/{code}-{self.company_id.vn_short_name or ''}"

    def action_submit(self):
        self._vn_check_state(("draft", "refused"), _("Submitting"))
        self._vn_check_access_secret()
        self.write({"state": "submitted", "refuse_reason": False})
        return True

    def action_approve(self):
        """The leader approves; the document takes its number in the internal register."""
        self._vn_require_group("documents_vn_office.group_leader", _("leader"))
        self._vn_check_state(("submitted",), _("Approving"))
        self._vn_check_access_secret()
        today = fields.Date.context_today(self)
        for doc in self:
            vals = {}
            if not doc.document_date:
                vals["document_date"] = today
            if not doc.register_id:
                register = self.env["vn.document.register"]._vn_default_register(
                    doc.company_id, "internal"
                )
                if not register:
                    raise UserError(_("The unit has no internal register."))
                vals["register_id"] = register.id
            if vals:
                doc.sudo().write(vals)
            number = doc._vn_assign_number()
            doc.write(
                {
                    "number": number,
                    "name": doc._vn_notation(number),
                    "state": "approved",
                    "approver_id": self.env.uid,
                    "approve_date": today,
                }
            )
        return True

    def action_refuse(self, reason=False):
        self._vn_require_group("documents_vn_office.group_leader", _("leader"))
        self._vn_check_state(("submitted",), _("Refusing"))
        self.write(
            {"state": "refused", "refuse_reason": reason or False, "approver_id": self.env.uid}
        )
        return True

    def action_file(self):
        self._vn_check_state(("approved",), _("Filing"))
        if not (
            self.env.su
            or self.env.user.has_group("documents_vn_office.group_clerk")
            or self.env.user.has_group("documents_vn_office.group_leader")
        ):
            raise UserError(_("Only a clerk or a leader files documents."))
        self.sudo().write({"state": "filed"})
        return True

    def action_draft(self):
        self._vn_check_state(("refused",), _("Resetting"))
        self.write({"state": "draft"})
        return True

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

INTERNAL_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("approved", "Approved"),
    ("refused", "Refused"),
    ("filed", "Filed"),
]
CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"
# What the leader decides on: frozen once submitted (a refusal gives it back to the drafter).
CONTENT_FIELDS = (
    "company_id",
    "register_id",
    "subject",
    "body",
    "type_id",
    "secrecy",
    "urgency",
    "drafter_id",
    "department_id",
    "document_date",
    "attachment_ids",
)


class VnInternalDocument(models.Model):
    """Internal document (tờ trình, đề nghị, thông báo nội bộ) kept in the unit's internal
    register, a local practice next to Nghị định 30/2020/NĐ-CP (distribution note
    "LƯU HÀNH NỘI BỘ"). Numbered on approval by the same numbering service."""

    _name = "vn.internal.document"
    _description = "Internal Document"
    _inherit = ["vn.document.mixin", "vn.workflow.mixin"]
    _order = "document_date desc, number desc, id desc"
    _rec_names_search = ["name", "subject"]

    _vn_number_field = "number"
    _vn_number_date_field = "document_date"
    _vn_direction = "internal"
    _vn_closed_states = ("approved", "refused", "filed")

    # Written only by the steps (vn.workflow.mixin), refused in any create or write.
    _vn_wf_guarded_fields = ("number", "name", "approver_id", "approve_date", "refuse_reason")
    _vn_wf_frozen = {"submitted": CONTENT_FIELDS, "approved": "__all__", "filed": "__all__"}
    # a back-registration number is typed by who approves (and numbers)
    _vn_wf_decider_fields = {"manual_number": "approve"}
    _vn_wf_new_record_steps = ("submit",)

    state = fields.Selection(
        INTERNAL_STATES, default="draft", required=True, index=True, tracking=True, copy=False
    )
    number = fields.Integer(copy=False, index=True, aggregator=None)
    name = fields.Char(string="Number and Notation", copy=False, readonly=True, index="trigram")
    drafter_id = fields.Many2one(
        "res.users", string="Drafted By", default=lambda s: s.env.user, index=True
    )
    department_id = fields.Many2one("hr.department")
    approver_id = fields.Many2one(
        "res.users", string="Approved By", readonly=True, copy=False, tracking=True
    )
    approve_date = fields.Date(string="Decided On", readonly=True, copy=False)
    body = fields.Html(string="Content")
    refuse_reason = fields.Text(string="Refusal Reason", readonly=True, copy=False, tracking=True)

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

    @api.ondelete(at_uninstall=False)
    def _unlink_not_numbered(self):
        if not self.env.su and any(doc.number for doc in self):
            raise UserError(_("A numbered internal document cannot be deleted."))

    def _vn_notation(self, number):
        """``03/TTr-THCSTL`` (type abbreviation + unit), or ``03/THCSTL`` without type (no
        made-up "NB" abbreviation: Phụ lục III of Nghị định 30/2020/NĐ-CP has none); then
        the register's notation suffix, if the unit gave it one. The number comes from the
        unit's series of issued documents (Điều 15.1), so it is never an outgoing one's."""
        self.ensure_one()
        num = self.env["vn.document.register"]._vn_format_number(number)
        code = self.type_id.code
        unit = self.company_id.vn_short_name or ""
        suffix = self.sudo().register_id._vn_suffix()
        return f"{num}/{code}-{unit}{suffix}" if code else f"{num}/{unit}{suffix}"

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Drafter submits → a leader (never the drafter himself, directly or through a
        delegate) approves, which numbers it in the internal register, or refuses with
        the reason → filed."""
        decision = {
            "sources": ("submitted",),
            "deciders": "_vn_wf_leaders",
            "right": "approve",
            "no_self": True,
            "stamp": {"approver_id": "user", "approve_date": "today"},
        }
        return {
            "submit": {
                "label": _("Submit"),
                "sources": ("draft", "refused"),
                "target": "submitted",
                "deciders": "_vn_wf_drafters",
                "stamp": {"refuse_reason": False, "approver_id": False, "approve_date": False},
            },
            "approve": dict(
                decision,
                label=_("Approve"),
                target="approved",
                todo=_("Approve the internal document"),
                todo_users="_vn_wf_todo_leaders",
                check="_vn_check_approve",
            ),
            "refuse": dict(
                decision,
                label=_("Refuse"),
                target="refused",
                reason=True,
                reason_field="refuse_reason",
                notify_author=True,
            ),
            "file": {
                "label": _("File"),
                "sources": ("approved",),
                "target": "filed",
                "deciders": "_vn_wf_filers",
            },
            "draft": {
                "label": _("Back to Draft"),
                "sources": ("refused",),
                "target": "draft",
                "deciders": "_vn_wf_drafters",
            },
        }

    def _vn_wf_authors(self):
        doc = self.sudo()
        return (doc.drafter_id | doc.create_uid).filtered(lambda u: not u._is_superuser())

    def _vn_wf_frozen_message(self):
        if self.state in ("approved", "filed"):
            return _("An approved internal document is kept as it is in the internal register.")
        return _("The leader decides on it as submitted: wait for the decision.")

    def _vn_wf_drafters(self):
        return self.sudo().drafter_id

    def _vn_wf_leaders(self):
        return self._vn_wf_users(LEADER, self.sudo().company_id)

    def _vn_wf_todo_leaders(self):
        """The to-do goes to the leaders whose own unit it is, else to every leader (never
        to the drafter: he does not decide on his own document)."""
        leaders = self._vn_wf_leaders() - self._vn_wf_authors()
        company = self.sudo().company_id
        return leaders.filtered(lambda u: u.company_id == company) or leaders

    def _vn_wf_filers(self):
        company = self.sudo().company_id
        return self._vn_wf_users(CLERK, company) | self._vn_wf_leaders()

    def _vn_internal_register(self):
        doc = self.sudo()
        return doc.register_id or self.env["vn.document.register"]._vn_default_register(
            doc.company_id, "internal"
        )

    def _vn_check_approve(self):
        if not self._vn_internal_register():
            raise UserError(_("The unit has no internal register."))
        today = vn_today(self)
        if self.document_date and self.document_date > today:
            raise UserError(
                _(
                    "The document is dated %s: it is approved on that day, not before.",
                    self.document_date,
                )
            )

    def _vn_approve_values(self):
        """Numbered on approval by the numbering service of the registers: the date (the
        day of approval unless the drafter gave it), the register, number and notation."""
        setup = {}
        if not self.document_date:
            setup["document_date"] = vn_today(self)
        if not self.register_id:
            setup["register_id"] = self._vn_internal_register().id
        if setup:
            self.sudo().write(setup)
        number = self._vn_assign_number()
        return {"number": number, "name": self._vn_notation(number)}

    def action_submit(self):
        self._vn_wf_take("submit")
        return True

    def action_approve(self):
        """A leader approves; the document takes its number in the internal register."""
        for doc in self:
            doc._vn_wf_take("approve", vals_fn=lambda rec: rec._vn_approve_values())
        return True

    def action_refuse(self, reason=None):
        """Refuses with the reason (sent to the drafter); without one, asks for it."""
        if reason is None:
            self.ensure_one()
            self._vn_wf_check_state("refuse")
            self._vn_wf_actor("refuse")
            return {
                "type": "ir.actions.act_window",
                "name": _("Refuse"),
                "res_model": "vn.internal.refuse.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"default_internal_id": self.id},
            }
        self._vn_wf_take("refuse", reason=reason)
        return True

    def action_file(self):
        self._vn_wf_take("file")
        return True

    def action_draft(self):
        self._vn_wf_take("draft")
        return True

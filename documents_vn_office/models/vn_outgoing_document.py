from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

OUTGOING_STATES = [
    ("draft", "Draft"),
    ("checked", "Checked"),
    ("approved", "Approved"),
    ("signed", "Signed"),
    ("issued", "Issued"),
    ("filed", "Filed"),
]
SIGNING_AUTHORITY = [
    ("none", "None"),
    ("tm", "TM. (on behalf of the collective)"),
    ("kt", "KT. (signing for the head)"),
    ("q", "Q. (acting head)"),
    ("tl", "TL. (by order of the head)"),
    ("tuq", "TUQ. (by authorisation)"),
]
CLERK = "documents_vn_office.group_clerk"
LEADER = "documents_vn_office.group_leader"
# What the checks, the approval and the signature vouch for: the text and its addressees.
# Frozen from the checks on (Điều 11-12: an approved draft changes only by a new decision
# of the signer); to change it, Back to Draft and the checks are done again.
CONTENT_FIELDS = (
    "company_id",
    "subject",
    "type_id",
    "secrecy",
    "urgency",
    "drafter_id",
    "drafting_department_id",
    "attachment_ids",
    "recipient_company_ids",
    "recipient_partner_ids",
)
# ... and, once signed, who signed, how, and the date the signer gave.
SIGNED_FIELDS = (*CONTENT_FIELDS, "signer_id", "signing_authority", "document_date")
# Once issued: every column of the Sổ đăng ký văn bản đi (Phụ lục IV.I) and what the number
# came from. Notes, deadline and field of work stay writable.
REGISTER_FIELDS = (
    *SIGNED_FIELDS,
    "register_id",
    "manual_number",
    "copies_count",
    "archive_text",
    "recipient_text",
)


class VnOutgoingDocument(models.Model):
    """Outgoing document (văn bản đi), Điều 10–19 of Nghị định 30/2020/NĐ-CP: drafted,
    checked (content by the head of the drafting group, form by the clerk), approved and
    signed by the leader, numbered and issued by the clerk, filed. Its fields are the
    columns of the Sổ đăng ký văn bản đi (Phụ lục IV.I)."""

    _name = "vn.outgoing.document"
    _description = "Outgoing Document"
    _inherit = ["vn.document.mixin", "vn.workflow.mixin"]
    _order = "document_date desc, number desc, id desc"
    _rec_names_search = ["name", "subject"]

    _vn_number_field = "number"
    _vn_number_date_field = "document_date"
    _vn_direction = "outgoing"
    _vn_closed_states = ("issued", "filed")

    # Written only by the steps (vn.workflow.mixin), refused in any create or write.
    _vn_wf_guarded_fields = (
        "number",
        "name",
        "check_form_done",
        "check_form_user_id",
        "check_form_date",
        "check_content_done",
        "check_content_user_id",
        "check_content_date",
        "approver_id",
        "approve_date",
        "sign_date",
        "transfer_date",
        "is_recalled",
        "recall_reason",
        "correction_of_id",
    )
    _vn_wf_frozen = {
        "checked": CONTENT_FIELDS,
        "approved": CONTENT_FIELDS,
        "signed": SIGNED_FIELDS,
        "issued": REGISTER_FIELDS,
        "filed": REGISTER_FIELDS,
    }
    # a back-registration number is typed by who issues
    _vn_wf_decider_fields = {"manual_number": "issue"}

    state = fields.Selection(
        OUTGOING_STATES, default="draft", required=True, index=True, tracking=True, copy=False
    )
    number = fields.Integer(
        copy=False,
        index=True,
        aggregator=None,
        help="Số: consecutive from 01 on 01/01 within the year, per register (Điều 15.1). "
        "Given on issue; a clerk may type it for a back-registration.",
    )
    name = fields.Char(
        string="Number and Notation",
        copy=False,
        readonly=True,
        index="trigram",
        tracking=True,
        help="Số và ký hiệu, e.g. 05/QĐ-THCSTL, or 12/THCSTL-VP for a công văn.",
    )
    document_date = fields.Date(
        copy=False,
        help="Thời gian ban hành: given by Issue with the number (the day of issue) unless "
        "the draft gives it; never before the signature, except for a back-registration "
        "with a hand-typed number; frozen from the signature on.",
    )
    drafter_id = fields.Many2one(
        "res.users", string="Drafted By", default=lambda s: s.env.user, index=True
    )
    drafting_department_id = fields.Many2one(
        "hr.department",
        string="Drafting Group",
        domain="[('company_id', 'in', [company_id, False])]",
    )
    check_form_done = fields.Boolean(string="Form Checked", readonly=True, copy=False)
    check_form_user_id = fields.Many2one(
        "res.users", string="Form Checked By", readonly=True, copy=False
    )
    check_form_date = fields.Datetime(string="Form Checked On", readonly=True, copy=False)
    check_content_done = fields.Boolean(string="Content Checked", readonly=True, copy=False)
    check_content_user_id = fields.Many2one(
        "res.users", string="Content Checked By", readonly=True, copy=False
    )
    check_content_date = fields.Datetime(string="Content Checked On", readonly=True, copy=False)
    approver_id = fields.Many2one("res.users", string="Approved By", readonly=True, copy=False)
    approve_date = fields.Datetime(string="Approved On", readonly=True, copy=False)
    signer_id = fields.Many2one("hr.employee", tracking=True, index=True)
    signer_name = fields.Char(related="signer_id.name", string="Signer Name")
    signing_authority = fields.Selection(
        SIGNING_AUTHORITY,
        default="none",
        required=True,
    )
    sign_date = fields.Date(string="Signed On", readonly=True, copy=False)
    transfer_date = fields.Date(
        string="Dispatch Date",
        readonly=True,
        copy=False,
        help="Ngày chuyển: the day the document was sent.",
    )
    copies_count = fields.Integer(string="Number of Copies", default=1)
    recipient_company_ids = fields.Many2many(
        "res.company",
        "vn_outgoing_document_recipient_company_rel",
        "document_id",
        "company_id",
        string="Internal Recipients",
        help="Units of the system: each one receives its own incoming document on issue.",
    )
    recipient_partner_ids = fields.Many2many(
        "res.partner",
        "vn_outgoing_document_recipient_partner_rel",
        "document_id",
        "partner_id",
        string="External Recipients",
        help="Recipients with an e-mail address receive the document and its files on issue.",
    )
    recipient_text = fields.Char(
        string="Recipients", compute="_compute_recipient_text", store=True, help="Nơi nhận."
    )
    archive_text = fields.Char(
        string="File Copies",
        compute="_compute_archive_text",
        store=True,
        readonly=False,
        help="Đơn vị, người nhận bản lưu, e.g. Lưu: VT, VP.",
    )
    tracking_ids = fields.One2many(
        "vn.outgoing.tracking", "outgoing_id", string="Recipients' Processing", readonly=True
    )
    reply_to_ids = fields.One2many("vn.incoming.document", "reply_document_id", string="Replies To")
    is_recalled = fields.Boolean(string="Recalled", readonly=True, copy=False, tracking=True)
    recall_reason = fields.Text(readonly=True, copy=False)
    correction_of_id = fields.Many2one(
        "vn.outgoing.document", string="Corrects", readonly=True, copy=False, index="btree_not_null"
    )
    correction_ids = fields.One2many(
        "vn.outgoing.document", "correction_of_id", string="Corrections"
    )

    _sql_constraints = [
        (
            "number_uniq",
            "unique(register_id, number_year, number)",
            "This number is already used in the register for this year.",
        ),
        (
            "name_uniq",
            "unique(company_id, number_year, name)",
            "This number and notation is already used by the unit this year.",
        ),
    ]

    @api.depends("recipient_company_ids", "recipient_partner_ids")
    def _compute_recipient_text(self):
        for doc in self:
            names = doc.sudo().recipient_company_ids.mapped(
                "name"
            ) + doc.sudo().recipient_partner_ids.mapped("name")
            doc.recipient_text = "; ".join(names) or False

    @api.depends("drafting_department_id")
    def _compute_archive_text(self):
        for doc in self:
            parts = ["VT"]
            if doc.drafting_department_id.vn_short_name:
                parts.append(doc.drafting_department_id.vn_short_name)
            doc.archive_text = _("File copies: %s", ", ".join(parts))

    @api.depends("name", "subject")
    def _compute_display_name(self):
        for doc in self:
            doc.display_name = f"{doc.name or _('Draft')} - {doc.subject or ''}"

    def _vn_secret_extra_users(self):
        return self.drafter_id | self.signer_id.user_id

    @api.constrains("copies_count")
    def _check_copies_count(self):
        for doc in self:
            if not 1 <= doc.copies_count <= 10000:
                raise ValidationError(
                    _(
                        "The number of copies must be between 1 and 10,000 (%s given).",
                        doc.copies_count,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._vn_wf_update_todos()  # the checkers of a new draft
        return records

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        if self.env.su:
            return
        if any(doc.number or doc.state not in ("draft", "checked") for doc in self):
            raise UserError(
                _("Only drafts can be deleted: an issued document is recalled (Recall).")
            )

    # ------------------------------------------------------------------ notation
    def _vn_notation(self, number):
        """Số và ký hiệu (Phụ lục I, mục II.3): ``05/QĐ-THCSTL``: number, type abbreviation,
        unit abbreviation; for a công văn (type without abbreviation) ``12/THCSTL-VP``:
        number, unit abbreviation, drafting group abbreviation. The register's notation
        suffix follows (``05/QĐ-THCSTL-M`` in a secret register)."""
        self.ensure_one()
        unit = self.company_id.vn_short_name
        if not unit:
            raise UserError(_("The unit %s has no short name.", self.company_id.name))
        num = self.env["vn.document.register"]._vn_format_number(number)
        suffix = self.sudo().register_id._vn_suffix()
        if self.type_id.code:
            return f"{num}/{self.type_id.code}-{unit}{suffix}"
        group = self.drafting_department_id.vn_short_name
        if not group:
            raise UserError(
                _("The drafting group needs a short name for the notation of a công văn.")
            )
        return f"{num}/{unit}-{group}{suffix}"

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Draft → checked (form by a clerk, content by the head of the drafting group or
        a leader, as the unit chose) → approved (leader) → signed (leader) → issued
        (keeper of the register: number, notation, date) → filed; back to draft before
        issue; recall and correction after."""
        check = {"sources": ("draft",), "target": "_vn_state_after_checks"}
        return {
            "check_form": dict(
                check,
                label=_("Check Form"),
                deciders="_vn_wf_clerks",
                todo_users="_vn_wf_issuers",
                todo=_("Check the form of the outgoing draft"),
                condition="_vn_form_to_check",
                stamp={"check_form_user_id": "user", "check_form_date": "now"},
            ),
            "check_content": dict(
                check,
                label=_("Check Content"),
                deciders="_vn_wf_content_checkers",
                todo_users="_vn_wf_content_todo_users",
                todo=_("Check the content of the outgoing draft"),
                condition="_vn_content_to_check",
                stamp={"check_content_user_id": "user", "check_content_date": "now"},
            ),
            "approve": {
                "label": _("Approve"),
                "sources": ("checked",),
                "target": "approved",
                "deciders": "_vn_wf_leaders",
                "todo_users": "_vn_wf_signer_todo",
                "todo": _("Approve the outgoing draft"),
                "right": "approve",
                "stamp": {"approver_id": "user", "approve_date": "now"},
            },
            "sign": {
                "label": _("Sign"),
                "sources": ("approved",),
                "target": "signed",
                "deciders": "_vn_wf_signers",
                "todo_users": "_vn_wf_signer_todo",
                "todo": _("Sign the outgoing document"),
                "right": "sign",
                "check": "_vn_check_sign",
                "stamp": {"sign_date": "today"},
            },
            "issue": {
                "label": _("Issue"),
                "sources": ("signed",),
                "target": "issued",
                "deciders": "_vn_wf_issuers",
                "todo": _("Issue the outgoing document"),
                "check": "_vn_check_issue",
            },
            "file": {
                "label": _("File"),
                "sources": ("issued",),
                "target": "filed",
                "deciders": "_vn_wf_clerks",
            },
            "draft": {
                "label": _("Back to Draft"),
                "sources": ("checked", "approved", "signed"),
                "target": "draft",
                "deciders": "_vn_wf_resetters",
                "reason": True,
                "notify_author": True,
                "stamp": {
                    "check_form_user_id": False,
                    "check_form_date": False,
                    "check_content_user_id": False,
                    "check_content_date": False,
                    "approver_id": False,
                    "approve_date": False,
                    "sign_date": False,
                },
            },
            "recall": {
                "label": _("Recall"),
                "sources": ("issued", "filed"),
                "target": None,
                "condition": "_vn_not_recalled",
                "deciders": "_vn_wf_leaders",
                "reason": True,
                "reason_field": "recall_reason",
                "notify_author": True,
            },
            "correct": {
                "label": _("Correct"),
                "sources": ("issued", "filed"),
                "target": None,
                "deciders": "_vn_wf_correctors",
                "reason": True,
            },
        }

    def _vn_wf_authors(self):
        doc = self.sudo()
        return (doc.drafter_id | doc.create_uid).filtered(lambda u: not u._is_superuser())

    def _vn_wf_frozen_message(self):
        if self.state in ("issued", "filed"):
            return _(
                "An issued document is a record of the register: use Correct (đính chính) "
                "or Recall (thu hồi)."
            )
        return _("Take it Back to Draft (with the reason) to change it; it is checked again.")

    # who
    def _vn_wf_clerks(self):
        """The unit's clerks and the keepers of the register the document is issued in."""
        company = self.sudo().company_id
        return self._vn_wf_users(CLERK, company) | self._vn_wf_issuers()

    def _vn_issue_register(self):
        doc = self.sudo()
        return doc.register_id or self.env["vn.document.register"]._vn_default_register(
            doc.company_id, "outgoing", doc.secrecy != "normal"
        )

    def _vn_wf_issuers(self):
        """Who numbers and issues: the keepers of the register, else the unit's clerks."""
        company = self.sudo().company_id
        keepers = self._vn_issue_register().keeper_ids.filtered(
            lambda u: u.active and not u.share and company in u.company_ids
        )
        return keepers or self._vn_wf_users(CLERK, company)

    def _vn_wf_leaders(self):
        return self._vn_wf_users(LEADER, self.sudo().company_id)

    def _vn_wf_todo_leaders(self):
        """Who gets a leader's to-do: the leaders whose own unit it is (not every
        administrator who may act in it), else every leader of the unit."""
        leaders = self._vn_wf_leaders()
        company = self.sudo().company_id
        return leaders.filtered(lambda u: u.company_id == company) or leaders

    def _vn_group_head(self):
        doc = self.sudo()
        head = doc.drafting_department_id.manager_id.user_id
        return head.filtered(lambda u: u.active and doc.company_id in u.company_ids)

    def _vn_wf_content_checkers(self):
        """The head of the drafting group (its department manager) or a leader, or only
        a leader: the unit's choice (company form, page Unit)."""
        leaders = self._vn_wf_leaders()
        if self.sudo().company_id.vn_content_check_by == "leader":
            return leaders
        return leaders | self._vn_group_head()

    def _vn_wf_content_todo_users(self):
        """The head of the drafting group, if the unit lets him check and he may read the
        draft (a secret one he may not), else the unit's leaders."""
        head = self._vn_group_head()
        if self.sudo().company_id.vn_content_check_by == "leader" or not (
            head and self._vn_wf_actor("check_content", user=head, raise_error=False)
        ):
            return self._vn_wf_todo_leaders()
        return head

    def _vn_wf_signers(self):
        """The signer the draft names, if he is a leader of the unit (or his delegate),
        else any leader of the unit."""
        leaders = self._vn_wf_leaders()
        named = self.sudo().signer_id.user_id & leaders
        return named or leaders

    def _vn_wf_signer_todo(self):
        return self.sudo().signer_id.user_id & self._vn_wf_leaders() or self._vn_wf_todo_leaders()

    def _vn_wf_resetters(self):
        """Before issue, a leader or the drafter takes the document back to draft."""
        return self._vn_wf_leaders() | self.sudo().drafter_id

    def _vn_wf_correctors(self):
        return self._vn_wf_leaders() | self._vn_wf_clerks() | self.sudo().drafter_id

    # conditions and checks
    def _vn_form_to_check(self):
        return not self.check_form_done

    def _vn_content_to_check(self):
        return not self.check_content_done

    def _vn_state_after_checks(self):
        return "checked" if self.check_form_done and self.check_content_done else "draft"

    def _vn_not_recalled(self):
        return not self.is_recalled

    def _vn_signer_employee(self, user):
        """The employee record by which ``user`` signs for the document's unit."""
        Employee = self.env["hr.employee"].sudo().with_context(active_test=False)
        employees = Employee.search([("user_id", "=", user.id)])
        return employees.filtered(lambda e: e.company_id == self.company_id)[:1] or employees[:1]

    def _vn_check_sign(self):
        """The signer is the person who signs; a date typed in the draft cannot be before
        the signature (only a back-registration, with a hand-typed number, carries an
        older date)."""
        today = vn_today(self)
        if not (self.env.su or self._vn_signer_employee(self.env.user)) and not self.signer_id:
            raise UserError(
                _(
                    "%s has no employee record: the signer of a document is an employee.",
                    self.env.user.name,
                )
            )
        if self.document_date and self.document_date < today and not self.manual_number:
            raise UserError(
                _(
                    "The document date %(date)s is before the signature: clear it (Issue "
                    "dates the document) or, for a back-registration, let the clerk type "
                    "its number first.",
                    date=self.document_date,
                )
            )

    def _vn_sign_values(self):
        """Signer and signing authority: the person who signs; a delegate signs KT. (a
        deputy leader signing for the head) or TUQ. (by authorisation)."""
        values = {}
        employee = not self.env.su and self._vn_signer_employee(self.env.user)
        if employee:
            values["signer_id"] = employee.id
        actor = self._vn_wf_actor("sign")
        if actor["on_behalf_of"]:
            leader = self.env.user in self._vn_wf_leaders()
            values["signing_authority"] = "kt" if leader else "tuq"
        return values

    def _vn_check_issue(self):
        today = vn_today(self)
        if not self.signer_id:
            raise UserError(_("An outgoing document needs a signer before it is issued."))
        if not self.type_id:
            raise UserError(_("An outgoing document needs a type before it is issued."))
        if not self._vn_issue_register():
            raise UserError(_("The unit %s has no outgoing register.", self.company_id.name))
        date = self.document_date
        if date and date > today:
            raise UserError(
                _("The document is dated %s: it is issued on that day, not before.", date)
            )
        if date and self.sign_date and date < self.sign_date and not self.manual_number:
            raise UserError(
                _(
                    "The document date %(date)s is before its signature (%(signed)s): only a "
                    "back-registration (hand-typed number) carries an older date.",
                    date=date,
                    signed=self.sign_date,
                )
            )

    def _vn_issue_values(self):
        """Cấp số (Điều 15): the date (the day of issue unless the draft gave it), the
        register, the number of that year and the notation, and the dispatch date."""
        today = vn_today(self)
        setup = {}
        if not self.document_date:
            setup["document_date"] = today
        if not self.register_id:
            setup["register_id"] = self._vn_issue_register().id
        if setup:
            self.sudo().write(setup)
        number = self._vn_assign_number()
        notation = self._vn_notation(number)
        clash = (
            self.sudo()
            .with_context(active_test=False)
            .search_count(
                [
                    ("company_id", "=", self.company_id.id),
                    ("number_year", "=", self.number_year),
                    ("name", "=", notation),
                    ("id", "!=", self.id),
                ]
            )
        )
        if clash:
            raise UserError(
                _(
                    "The number and notation %s is already used by the unit this year: each "
                    "outgoing register of the unit needs its own notation suffix.",
                    notation,
                )
            )
        return {"number": number, "name": notation, "transfer_date": today}

    # steps
    def action_check_form(self):
        """The clerk checks the form (thể thức) of the draft (Điều 12)."""
        self._vn_wf_take("check_form", vals={"check_form_done": True})
        return True

    def action_check_content(self):
        """The head of the drafting group (or a leader) checks the content (Điều 12)."""
        self._vn_wf_take("check_content", vals={"check_content_done": True})
        return True

    def action_check(self):
        """Do every check the current user is entitled to; checked when both are done."""
        for doc in self:
            doc._vn_wf_check_state("check_form" if doc._vn_form_to_check() else "check_content")
            steps = [
                step
                for step in ("check_form", "check_content")
                if doc._vn_wf_possible(step) and doc._vn_wf_actor(step, raise_error=False)
            ]
            if not steps:
                raise UserError(_("There is no check left for you on %s.", doc.display_name))
            if "check_form" in steps:
                doc.action_check_form()
            if "check_content" in steps:
                doc.action_check_content()
        return True

    def action_approve(self):
        """The leader approves the draft (Điều 11)."""
        self._vn_wf_take("approve")
        return True

    def action_sign(self):
        """The leader signs (Điều 13): he is recorded as the signer, with the date."""
        for doc in self:
            doc._vn_wf_take("sign", vals_fn=lambda rec: rec._vn_sign_values())
        return True

    def action_issue(self):
        """Cấp số, đăng ký, phát hành (Điều 14–18): number on the document date, notation,
        dispatch date, internal exchange to the recipient units, e-mail to the external
        recipients."""
        for doc in self:
            doc._vn_wf_take("issue", vals_fn=lambda rec: rec._vn_issue_values())
            doc._vn_exchange()
            doc._vn_send_mail()
        return True

    def _vn_exchange(self):
        """Liên thông: each internal recipient unit gets its own incoming document, with
        copies of the files and a link back to this one."""
        self.ensure_one()
        Incoming = self.env["vn.incoming.document"].sudo()
        Register = self.env["vn.document.register"]
        # the recipient units as the document names them (the sender may not read them)
        for company in self.sudo().recipient_company_ids:
            register = Register._vn_default_register(company, "incoming", self.secrecy != "normal")
            if not register:
                raise UserError(
                    _("The unit %s has no incoming register for this document.", company.name)
                )
            incoming = Incoming.with_company(company).create(
                {
                    "company_id": company.id,
                    "register_id": register.id,
                    "state": "received",
                    "medium": "electronic",
                    "original_number": self.name,
                    "document_date": self.document_date,
                    "author_name": self.company_id.name,
                    "signer_name": self.signer_id.name,
                    "type_id": self.type_id.id,
                    "subject": self.subject,
                    "urgency": self.urgency,
                    "arrival_time": 0.01 if self.urgency in ("very_urgent", "flash") else 0.0,
                    "secrecy": self.secrecy,
                    "field_id": self.field_id.id,
                    "source_outgoing_id": self.id,
                }
            )
            files = self.sudo().attachment_ids
            if files:
                copies = files.copy({"res_model": incoming._name, "res_id": incoming.id})
                incoming.attachment_ids = [(6, 0, copies.ids)]
            self.env["vn.outgoing.tracking"].sudo().create(
                {
                    "outgoing_id": self.id,
                    "recipient_company_id": company.id,
                    "incoming_id": incoming.id,
                }
            )
            for keeper in register.keeper_ids:
                incoming._vn_deadline_alert(keeper, _("Document received to register"))

    def _vn_send_mail(self):
        self.ensure_one()
        partners = self.sudo().recipient_partner_ids.filtered("email")
        if not partners:
            return
        # the document and its files leave by e-mail: a read of a secret one (logged)
        self._vn_log_read("mail")
        body = Markup("<p>%s</p><p>%s: %s</p>") % (
            self.company_id.name,
            self.name,
            self.subject,
        )
        self.env["mail.mail"].sudo().create(
            {
                "subject": f"{self.name} - {self.subject}",
                "body_html": body,
                "email_from": self.company_id.email or self.env.user.email_formatted,
                "email_to": ",".join(partners.mapped("email_formatted")),
                "recipient_ids": [(6, 0, partners.ids)],
                "attachment_ids": [(6, 0, self.sudo().attachment_ids.ids)],
                "model": self._name,
                "res_id": self.id,
                "auto_delete": False,
            }
        )

    def action_file(self):
        self._vn_wf_take("file")
        return True

    def _vn_reason_dialog(self, step):
        """Check that ``step`` is possible and allowed, then ask for its reason."""
        self.ensure_one()
        self._vn_wf_check_state(step)
        self._vn_wf_actor(step)
        titles = {"draft": _("Back to Draft"), "recall": _("Recall"), "correct": _("Correct")}
        return {
            "type": "ir.actions.act_window",
            "name": titles[step],
            "res_model": "vn.outgoing.reason.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_outgoing_id": self.id, "default_kind": step},
        }

    def action_open_reason_wizard(self):
        kind = self.env.context.get("vn_kind") or "recall"
        if kind not in ("draft", "recall", "correct"):
            raise UserError(_("Unknown step."))
        return self._vn_reason_dialog(kind)

    def action_draft(self, reason=None):
        """Back to draft, before issue (a leader or the drafter, with the reason): the
        checks, the approval and the signature must be given again."""
        if reason is None:
            return self._vn_reason_dialog("draft")
        self._vn_wf_take(
            "draft", reason=reason, vals={"check_form_done": False, "check_content_done": False}
        )
        return True

    def action_recall(self, reason=None):
        """Thu hồi (Điều 18.4): the document is marked recalled, the recipients' copies
        get the reason; its register columns are kept."""
        if reason is None:
            return self._vn_reason_dialog("recall")
        self._vn_wf_take("recall", reason=reason, vals={"is_recalled": True})
        for doc in self:
            doc.sudo().message_post(body=_("Recalled: %s", reason))
            for incoming in doc.sudo().tracking_ids.incoming_id:
                incoming.message_post(body=_("The sender recalled this document: %s", reason))
        return True

    def action_correct(self, reason=None):
        """Đính chính bằng công văn (Điều 18.3): a new draft công văn linked to this one,
        drafted by the user who asks for it."""
        self.ensure_one()
        if reason is None:
            return self._vn_reason_dialog("correct")
        self._vn_wf_take("correct", reason=reason)
        cong_van = self.env.ref("documents_vn_office.document_type_cong_van")
        source = self.sudo()
        correction = source.create(
            {
                "company_id": source.company_id.id,
                "register_id": source.register_id.id,
                "type_id": cong_van.id,
                "subject": _(
                    "Correction of document %(name)s: %(reason)s", name=source.name, reason=reason
                ),
                "drafter_id": self.env.uid,
                "drafting_department_id": source.drafting_department_id.id,
                "recipient_company_ids": [(6, 0, source.recipient_company_ids.ids)],
                "recipient_partner_ids": [(6, 0, source.recipient_partner_ids.ids)],
                "secrecy": source.secrecy,
                "correction_of_id": source.id,
            }
        )
        source.message_post(
            body=_(
                "Correction drafted (%(doc)s): %(reason)s",
                doc=correction.display_name,
                reason=reason,
            )
        )
        return correction.with_env(self.env)

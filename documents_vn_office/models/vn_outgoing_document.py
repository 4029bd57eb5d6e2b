from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

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


class VnOutgoingDocument(models.Model):
    """Outgoing document (văn bản đi), Điều 10–19 of Nghị định 30/2020/NĐ-CP: drafted,
    checked (content by the head of the drafting group, form by the clerk), approved and
    signed by the leader, numbered and issued by the clerk, filed. Its fields are the
    columns of the Sổ đăng ký văn bản đi (Phụ lục IV.I)."""

    _name = "vn.outgoing.document"
    _description = "Outgoing Document"
    _inherit = ["vn.document.mixin"]
    _order = "document_date desc, number desc, id desc"
    _rec_names_search = ["name", "subject"]

    _vn_number_field = "number"
    _vn_number_date_field = "document_date"
    _vn_direction = "outgoing"
    _vn_closed_states = ("issued", "filed")

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
    drafter_id = fields.Many2one(
        "res.users", string="Drafted By", default=lambda s: s.env.user, index=True
    )
    drafting_department_id = fields.Many2one(
        "hr.department",
        string="Drafting Group",
        domain="[('company_id', 'in', [company_id, False])]",
    )
    check_form_done = fields.Boolean(string="Form Checked", readonly=True, copy=False)
    check_form_user_id = fields.Many2one("res.users", string="Form Checked By", copy=False)
    check_form_date = fields.Datetime(string="Form Checked On", copy=False)
    check_content_done = fields.Boolean(string="Content Checked", readonly=True, copy=False)
    check_content_user_id = fields.Many2one("res.users", string="Content Checked By", copy=False)
    check_content_date = fields.Datetime(string="Content Checked On", copy=False)
    approver_id = fields.Many2one("res.users", string="Approved By", copy=False)
    approve_date = fields.Datetime(string="Approved On", copy=False)
    signer_id = fields.Many2one("hr.employee", tracking=True, index=True)
    signer_name = fields.Char(related="signer_id.name", string="Signer Name")
    signing_authority = fields.Selection(SIGNING_AUTHORITY, default="none", required=True)
    sign_date = fields.Date(string="Signed On", copy=False)
    transfer_date = fields.Date(
        string="Dispatch Date", copy=False, help="Ngày chuyển: the day the document was sent."
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

    @api.ondelete(at_uninstall=False)
    def _unlink_except_issued(self):
        if any(doc.number for doc in self) and not self.env.su:
            raise UserError(_("An issued document cannot be deleted: use Recall."))

    # ------------------------------------------------------------------ notation
    def _vn_notation(self, number):
        """Số và ký hiệu (Phụ lục I, mục II.3): ``05/QĐ-THCSTL``: number, type abbreviation,
        unit abbreviation; for a công văn (type without abbreviation) ``12/THCSTL-VP``:
        number, unit abbreviation, drafting group abbreviation."""
        self.ensure_one()
        unit = self.company_id.vn_short_name
        if not unit:
            raise UserError(_("The unit %s has no short name.", self.company_id.name))
        num = self.env["vn.document.register"]._vn_format_number(number)
        if self.type_id.code:
            return f"{num}/{self.type_id.code}-{unit}"
        group = self.drafting_department_id.vn_short_name
        if not group:
            raise UserError(
                _("The drafting group needs a short name for the notation of a công văn.")
            )
        return f"{num}/{unit}-{group}"

    # ------------------------------------------------------------------ workflow
    def _vn_can_check_content(self):
        user = self.env.user
        return (
            self.env.su
            or user.has_group("documents_vn_office.group_leader")
            or user == self.drafting_department_id.manager_id.user_id
        )

    def action_check_form(self):
        """The clerk checks the form (thể thức) of the draft (Điều 12)."""
        self._vn_require_group("documents_vn_office.group_clerk", _("clerk"))
        self._vn_check_state(("draft",), _("Checking"))
        self._vn_check_access_secret()
        self.sudo().write(
            {
                "check_form_done": True,
                "check_form_user_id": self.env.uid,
                "check_form_date": fields.Datetime.now(),
            }
        )
        self._vn_after_check()
        return True

    def action_check_content(self):
        """The head of the drafting group (or a leader) checks the content (Điều 12)."""
        self._vn_check_state(("draft",), _("Checking"))
        self._vn_check_access_secret()
        for doc in self:
            if not doc._vn_can_check_content():
                raise UserError(
                    _("Only the head of the drafting group or a leader checks the content.")
                )
        self.sudo().write(
            {
                "check_content_done": True,
                "check_content_user_id": self.env.uid,
                "check_content_date": fields.Datetime.now(),
            }
        )
        self._vn_after_check()
        return True

    def _vn_after_check(self):
        self.sudo().filtered(
            lambda d: d.state == "draft" and d.check_form_done and d.check_content_done
        ).write({"state": "checked"})

    def action_check(self):
        """Do every check the current user is entitled to; checked when both are done."""
        for doc in self:
            done = False
            if (
                self.env.user.has_group("documents_vn_office.group_clerk")
                and not doc.check_form_done
            ):
                doc.action_check_form()
                done = True
            if doc._vn_can_check_content() and not doc.check_content_done:
                doc.action_check_content()
                done = True
            if not done:
                raise UserError(_("There is no check left for you on %s.", doc.display_name))
        return True

    def action_approve(self):
        """The leader approves the draft (Điều 11)."""
        self._vn_require_group("documents_vn_office.group_leader", _("leader"))
        self._vn_check_state(("checked",), _("Approving"))
        self._vn_check_access_secret()
        self.write(
            {
                "state": "approved",
                "approver_id": self.env.uid,
                "approve_date": fields.Datetime.now(),
            }
        )
        return True

    def action_sign(self):
        """The signer signs (Điều 13); the signer defaults to the leader's employee."""
        self._vn_require_group("documents_vn_office.group_leader", _("leader"))
        self._vn_check_state(("approved",), _("Signing"))
        self._vn_check_access_secret()
        for doc in self:
            signer = doc.signer_id or self.env.user.employee_id
            if not signer:
                raise UserError(_("Choose the signer."))
            doc.write(
                {
                    "signer_id": signer.id,
                    "sign_date": fields.Date.context_today(doc),
                    "state": "signed",
                }
            )
        return True

    def action_issue(self):
        """Cấp số, đăng ký, phát hành (Điều 14–18): number on the document date, notation,
        dispatch date, internal exchange to the recipient units, e-mail to the external
        recipients."""
        self._vn_require_group("documents_vn_office.group_clerk", _("clerk"))
        self._vn_check_state(("signed",), _("Issuing"))
        self._vn_check_access_secret()
        today = fields.Date.context_today(self)
        for doc in self:
            if not doc.signer_id:
                raise UserError(_("An outgoing document needs a signer before it is issued."))
            if not doc.type_id:
                raise UserError(_("An outgoing document needs a type before it is issued."))
            vals = {}
            if not doc.document_date:
                vals["document_date"] = today
            if not doc.register_id:
                vals["register_id"] = (
                    self.env["vn.document.register"]
                    ._vn_default_register(doc.company_id, "outgoing", doc.secrecy != "normal")
                    .id
                )
            if vals:
                doc.sudo().write(vals)
            number = doc._vn_assign_number()
            notation = doc._vn_notation(number)
            clash = self.sudo().search_count(
                [
                    ("company_id", "=", doc.company_id.id),
                    ("number_year", "=", doc.number_year),
                    ("name", "=", notation),
                    ("id", "!=", doc.id),
                ]
            )
            if clash:
                raise UserError(_("The notation %s is already used this year.", notation))
            doc.sudo().write(
                {"number": number, "name": notation, "state": "issued", "transfer_date": today}
            )
            doc._vn_exchange()
            doc._vn_send_mail()
        return True

    def _vn_exchange(self):
        """Liên thông: each internal recipient unit gets its own incoming document, with
        copies of the files and a link back to this one."""
        self.ensure_one()
        Incoming = self.env["vn.incoming.document"].sudo()
        Register = self.env["vn.document.register"]
        for company in self.recipient_company_ids:
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
        partners = self.recipient_partner_ids.filtered("email")
        if not partners:
            return
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
        self._vn_require_group("documents_vn_office.group_clerk", _("clerk"))
        self._vn_check_state(("issued",), _("Filing"))
        self.write({"state": "filed"})
        return True

    def action_draft(self):
        """Back to draft, before issue: the checks must be done again."""
        self._vn_check_state(("checked", "approved", "signed"), _("Resetting"))
        self.sudo().write({"state": "draft", "check_form_done": False, "check_content_done": False})
        return True

    def action_open_reason_wizard(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Recall") if self.env.context.get("vn_kind") == "recall" else _("Correct"),
            "res_model": "vn.outgoing.reason.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_outgoing_id": self.id,
                "default_kind": self.env.context.get("vn_kind"),
            },
        }

    def action_recall(self, reason):
        """Thu hồi (Điều 18.4): the document is frozen, recipients' copies are recalled;
        the metadata is kept."""
        self._vn_require_group("documents_vn_office.group_leader", _("leader"))
        self._vn_check_state(("issued", "filed"), _("Recalling"))
        if not reason:
            raise UserError(_("Give the reason of the recall."))
        for doc in self:
            doc.write({"is_recalled": True, "recall_reason": reason})
            doc.message_post(body=_("Recalled: %s", reason))
            for incoming in doc.sudo().tracking_ids.incoming_id:
                incoming.message_post(body=_("The sender recalled this document: %s", reason))
        return True

    def action_correct(self, reason):
        """Đính chính bằng công văn (Điều 18.3): a new draft công văn linked to this one."""
        self.ensure_one()
        self._vn_check_state(("issued", "filed"), _("Correcting"))
        if not reason:
            raise UserError(_("Give the reason of the correction."))
        cong_van = self.env.ref("documents_vn_office.document_type_cong_van")
        correction = self.create(
            {
                "company_id": self.company_id.id,
                "register_id": self.register_id.id,
                "type_id": cong_van.id,
                "subject": _(
                    "Correction of document %(name)s: %(reason)s", name=self.name, reason=reason
                ),
                "drafting_department_id": self.drafting_department_id.id,
                "recipient_company_ids": [(6, 0, self.recipient_company_ids.ids)],
                "recipient_partner_ids": [(6, 0, self.recipient_partner_ids.ids)],
                "secrecy": self.secrecy,
                "correction_of_id": self.id,
            }
        )
        self.message_post(
            body=_(
                "Correction drafted (%(doc)s): %(reason)s",
                doc=correction.display_name,
                reason=reason,
            )
        )
        return correction

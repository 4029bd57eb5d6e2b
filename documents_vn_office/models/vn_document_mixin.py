from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

URGENCY = [
    ("normal", "Normal"),
    ("urgent", "Urgent"),
    ("very_urgent", "Very Urgent"),
    ("flash", "Flash"),
]
SECRECY = [
    ("normal", "Normal"),
    ("confidential", "Confidential"),
    ("secret", "Secret"),
    ("top_secret", "Top Secret"),
]
# Scans of documents: PDF (Phụ lục I, bản sao điện tử: PDF ≥ 1.4) or office formats.
ALLOWED_MIMETYPES = {
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
}
MAX_SIZE_PARAM = "documents_vn_office.max_attachment_mb"
# No date of a document is before this day, nor more than MAX_YEARS_AHEAD years ahead.
MIN_DATE = date(1900, 1, 1)
MAX_YEARS_AHEAD = 10
DEFAULT_MAX_SIZE_MB = 20


class VnDocumentMixin(models.AbstractModel):
    """What incoming, outgoing and internal documents share: unit, register, type,
    urgency and secrecy (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I), scans, chatter,
    deadline, secret-document access and the register number."""

    _name = "vn.document.mixin"
    _description = "Official Document"
    _inherit = ["mail.thread", "mail.activity.mixin"]

    # name of the integer number field and of the date that fixes its year
    _vn_number_field = "number"
    _vn_number_date_field = "document_date"
    _vn_direction = "incoming"
    _vn_closed_states = ()

    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        default=lambda s: s.env.company,
        tracking=True,
    )
    register_id = fields.Many2one(
        "vn.document.register",
        index=True,
        tracking=True,
        domain="[('company_id', '=', company_id)]",
    )
    number_year = fields.Integer(
        string="Numbering Year",
        compute="_compute_number_year",
        store=True,
        index=True,
        help="The number restarts at 01 on 01/01 of each year, per register.",
    )
    type_id = fields.Many2one("vn.document.type", string="Document Type", index=True, tracking=True)
    subject = fields.Char(
        string="Summary",
        required=True,
        size=1000,
        index="trigram",
        tracking=True,
        help="Trích yếu nội dung.",
    )
    urgency = fields.Selection(
        URGENCY,
        default="normal",
        required=True,
        index=True,
        tracking=True,
        help="Mức độ khẩn: khẩn, thượng khẩn, hỏa tốc (Điều 8, Phụ lục I).",
    )
    secrecy = fields.Selection(
        SECRECY,
        default="normal",
        required=True,
        index=True,
        tracking=True,
        help="Mức độ mật: mật, tối mật, tuyệt mật (Luật Bảo vệ bí mật nhà nước 2018). Secret "
        "documents are read only by the keepers of the register, the leaders and the people "
        "they are assigned to.",
    )
    field_id = fields.Many2one("vn.document.field", index=True)
    attachment_ids = fields.Many2many(
        "ir.attachment",
        string="Files",
        help="Scans (PDF) or office files of the document; the size limit is set by the "
        "system parameter documents_vn_office.max_attachment_mb (default 20 MB).",
    )
    deadline = fields.Date(index=True, tracking=True)
    is_overdue = fields.Boolean(
        string="Overdue", compute="_compute_is_overdue", search="_search_is_overdue"
    )
    note = fields.Text(string="Notes", help="Ghi chú.")
    manual_number = fields.Integer(
        string="Hand-typed Number",
        copy=False,
        aggregator=None,
        help="For a back-registration only: the clerk types the number the document must "
        "take; it is checked against the register when the document is numbered.",
    )
    document_date = fields.Date(index=True, tracking=True)

    @api.depends(lambda self: [self._vn_number_date_field])
    def _compute_number_year(self):
        for doc in self:
            date = doc[doc._vn_number_date_field]
            doc.number_year = date.year if date else 0

    @api.depends(lambda self: ("deadline", "state") if "state" in self._fields else ("deadline",))
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for doc in self:
            doc.is_overdue = bool(
                doc.deadline and doc.deadline < today and doc.state not in self._vn_closed_states
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(_("Unsupported search on the overdue flag."))
        domain = [
            ("deadline", "<", fields.Date.context_today(self)),
            ("state", "not in", list(self._vn_closed_states)),
        ]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]

    @api.constrains("document_date", "deadline", "manual_number")
    def _check_vn_plausible_values(self):
        latest = fields.Date.context_today(self) + relativedelta(years=MAX_YEARS_AHEAD)
        for doc in self:
            for fname in ("document_date", "deadline"):
                day = doc[fname]
                if day and not MIN_DATE <= day <= latest:
                    raise ValidationError(
                        _(
                            "%(field)s (%(date)s) must be between %(first)s and %(last)s.",
                            field=doc._fields[fname]._description_string(self.env),
                            date=day.strftime("%d/%m/%Y"),
                            first=MIN_DATE.strftime("%d/%m/%Y"),
                            last=latest.strftime("%d/%m/%Y"),
                        )
                    )
            if doc.manual_number < 0:
                raise ValidationError(_("A register number cannot be negative."))

    # ------------------------------------------------------------------ files
    @api.model
    def _vn_max_attachment_mb(self):
        param = self.env["ir.config_parameter"].sudo().get_param(MAX_SIZE_PARAM)
        try:
            return float(param) if param else DEFAULT_MAX_SIZE_MB
        except ValueError:
            return DEFAULT_MAX_SIZE_MB

    @api.constrains("attachment_ids")
    def _check_attachment_ids(self):
        limit = self._vn_max_attachment_mb()
        for attachment in self.sudo().attachment_ids:
            if attachment.type == "binary" and attachment.mimetype not in ALLOWED_MIMETYPES:
                raise ValidationError(
                    _(
                        "The file %(name)s is not accepted: only PDF scans and office files "
                        "(Word, Excel, OpenDocument) can be attached.",
                        name=attachment.name,
                    )
                )
            if attachment.file_size > limit * 1024 * 1024:
                raise ValidationError(
                    _(
                        "The file %(name)s is too large (%(size).1f MB): the limit is "
                        "%(limit)s MB.",
                        name=attachment.name,
                        size=attachment.file_size / 1024 / 1024,
                        limit=limit,
                    )
                )

    def _vn_link_attachments(self):
        """Attach the files to the record so that their access follows the record's
        (a secret document's scans are not readable by others)."""
        for doc in self:
            loose = doc.sudo().attachment_ids.filtered(
                lambda a, d=doc: a.res_model != d._name or a.res_id != d.id
            )
            if loose:
                loose.write({"res_model": doc._name, "res_id": doc.id})

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._vn_link_attachments()
        return records

    def write(self, vals):
        res = super().write(vals)
        if "attachment_ids" in vals:
            self._vn_link_attachments()
        return res

    # ------------------------------------------------------------------ access
    def _vn_secret_extra_users(self):
        """Users who may read this secret document besides keepers and leaders."""
        return self.env["res.users"]

    def _vn_can_read_secret(self, user=None):
        self.ensure_one()
        user = user or self.env.user
        if self.secrecy == "normal" or user._is_superuser():
            return True
        if self.company_id not in user.company_ids:
            return False
        if user.has_group("documents_vn_office.group_leader"):
            return True
        register = self.sudo().register_id
        return (
            user in register.keeper_ids
            or user in register.viewer_ids
            or (user in self.sudo()._vn_secret_extra_users())
        )

    def _vn_check_access_secret(self):
        """Refuse an action on a secret document to a user who may not read it."""
        for doc in self:
            if not doc._vn_can_read_secret():
                raise AccessError(
                    _("You are not allowed to access the secret document %s.", doc.display_name)
                )

    def _vn_log_secret_read(self):
        if self.env.su:
            return
        secret = self.sudo().filtered(lambda d: d.secrecy != "normal")
        if secret:
            self.env["vn.document.access.log"].sudo().create(
                [
                    {
                        "res_model": doc._name,
                        "res_id": doc.id,
                        "document_name": doc.display_name,
                        "company_id": doc.company_id.id,
                        "user_id": self.env.uid,
                    }
                    for doc in secret
                ]
            )

    def web_read(self, specification):
        result = super().web_read(specification)
        self._vn_log_secret_read()
        return result

    def _vn_check_state(self, allowed, action):
        """Refuse ``action`` (its translated name) unless every document is in ``allowed``."""
        for doc in self:
            if doc.state not in allowed:
                raise UserError(
                    _(
                        "%(action)s is not possible for %(doc)s in its current state.",
                        action=action,
                        doc=doc.display_name,
                    )
                )

    def _vn_require_group(self, xmlid, label):
        if not (self.env.su or self.env.user.has_group(xmlid)):
            raise AccessError(_("Only a %s can do this.", label))

    # ------------------------------------------------------------------ numbering
    def _vn_assign_number(self):
        """Take the register number (or check the hand-typed one) in the short
        register/issue step."""
        self.ensure_one()
        if not self.register_id:
            raise UserError(_("Choose the register of the document first."))
        if self.register_id.direction != self._vn_direction:
            raise UserError(_("The register %s has the wrong direction.", self.register_id.name))
        if bool(self.register_id.is_secret) != (self.secrecy != "normal") and (
            self._vn_direction != "internal"
        ):
            raise UserError(
                _("Secret documents go to a secret register, ordinary ones to an ordinary one.")
            )
        typed = self.manual_number
        if typed:
            self.register_id._vn_check_number_free(self, typed)
            return typed
        return self.register_id.sudo()._vn_take_number(self)

    def _vn_deadline_alert(self, user, summary, note=""):
        """Mail activity for ``user`` on the document, unless he has an open one already."""
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        for doc in self:
            if not user:
                continue
            exists = (
                self.env["mail.activity"]
                .sudo()
                .search_count(
                    [
                        ("res_model", "=", doc._name),
                        ("res_id", "=", doc.id),
                        ("user_id", "=", user.id),
                        ("summary", "=", summary),
                    ]
                )
            )
            if not exists:
                doc.sudo().activity_schedule(
                    activity_type_id=activity_type.id,
                    summary=summary,
                    note=note,
                    user_id=user.id,
                    date_deadline=doc.deadline or fields.Date.context_today(doc),
                )

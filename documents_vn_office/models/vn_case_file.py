from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

from .vn_document_mixin import MAX_YEARS_AHEAD, MIN_DATE

# Groups that manage case files (open, close, reopen, file documents).
CASE_FILE_MANAGERS = ("documents_vn_office.group_clerk", "documents_vn_office.group_leader")


class VnCaseFile(models.Model):
    """Hồ sơ công việc: the case file in which the documents of one matter are kept
    (Nghị định 30/2020/NĐ-CP, Điều 28-29; metadata of Phụ lục VI, Phần II).

    The documents themselves are linked by the many2many fields declared in
    vn_case_file_document.py (one document may be kept in several files). Reading a
    many2many applies the record rules of the documents, so a user only sees the
    documents he may read (secret documents stay hidden)."""

    _name = "vn.case.file"
    _description = "Case File"
    # its files are the chatter's: checked like the documents' (vn.attachment.owner.mixin)
    _inherit = ["vn.attachment.owner.mixin"]
    _vn_attachment_fields = ()
    _order = "year desc, code, id"
    _check_company_auto = True
    _rec_names_search = ["code", "name", "file_code"]

    code = fields.Char(
        required=True,
        tracking=True,
        help='Số và ký hiệu hồ sơ (FileNotation), e.g. "01.TCCB".',
    )
    name = fields.Char(string="Title", required=True, tracking=True, index="trigram")
    year = fields.Integer(
        required=True,
        index=True,
        default=lambda self: vn_today(self).year,
        help="Year of the file plan (FileCatalog).",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Unit",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    file_code = fields.Char(
        compute="_compute_file_code",
        store=True,
        index="trigram",
        help="Mã hồ sơ (FileCode) = unit code . year . code of the file.",
    )
    file_plan_line_id = fields.Many2one(
        "vn.file.plan.line",
        index="btree_not_null",
        check_company=True,
        help="Planned case file of the danh mục hồ sơ this file was opened from.",
    )
    retention_id = fields.Many2one("vn.retention.period", required=True, tracking=True)
    retention_is_placeholder = fields.Boolean(
        related="retention_id.is_placeholder",
        string="Retention To Verify",
        help="The chosen retention period is still a placeholder value of the repealed "
        "Thông tư 09/2011/TT-BNV: check it against Thông tư 10/2022/TT-BNV.",
    )
    responsible_user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        domain="[('company_ids', 'in', company_id)]",
    )
    start_date = fields.Date(required=True, default=lambda self: vn_today(self), tracking=True)
    end_date = fields.Date(tracking=True, copy=False)
    state = fields.Selection(
        [("open", "Open"), ("closed", "Closed")],
        default="open",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    description = fields.Text()
    document_count = fields.Integer(
        string="Documents", compute="_compute_document_totals", help="DocTotal"
    )
    page_total = fields.Integer(
        string="Pages", compute="_compute_document_totals", help="PageTotal"
    )

    _sql_constraints = [
        (
            "code_unique",
            "UNIQUE(company_id, year, code)",
            "A case file code is used only once per unit and year.",
        ),
        (
            "dates_order",
            "CHECK(end_date IS NULL OR end_date >= start_date)",
            "A case file cannot end before it starts.",
        ),
    ]

    @api.depends("code", "year", "company_id.vn_unit_code")
    def _compute_file_code(self):
        for rec in self:
            parts = [rec.company_id.vn_unit_code or "", str(rec.year or ""), rec.code or ""]
            rec.file_code = ".".join(p for p in parts if p)

    @api.depends("code", "name")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = f"{rec.code} - {rec.name}" if rec.code else rec.name

    # ------------------------------------------------------------------
    # Documents (the many2many fields are declared in vn_case_file_document.py)
    # ------------------------------------------------------------------
    @api.model
    def _document_fields(self):
        """Names of the many2many fields towards the document models."""
        return []

    def _compute_document_totals(self):
        """DocTotal and PageTotal of the files (Phụ lục VI, Phần II): every document
        counts, whatever the reader may open; the totals name no document."""
        counts = dict.fromkeys(self.ids, 0)
        pages = dict.fromkeys(self.ids, 0)
        if self.ids:
            for fname in self._document_fields():
                Doc = self.env[self._fields[fname].comodel_name].sudo()
                aggregates = ["__count"] + (["pages:sum"] if "pages" in Doc._fields else [])
                for case_file, *values in Doc._read_group(
                    [("vn_case_file_ids", "in", self.ids)], ["vn_case_file_ids"], aggregates
                ):
                    if case_file.id in counts:
                        counts[case_file.id] += values[0]
                        pages[case_file.id] += values[1] if len(values) > 1 else 0
        for rec in self:
            rec.document_count = counts.get(rec.id, 0)
            rec.page_total = pages.get(rec.id, 0)

    # ------------------------------------------------------------------
    # Rules
    # ------------------------------------------------------------------
    @api.constrains("code", "year")
    def _check_code_year(self):
        for rec in self:
            if not (rec.code or "").strip():
                raise ValidationError(self.env._("A case file needs a code."))
            if not 1945 <= rec.year <= 2200:
                raise ValidationError(self.env._("The year %(year)s is not valid.", year=rec.year))

    @api.constrains("start_date", "end_date")
    def _check_vn_dates(self):
        latest = vn_today(self) + relativedelta(years=MAX_YEARS_AHEAD)
        for rec in self:
            for day in (rec.start_date, rec.end_date):
                if day and not MIN_DATE <= day <= latest:
                    raise ValidationError(
                        self.env._(
                            "The dates of a case file must be between %(first)s and %(last)s.",
                            first=MIN_DATE.strftime("%d/%m/%Y"),
                            last=latest.strftime("%d/%m/%Y"),
                        )
                    )

    def _check_manager(self):
        if not self.env.su and not any(self.env.user.has_group(g) for g in CASE_FILE_MANAGERS):
            raise UserError(
                self.env._("Only the clerk or a leader of the unit can manage case files.")
            )

    def write(self, vals):
        doc_fields = set(self._document_fields()) & set(vals)
        if doc_fields:
            closed = self.filtered(lambda r: r.state == "closed")
            if closed and "state" not in vals:
                raise UserError(
                    self.env._(
                        "The case file %(file)s is closed: reopen it before adding or "
                        "removing documents.",
                        file=closed[0].display_name,
                    )
                )
        return super().write(vals)

    def action_close(self):
        """Close the file (kết thúc hồ sơ, NĐ 30/2020 Điều 29): it must hold at least one
        document; the end date is set to today unless given; no document can be added
        while it is closed."""
        self._check_manager()
        today = vn_today(self)
        for rec in self:
            if rec.state != "open":
                raise UserError(
                    self.env._("The case file %(file)s is already closed.", file=rec.display_name)
                )
            if not rec.document_count:
                raise UserError(
                    self.env._(
                        "The case file %(file)s holds no document: file at least one "
                        "document before closing it.",
                        file=rec.display_name,
                    )
                )
        for rec in self:
            rec.write({"state": "closed", "end_date": max(rec.end_date or today, rec.start_date)})
        return True

    def action_reopen(self, reason):
        """Reopen a closed file; the reason is logged in the chatter."""
        self._check_manager()
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for reopening the case file."))
        for rec in self:
            if rec.state != "closed":
                raise UserError(
                    self.env._("The case file %(file)s is not closed.", file=rec.display_name)
                )
        self.write({"state": "open", "end_date": False})
        for rec in self:
            rec.message_post(body=self.env._("Case file reopened: %(reason)s", reason=reason))
        return True

    def action_reopen_wizard(self):
        self._check_manager()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reopen Case File"),
            "res_model": "vn.case.file.reopen.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_case_file_ids": self.ids},
        }

    def _file_documents(self, documents):
        """Add ``documents`` (a recordset of a document model) to the open files."""
        self._check_manager()
        fname = self._document_field_for(documents._name)
        for rec in self:
            if rec.state != "open":
                raise UserError(
                    self.env._(
                        "The case file %(file)s is closed: reopen it before adding documents.",
                        file=rec.display_name,
                    )
                )
            wrong = documents.filtered(lambda d, rec=rec: d.company_id != rec.company_id)
            if wrong:
                raise UserError(
                    self.env._(
                        "A document of another unit cannot be filed into %(file)s.",
                        file=rec.display_name,
                    )
                )
        self.write({fname: [fields.Command.link(doc.id) for doc in documents]})
        return True

    @api.model
    def _document_field_for(self, model_name):
        for fname in self._document_fields():
            if self._fields[fname].comodel_name == model_name:
                return fname
        raise UserError(self.env._("Documents of this kind cannot be filed into a case file."))

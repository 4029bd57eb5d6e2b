"""Register books of Nghị định 30/2020/NĐ-CP, Phụ lục IV: Sổ đăng ký văn bản đến (mẫu VI),
Sổ đăng ký văn bản đi (mẫu I), Sổ theo dõi giải quyết văn bản đến (mẫu VIII)."""

from odoo import _, api, fields, models
from odoo.exceptions import UserError

REGISTER_KINDS = {
    # kind: (model, number field, date field, cover title)
    "incoming": (
        "vn.incoming.document",
        "arrival_number",
        "arrival_date",
        "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
    ),
    "outgoing": ("vn.outgoing.document", "number", "document_date", "SỔ ĐĂNG KÝ VĂN BẢN ĐI"),
    "followup": (
        "vn.incoming.document",
        "arrival_number",
        "arrival_date",
        "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN",
    ),
}


#: Height of a landscape A4 page in lines of the register's 10.5 pt table text.
PAGE_LINES = 48


class ReportIncomingRegister(models.AbstractModel):
    """Sổ đăng ký văn bản đến. The outgoing register and the follow-up book inherit it
    and only change ``_vn_kind``: same cover page, same ordering, own columns."""

    _name = "report.vn_reports.report_incoming_register"
    _inherit = "vn.report.format"
    _description = "Report: Incoming Documents Register"

    _vn_kind = "incoming"

    # ------------------------------------------------------------------ documents
    @api.model
    def _vn_documents(self, docids, data):
        """The documents to print, as the current user may read them (record rules
        apply), in register order: register, year, number.

        ``data`` from the wizard = {register_id, date_from, date_to}; otherwise ``docids``
        (a selection printed from the list)."""
        model, number_field, date_field, _title = REGISTER_KINDS[self._vn_kind]
        Document = self.env[model]
        data = data or {}
        if data.get("register_id"):
            register = self.env["vn.document.register"].browse(data["register_id"])
            register.check_access("read")
            domain = [("register_id", "=", register.id), (number_field, ">", 0)]
            if data.get("date_from"):
                domain.append((date_field, ">=", data["date_from"]))
            if data.get("date_to"):
                domain.append((date_field, "<=", data["date_to"]))
            docs = Document.search(domain)
            if not docs:
                raise UserError(
                    _(
                        "No registered document in %(register)s from %(date_from)s to "
                        "%(date_to)s: there is nothing to print.",
                        register=register.display_name,
                        date_from=self._vn_date(data.get("date_from")) or "…",
                        date_to=self._vn_date(data.get("date_to")) or "…",
                    )
                )
        else:
            docs = Document.browse(docids)
            docs.check_access("read")
            docs = docs.exists()
            if not docs:
                raise UserError(_("Select at least one document to print."))
        return docs.sorted(
            lambda d: (
                not d.register_id,
                d.register_id.id or 0,
                d.number_year or 0,
                not d[number_field],
                d[number_field] or 0,
                d.id,
            )
        )

    # ------------------------------------------------------------------ rows
    @api.model
    def _vn_type_subject(self, doc):
        type_name = doc.type_id.name or ""
        if type_name and doc.subject:
            return f"{type_name}: {doc.subject}"
        return type_name or doc.subject or ""

    @api.model
    def _vn_note(self, doc):
        """The "Ghi chú" cell: the secrecy level first for a secret document.

        The level is printed with its legal Vietnamese name (Luật Bảo vệ bí mật nhà nước
        29/2018/QH14 Điều 8: Tuyệt mật, Tối mật, Mật), read from the field's selection label
        in Vietnamese like the rest of the book, never a hard-coded text.
        """
        note = doc.note or ""
        if not doc.secrecy or doc.secrecy == "normal":
            return note
        lang = "vi_VN" if self.env["res.lang"]._lang_get("vi_VN") else self.env.lang
        env_lang = self.with_context(lang=lang).env
        labels = dict(doc._fields["secrecy"]._description_selection(env_lang))
        level = labels.get(doc.secrecy, doc.secrecy)
        return f"{level}; {note}" if note else level

    @api.model
    def _vn_row(self, doc):
        """The 10 columns of the Sổ đăng ký văn bản đến (Phụ lục IV, mẫu VI)."""
        return [
            self._vn_date(doc.arrival_date),
            doc.arrival_number_display or "",
            doc.author_name or "",
            doc.original_number or "",
            self._vn_date(doc.document_date),
            self._vn_type_subject(doc),
            doc.recipient_text or "",
            self._vn_date(doc.transfer_date),
            "",
            self._vn_note(doc),
        ]

    @api.model
    def _vn_columns(self):
        return [
            ("Ngày đến", "7%"),
            ("Số đến", "5%"),
            ("Tác giả", "13%"),
            ("Số, ký hiệu văn bản", "10%"),
            ("Ngày tháng văn bản", "7%"),
            ("Tên loại và trích yếu nội dung văn bản", "25%"),
            ("Đơn vị hoặc người nhận", "12%"),
            ("Ngày chuyển", "7%"),
            ("Ký nhận", "6%"),
            ("Ghi chú", "8%"),
        ]

    @api.model
    def _vn_header_lines(self):
        """Lines taken by the table header: the wrapped labels and the (1)…(n) row."""
        return 2 + max(
            self._vn_text_lines(label, max(int(float(width.rstrip("%")) * 1.5), 4))
            for label, width in self._vn_columns()
        )

    # ------------------------------------------------------------------ books
    @api.model
    def _vn_books(self, docs, data):
        """One book (cover page + table) per register of the documents."""
        _model, number_field, date_field, title = REGISTER_KINDS[self._vn_kind]
        data = data or {}
        books = []
        registers = []
        for doc in docs:  # in register order; documents without register last
            if doc.register_id not in registers:
                registers.append(doc.register_id)
        for register in registers:
            book_docs = docs.filtered(lambda d, r=register: d.register_id == r)
            rows = [self._vn_row(doc) for doc in book_docs]
            numbers = [n for n in book_docs.mapped(number_field) if n]
            dates = [d for d in book_docs.mapped(date_field) if d]
            date_from = fields.Date.to_date(data.get("date_from")) or min(dates, default=False)
            date_to = fields.Date.to_date(data.get("date_to")) or max(dates, default=False)
            years = sorted({y for y in book_docs.mapped("number_year") if y})
            company = register.company_id or book_docs[:1].company_id
            fmt = self.env["vn.document.register"]._vn_format_number
            books.append(
                {
                    "register": register,
                    "agency": self._vn_agency(company),
                    "title": title,
                    "year": ", ".join(str(y) for y in years),
                    "date_from": self._vn_date(date_from),
                    "date_to": self._vn_date(date_to),
                    "number_from": fmt(min(numbers)) if numbers else "",
                    "number_to": fmt(max(numbers)) if numbers else "",
                    "book_number": register.book_number or "" if register else "",
                    "rows": rows,
                    "pages": self._vn_paginate(
                        rows,
                        [float(width.rstrip("%")) for _label, width in self._vn_columns()],
                        page_lines=PAGE_LINES - self._vn_header_lines(),
                        first_page_lines=PAGE_LINES - self._vn_header_lines() - 3,
                    ),
                }
            )
        return books

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self._vn_documents(docids, data)
        docs._vn_log_read("report")  # the secret documents printed in the book are logged
        return {
            "doc_ids": docs.ids,
            "doc_model": docs._name,
            "docs": docs,
            "books": self._vn_books(docs, data),
            "columns": self._vn_columns(),
        }

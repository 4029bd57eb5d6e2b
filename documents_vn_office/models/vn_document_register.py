import psycopg2.errors

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL


class VnDocumentRegister(models.Model):
    """Register book (sổ đăng ký văn bản) of a unit, Phụ lục IV of Nghị định 30/2020/NĐ-CP.

    The register also is the numbering service of every document registered in it."""

    _name = "vn.document.register"
    _description = "Document Register"
    _order = "company_id, direction, is_secret, sequence, id"

    name = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    direction = fields.Selection(
        [("incoming", "Incoming"), ("outgoing", "Outgoing"), ("internal", "Internal")],
        string="Register Type",
        required=True,
        default="incoming",
    )
    is_secret = fields.Boolean(
        string="Secret Documents",
        help="Register of secret documents (mật, tối mật, tuyệt mật): they have their own "
        "number series (Điều 15.2) and only its keepers, the leaders and the assigned "
        "handlers read them.",
    )
    keeper_ids = fields.Many2many(
        "res.users",
        "vn_document_register_keeper_rel",
        "register_id",
        "user_id",
        string="Keepers",
        help="Clerks who register documents in this book.",
    )
    viewer_ids = fields.Many2many(
        "res.users",
        "vn_document_register_viewer_rel",
        "register_id",
        "user_id",
        string="Viewers",
        help="Users who may read every document of this register, secret ones included.",
    )
    book_number = fields.Char(string="Book Number", help="Quyển số printed on the cover.")
    active = fields.Boolean(default=True)

    @api.constrains("is_secret", "direction")
    def _check_secret_direction(self):
        for register in self:
            if register.is_secret and register.direction == "internal":
                raise ValidationError(_("Internal registers cannot be secret registers."))

    @api.model
    def _vn_default_register(self, company, direction, secret=False):
        """The first active register of a unit for a direction (secret or not)."""
        return self.sudo().search(
            [
                ("company_id", "=", company.id),
                ("direction", "=", direction),
                ("is_secret", "=", bool(secret)),
            ],
            limit=1,
        )

    def _vn_check_number_free(self, document, number):
        """A hand-typed number (back-registration) must not be used yet in the same
        register and year (Điều 15.1, 22.2: one number per document within the year)."""
        self.ensure_one()
        clash = (
            document.sudo()
            .with_context(active_test=False)
            .search_count(
                [
                    ("register_id", "=", self.id),
                    ("number_year", "=", document.number_year),
                    (document._vn_number_field, "=", number),
                    ("id", "!=", document.id),
                ]
            )
        )
        if clash:
            raise ValidationError(
                _(
                    "Number %(number)02d is already used in register %(register)s for %(year)s.",
                    number=number,
                    register=self.display_name,
                    year=document.number_year,
                )
            )

    def _vn_take_number(self, document):
        """Give ``document`` the next number of this register in its year.

        Numbers run from 01 on 01/01 to 31/12 without gap or duplicate (Nghị định
        30/2020/NĐ-CP, Điều 15.1 for outgoing documents, Điều 22.2 for số đến).

        The unique index (register, year, number) of the documents' table is the lock:
        the number is written onto the document in a savepoint; if another clerk's open
        transaction holds the same number, PostgreSQL makes us wait until it ends; if it
        committed, the next number is tried, if it rolled back, the number is ours. The
        number belongs to the transaction that registers the document, so a rollback gives
        it back (no gap), and concurrent clerks wait instead of failing, even under
        Odoo's REPEATABLE READ isolation (where re-reading an updated counter row would
        raise a serialization failure)."""
        self.ensure_one()
        if document.register_id != self:
            raise UserError(_("The document is not in register %s.", self.display_name))
        if not document.number_year:
            raise UserError(_("The document needs a date before it can be numbered."))
        fname = document._vn_number_field
        document.flush_recordset()
        cr = self.env.cr
        table = SQL.identifier(document._table)
        column = SQL.identifier(fname)
        cr.execute(
            SQL(
                "SELECT COALESCE(MAX(%s), 0) FROM %s WHERE register_id = %s AND number_year = %s",
                column,
                table,
                self.id,
                document.number_year,
            )
        )
        number = cr.fetchone()[0] + 1
        while True:
            try:
                with cr.savepoint(flush=False):
                    cr.execute(
                        SQL(
                            "UPDATE %s SET %s = %s WHERE id = %s",
                            table,
                            column,
                            number,
                            document.id,
                        ),
                        log_exceptions=False,
                    )
                break
            except psycopg2.errors.UniqueViolation:
                number += 1
        document.invalidate_recordset([fname])
        return number

    def _vn_register_cover(self, year):
        """Cover and first page of the register book for a year (Phụ lục IV): count, first
        and last number, first and last date of the numbered documents."""
        self.ensure_one()
        model = {
            "incoming": "vn.incoming.document",
            "outgoing": "vn.outgoing.document",
            "internal": "vn.internal.document",
        }[self.direction]
        Document = self.env[model].sudo().with_context(active_test=False)
        number = Document._vn_number_field
        date = Document._vn_number_date_field
        [(count, first, last, first_date, last_date)] = Document._read_group(
            [("register_id", "=", self.id), ("number_year", "=", year), (number, "!=", 0)],
            aggregates=["__count", f"{number}:min", f"{number}:max", f"{date}:min", f"{date}:max"],
        )
        return {
            "count": count,
            "first_number": first or 0,
            "last_number": last or 0,
            "first_date": first_date,
            "last_date": last_date,
        }

    @api.model
    def _vn_format_number(self, number):
        """Numbers below 10 get a leading zero: 01 … 09 (Phụ lục I, mục II.3)."""
        return f"{number:02d}" if number else ""

import psycopg2.errors

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

#: default notation suffix of a secret outgoing register (its own series, Điều 15.2)
SECRET_SUFFIX = "-M"


class VnDocumentRegister(models.Model):
    """Register book (sổ đăng ký văn bản) of a unit, Phụ lục IV of Nghị định 30/2020/NĐ-CP.

    The register also is the numbering service of every document registered in it."""

    _name = "vn.document.register"
    _description = "Document Register"
    _inherit = ["vn.value.limit.mixin"]
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
    book_number = fields.Char(help="Quyển số printed on the cover.")
    notation_suffix = fields.Char(
        compute="_compute_notation_suffix",
        store=True,
        readonly=False,
        precompute=True,
        help="Appended as typed to the number and notation of the documents numbered in "
        "this register, e.g. -M: 05/QĐ-THCSTL-M. The head of the unit decides the numbering "
        "scheme (Nghị định 30/2020/NĐ-CP, Điều 15.1); secret documents have their own number "
        "series (Điều 15.2), so a secret outgoing register gets -M by default and must keep "
        "a suffix of its own: the number and notation stay unique in the unit and the year.",
    )
    active = fields.Boolean(default=True)

    # Counters of the dashboard a clerk and a leader see when they open the app: documents
    # of the register waiting for them, counted with the reader's own access rights.
    count_to_register = fields.Integer(compute="_compute_counters", string="To Register")
    count_to_direct = fields.Integer(compute="_compute_counters", string="To Direct")
    count_in_progress = fields.Integer(compute="_compute_counters", string="In Progress")
    count_overdue = fields.Integer(compute="_compute_counters", string="Overdue")
    count_urgent = fields.Integer(compute="_compute_counters", string="Urgent")
    count_to_check = fields.Integer(compute="_compute_counters", string="To Check")
    count_to_approve = fields.Integer(compute="_compute_counters", string="To Approve")
    count_to_sign = fields.Integer(compute="_compute_counters", string="To Sign")
    count_to_issue = fields.Integer(compute="_compute_counters", string="To Issue")

    _COUNTER_MODELS = {
        "incoming": "vn.incoming.document",
        "outgoing": "vn.outgoing.document",
        "internal": "vn.internal.document",
    }

    @api.model
    def _vn_counter_domains(self):
        """Per register type, each counter and the documents it counts."""
        open_states = ("received", "registered", "submitted", "directed", "in_progress")
        return {
            "incoming": {
                "count_to_register": [("state", "=", "received")],
                "count_to_direct": [("state", "=", "submitted")],
                "count_in_progress": [("state", "in", ("directed", "in_progress"))],
                "count_overdue": [("is_overdue", "=", True)],
                "count_urgent": [("urgency", "!=", "normal"), ("state", "in", open_states)],
            },
            "outgoing": {
                "count_to_check": [("state", "=", "draft")],
                "count_to_approve": [("state", "=", "checked")],
                "count_to_sign": [("state", "=", "approved")],
                "count_to_issue": [("state", "=", "signed")],
                "count_urgent": [
                    ("urgency", "!=", "normal"),
                    ("state", "in", ("draft", "checked", "approved", "signed")),
                ],
            },
            "internal": {
                "count_to_approve": [("state", "=", "submitted")],
            },
        }

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_counters(self):
        """One grouped count per counter for all the registers shown, never one query
        per register. Counted with the reader's rights, so cached per user."""
        counters = [name for name in self._fields if name.startswith("count_")]
        for register in self:
            for name in counters:
                register[name] = 0
        domains = self._vn_counter_domains()
        for direction, model in self._COUNTER_MODELS.items():
            registers = self.filtered(lambda r, d=direction: r.direction == d and r.id)
            if not registers:
                continue
            Document = self.env[model]
            for name, domain in domains[direction].items():
                groups = Document._read_group(
                    [("register_id", "in", registers.ids), *domain], ["register_id"], ["__count"]
                )
                for register, count in groups:
                    registers.browse(register.id)[name] = count

    def action_vn_open_counter(self):
        """Open the documents behind the counter named in the context (``vn_counter``)."""
        self.ensure_one()
        name = self.env.context.get("vn_counter")
        domain = self._vn_counter_domains()[self.direction].get(name)
        if domain is None:
            raise UserError(_("Unknown counter."))
        model = self._COUNTER_MODELS[self.direction]
        return {
            "type": "ir.actions.act_window",
            "name": f"{self.name}: {self._fields[name].get_description(self.env)['string']}",
            "res_model": model,
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": [("register_id", "=", self.id), *domain],
            "context": {"default_register_id": self.id},
        }

    @api.constrains("keeper_ids", "viewer_ids", "company_id")
    def _check_people_unit(self):
        """Keepers and viewers read the register's secret documents: people of its unit."""
        for register in self:
            outsiders = (
                (register.keeper_ids | register.viewer_ids)
                .sudo()
                .filtered(lambda u, r=register: r.company_id not in u.company_ids)
            )
            if outsiders:
                raise ValidationError(
                    _(
                        "%(users)s do not work in %(unit)s: the keepers and viewers of a "
                        "register are people of its unit.",
                        users=", ".join(outsiders.mapped("name")),
                        unit=register.company_id.name,
                    )
                )

    @api.constrains("is_secret", "direction")
    def _check_secret_direction(self):
        for register in self:
            if register.is_secret and register.direction == "internal":
                raise ValidationError(_("Internal registers cannot be secret registers."))

    @api.depends("is_secret", "direction")
    def _compute_notation_suffix(self):
        for register in self:
            if register.is_secret and register.direction == "outgoing":
                register.notation_suffix = register.notation_suffix or SECRET_SUFFIX
            else:
                register.notation_suffix = register.notation_suffix or False

    def _vn_suffix(self):
        return (self.notation_suffix or "").strip()

    @api.constrains("notation_suffix", "is_secret", "direction", "company_id", "active")
    def _check_secret_series(self):
        """A secret outgoing register numbers its own series (Điều 15.2): its notations
        must never be those of another outgoing register of the unit, whose numbers also
        start at 01 each year."""
        outgoing = self.filtered(lambda r: r.direction == "outgoing" and r.active)
        for register in outgoing:
            others = self.sudo().search(
                [
                    ("company_id", "=", register.company_id.id),
                    ("direction", "=", "outgoing"),
                    ("id", "!=", register.id),
                ]
            )
            for other in others:
                if (register.is_secret or other.is_secret) and (
                    register._vn_suffix() == other._vn_suffix()
                ):
                    raise ValidationError(
                        _(
                            "The registers %(register)s and %(other)s would give the same "
                            "number and notation: a secret register has its own number series "
                            "and needs a notation suffix of its own (e.g. -M).",
                            register=register.name,
                            other=other.name,
                        )
                    )

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
        series = self._vn_series_register(document)
        if not clash and series:
            self.env.cr.execute(
                SQL(
                    "SELECT 1 FROM vn_document_number WHERE series_register_id = %s "
                    "AND year = %s AND number = %s AND NOT (res_model = %s AND res_id = %s)",
                    series.id,
                    document.number_year,
                    number,
                    document._name,
                    document.id,
                )
            )
            clash = bool(self.env.cr.fetchone())
        if clash:
            raise ValidationError(self._vn_taken_message(document, number))

    def _vn_taken_message(self, document, number):
        return _(
            "Number %(number)02d is already used in register %(register)s for %(year)s.",
            number=number,
            register=self.display_name,
            year=document.number_year,
        )

    def _vn_check_numbering(self, document):
        self.ensure_one()
        if document.register_id != self:
            raise UserError(_("The document is not in register %s.", self.display_name))
        if not document.number_year:
            raise UserError(_("The document needs a date before it can be numbered."))
        document.flush_recordset()

    def _vn_series_register(self, document):
        """The register whose series of issued documents ``document`` is numbered in, or
        an empty recordset when the register keeps a series of its own.

        Nghị định 30/2020/NĐ-CP Điều 15.1: the number and notation of a unit's documents is
        unique within the year, so the internal documents that get a number share the
        series of the unit's ordinary outgoing register (its first one); secret documents
        keep their own series (Điều 15.2), incoming documents their số đến (Điều 22.2)."""
        self.ensure_one()
        if self.is_secret or self.direction == "incoming":
            return self.browse()
        if self.direction == "outgoing":
            return self
        return self._vn_default_register(self.company_id, "outgoing", False)

    def _vn_next_number(self, document):
        """The number the next document of ``document``'s year takes in this register
        (in the unit's series of issued documents when it shares one)."""
        series = self._vn_series_register(document)
        if series:
            self.env.cr.execute(
                SQL(
                    "SELECT COALESCE(MAX(number), 0) FROM vn_document_number "
                    "WHERE series_register_id = %s AND year = %s "
                    "AND NOT (res_model = %s AND res_id = %s)",
                    series.id,
                    document.number_year,
                    document._name,
                    document.id,
                )
            )
            series_max = self.env.cr.fetchone()[0]
        else:
            series_max = 0
        return max(self._vn_next_own_number(document), series_max + 1)

    def _vn_next_own_number(self, document):
        """The next number of ``document``'s year in this register's own table."""
        table = SQL.identifier(document._table)
        column = SQL.identifier(document._vn_number_field)
        self.env.cr.execute(
            SQL(
                "SELECT COALESCE(MAX(%s), 0) FROM %s "
                "WHERE register_id = %s AND number_year = %s AND id != %s",
                column,
                table,
                self.id,
                document.number_year,
                document.id,
            )
        )
        return self.env.cr.fetchone()[0] + 1

    def _vn_write_number(self, document, number):
        """Write ``number`` onto ``document`` in a savepoint; the unique index
        (register, year, number) raises UniqueViolation if it is taken (after waiting for
        the transaction that holds it, if any)."""
        series = self._vn_series_register(document)
        before = document[document._vn_number_field]
        with self.env.cr.savepoint(flush=False):
            self.env.cr.execute(
                SQL(
                    "UPDATE %s SET %s = %s WHERE id = %s",
                    SQL.identifier(document._table),
                    SQL.identifier(document._vn_number_field),
                    number,
                    document.id,
                ),
                log_exceptions=False,
            )
            if series:
                # the unit's series of issued documents (Điều 15.1): its unique index is
                # the lock across outgoing and internal documents
                self.env.cr.execute(
                    SQL(
                        "DELETE FROM vn_document_number WHERE res_model = %s AND res_id = %s",
                        document._name,
                        document.id,
                    )
                )
                self.env.cr.execute(
                    SQL(
                        "INSERT INTO vn_document_number (series_register_id, company_id, "
                        "year, number, res_model, res_id, create_uid, write_uid, "
                        "create_date, write_date) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
                        "now() at time zone 'UTC', now() at time zone 'UTC')",
                        series.id,
                        series.company_id.id,
                        document.number_year,
                        number,
                        document._name,
                        document.id,
                        self.env.uid,
                        self.env.uid,
                    ),
                    log_exceptions=False,
                )
        # the audit trail of the step's write shows the number given (old value: the
        # row's before this SQL), not "unchanged"
        self.env["auditlog.rule"]._vn_audit_sql_written(
            document, document._vn_number_field, before, number
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
        self._vn_check_numbering(document)
        number = self._vn_next_number(document)
        while True:
            try:
                self._vn_write_number(document, number)
                break
            except psycopg2.errors.UniqueViolation:
                number += 1
        document.invalidate_recordset([document._vn_number_field])
        return number

    def _vn_claim_number(self, document, number):
        """Give ``document`` the hand-typed ``number`` (back-registration): a free number
        of its year up to the next one, never beyond (that would leave a gap), never one
        already taken, by the same unique index as ``_vn_take_number``."""
        self._vn_check_numbering(document)
        next_number = self._vn_next_number(document)
        if number < 1 or number > next_number:
            raise ValidationError(
                _(
                    "Number %(number)02d cannot be typed in register %(register)s for "
                    "%(year)s: a hand-typed number only fills a free number up to the next "
                    "one, %(next)02d (back-registration); it never leaves a gap.",
                    number=number,
                    register=self.display_name,
                    year=document.number_year,
                    next=next_number,
                )
            )
        self._vn_check_number_free(document, number)
        try:
            self._vn_write_number(document, number)
        except psycopg2.errors.UniqueViolation:
            raise ValidationError(self._vn_taken_message(document, number)) from None
        document.invalidate_recordset([document._vn_number_field])
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

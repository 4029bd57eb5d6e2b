import functools
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.osv import expression

from odoo.addons.hr_vn_civil_servant.models.vn_personnel_data_mixin import is_rpc_request
from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

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
# No date of a document is before this day, nor more than MAX_YEARS_AHEAD years ahead.
MIN_DATE = date(1900, 1, 1)
MAX_YEARS_AHEAD = 10


class VnDocumentMixin(models.AbstractModel):
    """What incoming, outgoing and internal documents share: unit, register, type,
    urgency and secrecy (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I), scans (owned by
    the document: vn.attachment.owner.mixin), chatter, deadline, secret-document access
    and its log, and the register number."""

    _name = "vn.document.mixin"
    _description = "Official Document"
    _inherit = ["vn.attachment.owner.mixin", "mail.activity.mixin"]

    # mail.activity: a to-do on a document goes only to a user who may read it
    _vn_activity_readers_only = True

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
        today = vn_today(self)
        for doc in self:
            doc.is_overdue = bool(
                doc.deadline and doc.deadline < today and doc.state not in self._vn_closed_states
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(_("Unsupported search on the overdue flag."))
        domain = [
            ("deadline", "<", vn_today(self)),
            ("state", "not in", list(self._vn_closed_states)),
        ]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]

    @api.constrains("document_date", "deadline", "manual_number")
    def _check_vn_plausible_values(self):
        latest = vn_today(self) + relativedelta(years=MAX_YEARS_AHEAD)
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

    # ------------------------------------------------------------------ register
    @api.constrains("register_id", "company_id")
    def _check_register_company(self):
        for doc in self:
            if doc.register_id and doc.sudo().register_id.company_id != doc.company_id:
                # the register's name is not told: it may be another unit's
                raise ValidationError(
                    _("The register of a document must be a register of its unit.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._vn_check_register_vals(vals, create=True)
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_register_vals(vals)
        return super().write(vals)

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

    def _vn_user_can_read(self, user):
        """True when ``user`` may read this document with his own rights (access rights
        and record rules in all his units), e.g. before giving him a to-do on it."""
        self.ensure_one()
        if not user:
            return False
        return (
            self.with_user(user)
            .with_context(allowed_company_ids=user.sudo().company_ids.ids)
            .has_access("read")
        )

    def _check_access(self, operation):
        """The record rules of the documents checked by PostgreSQL, in one query.

        Odoo checks the rules of records already in the cache (``read`` after the list's
        ``search_fetch``, ``web_read`` of a form) in Python, record by record and leaf by
        leaf: for our rules (keepers and viewers of the register, assignments, leader)
        that is several queries and about 80 recursive ``filtered_domain`` calls for one
        page of a list, five times the cost of the list itself as a clerk (issue 16).
        Here the same rule domain (``ir.rule._compute_domain``, the one place the rules
        are written) restricts an ``id in`` search, exactly as ``fetch`` does when it has
        columns to read; the answer and the error are Odoo's."""
        if self.env.su or not self._ids or not all(isinstance(i, int) for i in self._ids):
            return super()._check_access(operation)
        Access = self.env["ir.model.access"]
        if not Access.check(self._name, operation, raise_exception=False):
            return super()._check_access(operation)
        if operation == "read" and self._vn_listed_under_rules():
            # the access rights above still apply; only the rules, already in the search
            return None
        Rule = self.env["ir.rule"]
        domain = Rule._compute_domain(self._name, operation)
        if not domain:
            return None
        allowed = (
            self.sudo()
            .with_context(active_test=False)
            ._search(expression.AND([[("id", "in", list(set(self._ids)))], domain]))
        )
        allowed_ids = set(allowed)
        forbidden = self.filtered(lambda d: d.id not in allowed_ids)
        if forbidden:
            # a deleted document is not an access error: Odoo reports it as missing later
            forbidden = forbidden.exists()
        if forbidden:
            return forbidden, functools.partial(Rule._make_access_error, operation, forbidden)
        return None

    # ------------------------------------------------------------------ access log
    # Every read of a secret document is logged with its channel (vn.document.access.log):
    # web_read (form) and web_search_read (list) name their channel, _read_format under
    # them logs what was actually returned, once per call: read, search_read, web_read,
    # web_search_read, XML-RPC and JSON-RPC; name_search and export_data log their own.
    # Files (ir_attachment.py), reports (vn_reports) and e-mails log theirs.
    def _vn_log_read(self, channel):
        if self and not self.env.su:
            self.env["vn.document.access.log"]._vn_log(self, channel)

    def web_read(self, specification):
        channel = self.env.context.get("vn_access_channel") or "form"
        return super(VnDocumentMixin, self.with_context(vn_access_channel=channel)).web_read(
            specification
        )

    @api.model
    def web_search_read(
        self, domain, specification, offset=0, limit=None, order=None, count_limit=None
    ):
        """A list page: ``search_fetch`` then ``web_read`` of what it found. The search
        applied the record rules in its SQL (``_apply_ir_rules``), so the rules are not
        checked a second time for the rows it returned, in this call only (issue 16:
        that second check was what remained of the lists' cost as a clerk)."""
        listed = self.with_context(vn_access_channel="list")
        scopes = listed.env.cr.cache.setdefault("vn_listed_under_rules", {})
        key = (listed._name, listed.env)
        scopes[key] = set()
        try:
            return super(VnDocumentMixin, listed).web_search_read(
                domain,
                specification,
                offset=offset,
                limit=limit,
                order=order,
                count_limit=count_limit,
            )
        finally:
            scopes.pop(key, None)

    @api.model
    def search_fetch(self, domain, field_names, offset=0, limit=None, order=None):
        scope = self.env.cr.cache.get("vn_listed_under_rules", {}).get((self._name, self.env))
        if scope is None or self.env.su:
            return super().search_fetch(domain, field_names, offset, limit, order)
        # the secrecy with the page's columns: the secret-read log needs nothing more
        field_names = list(dict.fromkeys([*field_names, "secrecy"]))
        records = super().search_fetch(domain, field_names, offset, limit, order)
        scope.update(records._ids)
        return records

    def _vn_listed_under_rules(self):
        """True when every record of ``self`` was returned by the record-rule-filtered
        search of the list page being read, by the same user in the same environment
        (same companies, same context): the web_read of that page only."""
        scope = self.env.cr.cache.get("vn_listed_under_rules", {}).get((self._name, self.env))
        return scope is not None and scope.issuperset(self._ids)

    def _read_format(self, fnames, load="_classic_read"):
        result = super()._read_format(fnames, load=load)
        if result and not self.env.su:
            channel = (
                "rpc" if is_rpc_request() else self.env.context.get("vn_access_channel", "read")
            )
            self.browse([values["id"] for values in result])._vn_log_read(channel)
        return result

    @api.model
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        result = super().name_search(name=name, args=args, operator=operator, limit=limit)
        if result:
            self.browse([row[0] for row in result])._vn_log_read("search")
        return result

    def export_data(self, fields_to_export):
        result = super().export_data(fields_to_export)
        self._vn_log_read("export")
        return result

    # ------------------------------------------------------------------ registration
    def _vn_check_register_vals(self, vals, create=False):
        """A document belongs to the unit of its register, whoever writes it and whatever
        his current company: on create the unit is taken from the register (refused if
        another unit is given); on write a register of another unit, or a unit that is
        not the register's, is refused. The user must be allowed to use the register
        (read it), and its direction must be the document's."""
        Register = self.env["vn.document.register"]
        if vals.get("register_id"):
            register = Register.browse(vals["register_id"])
            if not self.env.su and not register.has_access("read"):
                raise AccessError(
                    _("You may not use this register: it is not a register of your units.")
                )
            register = register.sudo()
            if register.direction != self._vn_direction:
                directions = dict(register._fields["direction"]._description_selection(self.env))
                raise UserError(
                    _(
                        "The register %(register)s is an %(direction)s register: it cannot "
                        "keep this document.",
                        register=register.name,
                        direction=directions[register.direction].lower(),
                    )
                )
            unit = register.company_id
            given = vals.get("company_id")
            if given and given != unit.id:
                raise UserError(
                    _(
                        "A document belongs to the unit of its register: %(register)s is a "
                        "register of %(unit)s.",
                        register=register.name,
                        unit=unit.name,
                    )
                )
            if create:  # the unit comes from the register
                vals["company_id"] = unit.id
            elif not given and self.sudo().filtered(lambda d: d.company_id != unit):
                raise UserError(
                    _(
                        "A document belongs to the unit of its register: %(register)s is a "
                        "register of %(unit)s, not of the document's unit.",
                        register=register.name,
                        unit=unit.name,
                    )
                )
        elif not create and vals.get("company_id") and "register_id" not in vals:
            moved = self.sudo().filtered(
                lambda d: d.register_id and d.register_id.company_id.id != vals["company_id"]
            )
            if moved:
                raise UserError(
                    _(
                        "A document belongs to the unit of its register: choose a register "
                        "of the new unit for %s.",
                        moved[0].display_name,
                    )
                )

    @api.onchange("register_id")
    def _onchange_vn_register_unit(self):
        if self.register_id and self.register_id.company_id != self.company_id:
            self.company_id = self.register_id.company_id

    @api.onchange("company_id")
    def _onchange_vn_unit_register(self):
        if self.register_id and self.register_id.company_id != self.company_id:
            self.register_id = False

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
            return self.register_id.sudo()._vn_claim_number(self, typed)
        return self.register_id.sudo()._vn_take_number(self)

    def _vn_deadline_alert(self, user, summary, note=""):
        """Mail activity for ``user`` on the document, unless he has an open one already
        or may not read the document (a to-do names the document: mail_activity.py)."""
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        for doc in self:
            if not user or not doc._vn_user_can_read(user):
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
                    date_deadline=doc.deadline or vn_today(doc),
                )

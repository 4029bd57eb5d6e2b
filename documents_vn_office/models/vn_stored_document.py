from odoo import _, api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

STORED_KINDS = [
    ("law", "Legal Document"),
    ("guidance", "Guidance"),
    ("template", "Template"),
    ("other", "Other"),
]


class VnStoredDocument(models.Model):
    """Văn bản lưu: a document that is neither incoming nor outgoing (a law, a guidance,
    a template) kept by a unit by field of work, with its attributes and files, read by
    the unit and by the units, departments (tổ) and users it is shared with (record
    rules). Each user may star the ones he uses often: they come first."""

    _name = "vn.stored.document"
    _description = "Stored Document"
    _inherit = ["vn.attachment.owner.mixin"]
    _order = "is_favorite desc, issue_date desc, id desc"
    _rec_names_search = ["name", "number", "summary"]

    name = fields.Char(string="Title", required=True, tracking=True, index="trigram")
    number = fields.Char(string="Number and Notation", index="trigram", tracking=True)
    summary = fields.Text(index="trigram")
    kind = fields.Selection(STORED_KINDS, required=True, default="law", index=True)
    field_id = fields.Many2one("vn.document.field", index=True)
    issuer = fields.Char(string="Issued By")
    issue_date = fields.Date(string="Issued On", index=True)
    valid_from = fields.Date(string="In Force From")
    valid_to = fields.Date(string="In Force Until")
    is_valid = fields.Boolean(
        string="In Force", compute="_compute_is_valid", search="_search_is_valid"
    )
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    owner_id = fields.Many2one(
        "res.users", string="Kept By", default=lambda s: s.env.user, index=True
    )
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "vn_stored_document_attachment_rel",
        "document_id",
        "attachment_id",
        string="Files",
    )
    share_company_ids = fields.Many2many(
        "res.company",
        "vn_stored_document_company_rel",
        "document_id",
        "company_id",
        string="Shared with Units",
    )
    share_department_ids = fields.Many2many(
        "hr.department",
        "vn_stored_document_department_rel",
        "document_id",
        "department_id",
        string="Shared with Departments",
    )
    share_user_ids = fields.Many2many(
        "res.users",
        "vn_stored_document_user_rel",
        "document_id",
        "user_id",
        string="Shared with Users",
        domain=[("share", "=", False)],
    )
    favorite_user_ids = fields.Many2many(
        "res.users",
        "vn_stored_document_favorite_rel",
        "document_id",
        "user_id",
        string="Starred By",
        copy=False,
        groups="base.group_system",
    )
    is_favorite = fields.Boolean(
        string="Frequently Used",
        compute="_compute_is_favorite",
        inverse="_inverse_is_favorite",
        search="_search_is_favorite",
        compute_sudo=True,
    )

    @api.constrains("valid_from", "valid_to")
    def _check_validity(self):
        for doc in self:
            if doc.valid_from and doc.valid_to and doc.valid_to < doc.valid_from:
                raise ValidationError(_("A document cannot cease to be in force before it starts."))

    @api.depends("valid_from", "valid_to")
    def _compute_is_valid(self):
        today = vn_today(self)
        for doc in self:
            doc.is_valid = (not doc.valid_from or doc.valid_from <= today) and (
                not doc.valid_to or doc.valid_to >= today
            )

    def _search_is_valid(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(_("Operation not supported."))
        today = vn_today(self)
        domain = [
            "&",
            "|",
            ("valid_from", "=", False),
            ("valid_from", "<=", today),
            "|",
            ("valid_to", "=", False),
            ("valid_to", ">=", today),
        ]
        return domain if (operator == "=") == value else ["!"] + domain

    # ------------------------------------------------------------------ favourites
    @api.depends("favorite_user_ids")
    @api.depends_context("uid")
    def _compute_is_favorite(self):
        for doc in self:
            doc.is_favorite = self.env.user in doc.favorite_user_ids

    def _inverse_is_favorite(self):
        """Starring is the user's own: any reader may star, nobody sees who else did."""
        for doc in self:
            command = (4 if doc.is_favorite else 3, self.env.uid)
            doc.sudo().write({"favorite_user_ids": [command]})

    @api.model
    def _search_is_favorite(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(_("Operation not supported."))
        positive = (operator == "=") == value
        return [("favorite_user_ids", "in" if positive else "not in", self.env.uid)]

    def _order_field_to_sql(self, alias, field_name, direction, nulls, query):
        if field_name == "is_favorite":
            sql_field = SQL(
                "%s IN (SELECT document_id FROM vn_stored_document_favorite_rel"
                " WHERE user_id = %s)",
                SQL.identifier(alias, "id"),
                self.env.uid,
            )
            return SQL("%s %s %s", sql_field, direction, nulls)
        return super()._order_field_to_sql(alias, field_name, direction, nulls, query)

    def write(self, vals):
        """A reader stars a document without the right to change it."""
        if set(vals) == {"is_favorite"}:
            self.check_access("read")
            for doc in self:
                doc.sudo().write(
                    {"favorite_user_ids": [(4 if vals["is_favorite"] else 3, self.env.uid)]}
                )
            return True
        return super().write(vals)

    def action_toggle_favorite(self):
        for doc in self:
            doc.write({"is_favorite": not doc.is_favorite})
        return True

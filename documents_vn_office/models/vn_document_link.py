from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression

from odoo.addons.hr_vn_civil_servant.tools.model_labels import model_selection

# Document models a link may join; absent models (not installed yet) are ignored.
LINKABLE_MODELS = ("vn.incoming.document", "vn.outgoing.document", "vn.internal.document")

# Label of a kind seen from the source, and from the target (inverse).
LINK_KINDS = [("reply_to", "Replies to"), ("replaces", "Replaces"), ("related", "Related to")]
INVERSE_LINK_KINDS = [
    ("reply_to", "Replied by"),
    ("replaces", "Replaced by"),
    ("related", "Related to"),
]


class VnDocumentLink(models.Model):
    """Link between two official documents (reply, replacement, related matter), so
    that the tree of a matter can be followed from any of its documents.

    The ends are generic (model + id) so that incoming, outgoing and internal
    documents can be linked with each other. A link is visible only to a user who
    may read both of its ends: ``_search`` and ``_check_access`` add that condition
    with subqueries on the documents' own record rules."""

    _name = "vn.document.link"
    _description = "Document Link"
    _inherit = ["vn.value.limit.mixin"]
    _order = "id desc"

    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    source_model = fields.Selection(
        selection="_selection_document_models", string="Source Kind", required=True
    )
    source_id = fields.Many2oneReference(
        string="Source Document", model_field="source_model", required=True, index=True
    )
    target_model = fields.Selection(
        selection="_selection_document_models", string="Target Kind", required=True
    )
    target_id = fields.Many2oneReference(
        string="Target Document", model_field="target_model", required=True, index=True
    )
    source_ref = fields.Reference(
        selection="_selection_document_models",
        string="Document",
        compute="_compute_refs",
        inverse="_inverse_source_ref",
    )
    target_ref = fields.Reference(
        selection="_selection_document_models",
        string="Linked Document",
        compute="_compute_refs",
        inverse="_inverse_target_ref",
    )
    kind = fields.Selection(LINK_KINDS, required=True, default="related")
    inverse_kind = fields.Selection(
        INVERSE_LINK_KINDS,
        string="Relation",
        compute="_compute_inverse_kind",
        help="The kind of the link seen from its target document.",
    )
    note = fields.Char()

    _sql_constraints = [
        (
            "link_unique",
            "UNIQUE(source_model, source_id, target_model, target_id, kind)",
            "These two documents are already linked that way.",
        ),
    ]

    @api.model
    def _selection_document_models(self):
        return model_selection(self.env, LINKABLE_MODELS)

    @api.depends("source_model", "source_id", "target_model", "target_id")
    def _compute_refs(self):
        for rec in self:
            rec.source_ref = (
                f"{rec.source_model},{rec.source_id}"
                if rec.source_model and rec.source_id
                else False
            )
            rec.target_ref = (
                f"{rec.target_model},{rec.target_id}"
                if rec.target_model and rec.target_id
                else False
            )

    def _inverse_source_ref(self):
        for rec in self:
            rec.source_model = rec.source_ref._name if rec.source_ref else False
            rec.source_id = rec.source_ref.id if rec.source_ref else False

    def _inverse_target_ref(self):
        for rec in self:
            rec.target_model = rec.target_ref._name if rec.target_ref else False
            rec.target_id = rec.target_ref.id if rec.target_ref else False

    @api.depends("kind")
    def _compute_inverse_kind(self):
        for rec in self:
            rec.inverse_kind = rec.kind

    @api.depends("source_model", "source_id", "target_model", "target_id", "kind")
    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for rec in self:
            target = rec.sudo().target_ref
            rec.display_name = f"{kinds.get(rec.kind, '')} {target.display_name or ''}".strip()

    # ------------------------------------------------------------------
    # Checks
    # ------------------------------------------------------------------
    @api.constrains("source_model", "source_id", "target_model", "target_id")
    def _check_ends(self):
        for rec in self:
            source, target = rec.sudo().source_ref, rec.sudo().target_ref
            if not source or not source.exists() or not target or not target.exists():
                raise ValidationError(self.env._("Both linked documents must exist."))
            if source == target:
                raise ValidationError(self.env._("A document cannot be linked to itself."))
            if rec.company_id not in (source.company_id | target.company_id):
                raise ValidationError(
                    self.env._("The link must belong to the unit of one of its documents.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            for end in ("source", "target"):
                ref = vals.pop(f"{end}_ref", None)
                if ref:
                    model, res_id = ref.split(",") if isinstance(ref, str) else (ref._name, ref.id)
                    vals[f"{end}_model"], vals[f"{end}_id"] = model, int(res_id)
            if not self.env.su:
                # The user must be able to read both ends to link them.
                for end in ("source", "target"):
                    model, res_id = vals.get(f"{end}_model"), vals.get(f"{end}_id")
                    if model not in LINKABLE_MODELS or model not in self.env:
                        raise UserError(self.env._("Only official documents can be linked."))
                    self.env[model].browse(res_id).check_access("read")
            if "company_id" not in vals and vals.get("source_model") in self.env:
                source = self.env[vals["source_model"]].sudo().browse(vals["source_id"])
                vals["company_id"] = source.company_id.id or self.env.company.id
        return super().create(vals_list)

    # ------------------------------------------------------------------
    # Visibility: both ends readable
    # ------------------------------------------------------------------
    @api.model
    def _readable_ends_domain(self):
        """Domain of the links whose two ends the current user may read."""
        per_end = []
        for end in ("source", "target"):
            alternatives = []
            for model in LINKABLE_MODELS:
                if model not in self.env:
                    continue
                Model = self.env[model]
                if not Model.has_access("read"):
                    continue
                alternatives.append(
                    [(f"{end}_model", "=", model), (f"{end}_id", "in", Model._search([]))]
                )
            per_end.append(expression.OR(alternatives) if alternatives else expression.FALSE_DOMAIN)
        return expression.AND(per_end)

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None, **kwargs):
        if not self.env.su:
            domain = expression.AND([domain or [], self._readable_ends_domain()])
        return super()._search(domain, offset=offset, limit=limit, order=order, **kwargs)

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if result or self.env.su or not any(self._ids):
            return result
        ids = [i for i in self._ids if i]
        allowed = set(self.search([("id", "in", ids)]).ids)
        forbidden = self.browse([i for i in ids if i not in allowed])
        if forbidden:
            return forbidden, lambda: UserError(
                self.env._("You may not see a link to a document you cannot read.")
            )
        return None

    # ------------------------------------------------------------------
    # Helpers for the document forms
    # ------------------------------------------------------------------
    @api.model
    def _links_of(self, documents):
        """Links (visible to the user) that touch ``documents``, either way."""
        if not documents:
            return self.browse()
        return self.search(
            [
                "|",
                "&",
                ("source_model", "=", documents._name),
                ("source_id", "in", documents.ids),
                "&",
                ("target_model", "=", documents._name),
                ("target_id", "in", documents.ids),
            ]
        )

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.hr_vn_civil_servant.tools.model_labels import model_selection

#: What a personal folder may point to: any document the user can read.
FOLDER_MODELS = (
    "vn.stored.document",
    "vn.incoming.document",
    "vn.outgoing.document",
    "vn.internal.document",
)


class VnPersonalFolderItem(models.Model):
    """A link from a personal folder to a document. It grants nothing: the document
    opens only if its own rules let the user read it (the name of one he can no longer
    read is not shown either)."""

    _name = "vn.personal.folder.item"
    _description = "Document in a Personal Folder"
    _inherit = ["vn.value.limit.mixin"]
    _order = "folder_id, id desc"

    folder_id = fields.Many2one("vn.personal.folder", required=True, index=True, ondelete="cascade")
    user_id = fields.Many2one(related="folder_id.user_id", store=True, index=True)
    res_model = fields.Selection(
        selection="_selection_models", string="Kind", required=True, index=True
    )
    res_id = fields.Many2oneReference(string="Document ID", model_field="res_model", required=True)
    document_ref = fields.Reference(
        selection="_selection_models",
        string="Document",
        compute="_compute_document",
        inverse="_inverse_document_ref",
    )
    name = fields.Char(string="Document Name", compute="_compute_document")
    note = fields.Char()

    _sql_constraints = [
        (
            "folder_doc_uniq",
            "unique(folder_id, res_model, res_id)",
            "This document is already in the folder.",
        ),
    ]

    @api.model
    def _selection_models(self):
        return model_selection(self.env, FOLDER_MODELS)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            ref = vals.pop("document_ref", None)
            if ref:
                model, res_id = ref.split(",") if isinstance(ref, str) else (ref._name, ref.id)
                vals.update(res_model=model, res_id=int(res_id))
            self._vn_check_readable(vals.get("res_model"), vals.get("res_id"))
        return super().create(vals_list)

    @api.model
    def _vn_check_readable(self, model, res_id):
        if model not in FOLDER_MODELS or model not in self.env:
            raise ValidationError(_("Only a document you can read goes into your folder."))
        doc = self.env[model].browse(res_id or 0)
        if not res_id or not doc.exists() or not doc.has_access("read"):
            raise ValidationError(_("Only a document you can read goes into your folder."))

    @api.depends("res_model", "res_id")
    @api.depends_context("uid")
    def _compute_document(self):
        for item in self:
            doc = self.env[item.res_model].browse(item.res_id) if item.res_model else None
            readable = bool(doc) and doc.exists() and doc.has_access("read")
            item.document_ref = f"{item.res_model},{item.res_id}" if readable else False
            item.name = doc.display_name if readable else _("(a document you cannot read)")

    def _inverse_document_ref(self):
        for item in self:
            if item.document_ref:
                item.res_model = item.document_ref._name
                item.res_id = item.document_ref.id

    @api.constrains("res_model", "res_id")
    def _check_readable(self):
        """Only a document the user reads can be put in his folder."""
        for item in self:
            self._vn_check_readable(item.res_model, item.res_id)

    def action_open(self):
        """Opens the document with the user's own rights (an access error if he may
        not read it)."""
        self.ensure_one()
        doc = self.env[self.res_model].browse(self.res_id)
        doc.check_access("read")
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "view_mode": "form",
        }

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class VnPersonalFolder(models.Model):
    """A user's own folder (thư mục cá nhân), in a tree: private to him (a global record
    rule, administrators included). It holds links to documents, never the documents."""

    _name = "vn.personal.folder"
    _description = "Personal Folder"
    _inherit = ["vn.value.limit.mixin"]
    _parent_store = True
    _order = "complete_name"
    _rec_name = "complete_name"

    name = fields.Char(required=True)
    complete_name = fields.Char(compute="_compute_complete_name", store=True, recursive=True)
    parent_id = fields.Many2one(
        "vn.personal.folder", string="Parent Folder", index=True, ondelete="cascade"
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("vn.personal.folder", "parent_id", string="Subfolders")
    user_id = fields.Many2one(
        "res.users",
        string="Owner",
        required=True,
        index=True,
        default=lambda s: s.env.user,
        readonly=True,
    )
    item_ids = fields.One2many("vn.personal.folder.item", "folder_id", string="Documents")

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for folder in self:
            if folder.parent_id:
                folder.complete_name = f"{folder.parent_id.complete_name} / {folder.name}"
            else:
                folder.complete_name = folder.name

    @api.constrains("parent_id", "user_id")
    def _check_parent(self):
        if self._has_cycle():
            raise ValidationError(_("A folder cannot be inside itself."))
        for folder in self:
            if folder.parent_id and folder.parent_id.user_id != folder.user_id:
                raise ValidationError(_("A folder lies in a folder of its own owner."))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not self.env.su:
                vals["user_id"] = self.env.uid
        return super().create(vals_list)

    def write(self, vals):
        if "user_id" in vals and not self.env.su:
            raise ValidationError(_("A personal folder stays its owner's."))
        return super().write(vals)

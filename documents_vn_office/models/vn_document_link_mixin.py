from odoo import api, fields, models


class VnDocumentLinkMixin(models.AbstractModel):
    """What an official document shows of its case files and links: the case files
    keeping it (inverse of the case file's many2many, same relation table) and the
    links from and to it, both ways, restricted to what the user may read."""

    _name = "vn.document.link.mixin"
    _description = "Case Files and Links of a Document"

    vn_case_file_ids = fields.Many2many(
        "vn.case.file", string="Case Files", readonly=True, copy=False
    )
    vn_link_out_ids = fields.Many2many(
        "vn.document.link",
        string="Links from this Document",
        compute="_compute_vn_links",
    )
    vn_link_in_ids = fields.Many2many(
        "vn.document.link",
        string="Links to this Document",
        compute="_compute_vn_links",
    )
    vn_link_count = fields.Integer(string="Related Documents", compute="_compute_vn_links")

    @api.depends_context("uid")
    def _compute_vn_links(self):
        links = self.env["vn.document.link"]._links_of(self.filtered("id"))
        for doc in self:
            doc.vn_link_out_ids = links.filtered(
                lambda link, d=doc: link.source_model == d._name and link.source_id == d.id
            )
            doc.vn_link_in_ids = links.filtered(
                lambda link, d=doc: link.target_model == d._name and link.target_id == d.id
            )
            doc.vn_link_count = len(doc.vn_link_out_ids | doc.vn_link_in_ids)

    def action_vn_add_link(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Link a Document"),
            "res_model": "vn.document.link",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_source_model": self._name,
                "default_source_id": self.id,
                "default_company_id": self.company_id.id,
            },
        }


class VnIncomingDocument(models.Model):
    _name = "vn.incoming.document"
    _inherit = ["vn.incoming.document", "vn.document.link.mixin"]


class VnOutgoingDocument(models.Model):
    _name = "vn.outgoing.document"
    _inherit = ["vn.outgoing.document", "vn.document.link.mixin"]


class VnInternalDocument(models.Model):
    _name = "vn.internal.document"
    _inherit = ["vn.internal.document", "vn.document.link.mixin"]

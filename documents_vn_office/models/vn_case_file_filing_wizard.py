from odoo import api, fields, models
from odoo.exceptions import UserError


class VnCaseFileFilingWizard(models.TransientModel):
    """ "File into case file": puts the selected documents into one or more open case
    files of their unit (a document may be kept in several files)."""

    _name = "vn.case.file.filing.wizard"
    _description = "File Documents into Case Files"
    _inherit = ["vn.value.limit.mixin"]

    res_model = fields.Char(string="Document Model", required=True)
    res_ids = fields.Json(string="Documents", required=True)
    company_id = fields.Many2one("res.company", string="Unit", required=True)
    document_count = fields.Integer(compute="_compute_document_count")
    case_file_ids = fields.Many2many(
        "vn.case.file",
        string="Case Files",
        required=True,
        domain="[('state', '=', 'open'), ('company_id', '=', company_id)]",
    )

    @api.model
    def default_get(self, fields_list):
        res = super().default_get(fields_list)
        model = self.env.context.get("active_model")
        ids = self.env.context.get("active_ids") or []
        if model and ids:
            if model not in self.env or model == self._name:
                raise UserError(self.env._("Select documents to file."))
            docs = self.env[model].browse(ids)
            docs.check_access("read")
            companies = docs.mapped("company_id")
            if len(companies) != 1:
                raise UserError(
                    self.env._("Select documents of one unit only to file them together.")
                )
            res.update({"res_model": model, "res_ids": ids, "company_id": companies.id})
        return res

    @api.depends("res_ids")
    def _compute_document_count(self):
        for rec in self:
            rec.document_count = len(rec.res_ids or [])

    def action_confirm(self):
        self.ensure_one()
        docs = self.env[self.res_model].browse(self.res_ids).exists()
        if not docs:
            raise UserError(self.env._("Select documents to file."))
        docs.check_access("read")
        self.case_file_ids._file_documents(docs)
        return {"type": "ir.actions.act_window_close"}

from odoo import fields, models


class VnDocumentAccessLog(models.Model):
    """Who opened which secret document and when (Phụ lục VI NĐ 30/2020: access log)."""

    _name = "vn.document.access.log"
    _description = "Secret Document Access Log"
    _order = "id desc"
    _log_access = True

    res_model = fields.Char(string="Model", required=True, index=True, readonly=True)
    res_id = fields.Integer(string="Record", required=True, index=True, readonly=True)
    document_name = fields.Char(string="Document", readonly=True)
    company_id = fields.Many2one("res.company", string="Unit", index=True, readonly=True)
    user_id = fields.Many2one("res.users", required=True, index=True, readonly=True)
    date = fields.Datetime(default=fields.Datetime.now, required=True, readonly=True)

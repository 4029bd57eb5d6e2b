from datetime import timedelta

from odoo import api, fields, models, tools

CHANNELS = [
    ("form", "Form"),
    ("list", "List or Kanban"),
    ("read", "Read (web client)"),
    ("search", "Name Search"),
    ("export", "List Export"),
    ("rpc", "External API (XML-RPC / JSON-RPC)"),
    ("attachment", "File Download"),
    ("report", "Printed Report"),
    ("mail", "E-mail"),
    ("warning", "Duplicate Warning"),
]
WINDOW_PARAM = "documents_vn_office.access_log_window_minutes"
DEFAULT_WINDOW_MINUTES = 5


class VnDocumentAccessLog(models.Model):
    """Who read which secret document, when and through what (Phụ lục VI NĐ 30/2020:
    access log). Rows are written by the reads themselves (sudo), one batched insert
    per call; nobody edits or deletes them (read-only access rights)."""

    _name = "vn.document.access.log"
    _description = "Secret Document Access Log"
    _inherit = ["vn.value.limit.mixin"]
    _order = "id desc"
    _log_access = True

    res_model = fields.Char(string="Model", required=True, index=True, readonly=True)
    res_id = fields.Integer(string="Record", required=True, index=True, readonly=True)
    document_name = fields.Char(string="Document", readonly=True)
    company_id = fields.Many2one("res.company", string="Unit", index=True, readonly=True)
    user_id = fields.Many2one("res.users", required=True, index=True, readonly=True)
    date = fields.Datetime(default=fields.Datetime.now, required=True, readonly=True)
    channel = fields.Selection(
        CHANNELS,
        required=True,
        default="form",
        index=True,
        readonly=True,
        help="How the document was read: its form, a list, a read through the web client "
        "or the external API, a download of its file, a printed report, an e-mail, the "
        "duplicate-number warning.",
    )

    def init(self):
        # the de-duplication lookup of _vn_log
        tools.create_index(
            self.env.cr,
            "vn_document_access_log_recent_idx",
            self._table,
            ["user_id", "res_model", "channel", "res_id", "date"],
        )

    @api.model
    def _vn_window(self):
        param = self.env["ir.config_parameter"].sudo().get_param(WINDOW_PARAM)
        try:
            return max(float(param), 0.0) if param else DEFAULT_WINDOW_MINUTES
        except ValueError:
            return DEFAULT_WINDOW_MINUTES

    @api.model
    def _vn_log(self, documents, channel):
        """Log that the current user read the secret ones among ``documents`` through
        ``channel``: one batched insert for the call, none for ordinary documents. The
        same user, document and channel are logged once per window (system parameter
        documents_vn_office.access_log_window_minutes, 5 by default, 0 = every read),
        so that paging through a list does not repeat rows."""
        if not documents or "secrecy" not in documents._fields:
            return
        if channel not in dict(CHANNELS):
            channel = "read"
        documents = documents.sudo()
        # only the secrecy: reading it alone would fetch every column of the page's rows
        documents.fetch(["secrecy"])
        secret = documents.filtered(lambda d: d.secrecy != "normal")
        if not secret:
            return
        uid = self.env.uid
        window = self._vn_window()
        if window:
            since = fields.Datetime.now() - timedelta(minutes=window)
            recent = self.sudo().search_fetch(
                [
                    ("user_id", "=", uid),
                    ("res_model", "=", secret._name),
                    ("channel", "=", channel),
                    ("res_id", "in", secret.ids),
                    ("date", ">=", since),
                ],
                ["res_id"],
            )
            seen = set(recent.mapped("res_id"))
            secret = secret.filtered(lambda d: d.id not in seen)
        if secret:
            self.sudo().create(
                [
                    {
                        "res_model": doc._name,
                        "res_id": doc.id,
                        "document_name": doc.display_name,
                        "company_id": doc.company_id.id,
                        "user_id": uid,
                        "channel": channel,
                    }
                    for doc in secret
                ]
            )

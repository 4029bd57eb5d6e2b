from collections import defaultdict

from odoo import api, models

# Fields of ir.attachment that hold or reveal the content of the file.
CONTENT_FIELDS = {"datas", "raw", "db_datas", "index_content"}
# Written fields after which a file bound to a record must be checked again.
FILE_FIELDS = {
    "res_model",
    "res_id",
    "res_field",
    "datas",
    "raw",
    "name",
    "mimetype",
    "type",
    "url",
}


class IrAttachment(models.Model):
    """Files bound to the records that own their files (models with
    ``_vn_attachment_owner``, see vn.attachment.owner.mixin): their type and size are
    checked by that model whatever the channel (Files tab, chatter upload, message_post,
    plain create/write through RPC), and reading or downloading the file of a secret
    document is written to the secret access log. Other attachments are untouched."""

    _inherit = "ir.attachment"

    def _vn_owned(self):
        """{model name: attachments (sudo)} of the files bound to records of models that
        own their files."""
        owned = defaultdict(lambda: self.env["ir.attachment"].sudo())
        for attachment in self.sudo():
            model = attachment.res_model
            if attachment.res_field or not model or model not in self.env:
                continue
            if getattr(self.env[model], "_vn_attachment_owner", False):
                owned[model] |= attachment
        return owned

    def _vn_check_owned_files(self):
        for model, attachments in self._vn_owned().items():
            retype = self.env[model]._vn_check_files(attachments)
            for attachment, mimetype in retype.items():
                # the type comes from the content, whatever the client declared
                super(IrAttachment, attachment).write({"mimetype": mimetype})
        return True

    def _vn_log_owner_read(self, channel):
        Log = self.env["vn.document.access.log"]
        for model, attachments in self._vn_owned().items():
            res_ids = {a.res_id for a in attachments if a.res_id}
            if res_ids:
                Log._vn_log(self.env[model].browse(res_ids).sudo().exists(), channel)

    @api.model_create_multi
    def create(self, vals_list):
        attachments = super().create(vals_list)
        attachments._vn_check_owned_files()
        return attachments

    def write(self, vals):
        res = super().write(vals)
        if FILE_FIELDS.intersection(vals):
            self._vn_check_owned_files()
        return res

    def _read_format(self, fnames, load="_classic_read"):
        result = super()._read_format(fnames, load=load)
        if result and not self.env.su and CONTENT_FIELDS.intersection(fnames):
            self.browse([values["id"] for values in result])._vn_log_owner_read("attachment")
        return result

    def _to_http_stream(self):
        """/web/content, /web/image and the chatter's downloads."""
        stream = super()._to_http_stream()
        self._vn_log_owner_read("attachment")
        return stream

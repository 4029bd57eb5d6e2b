from collections import defaultdict

from odoo import models

from .vn_personnel_data_mixin import is_personnel_model, is_rpc_request

# Columns of an attachment holding its content.
ATTACHMENT_CONTENT_FIELDS = frozenset({"datas", "raw", "db_datas", "index_content"})


class IrAttachment(models.Model):
    """Files of personnel records (the photo and scans of hr.employee, files posted in
    their chatter) follow the rule of the record (vn.personnel.data.mixin): their
    content for another person through the external API, or for several other people
    at once, is an export. One file at a time (/web/content, /web/image, the form's
    image) stays as the record's access allows."""

    _inherit = "ir.attachment"

    def _read_format(self, fnames, load="_classic_read"):
        self._vn_check_personnel_files(fnames)
        return super()._read_format(fnames, load=load)

    def _vn_check_personnel_files(self, fnames):
        if self.env.su or not self:
            return
        content = [name for name in fnames if name in ATTACHMENT_CONTENT_FIELDS]
        if self.env.context.get("bin_size"):
            content = [name for name in content if name == "index_content"]
        if not content:
            return
        by_model = defaultdict(lambda: defaultdict(list))
        for attachment in self.sudo():
            model = attachment.res_model
            if not model or not attachment.res_id or model not in self.env:
                continue
            if is_personnel_model(self.env[model]):
                by_model[model][attachment.res_id].append(attachment.id)
        if not by_model:
            return
        files = self.browse()
        persons = self.env["hr.employee"].sudo()
        for model, docs in by_model.items():
            others = self.env[model].browse(list(docs)).exists()._vn_others()
            for doc in others:
                files |= self.browse(docs[doc.id])
            persons |= others._vn_persons()
        rpc = is_rpc_request()
        if not files or (not rpc and len(persons) < 2):
            return
        self.env["vn.personnel.export.log"]._vn_check_and_log(
            files,
            "rpc" if rpc else "bulk_read",
            persons=persons,
            field_names=content,
            method="read",
        )

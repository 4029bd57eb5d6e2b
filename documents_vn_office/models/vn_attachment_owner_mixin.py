from markupsafe import Markup, escape

from odoo import _, api, models
from odoo.exceptions import AccessError, ValidationError
from odoo.tools.mimetypes import _odoo_guess_mimetype, get_extension, guess_mimetype

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
# Word 97-2003 and Excel 97-2003 files are both OLE compound files: their sniffed type
# depends on the sniffer (libmagic or Odoo's own), so either name accepts any of them.
OLE = {
    "application/msword",
    "application/vnd.ms-excel",
    "application/x-ole-storage",
    "application/cdfv2",
    "application/vnd.ms-office",
}
# Scans of documents (Phụ lục I, bản sao điện tử: PDF) or office files. Extension ->
# (type stored on the attachment, types its content may be sniffed as).
FILE_TYPES = {
    ".pdf": ("application/pdf", {"application/pdf"}),
    ".doc": ("application/msword", OLE),
    ".xls": ("application/vnd.ms-excel", OLE),
    ".docx": (DOCX, {DOCX}),
    ".xlsx": (XLSX, {XLSX}),
    ".odt": (ODT, {ODT}),
    ".ods": (ODS, {ODS}),
}
# Sniffed types that only say "some container": look closer with Odoo's own sniffer,
# which opens zip and OLE files (libmagic, when installed, reads the first 1024 bytes).
GENERIC_TYPES = {"application/zip", "application/octet-stream", "text/plain", *OLE} - {
    "application/msword",
    "application/vnd.ms-excel",
}
# Chatter attachments that are not bound yet (the composer's uploads).
PENDING_MODELS = ("mail.compose.message", "mail.scheduled.message")
MAX_SIZE_PARAM = "documents_vn_office.max_attachment_mb"
DEFAULT_MAX_SIZE_MB = 20


def sniff_mimetype(raw):
    """The type of a file from its bytes, never from its name or a declared type."""
    sniffed = (guess_mimetype(raw or b"") or "").lower()
    if sniffed in GENERIC_TYPES and guess_mimetype is not _odoo_guess_mimetype:
        sniffed = (_odoo_guess_mimetype(raw or b"") or "").lower()
    return sniffed


class VnAttachmentOwnerMixin(models.AbstractModel):
    """Records that own their files: incoming, outgoing and internal documents,
    teaching records, case files. Their files are read by whoever reads the record
    (Odoo's ir.attachment follows res_model/res_id), so

    - a file is attached only when it is loose and was uploaded by the same user, or
      already bound to this very record: nobody moves another record's file onto his
      own (he would read it, its owner would lose it);
    - every file bound to such a record, through the Files tab, the chatter or a plain
      ir.attachment create/write, is a PDF or an office file by its content (sniffed
      bytes) and its extension matches that content, within the size limit.

    ``ir.attachment`` (ir_attachment.py) recognises these models by
    ``_vn_attachment_owner`` and calls the checks below."""

    _name = "vn.attachment.owner.mixin"
    _description = "Record Owning Its Files"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]

    _vn_attachment_owner = True
    # many2many fields towards ir.attachment that hold the record's files
    _vn_attachment_fields = ("attachment_ids",)

    # ------------------------------------------------------------------ file types
    @api.model
    def _vn_max_attachment_mb(self):
        param = self.env["ir.config_parameter"].sudo().get_param(MAX_SIZE_PARAM)
        try:
            return float(param) if param else DEFAULT_MAX_SIZE_MB
        except ValueError:
            return DEFAULT_MAX_SIZE_MB

    @api.model
    def _vn_size_problem(self, name, size):
        limit = self._vn_max_attachment_mb()
        if size > limit * 1024 * 1024:
            return _(
                "The file %(name)s is too large (%(size).1f MB): the limit is %(limit)s MB.",
                name=name,
                size=size / 1024 / 1024,
                limit=limit,
            )
        return False

    @api.model
    def _vn_type_problem(self, name, raw):
        """Why the file may not be bound to a record of this model (a message), or
        False. Returns the type to store on the attachment otherwise."""
        extension = get_extension(name or "")
        if extension not in FILE_TYPES:
            return _(
                "The file %(name)s is not accepted: only PDF scans and office files "
                "(%(extensions)s) can be attached.",
                name=name or "",
                extensions=", ".join(FILE_TYPES),
            ), False
        stored, accepted = FILE_TYPES[extension]
        sniffed = sniff_mimetype(raw)
        if sniffed not in accepted:
            return _(
                "The file %(name)s is not accepted: its content (%(type)s) is not a "
                "%(extension)s file.",
                name=name,
                type=sniffed or _("empty"),
                extension=extension,
            ), False
        return False, stored

    @api.model
    def _vn_file_problem(self, name, raw):
        """Size and type check of a file given by its name and bytes (uploads)."""
        problem = self._vn_size_problem(name, len(raw or b""))
        return problem or self._vn_type_problem(name, raw)[0]

    @api.model
    def _vn_check_files(self, attachments):
        """Raise on the first attachment that may not be bound to a record of this
        model; return {attachment: type to store} for those whose stored type differs
        from their content (a declared type is never trusted)."""
        retype = {}
        for attachment in attachments.sudo():
            if attachment.type != "binary":
                raise ValidationError(
                    _(
                        "%(name)s is a link, not a file: only files can be attached.",
                        name=attachment.name,
                    )
                )
            problem = self._vn_size_problem(attachment.name, attachment.file_size)
            if problem:
                raise ValidationError(problem)
            problem, stored = self._vn_type_problem(attachment.name, attachment.raw)
            if problem:
                raise ValidationError(problem)
            if attachment.mimetype != stored:
                retype[attachment] = stored
        return retype

    # ------------------------------------------------------------------ ownership
    def _vn_check_attachment_owner(self, attachments, record=None):
        """A file may be attached to ``record`` (None: a record being created) only
        when it is already bound to it, or loose (bound to no record) and uploaded by
        the current user. The message names neither the file nor its record."""
        if self.env.user._is_superuser():
            return
        found = attachments.sudo().exists()
        for attachment in attachments:
            att = found.browse(attachment.id)
            bound_here = bool(
                record
                and att in found
                and att.res_model == record._name
                and att.res_id == record.id
            )
            loose_own = bool(
                att in found
                and not att.res_id
                and not att.res_field
                and att.create_uid.id == self.env.uid
            )
            if not (bound_here or loose_own):
                raise AccessError(
                    _(
                        "The file #%(id)s cannot be attached here: it belongs to another "
                        "record or was uploaded by another user. Upload the file yourself.",
                        id=attachment.id,
                    )
                )

    @api.model
    def _vn_command_ids(self, commands):
        """Ids of the attachments that x2many ``commands`` link (4, 6 or plain ids)."""
        ids = []
        for command in commands or []:
            if isinstance(command, int):
                ids.append(command)
            elif isinstance(command, (list, tuple)) and command:
                if command[0] == 4:
                    ids.append(command[1])
                elif command[0] == 6:
                    ids.extend(command[2] or [])
        return ids

    def _vn_precheck_files(self, vals, record=None, current=()):
        """Before create/write: the files ``vals`` would add to ``record``."""
        Attachment = self.env["ir.attachment"]
        added = []
        for fname in self._vn_attachment_fields:
            if fname in vals:
                added += [i for i in self._vn_command_ids(vals[fname]) if i not in current]
        if added:
            attachments = Attachment.browse(dict.fromkeys(added))
            self._vn_check_attachment_owner(attachments, record)
            self._vn_check_files(attachments.sudo().exists())
        return added

    def _vn_bind_attachments(self, before=None):
        """Bind the loose files of the records to them, so that their access follows
        the record's (ir.attachment checks the record its file is bound to), and make
        sure every file just added is bound here."""
        before = before or {}
        for rec in self:
            files = self.env["ir.attachment"].sudo()
            for fname in self._vn_attachment_fields:
                files |= rec.sudo()[fname]
            added = files.filtered(lambda a, r=rec: a.id not in before.get(r.id, ()))
            loose = added.filtered(lambda a: not a.res_id and not a.res_field)
            if loose:
                loose.write({"res_model": rec._name, "res_id": rec.id})
            stray = added.filtered(lambda a, r=rec: (a.res_model, a.res_id) != (r._name, r.id))
            if stray:
                self._vn_check_attachment_owner(stray, rec)

    @api.model_create_multi
    def create(self, vals_list):
        if self._vn_attachment_fields:
            seen = set()
            for vals in vals_list:
                added = set(self._vn_precheck_files(vals))
                if seen & added:
                    raise ValidationError(_("A file belongs to one record: attach it once."))
                seen |= added
        records = super().create(vals_list)
        if self._vn_attachment_fields:
            records._vn_bind_attachments()
        return records

    def write(self, vals):
        fnames = [f for f in self._vn_attachment_fields if f in vals]
        if not fnames:
            return super().write(vals)
        before = {}
        for rec in self:
            before[rec.id] = set()
            for fname in fnames:
                before[rec.id] |= set(rec.sudo()[fname].ids)
            added = self._vn_precheck_files(vals, rec, before[rec.id])
            if added and len(self) > 1:
                raise ValidationError(_("A file belongs to one record: attach it once."))
        res = super().write(vals)
        self._vn_bind_attachments(before)
        return res

    # ------------------------------------------------------------------ chatter
    def _process_attachments_for_post(self, attachments, attachment_ids, message_values):
        """Files posted in the chatter: ``attachment_ids`` are the user's own pending
        uploads (or files of this record), never another record's; files given as
        content (``attachments``, e.g. an e-mail reply) that are not accepted are not
        kept and the message says so (an e-mail is not bounced for a signature
        picture)."""
        if "res_id" in message_values:
            model, res_id = message_values["model"], message_values["res_id"]
        else:
            self.ensure_one()
            model, res_id = self._name, self.id
        if attachment_ids and not self.env.user._is_superuser():
            given = self.env["ir.attachment"].browse(attachment_ids)
            found = given.sudo().exists()
            for attachment in given:
                att = found.browse(attachment.id)
                ok = att in found and (
                    (att.res_model, att.res_id) == (model, res_id)
                    or (
                        att.res_model in PENDING_MODELS
                        and not att.res_id
                        and att.create_uid.id == self.env.uid
                    )
                )
                if not ok:
                    raise AccessError(
                        _(
                            "The file #%(id)s cannot be posted here: it belongs to another "
                            "record or was uploaded by another user.",
                            id=attachment.id,
                        )
                    )
        refused = []
        if attachments:
            kept = []
            for attachment in attachments:
                name, content = attachment[0], attachment[1]
                raw = content.encode() if isinstance(content, str) else content
                if isinstance(raw, bytes) and self._vn_file_problem(name, raw):
                    refused.append(name or "?")
                else:
                    kept.append(attachment)
            attachments = kept
        values = super()._process_attachments_for_post(attachments, attachment_ids, message_values)
        if refused:
            body = values.get("body", message_values.get("body")) or Markup()
            values["body"] = escape(body) + Markup("<p><i>%s</i></p>") % _(
                "Files not kept (only PDF scans and office files are accepted): %s",
                ", ".join(refused),
            )
        return values

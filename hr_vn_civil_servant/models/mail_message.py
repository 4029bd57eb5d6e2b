from collections import defaultdict

from odoo import models

from .vn_personnel_data_mixin import is_personnel_model, is_rpc_request

# Columns of a message that do not carry its content.
MESSAGE_ENVELOPE_FIELDS = frozenset(
    {
        "id",
        "display_name",
        "model",
        "res_id",
        "date",
        "message_type",
        "subtype_id",
        "author_id",
        "author_avatar",
        "is_internal",
        "create_uid",
        "create_date",
        "write_uid",
        "write_date",
    }
)


class MailMessage(models.Model):
    """The chatter of a personnel record (hr.employee, change requests, history lines)
    is personnel data: its bodies hold the old → new values of the applied changes and
    its tracking values the old and new values of tracked fields. Its messages follow
    the rule of the record (vn.personnel.data.mixin): reading their content for another
    person through the external API, or for several other people at once, is an export
    (right, authorisation, log). The chatter of one record (the web client loads one
    thread, message by message) and one's own mail (messages one wrote or received)
    stay free. Which messages a user may read at all is Odoo's rule (mail.message
    _check_access / _search: the document's read access)."""

    _inherit = "mail.message"

    def _read_format(self, fnames, load="_classic_read"):
        self._vn_check_personnel_messages(fnames)
        return super()._read_format(fnames, load=load)

    def _vn_check_personnel_messages(self, fnames):
        if self.env.su or not self:
            return
        content = [name for name in fnames if name not in MESSAGE_ENVELOPE_FIELDS]
        if not content:
            return
        partner = self.env.user.partner_id
        by_model = defaultdict(lambda: defaultdict(list))
        for message in self.sudo():
            if not message.model or not message.res_id or message.model not in self.env:
                continue
            if not is_personnel_model(self.env[message.model]):
                continue
            if (
                message.author_id == partner
                or partner in message.partner_ids
                or partner in message.notification_ids.res_partner_id
            ):
                continue  # his own mail
            by_model[message.model][message.res_id].append(message.id)
        if not by_model:
            return
        messages = self.browse()
        persons = self.env["hr.employee"].sudo()
        for model, docs in by_model.items():
            others = self.env[model].browse(list(docs)).exists()._vn_others()
            for doc in others:
                messages |= self.browse(docs[doc.id])
            persons |= others._vn_persons()
        rpc = is_rpc_request()
        if not messages or (not rpc and len(persons) < 2):
            return
        self.env["vn.personnel.export.log"]._vn_check_and_log(
            messages,
            "rpc" if rpc else "bulk_read",
            persons=persons,
            field_names=content,
            method="read",
        )

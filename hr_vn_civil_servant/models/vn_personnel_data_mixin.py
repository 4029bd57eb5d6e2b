import contextlib
import threading
from urllib.parse import urlsplit

from odoo import api, models
from odoo.http import request

MIXIN = "vn.personnel.data.mixin"
# Paths of Odoo's external API (odoo/addons/base/controllers/rpc.py), as opposed to
# the web client's /web/dataset/call_kw. Odoo 18.0 has no /json/2 endpoint.
RPC_PATHS = ("/xmlrpc/", "/xmlrpc/2/", "/jsonrpc")
# Columns every personnel model shares that say nothing about the person.
STRUCTURAL_FIELDS = frozenset(
    {
        "id",
        "display_name",
        "employee_id",
        "company_id",
        "create_uid",
        "create_date",
        "write_uid",
        "write_date",
        "sequence",
    }
)


def is_rpc_request():
    """True when the current call came through XML-RPC or JSON-RPC (external API).

    Odoo's RPC controllers run the call with the request taken off the stack
    (``odoo.http.borrow_request``), so: no exposed request, in a thread serving an
    HTTP request (``current_thread().url``, set by odoo.http for every request) whose
    path is one of the RPC endpoints. Web client calls keep their request exposed."""
    if request:
        return False
    url = getattr(threading.current_thread(), "url", None)
    return bool(url) and urlsplit(url).path.startswith(RPC_PATHS)


def is_personnel_model(model):
    """True for the models holding personnel data (those inheriting the mixin)."""
    return bool(getattr(model, "_vn_personnel_data", False))


@contextlib.contextmanager
def vn_guard(env, key):
    """Re-entrancy guard kept on the cursor (never in the context, which a client can
    set): yields True for the outermost call with ``key``, False for nested ones."""
    active = env.cr.cache.setdefault("vn_personnel_guard", set())
    if key in active:
        yield False
        return
    active.add(key)
    try:
        yield True
    finally:
        active.discard(key)


class VnPersonnelDataMixin(models.AbstractModel):
    """Confidentiality of personnel data, on every channel.

    Inherited by the models holding personnel data: ``hr.employee``, the history
    lines (``vn.employee.history.mixin``), change requests and their lines. Who may
    read which record is decided by the access rights and record rules (the person
    himself, the HR roles of his unit, the HR office of the managing body); this mixin
    adds the rule on *extraction*: the private fields of other people leave the system
    only with the right *Personnel Data Export*, a valid export authorisation
    (``vn.export.authorization``) and a row in the export log.

    Extraction is:

    * any list export (``export_data``);
    * any read of private fields of another person through the external API
      (``/xmlrpc``, ``/jsonrpc``; Odoo 18.0 has no ``/json/2``);
    * any read of the private fields of *more than one* other person in one call,
      whatever the endpoint (``/web/dataset/call_kw`` scripts are indistinguishable
      from the web client, so the rule is about what is read): ``read``,
      ``search_read``, ``web_read``, ``web_search_read``, ``read_group`` and
      ``web_read_group`` (grouping or aggregating a private field), ``copy_data``.

    The web client keeps working unlogged: the form of one record reads one person,
    and the lists, kanban cards, filters and groupings only use the working fields
    (``_vn_list_fields``: grade, step, dates of the next raise and of retirement ...).

    Override points (every channel above ends in one of them): ``_read_format``
    (read, search_read, web_read, web_search_read, web_save's answer), ``_read_group``
    (read_group, web_read_group, progress bars, search panel counts, grouped export),
    ``export_data`` and ``copy_data``. Outside these models: the messages and
    attachments of personnel records (mail_message.py, ir_attachment.py), the private
    fields ``res.users`` relates from the employee (res_users.py), printed reports
    (ir_actions_report.py and vn_reports) and the change-request line's onchange.
    """

    _name = MIXIN
    _description = "Personnel Data Confidentiality"

    _vn_personnel_data = True

    # ------------------------------------------------------------------ who and what
    def _vn_persons(self):
        """The employees (sudo) the records are about."""
        return self.sudo().employee_id

    def _vn_own_records(self):
        """The records about the current user himself."""
        uid = self.env.uid
        own_ids = {record.id for record in self.sudo() if record._vn_persons().user_id.id == uid}
        return self.filtered(lambda record: record.id in own_ids)

    def _vn_others(self):
        """The records about other people than the current user."""
        return self - self._vn_own_records()

    @api.model
    def _vn_list_fields(self):
        """Private fields the HR roles read in bulk in the lists of their units
        (working data of the list views, filters and groupings)."""
        return set()

    @api.model
    def _vn_private_field_names(self):
        """Every field saying something about the person (default: all but the
        structural columns)."""
        return {name for name in self._fields if name not in STRUCTURAL_FIELDS}

    @api.model
    def _vn_private_fields(self, fnames, strict=False):
        """The private fields among ``fnames``; ``strict`` (external API) counts the
        working fields of the lists as private too."""
        private = self._vn_private_field_names()
        if not strict:
            private = private - self._vn_list_fields()
        context = self.env.context
        return [
            name
            for name in dict.fromkeys(fnames or ())
            if name in private
            # with bin_size (the web client's lists and cards) a file reads as its size
            and not (
                self._fields[name].type in ("binary", "image")
                and (context.get("bin_size") or context.get(f"bin_size_{name}"))
            )
        ]

    # ------------------------------------------------------------------ the check
    def _vn_check_read(self, fnames, method):
        """Reading private fields of other people: see the class docstring."""
        if self.env.su or not self:
            return
        rpc = is_rpc_request()
        private = self._vn_private_fields(fnames, strict=rpc)
        if not private:
            return
        others = self._vn_others()
        if not others or (not rpc and len(others._vn_persons()) < 2):
            return
        self.env["vn.personnel.export.log"]._vn_check_and_log(
            others, "rpc" if rpc else "bulk_read", field_names=private, method=method
        )

    def _read_format(self, fnames, load="_classic_read"):
        self._vn_check_read(fnames, "read")
        return super()._read_format(fnames, load=load)

    def copy_data(self, default=None):
        # copy() of one record stays allowed; copy_data() of several people over RPC
        # returns their values as read() would.
        self._vn_check_read(list(self._fields), "copy_data")
        return super().copy_data(default=default)

    @api.model
    def _read_group(
        self, domain, groupby=(), aggregates=(), having=(), offset=0, limit=None, order=None
    ):
        if not self.env.su:
            specs = [*groupby, *aggregates, *(term[0] for term in having if len(term) == 3)]
            fnames = [
                spec.split(":")[0].split(".")[0] for spec in specs if spec and spec != "__count"
            ]
            rpc = is_rpc_request()
            if self._vn_private_fields(fnames, strict=rpc):
                self.search(domain)._vn_check_read(fnames, "read_group")
        return super()._read_group(
            domain,
            groupby=groupby,
            aggregates=aggregates,
            having=having,
            offset=offset,
            limit=limit,
            order=order,
        )

    def export_data(self, fields_to_export):
        """A list export of other people's records always needs the export right, an
        authorisation and is logged (one's own record: allowed, not logged)."""
        if not self.env.su:
            others = self._vn_others()
            if others:
                self.env["vn.personnel.export.log"]._vn_check_and_log(
                    others, "export", field_names=list(fields_to_export), method="export_data"
                )
        return super().export_data(fields_to_export)

    # ------------------------------------------------------------------ import
    @api.model
    def load(self, fields, data):
        result = super().load(fields, data)
        messages = result.get("messages") or []
        # When a batch of imported rows fails, Odoo retries row by row and also keeps
        # the batch's error, attributed to the first row. For personnel data, drop that
        # copy when the row-by-row retry reports the same error on its real row.
        if messages and messages[0].get("type") == "error":
            first = messages[0]
            if any(m.get("message") == first.get("message") for m in messages[1:]):
                result["messages"] = messages[1:]
        return result

    @api.model
    def _vn_is_personnel_model(self):
        return True

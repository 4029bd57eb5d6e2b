import threading
from urllib.parse import urlsplit

from odoo import api, models, tools
from odoo.exceptions import ValidationError
from odoo.http import request

from .vn_profile_change_request_line import HISTORY_MIXIN

PERSONNEL_MODELS = {
    "hr.employee",
    "vn.profile.change.request",
    "vn.profile.change.request.line",
}
# Paths of Odoo's external API (odoo/addons/base/controllers/rpc.py), as opposed to
# the web client's /web/dataset/call_kw.
RPC_PATHS = ("/xmlrpc/", "/xmlrpc/2/", "/jsonrpc")
#: Range of PostgreSQL's ``integer`` (int4), the column of Odoo's Integer fields.
INT4_MIN, INT4_MAX = -(2**31), 2**31 - 1
#: Modules whose ``Char(size=...)`` fields refuse an overlong text instead of Odoo's silent
#: truncation (stock fields keep Odoo's behaviour).
VN_MODULES = {"hr_vn_civil_servant", "documents_vn_office", "vn_reports"}


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


class Base(models.AbstractModel):
    _inherit = "base"

    @api.model
    @tools.ormcache()
    def _vn_is_personnel_model(self):
        """Personnel data: the employee record, its history lines and the requests."""
        if self._name in PERSONNEL_MODELS:
            return True
        registry = self.env.registry
        return HISTORY_MIXIN in registry and self._name in registry.descendants(
            [HISTORY_MIXIN], "_inherit"
        )

    def _vn_own_records(self):
        """The records about the current user himself (his employee record and lines)."""
        uid = self.env.uid
        records = self.sudo()
        if self._name == "hr.employee":
            return self.filtered(lambda r: records.browse(r.id).user_id.id == uid)
        if "employee_id" in self._fields:
            return self.filtered(lambda r: records.browse(r.id).employee_id.user_id.id == uid)
        return self.browse()

    @api.model
    def load(self, fields, data):
        result = super().load(fields, data)
        messages = result.get("messages") or []
        # When a batch of imported rows fails, Odoo retries row by row and also keeps
        # the batch's error, attributed to the first row. For personnel data, drop that
        # copy when the row-by-row retry reports the same error on its real row.
        if messages and messages[0].get("type") == "error" and self._vn_is_personnel_model():
            first = messages[0]
            if any(m.get("message") == first.get("message") for m in messages[1:]):
                result["messages"] = messages[1:]
        return result

    def export_data(self, fields_to_export):
        if not self.env.su and self._vn_is_personnel_model():
            self.env["vn.personnel.export.log"]._vn_check_export(self, fields_to_export)
        return super().export_data(fields_to_export)

    def _read_format(self, fnames, load="_classic_read"):
        if (
            self
            and not self.env.su
            and not self.env.context.get("vn_rpc_checked")
            and self._vn_is_personnel_model()
            and is_rpc_request()
        ):
            self._vn_check_rpc_read(fnames)
        return super()._read_format(fnames, load=load)

    def _vn_check_rpc_read(self, fnames):
        """Reading personnel data through the external API needs the export right
        (integration user), except one's own record; every such read is logged."""
        self.env["vn.personnel.export.log"]._vn_check_and_log(
            self,
            "rpc",
            self.env._(
                "Reading personnel data through the external API needs the right "
                "'Personnel data export'."
            ),
            field_names=list(fnames),
        )

    # ------------------------------------------------------------------ value limits
    # Values that the database cannot hold are refused with a message before they reach
    # it. Odoo 18 sends an Integer value as it is: one outside PostgreSQL's int4 makes the
    # INSERT or UPDATE fail with psycopg2's "integer out of range", a server error (and a
    # traceback over RPC). A text longer than the ``size`` of one of our Char fields would
    # be cut without a word (``Char.convert_to_cache``); it is refused instead.
    @api.model_create_multi
    def create(self, vals_list):
        self._vn_check_value_limits(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_value_limits([vals])
        return super().write(vals)

    @api.model
    def _vn_check_value_limits(self, vals_list):
        model_fields = self._fields
        for vals in vals_list:
            for name, value in vals.items():
                field = model_fields.get(name)
                if field is None or not field.store or value is None or value is False:
                    continue
                if field.type == "integer" and not field.company_dependent:
                    try:
                        number = int(value)
                    except (TypeError, ValueError, OverflowError):
                        continue  # not a number: Odoo's own conversion reports it
                    if not INT4_MIN <= number <= INT4_MAX:
                        raise ValidationError(
                            self.env._(
                                "%(field)s: %(value)s is out of range (a whole number between "
                                "%(min)s and %(max)s).",
                                field=field._description_string(self.env),
                                value=value,
                                min=INT4_MIN,
                                max=INT4_MAX,
                            )
                        )
                elif (
                    field.type == "char"
                    and field.size
                    and isinstance(value, str)
                    and len(value) > field.size
                    and VN_MODULES.intersection(field._modules or ())
                ):
                    raise ValidationError(
                        self.env._(
                            "%(field)s is too long: %(length)s characters, at most %(size)s.",
                            field=field._description_string(self.env),
                            length=len(value),
                            size=field.size,
                        )
                    )

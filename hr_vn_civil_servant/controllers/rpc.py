"""The external API (XML-RPC, JSON-RPC) under the login cooldown.

Odoo dispatches these calls with the HTTP request hidden (``odoo.http.dispatch_rpc``
borrows it), so the cooldown of ``res.users._assert_can_auth``, which keys its counter
on the request's client address, never counted their wrong passwords. The routes keep the
client's address for the thread while they dispatch; res.users reads it
(models/res_users.py)."""

import contextlib
import threading

from odoo import http
from odoo.http import request

from odoo.addons.base.controllers.rpc import RPC

#: attribute of the serving thread holding the client address of the RPC call
RPC_ADDRESS = "vn_rpc_remote_addr"


@contextlib.contextmanager
def _rpc_client_address():
    thread = threading.current_thread()
    setattr(thread, RPC_ADDRESS, request.httprequest.remote_addr)
    try:
        yield
    finally:
        setattr(thread, RPC_ADDRESS, None)


class VnRpc(RPC):
    @http.route()
    def xmlrpc_1(self, service):
        with _rpc_client_address():
            return super().xmlrpc_1(service)

    @http.route()
    def xmlrpc_2(self, service):
        with _rpc_client_address():
            return super().xmlrpc_2(service)

    @http.route()
    def jsonrpc(self, service, method, args):
        with _rpc_client_address():
            return super().jsonrpc(service, method, args)

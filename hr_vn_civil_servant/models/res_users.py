import collections
import contextlib
import datetime
import logging
import threading

from odoo import _, api, models, modules
from odoo.exceptions import AccessDenied, AccessError, UserError
from odoo.http import request
from odoo.tools import config

from ..controllers.rpc import RPC_ADDRESS

_logger = logging.getLogger(__name__)

# Fields of the stock "My Profile" form a user may still change himself: preferences
# only. Everything else of the personnel record goes through a change request.
SELF_EDIT_ALLOWED = {
    "private_lang",
    "km_home_work",
    "distance_home_work",
    "distance_home_work_unit",
}
# Fields of the user that Odoo's hr copies onto his personnel record (res.users.write:
# name → name, email → work_email, image_1920 → the photo).
SYNCED_TO_EMPLOYEE = {"name", "email", "image_1920"}


class ResUsers(models.Model):
    _inherit = "res.users"

    def _compute_can_edit(self):
        """The stock self-edit switch (hr.hr_employee_self_edit) is ignored: only HR
        users edit records directly; employees declare changes through requests."""
        can_edit = self.env.user.has_group("hr.group_hr_user")
        for user in self:
            user.can_edit = can_edit

    def _vn_employee_related_fields(self, fnames):
        """{user field: employee field} of the fields related to hr.employee."""
        result = {}
        for name in fnames:
            field = self._fields.get(name)
            related = field and field.related
            if not related:
                continue
            path = related.split(".") if isinstance(related, str) else list(related)
            if len(path) == 2 and path[0] == "employee_id":
                result[name] = path[1]
        return result

    def _read_format(self, fnames, load="_classic_read"):
        """The private fields res.users relates from the employee (birthday, CCCD,
        private address ...) follow the employee's rule on extraction."""
        if not self.env.su and self:
            related = self._vn_employee_related_fields(fnames)
            if related:
                employees = self.sudo().employee_id
                if employees:
                    employees.with_env(self.env)._vn_check_read(
                        list(dict.fromkeys(related.values())), "res.users.read"
                    )
        return super()._read_format(fnames, load=load)

    def write(self, vals):
        if not self.env.su and not self.env.user.has_group("hr.group_hr_user"):
            blocked = [
                name
                for name in vals
                if name not in SELF_EDIT_ALLOWED
                and name in self._fields
                and self._fields[name].related_field
                and self._fields[name].related_field.model_name == "hr.employee"
            ]
            if blocked:
                raise AccessError(
                    _(
                        "Your personnel record cannot be edited directly. Declare the "
                        "change with a change request (Personnel Records > My Change Requests)."
                    )
                )
        if not self.env.su and SYNCED_TO_EMPLOYEE & set(vals):
            # Odoo's hr copies these onto the personnel record as superuser: check them
            # as the writer would be checked on the record (unit locked for the data
            # closing).
            employees = (
                self.env["hr.employee"]
                .sudo()
                .with_context(active_test=False)
                .search([("user_id", "in", self.ids)])
            )
            employees.with_env(self.env)._vn_check_unit_lock()
        return super().write(vals)

    # ------------------------------------------------------------------ account and login policy
    # (README: administration). The rules come from the OCA modules (password_security:
    # length, classes, expiry, history; auth_session_timeout; auth_totp_enforce) and Odoo's
    # login cooldown; below: two-factor login per role, the external API closed to
    # passwords for those roles and under the cooldown, the self-service reset per body.
    def _check_password_policy(self, passwords):
        """password_security applies no rule in the tests of other modules, which it
        tells by ``odoo.modules.module.current_test``: Odoo 18 leaves it unset when the
        tests run under pytest-odoo, where that check would fail on every password. Same
        rule, read safely (the policy's own tests set it: test_account_policy)."""
        if config["test_enable"] and not modules.module.current_test:
            return True
        return super()._check_password_policy(passwords)

    @contextlib.contextmanager
    def _assert_can_auth(self, user=None):
        """Odoo's login cooldown on the external API too: XML-RPC and JSON-RPC calls
        (``authenticate``/``login`` and every ``execute_kw`` with a password or an API key)
        reach this without the HTTP request, which Odoo's dispatch hides, so the base
        implementation let them through uncounted. Their client address (kept by the RPC
        routes, controllers/rpc.py) keys the same counter as the web login's, with the
        same settings (``base.login_cooldown_after``, ``base.login_cooldown_duration``)."""
        source = getattr(threading.current_thread(), RPC_ADDRESS, None)
        if request or not source:
            with super()._assert_can_auth(user=user):
                yield
            return
        reg = self.env.registry
        failures_map = getattr(reg, "_login_failures", None)
        if failures_map is None:
            failures_map = reg._login_failures = collections.defaultdict(
                lambda: (0, datetime.datetime.min)
            )
        failures, previous = failures_map[source]
        if self._on_login_cooldown(failures, previous):
            _logger.warning(
                "RPC login attempt ignored for %s (user %r) on %s: %d failures since last "
                "success, last failure at %s.",
                source,
                user or "?",
                self.env.cr.dbname,
                failures,
                previous,
            )
            raise AccessDenied(
                self.env._("Too many login failures, please wait a bit before trying again.")
            )
        try:
            yield
        except AccessDenied:
            failures, __ = reg._login_failures[source]
            reg._login_failures[source] = (failures + 1, datetime.datetime.now())
            raise
        else:
            reg._login_failures.pop(source, None)

    def _vn_totp_required(self):
        """One of the user's roles (implied ones included) requires two-factor login."""
        self.ensure_one()
        return bool(self.sudo().groups_id.filtered("vn_require_totp"))

    def _mfa_enforced(self):
        """auth_totp_enforce asks every internal user: here only the members of a role
        whose "Require Two-factor Login" is set (the HR office, administrators, records
        officers, clerks by default)."""
        return super()._mfa_enforced() and self._vn_totp_required()

    def _rpc_api_keys_only(self):
        """A user who must log in with two factors never reaches the external API
        (XML-RPC, JSON-RPC) with his password alone, enrolled or not: an API key only."""
        self.ensure_one()
        return super()._rpc_api_keys_only() or self._mfa_enforced()

    @api.model
    def reset_password(self, login):
        """The self-service reset by e-mail (``/web/reset_password``) is refused for the
        users of a managing body that switched it off (its "Self-service Password Reset"):
        they file a lost-password request instead (vn.password.reset.request)."""
        users = (
            self.sudo()
            .search(["|", ("login", "=", login), ("email", "=", login)], limit=2)
            .filtered(lambda user: not user.share)
        )
        if any(not user.company_id._vn_self_reset_allowed() for user in users):
            raise UserError(
                _(
                    "Self-service password reset is switched off for your unit: file a "
                    "lost-password request with your unit (Personnel > Lost Password "
                    "Requests) or ask its head."
                )
            )
        return super().reset_password(login)

"""The one approval mechanism of the suite.

Every workflow model (change requests, professional records, incoming, outgoing and
internal documents, and the ones to come) inherits ``vn.workflow.mixin`` and declares
once, as data of the class:

* ``_vn_wf_state_field``: its state field;
* ``_vn_wf_transitions()``: the steps (name -> spec, see ``TRANSITION_KEYS``): from which
  states, to which state, who may take them (a method returning the users: role, unit of
  the record, department manager...), the right a leader may delegate for it, whether a
  reason is required, what the step writes (who and when), the to-do it gives;
* ``_vn_wf_guarded_fields``: the fields only the steps write (numbers, notations, dates,
  checker, approver, signer...), refused in any ``create``/``write`` from any channel;
* ``_vn_wf_frozen``: per state, the fields frozen (``"__all__"`` for every field but the
  chatter's);
* ``_vn_wf_decider_fields``: fields only the deciders of a given step may write (e.g. the
  group head's comment).

The mechanism then checks and records every step: ``_vn_wf_take(name, reason=...)``
verifies state, right (directly or by delegation, ``vn.delegation``) and reason, writes the
state and the stamps (as superuser, after the checks: the only way those fields change),
writes one ``vn.workflow.review`` row (who, on behalf of whom, when, from, to, comment) and
updates the to-dos (mail activities of type *Decision*): the next deciders get one, those
of a step no longer possible are closed for everyone.

It follows OCA ``base_tier_validation`` (review rows, write guard under validation,
reviewer to-dos) and ``hr_holidays`` (``_check_approval_update``, ``activity_update``); see
the README ("One approval mechanism") for why it is not ``base_tier_validation`` itself.
"""

import contextlib

from markupsafe import Markup

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

from ..tools.dates import vn_today
from ..tools.model_labels import model_label

#: Keys of a transition spec returned by ``_vn_wf_transitions()``.
TRANSITION_KEYS = {
    "label",  # str: the button's name, shown in the review rows and messages (required)
    "sources",  # tuple of states the step starts from (required)
    "target",  # the state after the step, or the name of a method returning it; None: same
    "deciders",  # name of a method returning the res.users who may take the step (required)
    "todo",  # str: summary of the to-do given to the deciders while the step is possible
    "todo_users",  # method name: who gets the to-do, when not every decider should
    "condition",  # method name -> bool: the step exists for this record (e.g. check not done)
    "check",  # method name: model-specific preconditions, raises UserError with a message
    "right",  # "approve" | "sign" | "direct": a leader's right that a delegation covers
    "reason",  # True: a reason is required (refuse, return, recall ...)
    "reason_field",  # field that keeps the reason on the record
    "no_self",  # True: the author(s) of the record may not take the step
    "distinct_from",  # steps: whoever took their latest review (or was acted for) may not
    "stamp",  # {field: "user" | "now" | "today" | "employee" | "reason" | False}
    "notify_author",  # True: the author(s) get the step and its reason in their inbox
}
#: Fields of the chatter, followers and activities: never guarded nor frozen.
ALWAYS_WRITABLE = frozenset(
    {
        "message_follower_ids",
        "message_ids",
        "message_main_attachment_id",
        "activity_ids",
        "activity_user_id",
        "activity_type_id",
        "activity_date_deadline",
        "activity_summary",
        "website_message_ids",
        "message_partner_ids",
        "message_is_follower",
        "has_message",
    }
)
DECISION_TYPE = "hr_vn_civil_servant.mail_activity_type_vn_decision"
#: key of the cursor cache holding, while one batch is evaluated, who holds which role
USERS_MEMO = "vn_wf_users"


class VnWorkflowMixin(models.AbstractModel):
    _name = "vn.workflow.mixin"
    _description = "Approval Workflow"
    _inherit = ["mail.thread", "mail.activity.mixin"]

    _vn_wf_state_field = "state"
    _vn_wf_guarded_fields = ()
    _vn_wf_frozen = {}
    _vn_wf_decider_fields = {}
    #: steps shown on a record not saved yet (the author's first step)
    _vn_wf_new_record_steps = ()

    vn_review_ids = fields.One2many(
        "vn.workflow.review",
        "res_id",
        string="Review History",
        domain=lambda self: [("res_model", "=", self._name)],
        readonly=True,
        copy=False,
    )
    vn_wf_allowed = fields.Char(
        string="Steps Allowed to Me",
        compute="_compute_vn_wf_allowed",
        help="Technical: the steps the current user may take now, as ',name,name,'. The "
        "form shows only these buttons; the steps check the same rights again.",
    )

    # ------------------------------------------------------------------ declaration
    def _vn_wf_transitions(self):
        """name -> spec (keys: ``TRANSITION_KEYS``). Override in each workflow model."""
        return {}

    def _vn_wf_spec(self, name):
        spec = self._vn_wf_transitions().get(name)
        if spec is None:
            raise UserError(_("Unknown workflow step: %s.", name))
        return spec

    def _vn_wf_authors(self):
        """Users who authored the record (drafter, employee, teacher): they never take a
        ``no_self`` step, and a delegate never takes a step on his own record."""
        self.ensure_one()
        return self.sudo().create_uid

    def _vn_wf_call(self, method, *args):
        return getattr(self, method)(*args) if method else None

    def _vn_wf_record_name(self):
        self.ensure_one()
        return self.sudo().display_name or model_label(self.env, self._name)

    def _vn_wf_state_label(self, state):
        field = self._fields[self._vn_wf_state_field]
        return dict(field._description_selection(self.env)).get(state, state or "")

    @api.model
    def _vn_wf_ref(self, xmlid, model):
        """The record of a module's XML id (a role's group, the to-do type) from the
        registry's cache of XML ids: ``env.ref`` checks that the row exists with one query
        each time, several times in every step (issue 16)."""
        res_id = self.env["ir.model.data"]._xmlid_to_res_id(xmlid, raise_if_not_found=False)
        return self.env[model].browse(res_id or ())

    @api.model
    def _vn_wf_users(self, group_xmlid, companies):
        """Active internal users of a group (implied membership included) who work in
        every unit of ``companies``."""
        group = self._vn_wf_ref(group_xmlid, "res.groups")
        Users = self.env["res.users"].sudo()
        if not group or not companies:
            return Users.browse()
        memo = self.env.cr.cache.get(USERS_MEMO)
        key = (group.id, tuple(sorted(companies.ids)))
        if memo is not None and key in memo:
            return Users.browse(memo[key])
        domain = [("groups_id", "in", group.ids), ("share", "=", False)]
        domain += [("company_ids", "in", company.id) for company in companies]
        users = Users.search(domain)
        if memo is not None:
            memo[key] = users.ids
        return users

    @contextlib.contextmanager
    def _vn_wf_batch(self):
        """While one batch of records is evaluated (the buttons of a list or kanban, the
        to-dos of a step), who holds a role in a unit is read once: the roles do not
        change in between."""
        cache = self.env.cr.cache
        if USERS_MEMO in cache:
            yield
            return
        cache[USERS_MEMO] = {}
        try:
            yield
        finally:
            cache.pop(USERS_MEMO, None)

    # ------------------------------------------------------------------ rights
    def _vn_wf_possible(self, name, spec=None):
        """The step exists now for this record: right state and its condition holds."""
        self.ensure_one()
        spec = spec or self._vn_wf_spec(name)
        if self[self._vn_wf_state_field] not in spec["sources"]:
            return False
        return spec.get("condition") is None or bool(self._vn_wf_call(spec["condition"]))

    def _vn_wf_actor(self, name, spec=None, user=None, raise_error=True, readable=False):
        """Who takes step ``name`` on this record for ``user``: a dict with ``user``,
        ``on_behalf_of`` (res.users) and ``delegation``; or None / AccessError.

        The user must be able to read the record (``readable``: already checked for the
        current user), and be one of the step's deciders, or
        the delegate of one for the step's right on the record's unit today. The
        superuser (scheduled jobs, module data) may take every step."""
        self.ensure_one()
        spec = spec or self._vn_wf_spec(name)
        user = user or self.env.user
        empty = self.env["res.users"]
        result = {"user": user, "on_behalf_of": empty, "delegation": self.env["vn.delegation"]}
        if self.env.su and user == self.env.user:
            return result

        def refuse(message):
            if raise_error:
                raise AccessError(message)
            return None

        label = spec["label"]
        if not readable and not self._vn_wf_as(user).has_access("read"):
            # never named: the refusal must not tell what the record is
            return refuse(
                _("You may not take the step '%(step)s' on a record you cannot read.", step=label)
            )
        record = self._vn_wf_record_name()
        authors = self._vn_wf_authors()
        deciders = self._vn_wf_call(spec["deciders"]) or empty
        if user not in deciders:
            delegation = self.env["vn.delegation"]
            if spec.get("right"):
                delegation = self.env["vn.delegation"]._vn_find(
                    user, deciders, spec["right"], self._vn_wf_company()
                )
            if not delegation:
                return refuse(
                    _(
                        "You may not take the step '%(step)s' on %(record)s.",
                        step=label,
                        record=record,
                    )
                )
            if user in authors:
                return refuse(
                    _(
                        "A delegate never takes the step '%(step)s' on his own %(record)s.",
                        step=label,
                        record=record,
                    )
                )
            result.update(on_behalf_of=delegation.delegator_id, delegation=delegation)
        if spec.get("no_self") and (user in authors or result["on_behalf_of"] in authors):
            return refuse(
                _(
                    "You cannot take the step '%(step)s' on your own %(record)s.",
                    step=label,
                    record=record,
                )
            )
        for step in spec.get("distinct_from", ()):
            earlier = self._vn_wf_last_review(step)
            earlier = earlier.user_id | earlier.on_behalf_of_id
            if earlier and (user in earlier or (result["on_behalf_of"] & earlier)):
                return refuse(
                    _(
                        "The step '%(step)s' on %(record)s must be taken by someone other "
                        "than %(user)s, who took an earlier step.",
                        step=label,
                        record=record,
                        user=", ".join(earlier.mapped("name")),
                    )
                )
        return result

    def _vn_wf_as(self, user):
        """This record as ``user`` sees it: in all his own units, not in the units the
        current user selected (Odoo refuses units of another user in the context)."""
        if user == self.env.user:
            return self.with_user(user)
        units = user.sudo()._get_company_ids()
        return self.with_user(user).with_context(allowed_company_ids=units)

    def _vn_wf_last_review(self, step):
        """The latest review row of ``step`` on this record (empty if never taken)."""
        self.ensure_one()
        return (
            self.env["vn.workflow.review"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("transition", "=", step),
                ],
                order="id desc",
                limit=1,
            )
        )

    def _vn_wf_company(self):
        self.ensure_one()
        return self.sudo().company_id if "company_id" in self._fields else self.env.company

    # on the state: fresh after a step, and computed in a new record's form (onchange)
    @api.depends(lambda self: [self._vn_wf_state_field])
    @api.depends_context("uid")
    def _compute_vn_wf_allowed(self):
        transitions = self._vn_wf_transitions()
        saved = self.filtered(lambda rec: isinstance(rec.id, int))
        readable = saved._filtered_access("read")
        with self._vn_wf_batch():
            for rec in self:
                if rec not in saved:
                    # a record being created: its author's first step (the button saves it)
                    rec.vn_wf_allowed = "," + ",".join(self._vn_wf_new_record_steps) + ","
                    continue
                allowed = [
                    name
                    for name, spec in transitions.items()
                    if rec in readable
                    and rec._vn_wf_possible(name, spec)
                    and rec._vn_wf_actor(name, spec, raise_error=False, readable=True)
                ]
                rec.vn_wf_allowed = "," + ",".join(allowed) + ","

    # ------------------------------------------------------------------ steps
    def _vn_wf_take(self, name, reason=None, vals=None, vals_fn=None):
        """Take step ``name`` on every record: check, write, record, update the to-dos.

        ``vals``: further values the step writes (e.g. the instruction); ``vals_fn``:
        a function ``record -> dict`` called after the checks (numbering, notation).
        Returns the review rows."""
        spec = self._vn_wf_spec(name)
        reason = (reason or "").strip()
        reviews = self.env["vn.workflow.review"]
        # first of all (the messages below name the record): the user reads it
        self.check_access("read")
        for rec in self:
            rec._vn_wf_check_state(name, spec)
            # the current user reads every record: checked above, in one query
            actor = rec._vn_wf_actor(name, spec, readable=True)
            if spec.get("reason") and not reason:
                raise UserError(
                    _(
                        "Give the reason for '%(step)s' on %(record)s.",
                        step=spec["label"],
                        record=rec._vn_wf_record_name(),
                    )
                )
            rec._vn_wf_call(spec.get("check"))
            reviews |= rec._vn_wf_write(name, spec, actor, reason, vals, vals_fn)
        return reviews

    def _vn_wf_demo_step(self, method, user_id, *args):
        """Demo data: press the button ``method`` as the user ``user_id``, with every
        check of the step (demo files load as superuser, which skips them)."""
        return getattr(self.with_user(user_id), method)(*args)

    def _vn_wf_ask_reason(self, name, method="action_return"):
        """The button of a step that requires a reason, pressed without one: checks that
        the user may take the step now (state and right, as the step itself will), then
        opens the one reason dialog (``vn.workflow.reason.wizard``), which calls
        ``method`` again with the reason."""
        self.ensure_one()
        spec = self._vn_wf_spec(name)
        self._vn_wf_check_state(name, spec)
        self._vn_wf_actor(name, spec)
        return {
            "type": "ir.actions.act_window",
            "name": spec["label"],
            "res_model": "vn.workflow.reason.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_res_model": self._name,
                "default_res_id": self.id,
                "default_method": method,
            },
        }

    def _vn_wf_check_state(self, name, spec=None):
        self.ensure_one()
        spec = spec or self._vn_wf_spec(name)
        if not self._vn_wf_possible(name, spec):
            raise UserError(
                _(
                    "The step '%(step)s' is not possible for %(record)s in its current "
                    "state (%(state)s).",
                    step=spec["label"],
                    record=self._vn_wf_record_name(),
                    state=self._vn_wf_state_label(self[self._vn_wf_state_field]),
                )
            )

    def _vn_wf_stamp_values(self, spec, actor, reason):
        stamps = {
            "user": lambda: actor["user"].id,
            "now": fields.Datetime.now,
            "today": lambda: vn_today(self),
            "employee": lambda: actor["user"].employee_id.id,
            "reason": lambda: reason or False,
            False: lambda: False,
        }
        values = {fname: stamps[kind]() for fname, kind in (spec.get("stamp") or {}).items()}
        if spec.get("reason_field"):
            values[spec["reason_field"]] = reason or False
        return values

    def _vn_wf_write(self, name, spec, actor, reason, vals=None, vals_fn=None):
        self.ensure_one()
        state_field = self._vn_wf_state_field
        state_from = self[state_field]
        values = self._vn_wf_stamp_values(spec, actor, reason)
        values.update(vals or {})
        if vals_fn:
            values.update(vals_fn(self) or {})
        target = spec.get("target")
        static_target = target and not callable(getattr(type(self), target, None))
        if static_target:
            values[state_field] = target
        record = self.sudo()
        if values:
            record.write(values)
        if target and not static_target:
            computed = self._vn_wf_call(target)
            if computed and computed != record[state_field]:
                record.write({state_field: computed})
        review = (
            self.env["vn.workflow.review"]
            .sudo()
            .create(
                {
                    "res_model": self._name,
                    "res_id": self.id,
                    "company_id": self._vn_wf_company().id,
                    "transition": name,
                    "state_from": state_from,
                    "state_to": record[state_field],
                    "user_id": actor["user"].id,
                    "on_behalf_of_id": actor["on_behalf_of"].id,
                    "delegation_id": actor["delegation"].id,
                    "comment": reason or False,
                }
            )
        )
        if spec.get("notify_author"):
            self._vn_wf_notify_author(spec, actor, reason)
        self._vn_wf_update_todos(actor)
        return review

    def _vn_wf_notify_author(self, spec, actor, reason):
        self.ensure_one()
        partners = self._vn_wf_authors().partner_id
        body = Markup("<p>%s</p>") % _(
            "%(user)s: %(step)s.", user=actor["user"].name, step=spec["label"]
        )
        if reason:
            body += Markup("<p>%s</p>") % reason
        self.sudo().message_post(
            body=body,
            partner_ids=partners.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )

    # ------------------------------------------------------------------ to-dos
    def _vn_wf_update_todos(self, actor=None):
        """The deciders of every step possible now have one *Decision* to-do each;
        to-dos of steps no longer possible are closed: marked done for whoever just
        took the step (or the leader he acted for), removed for the others."""
        with self._vn_wf_batch():
            self._vn_wf_update_todos_batch(actor)

    def _vn_wf_update_todos_batch(self, actor):
        todo_type = self._vn_wf_ref(DECISION_TYPE, "mail.activity.type")
        actors = self.env["res.users"]
        if actor:
            actors = actor["user"] | actor["on_behalf_of"]
        Delegation = self.env["vn.delegation"]
        for rec in self:
            record = rec.sudo()
            wanted = {}
            for name, spec in rec._vn_wf_transitions().items():
                if not spec.get("todo") or not rec._vn_wf_possible(name, spec):
                    continue
                users = rec._vn_wf_call(spec.get("todo_users") or spec["deciders"])
                users = users or self.env["res.users"]
                if spec.get("right"):
                    users |= Delegation._vn_delegates(users, spec["right"], rec._vn_wf_company())
                for user in users:
                    if user.active and rec._vn_wf_actor(name, spec, user=user, raise_error=False):
                        wanted.setdefault((name, user.id), spec)
            todos = record.activity_ids.filtered(lambda a: a.activity_type_id == todo_type)
            stale = todos.filtered(
                lambda a, wanted=wanted: (a.vn_wf_transition, a.user_id.id) not in wanted
            )
            mine = stale.filtered(lambda a: a.user_id in actors)
            if mine:
                mine.action_feedback(feedback=_("Done"))
            (stale - mine).unlink()
            have = {(a.vn_wf_transition, a.user_id.id) for a in todos - stale}
            for (name, user_id), spec in wanted.items():
                if (name, user_id) in have:
                    continue
                record.activity_schedule(
                    DECISION_TYPE,
                    summary=spec["todo"],
                    user_id=user_id,
                    vn_wf_transition=name,
                )

    # ------------------------------------------------------------------ guard
    def _vn_wf_guarded(self):
        return set(self._vn_wf_guarded_fields) | {self._vn_wf_state_field}

    def _vn_wf_field_labels(self, names):
        labels = (self._fields[n]._description_string(self.env) for n in names if n in self._fields)
        return ", ".join(sorted(labels))

    def _vn_wf_check_write(self, vals):
        """Refuse what only the steps may change, whoever asks and through whatever
        channel (form save, JSON-RPC, XML-RPC, import): guarded fields, fields reserved
        to a step's deciders, fields frozen in the record's state."""
        names = set(vals) - ALWAYS_WRITABLE
        guarded = names & self._vn_wf_guarded()
        # first of all (the messages below name the record): the user reads it
        self.check_access("read")
        for rec in self:
            if guarded:
                raise UserError(
                    _(
                        "%(fields)s of %(record)s change only through the workflow steps "
                        "(the buttons), never directly.",
                        fields=self._vn_wf_field_labels(guarded),
                        record=rec._vn_wf_record_name(),
                    )
                )
            for fname in names & set(self._vn_wf_decider_fields):
                step = self._vn_wf_decider_fields[fname]
                if not rec._vn_wf_actor(step, raise_error=False):
                    raise AccessError(
                        _(
                            "Only who may take the step '%(step)s' writes %(field)s on %(record)s.",
                            step=rec._vn_wf_spec(step)["label"],
                            field=self._vn_wf_field_labels([fname]),
                            record=rec._vn_wf_record_name(),
                        )
                    )
            state = rec[self._vn_wf_state_field]
            frozen = self._vn_wf_frozen.get(state, ())
            hit = names if frozen == "__all__" else names & set(frozen)
            if hit:
                message = _(
                    "%(record)s is %(state)s: %(fields)s can no longer be changed.",
                    record=rec._vn_wf_record_name(),
                    state=rec._vn_wf_state_label(state),
                    fields=self._vn_wf_field_labels(hit),
                )
                hint = rec._vn_wf_frozen_message()
                raise UserError(f"{message} {hint}" if hint else message)

    def _vn_wf_frozen_message(self):
        """What to do instead of changing a frozen record (e.g. a correction)."""
        return ""

    def _vn_wf_check_create(self, vals_list):
        guarded = self._vn_wf_guarded()
        asked = set().union(*(set(vals) for vals in vals_list)) & guarded
        if not asked:
            return
        defaults = self.default_get(list(asked))
        for vals in vals_list:
            bad = {
                fname
                for fname in set(vals) & guarded
                if vals[fname] and vals[fname] != defaults.get(fname)
            }
            if bad:
                raise UserError(
                    _(
                        "%(fields)s of a new %(model)s are set by the workflow steps (the "
                        "buttons), never when it is created.",
                        fields=self._vn_wf_field_labels(bad),
                        model=model_label(self.env, self._name),
                    )
                )

    def _vn_wf_check_created(self, vals_list):
        """Fields reserved to a step's deciders, given when the record is created: the
        creator must be one of them on the new record (as for a later write)."""
        reserved = set(self._vn_wf_decider_fields)
        for rec, vals in zip(self, vals_list):
            for fname in sorted(reserved & set(vals)):
                step = self._vn_wf_decider_fields[fname]
                if vals[fname] and not rec._vn_wf_actor(step, raise_error=False):
                    raise AccessError(
                        _(
                            "Only who may take the step '%(step)s' writes %(field)s on %(record)s.",
                            step=rec._vn_wf_spec(step)["label"],
                            field=self._vn_wf_field_labels([fname]),
                            record=rec._vn_wf_record_name(),
                        )
                    )

    @api.model_create_multi
    def create(self, vals_list):
        if self.env.su:
            return super().create(vals_list)
        self._vn_wf_check_create(vals_list)
        records = super().create(vals_list)
        if self._vn_wf_decider_fields:
            records._vn_wf_check_created(vals_list)
        return records

    def write(self, vals):
        if not self.env.su:
            self._vn_wf_check_write(vals)
        return super().write(vals)

    def unlink(self):
        reviews = (
            self.env["vn.workflow.review"]
            .sudo()
            .search([("res_model", "=", self._name), ("res_id", "in", self.ids)])
        )
        res = super().unlink()
        reviews.unlink()
        return res

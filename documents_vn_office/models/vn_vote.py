import random

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

LEADER = "documents_vn_office.group_leader"
VOTE_KINDS = [
    ("election", "Election"),
    ("vote", "Vote"),
    ("poll", "Opinion Poll"),
]
VOTE_STATES = [("draft", "Draft"), ("open", "Open"), ("closed", "Closed")]
CONTENT_FIELDS = (
    "name",
    "kind",
    "company_id",
    "description",
    "anonymous",
    "max_choices",
    "deadline",
    "audience_company_ids",
    "department_ids",
    "user_ids",
    "option_ids",
)


class VnVote(models.Model):
    """Election, vote or opinion poll (bầu cử, biểu quyết, lấy ý kiến) opened by a leader
    to a unit, departments (tổ) or named users, with a deadline, anonymous or named.

    Who voted and what was chosen are two tables with no link between them
    (``vn.vote.participation``, ``vn.vote.ballot``); both are written as superuser by
    ``action_vote`` after its checks, nobody writes them otherwise. For an anonymous vote
    the ballot keeps no voter, no creation date and no author (``_log_access = False``),
    and nobody reads ballot rows: only the counts are shown, to the opener and the unit's
    leaders, once the vote is closed (counts that move while voters vote would tell who
    chose what)."""

    _name = "vn.vote"
    _description = "Vote or Poll"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "deadline desc, id desc"

    _vn_wf_guarded_fields = ("opener_id", "open_date", "close_date", "voter_ids")
    _vn_wf_frozen = {"open": CONTENT_FIELDS, "closed": "__all__"}

    name = fields.Char(string="Vote Subject", required=True, tracking=True, index="trigram")
    kind = fields.Selection(VOTE_KINDS, required=True, default="vote", index=True)
    company_id = fields.Many2one(
        "res.company", string="Unit", required=True, index=True, default=lambda s: s.env.company
    )
    description = fields.Text(string="Question")
    anonymous = fields.Boolean(
        string="Secret Ballot",
        default=True,
        help="Nobody, the opener and the administrators included, can link a ballot to "
        "its voter; only the counts are shown, once the vote is closed.",
    )
    max_choices = fields.Integer(
        string="Choices per Voter", default=1, help="How many options each voter may choose."
    )
    deadline = fields.Datetime(string="Voting Deadline", required=True, index=True, tracking=True)
    state = fields.Selection(
        VOTE_STATES, default="draft", required=True, index=True, tracking=True, copy=False
    )
    audience_company_ids = fields.Many2many(
        "res.company",
        "vn_vote_audience_company_rel",
        "vote_id",
        "company_id",
        string="Units",
        help="Every internal user whose current unit is one of these votes.",
    )
    department_ids = fields.Many2many(
        "hr.department", string="Departments", help="Every member of these departments (tổ) votes."
    )
    user_ids = fields.Many2many(
        "res.users",
        "vn_vote_audience_user_rel",
        "vote_id",
        "user_id",
        string="Named Voters",
        domain=[("share", "=", False)],
    )
    voter_ids = fields.Many2many(
        "res.users",
        "vn_vote_voter_rel",
        "vote_id",
        "user_id",
        string="Eligible Voters",
        readonly=True,
        copy=False,
        help="Fixed when the vote opens.",
    )
    option_ids = fields.One2many("vn.vote.option", "vote_id", string="Options", copy=True)
    opener_id = fields.Many2one("res.users", string="Opened By", readonly=True, copy=False)
    open_date = fields.Datetime(string="Opened On", readonly=True, copy=False)
    close_date = fields.Datetime(string="Closed On", readonly=True, copy=False)
    voter_count = fields.Integer(string="Eligible", compute="_compute_participation")
    participation_count = fields.Integer(string="Voted", compute="_compute_participation")
    has_voted = fields.Boolean(string="I Voted", compute="_compute_participation")
    can_vote = fields.Boolean(string="I May Vote", compute="_compute_participation")
    results_visible = fields.Boolean(compute="_compute_results_visible")

    @api.constrains("max_choices", "option_ids")
    def _check_choices(self):
        for vote in self:
            if vote.max_choices < 1:
                raise ValidationError(_("A voter chooses at least one option."))
            if vote.option_ids and vote.max_choices > len(vote.option_ids):
                raise ValidationError(_("A voter cannot choose more options than the vote offers."))

    @api.depends("state", "deadline", "voter_ids")
    @api.depends_context("uid")
    def _compute_participation(self):
        Participation = self.env["vn.vote.participation"].sudo()
        counts = dict(
            Participation._read_group([("vote_id", "in", self.ids)], ["vote_id"], ["__count"])
        )
        mine = set(
            Participation.search(
                [("vote_id", "in", self.ids), ("user_id", "=", self.env.uid)]
            ).vote_id.ids
        )
        now = fields.Datetime.now()
        for vote in self:
            eligible = self.env.user in vote.sudo().voter_ids
            vote.voter_count = len(vote.sudo().voter_ids)
            vote.participation_count = counts.get(vote._origin, 0)
            vote.has_voted = vote.id in mine
            vote.can_vote = (
                eligible
                and vote.id not in mine
                and vote.state == "open"
                and bool(vote.deadline and vote.deadline > now)
            )

    def _vn_result_readers(self):
        """Who sees the results: the opener and the leaders of the vote's unit."""
        self.ensure_one()
        vote = self.sudo()
        return vote.opener_id | vote.create_uid | self._vn_wf_users(LEADER, vote.company_id)

    def _vn_results_allowed(self):
        self.ensure_one()
        if self.env.su:
            return True
        if self.env.user not in self._vn_result_readers():
            return False
        # secret ballot: counts only once closed (live counts would tell who chose what)
        return not self.anonymous or self.state == "closed"

    @api.depends("state", "anonymous", "company_id")
    @api.depends_context("uid")
    def _compute_results_visible(self):
        for vote in self:
            vote.results_visible = bool(vote.id) and vote._vn_results_allowed()

    # ------------------------------------------------------------------ workflow
    def _vn_wf_transitions(self):
        """Draft → Open (the voters are fixed) → Closed (by the opener or a leader of the
        unit, or by the daily job after the deadline)."""
        return {
            "open": {
                "label": _("Open the Vote"),
                "sources": ("draft",),
                "target": "open",
                "deciders": "_vn_wf_openers",
                "check": "_vn_check_open",
                "stamp": {"opener_id": "user", "open_date": "now"},
            },
            "close": {
                "label": _("Close the Vote"),
                "sources": ("open",),
                "target": "closed",
                "deciders": "_vn_wf_openers",
                "stamp": {"close_date": "now"},
            },
        }

    def _vn_wf_openers(self):
        return self._vn_wf_users(LEADER, self.sudo().company_id)

    def _vn_check_open(self):
        if len(self.option_ids) < 2:
            raise UserError(_("A vote needs at least two options."))
        if self.deadline <= fields.Datetime.now():
            raise UserError(_("The deadline of the vote has passed: set a later one."))
        vote = self.sudo()
        scope = vote.company_id._vn_managed_companies()
        outside = (
            (vote.audience_company_ids - scope)
            or (vote.department_ids.company_id - scope)
            or vote.user_ids.filtered(lambda u: not (u.company_ids & scope))
        )
        if outside:
            raise UserError(
                _("A vote is opened to the unit and the units it manages, not to other units.")
            )
        if not self._vn_eligible_users():
            raise UserError(_("Nobody may vote: choose units, departments or voters."))

    def _vn_eligible_users(self):
        """Internal users of the chosen units (their current unit), the members of the
        chosen departments (their employee record) and the named users."""
        vote = self.sudo()
        Users = self.env["res.users"].sudo()
        users = vote.user_ids.filtered(lambda u: not u.share and u.active)
        if vote.audience_company_ids:
            users |= Users.search(
                [("share", "=", False), ("company_id", "in", vote.audience_company_ids.ids)]
            )
        if vote.department_ids:
            employees = (
                self.env["hr.employee"]
                .sudo()
                .search(
                    [
                        ("department_id", "child_of", vote.department_ids.ids),
                        ("user_id", "!=", False),
                    ]
                )
            )
            users |= employees.user_id.filtered(lambda u: not u.share and u.active)
        return users

    def _vn_open_values(self):
        return {"voter_ids": [(6, 0, self._vn_eligible_users().ids)]}

    def action_open(self):
        for vote in self:
            vote._vn_wf_take("open", vals_fn=lambda rec: rec._vn_open_values())
        return True

    def action_close(self):
        self._vn_wf_take("close")
        self._vn_shuffle_secret_ballots()
        return True

    def _vn_shuffle_secret_ballots(self):
        """Once a secret ballot is closed its ballots are written again, in random
        order: their ids and their place in the table no longer follow the order in
        which the participation rows (who voted) were written."""
        Ballot = self.env["vn.vote.ballot"].sudo().with_context(vn_vote_cast=True)
        for vote in self.filtered("anonymous"):
            ballots = Ballot.search([("vote_id", "=", vote.id)])
            options = [b.option_id.id for b in ballots]
            random.SystemRandom().shuffle(options)
            ballots.unlink()
            Ballot.create([{"vote_id": vote.id, "option_id": o} for o in options])

    @api.model
    def _cron_close_expired(self):
        """Daily job: votes past their deadline are closed."""
        expired = self.search([("state", "=", "open"), ("deadline", "<=", fields.Datetime.now())])
        for vote in expired:
            vote._vn_wf_take("close")
            vote._vn_shuffle_secret_ballots()

    # ------------------------------------------------------------------ voting
    def action_vote(self, option_ids):
        """The current user votes ``option_ids`` (ids of this vote's options): once,
        before the deadline, if eligible. Who voted and what he chose are written apart,
        as superuser, after the checks."""
        self.ensure_one()
        self.check_access("read")
        vote = self.sudo()
        user = self.env.user
        if vote.state != "open":
            raise ValidationError(_("This vote is not open."))
        if vote.deadline <= fields.Datetime.now():
            raise ValidationError(_("The deadline of this vote has passed: no more votes."))
        if user not in vote.voter_ids:
            raise ValidationError(_("You are not one of the voters of this vote."))
        Participation = self.env["vn.vote.participation"].sudo()
        if Participation.search_count([("vote_id", "=", vote.id), ("user_id", "=", user.id)]):
            raise ValidationError(_("You have already voted: a vote is cast once."))
        options = self.env["vn.vote.option"].sudo().browse(list(option_ids or []))
        if not options or options.vote_id != vote or len(options) != len(set(option_ids)):
            raise ValidationError(_("Choose among the options of this vote."))
        if len(options) > vote.max_choices:
            raise ValidationError(_("You may choose at most %s option(s).", vote.max_choices))
        Participation.create({"vote_id": vote.id, "user_id": user.id})
        voter = False if vote.anonymous else user.id
        self.env["vn.vote.ballot"].sudo().with_context(vn_vote_cast=True).create(
            [{"vote_id": vote.id, "option_id": o.id, "voter_id": voter} for o in options]
        )
        return True

    def action_open_ballot(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Vote"),
            "res_model": "vn.vote.cast.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_vote_id": self.id},
        }

    @api.ondelete(at_uninstall=False)
    def _unlink_draft_only(self):
        if not self.env.su and any(vote.state != "draft" for vote in self):
            raise UserError(_("An opened vote is kept: only a draft can be deleted."))

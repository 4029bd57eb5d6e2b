"""Votes and polls as the real roles of two schools under two managing bodies: a secret
ballot links no voter to a choice through any channel (read, search, read_group,
export, the chatter, the voter's own form), results only to the opener and the unit's
leaders, one vote per eligible person before the deadline."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from .office_common import VnOfficeCase


class TestVote(VnOfficeCase):
    def _vote(self, school=None, anonymous=True, open_it=True, **vals):
        school = school or self.a
        values = {
            "name": "Bầu tổ trưởng chuyên môn năm học 2026-2027",
            "kind": "election",
            "anonymous": anonymous,
            "deadline": fields.Datetime.now() + timedelta(days=2),
            "audience_company_ids": [(6, 0, school["company"].ids)],
            "option_ids": [
                (0, 0, {"name": "Đồng chí Nguyễn Văn An", "sequence": 1}),
                (0, 0, {"name": "Đồng chí Trần Thị Bình", "sequence": 2}),
                (0, 0, {"name": "Không đồng ý cả hai", "sequence": 3}),
            ],
        }
        values.update(vals)
        vote = self._env(school["leader"])["vn.vote"].create(values)
        if open_it:
            vote.action_open()
        return vote

    def _cast(self, vote, user, *indexes):
        options = vote.sudo().option_ids.sorted("sequence")
        self._as(vote, user).action_vote([options[i].id for i in indexes])

    def _counts(self, vote, user):
        return [o.vote_count for o in self._as(vote, user).option_ids.sorted("sequence")]

    def test_secret_ballot_links_no_voter_to_a_choice(self):
        vote = self._vote()
        self._cast(vote, self.a["teacher"], 0)
        self._cast(vote, self.a["teacher2"], 1)
        self._cast(vote, self.a["clerk"], 0)
        Ballot = self.env["vn.vote.ballot"]
        ballots = Ballot.sudo().search([("vote_id", "=", vote.id)])
        self.assertEqual(len(ballots), 3)
        # nothing on the ballot names or dates the voter
        self.assertFalse(ballots.voter_id)
        self.cr.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'vn_vote_ballot'"
        )
        columns = {row[0] for row in self.cr.fetchall()}
        self.assertFalse(columns & {"create_uid", "create_date", "write_uid", "write_date"})
        self.assertFalse(columns & {"participation_id", "user_id"})
        # nobody reads the ballot rows: voter, opener, leader, administrator
        for user in (self.a["teacher"], self.a["leader"], self.a["leader2"], self.admin_user):
            MyBallot = self._env(user)["vn.vote.ballot"]
            self.assertFalse(MyBallot.search([("vote_id", "=", vote.id)]), user.login)
            self.assertFalse(
                MyBallot._read_group([("vote_id", "=", vote.id)], ["option_id"], ["__count"])
            )
            with self.assertRaises(AccessError):
                MyBallot.browse(ballots.ids).read(["option_id"])
            with self.assertRaises(UserError):
                MyBallot.browse(ballots.ids).export_data(["option_id"])
        # who voted is known (turnout), never what he chose
        Participation = self._env(self.a["leader"])["vn.vote.participation"]
        rows = Participation.search([("vote_id", "=", vote.id)])
        self.assertEqual(rows.user_id, self.a["teacher"] | self.a["teacher2"] | self.a["clerk"])
        self.assertNotIn("option_id", Participation._fields)
        # the chatter and the review rows tell nothing of the choices
        bodies = " ".join(vote.sudo().message_ids.mapped(lambda m: str(m.body or "")))
        for option in vote.sudo().option_ids:
            self.assertNotIn(option.name, bodies)
        # closed: the ballots are written again in random order (ids after every vote)
        self._as(vote, self.a["leader"]).action_close()
        shuffled = Ballot.sudo().search([("vote_id", "=", vote.id)])
        self.assertEqual(sorted(b.option_id.sequence for b in shuffled), [1, 1, 2])
        self.assertGreater(min(shuffled.ids), max(ballots.ids))
        self.assertFalse(shuffled & ballots)
        self.assertEqual(self._counts(vote, self.a["leader"]), [2, 1, 0])
        # the voter's choice form is gone once cast
        self.assertFalse(self.env["vn.vote.cast.wizard"].sudo().search([("vote_id", "=", vote.id)]))

    def test_cast_through_the_voters_form_leaves_no_trace_of_the_choice(self):
        vote = self._vote()
        teacher = self.a["teacher"]
        action = self._as(vote, teacher).action_open_ballot()
        Wizard = self._env(teacher)["vn.vote.cast.wizard"].with_context(**action["context"])
        wizard = Wizard.create({"option_ids": [(6, 0, vote.sudo().option_ids[:1].ids)]})
        wizard.action_cast()
        self.assertFalse(Wizard.sudo().search([("vote_id", "=", vote.id)]))
        self.assertTrue(self._as(vote, teacher).has_voted)

    def test_results_only_to_the_opener_and_leaders_and_a_secret_one_once_closed(self):
        vote = self._vote()
        self._cast(vote, self.a["teacher"], 0)
        self._cast(vote, self.a["teacher2"], 0)
        self._cast(vote, self.a["clerk"], 2)
        # open: nobody sees the counts of a secret ballot (they would move with each vote)
        for user in (self.a["leader"], self.a["leader2"], self.a["teacher"]):
            self.assertEqual(self._counts(vote, user), [0, 0, 0], user.login)
            self.assertFalse(self._as(vote, user).results_visible)
        self._as(vote, self.a["leader2"]).action_close()
        self.assertEqual(vote.state, "closed")
        for user in (self.a["leader"], self.a["leader2"]):
            self.assertEqual(self._counts(vote, user), [2, 0, 1], user.login)
        # a voter, the other school's leader and the HR office of the body see no counts
        self.assertEqual(self._counts(vote, self.a["teacher"]), [0, 0, 0])
        with self.assertRaises(AccessError):
            self._as(vote, self.b["leader"]).read(["name"])
        self.assertFalse(self._env(self.b["leader"])["vn.vote"].search([("id", "=", vote.id)]))
        with self.assertRaises(AccessError):
            self._as(vote, self.hr_a).read(["name"])

    def test_named_vote_shows_the_choices_to_the_leaders_only(self):
        vote = self._vote(anonymous=False, kind="vote", name="Biểu quyết kế hoạch năm học")
        self._cast(vote, self.a["teacher"], 0)
        self._cast(vote, self.a["teacher2"], 1)
        self.assertEqual(self._counts(vote, self.a["leader"]), [1, 1, 0])
        Ballot = self._env(self.a["leader"])["vn.vote.ballot"]
        rows = Ballot.search([("vote_id", "=", vote.id)])
        self.assertEqual(
            {(r.voter_id, r.option_id.sequence) for r in rows},
            {(self.a["teacher"], 1), (self.a["teacher2"], 2)},
        )
        # a voter reads his own choice only; counts are not his
        mine = self._env(self.a["teacher"])["vn.vote.ballot"].search([])
        self.assertEqual(mine.voter_id, self.a["teacher"])
        self.assertEqual(self._counts(vote, self.a["teacher"]), [0, 0, 0])

    def test_twice_late_or_not_eligible_is_refused_and_changes_nothing(self):
        vote = self._vote(audience_company_ids=[(5,)], department_ids=[(6, 0, self.a["group"].ids)])
        self.assertEqual(vote.voter_ids, self.a["teacher"])
        self._cast(vote, self.a["teacher"], 0)
        Ballot = self.env["vn.vote.ballot"].sudo()
        Participation = self.env["vn.vote.participation"].sudo()

        def state():
            domain = [("vote_id", "=", vote.id)]
            return Ballot.search_count(domain), Participation.search_count(domain)

        before = state()
        with self.assertRaisesRegex(ValidationError, "already voted"):
            self._cast(vote, self.a["teacher"], 1)
        # not in the department: he does not even read the vote; named out of it: refused
        with self.assertRaises(AccessError):
            self._cast(vote, self.a["teacher2"], 1)
        with self.assertRaisesRegex(ValidationError, "not one of the voters"):
            self._as(vote, self.a["leader2"]).action_vote(vote.sudo().option_ids[:1].ids)
        with self.assertRaises(AccessError):
            self._cast(vote, self.b["teacher"], 1)
        # too many choices, a choice of another vote
        other = self._vote(name="Lấy ý kiến về thời khóa biểu")
        with self.assertRaisesRegex(ValidationError, "Choose among the options"):
            self._as(other, self.a["teacher"]).action_vote(vote.sudo().option_ids[:1].ids)
        with self.assertRaisesRegex(ValidationError, "at most 1"):
            self._cast(other, self.a["teacher"], 0, 1)
        # past the deadline
        self.cr.execute(
            "UPDATE vn_vote SET deadline = now() at time zone 'utc' - interval '1 minute'"
            " WHERE id = %s",
            [other.id],
        )
        other.invalidate_recordset()
        with self.assertRaisesRegex(ValidationError, "deadline of this vote has passed"):
            self._cast(other, self.a["teacher2"], 0)
        self.assertEqual(state(), before)
        self.assertFalse(Participation.search_count([("vote_id", "=", other.id)]))
        # the hourly job closes it
        self.env["vn.vote"]._cron_close_expired()
        self.assertEqual(other.state, "closed")
        with self.assertRaisesRegex(ValidationError, "not open"):
            self._cast(other, self.a["teacher2"], 0)

    def test_around_the_button_nobody_writes_votes_or_states(self):
        vote = self._vote()
        teacher = self.a["teacher"]
        option = vote.sudo().option_ids[0]
        for user in (teacher, self.a["leader"], self.admin_user):
            env = self._env(user)
            with self.assertRaises(AccessError):
                env["vn.vote.ballot"].create({"vote_id": vote.id, "option_id": option.id})
            with self.assertRaises(AccessError):
                env["vn.vote.participation"].create({"vote_id": vote.id, "user_id": user.id})
        for vals in ({"state": "closed"}, {"voter_ids": [(4, self.b["teacher"].id)]}):
            with self.assertRaises(UserError):
                self._as(vote, self.a["leader"]).write(vals)
        # the options and the deadline of an open vote do not change
        with self.assertRaises(UserError):
            self._as(option, self.a["leader"]).write({"name": "Đồng chí khác"})
        with self.assertRaises(UserError):
            self._as(vote, self.a["leader"]).write(
                {"deadline": fields.Datetime.now() + timedelta(days=30)}
            )
        # a teacher opens and closes nothing
        with self.assertRaises(AccessError):
            self._as(vote, teacher).action_close()
        draft = self._vote(open_it=False)
        with self.assertRaises(AccessError):
            self._env(teacher)["vn.vote"].create({"name": "x", "deadline": draft.deadline})
        self.assertEqual(vote.state, "open")

    def test_opening_needs_options_a_future_deadline_and_voters(self):
        vote = self._vote(open_it=False, option_ids=[(0, 0, {"name": "Đồng ý"})], max_choices=1)
        with self.assertRaisesRegex(UserError, "at least two options"):
            self._as(vote, self.a["leader"]).action_open()
        self.assertEqual(vote.state, "draft")
        with self.assertRaises(ValidationError):
            self._as(vote, self.a["leader"]).write({"max_choices": 0})
        # a school does not poll another managing body's school
        other = self._vote(open_it=False, audience_company_ids=[(6, 0, self.school_b.ids)])
        with self.assertRaisesRegex(UserError, "not to other units"):
            self._as(other, self.a["leader"]).action_open()
        self.assertEqual((other.state, other.voter_ids), ("draft", self.env["res.users"]))

    def test_leader_prepares_and_opens_a_poll_in_the_form(self):
        leader = self.a["leader"]
        with Form(self._env(leader)["vn.vote"]) as form:
            form.name = "Lấy ý kiến về kế hoạch tham quan học tập"
            form.kind = "poll"
            form.anonymous = False
            form.max_choices = 2
            form.deadline = fields.Datetime.now() + timedelta(days=3)
            form.department_ids.add(self.a["group"])
            form.department_ids.add(self.a["group2"])
            for name in ("Hà Nội", "Ninh Bình", "Hạ Long"):
                with form.option_ids.new() as option:
                    option.name = name
        poll = form.record
        self.assertIn(",open,", poll.with_user(leader).vn_wf_allowed)
        poll.with_user(leader).action_open()
        self.assertEqual(poll.voter_ids, self.a["teacher"] | self.a["teacher2"])
        voter = self._as(poll, self.a["teacher2"])
        self.assertTrue(voter.can_vote)
        with Form(voter) as view:
            self.assertTrue(view.can_vote)
        voter.action_vote(poll.sudo().option_ids[:2].ids)
        self.assertFalse(self._as(poll, self.a["teacher2"]).can_vote)
        self.assertEqual(self._counts(poll, leader), [1, 1, 0])

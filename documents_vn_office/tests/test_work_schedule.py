"""Lịch công tác tuần: drafted by the clerk, approved by a leader of the unit (or his
delegate), published into the attendees' calendars, shared in the managing body; a
change after publication is marked and notified; what only the steps write."""

from datetime import timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from .work_common import WorkCase, vn_dt


class TestWorkSchedule(WorkCase):
    def _events(self, user):
        return (
            self.env["calendar.event"]
            .with_user(user)
            .search([("partner_ids", "in", user.partner_id.ids)])
        )

    def _inbox(self, user, schedule):
        """Messages on ``schedule`` addressed to ``user`` (his inbox)."""
        return self.env["mail.message"].search(
            [
                ("model", "=", "vn.work.schedule"),
                ("res_id", "=", schedule.id),
                ("partner_ids", "in", user.partner_id.ids),
            ]
        )

    # ------------------------------------------------------------------ flow
    def test_clerk_drafts_leader_approves_attendees_get_it_in_their_calendars(self):
        form = Form(self.env["vn.work.schedule"].with_user(self.clerk))
        form.week_start = self.monday
        with form.line_ids.new() as line:
            line.name = "Chào cờ đầu tuần"
            line.start = vn_dt(self.monday, 7, 30)
            line.stop = vn_dt(self.monday, 9, 0)
            line.location = "Sân trường"
            line.chair_id = self.head_a1
            line.attendee_ids.add(self.teacher_a1)
        schedule = form.save()
        self.assertEqual((schedule.company_id, schedule.state), (self.school_a1, "draft"))
        # the teacher sees neither the draft nor an event yet
        Schedule = self.env["vn.work.schedule"]
        self.assertFalse(Schedule.with_user(self.teacher_a1).search([("id", "=", schedule.id)]))
        schedule.with_user(self.clerk).action_submit()
        self.assertIn(",approve,", schedule.with_user(self.leader).vn_wf_allowed)
        self.assertNotIn(",approve,", schedule.with_user(self.clerk).vn_wf_allowed)
        schedule.with_user(self.leader).action_approve()
        self.assertEqual((schedule.state, schedule.approver_id), ("approved", self.leader))
        self.assertFalse(self._events(self.teacher_a1))
        schedule.with_user(self.clerk).action_publish()
        self.assertEqual(schedule.state, "published")
        events = self._events(self.teacher_a1)
        self.assertEqual(events.mapped("name"), ["Chào cờ đầu tuần"])
        self.assertEqual(events.start, vn_dt(self.monday, 7, 30))
        self.assertEqual(events.location, "Sân trường")
        self.assertIn(self.head_a1.partner_id, events.partner_ids)
        # the teacher is told, and now reads the published schedule of his unit
        self.assertTrue(self._inbox(self.teacher_a1, schedule))
        self.assertEqual(Schedule.with_user(self.teacher_a1).search([]), schedule)
        lines = self.env["vn.work.schedule.line"].with_user(self.teacher_a1).search([])
        self.assertEqual(lines.mapped("name"), ["Chào cờ đầu tuần"])
        self.assertEqual(
            [r.transition for r in schedule.vn_review_ids.sorted("id")],
            ["submit", "approve", "publish"],
        )

    def test_leader_returns_with_a_reason_and_the_clerk_resubmits(self):
        schedule = self._schedule()
        schedule.with_user(self.clerk).action_submit()
        with self.assertRaises(UserError):
            schedule.with_user(self.leader).action_return("  ")
        action = schedule.with_user(self.leader).action_return()
        self.assertEqual(action["res_model"], "vn.workflow.reason.wizard")
        wizard = (
            self.env["vn.workflow.reason.wizard"]
            .with_user(self.leader)
            .with_context(**action["context"])
            .create({"reason": "Thiếu lịch dự giờ của tổ Toán."})
        )
        wizard.action_confirm()
        self.assertEqual(schedule.state, "returned")
        self.assertEqual(schedule.return_reason, "Thiếu lịch dự giờ của tổ Toán.")
        self.assertTrue(self._inbox(self.clerk, schedule))
        # returned: the clerk corrects the lines and submits again
        schedule.line_ids[0].with_user(self.clerk).location = "Hội trường"
        schedule.with_user(self.clerk).action_submit()
        self.assertEqual((schedule.state, schedule.return_reason), ("submitted", False))

    def test_delegate_of_the_leader_approves(self):
        today = self.monday
        self.env["vn.delegation"].with_user(self.leader).create(
            {
                "delegate_id": self.teacher_a1.id,
                "company_id": self.school_a1.id,
                "date_from": today,
                "date_to": today + timedelta(days=30),
                "reference": "05/GUQ-TRA1",
                "right_sign": False,
                "right_direct": False,
            }
        )
        schedule = self._schedule()
        schedule.with_user(self.clerk).action_submit()
        # the delegate has the to-do and the button; another teacher neither
        todos = schedule.activity_ids.filtered(lambda a: a.vn_wf_transition == "approve")
        self.assertIn(self.teacher_a1, todos.user_id)
        self.assertIn(",approve,", schedule.with_user(self.teacher_a1).vn_wf_allowed)
        with self.assertRaises(AccessError):
            schedule.with_user(self.teacher2_a1).action_approve()
        schedule.with_user(self.teacher_a1).action_approve()
        review = schedule.vn_review_ids.sorted("id")[-1]
        self.assertEqual(schedule.state, "approved")
        self.assertEqual((review.user_id, review.on_behalf_of_id), (self.teacher_a1, self.leader))

    # ------------------------------------------------------------------ sharing
    def test_managing_body_sees_published_schedules_another_school_never(self):
        schedule = self._schedule()
        Schedule = self.env["vn.work.schedule"]
        Line = self.env["vn.work.schedule.line"]
        # a draft: not even the managing body
        self.assertFalse(Schedule.with_user(self.bodyhead_a).search([("id", "=", schedule.id)]))
        self._publish(schedule)
        for user, sees in (
            (self.bodyhead_a, True),
            (self.hr_a, True),
            (self.teacher_a1, True),
            (self.teacher_a2, False),
            (self.head_a2, False),
            (self.bodyhead_b, False),
            (self.teacher_b1, False),
            (self.head_b1, False),
        ):
            with self.subTest(user=user.login):
                found = Schedule.with_user(user).search([("id", "=", schedule.id)])
                self.assertEqual(bool(found), sees)
                lines = Line.with_user(user).search([("schedule_id", "=", schedule.id)])
                self.assertEqual(len(lines), 2 if sees else 0)
                groups = Line.with_user(user).read_group(
                    [("schedule_id", "=", schedule.id)], ["company_id"], ["company_id"]
                )
                self.assertEqual(sum(g["company_id_count"] for g in groups), 2 if sees else 0)
        with self.assertRaises(AccessError):
            schedule.with_user(self.teacher_b1).read(["week_start"])
        # the school chooses to share with its sister school: it sees it; B1 still not
        schedule.with_user(self.clerk).share_company_ids = [(6, 0, self.school_a2.ids)]
        self.assertTrue(Schedule.with_user(self.teacher_a2).search([("id", "=", schedule.id)]))
        self.assertFalse(Schedule.with_user(self.teacher_b1).search([("id", "=", schedule.id)]))
        # never outside the managing body
        self.assertWriteRefused(
            schedule.with_user(self.clerk),
            {"share_company_ids": [(6, 0, self.school_b1.ids)]},
            "same managing body",
        )

    def test_the_body_cannot_change_a_school_schedule(self):
        schedule = self._publish(self._schedule())
        with self.assertRaises(AccessError):
            schedule.with_user(self.bodyhead_a).note = "Sửa từ cơ quan quản lý"
        with self.assertRaises(AccessError):
            schedule.line_ids[0].with_user(self.bodyhead_a).location = "Khác"
        with self.assertRaises(AccessError):
            schedule.line_ids[0].with_user(self.teacher_a1).location = "Khác"

    # ------------------------------------------------------------------ changes
    def test_change_after_publication_is_marked_follows_in_calendar_and_is_notified(self):
        schedule = self._publish(self._schedule())
        line = schedule.line_ids.sorted("start")[1]
        self.assertFalse(line.changed)
        before = len(self._inbox(self.teacher_a1, schedule))
        line.with_user(self.clerk).write(
            {"location": "Hội trường tầng 2", "start": vn_dt(self.monday + timedelta(days=2), 15)}
        )
        self.assertTrue(line.changed)
        self.assertTrue(line.change_date)
        self.assertEqual(line.event_id.location, "Hội trường tầng 2")
        self.assertEqual(line.event_id.start, vn_dt(self.monday + timedelta(days=2), 15))
        messages = self._inbox(self.teacher_a1, schedule)
        self.assertEqual(len(messages), before + 1)
        self.assertIn("Hội trường tầng 2", messages[0].body)
        self.assertFalse(schedule.line_ids.sorted("start")[0].changed)
        # a new attendee gets it in his calendar; one taken off loses it and is told
        line.with_user(self.clerk).attendee_ids = [(4, self.teacher2_a1.id)]
        self.assertIn(line.event_id, self._events(self.teacher2_a1))
        told = len(self._inbox(self.teacher2_a1, schedule))
        line.with_user(self.clerk).attendee_ids = [(3, self.teacher2_a1.id)]
        self.assertNotIn(line.event_id, self._events(self.teacher2_a1))
        self.assertEqual(len(self._inbox(self.teacher2_a1, schedule)), told + 1)
        # a line added after publication: marked, in the calendars
        new = (
            self.env["vn.work.schedule.line"]
            .with_user(self.clerk)
            .create(
                {
                    "schedule_id": schedule.id,
                    "name": "Kiểm tra nội bộ",
                    "start": vn_dt(self.monday + timedelta(days=4), 8),
                    "stop": vn_dt(self.monday + timedelta(days=4), 10),
                    "attendee_ids": [(6, 0, self.teacher_a1.ids)],
                }
            )
        )
        self.assertTrue(new.changed and new.event_id)
        # a line cancelled: its event goes, the attendees are told
        event = new.event_id
        new.with_user(self.clerk).unlink()
        self.assertFalse(event.exists())
        self.assertIn("Kiểm tra nội bộ", self._inbox(self.teacher_a1, schedule)[0].body)

    # ------------------------------------------------------------------ guards
    def test_state_and_stamps_only_through_the_steps(self):
        schedule = self._schedule()
        for vals in (
            {"state": "published"},
            {"approver_id": self.leader.id},
            {"publish_date": "2026-01-01 00:00:00"},
        ):
            for user in (self.clerk, self.leader):
                with self.subTest(vals=vals, user=user.login), self.assertRaises(UserError):
                    schedule.with_user(user).write(vals)
        self.assertEqual(schedule.state, "draft")
        with self.assertRaises(UserError):
            self._schedule(monday=self.monday + timedelta(days=7), state="published")
        with self.assertRaises(UserError):
            schedule.line_ids[0].with_user(self.clerk).write({"changed": True})
        # the clerk does not approve, the other school's leader neither
        schedule.with_user(self.clerk).action_submit()
        with self.assertRaises(AccessError):
            schedule.with_user(self.clerk).action_approve()
        with self.assertRaises(AccessError):
            schedule.with_user(self.head_a2).action_approve()
        with self.assertRaises(AccessError):
            schedule.with_user(self.bodyhead_a).action_approve()
        # submitted: the lines are frozen, through the schedule or directly
        with self.assertRaises(UserError):
            schedule.line_ids[0].with_user(self.clerk).location = "Khác"
        with self.assertRaises(UserError):
            schedule.with_user(self.clerk).write({"line_ids": [(2, schedule.line_ids[0].id)]})
        with self.assertRaises(UserError):
            schedule.line_ids[0].with_user(self.clerk).unlink()
        self.assertEqual(len(schedule.line_ids), 2)
        # a teacher creates none
        with self.assertRaises(AccessError):
            self._schedule(user=self.teacher_a1, monday=self.monday + timedelta(days=14))

    def test_published_schedule_is_not_deleted(self):
        schedule = self._publish(self._schedule())
        with self.assertRaises(UserError):
            schedule.with_user(self.clerk).unlink()
        self.assertTrue(schedule.exists())

    # ------------------------------------------------------------------ bad input
    def test_a_line_ending_before_it_starts_is_refused(self):
        schedule = self._schedule()
        line = schedule.line_ids[0].with_user(self.clerk)
        self.assertWriteRefused(line, {"stop": vn_dt(self.monday, 7, 0)}, "ends before it starts")
        self.assertCreateRefused(
            self.env["vn.work.schedule.line"].with_user(self.clerk),
            {
                "schedule_id": schedule.id,
                "name": "Họp tổ",
                "start": vn_dt(self.monday, 15),
                "stop": vn_dt(self.monday, 14),
            },
            "ends before it starts",
        )

    def test_week_starts_on_a_monday_and_lines_stay_in_the_week(self):
        self.assertCreateRefused(
            self.env["vn.work.schedule"].with_user(self.clerk),
            {"company_id": self.school_a1.id, "week_start": self.monday + timedelta(days=2)},
            "not a Monday",
        )
        schedule = self._schedule()
        self.assertWriteRefused(
            schedule.line_ids[0].with_user(self.clerk),
            {
                "start": vn_dt(self.monday + timedelta(days=8), 7),
                "stop": vn_dt(self.monday + timedelta(days=8), 8),
            },
            "outside the week",
        )

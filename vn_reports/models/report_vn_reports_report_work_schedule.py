from odoo import _, api, models
from odoo.exceptions import UserError

WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


class ReportWorkSchedule(models.AbstractModel):
    """Lịch công tác tuần: the unit's agency block and the national motto, the title and
    the week, one row per line grouped by day (day, time, content, place, who presides,
    who attends, who prepares), then who approved it. One schedule per page."""

    _name = "report.vn_reports.report_work_schedule"
    _inherit = "vn.report.format"
    _description = "Report: Weekly Work Schedule"

    @api.model
    def _vn_schedule_values(self, schedule):
        from odoo.addons.documents_vn_office.models.vn_work_schedule_line import vn_local

        days = []
        for line in schedule.line_ids.sorted(lambda rec: (rec.start, rec.id)):
            start = vn_local(line.start)
            label = f"{WEEKDAYS_VI[start.weekday()]}\n{start:%d/%m}"
            if not days or days[-1]["label"] != label:
                days.append({"label": label, "lines": []})
            days[-1]["lines"].append(
                {
                    "time": line._vn_time_label(),
                    "content": line.name or "",
                    "location": line.location or "",
                    "chair": line.chair_id.name or "",
                    "attendees": ", ".join(line.attendee_ids.mapped("name")),
                    "preparer": line.preparer or "",
                    "changed": line.changed,
                }
            )
        company = schedule.company_id
        return {
            "schedule": schedule,
            "agency": self._vn_agency(company),
            "date_line": self._vn_date_line(
                self._vn_place(company), schedule.approve_date or schedule.week_start
            ),
            "week": f"(Từ ngày {self._vn_date(schedule.week_start)} "
            f"đến ngày {self._vn_date(schedule.week_end)})",
            "days": days,
            "approver": schedule.approver_id.name or "",
            "draft": schedule.state != "published",
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["vn.work.schedule"].browse(docids)
        docs.check_access("read")
        if not docs:
            raise UserError(_("Select at least one work schedule."))
        return {
            "doc_ids": docs.ids,
            "doc_model": "vn.work.schedule",
            "docs": docs,
            "schedules": [self._vn_schedule_values(doc) for doc in docs],
        }

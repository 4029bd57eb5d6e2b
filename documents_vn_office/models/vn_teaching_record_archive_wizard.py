import base64
import csv
import io
import re
import zipfile

from odoo import api, fields, models
from odoo.exceptions import UserError

RECORDS_TEAM = "documents_vn_office.group_records_team"
RECORDS_OFFICER = "hr_vn_civil_servant.group_records_officer"
INDEX_COLUMNS = (
    "Record",
    "Kind",
    "Submitted By",
    "Professional Group",
    "Section",
    "Semester",
    "Week",
    "Month",
    "Lesson Date",
    "Due Date",
    "Submitted On",
    "Late",
    "Status",
    "Reviewed By",
    "Signed Off By",
    "Files",
)


def _safe(name):
    return re.sub(r"[^\w.\- ]+", "_", name or "", flags=re.UNICODE).strip()[:80] or "file"


class VnTeachingRecordArchiveWizard(models.TransientModel):
    """One zip of professional records, with their files and an index (index.csv):
    a user's offline copy of his own records of a period (e-record rules of the
    school, Điều 6a, 7a, 8: everyone keeps a copy on his own computer), a group
    head's copy of his group's records, and the yearly archive of a teacher's or a
    group's signed-off records. Only what the user may read goes in."""

    _name = "vn.teaching.record.archive.wizard"
    _description = "Download Professional Records"
    _inherit = ["vn.value.limit.mixin"]

    calendar_id = fields.Many2one(
        "vn.school.calendar",
        string="School Year",
        required=True,
        default=lambda self: self.env["vn.teaching.record"]._default_calendar(),
    )
    scope = fields.Selection(
        [
            ("mine", "My Records"),
            ("group", "Records of a Professional Group"),
            ("teacher", "Records of a Staff Member"),
        ],
        required=True,
        default="mine",
    )
    department_id = fields.Many2one("hr.department", string="Professional Group")
    employee_id = fields.Many2one("hr.employee", string="Staff Member")
    semester = fields.Selection([("1", "Semester 1"), ("2", "Semester 2")])
    week_from = fields.Integer()
    week_to = fields.Integer()
    signed_only = fields.Boolean(
        string="Signed-Off Archive Only", help="Only the records signed off (the yearly archive)."
    )
    attachment_id = fields.Many2one("ir.attachment", readonly=True)

    def _domain(self):
        self.ensure_one()
        user = self.env.user
        domain = [("calendar_id", "=", self.calendar_id.id)]
        if self.scope == "mine":
            domain.append(("teacher_user_id", "=", user.id))
        elif self.scope == "group":
            if not self.department_id:
                raise UserError(self.env._("Choose the professional group."))
            domain.append(("department_id", "=", self.department_id.id))
        else:
            if not self.employee_id:
                raise UserError(self.env._("Choose the staff member."))
            domain.append(("teacher_id", "=", self.employee_id.id))
        if self.semester:
            domain.append(("semester", "=", self.semester))
        if self.week_from:
            domain.append(("week", ">=", self.week_from))
        if self.week_to:
            domain.append(("week", "<=", self.week_to))
        if self.signed_only:
            domain.append(("state", "=", "signed"))
        return domain

    @api.model
    def _zip_records(self, records):
        """The zip of ``records`` (read as the current user): one folder per record
        with its files, and index.csv listing every record."""
        buffer = io.BytesIO()
        fields_ = records._fields
        states = dict(fields_["state"]._description_selection(self.env))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([self.env._(col) for col in INDEX_COLUMNS])
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for rec in records:
                folder = f"{rec.id:06d} {_safe(rec.display_name)}"
                names = []
                for attachment in rec.attachment_ids:
                    name = f"{folder}/{attachment.id}-{_safe(attachment.name)}"
                    archive.writestr(name, attachment.raw or b"")
                    names.append(name)
                writer.writerow(
                    [
                        rec.display_name,
                        rec.kind_id.name,
                        rec.teacher_id.name,
                        rec.department_id.name or "",
                        rec.section_id.name or "",
                        rec.semester or "",
                        rec.week or "",
                        rec.month or "",
                        rec.lesson_date or "",
                        rec.due_date or "",
                        rec.submitted_date or "",
                        "x" if rec.is_late or rec.is_missing else "",
                        states.get(rec.state, rec.state),
                        rec.reviewed_by_id.name or "",
                        rec.signed_by_id.name or "",
                        "; ".join(names),
                    ]
                )
            archive.writestr("index.csv", "\ufeff" + out.getvalue())
        return buffer.getvalue()

    def action_download(self):
        """Builds the zip as the user (his read rules choose what goes in) and offers it
        for download."""
        self.ensure_one()
        records = self.env["vn.teaching.record"].search(self._domain(), order="week, id")
        if not records:
            raise UserError(self.env._("No professional record of yours matches."))
        content = self._zip_records(records)
        label = {
            "mine": self.env.user.name,
            "group": self.department_id.name,
            "teacher": self.employee_id.name,
        }[self.scope]
        name = _safe(f"{self.calendar_id.school_year} {label}") + ".zip"
        attachment = self.env["ir.attachment"].create(
            {
                "name": name,
                "datas": base64.b64encode(content),
                "mimetype": "application/zip",
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        self.attachment_id = attachment
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "self",
        }

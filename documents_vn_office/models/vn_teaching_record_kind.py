from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .vn_school_calendar import WEEKDAYS

SUBMITTERS = [
    ("teacher", "Teacher"),
    ("group", "Professional Group"),
    ("section", "Section"),
    ("school", "School Office"),
]
PERIODS = [
    ("lesson", "Per Lesson"),
    ("week", "Weekly"),
    ("month", "Monthly"),
    ("semester", "Per Semester"),
    ("year", "Yearly"),
]
REVIEWERS = [
    ("group_head", "Group Head"),
    ("vice_principal", "Vice-Principal in Charge"),
    ("principal", "Principal"),
]
DUE_RULES = [
    ("none", "No Due Date"),
    ("semester_week", "Week N of the Semester"),
    ("days_before_lesson", "N Days Before the Lesson"),
    ("weekday_of_week", "Weekday of Its Week"),
    ("weekday_prev_week", "Weekday of the Previous Week"),
    ("month_day", "By Day N of the Month"),
]
#: the periods each due rule can be computed for
RULE_PERIODS = {
    "none": ("lesson", "week", "month", "semester", "year"),
    "semester_week": ("semester", "year"),
    "days_before_lesson": ("lesson",),
    "weekday_of_week": ("week",),
    "weekday_prev_week": ("week",),
    "month_day": ("month",),
}


class VnTeachingRecordKind(models.Model):
    """A kind of professional record (loại hồ sơ chuyên môn), as data: who submits it,
    for which period, when it is due in the school calendar, who reviews it and whether
    the principal signs it off. The kinds shipped for every school (no school set) come
    from the school regulations (Thông tư 32/2020/TT-BGDĐT Điều 21, Công văn
    5512/BGDĐT-GDTrH; Thông tư 52/2020/TT-BGDĐT Điều 21 for kindergartens; the
    e-record rules of a school, Điều 6–9); a principal or the records team adds a
    school's own kinds without code."""

    _name = "vn.teaching.record.kind"
    _description = "Professional Record Kind"
    _inherit = ["mail.thread", "vn.value.limit.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True, tracking=True)
    code = fields.Char(
        readonly=True,
        copy=False,
        index=True,
        help="Technical: the kinds whose due rule follows the school calendar's own "
        "settings (education, weekly and lesson plans).",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company",
        string="School",
        index=True,
        tracking=True,
        help="Empty: shipped for every school.",
    )
    submitter = fields.Selection(
        SUBMITTERS, string="Submitted By", required=True, default="teacher", tracking=True
    )
    period = fields.Selection(PERIODS, required=True, default="lesson", tracking=True)
    reviewer = fields.Selection(
        REVIEWERS, string="Reviewed By", required=True, default="group_head", tracking=True
    )
    needs_signoff = fields.Boolean(
        string="Signed Off by the Principal",
        tracking=True,
        help="After approval the principal (or the vice-principal in charge) signs the "
        "record off; it is then frozen and archived with its school year.",
    )
    expected_every_period = fields.Boolean(
        help="The school calendar creates, as expected, one record of this kind per "
        "submitter and period, so that a missing one is counted (Generate Expected "
        "Records).",
    )
    template_attachment_id = fields.Many2one(
        "ir.attachment", string="Template", help="Blank form the submitter starts from."
    )
    template_file = fields.Binary(
        compute="_compute_template_file",
        inverse="_inverse_template_file",
        help="Upload the blank form here; the submitters download it from their records.",
    )
    template_filename = fields.Char(
        compute="_compute_template_file", inverse="_inverse_template_file"
    )
    due_rule = fields.Selection(DUE_RULES, required=True, default="none", tracking=True)
    due_from_calendar = fields.Boolean(
        string="Due Rule Set in the School Calendar",
        readonly=True,
        copy=False,
        help="The parameters of the rule are the school calendar's own settings.",
    )
    due_week = fields.Integer(string="Week of the Semester", default=1)
    due_days = fields.Integer(string="Days Before the Lesson", default=2)
    due_weekday = fields.Selection(WEEKDAYS, string="Weekday", default="4")
    due_day = fields.Integer(string="Day of the Month", default=5)
    file_types = fields.Char(
        string="Accepted File Types",
        default="pdf,doc,docx,xls,xlsx,ppt,pptx,odt,ods,odp,jpg,jpeg,png",
        help="Extensions, separated by commas; empty: any file.",
    )
    basis = fields.Char(string="Legal Basis")
    note = fields.Text()

    @api.depends("template_attachment_id")
    def _compute_template_file(self):
        for kind in self:
            attachment = kind.template_attachment_id.sudo()
            kind.template_file = attachment.datas
            kind.template_filename = attachment.name

    def _inverse_template_file(self):
        """The template uploaded on the kind is kept as its attachment."""
        for kind in self:
            attachment = kind.template_attachment_id
            if not kind.template_file:
                kind.template_attachment_id = False
                continue
            vals = {
                "name": kind.template_filename or kind.name,
                "datas": kind.template_file,
                "res_model": kind._name,
                "res_id": kind.id,
            }
            if attachment:
                attachment.write(vals)
            else:
                kind.template_attachment_id = self.env["ir.attachment"].create(vals)

    # ------------------------------------------------------------------ rules
    def _accepted_extensions(self):
        self.ensure_one()
        return {
            ext.strip().lower().lstrip(".")
            for ext in (self.file_types or "").split(",")
            if ext.strip()
        }

    def _check_file_names(self, names):
        """The files of a record are of a type the kind accepts."""
        self.ensure_one()
        accepted = self._accepted_extensions()
        if not accepted:
            return
        for name in names:
            ext = (name or "").rsplit(".", 1)[-1].lower() if "." in (name or "") else ""
            if ext not in accepted:
                raise ValidationError(
                    self.env._(
                        "The file %(file)s is not accepted for %(kind)s: accepted types "
                        "are %(types)s.",
                        file=name,
                        kind=self.name,
                        types=", ".join(sorted(accepted)),
                    )
                )

    def _calendars(self):
        """School calendars the kind applies to (running or future years)."""
        self.ensure_one()
        domain = [("end_date", ">=", fields.Date.context_today(self))]
        if self.company_id:
            domain.append(("company_id", "=", self.company_id.id))
        return self.env["vn.school.calendar"].sudo().search(domain)

    @api.constrains(
        "due_rule", "period", "due_week", "due_days", "due_weekday", "due_day", "company_id"
    )
    def _check_due_rule(self):
        """The due rule can be computed for the kind's period in every school calendar
        it applies to."""
        periods = dict(self._fields["period"]._description_selection(self.env))
        rules = dict(self._fields["due_rule"]._description_selection(self.env))
        for kind in self:
            if kind.period not in RULE_PERIODS[kind.due_rule]:
                raise ValidationError(
                    self.env._(
                        "The due rule '%(rule)s' cannot be computed for a record %(period)s "
                        "(%(kind)s).",
                        rule=rules[kind.due_rule],
                        period=periods[kind.period].lower(),
                        kind=kind.name,
                    )
                )
            if kind.due_from_calendar:
                continue
            if kind.due_rule == "semester_week":
                for cal in kind._calendars():
                    cal._semester_week_start("1", kind.due_week)
                    if kind.period == "semester":
                        cal._semester_week_start("2", kind.due_week)
                if kind.due_week < 1:
                    raise ValidationError(self.env._("The week of the semester starts at 1."))
            if kind.due_rule == "days_before_lesson" and not 0 <= kind.due_days <= 60:
                raise ValidationError(
                    self.env._("A record can be due 0 to 60 days before the lesson.")
                )
            if kind.due_rule in ("weekday_of_week", "weekday_prev_week") and not kind.due_weekday:
                raise ValidationError(self.env._("Choose the weekday of the due rule."))
            if kind.due_rule == "month_day" and not 1 <= kind.due_day <= 28:
                raise ValidationError(
                    self.env._(
                        "Day %(day)s does not exist in every month: choose a day from 1 to 28.",
                        day=kind.due_day,
                    )
                )

    @api.constrains("file_types")
    def _check_file_types(self):
        for kind in self:
            for ext in kind._accepted_extensions():
                if not ext.isalnum() or len(ext) > 10:
                    raise ValidationError(
                        self.env._(
                            "'%(ext)s' is not a file extension (write e.g. pdf,docx).", ext=ext
                        )
                    )

    # ------------------------------------------------------------------ rights
    def _check_manager(self, kinds=None):
        """A school's kinds are kept by its principal or records team; the shipped kinds
        (no school) by the administrator only."""
        if self.env.su or self.env.user.has_group("documents_vn_office.group_admin"):
            return
        user = self.env.user
        manager = user.has_group("hr_vn_civil_servant.group_unit_head") or user.has_group(
            "documents_vn_office.group_records_team"
        )
        for kind in kinds if kinds is not None else self:
            if not manager or not kind.company_id or kind.company_id not in user.company_ids:
                raise UserError(
                    self.env._(
                        "Only the principal or the records team of the school changes its "
                        "record kinds; the shipped kinds are changed by the administrator."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not self.env.su and (vals.get("code") or vals.get("due_from_calendar")):
                raise UserError(self.env._("Only the shipped kinds follow the school calendar."))
        records = super().create(vals_list)
        records._check_manager()
        return records

    def copy_data(self, default=None):
        """A school adapts a shipped kind on its own copy (principal, records team)."""
        default = dict(default or {})
        if "company_id" not in default and not self.env.su:
            default["company_id"] = self.env.company.id
        return super().copy_data(default)

    def write(self, vals):
        if not self.env.su and ({"code", "due_from_calendar"} & set(vals)):
            raise UserError(self.env._("Only the shipped kinds follow the school calendar."))
        self._check_manager()
        res = super().write(vals)
        if "company_id" in vals:
            self._check_manager()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_used(self):
        self._check_manager()
        used = self.env["vn.teaching.record"].sudo().search_count([("kind_id", "in", self.ids)])
        if used:
            raise UserError(
                self.env._("A kind with records cannot be deleted: archive it instead.")
            )

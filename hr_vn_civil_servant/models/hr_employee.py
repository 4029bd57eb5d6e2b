from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models, tools
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools import pay_rules
from ..tools.dates import vn_today

HR = "hr.group_hr_user"

#: No date of a personnel record (birth, decisions, history lines) is before this day.
VN_MIN_DATE = date(1900, 1, 1)
#: Bounds of the numbers of the record (item 23, family situation): (lowest, highest).
#: Height and weight 0 mean "not given".
VN_NUMBER_RANGES = {
    "vn_height_cm": (50, 250),
    "vn_weight_kg": (20, 300),
    "children": (0, 30),
}


#: Dates of the record that are past by nature (never before the date of birth): the days
#: they may lie ahead of today (a recruitment decision may take effect next month).
VN_PAST_DATES = {
    "vn_id_issue_date": 0,
    "vn_recruitment_date": 366,
    "vn_party_join_date": 0,
    "vn_party_official_date": 0,
    "vn_military_enlist_date": 0,
    "vn_military_discharge_date": 0,
}

#: Items of Mẫu 2C-BNV/2008 counted by ``vn_completeness``: (field, form item).
VN_COMPLETENESS_ITEMS = [
    ("vn_birth_name", "1"),
    ("birthday", "3"),
    ("gender", "3"),
    ("place_of_birth", "4"),
    ("vn_hometown", "5"),
    ("vn_ethnicity_id", "6"),
    ("vn_religion_id", "7"),
    ("vn_permanent_street", "8"),
    ("private_street", "9"),
    ("vn_recruitment_date", "11"),
    ("vn_main_duties", "13"),
    ("vn_grade_id", "14"),
    ("vn_general_education_id", "15.1"),
    ("vn_professional_level_id", "15.2"),
    ("identification_id", "25"),
    ("ssnid", "26"),
    ("vn_training_ids", "27"),
    ("vn_work_history_ids", "28"),
    ("vn_family_ids", "30"),
    ("vn_salary_history_ids", "31"),
]

#: Private fields (groups=HR) that the HR roles read in bulk in the lists, kanban
#: cards, filters and groupings of their units: working data, not the 2C record itself.
VN_LIST_FIELDS = frozenset(
    {
        "activity_date_deadline",
        "activity_exception_decoration",
        "activity_exception_icon",
        "activity_ids",
        "activity_state",
        "activity_summary",
        "activity_type_icon",
        "activity_type_id",
        "activity_user_id",
        "my_activity_date_deadline",
        "has_message",
        "message_attachment_count",
        "message_follower_ids",
        "message_has_error",
        "message_has_error_counter",
        "message_ids",
        "message_is_follower",
        "message_main_attachment_id",
        "message_needaction",
        "message_needaction_counter",
        "message_partner_ids",
        "category_ids",
        "company_country_code",
        "company_country_id",
        "country_id",
        "currency_id",
        "employee_type",
        "employee_properties",
        "related_partners_count",
        "skill_ids",
        "work_permit_scheduled_activity",
        "vn_staff_number",
        "vn_staff_category",
        "vn_work_state",
        "vn_managing_body_id",
        "vn_position_id",
        "vn_grade_id",
        "vn_grade_code",
        "vn_pay_group_id",
        "vn_salary_step",
        "vn_salary_coefficient",
        "vn_next_step_date",
        "vn_next_over_ceiling_date",
        "vn_next_over_ceiling_percent",
        "vn_next_raise_date",
        "vn_retirement_date",
        "vn_completeness",
        # hr_contract's hidden column of the list (start of the first contract)
        "first_contract_date",
    }
)
#: The photo of the record (Mẫu 2C's 4 × 6 photo) and its resized copies.
VN_PHOTO_FIELDS = frozenset(
    {
        "image_1920",
        "image_1024",
        "image_512",
        "image_256",
        "image_128",
        "avatar_1920",
        "avatar_1024",
        "avatar_512",
        "avatar_256",
        "avatar_128",
    }
)
#: Fields of his own record a user may change directly (what Preferences copies onto
#: the record, the stock preferences, the chatter's technical fields). Everything else
#: of his own record (grade, step, salary lines, birthday, identity, names, unit,
#: manager ...) changes through a change request approved by someone else, or by
#: another officer of his unit.
VN_OWN_RECORD_FREE_FIELDS = frozenset(
    {
        "name",
        "work_email",
        "image_1920",
        "tz",
        "lang",
        "km_home_work",
        "distance_home_work",
        "distance_home_work_unit",
        "message_main_attachment_id",
    }
)


class HrEmployee(models.Model):
    """The electronic personnel record: every item of Mẫu 2C-BNV/2008 (Quyết định
    02/2008/QĐ-BNV) on the employee, the tables (items 21, 22, 27, 28, 30, 31) as history
    line models, and the pay and retirement rules as stored computed fields."""

    _name = "hr.employee"
    _inherit = ["hr.employee", "vn.record.lock.mixin", "vn.personnel.data.mixin"]

    # the lists' order (``_order = "name"``): without an index a province HR office's list
    # sorted all its 150,000 rows for each page (issue 16)
    name = fields.Char(index=True)

    def init(self):
        """The search by name (``ilike``) of a province's staff: a trigram index beside the
        ordering one (the field takes one index only)."""
        result = super().init()
        if self.env.registry.has_trigram:
            tools.create_index(
                self.env.cr,
                "hr_employee__name_trigram_index",
                self._table,
                ["name gin_trgm_ops"],
                method="gin",
            )
        return result

    # Header and identity (items 1–7, 25, 26)
    identification_id = fields.Char(index=True, size=12)  # CCCD: 12 digits
    ssnid = fields.Char(size=10)  # mã số bảo hiểm xã hội: 10 digits
    vn_staff_number = fields.Char(
        string="Staff Number",
        groups=HR,
        index=True,
        copy=False,
        tracking=True,
        help="Số hiệu cán bộ, công chức (header of Mẫu 2C-BNV/2008).",
    )
    vn_managing_body_id = fields.Many2one(
        "res.company",
        string="Managing Body",
        compute="_compute_vn_managing_body_id",
        groups=HR,
        help="Cơ quan, đơn vị có thẩm quyền quản lý: the parent of the unit.",
    )
    vn_staff_category = fields.Selection(
        [
            ("cadre", "Cadre"),
            ("civil_servant", "Civil Servant"),
            ("public_employee", "Public Employee"),
            ("contract_worker", "Contract Worker"),
        ],
        string="Staff Category",
        groups=HR,
        index=True,
        tracking=True,
        help="Cán bộ, công chức, viên chức or người lao động hợp đồng.",
    )
    vn_work_state = fields.Selection(
        [
            ("working", "Working"),
            ("transferred", "Transferred Out"),
            ("retired", "Retired"),
            ("resigned", "Resigned"),
            ("deceased", "Deceased"),
        ],
        string="Work State",
        groups=HR,
        default="working",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    vn_birth_name = fields.Char(
        string="Birth Name (Capitals)",
        groups=HR,
        compute="_compute_vn_birth_name",
        store=True,
        readonly=False,
        help="Họ và tên khai sinh, in capitals (item 1).",
    )
    vn_other_names = fields.Char(string="Other Names", groups=HR, help="Item 2.")
    vn_birth_year_only = fields.Boolean(
        string="Only Birth Year Known",
        groups=HR,
        help="Only the year of birth is known: the retirement date counts from 1 January "
        "(Nghị định 135/2020/NĐ-CP Điều 3).",
    )
    vn_hometown = fields.Char(string="Hometown", groups=HR, help="Quê quán (item 5).")
    vn_ethnicity_id = fields.Many2one("vn.ethnicity", string="Ethnic Group", groups=HR)
    vn_religion_id = fields.Many2one("vn.religion", string="Religion", groups=HR)
    vn_id_issue_date = fields.Date(string="ID Issue Date", groups=HR)
    vn_id_issue_place = fields.Char(string="ID Issue Place", groups=HR)

    # Addresses (items 8, 9): the free text keeps legacy addresses readable
    vn_permanent_street = fields.Char(
        string="Permanent Residence",
        groups=HR,
        help="Nơi đăng ký thường trú (item 8): house number, street, hamlet.",
    )
    vn_permanent_ward_id = fields.Many2one("vn.ward", string="Permanent: Commune/Ward", groups=HR)
    vn_permanent_province_id = fields.Many2one(
        "vn.province",
        string="Permanent: Province",
        groups=HR,
        compute="_compute_vn_permanent_province_id",
        store=True,
        readonly=False,
    )
    vn_residence_ward_id = fields.Many2one("vn.ward", string="Residence: Commune/Ward", groups=HR)
    vn_residence_province_id = fields.Many2one(
        "vn.province",
        string="Residence: Province",
        groups=HR,
        compute="_compute_vn_residence_province_id",
        store=True,
        readonly=False,
    )

    # Recruitment and duties (items 10–13)
    vn_recruitment_occupation = fields.Char(string="Occupation When Recruited", groups=HR)
    vn_recruitment_date = fields.Date(string="Recruitment Date", groups=HR, tracking=True)
    vn_recruitment_agency = fields.Char(string="Recruiting Agency", groups=HR)
    vn_position_id = fields.Many2one("vn.position", string="Position", groups=HR, tracking=True)
    vn_concurrent_positions = fields.Char(
        string="Concurrent Positions",
        groups=HR,
        help="Other current positions in the government, the Party or mass organisations.",
    )
    vn_main_duties = fields.Text(string="Main Duties", groups=HR)
    vn_position_allowance = fields.Float(
        string="Position Allowance",
        compute="_compute_vn_position_allowance",
        digits=(4, 2),
        groups=HR,
        help="Coefficient of the position in force today for the unit's column (region or "
        "school class) of the allowance table.",
    )
    vn_position_allowance_placeholder = fields.Boolean(
        string="Allowance Not Verified",
        compute="_compute_vn_position_allowance",
        groups=HR,
        help="The allowance value could not be verified against the legal text (or the "
        "unit lacks the school class its table needs).",
    )
    vn_other_allowances = fields.Char(string="Other Allowances", groups=HR)
    vn_job_position_id = fields.Many2one(
        "vn.job.position",
        string="Job Position (VTVL)",
        groups=HR,
        index=True,
        tracking=True,
        help="Vị trí việc làm in the unit's staffing plan (Nghị định 62/2020/NĐ-CP, "
        "106/2020/NĐ-CP; schools: Thông tư 20/2023/TT-BGDĐT), counted against the unit's "
        "staffing quota.",
    )

    # Education (15.1–15.6)
    vn_general_education_id = fields.Many2one(
        "vn.education.level",
        string="General Education",
        groups=HR,
        domain=[("kind", "=", "general")],
    )
    vn_professional_level_id = fields.Many2one(
        "vn.education.level",
        string="Highest Professional Qualification",
        groups=HR,
        domain=[("kind", "=", "professional")],
        index=True,
    )
    vn_professional_major = fields.Char(string="Major", groups=HR)
    vn_political_theory_id = fields.Many2one(
        "vn.education.level",
        string="Political Theory",
        groups=HR,
        domain=[("kind", "=", "political_theory")],
    )
    vn_state_management_id = fields.Many2one(
        "vn.education.level",
        string="State Management",
        groups=HR,
        domain=[("kind", "=", "state_management")],
    )
    vn_foreign_language = fields.Char(string="Foreign Language", groups=HR)
    vn_foreign_language_level_id = fields.Many2one(
        "vn.education.level",
        string="Foreign Language Level",
        groups=HR,
        domain=[("kind", "=", "foreign_language")],
    )
    vn_it_level_id = fields.Many2one(
        "vn.education.level", string="IT Level", groups=HR, domain=[("kind", "=", "it")]
    )

    # Party, organisations, military, titles (16–20)
    vn_party_join_date = fields.Date(string="Party Admission Date", groups=HR)
    vn_party_official_date = fields.Date(string="Party Full Membership Date", groups=HR)
    vn_mass_organisations = fields.Text(
        string="Mass Organisations",
        groups=HR,
        help="Date of joining the Youth Union, Trade Union, ... and the role held (item 17).",
    )
    vn_military_enlist_date = fields.Date(string="Enlistment Date", groups=HR)
    vn_military_discharge_date = fields.Date(string="Discharge Date", groups=HR)
    vn_military_rank = fields.Char(string="Highest Military Rank", groups=HR)
    vn_honorary_title = fields.Char(string="Highest Honorary Title", groups=HR)
    vn_strengths = fields.Char(string="Work Strengths", groups=HR)

    # Health and policy (23, 24)
    vn_health_status = fields.Char(string="Health Status", groups=HR)
    vn_height_cm = fields.Integer(string="Height (cm)", groups=HR)
    vn_weight_kg = fields.Float(string="Weight (kg)", groups=HR, digits=(5, 1))
    vn_blood_group = fields.Selection(
        [("o", "O"), ("a", "A"), ("b", "B"), ("ab", "AB")], string="Blood Group", groups=HR
    )
    vn_war_invalid_class = fields.Char(
        string="War Invalid Class", groups=HR, help="Hạng thương binh, e.g. 2/4."
    )
    vn_policy_family = fields.Char(
        string="Policy Family",
        groups=HR,
        help="Con gia đình chính sách: child of a war invalid, of a martyr, of an "
        "Agent Orange victim...",
    )

    # Personal history (29) and assessment (32)
    vn_history_detention = fields.Text(
        string="Arrest, Detention, Former Regime",
        groups=HR,
        help="Item 29a: arrested or imprisoned (when, where), worked under the former regime.",
    )
    vn_history_foreign_org = fields.Text(
        string="Foreign Organisations",
        groups=HR,
        help="Item 29b: membership of or relations with organisations abroad.",
    )
    vn_history_relatives_abroad = fields.Text(
        string="Relatives Abroad",
        groups=HR,
        help="Item 29c: close relatives living abroad (what they do, address).",
    )
    vn_assessment = fields.Text(
        string="Assessment by the Unit",
        groups=HR,
        help="Item 32: assessment by the managing and employing unit.",
    )

    # History tables
    vn_training_ids = fields.One2many("vn.training", "employee_id", string="Training", groups=HR)
    vn_work_history_ids = fields.One2many(
        "vn.work.history", "employee_id", string="Work History", groups=HR
    )
    vn_family_ids = fields.One2many(
        "vn.family.member", "employee_id", string="Family Relations", groups=HR
    )
    vn_salary_history_ids = fields.One2many(
        "vn.salary.history", "employee_id", string="Salary History", groups=HR
    )
    vn_reward_ids = fields.One2many("vn.reward", "employee_id", string="Rewards", groups=HR)
    vn_discipline_ids = fields.One2many(
        "vn.discipline", "employee_id", string="Disciplinary Measures", groups=HR
    )
    vn_evaluation_ids = fields.One2many(
        "vn.evaluation", "employee_id", string="Annual Evaluations", groups=HR
    )
    vn_health_check_ids = fields.One2many(
        "vn.health.check", "employee_id", string="Health Checks", groups=HR
    )

    # Pay summary (item 14) computed from the latest salary line
    vn_grade_id = fields.Many2one(
        "vn.grade",
        string="Grade",
        compute="_compute_vn_salary_current",
        store=True,
        index=True,
        groups=HR,
    )
    vn_grade_code = fields.Char(related="vn_grade_id.code", string="Grade Code", groups=HR)
    vn_pay_group_id = fields.Many2one(
        "vn.pay.group",
        string="Pay Group",
        compute="_compute_vn_salary_current",
        store=True,
        groups=HR,
    )
    vn_salary_step = fields.Integer(
        string="Salary Step",
        compute="_compute_vn_salary_current",
        store=True,
        index=True,
        groups=HR,
    )
    vn_salary_coefficient = fields.Float(
        string="Salary Coefficient",
        compute="_compute_vn_salary_current",
        store=True,
        digits=(4, 2),
        groups=HR,
    )
    vn_step_date = fields.Date(
        string="Step Date",
        compute="_compute_vn_salary_current",
        store=True,
        groups=HR,
        help="Date from which the current step (or over-ceiling rate) counts.",
    )
    vn_over_ceiling_percent = fields.Integer(
        string="Over-Ceiling Allowance (%)",
        compute="_compute_vn_salary_current",
        store=True,
        groups=HR,
        help="Phụ cấp thâm niên vượt khung (Thông tư 04/2005/TT-BNV).",
    )
    vn_next_step_date = fields.Date(
        string="Next Step Raise",
        compute="_compute_vn_next_raise",
        store=True,
        index=True,
        groups=HR,
        help="Date of the next regular step raise (Thông tư 08/2013/TT-BNV); empty at the "
        "last step of the pay group.",
    )
    vn_next_over_ceiling_date = fields.Date(
        string="Next Over-Ceiling Raise",
        compute="_compute_vn_next_raise",
        store=True,
        index=True,
        groups=HR,
    )
    vn_next_over_ceiling_percent = fields.Integer(
        string="Next Over-Ceiling Rate (%)",
        compute="_compute_vn_next_raise",
        store=True,
        groups=HR,
    )
    vn_next_raise_date = fields.Date(
        string="Next Pay Raise",
        compute="_compute_vn_next_raise",
        store=True,
        index=True,
        groups=HR,
        help="The next step raise or over-ceiling raise, whichever applies.",
    )
    vn_retirement_date = fields.Date(
        string="Retirement Date",
        compute="_compute_vn_retirement_date",
        store=True,
        index=True,
        groups=HR,
        help="End of the month in which the retirement age of Nghị định 135/2020/NĐ-CP "
        "is reached (normal working conditions).",
    )
    vn_age = fields.Integer(string="Age", compute="_compute_vn_age", groups=HR)
    vn_years_of_service = fields.Integer(
        string="Years of Service",
        compute="_compute_vn_age",
        groups=HR,
        help="Full years since the recruitment date.",
    )
    vn_monthly_salary = fields.Monetary(
        string="Monthly Salary",
        compute="_compute_vn_monthly_salary",
        store=True,
        currency_field="currency_id",
        groups=HR,
        help="(Coefficient + over-ceiling allowance + position allowance) × the base salary "
        "in force today. Recomputed when these change and by the daily pay-rules job, so "
        "that a new base salary is applied on its first day.",
    )
    vn_highest_reward_id = fields.Many2one(
        "vn.reward",
        string="Highest Award Line",
        compute="_compute_vn_highest_reward",
        store=True,
        ondelete="set null",
        groups=HR,
        help="Item 21: the award of the highest level (then the latest year).",
    )
    vn_highest_reward = fields.Char(
        string="Highest Award",
        compute="_compute_vn_highest_labels",
        groups=HR,
        help="Item 21: the highest form of award and its year.",
    )
    vn_highest_discipline_id = fields.Many2one(
        "vn.discipline",
        string="Highest Disciplinary Line",
        compute="_compute_vn_highest_discipline",
        store=True,
        ondelete="set null",
        groups=HR,
        help="Item 22: the heaviest measure (then the latest year).",
    )
    vn_highest_discipline = fields.Char(
        string="Highest Disciplinary Measure",
        compute="_compute_vn_highest_labels",
        groups=HR,
        help="Item 22: the heaviest measure and its year, in the reader's language.",
    )
    vn_completeness = fields.Integer(
        string="Completeness (%)",
        compute="_compute_vn_completeness",
        store=True,
        index=True,
        groups=HR,
        help="Share of the required items of Mẫu 2C-BNV/2008 that are filled in.",
    )

    # ------------------------------------------------------------ confidentiality
    def _vn_persons(self):
        return self.sudo()

    @api.model
    def _vn_list_fields(self):
        return set(VN_LIST_FIELDS)

    @api.model
    @tools.ormcache()
    def _vn_private_field_names_cached(self):
        return frozenset(
            name
            for name, field in self._fields.items()
            if (field.groups and HR in field.groups.split(",")) or name in VN_PHOTO_FIELDS
        )

    @api.model
    def _vn_private_field_names(self):
        """The private record: every field restricted to HR users (the 2C items, the
        stock private fields, the history tables) and the photo."""
        return set(self._vn_private_field_names_cached())

    # ------------------------------------------------------------------ computes
    def _vn_lock_companies(self):
        return self.company_id

    @api.depends("company_id.parent_id")
    def _compute_vn_managing_body_id(self):
        for employee in self:
            employee.vn_managing_body_id = employee.company_id.parent_id or employee.company_id

    @api.depends("name")
    def _compute_vn_birth_name(self):
        for employee in self:
            if not employee.vn_birth_name and employee.name:
                employee.vn_birth_name = employee.name.upper()

    @api.depends("vn_permanent_ward_id")
    def _compute_vn_permanent_province_id(self):
        for employee in self:
            if employee.vn_permanent_ward_id:
                employee.vn_permanent_province_id = employee.vn_permanent_ward_id.province_id

    @api.depends("vn_residence_ward_id")
    def _compute_vn_residence_province_id(self):
        for employee in self:
            if employee.vn_residence_ward_id:
                employee.vn_residence_province_id = employee.vn_residence_ward_id.province_id

    def _vn_current_salary_line(self):
        self.ensure_one()
        lines = self.vn_salary_history_ids.filtered("date")
        return lines.sorted(lambda line: (line.date, line._origin.id or 0))[-1:]

    @api.depends(
        "vn_salary_history_ids.date",
        "vn_salary_history_ids.grade_id",
        "vn_salary_history_ids.step",
        "vn_salary_history_ids.coefficient",
        "vn_salary_history_ids.over_ceiling_percent",
    )
    def _compute_vn_salary_current(self):
        for employee in self:
            line = employee._vn_current_salary_line()
            employee.vn_grade_id = line.grade_id
            employee.vn_pay_group_id = line.grade_id.pay_group_id
            employee.vn_salary_step = line.step
            employee.vn_salary_coefficient = line.coefficient
            employee.vn_step_date = line.date
            employee.vn_over_ceiling_percent = line.over_ceiling_percent

    @api.depends(
        "vn_step_date",
        "vn_salary_step",
        "vn_over_ceiling_percent",
        "vn_pay_group_id.step_months",
        "vn_pay_group_id.step_count",
        "vn_salary_history_ids.postponed_months",
        "vn_salary_history_ids.early_months",
    )
    def _compute_vn_next_raise(self):
        for employee in self:
            group = employee.vn_pay_group_id
            line = employee._vn_current_salary_line()
            next_step = next_oc = False
            next_percent = 0
            if group and employee.vn_step_date:
                args = (line.postponed_months, line.early_months)
                if employee.vn_salary_step < group.step_count:
                    next_step = pay_rules.next_step_date(
                        employee.vn_step_date, group.step_months, *args
                    )
                else:
                    next_oc, next_percent = pay_rules.next_over_ceiling(
                        employee.vn_step_date,
                        group.step_months,
                        employee.vn_over_ceiling_percent,
                        *args,
                    )
            employee.vn_next_step_date = next_step
            employee.vn_next_over_ceiling_date = next_oc
            employee.vn_next_over_ceiling_percent = next_percent
            employee.vn_next_raise_date = next_step or next_oc

    @api.depends("birthday", "gender", "vn_birth_year_only")
    def _compute_vn_retirement_date(self):
        for employee in self:
            employee.vn_retirement_date = pay_rules.retirement_date(
                employee.birthday, employee.gender, employee.vn_birth_year_only
            )

    @api.depends("birthday", "vn_recruitment_date")
    def _compute_vn_age(self):
        today = vn_today(self)
        for employee in self:
            employee.vn_age = pay_rules.age_on(employee.birthday, today)
            employee.vn_years_of_service = pay_rules.age_on(employee.vn_recruitment_date, today)

    @api.onchange("company_id", "vn_staff_category", "vn_job_position_id")
    def _onchange_vn_staffing_quota(self):
        """Recording a new person beyond the unit's staffing quota: a warning, never a
        block (vn.staffing.quota._vn_quota_warning)."""
        if self._origin.id or not self.company_id or not self.vn_staff_category:
            return None
        warning = self.env["vn.staffing.quota"]._vn_quota_warning(
            self.company_id, self.vn_staff_category, self.vn_job_position_id
        )
        if warning:
            return {"warning": {"title": _("Staffing quota"), "message": warning}}
        return None

    @api.depends(
        "vn_position_id.allowance_coefficient",
        "vn_position_id.allowance_column",
        "vn_position_id.allowance_value_ids.coefficient",
        "vn_position_id.allowance_value_ids.column",
        "vn_position_id.allowance_value_ids.date_from",
        "vn_position_id.allowance_value_ids.date_to",
        "vn_position_id.allowance_value_ids.is_placeholder",
        "company_id.vn_allowance_region",
        "company_id.vn_school_class",
    )
    def _compute_vn_position_allowance(self):
        today = vn_today(self)
        for employee in self:
            coefficient, _row, placeholder = employee.vn_position_id._vn_allowance_on(
                employee.company_id, today
            )
            employee.vn_position_allowance = coefficient
            employee.vn_position_allowance_placeholder = placeholder

    def _vn_position_allowance_on(self, day):
        """Position allowance coefficient of the employee's position in his unit on
        ``day`` (vn.position._vn_allowance_on: NĐ 204/2004/NĐ-CP as amended by NĐ 07/2026,
        TT 33/2005/TT-BGDĐT)."""
        self.ensure_one()
        return self.vn_position_id._vn_allowance_coefficient_on(self.company_id, day)

    @api.depends("vn_salary_coefficient", "vn_over_ceiling_percent", "vn_position_allowance")
    def _compute_vn_monthly_salary(self):
        base = self.env["vn.base.salary"]._amount_on(vn_today(self))
        for employee in self:
            employee.vn_monthly_salary = employee._vn_monthly_salary_on(base_salary=base)

    def _vn_monthly_salary_on(self, day=None, base_salary=None):
        """Monthly salary of the employee with the base salary in force on ``day``."""
        self.ensure_one()
        day = day or vn_today(self)
        if base_salary is None:
            base_salary = self.env["vn.base.salary"]._amount_on(day)
        return pay_rules.monthly_salary(
            self.vn_salary_coefficient,
            self._vn_position_allowance_on(day),
            self.vn_over_ceiling_percent,
            base_salary,
        )

    @api.depends("vn_reward_ids.level_rank", "vn_reward_ids.year")
    def _compute_vn_highest_reward(self):
        for employee in self:
            best = employee.vn_reward_ids.sorted(lambda r: (r.level_rank, r.year or 0))[-1:]
            employee.vn_highest_reward_id = best

    @api.depends("vn_discipline_ids.measure_rank", "vn_discipline_ids.year")
    def _compute_vn_highest_discipline(self):
        for employee in self:
            worst = employee.vn_discipline_ids.sorted(lambda d: (d.measure_rank, d.year or 0))[-1:]
            employee.vn_highest_discipline_id = worst

    @api.depends(
        "vn_highest_reward_id.name",
        "vn_highest_reward_id.year",
        "vn_highest_discipline_id.measure",
        "vn_highest_discipline_id.year",
    )
    @api.depends_context("lang")
    def _compute_vn_highest_labels(self):
        labels = dict(self.env["vn.discipline"]._fields["measure"]._description_selection(self.env))
        for employee in self:
            reward = employee.vn_highest_reward_id
            discipline = employee.vn_highest_discipline_id
            employee.vn_highest_reward = f"{reward.name} ({reward.year})" if reward else False
            employee.vn_highest_discipline = (
                f"{labels.get(discipline.measure)} ({discipline.year})" if discipline else False
            )

    @api.depends(*[fname for fname, _item in VN_COMPLETENESS_ITEMS])
    def _compute_vn_completeness(self):
        total = len(VN_COMPLETENESS_ITEMS)
        for employee in self:
            # item 3 "Giới tính": only male/female fill it (Nghị định 135/2020/NĐ-CP Điều 4
            # has no retirement table for another value, so the record is incomplete)
            filled = sum(
                1
                for fname, _item in VN_COMPLETENESS_ITEMS
                if employee[fname] and (fname != "gender" or employee.gender in ("male", "female"))
            )
            employee.vn_completeness = round(100 * filled / total)

    # --------------------------------------------------------------- constraints
    @api.constrains("identification_id", "birthday", "gender")
    def _check_vn_identification_id(self):
        messages = {
            "format": _("The citizen identity number %(number)s of %(name)s must have 12 digits."),
            "sex": _(
                "The 4th digit of the citizen identity number %(number)s does not match the "
                "gender of %(name)s."
            ),
            "century": _(
                "The 4th digit of the citizen identity number %(number)s does not match the "
                "century of birth of %(name)s."
            ),
            "year": _(
                "Digits 5–6 of the citizen identity number %(number)s do not match the year "
                "of birth of %(name)s."
            ),
        }
        for employee in self:
            number = employee.identification_id
            if not number:
                continue
            problems = pay_rules.cccd_problems(number, employee.birthday, employee.gender)
            if problems:
                raise ValidationError(
                    messages[problems[0]] % {"number": number, "name": employee.name}
                )
        numbers = [n for n in self.mapped("identification_id") if n]
        if not numbers:
            return
        groups = (
            self.sudo()
            .with_context(active_test=False)
            ._read_group([("identification_id", "in", numbers)], ["identification_id"], ["__count"])
        )
        duplicates = [number for number, count in groups if count > 1]
        if duplicates:
            raise ValidationError(
                _(
                    "The citizen identity number %(number)s is already used by another "
                    "personnel record (possibly in another unit or archived).",
                    number=duplicates[0],
                )
            )

    @api.constrains("birthday")
    def _check_vn_birthday(self):
        today = vn_today(self)
        for employee in self.filtered("birthday"):
            if employee.birthday > today:
                raise ValidationError(
                    _("The date of birth of %(name)s is in the future.", name=employee.name)
                )
            if employee.birthday > today - relativedelta(years=15):
                raise ValidationError(
                    _(
                        "%(name)s would be under 15 years old: check the date of birth.",
                        name=employee.name,
                    )
                )

    @api.constrains("parent_id", "coach_id", "company_id")
    def _check_vn_manager_scope(self):
        """Manager and coach links stay inside the managing body of the employee (its
        schools and the body itself) and, for the writer, inside his own units: a link
        never opens a record of another body (the stock manager rules, which would,
        are narrowed in hr_employee_security.xml)."""
        writer_units = self.env.user.company_ids
        for employee in self:
            company = employee.sudo().company_id
            tree = (company.parent_id or company)._vn_managed_companies()
            for link in (employee.sudo().parent_id, employee.sudo().coach_id):
                if not link:
                    continue
                if link.company_id not in tree or (
                    not self.env.su and link.company_id not in writer_units
                ):
                    raise ValidationError(
                        _(
                            "The manager and the coach of %(name)s must be staff of a unit "
                            "of the same managing body that you administer.",
                            name=employee.sudo().name,
                        )
                    )

    @api.model
    def _vn_value_problem(self, fname, value):
        """Why ``value`` cannot be the ``fname`` of a record (False when it can): a number
        outside :data:`VN_NUMBER_RANGES`, a past date (:data:`VN_PAST_DATES`) before 1900
        or after today. Also used for the values declared in change requests."""
        field = self._fields[fname]
        label = field._description_string(self.env)
        bounds = VN_NUMBER_RANGES.get(fname)
        if bounds and value and not bounds[0] <= value <= bounds[1]:
            return _(
                "%(field)s must be between %(low)s and %(high)s (%(value)s given).",
                field=label,
                low=bounds[0],
                high=bounds[1],
                value=value,
            )
        if fname in VN_PAST_DATES and value:
            latest = vn_today(self) + timedelta(days=VN_PAST_DATES[fname])
            if value < VN_MIN_DATE or value > latest:
                return _(
                    "%(field)s (%(date)s) must be between %(first)s and %(last)s.",
                    field=label,
                    date=value.strftime("%d/%m/%Y"),
                    first=VN_MIN_DATE.strftime("%d/%m/%Y"),
                    last=latest.strftime("%d/%m/%Y"),
                )
        return False

    @api.constrains(*VN_NUMBER_RANGES, *VN_PAST_DATES, "birthday")
    def _check_vn_values(self):
        for employee in self.sudo():
            for fname in (*VN_NUMBER_RANGES, *VN_PAST_DATES):
                problem = employee._vn_value_problem(fname, employee[fname])
                if problem:
                    raise ValidationError(
                        _("%(name)s: %(problem)s", name=employee.name, problem=problem)
                    )
            birthday = employee.birthday
            if birthday and birthday < VN_MIN_DATE:
                raise ValidationError(
                    _("The date of birth of %(name)s is before 1900.", name=employee.name)
                )
            for fname in VN_PAST_DATES:
                if birthday and employee[fname] and employee[fname] < birthday:
                    raise ValidationError(
                        _(
                            "%(field)s of %(name)s is before the date of birth.",
                            field=self._fields[fname]._description_string(self.env),
                            name=employee.name,
                        )
                    )
            for first, then in (
                ("vn_party_join_date", "vn_party_official_date"),
                ("vn_military_enlist_date", "vn_military_discharge_date"),
            ):
                if employee[first] and employee[then] and employee[then] < employee[first]:
                    raise ValidationError(
                        _(
                            "%(then)s of %(name)s is before %(first)s.",
                            then=self._fields[then]._description_string(self.env),
                            first=self._fields[first]._description_string(self.env),
                            name=employee.name,
                        )
                    )

    # ------------------------------------------------------------------- actions
    def _vn_check_own_record(self, vals):
        """Nobody changes his own controlled data directly, HR users included: it goes
        through a change request approved by someone else (applied as superuser), or
        is recorded by another officer. Nobody links a record to his own user."""
        if self.env.su:
            return
        if vals.get("user_id") == self.env.uid and any(
            employee.sudo().user_id.id != self.env.uid for employee in self
        ):
            raise AccessError(_("You cannot link a personnel record to your own user."))
        controlled = [
            name for name in vals if name in self._fields and name not in VN_OWN_RECORD_FREE_FIELDS
        ]
        if controlled and self._vn_own_records():
            labels = ", ".join(
                self._fields[name]._description_string(self.env) for name in controlled[:5]
            )
            raise AccessError(
                _(
                    "You cannot change your own personnel record directly (%(fields)s): "
                    "declare the change in a change request (Personnel Records > My Change "
                    "Requests), to be approved by someone else.",
                    fields=labels,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su and any(vals.get("user_id") == self.env.uid for vals in vals_list):
            raise AccessError(_("You cannot link a personnel record to your own user."))
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_own_record(vals)
        if vals.get("active") and "vn_work_state" not in vals:
            # back from a departure (e.g. re-employed after retirement)
            vals = dict(vals, vn_work_state="working")
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_personnel_record(self):
        if not self.env.su and not self.env.user.has_group("base.group_system"):
            raise UserError(
                _(
                    "Personnel records cannot be deleted: archive the employee with a "
                    "departure (retired, resigned, transferred, deceased) instead."
                )
            )

    def _vn_register_departure(self, state, departure_date, note=False):
        """Set the work state, the departure date and archive the records."""
        vals = {
            "vn_work_state": state,
            "departure_date": departure_date,
            "active": False,
        }
        if note:
            vals["departure_description"] = note
        self.write(vals)

    def action_vn_departure(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Register Departure"),
            "res_model": "vn.employee.departure",
            "view_mode": "form",
            "target": "new",
            "context": {"default_employee_ids": self.ids},
        }

    def action_vn_transfer(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Transfer"),
            "res_model": "vn.employee.transfer",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_employee_id": self.id,
                "default_source_company_id": self.company_id.id,
            },
        }

    @api.model
    def _vn_recompute_pay_rules(self, batch_size=2000):
        """Recompute the stored pay and retirement fields of every employee (active or
        not) in batches. Run daily by a scheduled action: the monthly salary depends on
        the base salary in force today; the other dates are stored, and the list filters
        ("raise due", "retiring") compare them to today in their domains."""
        fnames = [
            "vn_grade_id",
            "vn_pay_group_id",
            "vn_salary_step",
            "vn_salary_coefficient",
            "vn_step_date",
            "vn_over_ceiling_percent",
            "vn_next_step_date",
            "vn_next_over_ceiling_date",
            "vn_next_over_ceiling_percent",
            "vn_next_raise_date",
            "vn_retirement_date",
            "vn_monthly_salary",
        ]
        employees = self.sudo().with_context(active_test=False)
        ids = employees.search([]).ids
        for start in range(0, len(ids), batch_size):
            batch = employees.browse(ids[start : start + batch_size])
            for fname in fnames:
                self.env.add_to_compute(employees._fields[fname], batch)
            batch.flush_recordset(fnames)
            self.env.invalidate_all()
        return len(ids)

import json

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.model_labels import model_label, model_selection
from .hr_employee import VN_MIN_DATE, vn_today
from .vn_employee_history_mixin import VN_MAX_YEARS_AHEAD

# Personal fields an employee may declare himself (addresses, contacts, education,
# health, family situation). Grade, step, salary, status and unit are never in it.
# Only the names that exist on hr.employee are offered.
SELF_DECLARABLE_FIELDS = [
    "private_street",
    "private_street2",
    "private_city",
    "private_state_id",
    "private_phone",
    "private_email",
    "mobile_phone",
    "emergency_contact",
    "emergency_phone",
    "marital",
    "children",
    "spouse_complete_name",
    "spouse_birthdate",
    "certificate",
    "study_field",
    "study_school",
    "vn_other_names",
    "vn_religion_id",
    "vn_permanent_street",
    "vn_permanent_province_id",
    "vn_permanent_ward_id",
    "vn_residence_province_id",
    "vn_residence_ward_id",
    "vn_general_education_id",
    "vn_professional_level_id",
    "vn_professional_major",
    "vn_political_theory_id",
    "vn_state_management_id",
    "vn_foreign_language",
    "vn_foreign_language_level_id",
    "vn_it_level_id",
    "vn_mass_organisations",
    "vn_strengths",
    "vn_health_status",
    "vn_height_cm",
    "vn_weight_kg",
    "vn_blood_group",
]
SUPPORTED_TYPES = ("char", "text", "date", "integer", "float", "selection", "many2one", "boolean")
HISTORY_MIXIN = "vn.employee.history.mixin"
# History lines that only a decision of the unit creates (salary steps, discipline,
# yearly evaluation): not declarable by the employee.
HISTORY_NOT_DECLARABLE = {"vn.salary.history", "vn.discipline", "vn.evaluation"}
# Fields of a history line filled from the request line's generic columns.
DESCRIPTION_FIELDS = ("name", "description", "content", "details", "school", "note")
# Further columns of a new history line that the employee may declare in
# ``values_json``, per history table. Each one is printed in the line's new value
# (``new_value_text``), so that the approvers see everything that will be applied.
HISTORY_EXTRA_FIELDS = {
    "vn.training": ("major", "form", "diploma"),
    "vn.family.member": ("side", "details"),
    "vn.reward": ("level",),
    "vn.health.check": ("classification", "height_cm", "weight_kg"),
    "vn.work.history": (),
}
EXTRA_TYPES = ("char", "text", "selection", "integer", "float", "date")
# Columns of a line that say nothing about the person (the rest is private data).
LINE_STRUCTURAL_FIELDS = frozenset(
    {
        "id",
        "display_name",
        "request_id",
        "sequence",
        "company_id",
        "employee_id",
        "state",
        "line_type",
        "field_name",
        "field_type",
        "field_comodel",
        "history_model",
        "field_label",
        "allowed_values",
        "create_uid",
        "create_date",
        "write_uid",
        "write_date",
    }
)


# What the text of a line's new value is computed from (extended by the declaring inputs).
NEW_VALUE_TEXT_DEPENDS = (
    "line_type",
    "field_name",
    "new_value_char",
    "new_value_date",
    "new_value_number",
    "new_value_bool",
    "new_value_selection",
    "new_value_ref",
    "date_from",
    "date_to",
    "description",
    "history_kind",
    "history_year",
    "decision_number",
    "history_model",
    "values_json",
)


class VnProfileChangeRequestLine(models.Model):
    """One proposed change: a new value of a personal field of the record, or a new
    history line (training, family member, reward ...). Old and new values are kept as
    readable text for the printed Phiếu bổ sung lý lịch."""

    _name = "vn.profile.change.request.line"
    _description = "Personnel Record Change"
    _inherit = ["vn.personnel.data.mixin", "vn.value.limit.mixin"]
    _order = "request_id, sequence, id"

    request_id = fields.Many2one(
        "vn.profile.change.request", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(related="request_id.company_id", store=True, index=True)
    employee_id = fields.Many2one(related="request_id.employee_id", store=True)
    state = fields.Selection(related="request_id.state")
    line_type = fields.Selection(
        [("field", "Change of Information"), ("history", "New History Line")],
        string="What to Change",
        required=True,
        default="field",
    )
    field_name = fields.Selection(selection="_selection_field_name", string="Information")
    field_type = fields.Char(compute="_compute_field_meta")
    field_comodel = fields.Char(compute="_compute_field_meta")
    history_model = fields.Selection(selection="_selection_history_model", string="History Type")
    field_label = fields.Char(string="Item", compute="_compute_field_label")
    old_value_text = fields.Text(string="Old Value", readonly=True)
    new_value_text = fields.Text(string="New Value", compute="_compute_new_value_text", store=True)
    # typed inputs (the form shows the one matching the field type)
    new_value_char = fields.Char(string="New Text")
    new_value_date = fields.Date(string="New Date")
    new_value_number = fields.Float(string="New Number")
    new_value_bool = fields.Boolean(string="New Yes/No")
    new_value_selection = fields.Char(
        string="New Choice",
        help="Key or label of one of the allowed values listed below.",
    )
    new_value_ref = fields.Reference(selection="_selection_ref_models", string="New Value Record")
    allowed_values = fields.Char(compute="_compute_field_meta")
    # history line columns
    date_from = fields.Date(string="From")
    date_to = fields.Date(string="To")
    description = fields.Text(string="Content")
    history_kind = fields.Char(
        string="Kind",
        help="Kind of the new line when its type needs one, e.g. the relation of a family "
        "member (Father, Mother, Spouse, Child ...) or the form of an award.",
    )
    history_year = fields.Integer(
        string="Year", help="Year of an award or birth year of a relative."
    )
    decision_number = fields.Char()
    decision_date = fields.Date()
    values_json = fields.Text(
        string="Other Values (JSON)",
        help="Further columns of the new history line, as a JSON object; only the "
        "columns of the table's allow-list, each printed in the new value.",
    )
    new_value_json = fields.Text(string="Typed Value (JSON)", readonly=True)
    history_res_id = fields.Integer(string="Created History Line", readonly=True)

    # ------------------------------------------------------------ confidentiality
    @api.model
    def _vn_private_field_names(self):
        return {name for name in self._fields if name not in LINE_STRUCTURAL_FIELDS}

    def _vn_readable_employee(self):
        """The employee of the line's request as the current user may read his private
        fields: himself (sudo, as for his own requests), or an HR user who may read the
        record; otherwise nothing (the old value stays blank). The request may be a
        new record of an onchange, whose employee the client chose."""
        self.ensure_one()
        employee = self.request_id.employee_id
        if not employee or not employee.id:
            return self.env["hr.employee"]
        employee = self.env["hr.employee"].browse(employee.id)
        if self.env.su or employee.sudo().user_id.id == self.env.uid:
            return employee.sudo()
        if self.env.user.has_group("hr.group_hr_user") and employee.has_access("read"):
            return employee
        return self.env["hr.employee"]

    # ------------------------------------------------------------------ selections
    @api.model
    def _vn_self_declarable_fields(self):
        employee_fields = self.env["hr.employee"]._fields
        return [
            name
            for name in SELF_DECLARABLE_FIELDS
            if name in employee_fields and employee_fields[name].type in SUPPORTED_TYPES
        ]

    @api.model
    def _selection_field_name(self):
        fields_ = self.env["hr.employee"]._fields
        return [
            (name, fields_[name]._description_string(self.env))
            for name in self._vn_self_declarable_fields()
        ]

    @api.model
    def _selection_history_model(self):
        registry = self.env.registry
        if HISTORY_MIXIN not in registry:
            return []
        names = []
        for name in sorted(registry.descendants([HISTORY_MIXIN], "_inherit")):
            model = self.env[name]
            if (
                name == HISTORY_MIXIN
                or name in HISTORY_NOT_DECLARABLE
                or model._abstract
                or model._transient
            ):
                continue
            names.append(name)
        return model_selection(self.env, names)

    @api.model
    def _selection_ref_models(self):
        fields_ = self.env["hr.employee"]._fields
        models_ = {
            fields_[n].comodel_name
            for n in self._vn_self_declarable_fields()
            if fields_[n].type == "many2one"
        }
        return model_selection(self.env, sorted(models_))

    # ------------------------------------------------------------------ computes
    @api.depends("field_name")
    def _compute_field_meta(self):
        for line in self:
            field = line.field_name and self.env["hr.employee"]._fields.get(line.field_name)
            line.field_type = field.type if field else False
            line.field_comodel = field.comodel_name if field and field.type == "many2one" else False
            if field and field.type == "selection":
                options = field._description_selection(self.env)
                line.allowed_values = ", ".join(label for _key, label in options)
            else:
                line.allowed_values = False

    @api.depends("line_type", "field_name", "history_model")
    def _compute_field_label(self):
        field_labels = dict(self._selection_field_name())
        history_labels = dict(self._selection_history_model())
        for line in self:
            if line.line_type == "history":
                line.field_label = history_labels.get(line.history_model, line.history_model)
            else:
                line.field_label = field_labels.get(line.field_name, line.field_name)

    @api.depends(*NEW_VALUE_TEXT_DEPENDS)
    def _compute_new_value_text(self):
        for line in self:
            try:
                if line.line_type == "history":
                    line.new_value_text = line._vn_history_summary()
                elif line.field_name:
                    line.new_value_text = line._vn_value_as_text(line._vn_typed_value())
                else:
                    line.new_value_text = False
            except (UserError, ValidationError):
                line.new_value_text = False

    @api.onchange("field_name")
    def _onchange_field_name(self):
        if self.field_comodel:
            self.new_value_ref = f"{self.field_comodel},0"
        if self.field_name not in self._vn_self_declarable_fields():
            self.old_value_text = False
            return
        employee = self._vn_readable_employee()
        self.old_value_text = (
            self._vn_value_as_text(employee[self.field_name], employee) if employee else False
        )

    # ------------------------------------------------------------------ values
    def _vn_history_summary(self):
        parts = []
        if self.date_from or self.date_to:
            start = self.date_from.strftime("%d/%m/%Y") if self.date_from else ""
            end = self.date_to.strftime("%d/%m/%Y") if self.date_to else ""
            parts.append(f"{start} – {end}")
        if self.description:
            extra = ", ".join(str(v) for v in (self.history_kind, self.history_year) if v)
            parts.append(f"{self.description} ({extra})" if extra else self.description)
        if self.decision_number:
            parts.append(_("Decision %s", self.decision_number))
        parts.extend(
            f"{label}: {text}" for label, text in self._vn_extra_values_text() if text != ""
        )
        return ": ".join(parts[:2]) + ("; " + "; ".join(parts[2:]) if parts[2:] else "")

    def _vn_extra_values(self):
        """The further columns of ``values_json``, validated against the allow-list of
        the history table and typed: {field name: value}. ValidationError otherwise."""
        self.ensure_one()
        if not self.values_json:
            return {}
        try:
            raw = json.loads(self.values_json)
        except ValueError as exc:
            raise ValidationError(_("The other values are not valid JSON.")) from exc
        if not isinstance(raw, dict):
            raise ValidationError(_("The other values must be a JSON object."))
        if not raw:
            return {}
        if self.line_type != "history" or self.history_model not in HISTORY_EXTRA_FIELDS:
            raise ValidationError(_("Other values can only be given for a new history line."))
        model = self.env[self.history_model]
        allowed = HISTORY_EXTRA_FIELDS[self.history_model]
        wrong = [key for key in raw if key not in allowed or key not in model._fields]
        if wrong:
            raise ValidationError(
                _(
                    "A new %(type)s line cannot declare %(keys)s; it may declare: %(allowed)s.",
                    type=model_label(self.env, self.history_model),
                    keys=", ".join(str(k) for k in wrong),
                    allowed=", ".join(
                        model._fields[n]._description_string(self.env)
                        for n in allowed
                        if n in model._fields
                    )
                    or "—",
                )
            )
        values = {}
        for key, value in raw.items():
            field = model._fields[key]
            label = field._description_string(self.env)
            if value in (None, False, ""):
                continue
            if field.type not in EXTRA_TYPES:
                raise ValidationError(_("%s cannot be declared.", label))
            if field.type == "selection":
                options = field._description_selection(self.env)
                text = str(value).strip().lower()
                match = [k for k, lbl in options if text in (str(k).lower(), str(lbl).lower())]
                if not match:
                    raise ValidationError(
                        _(
                            "'%(value)s' is not an allowed value of %(field)s.",
                            value=value,
                            field=label,
                        )
                    )
                values[key] = match[0]
            elif field.type in ("integer", "float"):
                try:
                    values[key] = int(value) if field.type == "integer" else float(value)
                except (TypeError, ValueError) as exc:
                    raise ValidationError(_("%s must be a number.", label)) from exc
            elif field.type == "date":
                try:
                    values[key] = fields.Date.to_date(value)
                except (TypeError, ValueError) as exc:
                    raise ValidationError(_("%s must be a date (YYYY-MM-DD).", label)) from exc
            else:
                values[key] = str(value)
        return values

    def _vn_extra_values_text(self):
        """(label, text) of each further column, as printed in the new value."""
        self.ensure_one()
        values = self._vn_extra_values()
        if not values:
            return []
        model = self.env[self.history_model]
        result = []
        for key, value in values.items():
            field = model._fields[key]
            if field.type == "selection":
                text = dict(field._description_selection(self.env)).get(value, value)
            elif field.type == "date":
                text = value.strftime("%d/%m/%Y")
            else:
                text = str(value)
            result.append((field._description_string(self.env), text))
        return result

    def _vn_value_as_text(self, value, record=None):
        field = self.env["hr.employee"]._fields[self.field_name]
        if field.type == "many2one":
            return value.sudo().display_name if value else ""
        if field.type == "selection":
            return dict(field._description_selection(self.env)).get(value, "") if value else ""
        if field.type == "date":
            return value.strftime("%d/%m/%Y") if value else ""
        if field.type == "boolean":
            return _("Yes") if value else _("No")
        if field.type in ("integer", "float"):
            return str(value) if value or value == 0 else ""
        return value or ""

    def _vn_typed_value(self):
        """The new value in the form hr.employee.write expects; ValidationError if the
        input does not fit the field."""
        self.ensure_one()
        field = self.env["hr.employee"]._fields[self.field_name]
        if field.type in ("char", "text"):
            return (self.new_value_char or "").strip() or False
        if field.type == "date":
            return self.new_value_date or False
        if field.type == "integer":
            return int(self.new_value_number or 0)
        if field.type == "float":
            return self.new_value_number or 0.0
        if field.type == "boolean":
            return self.new_value_bool
        if field.type == "selection":
            text = (self.new_value_selection or "").strip()
            if not text:
                return False
            for key, label in field._description_selection(self.env):
                if text.lower() in (str(key).lower(), str(label).lower()):
                    return key
            raise ValidationError(
                _(
                    "'%(value)s' is not an allowed value of %(field)s.",
                    value=text,
                    field=self.field_label or self.field_name,
                )
            )
        if field.type == "many2one":
            ref = self.new_value_ref
            if not ref or not ref.id:
                return False
            if ref._name != field.comodel_name:
                raise ValidationError(
                    _("The new value of %s is a record of the wrong kind.", self.field_label)
                )
            return ref.id
        raise ValidationError(_("This information cannot be declared."))

    def _vn_validate(self):
        declarable = set(self._vn_self_declarable_fields())
        history_models = dict(self._selection_history_model())
        for line in self:
            if line.line_type == "field":
                if line.field_name not in declarable:
                    raise ValidationError(
                        _(
                            "Choose the information to change (only personal information "
                            "can be declared)."
                        )
                    )
                value = line._vn_typed_value()
                line.sudo().new_value_json = json.dumps({"value": value}, default=str)
            else:
                if line.history_model not in history_models:
                    raise ValidationError(_("Choose the type of the new history line."))
                if line.date_from and line.date_to and line.date_to < line.date_from:
                    raise ValidationError(_("The end date of a history line is before its start."))
                vals = line._vn_history_vals()
                model = self.env[line.history_model]
                missing = [
                    f.string
                    for name, f in model._fields.items()
                    if f.required
                    and f.store
                    and not f.compute
                    and not f.related
                    and name not in vals
                    and name not in model.default_get([name])
                    and name not in ("company_id",)
                ]
                if missing:
                    raise ValidationError(
                        _(
                            "The new %(type)s line lacks: %(fields)s.",
                            type=history_models[line.history_model],
                            fields=", ".join(missing),
                        )
                    )

    def _vn_refresh_old_values(self):
        """The current value of the declared field, read as the user may read it (the
        employee himself, or an HR user of his unit); blank otherwise."""
        for line in self.filtered(lambda ln: ln.line_type == "field" and ln.field_name):
            employee = line._vn_readable_employee()
            line.sudo().old_value_text = (
                line._vn_value_as_text(employee[line.field_name]) if employee else False
            )

    def _vn_history_vals(self):
        """Values of the new history line: exactly what the line displays (the generic
        columns and the allowed further columns of ``values_json``)."""
        self.ensure_one()
        model = self.env[self.history_model]
        vals = {"employee_id": self.request_id.employee_id.id}
        for name in ("date_from", "date_to", "decision_number", "decision_date"):
            if self[name] and name in model._fields:
                vals[name] = self[name]
        if self.description:
            target = next((n for n in DESCRIPTION_FIELDS if n in model._fields), None)
            if target:
                vals[target] = self.description
        if self.history_year:
            target = next((n for n in ("year", "birth_year") if n in model._fields), None)
            if target:
                vals[target] = self.history_year
        for key, value in self._vn_extra_values().items():
            vals.setdefault(key, value)
        if self.history_kind:
            vals.update(self._vn_history_kind_vals(model, vals))
        return vals

    def _vn_history_kind_vals(self, model, vals):
        """Matches the 'Kind' text with the options of the first required choice field
        of the history line that has no default (e.g. the relation of a relative)."""
        text = self.history_kind.strip().lower()
        defaults = model.default_get(list(model._fields))
        for name, field in model._fields.items():
            if field.type != "selection" or not field.required or name in vals or name in defaults:
                continue
            for key, label in field._description_selection(self.env):
                if text in (str(key).lower(), str(label).lower()):
                    return {name: key}
            raise ValidationError(
                _(
                    "'%(value)s' is not an allowed %(field)s.",
                    value=self.history_kind,
                    field=field._description_string(self.env),
                )
            )
        return {}

    def _vn_create_history(self):
        self.ensure_one()
        return self.env[self.history_model].sudo().create(self._vn_history_vals())

    @api.constrains("line_type", "field_name", "history_model", "values_json")
    def _check_field_name(self):
        """On create and write, not only on submit: a line changes a self-declarable
        field or adds a line to a declarable history table, with allowed columns only."""
        declarable = set(self._vn_self_declarable_fields())
        history_models = dict(self._selection_history_model())
        for line in self:
            if line.line_type == "field":
                if line.field_name and line.field_name not in declarable:
                    raise ValidationError(
                        _("%s cannot be declared by the employee.", line.field_name)
                    )
                if line.history_model or line.values_json:
                    raise ValidationError(
                        _("A change of information has no history table or other values.")
                    )
            elif line.history_model and line.history_model not in history_models:
                raise ValidationError(
                    _("%s cannot be declared by the employee.", line.history_model)
                )
            line._vn_extra_values()

    @api.constrains(
        "line_type",
        "field_name",
        "new_value_char",
        "new_value_date",
        "new_value_number",
        "history_year",
        "date_from",
        "date_to",
        "decision_date",
    )
    def _check_vn_values(self):
        """The declared value fits the record (range, date, length) and the new history
        line's year and dates are plausible: refused when the line is saved."""
        employees = self.env["hr.employee"]
        today = vn_today(self)
        for line in self:
            if line.line_type == "field" and line.field_name in employees._fields:
                try:
                    value = line._vn_typed_value()
                except (UserError, ValidationError):
                    continue  # a value that is not of the field's kind: refused at submission
                problem = employees._vn_value_problem(line.field_name, value)
                if problem:
                    raise ValidationError(problem)
                employees._vn_check_value_limits([{line.field_name: value}])
            if line.line_type != "history":
                continue
            if line.history_year and not VN_MIN_DATE.year <= line.history_year <= today.year + 1:
                raise ValidationError(
                    _(
                        "The year of the new line must be between %(first)s and %(last)s "
                        "(%(year)s given).",
                        first=VN_MIN_DATE.year,
                        last=today.year + 1,
                        year=line.history_year,
                    )
                )
            for fname in ("date_from", "date_to", "decision_date"):
                day = line[fname]
                last = (
                    today
                    if fname == "decision_date"
                    else today + relativedelta(years=VN_MAX_YEARS_AHEAD)
                )
                if day and not VN_MIN_DATE <= day <= last:
                    raise ValidationError(
                        _(
                            "%(field)s of the new line (%(date)s) must be between %(first)s "
                            "and %(last)s.",
                            field=line._fields[fname]._description_string(self.env),
                            date=day.strftime("%d/%m/%Y"),
                            first=VN_MIN_DATE.strftime("%d/%m/%Y"),
                            last=last.strftime("%d/%m/%Y"),
                        )
                    )

    # ------------------------------------------------------------------ CRUD guards
    @api.model
    def _vn_check_declarable_vals(self, vals):
        """A clear message (instead of the ORM's 'Wrong value') for an item or a table
        outside the declarable lists, whatever the channel."""
        if vals.get("field_name") and vals["field_name"] not in self._vn_self_declarable_fields():
            raise ValidationError(_("%s cannot be declared by the employee.", vals["field_name"]))
        if vals.get("history_model") and vals["history_model"] not in dict(
            self._selection_history_model()
        ):
            raise ValidationError(
                _("%s cannot be declared by the employee.", vals["history_model"])
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._vn_check_declarable_vals(vals)
        lines = super().create(vals_list)
        if not self.env.su and any(line.request_id.state != "draft" for line in lines):
            raise UserError(_("Only draft change requests can be modified."))
        lines._vn_refresh_old_values()
        return lines

    def write(self, vals):
        if not self.env.su and any(line.request_id.state != "draft" for line in self):
            raise UserError(_("Only draft change requests can be modified."))
        self._vn_check_declarable_vals(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_not_draft(self):
        if not self.env.su and any(line.request_id.state != "draft" for line in self):
            raise UserError(_("Only draft change requests can be modified."))

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.safe_eval import safe_eval

from .vn_profile_change_request_line import NEW_VALUE_TEXT_DEPENDS

# The input of the new value chosen from a reference table, per table: a plain
# many2one the form shows as a dropdown (the generic reference ``new_value_ref``
# stays the value that is validated and applied).
REF_INPUTS = {
    "vn.religion": "new_value_religion_id",
    "vn.province": "new_value_province_id",
    "vn.ward": "new_value_ward_id",
    "vn.education.level": "new_value_education_level_id",
    "res.country.state": "new_value_state_id",
}
# The columns of a new history line the employee declares in the request, per table:
# {input field of the request line: column of the history line}.
HISTORY_INPUTS = {
    "vn.training": {
        "training_major": "major",
        "training_form": "form",
        "training_diploma": "diploma",
    },
    "vn.family.member": {
        "family_relation": "relation",
        "family_side": "side",
        "family_details": "details",
    },
    "vn.reward": {"reward_level": "level"},
    "vn.health.check": {
        "health_classification": "classification",
        "health_height_cm": "height_cm",
        "health_weight_kg": "weight_kg",
    },
}


class VnProfileChangeRequestLine(models.Model):
    """Every declarable item has an input (issue 17.4): a dropdown of the reference
    table for the items chosen from a list (religion, province, commune, education
    levels, political theory, state management, foreign-language and IT levels), and the
    columns of each history table as their own fields."""

    _inherit = "vn.profile.change.request.line"

    new_value_religion_id = fields.Many2one(
        "vn.religion",
        string="New Religion",
        compute="_compute_ref_inputs",
        inverse="_inverse_ref_inputs",
    )
    new_value_province_id = fields.Many2one(
        "vn.province",
        string="New Province / City",
        compute="_compute_ref_inputs",
        inverse="_inverse_ref_inputs",
    )
    new_value_ward_id = fields.Many2one(
        "vn.ward",
        string="New Commune / Ward",
        compute="_compute_ref_inputs",
        inverse="_inverse_ref_inputs",
    )
    new_value_education_level_id = fields.Many2one(
        "vn.education.level",
        string="New Level",
        compute="_compute_ref_inputs",
        inverse="_inverse_ref_inputs",
        domain="[('kind', '=', new_value_level_kind)]",
    )
    new_value_state_id = fields.Many2one(
        "res.country.state",
        string="New State / Province",
        compute="_compute_ref_inputs",
        inverse="_inverse_ref_inputs",
    )
    new_value_level_kind = fields.Char(compute="_compute_new_value_level_kind")
    # columns of a new training line (Mẫu 2C-BNV/2008 item 27)
    training_major = fields.Char(string="Major / Subject")
    training_form = fields.Selection(
        selection="_selection_training_form", string="Form of Training"
    )
    training_diploma = fields.Char(string="Diploma / Certificate")
    # of a family member (items 30–31)
    family_relation = fields.Selection(selection="_selection_family_relation", string="Relation")
    family_side = fields.Selection(selection="_selection_family_side", string="Side")
    family_details = fields.Text(
        string="Hometown, Occupation, Workplace",
        help="Hometown, occupation, position, place of work or study, residence.",
    )
    # of an award (item 21)
    reward_level = fields.Selection(selection="_selection_reward_level", string="Award Level")
    # of a health check (item 22)
    health_classification = fields.Selection(selection="_selection_health_classification")
    health_height_cm = fields.Integer(string="Height (cm)")
    health_weight_kg = fields.Float(string="Weight (kg)", digits=(5, 1))

    # ------------------------------------------------------------------ selections
    def _vn_history_selection(self, model, fname):
        return self.env[model]._fields[fname]._description_selection(self.env)

    @api.model
    def _selection_training_form(self):
        return self._vn_history_selection("vn.training", "form")

    @api.model
    def _selection_family_relation(self):
        return self._vn_history_selection("vn.family.member", "relation")

    @api.model
    def _selection_family_side(self):
        return self._vn_history_selection("vn.family.member", "side")

    @api.model
    def _selection_reward_level(self):
        return self._vn_history_selection("vn.reward", "level")

    @api.model
    def _selection_health_classification(self):
        return self._vn_history_selection("vn.health.check", "classification")

    # ------------------------------------------------------------------ reference inputs
    @api.depends("new_value_ref")
    def _compute_ref_inputs(self):
        for line in self:
            ref = line.new_value_ref
            for model, fname in REF_INPUTS.items():
                line[fname] = ref.id if ref and ref._name == model and ref.id else False

    def _inverse_ref_inputs(self):
        for line in self:
            fname = REF_INPUTS.get(line.field_comodel)
            if fname:
                value = line[fname]
                line.new_value_ref = f"{value._name},{value.id}" if value else False

    @api.onchange(*REF_INPUTS.values())
    def _onchange_ref_inputs(self):
        self._inverse_ref_inputs()

    @api.depends("field_name")
    def _compute_new_value_level_kind(self):
        """The kind of education level the declared field takes (its domain on the
        record, e.g. ``[('kind', '=', 'political_theory')]``)."""
        employee_fields = self.env["hr.employee"]._fields
        for line in self:
            field = employee_fields.get(line.field_name) if line.field_name else None
            kind = False
            if field and field.type == "many2one" and field.comodel_name == "vn.education.level":
                domain = (
                    field.domain
                    if isinstance(field.domain, list)
                    else safe_eval(field.domain or "[]")
                )
                kind = next(
                    (
                        t[2]
                        for t in domain
                        if isinstance(t, (list, tuple)) and t[:2] == ("kind", "=")
                    ),
                    False,
                )
            line.new_value_level_kind = kind

    def _vn_typed_value(self):
        """A level chosen for an education item is of that item's kind (a general
        education level is not a political theory level)."""
        value = super()._vn_typed_value()
        kind = self.new_value_level_kind
        if value and kind and self.new_value_ref.sudo().kind != kind:
            raise ValidationError(
                _(
                    "%(value)s is not a level of %(field)s.",
                    value=self.new_value_ref.sudo().display_name,
                    field=self.field_label or self.field_name,
                )
            )
        return value

    # ------------------------------------------------------------------ history inputs
    def _vn_extra_values(self):
        """The further columns of the new history line: those typed in their own
        fields, and those of ``values_json`` (the typed fields win)."""
        values = super()._vn_extra_values()
        if self.line_type != "history":
            return values
        model = self.env.get(self.history_model)
        for input_name, column in HISTORY_INPUTS.get(self.history_model, {}).items():
            value = self[input_name]
            if value not in (False, None, "", 0, 0.0) and model is not None:
                values[column] = value
        return values

    @api.depends(
        *NEW_VALUE_TEXT_DEPENDS,
        *[name for inputs in HISTORY_INPUTS.values() for name in inputs],
    )
    def _compute_new_value_text(self):
        # an item chosen from a reference table reads as the chosen row's name (the
        # typed value is its id)
        chosen = self.filtered(lambda ln: ln.line_type == "field" and ln.field_comodel)
        for line in chosen:
            ref = line.new_value_ref
            line.new_value_text = ref.sudo().display_name if ref and ref.id else False
        return super(VnProfileChangeRequestLine, self - chosen)._compute_new_value_text()

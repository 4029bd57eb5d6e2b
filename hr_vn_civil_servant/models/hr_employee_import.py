from odoo import _, api, models


class HrEmployee(models.Model):
    """Excel import of personnel records (methods only; the record's fields are defined
    in hr_employee.py): the downloadable template, and exact row numbers in errors."""

    _inherit = "hr.employee"

    @api.model
    def get_import_templates(self):
        return [
            {
                "label": _("Import Template for Personnel Records (Mẫu 2C)"),
                "template": "/hr_vn_civil_servant/static/xls/hr_employee_import_template.xlsx",
            }
        ]

    @api.model
    def _load_records_create(self, vals_list):
        # resource.mixin writes the new resource_id into the given dicts: when a batch
        # fails and the import retries row by row, those ids point to rolled-back
        # resources. Give create copies so that the retry reports the real error of
        # the real row.
        return super()._load_records_create([dict(vals) for vals in vals_list])

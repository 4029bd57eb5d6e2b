import vietnam_provinces
from psycopg2.extras import execute_values

from odoo import api, fields, models


class VnProvince(models.Model):
    """Province-level unit (tỉnh / thành phố trực thuộc trung ương) of the two-level local
    government in force from 01/07/2025 (Nghị quyết 202/2025/QH15). Loaded from the
    ``vietnam_provinces`` package at install and upgrade."""

    _name = "vn.province"
    _description = "Province"
    _inherit = ["vn.value.limit.mixin"]
    _order = "name"

    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True, index="trigram")
    division_type = fields.Char()
    codename = fields.Char()
    ward_ids = fields.One2many("vn.ward", "province_id", string="Communes / Wards")
    active = fields.Boolean(default=True)
    vn_allowance_region = fields.Selection(
        [("hn_hcm", "Hà Nội / TP. Hồ Chí Minh"), ("other_province", "Other provinces")],
        string="Allowance Region",
        help="Column of the position-allowance table for the units of this province "
        "(Nghị định 204/2004/NĐ-CP, Bảng phụ cấp chức vụ lãnh đạo; Nghị định 07/2026/NĐ-CP "
        "khoản 8a Mục I). Set by data/vn_province_allowance_region_data.xml.",
    )

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a province must be unique."),
    ]

    @api.model
    def _vn_load_administrative_units(self):
        """Insert or update every province and ward of the ``vietnam_provinces`` package
        in two batched SQL statements (about 3,300 wards). Rows added by hand are kept."""
        provinces = [
            (
                str(p.code.value),
                p.name,
                p.division_type.value,
                p.codename,
            )
            for p in vietnam_provinces.Province.iter_all()
        ]
        cr = self.env.cr
        execute_values(
            cr,
            """
            INSERT INTO vn_province (code, name, division_type, codename, active,
                                     create_uid, write_uid, create_date, write_date)
            VALUES %s
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name,
                division_type = EXCLUDED.division_type, codename = EXCLUDED.codename,
                write_date = EXCLUDED.write_date
            """,
            provinces,
            template=f"(%s, %s, %s, %s, true, {self.env.uid}, {self.env.uid}, "
            "now() at time zone 'UTC', now() at time zone 'UTC')",
            page_size=1000,
        )
        cr.execute("SELECT code, id FROM vn_province")
        province_ids = dict(cr.fetchall())
        wards = [
            (
                str(w.code.value),
                w.name,
                w.division_type.value,
                w.codename,
                province_ids[str(w.province_code.value)],
            )
            for w in vietnam_provinces.Ward.iter_all()
        ]
        execute_values(
            cr,
            """
            INSERT INTO vn_ward (code, name, division_type, codename, province_id, active,
                                 create_uid, write_uid, create_date, write_date)
            VALUES %s
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name,
                division_type = EXCLUDED.division_type, codename = EXCLUDED.codename,
                province_id = EXCLUDED.province_id, write_date = EXCLUDED.write_date
            """,
            wards,
            template=f"(%s, %s, %s, %s, %s, true, {self.env.uid}, {self.env.uid}, "
            "now() at time zone 'UTC', now() at time zone 'UTC')",
            page_size=1000,
        )
        self.env.invalidate_all()
        return True

    @api.model
    def _vn_set_allowance_region(self, special_codes):
        """Mark the provinces whose codes are listed (Hà Nội, TP. Hồ Chí Minh) for the
        Hà Nội / TP. Hồ Chí Minh column of the allowance table and every other province
        for the column of the other provinces (called by a data file after the load)."""
        provinces = self.with_context(active_test=False).search([])
        special = provinces.filtered(lambda p: p.code in special_codes)
        special.write({"vn_allowance_region": "hn_hcm"})
        (provinces - special).filtered(lambda p: p.vn_allowance_region != "other_province").write(
            {"vn_allowance_region": "other_province"}
        )
        return True

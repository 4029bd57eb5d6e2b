from odoo import api, fields, models
from odoo.tools import SQL


class VnDocumentNumber(models.Model):
    """A number taken in a unit's series of issued documents for a year.

    Nghị định 30/2020/NĐ-CP Điều 15.1: "Số và ký hiệu văn bản của cơ quan, tổ chức là duy
    nhất trong một năm". Outgoing documents of the ordinary (non-secret) outgoing register
    and the unit's internal documents that get a number share this series; the unique
    index (series, year, number) is the lock across the two tables, the way the unique
    index of one table is the lock of a single register (``_vn_take_number``). Secret
    documents keep their own series (Điều 15.2) and are not written here. Rows are written
    only by the numbering service (SQL, in the numbering transaction)."""

    _name = "vn.document.number"
    _description = "Number of the Issued-Documents Series"
    _inherit = ["vn.value.limit.mixin"]
    _order = "series_register_id, year desc, number desc"

    series_register_id = fields.Many2one(
        "vn.document.register",
        required=True,
        index=True,
        ondelete="cascade",
        readonly=True,
    )
    company_id = fields.Many2one(related="series_register_id.company_id", store=True, index=True)
    year = fields.Integer(required=True, readonly=True, aggregator=None)
    number = fields.Integer(required=True, readonly=True, aggregator=None)
    res_model = fields.Char(string="Document Model", required=True, readonly=True)
    res_id = fields.Integer(string="Document ID", required=True, readonly=True, aggregator=None)

    _sql_constraints = [
        (
            "number_uniq",
            "unique(series_register_id, year, number)",
            "This number is already used in the unit's series of issued documents this year.",
        ),
    ]

    @api.model
    def _vn_backfill(self):
        """Record the numbers already given (install or update): outgoing documents of the
        ordinary outgoing registers and numbered internal documents, each in the series of
        its unit's first ordinary outgoing register. Pairs that clash already are left as
        they are (the first one keeps the claim)."""
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO vn_document_number
                    (series_register_id, company_id, year, number, res_model, res_id,
                     create_uid, write_uid, create_date, write_date)
                SELECT r.id, r.company_id, d.number_year, d.number, 'vn.outgoing.document',
                       d.id, 1, 1, now() at time zone 'UTC', now() at time zone 'UTC'
                  FROM vn_outgoing_document d
                  JOIN vn_document_register r ON r.id = d.register_id
                 WHERE d.number > 0 AND d.number_year > 0 AND NOT COALESCE(r.is_secret, false)
                ON CONFLICT DO NOTHING
                """
            )
        )
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO vn_document_number
                    (series_register_id, company_id, year, number, res_model, res_id,
                     create_uid, write_uid, create_date, write_date)
                SELECT s.id, s.company_id, d.number_year, d.number, 'vn.internal.document',
                       d.id, 1, 1, now() at time zone 'UTC', now() at time zone 'UTC'
                  FROM vn_internal_document d
                  JOIN vn_document_register ir ON ir.id = d.register_id
                  JOIN LATERAL (
                        SELECT o.id, o.company_id FROM vn_document_register o
                         WHERE o.company_id = ir.company_id AND o.direction = 'outgoing'
                           AND NOT COALESCE(o.is_secret, false) AND o.active
                         ORDER BY o.sequence, o.id LIMIT 1
                  ) s ON true
                 WHERE d.number > 0 AND d.number_year > 0
                ON CONFLICT DO NOTHING
                """
            )
        )

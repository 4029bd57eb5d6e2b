from odoo import SUPERUSER_ID, fields, models
from odoo.tools import SQL


class VnDocumentSeen(models.Model):
    """Who opened which incoming or outgoing document (the form), once per person: the
    "new for me" counters count what the user may read and has not opened yet. Written
    by opening the form (one INSERT ... ON CONFLICT DO NOTHING); a person reads his own
    rows only; nobody writes or deletes them by hand."""

    _name = "vn.document.seen"
    _description = "Document Opened by a User"
    _inherit = ["vn.value.limit.mixin"]
    _order = "seen_date desc, id desc"

    res_model = fields.Char(string="Document Model", required=True, index=True)
    res_id = fields.Many2oneReference(
        string="Document", model_field="res_model", required=True, index=True
    )
    user_id = fields.Many2one("res.users", required=True, index=True, ondelete="cascade")
    seen_date = fields.Datetime(string="First Opened On", required=True)

    _sql_constraints = [
        ("seen_uniq", "unique(res_model, res_id, user_id)", "A document is opened once per user."),
    ]


class VnDocumentSeenMixin(models.AbstractModel):
    """Documents whose first opening by each user is recorded (incoming, outgoing)."""

    _name = "vn.document.seen.mixin"
    _description = "Document Seen by Users"

    vn_seen = fields.Boolean(
        string="Opened by Me", compute="_compute_vn_seen", search="_search_vn_seen"
    )

    def _vn_seen_query(self):
        return SQL(
            "(SELECT res_id FROM vn_document_seen WHERE res_model = %s AND user_id = %s)",
            self._name,
            self.env.uid,
        )

    def _compute_vn_seen(self):
        self.env.cr.execute(
            SQL(
                "SELECT res_id FROM vn_document_seen WHERE res_model = %s AND user_id = %s"
                " AND res_id = ANY(%s)",
                self._name,
                self.env.uid,
                list(self._origin.ids),
            )
        )
        seen = {row[0] for row in self.env.cr.fetchall()}
        for doc in self:
            doc.vn_seen = doc._origin.id in seen

    def _search_vn_seen(self, operator, value):
        positive = (operator == "=") == bool(value)
        return [("id", "in" if positive else "not in", self._vn_seen_query())]

    def _vn_mark_seen(self):
        if not self.ids or self.env.uid == SUPERUSER_ID:
            return
        self.env.cr.execute(
            """
            INSERT INTO vn_document_seen
                (res_model, res_id, user_id, seen_date, create_uid, create_date,
                 write_uid, write_date)
            SELECT %(model)s, rid, %(uid)s, now() at time zone 'UTC', %(uid)s,
                   now() at time zone 'UTC', %(uid)s, now() at time zone 'UTC'
              FROM unnest(%(ids)s::int[]) AS rid
            ON CONFLICT (res_model, res_id, user_id) DO NOTHING
            """,
            {"model": self._name, "uid": self.env.uid, "ids": self.ids},
        )

    def web_read(self, specification):
        """Opening the form (one record read) records that the user has seen it, once
        he could read it (the read below raises otherwise and the row is rolled back)."""
        result = super().web_read(specification)
        if len(self) == 1:
            self._vn_mark_seen()
            self.invalidate_recordset(["vn_seen"])
        return result


class VnIncomingDocument(models.Model):
    _name = "vn.incoming.document"
    _inherit = ["vn.incoming.document", "vn.document.seen.mixin"]


class VnOutgoingDocument(models.Model):
    _name = "vn.outgoing.document"
    _inherit = ["vn.outgoing.document", "vn.document.seen.mixin"]


class VnDocumentRegister(models.Model):
    """The register cards of the dashboard also count the documents the user has not
    opened yet (same grouped count as the other counters)."""

    _inherit = "vn.document.register"

    count_unseen = fields.Integer(compute="_compute_counters", string="Not Opened Yet")

    def _vn_counter_domains(self):
        domains = super()._vn_counter_domains()
        unseen = [
            ("vn_seen", "=", False),
            ("create_uid", "!=", self.env.uid),
            ("state", "!=", "filed"),
        ]
        for direction in ("incoming", "outgoing"):
            domains[direction] = dict(domains[direction], count_unseen=unseen)
        return domains

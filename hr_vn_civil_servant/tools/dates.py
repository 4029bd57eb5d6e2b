from odoo import fields


def vn_today(record):
    """The suite's today, for every date a step stamps, a default gives or a check
    compares with: the user's today, or Vietnam's when it is later. Scheduled jobs and
    users without a time zone would otherwise use the server's UTC day, which is still
    yesterday in Vietnam from 00:00 to 07:00 (and a delegation, a deadline or a
    document date would change day at 07:00 in the morning)."""
    return max(
        fields.Date.context_today(record),
        fields.Date.context_today(record.with_context(tz="Asia/Ho_Chi_Minh")),
    )

from odoo import api, models


class ResUsersLog(models.Model):
    """Odoo keeps only each user's latest login (the daily clean-up deletes the
    others). The monthly usage report counts the days each person logged in, so the
    clean-up keeps each person's last login of every day, for 400 days."""

    _inherit = "res.users.log"

    @api.autovacuum
    def _gc_user_logs(self):
        self._cr.execute(
            """
            DELETE FROM res_users_log log1
             WHERE log1.create_date < (now() at time zone 'UTC') - interval '400 days'
                OR EXISTS (
                    SELECT 1 FROM res_users_log log2
                     WHERE log1.create_uid = log2.create_uid
                       AND log1.create_date < log2.create_date
                       AND (log1.create_date + interval '7 hours')::date
                         = (log2.create_date + interval '7 hours')::date
                )
            """
        )

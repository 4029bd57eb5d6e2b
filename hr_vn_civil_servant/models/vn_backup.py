"""Scheduled backup of the database and its filestore (001 Điều 8.11, 002 Điều 5b,
004 Điều 5.3: the system is backed up and can be restored).

One zip per run, Odoo's own format (``odoo.service.db.dump_db``: ``dump.sql``, the
filestore, ``manifest.json``), the one ``scripts/restore.sh`` (``odoo-bin db load``) reads
back into a new database. The folder is a setting outside the web root
(``hr_vn_civil_servant.backup_dir``, default ``<data_dir>/backups``); backups older than
``hr_vn_civil_servant.backup_retention_days`` days (default 30) are deleted."""

import datetime
import logging
import os
import re

from odoo import _, api, models
from odoo.exceptions import UserError
from odoo.service import db as db_service
from odoo.tools import config

_logger = logging.getLogger(__name__)

DIR_PARAM = "hr_vn_civil_servant.backup_dir"
RETENTION_PARAM = "hr_vn_civil_servant.backup_retention_days"
DEFAULT_RETENTION = 30


class VnBackup(models.AbstractModel):
    _name = "vn.backup"
    _description = "Database Backup"

    @api.model
    def _vn_backup_dir(self):
        """The backup folder (created if missing): the setting, or <data_dir>/backups."""
        folder = self.env["ir.config_parameter"].sudo().get_param(DIR_PARAM) or os.path.join(
            config["data_dir"], "backups"
        )
        os.makedirs(folder, mode=0o700, exist_ok=True)
        return folder

    @api.model
    def _vn_retention_days(self):
        value = self.env["ir.config_parameter"].sudo().get_param(RETENTION_PARAM)
        try:
            days = int(value) if value not in (None, False, "") else DEFAULT_RETENTION
        except ValueError:
            days = DEFAULT_RETENTION
        return max(days, 1)

    @api.model
    def _vn_backup(self, now=None):
        """Write one backup zip of this database and its filestore; return its path.
        Only the superuser (the scheduled job, the server's shell) runs it."""
        if not self.env.su:
            raise UserError(_("Only the scheduled backup job may back up the database."))
        now = now or datetime.datetime.now()
        dbname = self.env.cr.dbname
        folder = self._vn_backup_dir()
        path = os.path.join(folder, f"{dbname}_{now:%Y-%m-%d_%H%M%S}.zip")
        # the zip is written by pg_dump's own connection: what this transaction commits is
        # in it. The database manager (the web page) stays off: this is the server's own job.
        dump = getattr(db_service.dump_db, "__wrapped__", db_service.dump_db)
        tmp = path + ".part"
        with open(tmp, "wb") as stream:
            dump(dbname, stream, "zip")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        _logger.info("backup of %s written to %s", dbname, path)
        return path

    @api.model
    def _vn_purge_backups(self, now=None):
        """Delete this database's backups older than the retention; return their names."""
        now = now or datetime.datetime.now()
        limit = now - datetime.timedelta(days=self._vn_retention_days())
        folder = self._vn_backup_dir()
        pattern = re.compile(re.escape(self.env.cr.dbname) + r"_(\d{4}-\d{2}-\d{2}_\d{6})\.zip$")
        removed = []
        for name in sorted(os.listdir(folder)):
            match = pattern.match(name)
            if not match:
                continue
            taken = datetime.datetime.strptime(match.group(1), "%Y-%m-%d_%H%M%S")
            if taken < limit:
                os.remove(os.path.join(folder, name))
                removed.append(name)
        return removed

    @api.model
    def _vn_cron_backup(self):
        """The daily job: a new backup, then the old ones beyond the retention removed."""
        path = self._vn_backup()
        self._vn_purge_backups()
        return path

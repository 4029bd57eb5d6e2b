"""Backup and restore (README: administration, backups): the daily job's zip of the
database and its filestore, restored by scripts/restore.sh (``make restore``) into a new
database with the same records and files; a restore over an existing database is refused;
old backups go after the retention."""

import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from odoo.exceptions import UserError
from odoo.tools import config

from .common import REPO_ROOT, SuiteCase

TABLES = ("res_company", "res_users", "hr_employee", "ir_attachment", "vn_password_reset_request")


def _psql(db, sql):
    return subprocess.run(
        ["psql", "-d", db, "-tAc", sql], check=True, capture_output=True, text=True
    ).stdout.strip()


def _counts(db):
    return {table: int(_psql(db, f"SELECT count(*) FROM {table}")) for table in TABLES}  # noqa: S608


def _restore(backup, target):
    env = dict(os.environ, ODOO_DATA_DIR=config["data_dir"])
    return subprocess.run(
        ["bash", str(REPO_ROOT / "scripts" / "restore.sh"), backup, target],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


class TestBackupRestore(SuiteCase):
    def setUp(self):
        super().setUp()
        self.folder = tempfile.mkdtemp(prefix="vn_backup_")
        self.addCleanup(shutil.rmtree, self.folder, True)
        self.env["ir.config_parameter"].set_param("hr_vn_civil_servant.backup_dir", self.folder)
        self.Backup = self.env["vn.backup"]

    def test_a_backup_is_restored_into_a_new_database_with_its_files(self):
        db = self.env.cr.dbname
        path = self.Backup._vn_cron_backup()
        self.assertTrue(path.startswith(self.folder))
        self.assertEqual(os.stat(path).st_mode & 0o077, 0, "the backup is readable by others")
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        self.assertIn("dump.sql", names)
        self.assertIn("manifest.json", names)
        attachment = self.env["ir.attachment"].search(
            [("store_fname", "!=", False), ("file_size", ">", 0)], order="id", limit=1
        )
        self.assertTrue(attachment, "the database has no file to compare")
        self.assertIn(f"filestore/{attachment.store_fname}", names)

        target = f"{db}_restored_{os.getpid()}"
        try:
            result = _restore(path, target)
            self.assertEqual(result.returncode, 0, result.stderr[-2000:])
            self.assertEqual(_counts(target), _counts(db))
            restored_file = os.path.join(config.filestore(target), attachment.store_fname)
            with open(restored_file, "rb") as handle:
                self.assertEqual(handle.read(), attachment.raw)
            # a restore never overwrites a database
            again = _restore(path, target)
            self.assertEqual(again.returncode, 3)
            self.assertIn("đã tồn tại", again.stderr)
            self.assertEqual(_counts(target), _counts(db))
        finally:
            subprocess.run(["dropdb", "--if-exists", target], check=False)
            shutil.rmtree(config.filestore(target), ignore_errors=True)

    def test_bad_input_is_refused_with_a_message(self):
        for args, message in (
            (["/nonexistent/backup.zip", "vn_new_db"], "Không tìm thấy tệp sao lưu"),
            ([__file__, "bad name;drop"], "Tên cơ sở dữ liệu không hợp lệ"),
            ([__file__, self.env.cr.dbname], "đã tồn tại"),
        ):
            with self.subTest(args=args):
                result = _restore(*args)
                self.assertNotEqual(result.returncode, 0)
                self.assertIn(message, result.stderr)

    def test_old_backups_go_after_the_retention(self):
        db = self.env.cr.dbname
        names = {
            "old": f"{db}_2026-01-01_180000.zip",
            "recent": f"{db}_2026-03-20_180000.zip",
            "other_db": "another_db_2025-01-01_180000.zip",
        }
        for name in names.values():
            with open(os.path.join(self.folder, name), "wb") as handle:
                handle.write(b"zip")
        self.env["ir.config_parameter"].set_param("hr_vn_civil_servant.backup_retention_days", 30)
        removed = self.Backup._vn_purge_backups(now=datetime.datetime(2026, 4, 1))
        self.assertEqual(removed, [names["old"]])
        self.assertEqual(
            sorted(os.listdir(self.folder)), sorted([names["recent"], names["other_db"]])
        )

    def test_only_the_scheduled_job_backs_up(self):
        admin = self.env.ref("base.user_admin")
        with self.assertRaises(UserError):
            self.Backup.with_user(admin)._vn_backup()
        self.assertFalse(os.listdir(self.folder))

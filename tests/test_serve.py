"""The web client is served on loopback and shows the login page of the demo database
(the README's run command does the same with its own database)."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

from odoo.tools import config


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_login_page_is_served_on_loopback():
    db = config["db_name"]
    db = db[0] if isinstance(db, list) else db
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "odoo",
            "-d",
            db,
            f"--db-filter=^{db}$",
            f"--addons-path={config['addons_path']}",
            f"--data-dir={config['data_dir']}",
            "--http-interface=127.0.0.1",
            f"--http-port={port}",
            "--max-cron-threads=0",
            "--log-level=warn",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    try:
        body = ""
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/web/login", timeout=5) as r:
                    body = r.read().decode()
                    break
            except OSError:
                time.sleep(0.5)
        assert 'name="login"' in body and 'name="password"' in body, body[:500]
    finally:
        server.terminate()
        server.wait(timeout=30)

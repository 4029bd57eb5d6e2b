"""The web client is served on loopback and shows the login page of the demo database
(the README's run command does the same with its own database)."""

import socket
import time
import urllib.request

from .common import REPO_ROOT, serve_database


def test_login_page_is_served_on_loopback():
    with serve_database() as base:
        with urllib.request.urlopen(f"{base}/web/login", timeout=30) as response:
            body = response.read().decode()
    assert 'name="login"' in body and 'name="password"' in body, body[:500]


def test_served_with_workers_answers_on_both_ports():
    """The run command with ``--workers`` (a deployment): the HTTP workers serve the
    login page and the websocket process (live updates: chatter, counters) listens on its
    gevent port. Started as ``python3 -m odoo`` that process could not start (Odoo runs
    ``sys.argv[0]`` again for it) and was restarted every second."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        gevent_port = sock.getsockname()[1]
    with serve_database(args=("--workers=2", f"--gevent-port={gevent_port}")) as base:
        with urllib.request.urlopen(f"{base}/web/login", timeout=30) as response:
            assert response.status == 200
        for _ in range(60):
            try:
                url = f"http://127.0.0.1:{gevent_port}/web/login"
                with urllib.request.urlopen(url, timeout=10) as response:
                    assert response.status == 200
                    break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError(f"nothing answers on the gevent port {gevent_port}")


def test_the_served_instance_reads_the_manifests_before_its_threads_serve():
    """scripts/run.sh loads hr_vn_civil_servant server-wide: its post_load hook builds
    Odoo's map of static folders once, before the HTTP threads start, so that no request
    of the first page parses manifests while another thread does (CPython 3.11's AST
    state is shared between threads: python/cpython#106905, a server error on the page)."""
    from odoo import http

    from odoo.addons.hr_vn_civil_servant import _vn_post_load

    http.root.__dict__.pop("statics", None)
    assert _vn_post_load() > 100
    assert "hr_vn_civil_servant" in http.root.__dict__["statics"]
    run = (REPO_ROOT / "scripts" / "run.sh").read_text()
    assert "--load=base,web,hr_vn_civil_servant" in run

"""The web client is served on loopback and shows the login page of the demo database
(the README's run command does the same with its own database)."""

import urllib.request

from .common import REPO_ROOT, serve_database


def test_login_page_is_served_on_loopback():
    with serve_database() as base:
        with urllib.request.urlopen(f"{base}/web/login", timeout=30) as response:
            body = response.read().decode()
    assert 'name="login"' in body and 'name="password"' in body, body[:500]


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

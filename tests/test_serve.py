"""The web client is served on loopback and shows the login page of the demo database
(the README's run command does the same with its own database)."""

import urllib.request

from .common import serve_database


def test_login_page_is_served_on_loopback():
    with serve_database() as base:
        with urllib.request.urlopen(f"{base}/web/login", timeout=30) as response:
            body = response.read().decode()
    assert 'name="login"' in body and 'name="password"' in body, body[:500]

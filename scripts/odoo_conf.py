"""The Odoo configuration file of this machine's server, hardened by default.

``python3 scripts/odoo_conf.py PATH`` creates PATH on first use (directory 0700, file
0600, never in the repository) with

* ``admin_passwd``: a random master password, stored only as Odoo's own hash
  (``odoo.tools.config.crypt_context``, pbkdf2-sha512): nobody knows it, and the database
  manager, which is the only thing it opens, is disabled anyway;
* ``list_db = False``: Odoo's database manager (``/web/database/*``: list, backup,
  restore, drop, duplicate, master password change) is disabled.

An existing file is used as it is, but refused (exit 1, with the reason) when it would
leave the server open: the default master password ``admin`` (or none at all, which Odoo
treats as ``admin``), the database manager enabled, or a file readable by every user.
"""

import configparser
import datetime
import os
import secrets
import stat
import sys

HEADER = """\
; Odoo server configuration of this machine (VN School Office Suite), created by
; scripts/run.sh on {date}. Keep it outside the repository and never commit it.
; See README.md, "Deployment (production)", for the production settings.
[options]
; Master password: random; only its hash (Odoo's pbkdf2-sha512) is kept here. To set one
; you know: python3 -c "from odoo.tools.config import crypt_context as c; print(c.hash(input()))"
admin_passwd = {hash}
; Database manager (/web/database/*) disabled.
list_db = False
"""


def _false(value):
    return str(value).strip().lower() in ("false", "0", "no", "off", "")


def create(path):
    from odoo.tools.config import crypt_context

    os.makedirs(os.path.dirname(path) or ".", mode=0o700, exist_ok=True)
    text = HEADER.format(
        date=datetime.date.today().isoformat(),
        hash=crypt_context.hash(secrets.token_urlsafe(32)),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def problems(path):
    """Why the configuration at ``path`` would leave the server open (empty: none)."""
    from odoo.tools.config import crypt_context

    found = []
    if os.stat(path).st_mode & stat.S_IROTH:
        found.append(f"it is readable by every user of the machine (chmod 600 {path})")
    parser = configparser.RawConfigParser()
    parser.read(path)
    options = dict(parser.items("options")) if parser.has_section("options") else {}
    stored = options.get("admin_passwd", "admin").strip()
    if stored and stored.lower() not in ("false", "none"):
        try:
            default = crypt_context.verify("admin", stored)
        except ValueError:
            default = False
        if default:
            found.append("its master password (admin_passwd) is Odoo's default 'admin'")
    if not _false(options.get("list_db", "True")):
        found.append("it enables the database manager (set list_db = False)")
    return found


def main(path):
    if not os.path.exists(path):
        create(path)
        print(f"[vn-school] created {path} (random master password, database manager off)")
        return 0
    found = problems(path)
    if found:
        print(f"[vn-school] refusing to serve with {path}:", file=sys.stderr)
        for problem in found:
            print(f"[vn-school]   {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: odoo_conf.py PATH")
    sys.exit(main(sys.argv[1]))

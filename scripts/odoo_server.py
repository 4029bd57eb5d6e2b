#!/usr/bin/env python3
"""Odoo's own server script (``setup/odoo`` of Odoo's source, ``odoo`` of its packages),
which the scripts of this repository start Odoo with.

Not ``python3 -m odoo``: with ``--workers`` Odoo's prefork server starts its websocket
(gevent) process by running ``sys.argv[0]`` again, which for ``-m odoo`` is
``odoo/__main__.py`` outside its package: that process fails on a relative import and is
started again every second, so the live updates never work and the restarts eat a core.
"""

__import__("os").environ["TZ"] = "UTC"  # as Odoo's script: before ``time`` is imported
import odoo  # noqa: E402

if __name__ == "__main__":
    odoo.cli.main()

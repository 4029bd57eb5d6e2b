from . import controllers
from . import models


def _vn_post_load():
    """Started server-wide (``--load=base,web,hr_vn_civil_servant``, as ``scripts/run.sh``
    does): read every module's manifest once, in the main thread, before the HTTP threads
    serve.

    Odoo builds its map of static folders (``odoo.http.root.statics``) lazily, on the
    first request, by parsing every manifest of the addons path with ``ast``. CPython 3.11
    (python/cpython#106905) may then raise ``SystemError: AST constructor recursion depth
    mismatch`` when another thread parses at the same time (the registry loading, the
    other requests of the first page), and that request fails with a server error: the
    first page a user opens after a restart misses a file. Parsed here, the manifests are
    cached and no request parses them again."""
    from odoo import http

    return len(http.root.statics)

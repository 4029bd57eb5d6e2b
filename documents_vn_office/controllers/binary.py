import json

from odoo import _, http
from odoo.http import request

from odoo.addons.web.controllers.binary import Binary, clean

from .upload import upload_problems


class VnBinary(Binary):
    @http.route()
    def upload_attachment(self, model, id, ufile, callback=None):
        """The Files field's upload (many2many_binary) on a document: a refused file is
        answered with the reason, and nothing of the upload is kept."""
        files = request.httprequest.files.getlist("ufile")
        problems = dict(upload_problems(model, files))
        if not problems:
            return super().upload_attachment(model, id, ufile, callback=callback)
        return json.dumps(
            [
                {
                    "filename": clean(f.filename),
                    "error": clean(
                        problems.get(f.filename)
                        or _("%s was not uploaded because another file was refused.", f.filename)
                    ),
                }
                for f in files
            ]
        )

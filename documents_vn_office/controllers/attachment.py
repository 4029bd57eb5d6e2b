from odoo import http
from odoo.http import request

from odoo.addons.mail.controllers.attachment import AttachmentController

from .upload import upload_problems


class VnAttachmentController(AttachmentController):
    @http.route()
    def mail_attachment_upload(self, ufile, thread_id, thread_model, is_pending=False, **kwargs):
        """The chatter's upload on a document: a refused file is answered with the
        reason (the chatter shows it), like the route's own refusals."""
        problems = upload_problems(thread_model, [ufile])
        if problems:
            return request.make_json_response({"error": problems[0][1]})
        return super().mail_attachment_upload(
            ufile, thread_id, thread_model, is_pending=is_pending, **kwargs
        )

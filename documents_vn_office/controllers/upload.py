from odoo.http import request


def upload_problems(model, files):
    """(file name, message) for each uploaded file that a record of ``model`` would
    refuse (models owning their files, vn.attachment.owner.mixin). The model refuses
    them anyway when the attachment is created; checking the upload first only gives the
    user the model's own message instead of the upload route's generic one."""
    if not model or model not in request.env:
        return []
    Model = request.env[model]
    if not getattr(Model, "_vn_attachment_owner", False):
        return []
    problems = []
    for ufile in files:
        raw = ufile.read()
        ufile.seek(0)
        problem = Model._vn_file_problem(ufile.filename, raw)
        if problem:
            problems.append((ufile.filename, problem))
    return problems

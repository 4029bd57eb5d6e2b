def _vn_post_init(env):
    """Once the module and its translations are loaded: the generated names of the
    records made while installing (demo data, the first file plans) written again in the
    schools' language; the reference rows they quote (record kinds) are translated only
    after the module's data is loaded."""
    for model in ("vn.teaching.record", "vn.file.plan"):
        records = env[model].with_context(active_test=False).search([])
        env.add_to_compute(records._fields["name"], records)
    env.flush_all()

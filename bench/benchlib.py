"""What the benchmark scripts share: the addons path of the run and test scripts, and
whether a benchmark database exists already (it is reused between runs)."""

import os
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def addons_path():
    out = subprocess.run(
        ["bash", "-c", f"source {REPO}/scripts/lib.sh && addons_path"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def db_exists(name):
    out = subprocess.run(
        ["psql", "-d", "postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip() == "1"


def ensure_db(db, path, modules, demo=False, lang="vi_VN"):
    """Create ``db`` with ``modules`` (no demo data unless ``demo``, the users' language
    ``lang`` loaded) when it does not exist; return whether it was created. The one
    set-up of every benchmark."""
    if db_exists(db):
        return False
    print(f"creating {db} ({modules}, {'with' if demo else 'no'} demo data)...", flush=True)
    cmd = [
        sys.executable,
        "-m",
        "odoo",
        f"--addons-path={path}",
        f"--data-dir={os.environ.get('ODOO_DATA_DIR', os.path.join(REPO, '.odoo-data'))}",
        "-d",
        db,
        "-i",
        modules,
        "--stop-after-init",
        "--log-level=warn",
    ]
    if lang:
        cmd.append(f"--load-language={lang}")
    if not demo:
        cmd.append("--without-demo=all")
    subprocess.run(cmd, check=True)
    return True


def timed(func, repeat=5, warm=True):
    """Median wall time of ``func`` in seconds over ``repeat`` runs (after one warm-up run
    when ``warm``), and its last result."""
    if warm:
        func()
    samples = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


# The columns of the stock contacts list and of the incoming documents list, as the web
# client asks them (the comparisons of bench_documents.py and bench_province.py).
PARTNER_LIST = {
    "complete_name": {},
    "email": {},
    "phone": {},
    "city": {},
    "country_id": {"fields": {"display_name": {}}},
    "company_id": {"fields": {"display_name": {}}},
}
INCOMING_LIST = {
    name: {}
    for name in (
        "arrival_date",
        "arrival_number_display",
        "author_name",
        "original_number",
        "document_date",
        "subject",
        "recipient_text",
        "deadline",
        "urgency",
        "state",
    )
}

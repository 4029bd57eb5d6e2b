"""What the benchmark scripts share: the addons path of the run and test scripts, and
whether a benchmark database exists already (it is reused between runs)."""

import os
import subprocess

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

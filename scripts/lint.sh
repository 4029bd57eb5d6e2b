#!/usr/bin/env bash
# Lint: ruff (rules and format) over Python, pylint-odoo with OCA's mandatory checks over
# the three addons (.pylintrc-mandatory: any message fails), well-formedness of every XML file.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
"$PYTHON" -m ruff check .
"$PYTHON" -m ruff format --check .
"$PYTHON" -m pylint --rcfile=.pylintrc-mandatory ${MODULES//,/ }
"$PYTHON" - <<'PY'
import pathlib, sys
from lxml import etree
bad = 0
for path in sorted(pathlib.Path(".").rglob("*.xml")):
    if any(part.startswith(".") for part in path.parts):
        continue
    try:
        etree.parse(str(path))
    except etree.XMLSyntaxError as exc:
        print(f"{path}: {exc}")
        bad += 1
print(f"xml: {bad} malformed file(s)")
sys.exit(1 if bad else 0)
PY

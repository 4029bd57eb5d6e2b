"""Print the access matrix (tests/access_matrix.py) as the README's Markdown table."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from access_matrix import MATRIX, ROLE_SCOPE, ROLES  # noqa: E402

NAMES = {"r": "R", "w": "W", "c": "C", "u": "D"}


def main():
    roles = list(ROLES)
    print("| Model | " + " | ".join(roles) + " |")
    print("|---|" + "---|" * len(roles))
    for model, row in MATRIX.items():
        cells = ["".join(NAMES[c] for c in row[r] if c in NAMES) or "–" for r in roles]
        print(f"| `{model}` | " + " | ".join(cells) + " |")
    print()
    print("| Role | Scope |")
    print("|---|---|")
    for role in roles:
        print(f"| {role} | {ROLE_SCOPE[role]} |")


if __name__ == "__main__":
    main()

"""Regenerate tests/golden/*.json on purpose: ``python tests/regen_golden.py``.

Review the diff (``git diff tests/golden``) by eye before committing: golden files are the
expected answers, not a snapshot of whatever the parser does today.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from golden_util import FIXTURES, GOLDEN, golden_path, render


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for fixture in FIXTURES:
        path = golden_path(fixture)
        new = render(fixture)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"{'updated' if old else 'created'} {path.relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    main()

"""Each fixture parses to exactly its reviewed golden JSON (regenerate: tests/regen_golden.py)."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from golden_util import FIXTURES, golden_path, render


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_matches_golden(fixture: Path) -> None:
    path = golden_path(fixture)
    assert path.exists(), f"no golden file for {fixture.name}; run python tests/regen_golden.py"
    expected = path.read_text(encoding="utf-8")
    actual = render(fixture)
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{path.name}", tofile="parsed", n=2))
        pytest.fail(f"{fixture.name} differs from its golden file:\n{diff}")

"""The README's usage example is run as a doctest, so its output stays the real output."""

from __future__ import annotations

from pathlib import Path

from repo_util import run_doctest

ROOT = Path(__file__).resolve().parents[1]


def test_readme_example_output_is_real() -> None:
    result = run_doctest(ROOT / "README.md", ROOT)
    assert result.attempted >= 5
    assert result.failed == 0

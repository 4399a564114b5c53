"""The documents the benchmarks run on: the seeds and the development corpus."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def documents() -> list[tuple[str, str]]:
    """(name, text) of every seed and corpus document, in a fixed order."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob(
        "*.txt"))
    return [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8-sig")) for p in paths]


def megabytes(texts: list[str]) -> float:
    """Size of the texts in MB (10^6 bytes) of UTF-8."""
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def machine() -> str:
    import os

    return (f"Python {platform.python_version()} on {platform.machine()}, "
            f"{os.cpu_count()} cores, {platform.system()} {platform.release()}; "
            f"argv: {' '.join(sys.argv)}")

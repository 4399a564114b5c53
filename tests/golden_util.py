"""Shared by the golden tests and the regeneration script: which fixtures, and their JSON."""

from __future__ import annotations

import json
from pathlib import Path

import tillit

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
FIXTURES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "corpus").glob("*.txt")
)


def golden_path(fixture: Path) -> Path:
    prefix = "seed_" if fixture.parent.name == "seeds" else "corpus_"
    return GOLDEN / f"{prefix}{fixture.stem}.json"


def render(fixture: Path) -> str:
    """The parsed fixture as stable, reviewable JSON (source given as a repo-relative path)."""
    text = fixture.read_text(encoding="utf-8")
    doc = tillit.parse(text, source=fixture.relative_to(ROOT).as_posix())
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"

"""Shared by the golden tests and the regeneration script: which fixtures, and their JSON."""

from __future__ import annotations

import json
from pathlib import Path

import tillit

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
#: The corpus documents with a golden file: the first twelve (001–033), reviewed field by field.
#: The rest of the corpus (and tests/corpus/swerik) is scored by ``tillit evaluate`` instead.
FIXTURES = (
    sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT / "tests" / "corpus").glob("0*.txt"))
    + sorted((ROOT / "tests" / "kinds").glob("*.txt"))
)
_PREFIX = {"seeds": "seed_", "corpus": "corpus_", "kinds": "kind_"}


def golden_path(fixture: Path) -> Path:
    return GOLDEN / f"{_PREFIX[fixture.parent.name]}{fixture.stem}.json"


def render(fixture: Path) -> str:
    """The parsed fixture as stable, reviewable JSON (source given as a repo-relative path)."""
    text = fixture.read_text(encoding="utf-8")
    doc = tillit.parse(text, source=fixture.relative_to(ROOT).as_posix())
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"

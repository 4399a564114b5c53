"""Raise tests/accuracy_floor.json to today's corpus figures (never lowers a floor).

Run on purpose after a change that lifts a field: ``python tests/raise_floor.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from tillit.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOOR = ROOT / "tests" / "accuracy_floor.json"


def main() -> None:
    floors = json.loads(FLOOR.read_text(encoding="utf-8"))
    for corpus, entry in floors.items():
        report = evaluate(ROOT / corpus)
        entry["documents"] = len(report.docs)
        for score in report.fields():
            now = round(score.accuracy if score.kind == "scalar" else score.f1, 4)
            old = entry["fields"].get(score.name, 0.0)
            if now > old:
                print(f"{corpus} {score.name}: {old} -> {now}")
            entry["fields"][score.name] = max(old, now)
    FLOOR.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

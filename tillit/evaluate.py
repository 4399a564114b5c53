"""Accuracy against hand-made answer files: ``NNN.txt`` beside ``NNN.json``.

Scalars (kind, title, body, organisation, date, place) are compared exactly after whitespace
normalisation; proposals and signatories as lists, with precision, recall and F1 over matched
items. The answer format is the one of ``tests/corpus/`` (see its SOURCES.md).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tillit.api import parse
from tillit.lexicon import fold
from tillit.models import Document

SCALARS = ("kind", "title", "body", "organisation", "date", "place")
LISTS = ("proposals", "signatories")
#: The answer files say "other" where tillit says "unknown".
_KIND_ALIASES = {"other": "unknown"}


def _norm(value: Any) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).split())


def _proposal_key(text: str) -> str:
    return fold(text).rstrip(" .;,")


@dataclass
class DocResult:
    """One document's comparison: scalar hits and list counts."""

    name: str
    scalars: dict[str, bool] = field(default_factory=dict)
    #: field -> (true positives, predicted, expected)
    lists: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    diffs: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        wrong = sum(not ok for ok in self.scalars.values())
        return wrong + sum(p + e - 2 * tp for tp, p, e in self.lists.values())


@dataclass
class Report:
    """Per-field accuracy over a directory of answer files."""

    docs: list[DocResult]

    def scalar_accuracy(self, name: str) -> float:
        hits = [d.scalars[name] for d in self.docs if name in d.scalars]
        return sum(hits) / len(hits) if hits else 0.0

    def prf(self, name: str) -> tuple[float, float, float]:
        tp = sum(d.lists[name][0] for d in self.docs)
        pred = sum(d.lists[name][1] for d in self.docs)
        exp = sum(d.lists[name][2] for d in self.docs)
        p = tp / pred if pred else 1.0
        r = tp / exp if exp else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def table(self, worst: int = 5) -> str:
        """The report as a Markdown table, then the documents with most errors."""
        lines = [f"{len(self.docs)} documents", "", "| field | accuracy / P | R | F1 |",
                 "| --- | --- | --- | --- |"]
        for name in SCALARS:
            lines.append(f"| {name} | {self.scalar_accuracy(name):.2f} | | |")
        for name in LISTS:
            p, r, f = self.prf(name)
            lines.append(f"| {name} | {p:.2f} | {r:.2f} | {f:.2f} |")
        bad = sorted((d for d in self.docs if d.errors), key=lambda d: -d.errors)[:worst]
        if bad:
            lines += ["", "Worst documents:"]
            for d in bad:
                lines.append(f"- {d.name}: {d.errors} errors")
                lines += [f"    {diff}" for diff in d.diffs]
        return "\n".join(lines)


def compare(doc: Document, gold: dict[str, Any], name: str) -> DocResult:
    """Compare one parsed document with its answer file."""
    res = DocResult(name)
    got: dict[str, Any] = {
        "kind": doc.kind, "title": doc.title, "body": doc.body,
        "organisation": doc.organisation,
        "date": doc.date.isoformat() if doc.date else None, "place": doc.place,
    }
    expected = dict(gold)
    expected["kind"] = _KIND_ALIASES.get(gold.get("doc_type", ""), gold.get("doc_type"))
    for key in SCALARS:
        ok = _norm(got[key]) == _norm(expected.get(key))
        res.scalars[key] = ok
        if not ok:
            res.diffs.append(f"{key}: got {got[key]!r}, expected {expected.get(key)!r}")
    got_p = Counter(_proposal_key(p.text) for p in doc.proposals)
    exp_p = Counter(_proposal_key(p) for p in gold.get("proposals", []))
    res.lists["proposals"] = (sum((got_p & exp_p).values()), sum(got_p.values()),
                              sum(exp_p.values()))
    for missing in exp_p - got_p:
        res.diffs.append(f"proposal missing: {missing[:70]!r}")
    for extra in got_p - exp_p:
        res.diffs.append(f"proposal extra: {extra[:70]!r}")
    got_s = Counter((fold(s.name), fold(s.party.code) if s.party else None)
                    for s in doc.signatories)
    exp_s = Counter((fold(s["name"]), fold(s["party"]) if s.get("party") else None)
                    for s in gold.get("signatories", []))
    res.lists["signatories"] = (sum((got_s & exp_s).values()), sum(got_s.values()),
                                sum(exp_s.values()))
    for person in exp_s - got_s:
        res.diffs.append(f"signatory missing: {person}")
    for person in got_s - exp_s:
        res.diffs.append(f"signatory extra: {person}")
    return res


def evaluate(gold_dir: str | Path) -> Report:
    """Parse every ``*.txt`` in ``gold_dir`` that has a ``.json`` answer and compare."""
    docs = []
    for answer in sorted(Path(gold_dir).glob("*.json")):
        text_path = answer.with_suffix(".txt")
        if not text_path.exists():
            continue
        gold = json.loads(answer.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        docs.append(compare(parse(text, source=str(text_path)), gold, text_path.name))
    return Report(docs)

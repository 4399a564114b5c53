"""Accuracy against hand-made answer files: a document ``NAME.<ext>`` beside ``NAME.json``.

The document may be any file :func:`tillit.parse_file` reads (``.txt``, ``.md``, ``.html``,
``.xml``, ``.pdf``, ``.docx``...). The answer file says what a careful reader finds; only the
fields it contains are compared, so a partial answer (say, only ``proposals``) is fine::

    {"doc_type": "motion", "title": "...", "body": "kommunfullmäktige",
     "organisation": "Lunds kommun", "date": "2022-01-27", "place": null,
     "proposals": ["Lunds kommun påbörjar ...", "..."],
     "signatories": [{"name": "Helena Falk", "party": "V"}],
     "parties": ["V", "S"]}

Scalars (kind, title, series, number, body, organisation, date, place) are compared exactly
after whitespace normalisation, the way the answer conventions read: ``doc_type`` "other" is
tillit's ``unknown`` and such a document is compared by kind only; titles without a run-on kind
label ("Motion: X" is "X"); an organisation as the same municipality or region whatever the
name's style ("Helsingborgs stad" is "Helsingborgs kommun", "Landstinget Västmanland" is
"Region Västmanland"). Proposals, signatories and parties are compared as lists (proposal text
case-folded with trailing punctuation ignored; signatories by name, case-insensitively, and
again as name + party code in ``signatory_parties``; parties as codes), giving precision,
recall and F1 over the whole directory. A list answered ``null`` ("not annotated": the text is
cut off before it) is skipped; ``[]`` means "there are none". A document that cannot be read or
parsed counts as wrong in every field its answer has.

Documents whose name is an odd number of 100 or more (``101.txt``) form the held-out half:
reported beside the tuned half, never read for failures while rules are written, so the gap
between the halves shows how well the rules carry to documents nobody tuned on.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tillit.errors import TillitError
from tillit.lexicon import fold
from tillit.models import Document
from tillit.orgnames import identity as organisation_identity
from tillit.readers import SUFFIXES, parse_file
from tillit.shapes import strip_kind_label

SCALARS = ("kind", "title", "series", "number", "body", "organisation", "date", "place")
LISTS = ("proposals", "signatories", "signatory_parties", "parties")
#: Answer keys behind each list field (``signatory_parties`` re-reads ``signatories``).
_LIST_KEYS = {"proposals": "proposals", "signatories": "signatories",
              "signatory_parties": "signatories", "parties": "parties"}
#: The halves of a corpus: "tuned" (rules may be read off its failures) and "held-out".
HALVES = ("tuned", "held-out")
#: Document file endings looked for beside an answer file, in this order.
DOC_SUFFIXES = tuple(SUFFIXES)
#: The answer files say "other" where tillit says "unknown".
_KIND_ALIASES = {"other": "unknown"}


def _norm(value: Any) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).split())


def _proposal_key(text: str) -> str:
    return fold(text).rstrip(" .;,")


def half_of(name: str) -> str:
    """ "held-out" for a document named by an odd number ≥ 100 ("101.txt"), else "tuned"."""
    stem = name.split(".", 1)[0]
    if stem.isdigit() and int(stem) >= 100 and int(stem) % 2 == 1:
        return "held-out"
    return "tuned"


def _title_key(value: Any) -> str | None:
    text = _norm(value)
    return None if text is None else strip_kind_label(text)


def _organisation_key(value: Any) -> str | None:
    return None if value is None else organisation_identity(str(value))


#: Scalars compared through a key that ignores differences the conventions do not count.
_SCALAR_KEYS = {"title": _title_key, "organisation": _organisation_key}


def _party_code(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("code")
    return fold(str(value)) if value else None


@dataclass
class DocResult:
    """One document's comparison: scalar hits, list counts and the differences in words."""

    name: str
    scalars: dict[str, bool] = field(default_factory=dict)
    #: field -> (true positives, predicted, expected)
    lists: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    diffs: list[str] = field(default_factory=list)
    #: The document's path, when it was read from a file.
    path: str | None = None
    #: Why the document could not be read or parsed ("DecodeError: ..."), else None.
    error: str | None = None

    @property
    def errors(self) -> int:
        """Wrong scalars plus missing and extra list items."""
        wrong = sum(not ok for ok in self.scalars.values())
        return wrong + sum(p + e - 2 * tp for tp, p, e in self.lists.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "path": self.path, "error": self.error, "errors": self.errors,
            "scalars": dict(self.scalars),
            "lists": {k: {"true_positives": tp, "predicted": p, "expected": e}
                      for k, (tp, p, e) in self.lists.items()},
            "diffs": list(self.diffs),
        }


@dataclass(frozen=True)
class FieldScore:
    """How right one field is over all documents whose answer has it."""

    name: str
    kind: Literal["scalar", "list"]
    #: Documents whose answer has this field.
    documents: int
    #: Documents where the field is exactly right (the whole list, for list fields).
    correct: int
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.documents if self.documents else 0.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "documents": self.documents,
                               "correct": self.correct, "accuracy": round(self.accuracy, 4)}
        if self.kind == "list":
            out.update(true_positives=self.true_positives, predicted=self.predicted,
                       expected=self.expected, precision=round(self.precision, 4),
                       recall=round(self.recall, 4), f1=round(self.f1, 4))
        return out


@dataclass
class Report:
    """Per-field accuracy over a directory of answer files."""

    docs: list[DocResult]
    #: Answer files that had no document beside them.
    unmatched: list[str] = field(default_factory=list)

    def half(self, half: str) -> Report:
        """The report restricted to one half of the corpus ("tuned" or "held-out")."""
        if half not in HALVES:
            raise KeyError(f"unknown half {half!r}; halves are {HALVES}")
        return Report([d for d in self.docs if half_of(d.name) == half])

    def score(self, name: str) -> FieldScore:
        """The score of one field (a name from ``SCALARS`` or ``LISTS``)."""
        if name in LISTS:
            counts = [d.lists[name] for d in self.docs if name in d.lists]
            return FieldScore(name, "list", len(counts),
                              sum(tp == p == e for tp, p, e in counts),
                              sum(c[0] for c in counts), sum(c[1] for c in counts),
                              sum(c[2] for c in counts))
        if name not in SCALARS:
            raise KeyError(f"unknown field {name!r}; fields are {SCALARS + LISTS}")
        hits = [d.scalars[name] for d in self.docs if name in d.scalars]
        return FieldScore(name, "scalar", len(hits), sum(hits))

    def fields(self) -> list[FieldScore]:
        """Scores of every field that at least one answer file has."""
        scores = [self.score(name) for name in SCALARS + LISTS]
        return [s for s in scores if s.documents]

    def scalar_accuracy(self, name: str) -> float:
        return self.score(name).accuracy

    def prf(self, name: str) -> tuple[float, float, float]:
        score = self.score(name)
        return score.precision, score.recall, score.f1

    @property
    def failed(self) -> list[DocResult]:
        """Documents that could not be read or parsed."""
        return [d for d in self.docs if d.error is not None]

    def worst(self, n: int = 5) -> list[DocResult]:
        """The ``n`` documents with most errors (only those with any), most first."""
        bad = [d for d in self.docs if d.errors or d.error]
        return sorted(bad, key=lambda d: (-d.errors, d.name))[:n]

    def table(self, worst: int = 5) -> str:
        """The report as Markdown: a per-field table, then the documents with most errors."""
        if not self.docs:
            return "0 documents: no NAME.json answer file with a document beside it"
        halves = {h: self.half(h) for h in HALVES}
        sizes = {h: len(r.docs) for h, r in halves.items()}
        lines = [f"{len(self.docs)} documents ({len(self.failed)} could not be parsed; "
                 f"{sizes['tuned']} tuned, {sizes['held-out']} held out)", "",
                 "| field | documents | accuracy | precision | recall | F1 | tuned | held out |",
                 "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for s in self.fields():
            cells = "|".join(f" {c} " if c else " "
                             for c in (_headline(halves[h].score(s.name)) for h in HALVES))
            if s.kind == "scalar":
                row = f"| {s.name} | {s.documents} | {s.accuracy:.2f} | | | |{cells}|"
            else:
                row = (f"| {s.name} | {s.documents} | {s.accuracy:.2f} | {s.precision:.2f} | "
                       f"{s.recall:.2f} | {s.f1:.2f} |{cells}|")
            lines.append(row)
        lines += ["", "accuracy: share of documents with the field exactly right (the whole "
                  "list, for lists); precision, recall and F1 over all list items; tuned and "
                  "held out: the field's accuracy (F1 for lists) on each half (held out: "
                  "documents named by an odd number of 100 or more)."]
        # Held-out documents are only scored: listing their failures would make them tuned.
        bad = halves["tuned"].worst(worst)
        lines += ["", "Worst documents:" if bad else "Every document is right in every field."]
        if sizes["held-out"]:
            lines[-1] += " (tuned half only: held-out failures are not listed)"
        for d in bad:
            lines.append(f"- {d.name}: {d.errors} errors")
            if d.error:
                lines.append(f"    could not be parsed: {d.error}")
            lines += [f"    {diff}" for diff in d.diffs]
        if self.unmatched:
            lines += ["", "Answer files without a document: " + ", ".join(self.unmatched)]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data: totals, per-field scores, per-document results
        (most errors first)."""
        return {
            "documents": len(self.docs),
            "failed": len(self.failed),
            "fields": {s.name: s.to_dict() for s in self.fields()},
            "halves": {h: {"documents": len(r.docs),
                           "fields": {s.name: s.to_dict() for s in r.fields()}}
                       for h in HALVES for r in (self.half(h),)},
            "docs": [d.to_dict() for d in sorted(self.docs, key=lambda d: (-d.errors, d.name))],
            "unmatched": list(self.unmatched),
        }


def _headline(score: FieldScore) -> str:
    """A field's one figure: accuracy for a scalar, F1 for a list; blank without documents."""
    if not score.documents:
        return ""
    return f"{score.accuracy if score.kind == 'scalar' else score.f1:.2f}"


def _list_score(res: DocResult, name: str, got: Iterable[Hashable],
                expected: Iterable[Hashable]) -> tuple[Counter[Hashable], Counter[Hashable]]:
    got_c, exp_c = Counter(got), Counter(expected)
    res.lists[name] = (sum((got_c & exp_c).values()), sum(got_c.values()), sum(exp_c.values()))
    return exp_c - got_c, got_c - exp_c


def _expected(gold: dict[str, Any]) -> dict[str, Any]:
    """The answer's comparable fields: "other" documents by kind only, null lists skipped."""
    kind = gold.get("doc_type", gold.get("kind"))
    if kind == "other":
        return {"kind": "unknown"}
    out = {k: gold[k] for k in SCALARS if k in gold}
    out.update({k: gold[key] for k, key in _LIST_KEYS.items()
                if gold.get(key) is not None})
    if "doc_type" in gold or "kind" in gold:
        out["kind"] = _KIND_ALIASES.get(kind, kind) if isinstance(kind, str) else kind
    return out


def compare(doc: Document, gold: dict[str, Any], name: str) -> DocResult:
    """Compare one parsed document with its answer (only the fields the answer has)."""
    res = DocResult(name, path=doc.source)
    got: dict[str, Any] = {
        "kind": doc.kind, "title": doc.title, "series": doc.series, "number": doc.number,
        "body": doc.body, "organisation": doc.organisation,
        "date": doc.date.isoformat() if doc.date else None, "place": doc.place,
    }
    expected = _expected(gold)
    for key in SCALARS:
        if key not in expected:
            continue
        norm = _SCALAR_KEYS.get(key, _norm)
        ok = norm(got[key]) == norm(expected[key])
        res.scalars[key] = ok
        if not ok:
            res.diffs.append(f"{key}: got {got[key]!r}, expected {expected[key]!r}")
    if "proposals" in expected:
        missing, extra = _list_score(res, "proposals",
                                     (_proposal_key(p.text) for p in doc.proposals),
                                     (_proposal_key(str(p)) for p in expected["proposals"]))
        res.diffs += [f"proposal missing: {str(m)[:70]!r}" for m in missing.elements()]
        res.diffs += [f"proposal extra: {str(x)[:70]!r}" for x in extra.elements()]
    if "signatories" in expected:
        missing, extra = _list_score(res, "signatories", (fold(s.name) for s in doc.signatories),
                                     (fold(s["name"]) for s in expected["signatories"]))
        res.diffs += [f"signatory missing: {m!r}" for m in missing.elements()]
        res.diffs += [f"signatory extra: {x!r}" for x in extra.elements()]
        missing, extra = _list_score(
            res, "signatory_parties",
            ((fold(s.name), fold(s.party.code) if s.party else None) for s in doc.signatories),
            ((fold(s["name"]), _party_code(s.get("party"))) for s in expected["signatories"]))
        res.diffs += [f"signatory party missing: {m}" for m in missing.elements()]
        res.diffs += [f"signatory party extra: {x}" for x in extra.elements()]
    if "parties" in expected:
        missing, extra = _list_score(res, "parties", (fold(p.code) for p in doc.parties),
                                     (_party_code(p) for p in expected["parties"]))
        res.diffs += [f"party missing: {m}" for m in missing.elements()]
        res.diffs += [f"party extra: {x}" for x in extra.elements()]
    return res


def failed(gold: dict[str, Any], name: str, path: str | None, exc: BaseException) -> DocResult:
    """The result for a document that could not be read or parsed: every answered field wrong."""
    res = DocResult(name, path=path, error=f"{type(exc).__name__}: {exc}")
    expected = _expected(gold)
    for key in SCALARS:
        if key in expected:
            res.scalars[key] = False
    for key in LISTS:
        if key in expected:
            res.lists[key] = (0, 0, len(expected[key]))
    return res


def load_answer(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and check one answer file; a malformed one raises :class:`ValueError`."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{os.fspath(path)}: not valid JSON ({exc})") from None
    if not isinstance(gold, dict):
        raise ValueError(f"{os.fspath(path)}: an answer file holds one JSON object")
    problems = []
    for key in SCALARS:
        if gold.get(key) is not None and not isinstance(gold[key], str | int):
            problems.append(f'"{key}" must be a string or null')
    for key in LISTS:
        if gold.get(key) is not None and not isinstance(gold[key], list):
            problems.append(f'"{key}" must be a list or null')
    for sig in gold.get("signatories", []) if isinstance(gold.get("signatories"), list) else []:
        if not isinstance(sig, dict) or not isinstance(sig.get("name"), str):
            problems.append('each of "signatories" must be an object with a "name" string')
            break
    if problems:
        raise ValueError(f"{os.fspath(path)}: " + "; ".join(problems))
    return gold


def evaluate(gold_dir: str | os.PathLike[str]) -> Report:
    """Parse every document in ``gold_dir`` that has a ``NAME.json`` answer and compare.

    Documents are ``NAME`` plus any ending in ``DOC_SUFFIXES``; when a name has several
    (``001.txt`` and ``001.pdf``), each is compared with the same answer. Raises
    :class:`NotADirectoryError` for a missing folder and :class:`ValueError` for a malformed
    answer file.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise NotADirectoryError(f"{os.fspath(gold_dir)}: not a directory")
    docs: list[DocResult] = []
    unmatched: list[str] = []
    for answer in sorted(folder.glob("*.json")):
        paths = [p for p in (answer.with_suffix(s) for s in DOC_SUFFIXES) if p.is_file()]
        if not paths:
            unmatched.append(answer.name)
            continue
        gold = load_answer(answer)
        for path in paths:
            try:
                doc = parse_file(path)
            except (TillitError, OSError) as exc:
                docs.append(failed(gold, path.name, str(path), exc))
                continue
            docs.append(compare(doc, gold, path.name))
    return Report(docs, unmatched)

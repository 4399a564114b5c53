"""``tillit audit``: where a corpus is thin.

An :class:`Audit` takes parsed documents one at a time (memory does not grow with the corpus,
apart from one counter per organisation and year) and reports: how many documents of each kind;
for each field the share of documents where it was found, overall, by organisation and by year;
the warning codes; and the documents with the most warnings.

    from tillit.audit import Audit
    audit = Audit().extend(tillit.parse_many(paths))
    print(audit.table())           # Markdown; audit.to_dict() for JSON
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tillit.batch import ParseFailure
from tillit.models import Document

#: Field name → whether a document has it.
FIELDS: dict[str, Callable[[Document], bool]] = {
    "title": lambda d: d.title is not None,
    "body": lambda d: d.body is not None,
    "organisation": lambda d: d.organisation is not None,
    "parties": lambda d: bool(d.parties),
    "date": lambda d: d.date is not None,
    "place": lambda d: d.place is not None,
    "paragraphs": lambda d: bool(d.paragraphs),
    "proposals": lambda d: bool(d.proposals),
    "signatories": lambda d: bool(d.signatories),
}
#: Group label for documents without an organisation or a date.
UNKNOWN = "(unknown)"


@dataclass
class _Group:
    docs: int = 0
    found: Counter[str] = field(default_factory=Counter)

    def add(self, doc: Document) -> None:
        self.docs += 1
        for name, has in FIELDS.items():
            if has(doc):
                self.found[name] += 1

    def shares(self) -> dict[str, float]:
        return {name: self.found[name] / self.docs if self.docs else 0.0 for name in FIELDS}


@dataclass
class Audit:
    """Counts over a stream of parse results; :meth:`table` and :meth:`to_dict` report them."""

    top: int = 10
    kinds: Counter[str] = field(default_factory=Counter)
    warning_codes: Counter[str] = field(default_factory=Counter)
    overall: _Group = field(default_factory=_Group)
    by_organisation: dict[str, _Group] = field(default_factory=dict)
    by_year: dict[str, _Group] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    _worst: list[tuple[int, int, str, tuple[str, ...]]] = field(default_factory=list)
    _seen: int = 0

    def add(self, result: Document | ParseFailure) -> None:
        """Count one parse result (a failure is listed, not counted in the shares)."""
        self._seen += 1
        if isinstance(result, ParseFailure):
            self.failures.append((result.source or "<text>", f"{result.error}: "
                                  f"{result.message}"))
            return
        doc = result
        self.kinds[doc.kind] += 1
        self.overall.add(doc)
        self.by_organisation.setdefault(doc.organisation or UNKNOWN, _Group()).add(doc)
        self.by_year.setdefault(str(doc.date.year) if doc.date else UNKNOWN, _Group()).add(doc)
        codes = tuple(w.code for w in doc.warnings)
        self.warning_codes.update(set(codes))  # documents with the code
        # keep the `top` documents with most warnings; the earlier document wins a tie
        item = (len(codes), -self._seen, doc.source or f"<text {self._seen}>", codes)
        if len(self._worst) < self.top:
            heapq.heappush(self._worst, item)
        elif self.top and item > self._worst[0]:
            heapq.heapreplace(self._worst, item)

    def extend(self, results: Iterable[Document | ParseFailure]) -> Audit:
        for result in results:
            self.add(result)
        return self

    @property
    def documents(self) -> int:
        return self.overall.docs

    def worst(self) -> list[tuple[str, tuple[str, ...]]]:
        """The documents with the most warnings, most first: (source, warning codes)."""
        return [(src, codes) for _, _, src, codes in sorted(self._worst, reverse=True)]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        def groups(by: dict[str, _Group]) -> dict[str, Any]:
            return {k: {"documents": g.docs, "found": g.shares()}
                    for k, g in sorted(by.items(), key=_group_order)}

        return {
            "documents": self.documents,
            "failures": [{"source": s, "reason": r} for s, r in self.failures],
            "kinds": dict(self.kinds.most_common()),
            "found": self.overall.shares(),
            "by_organisation": groups(self.by_organisation),
            "by_year": {k: {"documents": g.docs, "found": g.shares()}
                        for k, g in sorted(self.by_year.items(), key=_year_order)},
            "warning_codes": dict(self.warning_codes.most_common()),
            "most_warnings": [{"source": s, "warnings": len(c), "codes": list(c)}
                              for s, c in self.worst()],
        }

    def table(self) -> str:
        """The report as Markdown: kinds, found shares overall / by organisation / by year,
        warning codes, the documents with most warnings, and failures."""
        lines = [f"# Corpus audit: {self.documents} documents"
                 + (f", {len(self.failures)} failed" if self.failures else ""), ""]
        lines += ["## Kinds", "", "| kind | documents | share |", "| --- | ---: | ---: |"]
        for kind, n in self.kinds.most_common():
            lines.append(f"| {kind} | {n} | {_pct(n / self.documents)} |")
        names = list(FIELDS)
        head = "| {} | documents | " + " | ".join(names) + " |"
        rule = "| --- | ---: | " + " | ".join("---:" for _ in names) + " |"

        def block(title: str, label: str, by: dict[str, _Group],
                  order: Callable[[tuple[str, _Group]], Any] = _group_order) -> list[str]:
            out = ["", f"## {title}", "", head.format(label), rule]
            for key, g in sorted(by.items(), key=order):
                shares = g.shares()
                cells = " | ".join(_pct(shares[n]) for n in names)
                out.append(f"| {_cell(key)} | {g.docs} | {cells} |")
            return out

        lines += block("Fields found (share of documents)", "", {"all": self.overall})
        lines += block("Fields found by organisation", "organisation", self.by_organisation)
        lines += block("Fields found by year", "year", self.by_year, _year_order)
        if self.warning_codes:
            lines += ["", "## Warning codes", "", "| code | documents |", "| --- | ---: |"]
            lines += [f"| {c} | {n} |" for c, n in self.warning_codes.most_common()]
        worst = [(s, c) for s, c in self.worst() if c]
        if worst:
            lines += ["", f"## Most warnings (top {len(worst)})", "",
                      "| document | warnings | codes |", "| --- | ---: | --- |"]
            lines += [f"| {_cell(s)} | {len(c)} | {', '.join(c)} |" for s, c in worst]
        if self.failures:
            lines += ["", "## Failed", ""] + [f"- {s}: {r}" for s, r in self.failures]
        return "\n".join(lines)


def _group_order(item: tuple[str, _Group]) -> tuple[bool, int, str]:
    """Largest groups first, the unknown group last, then by name."""
    key, group = item
    return (key == UNKNOWN, -group.docs, key)


def _year_order(item: tuple[str, _Group]) -> tuple[bool, str]:
    """Years in order, the unknown group last."""
    return (item[0] == UNKNOWN, item[0])


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")

"""Showing a :class:`~tillit.models.Document` to a person: in Jupyter and in a terminal.

- :func:`document_html` is what ``Document._repr_html_`` returns, so a document shows itself in
  a notebook as a table of its fields and, when it was parsed with ``keep_text=True``, its
  source text with every extracted value highlighted at its span.
- :func:`rich_render` returns a `rich <https://rich.readthedocs.io>`_ renderable (needs the
  optional extra ``tillit[cli]``): ``rich.print(tillit.display.rich_render(doc))``.

Every piece of document text is HTML-escaped; nothing from the input reaches the page as
markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

from tillit.models import VIEWS, Document
from tillit.spans import Span

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Group

#: Highlight colour of each category of span.
COLOURS = {
    "title": "#ffe08a", "series": "#ffe08a", "number": "#ffe08a",
    "body": "#b8e0ff", "organisation": "#b8e0ff",
    "date": "#c9f2c7", "place": "#c9f2c7",
    "proposal": "#f6c7e6", "signatory": "#e2d4ff", "proposer": "#e2d4ff",
    "addressee": "#ffd3b0", "question": "#f6c7e6",
    "quote": "#d7f0f0", "contact": "#e2d4ff", "reference": "#eeeeee",
}


@dataclass(frozen=True)
class Mark:
    """One highlighted value: its span, a category (for the colour) and a label."""

    span: Span
    category: str
    label: str


def marks(doc: Document) -> list[Mark]:
    """The spans to highlight: scalar fields, proposals and signatories, in text order."""
    out = [Mark(span, name, f"{name}: {_scalar(doc, name)}") for name, span in doc.spans.items()]
    out += [Mark(p.span, "proposal", f"proposal {p.number}: {p.text}") for p in doc.proposals]
    out += [Mark(s.span, "signatory", f"signatory: {s.name}"
                 + (f" ({s.party.code})" if s.party else "")) for s in doc.signatories]
    if doc.proposer is not None:
        out.append(Mark(doc.proposer.span, "proposer", f"proposer: {doc.proposer.name}"))
    if doc.addressee is not None:
        out.append(Mark(doc.addressee.span, "addressee",
                        f"addressee: {doc.addressee.name or doc.addressee.role or ''}"))
    out += [Mark(q.span, "question", f"question {q.number}: {q.text}") for q in doc.questions]
    out += [Mark(q.span, "quote", f"quote: {q.speaker or '?'}") for q in doc.quotes]
    out += [Mark(c.span, "contact", f"contact: {c.name}") for c in doc.contacts]
    out += [Mark(r.span, "reference", f"reference: {r.kind}") for r in doc.references]
    return sorted((m for m in out if len(m.span) > 0),
                  key=lambda m: (m.span.start, -m.span.end))


def _scalar(doc: Document, name: str) -> str:
    value = getattr(doc, name, None)
    return "" if value is None else str(value)


def _fields(doc: Document) -> list[tuple[str, str]]:
    def flag(value: object, inferred: bool) -> str:
        if value is None:
            return "—"
        return f"{value} (inferred)" if inferred else str(value)

    rows = [
        ("kind", doc.kind),
        ("title", flag(doc.title, False)),
        ("series / number", " ".join(x for x in (doc.series, doc.number) if x) or "—"),
        ("body", flag(doc.body, doc.body_inferred)),
        ("organisation", flag(doc.organisation, doc.organisation_inferred)),
        ("parties", ", ".join(f"{p.code} ({p.name})" for p in doc.parties) or "—"),
        ("date", flag(doc.date, False)),
        ("place", flag(doc.place, False)),
        ("paragraphs", str(len(doc.paragraphs))),
    ]
    rows += [(f"proposal {p.number}", p.text) for p in doc.proposals] or [("proposals", "—")]
    rows += [("signatory", s.name + (f" ({s.party.code}{', inferred' if s.party_inferred else ''})"
                                     if s.party else "") + (f", {s.role}" if s.role else ""))
             for s in doc.signatories] or [("signatories", "—")]
    if doc.addressee is not None:
        a = doc.addressee
        rows.append(("addressee", " ".join(x for x in (a.role, a.name) if x)
                     + (f" ({a.party.code})" if a.party else "")))
    rows += [(f"question {q.number}", q.text) for q in doc.questions]
    if doc.proposer is not None:
        rows.append(("proposer", doc.proposer.name))
    if doc.lead:
        rows.append(("lead", doc.lead))
    rows += [("quote", f"{q.speaker or '?'}: {q.text}") for q in doc.quotes]
    rows += [("contact", ", ".join(x for x in (c.name, c.role, c.phone, c.email) if x))
             for c in doc.contacts]
    rows += [("reference", f"{r.kind}: {r.text}" + (f" <{r.url}>" if r.url else ""))
             for r in doc.references]
    rows += [("warning", f"{w.code}: {w.message}") for w in doc.warnings]
    if doc.source:
        rows.append(("source", doc.source))
    return rows


def highlight_html(text: str, items: list[Mark]) -> str:
    """``text`` as escaped HTML with each mark's span wrapped in ``<mark>``.

    Overlapping spans are cut at every boundary; each piece gets the colour of the innermost
    (shortest) span covering it, and a tooltip listing every value it belongs to.
    """
    cuts = sorted({0, len(text)} | {min(max(m.span.start, 0), len(text)) for m in items}
                  | {min(max(m.span.end, 0), len(text)) for m in items})
    out: list[str] = []
    for start, end in pairwise(cuts):
        piece = escape(text[start:end])
        covering = [m for m in items if m.span.start <= start and end <= m.span.end]
        if not covering:
            out.append(piece)
            continue
        inner = min(covering, key=lambda m: len(m.span))
        title = escape("\n".join(m.label for m in covering), quote=True)
        colour = COLOURS.get(inner.category, "#eeeeee")
        out.append(f'<mark class="tillit-{escape(inner.category, quote=True)}" '
                   f'style="background:{colour};padding:0" title="{title}">{piece}</mark>')
    return "".join(out)


def document_html(doc: Document) -> str:
    """An HTML view of ``doc``: its fields as a table, then (if ``doc.text`` is kept) the source
    text with each extracted value highlighted at its span."""
    rows = "".join(
        f'<tr><th style="text-align:left;vertical-align:top;padding-right:1em">{escape(k)}</th>'
        f'<td style="text-align:left">{escape(v)}</td></tr>' for k, v in _fields(doc))
    parts = ['<div class="tillit-document">',
             f"<table>{rows}</table>"]
    if doc.text is not None:
        legend = " ".join(
            f'<mark style="background:{c};padding:0">{escape(k)}</mark>'
            for k, c in COLOURS.items())
        parts.append(f'<details open><summary>source ({len(doc.text):,} characters) '
                     f'{legend}</summary>'
                     '<pre style="white-space:pre-wrap;font-size:90%">'
                     f"{highlight_html(doc.text, marks(doc))}</pre></details>")
    parts.append("</div>")
    return "".join(parts)


def rich_render(doc: Document) -> Group:
    """A rich renderable of ``doc``: the fields table, and the source with highlights if kept.

    ``from rich import print; print(tillit.display.rich_render(doc))``. Needs ``rich``
    (``pip install 'tillit[cli]'``).
    """
    try:
        from rich.console import Group
        from rich.table import Table
        from rich.text import Text
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("tillit.display.rich_render needs rich: "
                          "pip install 'tillit[cli]'") from exc
    table = Table(title=doc.title or "(no title)", show_header=False, title_justify="left")
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in _fields(doc):
        style = "yellow" if key == "warning" else None
        table.add_row(key, Text(value, style=style or ""))
    parts: list[Table | Text] = [table]
    if doc.text is not None:
        source = Text(doc.text)
        for m in marks(doc):
            source.stylize(f"on {COLOURS.get(m.category, '#eeeeee')} black",
                           m.span.start, m.span.end)
        parts.append(source)
    return Group(*parts)


VIEWS["html"] = document_html

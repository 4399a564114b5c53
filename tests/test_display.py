"""The notebook view (_repr_html_) and the rich renderer."""

from __future__ import annotations

import html
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest

import tillit
from tillit.display import document_html, highlight_html, marks, rich_render
from tillit.models import Document, Proposal, Signatory
from tillit.spans import Span

ROOT = Path(__file__).resolve().parents[1]
SEED4 = sorted((ROOT / "seeds").glob("004_*.txt"))[0]


class _Marks(HTMLParser):
    """Collects the text inside each <mark>, the text inside <pre>, and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (class, text)
        self.pre = ""
        self._in_pre = False
        self._mark: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "pre":
            self._in_pre = True
        if tag == "mark" and self._in_pre:
            self._mark = dict(attrs).get("class") or ""
            self.marks.append((self._mark, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre = False
        if tag == "mark":
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._in_pre:
            self.pre += data
            if self._mark is not None:
                cls, text = self.marks[-1]
                self.marks[-1] = (cls, text + data)


def _read(markup: str) -> _Marks:
    parser = _Marks()
    parser.feed(markup)
    parser.close()
    return parser


def test_repr_html_without_text_is_the_fields_table() -> None:
    doc = tillit.parse(SEED4.read_text(encoding="utf-8"))
    out = doc._repr_html_()
    assert out == document_html(doc)
    seen = _read(out)
    assert "table" in seen.tags and "pre" not in seen.tags
    assert html.escape(doc.title or "") in out
    assert "Lunds kommun" in out and "Maja Grubelic (FI)" in out
    assert all(html.escape(p.text) in out for p in doc.proposals)
    assert all(w.code in out for w in doc.warnings)


def test_repr_html_with_text_highlights_every_span() -> None:
    text = SEED4.read_text(encoding="utf-8")
    doc = tillit.parse(text, keep_text=True)
    seen = _read(doc._repr_html_())
    assert seen.pre == text  # the whole source, unchanged after unescaping
    proposal_marks = [t for c, t in seen.marks if c == "tillit-proposal"]
    # a proposal is one mark unless a smaller span inside it cuts it
    assert "".join(proposal_marks) == "".join(p.span.slice(text) for p in doc.proposals)
    title = [t for c, t in seen.marks if c == "tillit-title"]
    assert title == [doc.spans["title"].slice(text)]
    signatures = "".join(t for c, t in seen.marks if c == "tillit-signatory")
    assert all(s.name in signatures for s in doc.signatories)
    assert len(marks(doc)) == len(doc.spans) + len(doc.proposals) + len(doc.signatories)


def test_html_is_escaped() -> None:
    text = 'Motion <script>alert("x")</script> & "co"\n\natt <b>vi</b> gör något'
    span = Span(start=0, end=40)
    doc = Document(kind="motion", title='<script>alert("x")</script>', text=text,
                   spans={"title": Span(start=7, end=34)},
                   proposals=(Proposal(number=1, text="<b>vi</b> gör något",
                                       verbatim=text[42:], span=Span(start=42, end=len(text))),),
                   signatories=(Signatory(name='A "&" B', span=span),))
    out = document_html(doc)
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out and "&lt;b&gt;vi&lt;/b&gt;" in out
    seen = _read(out)
    assert set(seen.tags) <= {"div", "table", "tr", "th", "td", "details", "summary", "pre",
                              "mark"}
    assert seen.pre == text


def test_overlapping_spans_keep_the_text_and_colour_the_inner_one() -> None:
    text = "abcdefghij"
    items = [m for m in marks(Document(
        kind="motion", title="cd", spans={"title": Span(start=2, end=4)},
        proposals=(Proposal(number=1, text="x", verbatim=text[0:8], span=Span(start=0, end=8)),)))]
    out = highlight_html(text, items)
    seen = _read("<pre>" + out + "</pre>")
    assert seen.pre == text
    assert seen.marks == [("tillit-proposal", "ab"), ("tillit-title", "cd"),
                          ("tillit-proposal", "efgh")]
    # the tooltip of the overlap names both values
    assert 'title="proposal 1: x\ntitle: cd">cd</mark>' in out


def test_rich_render() -> None:
    pytest.importorskip("rich")
    from rich.console import Console

    text = SEED4.read_text(encoding="utf-8")
    doc = tillit.parse(text, keep_text=True)
    console = Console(record=True, width=120, color_system="truecolor", file=io.StringIO())
    console.print(rich_render(doc))
    plain = console.export_text(clear=False)
    assert doc.title is not None and doc.title in plain
    assert "Maja Grubelic" in plain and all(w.code in plain for w in doc.warnings)
    assert "Lunds kommuns interna utbildningar" in plain
    styled = console.export_html(inline_styles=True)
    assert "background-color: #f6c7e6" in styled  # the proposals are highlighted
    bare = Console(record=True, width=120, file=io.StringIO())
    bare.print(rich_render(tillit.parse(text)))
    assert "Lunds kommun påbörjar" in bare.export_text()

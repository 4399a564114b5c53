"""Invariants for any input: a Document or a tillit error, spans in bounds, JSON round-trip."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tillit

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))]

_PIECES = st.sampled_from([
    "Motion till kommunfullmäktige i Lund\n", "Vi yrkar därför:\n", "att kommunen bygger", "\n",
    "\n\n", " \n", "Anna Andersson (S)\n", "- att** ", "1. Att ", "\uf0b7 Att ", "2022-01-27",
    "Gävle 2023-04-04\n", "För Vänsterpartiet i Region Skåne\n", "*Jihad Menhem*\n",
    "hemställs att",
    "<p>", "</p>", "&amp;", "\r\n", "\u00a0", "\u00ad", "\ufeff", "(", ")", "organisa-\ntion ",
])
MOTION_LIKE = st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=40).map("".join)


def _spans(doc: tillit.Document) -> list[tillit.Span]:
    out = list(doc.spans.values())
    out += [p.span for p in doc.proposals] + [s.span for s in doc.signatories]
    out += [p.span for p in doc.paragraphs]
    out += [w.span for w in doc.warnings if w.span] + [e.span for e in doc.kind_evidence if e.span]
    return out


def _check(text: str) -> None:
    try:
        doc = tillit.parse(text)
    except tillit.TillitError:
        return
    for span in _spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
    for proposal in doc.proposals:
        assert text[proposal.span.start:proposal.span.end] == proposal.verbatim
    assert tillit.Document.model_validate_json(doc.model_dump_json()) == doc
    assert tillit.parse(text) == doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_document_or_tillit_error(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MOTION_LIKE)
def test_motion_like_text(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.integers(0, 4000), st.integers(0, 200), st.text(max_size=20))
def test_mutated_seeds(sample: str, at: int, cut: int, insert: str) -> None:
    at = min(at, len(sample))
    _check(sample[:at] + insert + sample[at + cut:])

"""Markup stripping adds a text node of words and single spaces as one slice where the page
is one run (speed only): the text and the runs are the ones the word loop builds."""

from __future__ import annotations

import random

import pytest
from repo_util import ROOT, stored_texts

from tillit import markup
from tillit.markup import looks_like_markup, strip_markup
from tillit.text import Builder, Mapped, normalise


def _pages() -> list[str]:
    rng = random.Random(6)
    pieces = ["Kommunen", "bygger", " ", "  ", "\t", "\n", "\r\n", "&amp;", "&auml;r", "x",
              "\u00a0", "\u00ad", "ord", "<p>", "</p>", "<br>", "<li>", "<div>", "<b>", "</b>",
              "<span>", "Anna Andersson (S)", "1", "\u2028", "\x1f", "&nbsp;", "<!-- c -->"]
    out = [text for text in stored_texts() if looks_like_markup(normalise(text).text)]
    out += [p.read_text(encoding="utf-8", errors="replace")
            for p in sorted((ROOT / "tests").glob("**/*.htm*")) + sorted(
                (ROOT / "tests").glob("**/*.xml"))]
    for _ in range(1_500):
        out.append("<html><body>" + "".join(rng.choice(pieces)
                                            for _ in range(rng.randint(1, 40))))
    return out


def _runs(m: Mapped) -> tuple[object, ...]:
    return m.text, m.end, m._starts, m._shifts, m._extras, m._base, m._lo, m._hi


def test_one_slice_for_plain_words(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [normalise(page) for page in _pages()]
    fast = [_runs(strip_markup(page)) for page in pages]
    word_loop = markup._text

    def slow(src: Mapped, start: int, end: int, out: Builder, pending: bool,
             one_run: bool = False) -> bool:
        return word_loop(src, start, end, out, pending, False)

    monkeypatch.setattr(markup, "_text", slow)
    assert [_runs(strip_markup(page)) for page in pages] == fast
    assert len(pages) > 1_500

"""``blocks.reflow`` joins a block of many plain lines with ``text.joined`` (speed only): it
builds the same text and the same runs as the loop of one ``space`` and one ``add`` a line."""

from __future__ import annotations

import random

import pytest
from repo_util import stored_texts

from tillit import blocks
from tillit.api import _clean
from tillit.blocks import Line, _wrap_join, reflow, segment
from tillit.text import Builder, Mapped, add_squeezed, identity, joined


def _reference(lines: tuple[Line, ...]) -> Mapped:
    """reflow as it was: a ``space`` and an ``add`` for every line."""
    if len(lines) == 1 and "  " not in lines[0].text.text:
        return lines[0].text
    b = Builder()
    prev: Mapped | None = None
    for line in lines:
        cur = line.text
        text = cur.text
        if not text:
            continue
        if prev is not None:
            join = _wrap_join(prev.text, text) if prev.text[-1] == "-" else "space"
            if join == "drop":
                b.drop_last()
            elif join == "space":
                b.space(prev.end - 1 if prev.end else 0)
        if "  " in text:
            add_squeezed(b, cur)
        else:
            b.add(cur)
        prev = cur
    return b.build()


def _same(got: Mapped, want: Mapped) -> None:
    assert got.text == want.text and got.end == want.end
    assert (got._starts, got._shifts, got._extras, got._base, got._lo, got._hi) == (
        want._starts, want._shifts, want._extras, want._base, want._lo, want._hi)


def _generated() -> list[str]:
    """Texts of long blocks that mix the cases: hyphen wraps, double spaces, entities (runs
    with extras), CRLF (several runs), lines of markup, soft hyphens dropped inside lines."""
    rng = random.Random(11)
    words = ["att", "organisa-", "tion", "EU-", "medel", "radio-", "och", "  x  y", "Lund",
             "a&amp;b", "&auml;r", "-", "ord  med", "Marie-", "Louise", "x", "cy\u00adkel",
             "ett", "två", "tre", "fyra", "S"]
    out = []
    for _ in range(400):
        lines = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
                 for _ in range(rng.randint(2, 40))]
        text = rng.choice(["\n", "\r\n"]).join(lines)
        if rng.random() < 0.3:
            text = "<html><body><p>" + text.replace("\n", "<br>") + "</p></body></html>"
        out.append(text)
    plain = ["att", "kommunen", "Lund", "och", "cykelväg", "S", "bygger", "x y"]
    for _ in range(200):  # plain lines, the ones joined a list at a time
        out.append(rng.choice(["\n", "\r\n"]).join(
            rng.choice(plain) for _ in range(rng.randint(8, 40))))
    return out


def test_reflow_builds_the_same_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Mapped] = []

    def spy(pieces: list[Mapped], text: str) -> Mapped | None:
        out = joined(pieces, text)
        if out is not None:
            built.append(out)
        return out

    monkeypatch.setattr(blocks, "joined", spy)
    count = 0
    for raw in [*stored_texts(), *_generated()]:
        for block in segment(_clean(raw)):
            _same(reflow(block.lines), _reference(block.lines))
            count += 1
    assert count > 10_000 and len(built) > 200


def test_joined_declines_what_it_cannot_build() -> None:
    """Pieces of several runs, or runs that would merge, are left to the builder."""
    doc = identity("ab\ncd\nef")
    pieces = [doc.slice(0, 2), doc.slice(3, 5), doc.slice(6, 8)]
    _same(joined(pieces, "ab cd ef") or doc, _reference(tuple(
        Line(p, p.at(0), 0, None, False) for p in pieces)))
    glued = [doc.slice(0, 1), doc.slice(1, 2)]  # "a" then "b": the space's run ends "a"'s
    assert joined(glued, "a b") is None or _same(joined(glued, "a b"), _reference(tuple(
        Line(p, p.at(0), 0, None, False) for p in glued))) is None

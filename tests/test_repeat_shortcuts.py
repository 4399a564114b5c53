"""Shortcuts for blocks a text repeats (a heading line thousands of times) answer exactly as
the readings they spare (speed only)."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from itertools import islice

import pytest
from repo_util import stored_texts

from tillit import blocks
from tillit.api import _clean
from tillit.blocks import Block, Line, _marked_line, _marked_shape, _read_marked, segment
from tillit.extract import press, proposals
from tillit.extract.proposals import Preamble, _at_block
from tillit.models import Paragraph
from tillit.resolve import _press_paragraphs
from tillit.roles import assign
from tillit.text import Mapped, identity


def _blocks(text: str) -> list[Block]:
    return segment(_clean(text))


def _fields(pre: Preamble) -> list[object]:
    return [getattr(pre, f.name) for f in dataclasses.fields(Preamble)]


def _same_copy(pre: Preamble, block: int) -> None:
    got, want = _at_block(pre, block), dataclasses.replace(pre, block=block)
    assert type(got) is Preamble
    assert all(a is b for a, b in zip(_fields(got), _fields(want), strict=True))
    assert got == want


def test_preamble_copy_every_field() -> None:
    """Every field, set to a value of its own, is copied (a field added later and left out of
    the copy fails here)."""
    rng = random.Random(7)
    for _ in range(200):
        values: dict[str, object] = {}
        for f in dataclasses.fields(Preamble):
            values[f.name] = rng.choice([object(), None, 0, 1, True, False, "", "x", (), ("y",)])
        pre = Preamble(**values)  # type: ignore[arg-type]
        _same_copy(pre, rng.randrange(10**6))


def test_preamble_copy_stored() -> None:
    """The readings of the stored texts' blocks, and of repeated headings, copied to another
    block."""
    texts = [*stored_texts(),
             "Motion om bänkar\n\n" + "# Hemställan\n" * 5 + "\nAnna Berg (V)\n",
             "Vi yrkar därför:\n\natt kommunen bygger,\n\n" * 4]
    seen = 0
    for text in texts:
        blocks = _blocks(text)
        roles = assign(blocks)
        for block in blocks:
            pre = proposals._preamble(block, roles)
            if pre is not None:
                seen += 1
                _same_copy(pre, block.index + 1)
    assert seen > 200


def test_press_paragraphs() -> None:
    """A release's body blocks as paragraphs are the models validation builds from each
    block's text and span, empty text included."""
    texts = [*islice(stored_texts(), 0, None, 2),
             "Pressmeddelande\n\n" + "# Hemställan\n" * 40,
             "<p>&amp;<p>x &lt; y<p>Anna &amp; Per"]
    empty = identity("abc").slice(3, 3)
    for text in texts:
        body = _blocks(text)
        body.append(Block("paragraph", (), empty, len(body), False))
        want = tuple(Paragraph(text=b.text.text, span=b.text.span()) for b in body)
        got = _press_paragraphs(body)
        assert got == want
        assert [p.model_dump_json() for p in got] == [p.model_dump_json() for p in want]
        assert all(p.model_fields_set == q.model_fields_set for p, q in zip(got, want,
                                                                            strict=True))


def _docs() -> Iterator[Mapped]:
    """Stored texts as segmentation reads them (markup pages hold a run per tag or entity,
    CRLF texts a run per line), and generated marked lines in documents of one run and of
    several."""
    for text in stored_texts():
        if text.strip():
            yield _clean(text)
    rng = random.Random(11)
    marks = ["#", "##", "#######", "# ", "## ", "#  ", ">", "> ", ">  ", "- ", "-", "• ", "•",
             "* ", "1. ", "12) ", "a) ", "o ", "– ", "—", "+ ", "·", "  ", " ", "\t", ""]
    words = ["Hemställan", "att kommunen bygger", "Anna Berg (S)", "-", "Att", "att", ")",
             "1.", "*x*", "a_b", "[l](u)", " ", "Ö", "—Utreda", "Utreda", "x", "#"]
    for _ in range(3000):
        lines = []
        for _ in range(rng.randint(1, 6)):
            line = "".join(rng.choice(marks) for _ in range(rng.randint(0, 3)))
            line += " ".join(rng.choice(words) for _ in range(rng.randint(0, 3)))
            line += rng.choice(["", " ", "  ", ":", " \t"])
            lines.append(line)
        raw = "\n".join(lines)
        if not raw.strip():
            continue
        yield _clean(raw)
        yield _clean("<p>&amp; " + raw.replace("\n", "<br>\n").replace("Ö", "&Ouml;"))


def _slots(line: Line) -> tuple[object, ...]:
    text = line.text
    return (text.text, text.end, text._base, text._lo, text._hi, text._starts, text._shifts,
            text._extras, line.start, line.level, line.marker, line.emphasised)


class _Every:
    """Holds every character: each marked line is read from its shape."""

    def __contains__(self, item: object) -> bool:
        return True


@pytest.mark.parametrize("kept", ["heading and quote lines", "every marked line"])
def test_marked_line_shapes(kept: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A marked line read from its kept shape is the line read in full, slot for slot, on
    every non-blank line of the stored texts and of generated ones (a line that is the
    whole document included); list items too, where their shapes are read."""
    if kept == "every marked line":
        monkeypatch.setattr(blocks, "_SHAPE_KEPT", _Every())
    seen = 0
    for doc in _docs():
        stop = -1
        for raw in doc.text.split("\n"):
            start, stop = stop + 1, stop + 1 + len(raw)
            if not raw.strip():
                continue
            seen += _marked_shape(raw) is not None
            assert _slots(_marked_line(doc, start, stop)) == \
                _slots(_read_marked(doc, start, stop)), raw
    assert seen > 10_000


def test_byline_gate() -> None:
    """A release's one-line block that the kept reading turns away is one the full reading
    turns away, on the stored texts' blocks and on generated bylines, quotes and headings."""
    rng = random.Random(13)
    leads = ["", "Av ", "av ", "Skrivet av ", "Text: ", "AV ", "Publicerad av "]
    names = ["Anna Berg", "ANNA BERG", "Jerk Pros", "Per Holm", "Anna", "Hemställan",
             "Jimmie Åkesson kommenterar,", "Anna Berg och Per Holm", "Anna Berg, Per Holm"]
    tails = ["", " (V)", " (S), regioråd", ", regioråd", " (L)", ", Vänsterpartiet",
             " kommenterar:", ", 070-123 45 67", " Socialdemokraterna"]
    texts = [*stored_texts()]
    for _ in range(2000):
        texts.append(rng.choice(leads) + rng.choice(names) + rng.choice(tails))
    texts.append("\n\n".join(texts[-2000:]))
    seen = 0
    for text in texts:
        for block in _blocks(text):
            if len(block.lines) != 1 or block.marker in press._DASHES \
                    or len(block.text.text) > 120:
                continue
            want = press._read_byline(block)
            assert press._byline(block) == want, block.text.text
            seen += bool(want)
    assert seen > 100


def test_preamble_before_preamble() -> None:
    """A preamble the gate passes over gets no items from :func:`_items`, on the stored texts
    and on generated runs of headings, lead-ins, page breaks and att-satser."""
    rng = random.Random(17)
    parts = ["# Hemställan\n", "Hemställan\n", "Vi yrkar därför:\n", "Förslag till beslut\n",
             "att kommunen bygger,\n", "Sida 2 av 3\n", "Vi yrkar att kommunen bygger.\n",
             "\n", "\n", "- att kommunen bygger\n", "Anna Berg (V)\n", "Kommunen bygger.\n",
             "Vi yrkar därför\natt kommunen bygger\n"]
    texts = [*stored_texts()]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(2, 30))) for _ in range(1500)]
    passed = 0
    for text in texts:
        blocks = _blocks(text)
        roles = assign(blocks)
        preambles = proposals._preambles(blocks, roles)
        for pre in preambles:
            if pre is not None and proposals._before_preamble(pre, preambles, roles):
                passed += 1
                assert proposals._items(blocks, pre, preambles, roles)[1] == [], text
    assert passed > 1000

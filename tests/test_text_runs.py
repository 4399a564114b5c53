"""The run-length offset map of :mod:`tillit.text` against a map with one offset per character.

``Ref`` is the map as it was before it became runs (an origin and an end per character); random
normalisations, slices, strips and builds must translate every character and span the same way.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields

import pytest
from repo_util import stored_texts

from tillit.api import _clean
from tillit.blocks import Block, Line, _clean_line, segment
from tillit.roles import LineRole, assign
from tillit.spans import Span
from tillit.text import _DROP, Builder, Mapped, clean_char, identity, normalise


@dataclass
class Ref:
    """The old map: ``origin[i]`` and ``ends[i]`` for ``text[i]``, ``end`` past the last."""

    text: str
    origin: list[int]
    ends: list[int]
    end: int

    def span(self, start: int, stop: int) -> Span:
        if start >= stop:
            pos = self.origin[start] if start < len(self.origin) else self.end
            return Span(start=pos, end=pos)
        return Span(start=self.origin[start], end=self.ends[stop - 1])

    def slice(self, start: int, stop: int) -> Ref:
        if stop > start:
            end = self.ends[stop - 1]
        else:
            end = self.origin[stop] if stop < len(self.origin) else self.end
        return Ref(self.text[start:stop], self.origin[start:stop], self.ends[start:stop], end)


def ref_normalise(raw: str) -> Ref:
    """Character by character, as the normaliser read text before it kept runs."""
    text, origin = [], []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\r":
            text.append("\n")
            origin.append(i)
            i += 2 if raw[i + 1: i + 2] == "\n" else 1
            continue
        if ch == "\t" and 0 < i < len(raw) - 1 and not raw[i - 1].isspace() \
                and not raw[i + 1].isspace():
            text.append("  ")  # a tab between two words: a column gap, both spaces the tab's
            origin.extend((i, i))
            i += 1
            continue
        if ch not in _DROP:
            text.append(clean_char(ch))
            origin.append(i)
        i += 1
    return Ref("".join(text), origin, [o + 1 for o in origin], len(raw))


def same(m: Mapped, r: Ref) -> None:
    """Every character, span and slice of ``m`` translates as in ``r``."""
    assert m.text == r.text
    assert m.end == r.end
    n = len(r.text)
    try:
        whole = r.span(0, n)
    except ValueError:  # pieces out of order: span_end() refuses as span() does
        with pytest.raises(ValueError):
            m.span_end()
    else:
        assert m.span_end() == whole.end
        if n:
            assert m.bounds() == (whole.start, whole.end)
    assert [m.at(i) for i in range(n)] == r.origin
    assert [m.end_at(i) for i in range(n)] == r.ends
    assert [m.at(-i) for i in range(1, n + 1)] == [r.origin[-i] for i in range(1, n + 1)]
    for start in range(-1, n + 2):
        for stop in range(start - 1, n + 2):
            try:
                want: Span | type[Exception] = r.span(start, stop)
            except (IndexError, ValueError) as exc:  # out of range; a span that ends first
                want = type(exc)
            if isinstance(want, Span):
                assert m.span(start, stop) == want, (start, stop)
                assert m.offsets(start, stop) == (want.start, want.end), (start, stop)
            else:
                with pytest.raises(want):
                    m.span(start, stop)
                with pytest.raises(want):
                    m.offsets(start, stop)
    for offset in range(-1, r.end + 2):
        assert m.bisect_left(offset) == bisect_left(r.origin, offset)
        assert m.bisect_right(offset) == bisect_right(r.origin, offset)
    cutter = m.cutter()  # (segmentation's: one run, or several, spelt out)
    for start in range(n):
        for stop in range(start + 1, n + 1):
            cut, origin = m.cut(start, stop, m.text[start:stop])
            assert origin == r.origin[start]
            assert (cut.text, cut.end) == (r.text[start:stop], r.ends[stop - 1])
            assert [cut.at(i) for i in range(stop - start)] == r.origin[start:stop]
            assert [cut.end_at(i) for i in range(stop - start)] == r.ends[start:stop]
            again, at = cutter(start, stop, m.text[start:stop])
            assert at == origin
            assert (again.text, again.end, again._base, again._lo, again._hi) == \
                (cut.text, cut.end, cut._base, cut._lo, cut._hi)
            assert (again._starts, again._shifts, again._extras) == \
                (cut._starts, cut._shifts, cut._extras)


_ALPHABET = "ab c\r\n\r\n\u00ad\ufeff\u200b\u00a0\t\uf0b7ä&;-*"


def _raw(rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 30)))


@pytest.mark.parametrize("seed", range(200))
def test_normalise_maps_like_one_offset_per_character(seed: int) -> None:
    rng = random.Random(seed)
    raw = _raw(rng)
    m, r = normalise(raw), ref_normalise(raw)
    same(m, r)
    for _ in range(5):
        n = len(r.text)
        a, b = rng.randrange(-2, n + 2), rng.randrange(-2, n + 2)
        try:
            want = r.slice(a, b)
        except IndexError:
            with pytest.raises(IndexError):
                m.slice(a, b)
            continue
        same(m.slice(a, b), want)
        same(m.slice(a, b).strip(), ref_strip(want))


def ref_strip(r: Ref) -> Ref:
    left = len(r.text) - len(r.text.lstrip())
    right = len(r.text.rstrip())
    if left == 0 and right == len(r.text):
        return r
    return r.slice(left, left) if right <= left else r.slice(left, right)


@pytest.mark.parametrize("seed", range(300))
def test_builder_maps_like_one_offset_per_character(seed: int) -> None:
    rng = random.Random(seed)
    sources = [(normalise(raw), ref_normalise(raw)) for raw in (_raw(rng), _raw(rng))]
    sources.append((identity("abcdef"), Ref("abcdef", list(range(6)), list(range(1, 7)), 6)))
    b = Builder()
    text: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    end = 0
    for _ in range(rng.randrange(1, 12)):
        op = rng.randrange(5)
        if op == 0:  # a piece of a source, or of a piece
            m, r = rng.choice(sources)
            n = len(r.text)
            a = rng.randrange(0, n + 1)
            c = rng.randrange(a, n + 1)
            m, r = m.slice(a, c), r.slice(a, c)
            if r.text:
                if m.offset_of_run() is not None and rng.random() < 0.5:
                    b.add_run(m.text, m.at(0))  # (markup's add for a piece of one run)
                else:
                    b.add(m)
                text += r.text
                origin += r.origin
                ends += r.ends
                end = r.end
        elif op == 1:  # inserted text with a source point, or a source range (an entity)
            s = rng.choice(["\n", "\n\n", "- ", "ä", "≠\u0338"])
            at = rng.randrange(0, 40)
            until = rng.choice([None, at + rng.randrange(1, 8)])
            stop = at + 1 if until is None else until
            b.insert(s, at, until)
            text += s
            origin += [at] * len(s)
            ends += [stop] * len(s)
            end = max(end, stop)
        elif op == 2:
            at = rng.randrange(0, 40)
            b.space(at)
            text.append(" ")
            origin.append(at)
            ends.append(at + 1)
            end = max(end, at + 1)
        elif op == 3 and text:
            b.drop_last()
            text.pop()
            origin.pop()
            ends.pop()
        elif op == 4:  # add_slice: a piece of a source without slicing it first
            m, r = rng.choice(sources)
            n = len(r.text)
            a = rng.randrange(0, n + 1)
            c = rng.randrange(a, n + 1)
            if c > a:
                b.add_slice(m, a, c)
                r = r.slice(a, c)
                text += r.text
                origin += r.origin
                ends += r.ends
                end = r.end
    m = b.build()
    r = Ref("".join(text), origin, ends, end)
    same(m, r)
    n = len(r.text)
    for _ in range(5):
        a = rng.randrange(0, n + 1)
        c = rng.randrange(a, n + 1)
        same(m.slice(a, c), r.slice(a, c))
        again, sliced = Builder(), Builder()
        if c > a:
            again.add(m.slice(a, c))
            same(again.build(), r.slice(a, c))
            sliced.add_slice(m, a, c)
            same(sliced.build(), r.slice(a, c))


def test_a_plain_text_is_one_run() -> None:
    m = normalise("Motion om cykelvägar\r\n\r\nVi föreslår att")
    assert m.text == "Motion om cykelvägar\n\nVi föreslår att"
    assert len(m._starts) == 3  # one run per CRLF: the LF's original shifts by one
    assert len(normalise("a\nb\nc" * 1000)._starts) == 1


@pytest.mark.parametrize("raw", ["ab\u00ad", "ab\r\n", "a\u200b\u200b", "\u00ad", "\r\n"])
def test_a_whole_text_ending_in_an_edit_builds_on(raw: str) -> None:
    m, r = normalise(raw), ref_normalise(raw)
    assert all(s < len(m.text) for s in m._starts[1:])  # no empty run at the end
    b = Builder()
    b.add(m)
    b.drop_last()
    b.add(m)
    b.space(9)
    r = r.slice(0, len(r.text))
    origin = r.origin[:-1] + r.origin + [9]
    same(b.build(), Ref(r.text[:-1] + r.text + " ", origin,
                        r.ends[:-1] + r.ends + [10], 10))


def test_offset_of_run() -> None:
    """``offset_of_run`` is the one offset of a value in one run (``at(i) == i + k``), and None
    for a value of several runs or with an entity's extra; markup stripping uses it."""
    rng = random.Random(4)
    found = 0
    for _ in range(3_000):
        m = normalise(_raw(rng))
        if len(m.text) > 1 and rng.random() < 0.5:
            a = rng.randrange(0, len(m.text) - 1)
            m = m.slice(a, rng.randrange(a + 1, len(m.text) + 1))
        k = m.offset_of_run()
        if k is not None:
            found += 1
            assert all(m.at(i) == i + k for i in range(len(m.text)))
        else:
            assert m._lo != m._hi or m._extras is not None
    b = Builder()
    b.insert("ä", 0, until=6)  # "&auml;": one character for six
    assert b.build().offset_of_run() is None
    assert found > 1_000


def _line_bounds(text: str) -> list[tuple[int, int]]:
    """Where each line of ``text`` starts and stops, without its line end."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


_PAGE_PIECES = ["x", "", " ", "Anna Berg (S)", "<p>att", "&amp;", "<br>", "<li>Lund", "- punkt 3",
                "1. att", "MOTION", "## Rubrik", "Vi yrkar därför:", "\r", "**Anna**", "o  två"]


@pytest.mark.parametrize("seed", range(4))
def test_segmented_objects_are_built_whole(seed: int) -> None:
    """Segmentation and the role stage set the slots of their lines, blocks and line roles
    without calling their constructors (speed only): the lines are those each line's reading
    alone gives, and each object is the one its constructor builds from the same values, on
    stored texts and on pages of tiny lines and tags."""
    rng = random.Random(seed)
    texts = ["\n".join(rng.choice(_PAGE_PIECES) for _ in range(rng.randrange(1, 60)))
             for _ in range(500)]
    if seed == 0:
        texts += list(stored_texts())
    count = 0
    for text in texts:
        if not text.strip():
            continue
        doc = _clean(text)
        blocks = segment(doc)
        read = (_clean_line(doc, start, stop) for start, stop in _line_bounds(doc.text)
                if doc.text[start:stop].strip())  # each line read alone, in full
        assert [line for block in blocks for line in block.lines] == \
            [line for line in read if line.text.text or line.marker is not None]
        for block in blocks:
            assert Block(*(getattr(block, f.name) for f in fields(Block))) == block
            for line in block.lines:
                assert Line(*(getattr(line, f.name) for f in fields(Line))) == line
                count += 1
        for lr in assign(blocks).lines:
            assert LineRole(*(getattr(lr, f.name) for f in fields(LineRole))) == lr
    assert count > 5_000

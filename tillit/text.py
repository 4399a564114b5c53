"""Normalisation that remembers where every character came from.

Every string the pipeline works on is a :class:`Mapped`: its text plus a map from each character
to the span of the caller's original string it stems from. Edits (CRLF, NBSP, soft hyphens,
Markdown marks, joined hard wraps) are made by building new ``Mapped`` values piece by piece, so
spans of extracted values always point into the original text without diffing afterwards.

The map is kept as runs, not one integer per character: a run is a stretch of characters whose
originals are consecutive (character ``k`` stems from ``k + shift``), and a character that stands
for more than one original character (a decoded HTML entity) is a run of its own. Slices share
their parent's runs, and a span is translated with a binary search over the run starts.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from operator import add, eq

from tillit.spans import Span, span_at

_new = object.__new__
#: Characters dropped outright: BOM / zero-width marks, soft hyphen, bidi marks.
_DROP = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
#: Characters that read as a plain space.
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                    "\u202f\u205f\u3000\t\v\f")
#: Private-use and odd bullets from Word/PDF export, read as a bullet: the Symbol and
#: Wingdings fonts' (U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC, U+F0A8, U+F06C, U+F06E) and their
#: Unicode look-alikes (circles, squares, diamonds, arrows, check marks, ballot boxes).
_BULLETS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06c\uf06e\u25cf\u25aa\u25a0"
                     "\u2023\u2043\u25e6\u2219\u25a1\u25c6\u2756\u27a4\u2713\u2714\u2610")
#: Word processors' hyphens and dashes, read as the two that text is matched with: a hyphen
#: (U+2010, the non-breaking U+2011, a minus sign) as "-", a figure dash or bar as "–"/"—".
_DASHES = {"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2012": "–", "\u2015": "—"}


class Mapped:
    """A string with the original span of each character, kept as runs shared with slices.

    Run ``r`` starts at index ``starts[r]`` of the underlying (unsliced) text and lasts until the
    next run starts; its character ``k`` stems from original offset ``k + shifts[r]`` and ends
    ``extras[r]`` characters after the usual ``k + shifts[r] + 1`` (only a one-character run, a
    decoded entity, has an extra). ``text[0]`` is character ``base`` of the underlying text, and
    runs ``lo`` to ``hi`` are the ones this value's characters fall in, so a value inside one
    run (most lines and words) translates without a search.
    """

    __slots__ = ("_base", "_extras", "_hi", "_lo", "_shifts", "_starts", "end", "text")

    def __init__(self, text: str, end: int, starts: array[int], shifts: array[int],
                 extras: array[int] | None = None, base: int = 0, lo: int = 0,
                 hi: int | None = None) -> None:
        self.text = text
        #: Original offset just past the last character; the end of an empty value's span.
        self.end = end
        self._starts = starts
        self._shifts = shifts
        self._extras = extras
        self._base = base
        self._lo = lo
        self._hi = len(starts) - 1 if hi is None else hi

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Mapped({self.text!r}, span={self.span()!r})"

    def __eq__(self, other: object) -> bool:
        """Same text from the same original characters (however the runs are laid out)."""
        if not isinstance(other, Mapped):
            return NotImplemented
        n = len(self.text)
        return self.text == other.text and self.end == other.end and all(
            self.at(i) == other.at(i) and self.end_at(i) == other.end_at(i) for i in range(n))

    def _run(self, k: int) -> int:
        """The run of character ``k`` of the underlying text (one inside this value)."""
        lo, hi = self._lo, self._hi
        return lo if lo == hi else bisect_right(self._starts, k, lo + 1, hi + 1) - 1

    def at(self, i: int) -> int:
        """Original offset of ``text[i]`` (a negative ``i`` counts from the end)."""
        n = len(self.text)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("Mapped index out of range")
        k = i + self._base
        lo, hi = self._lo, self._hi  # ``_run`` spelt out: markup and segmentation call this
        r = lo if lo == hi else bisect_right(self._starts, k, lo + 1, hi + 1) - 1
        return k + self._shifts[r]

    def offset_of_run(self) -> int | None:
        """``k`` such that ``at(i) == i + k`` for every character, where the value lies in one
        run without extras (its characters' sources are consecutive); None otherwise."""
        if self._lo != self._hi or self._extras is not None:
            return None
        return self._base + self._shifts[self._lo]

    def end_at(self, i: int) -> int:
        """Original offset just past the source of ``text[i]`` (past a whole entity "&auml;")."""
        n = len(self.text)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("Mapped index out of range")
        k = i + self._base
        r = self._run(k)
        if self._extras is None:
            return k + 1 + self._shifts[r]
        return k + 1 + self._shifts[r] + self._extras[r]

    def bisect_left(self, offset: int) -> int:
        """:func:`bisect.bisect_left` over the characters' original offsets."""
        return bisect_left(range(len(self.text)), offset, key=self.at)

    def bisect_right(self, offset: int) -> int:
        """:func:`bisect.bisect_right` over the characters' original offsets."""
        return bisect_right(range(len(self.text)), offset, key=self.at)

    def span(self, start: int = 0, stop: int | None = None) -> Span:
        """Original span covering ``text[start:stop]``."""
        n = len(self.text)
        if stop is None:
            stop = n
        if start >= stop:
            pos = self.at(start) if start < n else self.end
            return span_at(pos, pos)
        if start < 0 or stop > n:  # counted from the end, or out of range: as the methods say
            return span_at(self.at(start), self.end_at(stop - 1))
        base, shifts, lo, hi = self._base, self._shifts, self._lo, self._hi
        if lo == hi:
            first = last = lo
        else:
            starts = self._starts
            last = bisect_right(starts, stop - 1 + base, lo + 1, hi + 1) - 1
            first = last if starts[last] <= start + base else \
                bisect_right(starts, start + base, lo + 1, last) - 1
        end = stop + base + shifts[last]
        if self._extras is not None:
            end += self._extras[last]
        return span_at(start + base + shifts[first], end)

    def offsets(self, start: int, stop: int) -> tuple[int, int]:
        """``span(start, stop)`` as (start, end) without building a :class:`Span`; anything but
        a slice inside one run is left to span(), which raises where it would."""
        lo = self._lo
        if lo == self._hi and 0 <= start < stop <= len(self.text):
            shift = self._base + self._shifts[lo]
            end = stop + shift if self._extras is None else stop + shift + self._extras[lo]
            return start + shift, end
        span = self.span(start, stop)
        return span.start, span.end

    def bounds(self) -> tuple[int, int]:
        """``offsets(0, len(self.text))`` of a value that is not empty, read directly where it
        lies in one run (a paragraph's span: one a block)."""
        lo = self._lo
        if lo == self._hi:
            shift = self._base + self._shifts[lo]
            stop = len(self.text) + shift
            return shift, stop if self._extras is None else stop + self._extras[lo]
        return self.offsets(0, len(self.text))

    def span_end(self) -> int:
        """``span().end`` without building a :class:`Span`: where the value's source ends
        (a value whose source would end before it starts raises as ``span()`` does)."""
        n = len(self.text)
        return self.offsets(0, n)[1] if n else self.end

    def slice(self, start: int, stop: int) -> Mapped:
        """The sub-string ``text[start:stop]`` with its origins; shares this value's runs."""
        n = len(self.text)
        if 0 <= start < stop <= n:  # the usual case
            return self._piece(start, stop, self.text[start:stop])
        base, lo = self._base, self._lo
        if stop > start:
            end = self.end_at(stop - 1)
        elif stop < n:
            end = self.at(stop)
        else:
            end = self.end
        first = max(start + n, 0) if start < 0 else min(start, n)
        text = self.text[start:stop]
        if not text:  # no characters, no runs to translate: any run will do
            return Mapped(text, end, self._starts, self._shifts, self._extras, base + first,
                          lo, lo)
        # A negative start or a stop past the end: find the runs from the characters kept.
        last = self._run(base + first + len(text) - 1)
        return Mapped(text, end, self._starts, self._shifts, self._extras, base + first,
                      self._run(base + first), last)

    def cut(self, start: int, stop: int, text: str) -> tuple[Mapped, int]:
        """``slice(start, stop)`` given its text (``self.text[start:stop]``, not empty), and
        the original offset of its first character: segmentation cuts every line this way."""
        piece = self._piece(start, stop, text)
        return piece, piece._base + piece._shifts[piece._lo]

    def cutter(self) -> Callable[[int, int, str], tuple[Mapped, int]]:
        """:meth:`cut` as a function; for a value in one run without extras (most documents:
        no CRLF, no entity), one that builds the piece without looking for its runs."""
        # (both: ``tests/test_text_runs.py`` compares them with ``cut``)
        if not self.text:  # nothing to cut (and maybe no run to read)
            return self.cut
        off = self.offset_of_run()
        starts, shifts, extras = self._starts, self._shifts, self._extras
        base, lo, hi = self._base, self._lo, self._hi
        if off is not None:
            def cut(start: int, stop: int, text: str) -> tuple[Mapped, int]:
                # Mapped(text, stop + off, starts, shifts, None, base + start, lo, lo), its
                # slots set here: no __init__ call a line
                piece = _new(Mapped)
                piece.text = text
                piece.end = stop + off
                piece._starts = starts
                piece._shifts = shifts
                piece._extras = None
                piece._base = base + start
                piece._lo = lo
                piece._hi = lo
                return piece, start + off
            return cut

        def cut_runs(start: int, stop: int, text: str) -> tuple[Mapped, int]:
            # _piece spelt out (a page of tags has a run a tag: every line is cut this way)
            k = stop - 1 + base
            last = bisect_right(starts, k, lo + 1, hi + 1) - 1
            first = last if starts[last] <= start + base else \
                bisect_right(starts, start + base, lo + 1, last) - 1
            end = k + 1 + shifts[last]
            if extras is not None:
                end += extras[last]
            piece = _new(Mapped)  # Mapped(text, end, …, base + start, first, last), as above
            piece.text = text
            piece.end = end
            piece._starts = starts
            piece._shifts = shifts
            piece._extras = extras
            piece._base = base + start
            piece._lo = first
            piece._hi = last
            return piece, base + start + shifts[first]
        return cut_runs

    def _piece(self, start: int, stop: int, text: str) -> Mapped:
        """``slice(start, stop)`` for ``0 <= start < stop <= len(self.text)``, given its text:
        the runs it falls in found by bisection within this value's runs."""
        base, lo, hi = self._base, self._lo, self._hi
        k = stop - 1 + base
        if lo == hi:
            first = last = lo
        else:
            starts = self._starts
            last = bisect_right(starts, k, lo + 1, hi + 1) - 1
            first = last if starts[last] <= start + base else \
                bisect_right(starts, start + base, lo + 1, last) - 1
        end = k + 1 + self._shifts[last]
        if self._extras is not None:
            end += self._extras[last]
        return Mapped(text, end, self._starts, self._shifts, self._extras, base + start, first,
                      last)

    def strip(self, chars: str | None = None) -> Mapped:
        """Strip like :meth:`str.strip`, keeping origins."""
        text = self.text
        if chars is None and text and not text[0].isspace() and not text[-1].isspace():
            return self
        left = len(text) - len(text.lstrip(chars))
        right = len(text.rstrip(chars))
        if left == 0 and right == len(text):
            return self
        if right <= left:
            return self.slice(left, left)
        return self.slice(left, right)


class Builder:
    """Assemble a :class:`Mapped` from pieces of other mapped strings and inserted text."""

    __slots__ = ("_end", "_extras", "_n", "_parts", "_shifts", "_starts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0  # characters so far
        self._starts: array[int] = array("q")
        self._shifts: array[int] = array("q")
        self._extras: array[int] | None = None
        self._end = 0

    def _run(self, start: int, shift: int, extra: int) -> None:
        """Start a run at ``start``, or let the last run go on when the origins continue it."""
        shifts, extras = self._shifts, self._extras
        if not extra and shifts and shifts[-1] == shift and (extras is None or not extras[-1]):
            return
        self._starts.append(start)
        shifts.append(shift)
        if extras is None:
            if not extra:
                return
            extras = self._extras = _zeros(len(shifts) - 1)
        extras.append(extra)

    def add(self, piece: Mapped) -> None:
        """Append a mapped piece, keeping its origins."""
        text = piece.text
        if not text:
            return
        n = self._n
        base, starts, shifts, extras = piece._base, piece._starts, piece._shifts, piece._extras
        first, stop = piece._lo, piece._hi  # the piece's first and last run
        if first == stop and extras is None and self._extras is None:  # the usual piece
            shift = shifts[first] + base - n
            if not self._shifts or self._shifts[-1] != shift:
                self._starts.append(n)
                self._shifts.append(shift)
            self._parts.append(text)
            self._n = n + len(text)
            self._end = piece.end
            return
        move = n - base  # index in the piece's underlying text + move = index here
        shift = shifts[first] - move
        mine = self._shifts
        if extras is not None or not mine or mine[-1] != shift or self._extras is not None:
            self._run(n, shift, extras[first] if extras is not None else 0)
        if stop > first:  # the piece's other runs start inside it and cannot continue ours
            self._starts.extend([s + move for s in starts[first + 1:stop + 1]])
            self._shifts.extend([s - move for s in shifts[first + 1:stop + 1]])
            if extras is not None:
                if self._extras is None:
                    self._extras = _zeros(len(self._shifts) - (stop - first))
                self._extras.extend(extras[first + 1:stop + 1])
            elif self._extras is not None:
                self._extras.extend(_zeros(stop - first))
        self._parts.append(text)
        self._n = n + len(text)
        self._end = piece.end

    def add_slice(self, piece: Mapped, start: int, stop: int) -> None:
        """``add(piece.slice(start, stop))`` without building the slice where the slice lies
        in one run of ``piece`` (markup stripping adds every word of a page this way; the
        page may have several runs, from CRLF line ends, and the builder extras, from an
        entity decoded earlier)."""
        if piece._extras is not None or not 0 <= start < stop <= len(piece.text):
            self.add(piece.slice(start, stop))
            return
        lo, hi, base = piece._lo, piece._hi, piece._base
        if lo != hi:  # the run of the slice's last character, as slice() finds it
            starts = piece._starts
            lo = bisect_right(starts, stop - 1 + base, lo + 1, hi + 1) - 1
            if starts[lo] > start + base:  # the slice spans two runs or more
                self.add(piece.slice(start, stop))
                return
        n = self._n
        origin = base + piece._shifts[lo]
        shift = origin + start - n
        if self._extras is not None:
            self._run(n, shift, 0)
        elif not self._shifts or self._shifts[-1] != shift:
            self._starts.append(n)
            self._shifts.append(shift)
        self._parts.append(piece.text[start:stop])
        self._n = n + stop - start
        self._end = stop + origin

    def add_run(self, text: str, at: int) -> None:
        """Append ``text`` whose characters stem from consecutive originals from ``at`` on:
        ``add_slice`` of a piece of a value in one run without extras, given the slice's text
        and the origin of its first character (markup adds each word of a plain page so)."""
        n = self._n
        shift = at - n
        if self._extras is not None:
            self._run(n, shift, 0)
        elif not self._shifts or self._shifts[-1] != shift:
            self._starts.append(n)
            self._shifts.append(shift)
        self._parts.append(text)
        self._n = n + len(text)
        self._end = at + len(text)

    def insert(self, text: str, at: int, until: int | None = None) -> None:
        """Append text with no source of its own, mapped to original offset ``at``; with
        ``until``, each character stands for the whole original range ``[at, until)``."""
        if until is None and len(text) == 2 and self._extras is None:
            # The general case below for a block tag's "\n\n" (most insertions of markup),
            # spelt out: each character a run, unless the first goes on with the last run.
            n, shifts = self._n, self._shifts
            shift = at - n
            if not shifts or shifts[-1] != shift:
                self._starts.append(n)
                shifts.append(shift)
            self._starts.append(n + 1)
            shifts.append(shift - 1)
            self._parts.append(text)
            self._n = n + 2
            if at + 1 > self._end:
                self._end = at + 1
            return
        if text:
            stop = at + 1 if until is None else until
            n, more = self._n, len(text) - 1
            shift = at - n
            if stop != at + 1 or self._extras is not None or not self._shifts \
                    or self._shifts[-1] != shift:
                self._run(n, shift, stop - at - 1)
            if more == 1:  # "\n\n" for a paragraph: the second "\n" is a run of its own
                self._starts.append(n + 1)
                self._shifts.append(shift - 1)
                if self._extras is not None:  # (always, when the first had an extra)
                    self._extras.append(stop - at - 1)
            elif more:  # so is every further character: its origin does not move
                self._starts.extend(range(n + 1, n + 1 + more))
                self._shifts.extend(range(shift - 1, shift - 1 - more, -1))
                if self._extras is not None:
                    self._extras.extend(array("q", [stop - at - 1]) * more)
            self._parts.append(text)
            self._n = n + 1 + more
            if stop > self._end:
                self._end = stop

    def space(self, at: int) -> None:
        """Append one space mapped to original offset ``at``: ``insert(" ", at)`` without its
        general cases, for reflow, which joins every pair of lines with one."""
        n = self._n
        shift = at - n
        if self._extras is not None:
            self._run(n, shift, 0)
        elif not self._shifts or self._shifts[-1] != shift:
            self._starts.append(n)
            self._shifts.append(shift)
        self._parts.append(" ")
        self._n = n + 1
        if at >= self._end:
            self._end = at + 1

    def drop_last(self) -> None:
        """Remove the last character appended (a hyphen that a hard wrap split a word at)."""
        if self._parts:
            last = self._parts[-1]
            if len(last) == 1:
                self._parts.pop()
            else:
                self._parts[-1] = last[:-1]
            self._n -= 1
            if self._starts[-1] == self._n:  # the character was a run of its own
                self._starts.pop()
                self._shifts.pop()
                if self._extras is not None:
                    self._extras.pop()

    def build(self) -> Mapped:
        """The assembled value; it takes over the builder's run arrays, so build once."""
        return Mapped("".join(self._parts), self._end, self._starts, self._shifts, self._extras)


#: A run of two spaces or more.
_SPACE_RUN = re.compile(r"[ ]{2,}")


def add_squeezed(b: Builder, line: Mapped) -> None:
    """Append a line with runs of spaces inside it reduced to one."""
    text = line.text
    if "  " not in text:
        b.add(line)
        return
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        b.add(line.slice(pos, m.start() + 1))
        pos = m.end()
    b.add(line.slice(pos, len(text)))


def squeezed(line: Mapped) -> Mapped:
    """``line`` with runs of spaces inside it reduced to one, each character mapped to where it
    stood."""
    b = Builder()
    add_squeezed(b, line)
    return b.build()


def joined(pieces: list[Mapped], text: str) -> Mapped | None:
    """``text``, the pieces' texts joined with one space each, mapped as a :class:`Builder`
    maps it when each space is ``space(p.end - 1 if p.end else 0)`` after the piece ``p``
    before it: a run for each piece and each space, built a list at a time (reflow of a
    block of many lines). None when a piece is not one run without extras, or when two runs
    would merge (the builder's work then)."""
    if any(p._lo != p._hi or p._extras is not None for p in pieces):
        return None
    lens = [len(p.text) for p in pieces]
    firsts = [0, *accumulate(n + 1 for n in lens[:-1])]
    own = [p._shifts[p._lo] + p._base - at for p, at in zip(pieces, firsts, strict=True)]
    gaps = list(map(add, firsts[:-1], lens))
    after = [(p.end - 1 if p.end else 0) - at for p, at in zip(pieces, gaps, strict=False)]
    starts: list[int] = [0] * (2 * len(pieces) - 1)
    shifts: list[int] = starts[:]
    starts[0::2], starts[1::2] = firsts, gaps
    shifts[0::2], shifts[1::2] = own, after
    if any(map(eq, shifts, shifts[1:])):
        return None
    return Mapped(text, pieces[-1].end, array("q", starts), array("q", shifts))


def _zeros(count: int) -> array[int]:
    """An array of ``count`` zeros: the extras of runs that have none."""
    return array("q", [0]) * count


def _translation() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x20), 0x7F, *range(0xD800, 0xE000)]:
        table[code] = " "
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _BULLETS:
        table[ord(ch)] = "•"
    for ch, dash in _DASHES.items():
        table[ord(ch)] = dash
    for ch in "\u2028\u2029\x85\f\v":
        table[ord(ch)] = "\n"  # (a form feed is a PDF's page break, as pdftotext writes it)
    table[ord("\n")] = "\n"
    return table


#: One-to-one replacements, and a pattern finding the characters that need one.
_TRANSLATE = _translation()
_ONE_TO_ONE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE) if c != ord("\n")) + "]"
)


def clean_char(ch: str) -> str:
    """One character as :func:`normalise` reads it ("" when it is dropped)."""
    if ch in _DROP:
        return ""
    return _TRANSLATE.get(ord(ch), ch)


#: What is not one-to-one: dropped characters and CR / CRLF line ends.
#: A tab alone between two words is a column gap (Word's "Anna Berg<TAB>Per Holm"): it
#: becomes two spaces, as a gap of spaces reads.
_EDITS = re.compile("\r\n?|(?<=[^\\s])\t(?=[^\\s])|[" + "".join(sorted(_DROP)) + "]")
#: The same characters for a cheap test first: one substring search each is many times
#: faster than the pattern's scan, and most texts hold none of them.
_EDIT_CHARS = ("\r", "\t", *sorted(_DROP))


def normalise(raw: str) -> Mapped:
    """Read ``raw`` as lines of plain text: LF line ends, plain spaces, no invisible marks.

    Character-level only (no reflow): CRLF/CR become LF, NBSP and other spaces become " " (a
    tab alone between two words becomes two, a column gap),
    BOM, soft hyphens and zero-width or bidi marks are dropped, odd bullets become "•", hyphen
    and dash variants become "-", "–" or "—", and other control characters become spaces.
    Line structure is left for segmentation. The work is done by ``str.translate`` and a scan
    for the few edits that change length; the text between two edits is one run of the map,
    so nothing here loops over characters in Python.
    """
    pieces: list[str] = []
    starts = array("q", [0])
    shifts = array("q", [0])
    pos = n = 0  # next original offset to copy; characters so far
    edits = any(ch in raw for ch in _EDIT_CHARS)
    for m in _EDITS.finditer(raw) if edits else ():
        at = m.start()
        if at > pos:
            pieces.append(raw[pos:at])
            n += at - pos
        if m.group()[0] == "\r":  # "\r" or "\r\n" becomes "\n", mapped to the "\r"
            pieces.append("\n")
            n += 1
        elif m.group() == "\t":  # two spaces, each mapped to the tab
            # (the run in force maps the first: the text since the last edit was copied one
            # to one; the second opens a run one character further back)
            pieces.append("  ")
            starts.append(n + 1)
            shifts.append(at - n - 1)
            n += 2
            pos = at + 1
            continue
        pos = m.end()
        if pos - n != shifts[-1]:  # what follows is shifted by the characters left out
            if starts[-1] == n:  # nothing kept since the last edit
                shifts[-1] = pos - n
            else:
                starts.append(n)
                shifts.append(pos - n)
    pieces.append(raw[pos:])
    if pos == len(raw) and starts[-1] == n and n:  # the last edit dropped the last characters
        starts.pop()
        shifts.pop()
    text = "".join(pieces)
    if _ONE_TO_ONE.search(text):
        text = _ONE_TO_ONE.sub(lambda m: _TRANSLATE[ord(m.group())], text)
    return Mapped(text, len(raw), starts, shifts)


def identity(raw: str) -> Mapped:
    """Map a string onto itself (offsets equal positions); for already clean text."""
    return Mapped(raw, len(raw), array("q", [0]), array("q", [0]))

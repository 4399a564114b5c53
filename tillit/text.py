"""Normalisation that remembers where every character came from.

Every string the pipeline works on is a :class:`Mapped`: its text plus, for each character, the
offset in the caller's original string it stems from. Edits (CRLF, NBSP, soft hyphens, Markdown
marks, joined hard wraps) are made by building new ``Mapped`` values piece by piece, so spans of
extracted values always point into the original text without diffing afterwards.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from tillit.spans import Span

#: Characters dropped outright: BOM / zero-width marks, soft hyphen, bidi marks.
_DROP = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
#: Characters that read as a plain space.
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                    "\u202f\u205f\u3000\t\v\f")
#: Private-use and odd bullets from Word/PDF export, read as a bullet.
_BULLETS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25cf\u25aa\u25a0\u2023\u2043\u25e6\u2219")


@dataclass(slots=True)  # internal and never mutated; frozen would double construction cost
class Mapped:
    """A string with the original offset of each character (``origin[i]`` for ``text[i]``)."""

    text: str
    origin: array[int]
    #: Original offset just past the last character; the end of an empty value's span.
    end: int
    #: Where each character's source ends, when some character stands for more than one
    #: original character (a decoded HTML entity "&auml;" → "ä"); None means ``origin + 1``.
    ends: array[int] | None = None

    def __len__(self) -> int:
        return len(self.text)

    def _end_of(self, i: int) -> int:
        return self.ends[i] if self.ends is not None else self.origin[i] + 1

    def span(self, start: int = 0, stop: int | None = None) -> Span:
        """Original span covering ``text[start:stop]``."""
        stop = len(self.text) if stop is None else stop
        if start >= stop:
            pos = self.origin[start] if start < len(self.origin) else self.end
            return Span(start=pos, end=pos)
        return Span(start=self.origin[start], end=self._end_of(stop - 1))

    def slice(self, start: int, stop: int) -> Mapped:
        """The sub-string ``text[start:stop]`` with its origins."""
        origin, ends = self.origin, self.ends
        if stop > start:
            end = ends[stop - 1] if ends is not None else origin[stop - 1] + 1
        else:
            end = origin[stop] if stop < len(origin) else self.end
        return Mapped(self.text[start:stop], origin[start:stop], end,
                      None if ends is None else ends[start:stop])

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

    __slots__ = ("_end", "_ends", "_origin", "_parts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._origin: array[int] = array("q")
        self._ends: array[int] | None = None
        self._end = 0

    def _need_ends(self) -> array[int]:
        if self._ends is None:
            self._ends = array("q", [o + 1 for o in self._origin])
        return self._ends

    def add(self, piece: Mapped) -> None:
        """Append a mapped piece, keeping its origins."""
        if piece.text:
            if piece.ends is not None or self._ends is not None:
                ends = self._need_ends()
                ends.extend(piece.ends if piece.ends is not None
                            else array("q", [o + 1 for o in piece.origin]))
            self._parts.append(piece.text)
            self._origin.extend(piece.origin)
            self._end = piece.end

    def insert(self, text: str, at: int, until: int | None = None) -> None:
        """Append text with no source of its own, mapped to original offset ``at``; with
        ``until``, each character stands for the whole original range ``[at, until)``."""
        if text:
            stop = at + 1 if until is None else until
            if stop != at + 1 or self._ends is not None:
                self._need_ends().extend([stop] * len(text))
            self._parts.append(text)
            self._origin.extend([at] * len(text))
            self._end = max(self._end, stop)

    def space(self, at: int) -> None:
        """Append one space mapped to original offset ``at``: ``insert(" ", at)`` without its
        general cases, for reflow, which joins every pair of lines with one."""
        if self._ends is not None:
            self._ends.append(at + 1)
        self._parts.append(" ")
        self._origin.append(at)
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
            self._origin.pop()
            if self._ends is not None:
                self._ends.pop()

    def build(self) -> Mapped:
        return Mapped("".join(self._parts), self._origin, self._end, self._ends)


def _translation() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x20), 0x7F, *range(0xD800, 0xE000)]:
        table[code] = " "
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _BULLETS:
        table[ord(ch)] = "•"
    for ch in "\u2028\u2029\x85":
        table[ord(ch)] = "\n"
    table[ord("\n")] = "\n"
    return table


#: One-to-one replacements, and a pattern finding the characters that need one.
_TRANSLATE = _translation()
_ONE_TO_ONE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE) if c != ord("\n")) + "]"
)
#: A shared identity map; slicing it (a memcpy) is far cheaper than ``array(range(...))``.
_IDENTITY: array[int] = array("q", range(1 << 16))


def clean_char(ch: str) -> str:
    """One character as :func:`normalise` reads it ("" when it is dropped)."""
    if ch in _DROP:
        return ""
    return _TRANSLATE.get(ord(ch), ch)


def positions(start: int, stop: int) -> array[int]:
    """The array ``[start, start + 1, …, stop - 1]`` of original offsets."""
    global _IDENTITY
    if stop > len(_IDENTITY):
        _IDENTITY = array("q", range(max(stop, 2 * len(_IDENTITY))))
    return _IDENTITY[start:stop]
#: What is not one-to-one: dropped characters and CR / CRLF line ends.
_EDITS = re.compile("\r\n?|[" + "".join(sorted(_DROP)) + "]")


def normalise(raw: str) -> Mapped:
    """Read ``raw`` as lines of plain text: LF line ends, plain spaces, no invisible marks.

    Character-level only (no reflow): CRLF/CR become LF, NBSP and other spaces become " ",
    BOM, soft hyphens and zero-width or bidi marks are dropped, odd bullets become "•", and
    other control characters become spaces. Line structure is left for segmentation. The work
    is done by ``str.translate`` and a scan for the few edits that change length, so it runs
    at C speed.
    """
    pieces: list[str] = []
    origin: array[int] = array("q")
    pos = 0
    for m in _EDITS.finditer(raw):
        pieces.append(raw[pos: m.start()])
        origin.extend(positions(pos, m.start()))
        if m.group()[0] == "\r":
            pieces.append("\n")
            origin.append(m.start())
        pos = m.end()
    pieces.append(raw[pos:])
    origin.extend(positions(pos, len(raw)))
    text = "".join(pieces)
    if _ONE_TO_ONE.search(text):
        text = _ONE_TO_ONE.sub(lambda m: _TRANSLATE[ord(m.group())], text)
    return Mapped(text, origin, len(raw))


def identity(raw: str) -> Mapped:
    """Map a string onto itself (offsets equal positions); for already clean text."""
    return Mapped(raw, positions(0, len(raw)), len(raw))

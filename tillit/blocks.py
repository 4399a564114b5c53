"""Segmentation: normalised text → an ordered list of blocks (headings, paragraphs, list items).

Each line is cleaned of Markdown marks and list markers, then lines are grouped into blocks by
an ordered set of rules (see :func:`segment`). Blocks keep their lines, because signatures and
att-satser are line-oriented, and a reflowed text, because paragraphs are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Literal

from tillit import patterns as P
from tillit.lexicon import lexicon
from tillit.shapes import GROUP_STARTS, ends_in_wrap_word, is_date_line, is_signature
from tillit.text import Builder, Mapped, add_squeezed, joined

BlockKind = Literal["heading", "paragraph", "item"]
_new = object.__new__

#: Words after a line-final hyphen that show the hyphen is a Swedish compound ellipsis
#: ("radio- och televisionsprogram"), not a word split by wrapping.
_ELLIPSIS_WORDS = frozenset({"och", "eller", "samt", "resp", "respektive", "till", "som", "som,"})


#: First characters of a list marker (digits and "a)" are checked separately).
_MARKER_STARTS = frozenset("-–—•*+‣▪◦○■►➢·o")
#: First characters after which :func:`_clean_line` reads marks: a list marker, "#", ">"
#: (and "o" before a space, Word's second-level bullet).
_MARKED_STARTS = (_MARKER_STARTS - {"o"}) | {"#", ">"}


@dataclass(slots=True)  # internal and never mutated; frozen would double construction cost
class Line:
    """One cleaned line: Markdown marks and list marker removed, outer spaces stripped."""

    text: Mapped
    #: Original offset where the line's source starts, including any marker removed from it.
    start: int
    #: "#" count of a Markdown heading, 0 otherwise.
    level: int
    #: The list marker as written ("-", "•", "1.", "a)"), if the line starts a list item.
    marker: str | None
    #: The line was wrapped in emphasis as a whole ("*Jihad Menhem*", "**För …**").
    emphasised: bool


@dataclass(slots=True)  # internal and never mutated; frozen would double construction cost
class Block:
    """A run of lines that a reader sees as one unit."""

    kind: BlockKind
    lines: tuple[Line, ...]
    #: Lines joined with single spaces, hyphenated line breaks mended.
    text: Mapped
    #: Position in the document's block list.
    index: int
    #: Running text: a paragraph of many words with at least one sentence end.
    prose: bool

    @property
    def level(self) -> int:
        return self.lines[0].level

    @property
    def marker(self) -> str | None:
        return self.lines[0].marker


def _glued(text: str, start: int, end: int) -> bool:
    """A mark with a character on each side that is neither space nor closing punctuation."""
    return start > 0 and end < len(text) and not text[start - 1].isspace() \
        and not text[end].isspace() and text[end] not in ".,;:!?)”\"'"


#: The last character of a text inside a whole-line emphasis that the fast reading of
#: :func:`_wrapped` accepts besides letters and digits: no space and no delimiter.
_WRAPPED_ENDS = frozenset(".,:;!?)")


def _wrapped(text: str) -> int | None:
    """The width of the delimiter of a line that one emphasis pair wraps as a whole and that
    holds no other delimiter or link ("*Anna Berg*", "**För Vänsterpartiet:**"), or None.

    For such a line the full reading (:func:`_strip_emphasis`) finds one opening delimiter at
    the start and its closing one at the end, drops both and keeps the rest, which
    ``WHOLE_EMPHASIS`` matches: the inner text opens with a letter or digit and ends with one
    or with closing punctuation, neither of which the delimiter patterns take for space, and
    is at most 2,000 characters long. Name lines in a Markdown signature list are read so."""
    mark = text[0]
    if mark not in "*_" or "](" in text or "\n" in text:
        return None
    width = len(text) - len(text.lstrip(mark))
    if not (1 if mark == "*" else 2) <= width <= 3 or not text.endswith(text[:width]) \
            or text.count("*") + text.count("_") != 2 * width \
            or not 1 <= len(text) - 2 * width <= 2000:
        return None
    first, last = text[width], text[-width - 1]
    if first.isalnum() and (last.isalnum() or last in _WRAPPED_ENDS):
        return width
    return None


def _strip_emphasis(line: Mapped) -> tuple[Mapped, bool]:
    """Drop Markdown emphasis delimiters and link targets, keep origins of the rest."""
    text = line.text
    if "*" not in text and "_" not in text and "](" not in text:
        return line, False
    if (inner := _wrapped(text)) is not None:
        return line.slice(inner, len(text) - inner), True
    kept, emphasised = _emphasis_kept(text) if len(text) <= _KEPT_LONGEST \
        else _emphasis_kept.__wrapped__(text)
    if kept is None:
        return line, emphasised
    if len(kept) == 1:  # "*Anna Berg*": one piece left, a slice of the line needs no builder
        return line.slice(*kept[0]).strip(), emphasised
    b = Builder()
    for start, stop in kept:
        b.add(line.slice(start, stop))
    return b.build().strip(), emphasised


#: The longest line whose :func:`_emphasis_kept` is kept across parses.
_KEPT_LONGEST = 2000


@lru_cache(maxsize=4096)
def _emphasis_kept(text: str) -> tuple[tuple[tuple[int, int], ...] | None, bool]:
    """The stretches of a line that :func:`_strip_emphasis` keeps (None: the whole line) and
    whether emphasis wraps it whole: a pure reading of the text, cached by it (a Markdown
    page's bold labels and names recur)."""
    emphasised = bool(P.WHOLE_EMPHASIS.fullmatch(text))
    # A delimiter without a partner is dropped too ("- att** Lunds kommun …", a bold mark
    # that lost its other half), unless it is glued between two words ("1998*-04-08"): there
    # it is text, and a value read across it would not slice to its source.
    drop: list[tuple[int, int, int, int]] = []  # (start, end, keep_start, keep_end)
    opened: list[tuple[int, int, str]] = []
    for m in P.EMPHASIS.finditer(text):
        if m.group("label") is not None:
            drop.append((m.start(), m.end(), m.start("label"), m.end("label")))
        elif m.group("open") is not None:
            opened.append((m.start(), m.end(), m.group()))
        else:
            for i in range(len(opened) - 1, -1, -1):
                if opened[i][2] == m.group():
                    drop += [(start, end, 0, 0) for start, end, _ in opened[i:]]
                    drop.append((m.start(), m.end(), 0, 0))
                    del opened[i:]
                    break
            else:
                if not _glued(text, m.start(), m.end()):
                    drop.append((m.start(), m.end(), 0, 0))
    drop += [(start, end, 0, 0) for start, end, _ in opened if not _glued(text, start, end)]
    if not drop:
        return None, emphasised
    drop.sort()
    kept: list[tuple[int, int]] = []
    pos = 0
    for start, end, keep_start, keep_end in drop:
        if start > pos:
            kept.append((pos, start))
        if keep_end > keep_start:
            kept.append((keep_start, keep_end))
        pos = end
    if len(text) > pos:
        kept.append((pos, len(text)))
    return tuple(kept), emphasised


def clean_line(raw: Mapped) -> Line:
    """Strip a line's Markdown heading / quote marks, emphasis and list marker."""
    if not raw.text.strip():  # a blank line: empty text at the line's start
        empty = raw if not raw.text else raw.slice(len(raw.text), 0)
        return Line(text=empty, start=raw.end, level=0, marker=None, emphasised=False)
    return _clean_line(raw, 0, len(raw.text))


def _clean_line(doc: Mapped, start: int, stop: int) -> Line:
    """:func:`clean_line` of ``doc``'s characters ``[start, stop)``, sliced from ``doc`` once:
    segmentation calls this for every line of the document without slicing each line first.
    The line must not be blank."""
    text = doc.text[start:stop]
    first = text[0]
    if first not in _MARKED_STARTS and not first.isspace() and not text[-1].isspace() \
            and (first != "o" or text[1:2] != " ") and not first.isdigit() \
            and text[1:2] != ")" and "*" not in text and "_" not in text and "](" not in text:
        # Nothing to strip and no mark to read (most lines): the line is the slice.
        if stop - start == len(doc.text):
            return Line(doc, doc.at(0), 0, None, False)
        line, origin = doc.cut(start, stop, text)
        return Line(line, origin, 0, None, False)
    return _marked_line(doc, start, stop)


def _marked_line(doc: Mapped, start: int, stop: int) -> Line:
    """:func:`_clean_line` read in full: outer spaces, heading and quote marks, emphasis and
    list marker (any line; the cheap path above answers the same for plain lines). A heading
    or quote line without emphasis is one slice of ``doc`` at offsets its text alone decides,
    kept by text (:func:`_marked_shape`); the line that is the whole document is read in
    full."""
    text = doc.text[start:stop]
    shape = _marked_shape(text) if text[0] in _SHAPE_KEPT and len(text) <= _KEPT_LONGEST \
        else None
    if shape is not None and (start or stop < len(doc.text)):
        left, first, last, level, marker = shape
        item = _new(Line)  # Line(slice, line_start, level, marker, False), no __init__
        item.text = doc.slice(start + first, start + last)
        item.start = doc.at(start + left)
        item.level = level
        item.marker = marker
        item.emphasised = False
        return item
    return _read_marked(doc, start, stop)


def _read_marked(doc: Mapped, start: int, stop: int) -> Line:
    """:func:`_marked_line` without its kept shapes."""
    text = doc.text[start:stop]
    stripped = text.strip()
    # Most lines have nothing to strip: no second copy to measure the left margin.
    left = start if len(stripped) == len(text) else start + len(text) - len(text.lstrip())
    right = left + len(stripped)
    first = stripped[0]
    level = skip = 0
    if first == "#":  # a Markdown heading: one to six "#" and a space
        hashes = len(stripped) - len(stripped.lstrip("#"))
        if hashes <= 6 and stripped[hashes:hashes + 1] == " ":
            level = hashes
            skip = len(stripped) - len(stripped[hashes:].lstrip(" "))
    elif first == ">":  # a Markdown quote mark and its space
        skip = 2 if stripped[1:2] == " " else 1
    line_start = doc.at(left)
    if "*" not in stripped and "_" not in stripped and "](" not in stripped:
        # No emphasis: a list item's text is one slice past its marker and the spaces after
        # it (the slice of a slice is the slice of the whole: the same runs).
        body = stripped[skip:] if skip else stripped
        if body[:1] in _MARKER_STARTS or body[:1].isdigit() or body[1:2] == ")":
            m = P.LIST_MARKER.match(body)
            if m is not None:
                rest = body[m.end():]
                lead = len(rest) - len(rest.lstrip())
                if lead < len(rest):
                    item = _new(Line)  # Line(slice, line_start, level, marker, False), no __init__
                    item.text = doc.slice(left + skip + m.end() + lead, right)
                    item.start = line_start
                    item.level = level
                    item.marker = m.group("marker")
                    item.emphasised = False
                    return item
    # One slice for whitespace and marks together: lines are the hot path of segmentation.
    line = doc if (left + skip, right) == (0, len(doc.text)) else doc.slice(left + skip, right)
    emphasised = False
    if "*" in stripped or "_" in stripped or "](" in stripped:
        line, emphasised = _strip_emphasis(line)
    marker = None
    text = line.text
    maybe_marker = text[:1] in _MARKER_STARTS or text[:1].isdigit() or text[1:2] == ")"
    m = P.LIST_MARKER.match(text) if maybe_marker else None
    if m:
        marker = m.group("marker")
        line = line.slice(m.end(), len(line.text))
        line, emph2 = _strip_emphasis(line)
        emphasised = emphasised or emph2
    return Line(line.strip(), line_start, level, marker, emphasised)


#: The first characters of the lines whose shapes are kept: a heading's and a quote's mark. A
#: list's items seldom repeat, and a list of thousands would only turn the cache over.
_SHAPE_KEPT = frozenset("#>")


@lru_cache(maxsize=4096)
def _marked_shape(text: str) -> tuple[int, int, int, int, str | None] | None:
    """Where :func:`_marked_line` of a line without emphasis finds its left margin and its
    text (offsets into the line), its heading level and list marker; None for a line with
    emphasis or no text left. A pure reading of the line's text (the slice of a slice is
    the slice of the whole), cached by it: a page may repeat a heading thousands of times."""
    stripped = text.strip()
    if "*" in stripped or "_" in stripped or "](" in stripped:
        return None
    left = 0 if len(stripped) == len(text) else len(text) - len(text.lstrip())
    right = left + len(stripped)
    first = stripped[0]
    level = skip = 0
    if first == "#":  # as _marked_line reads the marks
        hashes = len(stripped) - len(stripped.lstrip("#"))
        if hashes <= 6 and stripped[hashes:hashes + 1] == " ":
            level = hashes
            skip = len(stripped) - len(stripped[hashes:].lstrip(" "))
    elif first == ">":
        skip = 2 if stripped[1:2] == " " else 1
    body = stripped[skip:] if skip else stripped
    if body[:1] in _MARKER_STARTS or body[:1].isdigit() or body[1:2] == ")":
        m = P.LIST_MARKER.match(body)
        if m is not None:
            rest = body[m.end():]
            lead = len(rest) - len(rest.lstrip())
            if lead < len(rest):
                return left, left + skip + m.end() + lead, right, level, m.group("marker")
            return None  # a marker and nothing after it
    inner = body.strip()
    if not inner:
        return None
    lead = len(body) - len(body.lstrip())
    return left, left + skip + lead, left + skip + lead + len(inner), level, None


def _wrap_join(prev: str, cur: str) -> str:
    """How a line ending in a hyphen joins the next: "drop" the hyphen ("organisa-" + "tion"),
    "keep" it without a space ("Marie-" + "Louise", "EU-" + "medel", "just-in-" + "time"), or
    "space" (a compound ellipsis, "radio-" + "och tv-program", or no hyphen at all)."""
    if len(prev) < 2 or prev[-1] != "-" or not prev[-2].isalpha():
        return "space"
    first_word = cur.split(" ", 1)[0]
    if first_word.lower() in _ELLIPSIS_WORDS or not cur[0].isalpha():
        return "space"
    last_word = prev.rsplit(" ", 1)[-1]
    if cur[0].isupper() or prev[-2].isupper() or "-" in last_word[:-1]:
        return "keep"
    return "drop"


#: From this many lines on, :func:`reflow` tries :func:`~tillit.text.joined` first.
_MANY_LINES = 8


def reflow(lines: tuple[Line, ...]) -> Mapped:
    """Join lines with single spaces; mend words that a hard wrap split at a hyphen."""
    if len(lines) == 1 and "  " not in lines[0].text.text:
        return lines[0].text
    if len(lines) >= _MANY_LINES:  # lines joined by plain spaces only: lists at a time
        texts = [line.text.text for line in lines]
        text = " ".join(texts)
        if all(texts) and "  " not in text and "- " not in text and (
                done := joined([line.text for line in lines], text)) is not None:
            return done
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


def _is_prose(kind: BlockKind, text: str) -> bool:
    """A paragraph of running text: many words and at least one sentence end."""
    if kind == "heading" or len(text) < 80 or text.count(" ") < 11:
        return False
    if len(text) >= 150 and text[-1:] in ".!?":  # (most paragraphs: no scan for a sentence)
        return True
    # A sentence ends where the next word opens in capitals: not in "prop. 1997/98:105".
    return ("? " in text or "! " in text or ". " in text) and (
        _sentence_inside_kept(text) if len(text) <= _KEPT_LONGEST else _sentence_inside(text))


_ABBREVIATIONS = lexicon().folded("proposal", "abbreviations")
#: A dash after a sentence's end sets apart a tail of fewer words than this to the text's end
#: (and at most this many characters: the count never scans a long text).
_TAIL_WORDS = 4
_TAIL_LONGEST = 60


@lru_cache(maxsize=4096)
def _sentence_inside_kept(text: str) -> bool:
    """:func:`_sentence_inside`, cached by text (segmentation asks it of paragraphs that do
    not end in a sentence mark; boilerplate recurs)."""
    return _sentence_inside(text)


def _sentence_inside(text: str) -> bool:
    """A sentence ends inside ``text``: a mark before a capital, the period not an
    abbreviation's ("… nämndens ordf. Johanna Larsson (M) om …" is a heading's)."""
    for m in P.SENTENCE_START.finditer(text):
        at = m.start()
        if text[m.end() - 1] in "–—" and len(text) - m.end() <= _TAIL_LONGEST \
                and text.count(" ", m.end()) < _TAIL_WORDS:
            continue  # "Motion angående … cykelbro. – Kungsbacka": a site's or place's tail
        if text[at] != ".":
            return True
        start = at
        while start and text[start - 1].isalpha():
            start -= 1
        word = text[start:at]
        if word.casefold() not in _ABBREVIATIONS and not (len(word) == 1 and word.isupper()):
            return True  # (a capital alone is an initial: "C.-H. HERMANSSON (vpk)")
    return False


#: An all-caps line this long at most may be a heading; one longer than ``_CAPS_SHORT`` only
#: without a sentence's end inside.
_CAPS_LINE = 120
_CAPS_SHORT = 80


def _is_caps_heading(text: str) -> bool:
    """An all-caps line with two letters or more ("MOTION", "ANNA ANDERSSON (S)"); up to
    ``_CAPS_LINE`` characters, a long title ("INTERPELLATION TILL SOCIALNÄMNDENS ORDFÖRANDE
    ANGÅENDE …"), unless it holds a sentence's end (a paragraph's first line in capitals)."""
    if len(text) > _CAPS_LINE or not text.isupper() or (len(text) > _CAPS_SHORT and ". " in text):
        return False
    letters = 0
    for c in text:  # stops at the second letter instead of counting them all
        if c.isalpha():
            letters += 1
            if letters == 2:
                return True
    return False


#: A line this long counts as a wrapped or whole paragraph line in the layout tests below.
_LONG = 60
def _long_lines(raw_lines: list[str], enough: int) -> int:
    """How many of the lines are ``_LONG`` characters or longer, counted up to ``enough``.

    Every layout test below needs such lines (double spacing one, a paragraph a line three),
    and one pass over the line lengths says whether there are any before a Python loop over
    the lines. (A multi-line pattern's scan, which this replaced, costs more on every text:
    its engine tries each character as a line start; the longest line's length, read first
    in C, answers for texts of short lines without the generator.)"""
    if not raw_lines or max(map(len, raw_lines)) < _LONG:
        return 0
    return sum(1 for _ in islice((n for n in map(len, raw_lines) if n >= _LONG), enough))


def _double_spaced(raw_lines: list[str]) -> bool:
    """True for PDF text whose wrapped lines are separated by empty lines.

    Such text marks real paragraph breaks with whitespace-only lines or longer gaps, so a
    single truly empty line is only a wrap.
    """
    if not any(map(str.isspace, raw_lines)):  # no whitespace-only line: no real break marked
        return False
    single = other = adjacent = mid_sentence = 0
    gap = 0  # blank lines since the last line with text
    gap_empty = True  # ... and whether the first of them was truly empty
    prev = ""
    for line in raw_lines:
        stripped = line.strip()
        if stripped:
            if prev:
                if not gap:
                    adjacent += 1
                elif gap == 1 and gap_empty:
                    single += 1
                    # (a wrap goes on in lower case; a heading's next line opens a sentence)
                    mid_sentence += len(prev) >= _LONG and prev[-1] not in '.!?:;"”' \
                        and stripped[0].islower()
                else:
                    other += 1
            prev = stripped
            gap = 0
        else:
            if not gap:
                gap_empty = not line
            gap += 1
    total = single + other + adjacent
    return (total >= 8 and single >= 0.5 * total and adjacent <= 0.1 * total
            and mid_sentence >= 0.5 * single)


def _line_per_paragraph(raw_lines: list[str]) -> bool:
    """True for scraped text that puts each paragraph on one line with no blank lines between.

    Such text has almost no blank lines and its long lines end sentences; hard-wrapped text,
    by contrast, breaks lines mid-sentence.
    """
    content = [t for t in map(str.strip, raw_lines) if t]
    blank = len(raw_lines) - len(content)
    return blank <= 0.2 * len(content) and _one_per_line(content)


def _one_per_line(content: list[str]) -> bool:
    """At least four lines, three of them long, and nearly every long one ends a sentence or
    leads into the att-sats on the next line ("… föreslår vi kommunfullmäktige besluta" /
    "att …")."""
    long_lines = [i for i, t in enumerate(content) if len(t) >= _LONG]
    if len(content) < 4 or len(long_lines) < 3:
        return False
    ended = sum(content[i][-1] in '.!?:"”' or (
        i + 1 < len(content) and content[i + 1][:4] in ("att ", "Att ")) for i in long_lines)
    return ended >= 0.8 * len(long_lines)


#: Text with at most this share of blank lines to lines of text marks no paragraph breaks.
_FEW_BLANKS = 0.1
#: Such text has at least this many lines of text.
_SINGLE_LINES = 3
#: The share of the text's lines at most as long as its wrap width.
_WIDTH_RANK = 0.9


def _wrap_width(text: str, raw_lines: list[str]) -> int:
    """The wrap width of single-spaced text (a PDF's or a word processor's lines with no blank
    line between paragraphs), or 0 where blank lines mark the paragraphs."""
    inner = text.strip()
    blanks = inner.count("\n") + 1  # lines between the first and last text, less those below
    if blanks < _SINGLE_LINES:
        return 0
    # Every line that is not empty may hold text: where even that many leave too many blank
    # lines, the lines that do need not be read (a text of a blank line after every line).
    most = len(raw_lines) - raw_lines.count("")
    if most < _SINGLE_LINES or blanks - most > _FEW_BLANKS * most:
        return 0
    content = sorted(map(len, filter(None, map(str.strip, raw_lines))))
    blanks -= len(content)
    if len(content) < _SINGLE_LINES or blanks > _FEW_BLANKS * len(content):
        return 0
    return content[int(_WIDTH_RANK * (len(content) - 1))]


#: A date or group heading line is at most this long.
_CLOSING_LINE = 80
#: Besides a capital or a digit, what a line that ends the paragraph above may open with.
_OPENS = "\"”“'–-•"


def _paragraph_end(line: str, after: str, width: int) -> bool:
    """In single-spaced text, a line ends its paragraph where the next one opens a sentence
    and its first word would have fitted on the line (a wrap would have taken it), or where
    the next one is a date or a group heading ("För Vänsterpartiet"), or, under a sentence's
    end, a proposal heading ("Yrkande:") or a tagged signature. (Any signature shape there
    held out worse: short lines of argument read as names.)"""
    if not line or not after or not (after[0].isupper() or after[0].isdigit()
                                     or after[0] in _OPENS):
        return False
    if fits(line, after, width) and line[-1] not in ",;-" and not ends_in_wrap_word(line):
        return True
    return len(after) <= _CLOSING_LINE and (is_date_line(after) or (
        after.startswith(GROUP_STARTS) and P.GROUP_HEADING.match(after) is not None) or (
        line[-1] in ".!?" and P.proposal_heading(after) is not None) or (
        line[-1] in ".!?" and after.endswith(")") and is_signature(after)))


def _carries_on(line: str, after: str) -> bool:
    """In text of one paragraph a line, a hard-wrapped paragraph among them goes on where its
    line ends in a word that cannot end one ("… för att därigenom bidra till" / "en hållbar
    …") and the next opens in lower case, or where the line is a bare "att" over its
    att-sats."""
    return (after[:1].islower() and ends_in_wrap_word(line)) or line in ("att", "Att")


def _paragraph_runs(raw_lines: list[str]) -> set[int]:
    """Indices of the lines in runs (between blank lines) that hold one paragraph a line: a
    page's text pasted above a menu or a comment form keeps its shape whatever follows."""
    out: set[int] = set()
    run: list[str] = []
    first = 0
    for i, raw in enumerate(raw_lines):
        if raw and not raw.isspace():
            if not run:
                first = i
            run.append(raw.strip())
        elif run:
            if len(run) >= 4 and _one_per_line(run):
                out.update(range(first, first + len(run)))
            run = []
    if len(run) >= 4 and _one_per_line(run):
        out.update(range(first, first + len(run)))
    return out


#: A header line glued to a paragraph is at most this long; the paragraph's first line is
#: at least twice as long as every header line before it and at least ``_GLUED_BODY``.
_GLUED_HEAD = 150
_GLUED_BODY = 100
#: At most this many header lines are split off the top of a paragraph.
_GLUED_LINES = 6


#: The next line's first word fits on a line if the two together take at most this share
#: of the next line's width (proportional fonts make character counts of PDF lines uneven).
_FIT_SHARE = 0.85


def fits(line: str, after: str, width: float) -> bool:
    """The first word of ``after`` would have fitted on ``line`` in a text wrapped at
    ``width``: no wrap broke the line there, the writer did."""
    return len(line) + 1 + len(after.split(" ", 1)[0]) <= _FIT_SHARE * width


def _broken_before(line: str, after: str) -> bool:
    """A heading line above a sentence that a wrap did not break: the sentence's first word
    would have fit on the line ("Motion om hjärtstartare i Ulricehamns kommun" / "Denna motion
    lämnas in som en del i att öka tryggheten inom hela Ulricehamns kommun.")."""
    if not line or not after or len(line) > _GLUED_HEAD or line[-1] in ".,;:-" \
            or not line[:1].isupper() or not after[:1].isupper():
        return False
    return fits(line, after, len(after))


def _glued_header(lines: list[Line], first: bool) -> int:
    """How many short lines open a paragraph without belonging to it: a title, kind or date
    line that scraped text puts right above the first paragraph with no blank line between.

    Hard-wrapped lines are all about as long as the wrap width, so a run of short lines
    without a full stop followed by a line more than twice as long is a header, not a wrap (a
    heading may end in "!" or "?": "Flagga skånskt!").
    """
    longest = 0
    for k, line in enumerate(lines[:_GLUED_LINES]):
        text = line.text.text
        if len(text) >= max(_GLUED_BODY, 2 * longest + 1) and k:
            # A lower-case start continues the sentence above ("Vi yrkar därför" / "att …").
            return 0 if text[:1].islower() else k
        if len(text) > _GLUED_HEAD or text[-1:] in ",;" or line.marker is not None or (
                text[-1:] == "." and not (first and k == 0)):
            break  # (the text's first line may be a heading with a full stop)
        longest = max(longest, len(text))
    # Only the text's first line: further down the same test held out worse (tried).
    return 1 if first and _broken_before(lines[0].text.text, lines[1].text.text) else 0



def _breaks_before(current: list[Line], kind: BlockKind, text: str, width: int,
                   per_line: bool) -> bool:
    """Whether a line without heading level or list mark starts a new block rather than
    going on with ``current``: after a list item that ended a sentence, at a paragraph's end
    in single-spaced text (``width``), or, in text of one paragraph a line, unless the line
    before carries on into it."""
    if current:
        last = current[-1].text.text
        if (kind == "item" and last[-1:] in ".!?") or (
                width and (text[:1].isupper() or text[:1].isdigit() or text[:1] in _OPENS)
                and _paragraph_end(last, text, width)):
            return True
        return per_line and not _carries_on(last, text)
    return per_line


def split_lines(doc: Mapped) -> list[Mapped]:
    """The document's lines, without their line ends."""
    out: list[Mapped] = []
    start = 0
    for line in doc.text.split("\n"):
        out.append(doc.slice(start, start + len(line)))
        start += len(line) + 1
    return out


def segment(doc: Mapped) -> list[Block]:
    """Group the normalised document's lines into blocks.

    Rules, in order: a blank line ends a block (in double-spaced PDF text only a whitespace-only
    line or a longer gap does); a Markdown heading or an all-caps line is a block of its own; a
    list marker starts a new item; a line ending in ":" ends its block; an item's continuation
    line joins it only while the item has not ended a sentence; in single-spaced text (no
    blank lines between paragraphs) a line ends its paragraph where the next one opens a
    sentence whose first word would have fitted on it.

    Lines are plain strings until they are known to hold text: blank lines, however many,
    cost a strip each and build nothing.
    """
    raw_lines = doc.text.split("\n")
    long_lines = _long_lines(raw_lines, 3)
    double = long_lines >= 1 and _double_spaced(raw_lines)
    per_line = not double and long_lines >= 3 and _line_per_paragraph(raw_lines)
    runs = set() if double or per_line or long_lines < 3 else _paragraph_runs(raw_lines)
    width = 0 if double or per_line else _wrap_width(doc.text, raw_lines)
    blocks: list[Block] = []
    current: list[Line] = []
    kind: BlockKind = "paragraph"

    def emit(lines: list[Line]) -> None:
        group = tuple(lines)
        text = group[0].text if len(group) == 1 and "  " not in group[0].text.text \
            else reflow(group)
        prose = len(text.text) >= 80 and _is_prose(kind, text.text)
        blocks.append(Block(kind, group, text, len(blocks), prose))

    def flush() -> None:
        nonlocal current, kind
        if len(current) == 1:  # emit() of a one-line block, spelt out: most blocks are one
            line = current[0]
            text = line.text if "  " not in line.text.text else reflow((line,))
            block = _new(Block)  # Block(kind, (line,), text, …), no __init__ call
            block.kind = kind
            block.lines = (line,)
            block.text = text
            block.index = len(blocks)
            block.prose = len(text.text) >= 80 and _is_prose(kind, text.text)
            blocks.append(block)
        elif current:
            lead = _glued_header(current, not blocks) if kind == "paragraph" else 0
            if lead:
                emit(current[:lead])
                emit(current[lead:])
            else:
                emit(current)
        current = []
        kind = "paragraph"

    whole = len(doc.text)
    # A line holds no emphasis or link mark where the document holds none: one scan of the
    # text instead of three a line.
    marks = "*" in doc.text or "_" in doc.text or "](" in doc.text
    cut = doc.cutter()
    gap = 0  # blank lines before this one
    gap_empty = True  # ... and whether the first of them was truly empty
    stop = -1
    for i, raw in enumerate(raw_lines):
        start = stop + 1
        stop = start + len(raw)
        if not raw or raw.isspace():
            if not gap:
                gap_empty = not raw
            gap += 1
            continue
        if (gap and not (double and gap == 1 and gap_empty)) or i in runs:
            if len(current) == 1:  # flush() of a one-line block, spelt out: a call a block
                only = current[0]
                body = only.text if "  " not in only.text.text else reflow((only,))
                block = _new(Block)  # Block(kind, (only,), body, …), no __init__ call
                block.kind = kind
                block.lines = (only,)
                block.text = body
                block.index = len(blocks)
                block.prose = len(body.text) >= 80 and _is_prose(kind, body.text)
                blocks.append(block)
                current = []
                kind = "paragraph"
            else:
                flush()
        gap = 0
        first = raw[0]
        # A PDF's lines often end in a space: the plain-line test reads the line without it,
        # as _marked_line would strip it (nothing else differs for a line that opens plainly).
        plain = raw.rstrip() if raw[-1].isspace() else raw
        if first not in _MARKED_STARTS and not first.isspace() \
                and (first != "o" or plain[1:2] != " ") and not first.isdigit() \
                and plain[1:2] != ")" and (not marks or (
                    "*" not in plain and "_" not in plain and "](" not in plain)):
            # _clean_line's plain line, spelt out: most lines are plain. The rules below for
            # a line without heading level or list marker, spelt out with its first character.
            end = start + len(plain)
            if end - start == whole:
                line = Line(doc, doc.at(0), 0, None, False)
            else:
                piece, origin = cut(start, end, plain)
                line = _new(Line)  # Line(piece, origin, 0, None, False), no __init__ call
                line.text = piece
                line.start = origin
                line.level = 0
                line.marker = None
                line.emphasised = False
            if plain.isupper() and plain[-1] != ")" and _is_caps_heading(plain):
                flush()
                kind = "heading"
                emit([line])
                kind = "paragraph"
                continue
            if not current:  # (a block opens: flush() would find nothing, kind is paragraph)
                current = [line]
            # _breaks_before(current, kind, plain, width, per_line), spelt out: a call a line of
            # every paragraph (plain[:1] is ``first``, which is no digit here)
            elif (kind == "item" and current[-1].text.text[-1:] in ".!?") or (
                    width and (first.isupper() or first in _OPENS)
                    and _paragraph_end(current[-1].text.text, plain, width)) or (
                    per_line and not _carries_on(current[-1].text.text, plain)):
                flush()
                current = [line]
            else:
                current.append(line)
            if plain[-1] == ":":
                flush()
            continue
        else:
            line = _marked_line(doc, start, stop)
            text = line.text.text
            if not text and line.marker is None:
                continue
        if line.level or (not line.marker and text.isupper() and text[-1] != ")"
                          and _is_caps_heading(text)):
            flush()
            kind = "heading"
            emit([line])
            kind = "paragraph"
            continue
        if line.marker is not None:
            flush()
            current = [line]
            kind = "item"
        elif _breaks_before(current, kind, text, width, per_line):
            flush()
            current = [line]
        else:
            current.append(line)
        if text[-1:] == ":":
            flush()
    flush()
    return blocks

"""Files as users have them: ``read(path) -> Source`` and ``parse_file(path) -> Document``.

A reader turns a file's bytes into the text a person sees when they open it, and says what it
had to decide on the way (``Source.diagnostics``). :func:`tillit.parse` then runs on that text,
so every span of the document indexes into ``Source.text`` (kept on the document with
``parse_file(..., keep_text=True)``).

- ``txt``/``md``: UTF-8, UTF-8/16/32 with a byte-order mark; without a BOM, text that is not
  UTF-8 is read as Windows-1252 (a superset of Latin-1, common in municipal archives) with an
  ``encoding_assumed`` diagnostic. Binary data raises :class:`DecodeError`.
- ``html`` (also ``.htm``, ``.xhtml``, ``.xml``): the charset of a BOM, ``<meta charset>`` or
  ``<?xml encoding?>``, else as text. The markup itself is handled inside ``parse``, so spans
  index into the decoded HTML.
- ``pdf`` (extra ``tillit[pdf]``, pypdf): the text layer page by page; running headers and
  footers (lines repeated at the top or bottom of most pages) and page numbers are removed; a
  paragraph that runs over a page break continues on the next line, so a word hyphenated over
  the break is mended like any other line-end hyphen; a vertical gap or a change of font size
  starts a new paragraph (a blank line).
- ``docx`` (extra ``tillit[docx]``, python-docx): paragraphs and table cells separated by
  blank lines, line breaks kept, heading styles as Markdown ``#`` marks, and Word's automatic
  numbering written out ("1. ", "a) ", "• ") as the author saw it.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import math
import os
import re
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from tillit.api import DEFAULT_MAX_CHARS, parse
from tillit.errors import InputTooLarge, ParseWarningError, TillitError
from tillit.models import Diagnostic, Document

Format = Literal["txt", "md", "html", "pdf", "docx"]
FORMATS: tuple[Format, ...] = get_args(Format)

#: File name endings and the format they are read as.
SUFFIXES: dict[str, Format] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
    ".htm": "html", ".xhtml": "html", ".xml": "html", ".pdf": "pdf", ".docx": "docx",
}


class ReaderError(TillitError):
    """A file could not be turned into text."""


class DecodeError(ReaderError, ValueError):
    """The bytes are not text in any encoding tillit reads (or not the one their BOM says)."""


class MissingExtra(ReaderError, ImportError):
    """Reading this format needs an optional dependency that is not installed."""

    def __init__(self, format: str, package: str) -> None:
        self.extra = format
        self.package = package
        super().__init__(f"reading .{format} files needs the optional dependency {package}; "
                         f"install it with: pip install 'tillit[{format}]'")


class UnreadableFile(ReaderError):
    """The file is damaged, encrypted, of an unsupported kind, or has no text layer."""


class Source(BaseModel):
    """A file's text as read, with what the reader decided on the way."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The text handed to parse; every span indexes into it.")
    format: Format = Field(description='How the file was read: "txt", "md", "html", "pdf" or '
                           '"docx".')
    path: str | None = Field(default=None, description="The file's path, as given.")
    sha256: str = Field(description="SHA-256 of the file's raw bytes (hex).")
    encoding: str | None = Field(default=None, description='The character encoding used, e.g. '
                                 '"utf-8", "utf-16", "cp1252"; None for PDF and Word files.')
    diagnostics: tuple[Diagnostic, ...] = Field(default=(), description="What the reader "
                                                "assumed or changed: an assumed encoding, "
                                                "removed page furniture, pages without text.")

    def __repr__(self) -> str:
        return (f"Source(format={self.format!r}, path={self.path!r}, chars={len(self.text)}, "
                f"encoding={self.encoding!r}, "
                f"diagnostics={[d.code for d in self.diagnostics]})")

    def __str__(self) -> str:
        return repr(self)


# --- entry points ------------------------------------------------------------------------


def read(path: str | os.PathLike[str], *, format: Format | None = None) -> Source:
    """Read a file into a :class:`Source`; the format comes from the name ending or the bytes.

    Raises :class:`OSError` when the file cannot be opened, :class:`DecodeError` for bytes
    that are not text, :class:`MissingExtra` when PDF or Word support is not installed and
    :class:`UnreadableFile` for damaged, encrypted or image-only files.
    """
    data = Path(path).read_bytes()
    return read_bytes(data, format=format or guess_format(path, data), path=os.fspath(path))


def read_bytes(data: bytes, *, format: Format | None = None, path: str | None = None) -> Source:
    """Read a file's bytes (for uploads and archives); ``format`` is guessed when None."""
    if format is None:
        format = guess_format(path or "", data)
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    name = path or f"<{format} bytes>"
    encoding: str | None = None
    if format == "pdf":
        text, notes = _read_pdf(data, name)
    elif format == "docx":
        text, notes = _read_docx(data, name)
    elif format == "html":
        text, encoding, notes = decode_html(data, name)
    else:
        text, encoding, notes = decode_text(data, name)
    return Source(text=text, format=format, path=path, sha256=hashlib.sha256(data).hexdigest(),
                  encoding=encoding, diagnostics=tuple(notes))


def parse_file(path: str | os.PathLike[str], *, format: Format | None = None,
               keep_text: bool = False, max_chars: int = DEFAULT_MAX_CHARS,
               errors: Literal["collect", "raise"] = "collect") -> Document:
    """Read and parse one file. ``source`` is the path; ``keep_text`` stores the text that the
    spans index into as ``Document.text``.

    The reader's diagnostics (an assumed encoding, removed page headers...) are appended to
    the document's warnings; ``errors="raise"`` raises :class:`ParseWarningError` for the first
    warning of either kind. Raises what :func:`read` and :func:`tillit.parse` raise.
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f'errors must be "collect" or "raise", not {errors!r}')
    fmt = format or SUFFIXES.get(Path(path).suffix.lower())
    if fmt in ("txt", "md", "html") and (size := os.stat(path).st_size) > 4 * max_chars + 4:
        # No encoding takes more than four bytes a character: too long whatever it holds.
        raise InputTooLarge(f"{os.fspath(path)}: {size:,} bytes is more than max_chars "
                            f"({max_chars:,}) characters can take (pass max_chars= to raise it)")
    src = read(path, format=format)
    doc = parse(src.text, source=os.fspath(path), max_chars=max_chars, keep_text=keep_text)
    if src.diagnostics:
        doc = doc.model_copy(update={"warnings": doc.warnings + src.diagnostics})
    if errors == "raise" and doc.warnings:
        raise ParseWarningError(doc.warnings[0])
    return doc


def guess_format(path: str | os.PathLike[str], data: bytes) -> Format:
    """The format of a file: by its name ending, else by its first bytes."""
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix == ".doc" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(f"{os.fspath(path) or 'input'}: old binary Word (.doc) files are not "
                             "read; save the file as .docx or PDF")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
    head = data[:4096].decode("latin-1").lower()
    if head.lstrip().startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    return "txt"


# --- text and HTML -----------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
#: Valid UTF-8 sequences of two to four bytes (used to tell damaged UTF-8 from cp1252).
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                         rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                           re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
                           re.IGNORECASE)
#: Labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
                        "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"})


def _note(code: str, message: str) -> Diagnostic:
    return Diagnostic(code=code, message=message)


def _bom(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _strict(data: bytes, codec: str, name: str, why: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name}: {why}, but byte {exc.start} is not valid {codec} "
                          f"({exc.reason}); the file is damaged or not text") from None


def _check_text(text: str, name: str) -> str:
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 200):
        raise DecodeError(f"{name}: not text in any encoding tillit reads ({controls} control "
                          "characters); if it is a PDF or Word file, give it its .pdf/.docx "
                          "name or pass format=")
    return text


def decode_text(data: bytes, name: str = "input") -> tuple[str, str, list[Diagnostic]]:
    """Bytes of a text file → (text, encoding, diagnostics).

    A BOM decides; otherwise UTF-16 without BOM when every other byte is zero; otherwise
    UTF-8; otherwise UTF-8 with the few bad bytes replaced when most non-ASCII bytes form valid
    UTF-8; otherwise Windows-1252 (Latin-1 for the five bytes Windows-1252 leaves undefined).
    Every guess is reported as an ``encoding_assumed`` diagnostic. Zero bytes in what is not
    UTF-16, or many control characters, raise :class:`DecodeError`.
    """
    codec = _bom(data)
    if codec is not None:
        return _strict(data, codec, name, f"the file starts with a {codec} byte-order mark"), \
            codec, []
    if len(data) >= 4 and data.count(0):
        even, odd = data[0::2].count(0), data[1::2].count(0)
        half = len(data) // 2
        codec = ("utf-16-le" if odd > 0.3 * half and even == 0
                 else "utf-16-be" if even > 0.3 * half and odd == 0 else "")
        if codec:
            text = _strict(data, codec, name, "the bytes look like UTF-16 without a byte-order "
                           "mark")
            return _check_text(text, name), codec, [_note(
                "encoding_assumed", f"no byte-order mark, but every other byte is zero; read as "
                f"{codec.upper()}")]
        raise DecodeError(f"{name}: contains zero bytes, so it is binary, not text; if it is a "
                          "PDF or Word file, give it its .pdf/.docx name or pass format=")
    try:
        return _check_text(data.decode("utf-8"), name), "utf-8", []
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_MULTI.findall(data))
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    if valid >= 2 * bad:
        text = _check_text(data.decode("utf-8", errors="replace"), name)
        return text, "utf-8", [_note(
            "encoding_assumed", f"read as UTF-8; {bad} invalid byte sequence(s) were replaced "
            "by U+FFFD")]
    try:
        text, codec = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, codec = data.decode("latin-1"), "latin-1"
    label = "Windows-1252" if codec == "cp1252" else "Latin-1 (ISO-8859-1)"
    return _check_text(text, name), codec, [_note(
        "encoding_assumed", f"not UTF-8 and no byte-order mark; read as {label}, the usual "
        "encoding of older Swedish Windows files")]


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii").lower() if m else None


def decode_html(data: bytes, name: str = "input") -> tuple[str, str, list[Diagnostic]]:
    """Bytes of a web page → (HTML text, encoding, diagnostics): BOM, declared charset, else
    as :func:`decode_text`. ISO-8859-1 and ASCII labels are read as Windows-1252, as
    browsers do."""
    codec = _bom(data)
    if codec is not None:
        text = _strict(data, codec, name, f"the file starts with a {codec} byte-order mark")
        return text, codec, []
    label = _declared_charset(data)
    if label is None:
        return decode_text(data, name)
    codec = "cp1252" if label in _AS_CP1252 else label
    try:
        codecs.lookup(codec)
    except LookupError:
        text, used, notes = decode_text(data, name)
        return text, used, [_note("encoding_assumed", f"the page declares the unknown charset "
                                  f"{label!r}; read as {used}"), *notes]
    try:
        return _check_text(data.decode(codec), name), codecs.lookup(codec).name, []
    except UnicodeDecodeError:
        text, used, notes = decode_text(data, name)
        return text, used, [_note("encoding_assumed", f"the page declares charset {label!r} "
                                  f"but its bytes are not {label}; read as {used}"), *notes]


# --- PDF ---------------------------------------------------------------------------------


@dataclass(slots=True)
class PdfLine:
    """One line of a PDF page's text layer, with where it stands (PDF points, y upwards)."""

    text: str
    x: float | None = None
    y: float | None = None
    #: Font size in points, scaled by the text and page matrices.
    size: float = 0.0
    #: Estimated right edge (the last glyph run's start plus half an em per character).
    right: float | None = None


#: A line that is only a page number: "3", "- 3 -", "Sida 3 av 7", "3 (7)", "3/7", "Page 3",
#: or a small Roman numeral ("iv") of a front matter page.
_PAGE_NUMBER = re.compile(
    r"(?:(?:sida|sid\.?|s\.|page|p\.)\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?"
    r"(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4}))?|(?-i:[ivxl]{1,6})", re.IGNORECASE)
_LIST_START = re.compile(r"(?:[•·▪‣◦○■□–—*-]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl",
                            "ﬅ": "st", "ﬆ": "st"})
_ENDS_SENTENCE = ".!?:"


def _read_pdf(data: bytes, name: str) -> tuple[str, list[Diagnostic]]:
    try:
        from pypdf import PdfReader
    except ImportError:
        raise MissingExtra("pdf", "pypdf") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(f"{name}: the PDF is encrypted with a password")
        pages = [pdf_page_lines(page) for page in reader.pages]
    except ReaderError:
        raise
    except Exception as exc:  # pypdf raises many exception types for damaged files
        raise UnreadableFile(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    text, removed, empty = assemble_pages(pages)
    if not text.strip():
        raise UnreadableFile(f"{name}: the PDF has no text layer (a scanned image?); run OCR "
                             "on it first, e.g. with ocrmypdf")
    notes = []
    if removed:
        shown = "; ".join(repr(t) for t in list(dict.fromkeys(removed))[:3])
        notes.append(_note("pdf_furniture_removed", f"removed {len(removed)} running header, "
                           f"footer or page-number line(s), e.g. {shown}"))
    if empty:
        notes.append(_note("pdf_pages_without_text", "page(s) " + ", ".join(map(str, empty))
                           + " have no text layer (scanned images?); their text is missing"))
    return text, notes


def pdf_page_lines(page: Any) -> list[PdfLine]:
    """A pypdf page's text as lines with positions, from pypdf's text visitor.

    pypdf reports some runs without a position (at the origin; for instance the runs it
    prefixes with a space it inserted). Such a run stays on the current line, and the empty
    run pypdf reports next, which carries the position, gives the line its extent.
    """
    lines = [PdfLine("")]
    last = [""]  # the last run with text, for the empty run that may follow it

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any,
              size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        known = x != 0 or y != 0
        scale = math.sqrt(abs((tm[0] * tm[3] - tm[1] * tm[2]) * (cm[0] * cm[3] - cm[1] * cm[2])))
        eff = (size or 1.0) * (scale or 1.0)
        line = lines[-1]
        if not text:
            word = last[0].strip()
            if known and word and line.text.strip() and (
                    line.y is None or abs(line.y - y) <= 0.6 * max(eff, line.size)):
                if line.x is None:
                    line.x, line.y = x, y
                end = x + 0.5 * eff * len(word)
                line.right = end if line.right is None else max(line.right, end)
            return
        for i, piece in enumerate(text.split("\n")):
            if i:
                line = PdfLine("")
                lines.append(line)
            if piece.strip():
                if known:
                    if (line.y is not None and line.text.strip()
                            and abs(line.y - y) > 0.6 * max(eff, line.size)):
                        line = PdfLine("")  # the baseline moved without a newline from pypdf
                        lines.append(line)
                    if line.x is None:
                        line.x, line.y = x, y
                    end = x + 0.5 * eff * len(piece.strip())
                    line.right = end if line.right is None else max(line.right, end)
                line.size = max(line.size, eff)
                last[0] = piece
            line.text += piece

    page.extract_text(visitor_text=visit)
    out = []
    for line in lines:
        text = unicodedata.normalize("NFC", line.text.translate(_LIGATURES)).strip()
        if text:
            out.append(PdfLine(text, line.x, line.y, line.size, line.right))
    return out


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _zone(lines: list[PdfLine], depth: int = 2) -> set[int]:
    """Indexes of the lines that can be page furniture: first and last in reading order and
    highest and lowest on the page."""
    idx = set(range(min(depth, len(lines)))) | set(range(max(0, len(lines) - depth), len(lines)))
    placed = [i for i, line in enumerate(lines) if line.y is not None]
    by_y = sorted(placed, key=lambda i: lines[i].y or 0.0)
    return idx | set(by_y[:depth]) | set(by_y[-depth:])


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _edges(lines: list[PdfLine]) -> list[PdfLine]:
    """The top and bottom line of a page (by position when known, else by reading order)."""
    if not lines:
        return []
    placed = [line for line in lines if line.y is not None]
    if not placed:
        return [lines[0], lines[-1]]
    return [min(placed, key=lambda ln: ln.y or 0.0), max(placed, key=lambda ln: ln.y or 0.0)]


def _remove_furniture(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], list[str]]:
    """Drop page numbers, and lines repeated at the top or bottom of most pages.

    A repeated line (on half the pages, or as the top or bottom line on three or more) must
    stand at the same height on each page (within 3 points) and must not be much larger there
    than elsewhere: the title on page 1 that recurs as a small running header on the pages
    after it is kept. Digits do not count when lines are compared ("Sida 2", "Sida 3").
    """
    zones = [_zone(lines) for lines in pages]
    edges = {id(line) for lines in pages for line in _edges(lines)}
    where: dict[str, list[tuple[int, PdfLine]]] = defaultdict(list)
    for n, (lines, zone) in enumerate(zip(pages, zones, strict=True)):
        for i in sorted(zone):
            where[_furniture_key(lines[i].text)].append((n, lines[i]))
    with_text = sum(1 for lines in pages if lines)
    drop: set[int] = set()
    for hits in where.values():
        if len({n for n, _ in hits}) < 2:
            continue
        size = _median([line.size for _, line in hits])
        for _, line in hits:
            # The pages on which this line stands at the same height.
            same = {n for n, other in hits if line.y is None or other.y is None
                    or abs(other.y - line.y) <= 3}
            # On most pages; or, as the top or bottom line, on three or more pages (the
            # chapter headers of a long document).
            if len(same) < 2 or (len(same) < 0.5 * with_text
                                 and (len(same) < 3 or id(line) not in edges)):
                continue
            if size and line.size > 1.2 * size:
                continue
            drop.add(id(line))
    kept_pages, removed = [], []
    for lines, zone in zip(pages, zones, strict=True):
        kept = []
        for i, line in enumerate(lines):
            if id(line) in drop or (i in zone and _PAGE_NUMBER.fullmatch(line.text)):
                removed.append(line.text)
            else:
                kept.append(line)
        kept_pages.append(kept)
    return kept_pages, removed


def _pitch(pages: list[list[PdfLine]], body: float) -> tuple[float | None, int]:
    """The usual distance between baselines of body lines, and the direction of y (+1 up)."""
    gaps = []
    for lines in pages:
        for a, b in pairwise(lines):
            if (a.y is not None and b.y is not None and abs(a.size - body) <= 0.1 * body
                    and abs(b.size - body) <= 0.1 * body):
                gaps.append(a.y - b.y)
    if not gaps:
        return None, 1
    direction = 1 if sum(g > 0 for g in gaps) >= sum(g < 0 for g in gaps) else -1
    positive = sorted(g * direction for g in gaps if g * direction > 0)
    return (positive[len(positive) // 4] if positive else None), direction


@dataclass(frozen=True, slots=True)
class _Layout:
    """What the whole document says about its lines: body size, line pitch, text width."""

    body: float
    pitch: float | None
    direction: int
    #: Where full lines end (0 when too few lines to tell).
    width: float
    #: Paragraphs are separated by vertical space (else only short last lines show them).
    spaced: bool

    def full(self, line: PdfLine, share: float = 0.9) -> bool:
        return line.right is not None and self.width > 0 and line.right >= share * self.width

    def resized(self, a: PdfLine, b: PdfLine) -> bool:
        return bool(a.size) and abs(a.size - b.size) > 0.15 * max(a.size, b.size)


def _layout(pages: list[list[PdfLine]]) -> _Layout:
    weights: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weights[round(line.size, 1)] += len(line.text)
    body = weights.most_common(1)[0][0] if weights else 0.0
    pitch, direction = _pitch(pages, body)
    rights = sorted((ln.right for lines in pages for ln in lines
                     if ln.right is not None and abs(ln.size - body) <= 0.1 * body),
                    reverse=True)
    # The third-widest line: one overlong line (a URL) does not set the width.
    width = rights[2] if len(rights) >= 3 else 0.0
    spaced = pitch is not None and any(
        (a.y - b.y) * direction > 1.3 * pitch + 0.5
        for lines in pages for a, b in pairwise(lines)
        if a.y is not None and b.y is not None)
    return _Layout(body, pitch, direction, width, spaced)


def _continues(a: PdfLine, b: PdfLine, layout: _Layout) -> bool:
    """Does line ``b`` at the top of a page continue the paragraph of ``a`` on the page before?"""
    if _LIST_START.match(b.text) or layout.resized(a, b) or a.text.endswith(":"):
        return False
    if _hyphenated(a.text, b.text):
        return True
    if a.text.rstrip("”\"')»")[-1:] in _ENDS_SENTENCE:
        # A sentence ends at the page break: a new paragraph unless the line is a full one.
        return layout.full(a, 0.95)
    return b.text[0].islower() or layout.full(a)


def _new_paragraph(a: PdfLine, b: PdfLine, layout: _Layout) -> bool:
    """Does line ``b`` start a new paragraph after line ``a`` on the same page?"""
    if layout.resized(a, b):
        return True
    if layout.pitch is not None and a.y is not None and b.y is not None:
        gap = (a.y - b.y) * layout.direction
        if gap < -0.5 * layout.pitch or gap > 1.3 * layout.pitch + 0.5:
            return True
    if not layout.spaced:
        return (not layout.full(a) and a.text.rstrip("”\"')»")[-1:] in _ENDS_SENTENCE
                and (b.text[0].isupper() or bool(_LIST_START.match(b.text))))
    return False


def assemble_pages(pages: list[list[PdfLine]]) -> tuple[str, list[str], list[int]]:
    """Pages of lines → (text, removed furniture lines, numbers of pages without text).

    Lines of one paragraph are joined with a newline, paragraphs with a blank line. A new
    paragraph starts at a vertical gap larger than the usual line pitch, at a change of font
    size, or, in documents without such gaps, after a short line that ends a sentence. At a
    page break the paragraph goes on unless the page ended a sentence on a short line (or with
    a colon), or the next page starts a list item or another font size. Lines in a font
    clearly larger than the body text become Markdown headings ("#" for the largest size),
    one line per heading.
    """
    empty = [n for n, lines in enumerate(pages, 1) if not lines]
    pages, removed = _remove_furniture(pages)
    layout = _layout(pages)
    levels = _heading_levels(pages, layout.body)
    out: list[str] = []
    prev: PdfLine | None = None
    for lines in pages:
        for i, line in enumerate(lines):
            level = levels.get(round(line.size * 2) / 2, 0)
            if prev is not None:
                brk = (not _continues(prev, line, layout) if i == 0
                       else _new_paragraph(prev, line, layout))
                if level and not brk:
                    # One heading wrapped over lines: a reader sees one heading line.
                    if _hyphenated(prev.text, line.text):
                        out[-1] = out[-1][:-1]
                    else:
                        out.append(" ")
                    out.append(line.text)
                    prev = line
                    continue
                out.append("\n\n" if brk else "\n")
            out.append("#" * level + " " + line.text if level else line.text)
            prev = line
    return "".join(out) + ("\n" if out else ""), removed, empty


def _heading_levels(pages: list[list[PdfLine]], body: float) -> dict[float, int]:
    """Font sizes clearly larger than the body text → Markdown heading levels, largest 1."""
    sizes = {round(line.size * 2) / 2 for lines in pages for line in lines
             if body and line.size > 1.15 * body}
    return {size: min(n, 6) for n, size in enumerate(sorted(sizes, reverse=True), 1)}


def _hyphenated(a: str, b: str) -> bool:
    return len(a) >= 2 and a[-1] == "-" and a[-2].isalpha() and b[:1].islower()


# --- DOCX --------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_STYLE = re.compile(r"(?:heading|rubrik)\s*(\d)", re.IGNORECASE)
#: Subtrees whose text is not part of the paragraph as read: deleted text, text boxes (read as
#: paragraphs of their own after it), the fallback copy of alternate content.
_SKIP_TAGS = frozenset({f"{_W}del", f"{_W}txbxContent", f"{_MC}Fallback", f"{_W}moveFrom"})


def _read_docx(data: bytes, name: str) -> tuple[str, list[Diagnostic]]:
    try:
        import docx
    except ImportError:
        raise MissingExtra("docx", "python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many exception types for damaged files
        raise UnreadableFile(f"{name}: not a readable Word .docx file "
                             f"({type(exc).__name__}: {exc})") from exc
    reader = _DocxReader(document)
    paragraphs = list(reader.paragraphs(document.element.body))
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else ""), []


def _text_boxes(el: Any) -> Iterator[Any]:
    """The outermost text boxes inside an element, without alternate-content fallbacks."""
    for child in el.iterchildren():
        if child.tag == f"{_W}txbxContent":
            yield child
        elif child.tag != f"{_MC}Fallback":
            yield from _text_boxes(child)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}") if el is not None else None
    return None if child is None else child.get(f"{_W}val")


def _roman(n: int) -> str:
    out = []
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter past z: a..z, aa..zz, aaa...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A list counter in a Word number format (``w:numFmt``)."""
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass(frozen=True, slots=True)
class _Level:
    start: int
    fmt: str
    text: str


class _DocxReader:
    """Walks a document body and writes out paragraphs with their list labels."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, Any] = {}
        styles_el = document.styles.element
        for style in styles_el.findall(f"{_W}style"):
            self.styles[style.get(f"{_W}styleId")] = style
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.abstract_links: dict[str, str] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            self._load_numbering(numbering)
        #: Counters per abstract numbering and level.
        self.counters: dict[str, dict[int, int]] = defaultdict(dict)
        self.started: set[str] = set()

    def _load_numbering(self, numbering: Any) -> None:
        for ab in numbering.findall(f"{_W}abstractNum"):
            ab_id = ab.get(f"{_W}abstractNumId")
            link = _val(ab, "numStyleLink")
            if link:
                self.abstract_links[ab_id] = link
            levels = {}
            for lvl in ab.findall(f"{_W}lvl"):
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
                    int(_val(lvl, "start") or 1), _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "")
            self.abstract[ab_id] = levels
        for num in numbering.findall(f"{_W}num"):
            overrides = {}
            for ov in num.findall(f"{_W}lvlOverride"):
                start = _val(ov, "startOverride")
                if start is not None:
                    overrides[int(ov.get(f"{_W}ilvl", "0"))] = int(start)
            self.nums[num.get(f"{_W}numId")] = (_val(num, "abstractNumId") or "", overrides)

    # - structure -

    def paragraphs(self, container: Any) -> Iterator[str]:
        """Text of each non-empty paragraph, table cell paragraph and content control."""
        for el in container.iterchildren():
            if el.tag == f"{_W}p":
                text = self.paragraph(el)
                if text.strip():
                    yield text
                for box in _text_boxes(el):
                    yield from self.paragraphs(box)
            elif el.tag == f"{_W}tbl":
                for row in el.iterchildren(f"{_W}tr"):
                    for cell in row.iterchildren(f"{_W}tc"):
                        yield from self.paragraphs(cell)
            elif el.tag in (f"{_W}sdt", f"{_W}customXml"):
                content = el.find(f"{_W}sdtContent")
                yield from self.paragraphs(content if content is not None else el)

    def paragraph(self, p: Any) -> str:
        parts: list[str] = []
        self._runs(p, parts)
        text = "".join(parts).strip()
        if not text:
            return ""
        ppr = p.find(f"{_W}pPr")
        style_id = _val(ppr, "pStyle")
        label = self._label(ppr, style_id)
        level = self._heading_level(ppr, style_id)
        if label:
            text = f"{label} {text}"
        if level:
            text = "#" * level + " " + text.replace("\n", " ")
        return text

    def _runs(self, el: Any, out: list[str]) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag in _SKIP_TAGS or tag == f"{_W}pPr" or tag == f"{_W}rPr":
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if choice is not None:
                    self._runs(choice, out)
            else:
                self._runs(child, out)

    # - styles -

    def _style_chain(self, style_id: str | None) -> Iterator[Any]:
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = _val(style, "basedOn")

    def _heading_level(self, ppr: Any, style_id: str | None) -> int:
        outline = _val(ppr, "outlineLvl")
        for style in self._style_chain(style_id):
            if outline is None:
                outline = _val(style.find(f"{_W}pPr"), "outlineLvl")
            sid = style.get(f"{_W}styleId") or ""
            name = _val(style, "name") or ""
            if sid == "Title" or name.lower() == "title":
                return 1
            m = _HEADING_STYLE.fullmatch(name.replace(" ", "")) or _HEADING_STYLE.fullmatch(sid)
            if m:
                return int(m.group(1))
        if outline is not None and outline.isdigit() and int(outline) < 9:
            return int(outline) + 1
        return 0

    # - numbering -

    def _num_pr(self, ppr: Any, style_id: str | None) -> tuple[str | None, int | None]:
        num_id: str | None = None
        ilvl: int | None = None
        sources = [ppr] + [s.find(f"{_W}pPr") for s in self._style_chain(style_id)]
        for src in sources:
            num_pr = src.find(f"{_W}numPr") if src is not None else None
            if num_pr is None:
                continue
            if num_id is None:
                num_id = _val(num_pr, "numId")
            if ilvl is None and _val(num_pr, "ilvl") is not None:
                ilvl = int(_val(num_pr, "ilvl") or 0)
        return num_id, ilvl

    def _levels(self, abstract_id: str) -> dict[int, _Level]:
        link = self.abstract_links.get(abstract_id)
        if link:
            num_id, _ = self._num_pr(None, link)
            if num_id in self.nums:
                linked = self.nums[num_id][0]
                if linked != abstract_id:
                    return self.abstract.get(linked, {})
        return self.abstract.get(abstract_id, {})

    def _label(self, ppr: Any, style_id: str | None) -> str:
        num_id, ilvl = self._num_pr(ppr, style_id)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        ilvl = ilvl or 0
        abstract_id, overrides = self.nums[num_id]
        levels = self._levels(abstract_id)
        if ilvl not in levels:
            return ""
        counters = self.counters[abstract_id]
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counters[lvl] = start - 1
        level = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none" and "%" not in level.text:
            return level.text.strip()

        def value(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k)
            if lv is None:
                return ""
            n = counters.get(k, lv.start)
            return format_number(n, lv.fmt)

        return re.sub(r"%([1-9])", value, level.text).strip()

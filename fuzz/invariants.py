"""The properties every parse must hold, as one checker shared by the test suite and the fuzzer.

:func:`check` parses a text and raises :class:`Violation` (an ``AssertionError``) naming the
property that failed:

``crash``           ``parse`` raised something that is not a :class:`tillit.TillitError`.
``span``            a span lies outside the input, or does not slice the input to the source of
                    its value (see :func:`check_spans` for what "source" means per field).
``roundtrip``       ``Document.model_validate_json(doc.model_dump_json()) != doc``, or dumping
                    raised.
``nondeterminism``  a second parse of the same text gave a different document.
``sanity``          a value is malformed: a blank or padded string, proposals not numbered
                    1..n, proposals or signatories out of document order.

:func:`values` and :data:`TRANSFORMS` are the invariance property: the extracted values do not
change when the same document comes with CRLF, NBSP for spaces, a BOM, trailing spaces or
re-wrapped argument lines.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

import tillit
from tillit.blocks import _double_spaced
from tillit.dates import in_session, parse_date
from tillit.lexicon import fold, lexicon
from tillit.markup import looks_like_markup
from tillit.organisations import region_of
from tillit.text import normalise


class Violation(AssertionError):
    """A property failed; ``kind`` is one of the names in the module docstring."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"[{kind}] {message}")
        self.kind = kind


# --- Reading a span's source the way a person reads it --------------------------------------

#: Characters the parser drops (BOM, zero-width and bidi marks, soft hyphen).
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f"
                                    "\u202a\u202b\u202c\u202d\u202e"))
#: Control characters (and lone surrogates) the parser reads as a space.
_AS_SPACE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
#: A whole Markdown link, as the parser reads one (patterns.EMPHASIS): only the label is kept.
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{0,2000}\)")
_TARGET = re.compile(r"(?<=[^\s\]])\]\([^)\s]{0,2000}\)")
#: A list mark opening a line ("- ", "1. ", "a) "): an item's continuation block may have one.
_LINE_MARK = re.compile(r"^[ \t]*(?:[-–—•*+‣▪\uf0b7\uf0a7]|\d{1,3}[.)]|[a-zA-Z][)])[ \t]*",
                        re.MULTILINE)
#: An entity as the parser decodes one (markup._ENTITY): with its ";" ("&uml" stays text).
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: A complete tag or comment; an unclosed "<…" stays text for the parser too.
_TAG = re.compile(r"<!--.*?-->|<[^<>]*>", re.DOTALL)


def is_markup(text: str) -> bool:
    """Whether the parser reads ``text`` as HTML/XML (its spans are then compared leniently)."""
    return "<" in text and looks_like_markup(normalise(text).text)


def source_view(raw: str, markup: bool) -> str:
    """A span's source as a reader sees it: invisible marks dropped, link targets and (for
    markup) tags removed, entities decoded."""
    out = _AS_SPACE.sub(" ", raw.translate(_INVISIBLE))
    if markup:
        out = _ENTITY.sub(lambda m: html.unescape(m.group()), _TAG.sub(" ", out))
        out = out.translate(_INVISIBLE)
    return _LINK.sub(r"\1", out)


def alnum(text: str) -> str:
    """Only the letters and digits: what must survive every clean-up the parser does."""
    return "".join(ch for ch in text if ch.isalnum())


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _comes_from(value: str, raw: str, markup: bool) -> bool:
    """True when ``raw`` (a span's slice) is where ``value`` was read from.

    Plain text: the value's letters and digits are a contiguous run of the slice's (emphasis,
    whitespace, wraps and mended hyphens are not letters), with or without the list marks that
    open the slice's lines (a block joined to an item as its continuation keeps its mark).
    Markup: a subsequence, because dropped elements (scripts, navigation) may stand between the
    pieces of a value.
    """
    need = alnum(value)
    view = source_view(raw, markup)
    # A span may start inside a link (at its label) or take a list-marked block as an item's
    # continuation; try the slice without the link target and without line marks too.
    views = (view, _LINE_MARK.sub("", view), _TARGET.sub("", view))
    return any(_subsequence(need, have) if markup else need in have
               for have in map(alnum, views))


def _spaced(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


# --- The properties ---------------------------------------------------------------------------

def all_spans(doc: tillit.Document) -> list[tuple[str, tillit.Span]]:
    """Every span in a document, labelled by where it stands."""
    out = [(f"spans[{k}]", s) for k, s in doc.spans.items()]
    out += [(f"proposals[{i}]", p.span) for i, p in enumerate(doc.proposals)]
    out += [(f"signatories[{i}]", s.span) for i, s in enumerate(doc.signatories)]
    out += [(f"paragraphs[{i}]", p.span) for i, p in enumerate(doc.paragraphs)]
    out += [(f"warnings[{i}]:{w.code}", w.span) for i, w in enumerate(doc.warnings) if w.span]
    out += [(f"kind_evidence[{i}]", e.span) for i, e in enumerate(doc.kind_evidence) if e.span]
    return out


def _shares_word(written: str, canonical: str) -> bool:
    """A word of one is a prefix of a word of the other ("Falun"/"Falu", "M"/"Ms kommun")."""
    a = {w.casefold() for w in re.findall(r"[^\W\d_]+", written)}
    b = {w.casefold() for w in re.findall(r"[^\W\d_]+", canonical)}
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def check_spans(text: str, doc: tillit.Document) -> None:
    """Every span lies in the input and slices it to the source of its value."""
    n = len(text)
    for label, span in all_spans(doc):
        if not 0 <= span.start <= span.end <= n:
            raise Violation("span", f"{label} = {span} outside the input of length {n}")
    markup = is_markup(text)

    def fail(label: str, value: object, span: tillit.Span) -> None:
        raise Violation("span", f"{label}: value {value!r} but the span {span.start}:{span.end}"
                        f" slices {span.slice(text)!r}")

    for i, p in enumerate(doc.proposals):
        if p.span.slice(text) != p.verbatim:
            fail(f"proposals[{i}].verbatim", p.verbatim, p.span)
        if not _comes_from(p.text, p.verbatim, markup):
            fail(f"proposals[{i}].text", p.text, p.span)
    for i, s in enumerate(doc.signatories):
        raw = source_view(s.span.slice(text), markup)
        if not all(alnum(word) in alnum(raw) for word in s.name.split()):
            fail(f"signatories[{i}].name", s.name, s.span)
    for i, para in enumerate(doc.paragraphs):
        if not _comes_from(para.text, para.span.slice(text), markup):
            fail(f"paragraphs[{i}].text", para.text, para.span)
    spans = doc.spans
    if doc.title is not None:
        if "title" not in spans:
            raise Violation("span", "title without spans['title']")
        raw = spans["title"].slice(text)
        if not (_spaced(doc.title) in _spaced(source_view(raw, markup))
                or _comes_from(doc.title, raw, markup)):
            fail("title", doc.title, spans["title"])
    for key in ("place", "number"):
        value = getattr(doc, key)
        if value is not None and not _comes_from(value, spans[key].slice(text), markup):
            fail(key, value, spans[key])
    if doc.series is not None and fold(alnum(source_view(spans["series"].slice(text), markup))) \
            != fold(alnum(doc.series)):  # its letters, case aside: a wrap may be mended inside
        fail("series", doc.series, spans["series"])
    if doc.date is not None:
        raw = _spaced(source_view(spans["date"].slice(text), markup))
        mention = parse_date(raw)
        value = getattr(mention, "value", None) if mention else None
        value = value.date() if hasattr(value, "date") and callable(value.date) else value
        if mention is None and doc.series is not None and "/" in doc.series:
            value = in_session(raw, int(doc.series[:4]))  # "den 15 november" + riksmöte 2010/11
        if value != doc.date:
            fail("date", doc.date, spans["date"])
    if doc.body is not None and not doc.body_inferred:
        raw = fold(_spaced(source_view(spans["body"].slice(text), markup)))
        entry = lexicon().body_by_form.get(raw)
        if entry is None or entry.name != doc.body:
            fail("body", doc.body, spans["body"])
    if doc.organisation is not None:
        raw = source_view(spans["organisation"].slice(text), markup)
        # A canonical name differs from the written form ("Lunds" -> "Lunds kommun",
        # "Stockholms läns landsting" -> "Region Stockholm"); a word of it must be there. A
        # region read from the place of the date line spans the place ("Lund" -> Region
        # Skåne): the region must hold it.
        held = region_of(raw)
        from_place = doc.organisation_inferred and held is not None \
            and held.official == doc.organisation
        if not (_shares_word(raw, doc.organisation) or from_place):
            fail("organisation", doc.organisation, spans["organisation"])


def check_sanity(doc: tillit.Document) -> None:
    """Values are clean strings; proposals and signatories are numbered and in order."""
    strings: list[tuple[str, str | None]] = [("title", doc.title), ("place", doc.place)]
    strings += [(f"proposals[{i}].text", p.text) for i, p in enumerate(doc.proposals)]
    strings += [(f"signatories[{i}].name", s.name) for i, s in enumerate(doc.signatories)]
    strings += [(f"paragraphs[{i}].text", p.text) for i, p in enumerate(doc.paragraphs)]
    for label, value in strings:
        if value is not None and (not value or value != value.strip()):
            raise Violation("sanity", f"{label} is blank or padded: {value!r}")
    numbers = [p.number for p in doc.proposals]
    if numbers != list(range(1, len(numbers) + 1)):
        raise Violation("sanity", f"proposal numbers {numbers}")
    for label, seq in (("proposals", doc.proposals), ("signatories", doc.signatories)):
        starts = [x.span.start for x in seq]
        if starts != sorted(starts):
            raise Violation("sanity", f"{label} out of document order: starts {starts}")


def check_roundtrip(doc: tillit.Document) -> None:
    try:
        dumped = doc.model_dump_json()
        back = tillit.Document.model_validate_json(dumped)
    except Exception as exc:
        raise Violation("roundtrip", f"{type(exc).__name__}: {exc}") from exc
    if back != doc:
        raise Violation("roundtrip", "Document.model_validate_json(doc.model_dump_json()) != doc")


def parse_or_none(text: str, **kwargs: object) -> tillit.Document | None:
    """``tillit.parse``; ``None`` for a :class:`tillit.TillitError`, a ``crash`` otherwise."""
    try:
        return tillit.parse(text, **kwargs)  # type: ignore[arg-type]
    except tillit.TillitError:
        return None
    except Exception as exc:
        raise Violation("crash", f"{type(exc).__name__}: {exc}") from exc


def check(text: str, *, twice: bool = True) -> tillit.Document | None:
    """Parse ``text`` and check every property; return the document (None for a TillitError)."""
    doc = parse_or_none(text)
    if doc is None:
        return None
    check_spans(text, doc)
    check_sanity(doc)
    check_roundtrip(doc)
    if twice and parse_or_none(text) != doc:
        raise Violation("nondeterminism", "a second parse of the same text differs")
    return doc


# --- Invariance under formatting -------------------------------------------------------------

def values(doc: tillit.Document | None) -> dict[str, object]:
    """The extracted values that must not depend on line ends, spaces or wrapping."""
    if doc is None:
        return {"error": True}
    return {
        "kind": doc.kind, "title": doc.title, "body": doc.body,
        "organisation": doc.organisation, "date": doc.date, "place": doc.place,
        "proposals": [p.text for p in doc.proposals],
        "signatories": [(s.name, s.party.code if s.party else None) for s in doc.signatories],
    }


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def nbsp(text: str) -> str:
    return text.replace(" ", "\u00a0")


def bom(text: str) -> str:
    return "\ufeff" + text


_LINE_END = re.compile(r"(\r\n|\r|\n|\u2028|\u2029|\x85)")


def trailing_spaces(text: str) -> str:
    """Spaces and a tab at the end of every non-blank line, before its line end (blank lines
    stay empty: a line holding only spaces is a paragraph mark in double-spaced PDF text)."""
    parts = _LINE_END.split(text)
    for i in range(0, len(parts), 2):
        if parts[i].strip():
            parts[i] += "  \t "
    return "".join(parts)


_MARKER_LIKE = re.compile(r"^(?:[-–—•*+‣▪]|\d{1,3}[.)]|[a-zA-Z][)]|>|#{1,6})(?:\s|$)")


def _wrap_line(line: str, width: int = 70) -> list[str]:
    """Greedy wrap at ``width`` that never makes a line a reader would read differently: no
    line opening with a list mark, "#" or ">", none ending in ":" or "-", none all capitals."""
    words = line.split(" ")
    out: list[str] = []
    cur: list[str] = []
    for i, word in enumerate(words):
        if cur and len(" ".join([*cur, word])) > width:
            head, rest = " ".join(cur), " ".join(words[i:])
            if (not _MARKER_LIKE.match(rest) and not head.endswith((":", "-"))
                    and not _all_caps(head)):
                out.append(head)
                cur = []
        cur.append(word)
    out.append(" ".join(cur))
    if any(_all_caps(line) for line in out[1:]):
        return [line]  # a wrapped-off tail in capitals would read as a heading
    return out


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_argument(line: str, before: str, after: str) -> bool:
    """A paragraph of running prose written as one line: long, with a sentence end inside,
    blank lines around it, and not a list item, heading or att-sats."""
    stripped = line.strip()
    return (len(stripped) > 80 and stripped.count(" ") >= 11 and ". " in stripped
            and line == stripped and not _MARKER_LIKE.match(stripped)
            and not stripped.lower().startswith("att") and "<" not in stripped
            and not before.strip() and not after.strip())


def rewrap(text: str, argument: Iterable[tuple[int, int]] | None = None) -> str:
    """Hard-wrap the argument's paragraphs at about 70 columns with single newlines.

    ``argument`` gives the (start, end) ranges of the paragraph lines when known (generated
    motions); otherwise every long prose line is wrapped.
    """
    # Double-spaced PDF text (every wrapped line followed by an empty line) wraps that way.
    sep = "\n\n" if _double_spaced(normalise(text).text.split("\n")) else "\n"
    if argument is not None:
        out, pos = [], 0
        for start, end in sorted(argument):
            out.append(text[pos:start])
            out.append(sep.join(_wrap_line(text[start:end])))
            pos = end
        out.append(text[pos:])
        return "".join(out)
    lines = text.split("\n")
    padded = ["", *lines, ""]
    return "\n".join(sep.join(_wrap_line(line)) if _is_argument(line, padded[i], padded[i + 2])
                     else line for i, line in enumerate(lines))


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "crlf": crlf, "nbsp": nbsp, "bom": bom, "trailing_spaces": trailing_spaces, "rewrap": rewrap,
}


def check_invariance(text: str, name: str, transformed: str | None = None) -> None:
    """The values of ``text`` equal those of its ``name`` transform (also checks that one)."""
    expected = values(parse_or_none(text))
    other = TRANSFORMS[name](text) if transformed is None else transformed
    got = values(check(other, twice=False))
    if got != expected:
        diff = {k: (expected[k], got.get(k)) for k in expected if expected[k] != got.get(k)}
        raise Violation("invariance", f"{name} changed {diff}")

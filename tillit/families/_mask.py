"""Words with offsets, and masks for the names a copied motion changes.

A motion that travels from Region Skåne to Lunds kommun keeps its argument and changes its
names: the organisation ("Region Skånes målsättningar" → "Lunds kommuns målsättningar"), the
place, the party, the people, the year. Comparing texts word by word would count each of these
as a difference in substance. So every word sequence that *names* one of these is collapsed into
one slot token (``§org``, ``§party``, ``§person``, ``§year``, ``§date``, ``§body``) before
comparison; the slot keeps its span and its value, so a difference inside an aligned slot is
reported as a *substitution* rather than as changed text.

What is masked, in order of precedence at each word:

1. Names taken from the documents being compared (their organisation, place, parties, signatory
   names), so a name the lexicon does not know is still masked.
2. The lexicon: municipalities and regions in any listed form, party names and aliases, body
   names ("kommunfullmäktige"), party tags in parentheses ("(V)").
3. Generic shapes: "Region X", "Region X län", "X kommun", "X stad", "Landstinget i X",
   "X läns landsting", the definite forms "kommunen"/"regionen"/"landstinget" (the organisation
   referred to), four-digit years 1800–2099, ISO dates, and the dates :func:`tillit.find_dates`
   reads with a day.

Single-word place names are only masked when capitalised, because several are also Swedish words
("Mark", "Vara", "Berg").
"""

from __future__ import annotations

import operator
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, compress, islice, repeat
from typing import Final, Literal

from tillit.dates import find_dates
from tillit.lexicon import fold, genitive, lexicon
from tillit.markup import looks_like_markup
from tillit.models import Document

#: What a masked name is.
MaskKind = Literal["organisation", "place", "party", "person", "year", "date", "body"]

#: Slot token of each kind. Organisation and place share a slot: "Region Skånes" in one copy is
#: "Lunds" in another as often as it is "Lunds kommuns".
SLOT: Final[dict[str, str]] = {
    "organisation": "§org",
    "place": "§org",
    "party": "§party",
    "person": "§person",
    "year": "§year",
    "date": "§date",
    "body": "§body",
}

#: Definite forms that refer to the organisation itself ("i regionen", "kommunens verksamheter").
#: Language data: a candidate for ``cues.toml`` (this module may not edit the data files).
LEVEL_WORDS: Final = ("kommunen", "kommunens", "regionen", "regionens", "landstinget",
                      "landstingets")
_ORG_SUFFIX: Final = frozenset({"kommun", "kommuns", "stad", "stads"})
_LAN: Final = frozenset({"län", "läns"})
_NEXT: Final = _ORG_SUFFIX | {"läns"}

_WORD: Final = re.compile(r"\d{4}-\d{2}-\d{2}|\w+")
_BLOCK_OPEN: Final = re.compile(r"<(!--|script\b|style\b|teiHeader\b)", re.IGNORECASE)
_ISO: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A day and a month (number or word) before a year: "4 april 2023", "4:e april 2023",
#: "21.4.2021", "4/4 2023". Only such dates go to the date finder; ISO dates and bare years are
#: masked by shape. Checked in a short window before each four-digit number (scanning the whole
#: text with this pattern cost more than the rest of the tokenizer).
_YEAR_DIGITS: Final = re.compile(r"\d{4}")
_DAY_MONTH: Final = re.compile(r"\d{1,2}(?::\w{1,2})?[./ ]\s?(?:\d{1,2}|\w{3,9}\.?)[./ ]\s?$")
#: Folded words that may start a generic organisation shape.
_TRIGGERS: Final = frozenset({"region", "landstinget", *LEVEL_WORDS})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A masked name: its folded words, kind and canonical value."""

    words: tuple[str, ...]
    kind: MaskKind
    value: str
    capital: bool = False  # the surface must start with a capital letter
    paren: bool = False  # the surface must stand in parentheses: "(V)"


Gazetteer = Mapping[str, tuple[Phrase, ...]]


@dataclass(slots=True)
class Tokens:
    """A text as a sequence of comparison keys with original offsets.

    ``keys[i]`` is a case-folded word or a slot such as ``§org``; ``starts[i]:ends[i]`` is the
    word or the whole masked name in the original text; ``kinds[i]`` and ``values[i]`` are the
    mask's kind and canonical value (``None`` for plain words).
    """

    text: str
    keys: list[str] = field(default_factory=list)
    starts: array[int] = field(default_factory=lambda: array("i"))
    ends: array[int] = field(default_factory=lambda: array("i"))
    kinds: list[MaskKind | None] = field(default_factory=list)
    values: list[str | None] = field(default_factory=list)
    #: 1 at each masked token, 0 at each word (set by the tokenizer).
    slots: bytes = b""

    def __len__(self) -> int:
        return len(self.keys)

    def surface(self, i: int) -> str:
        """The original text of token ``i``."""
        return self.text[self.starts[i] : self.ends[i]]

    def slot_indices(self) -> list[int]:
        """Indices of the masked tokens, ascending."""
        return list(compress(range(len(self.slots)), self.slots))


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in _WORD.finditer(text))


def _add(table: dict[str, list[Phrase]], phrase: Phrase) -> None:
    if not phrase.words:
        return
    bucket = table.setdefault(phrase.words[0], [])
    if all(p.words != phrase.words or p.paren != phrase.paren for p in bucket):
        bucket.append(phrase)


def _freeze(table: dict[str, list[Phrase]]) -> dict[str, tuple[Phrase, ...]]:
    return {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in table.items()}


def _place_phrases(table: dict[str, list[Phrase]], form: str, value: str) -> None:
    """A place or organisation form, and its genitive; one word is a place, more an org."""
    for variant in {form, genitive(form)}:
        words = _words(variant)
        if len(words) == 1:
            _add(table, Phrase(words, "place", value, capital=True))
        elif words:
            _add(table, Phrase(words, "organisation", value))


@cache
def lexicon_gazetteer() -> dict[str, tuple[Phrase, ...]]:
    """Every name in the lexicon that is masked, keyed by its first folded word."""
    lex = lexicon()
    table: dict[str, list[Phrase]] = {}
    for key, official in (*lex.municipality.items(), *lex.region.items()):
        _place_phrases(table, key, official)
    for entry in lex.parties:
        for alias in (entry.party.name, *entry.aliases):
            _add(table, Phrase(_words(alias), "party", entry.party.name))
        for tag in (entry.party.code, *entry.tags):
            _add(table, Phrase(_words(tag), "party", entry.party.name, paren=True))
    for body in lex.bodies:
        if body.level == "riksdag":
            continue  # "riksdagen" is one body, not a name that changes between copies
        for form in (body.name, *body.forms):
            _add(table, Phrase(_words(form), "body", body.name))
    return _freeze(table)


def document_gazetteer(docs: Iterable[Document]) -> dict[str, tuple[Phrase, ...]]:
    """Names the documents themselves give: organisation, place, parties and signatories."""
    table: dict[str, list[Phrase]] = {}
    for doc in docs:
        if doc.organisation:
            org = doc.organisation
            _place_phrases(table, org, org)
            for suffix in (" kommun", " stad"):
                if org.endswith(suffix):  # "Lunds kommun" → "Lunds", "Lund"
                    base = org[: -len(suffix)]
                    _place_phrases(table, base, org)
                    if base.endswith("s") and len(base) > 3:
                        _place_phrases(table, base[:-1], org)
            if org.startswith("Region "):
                _place_phrases(table, org[len("Region "):], org)
        if doc.place:
            _place_phrases(table, doc.place, doc.place)
        for party in doc.parties:
            _add(table, Phrase(_words(party.name), "party", party.name))
            _add(table, Phrase(_words(party.code), "party", party.name, paren=True))
        for sig in doc.signatories:
            words = _words(sig.name)
            if len(words) >= 2:
                _add(table, Phrase(words, "person", sig.name, capital=True))
    return _freeze(table)


def _match(phrases: tuple[Phrase, ...], keys: list[str], surf: list[str], starts: list[int],
           ends: list[int], text: str, i: int) -> Phrase | None:
    for p in phrases:
        n = len(p.words)
        if tuple(keys[i : i + n]) != p.words:
            continue
        if p.capital and not surf[i][:1].isupper():
            continue
        if p.paren:
            s, e = starts[i], ends[i + n - 1]
            if not (text[s - 1 : s] == "(" and text[e : e + 1] == ")"):
                continue
        return p
    return None


def _generic(keys: list[str], surf: list[str], i: int) -> tuple[int, MaskKind, str] | None:
    """A generic organisation shape or a year starting at word ``i``: (length, kind, value)."""
    k = keys[i]
    n = len(keys)
    if k == "region" and surf[i][:1] == "R" and i + 1 < n and surf[i + 1][:1].isupper():
        j = i + 2
        if j < n and surf[j][:1].isupper() and not surf[j].isdigit():
            j += 1
        if j < n and keys[j] in _LAN:
            j += 1
        return j - i, "organisation", " ".join(surf[i:j])
    if k == "landstinget" and i + 2 < n and keys[i + 1] == "i" and surf[i + 2][:1].isupper():
        j = i + 3 + (1 if i + 3 < n and keys[i + 3] in _LAN else 0)
        return j - i, "organisation", " ".join(surf[i:j])
    if surf[i][:1].isupper() and not k.isdigit() and i + 1 < n:
        if keys[i + 1] in _ORG_SUFFIX:
            return 2, "organisation", " ".join(surf[i : i + 2])
        if keys[i + 1] == "läns" and i + 2 < n and keys[i + 2].startswith("landsting"):
            return 3, "organisation", " ".join(surf[i : i + 3])
    if k in LEVEL_WORDS:
        return 1, "organisation", k.removesuffix("s")
    if len(k) == 4 and k.isdigit() and 1800 <= int(k) <= 2099:
        return 1, "year", k
    if len(k) == 10 and _ISO.fullmatch(k):
        return 1, "date", k
    return None


class Masker:
    """Tokenises texts with the lexicon's names and the names of ``docs`` masked."""

    def __init__(self, docs: Iterable[Document] = ()) -> None:
        self.extra = document_gazetteer(docs)
        self.gaz = lexicon_gazetteer()
        self._tables = (self.extra, self.gaz)
        self._triggers = frozenset(self.gaz) | frozenset(self.extra) | _TRIGGERS
        self._vocab: dict[str, str] = {}

    def tokenize(self, text: str, start: int = 0, end: int | None = None) -> Tokens:
        """``text[start:end]`` as comparison keys, names collapsed into slot tokens (see the
        module doc); offsets index ``text``. Markup tags are skipped (blanked in place)."""
        end = len(text) if end is None else end
        source = _blank_markup(text) if looks_like_markup(text) else text
        # C-level maps throughout: this runs once per word of every document.
        matches = list(_WORD.finditer(source, start, end))
        surf = list(map(re.Match.group, matches))
        starts = list(map(re.Match.start, matches))
        ends = list(map(re.Match.end, matches))
        # One string object per distinct word: a corpus holds far fewer words than tokens.
        folded = list(map(str.casefold, surf))
        keys = list(map(self._vocab.setdefault, folded, folded))
        date_at = (_dates(source, start, end, starts, ends)
                   if _has_day_date(source, start, end) else {})
        # Words that may start a name: listed first words; capitalised words before "kommun",
        # "stad" or "läns"; numbers (years, dates).
        following = map(_NEXT.__contains__, chain(islice(keys, 1, None), ("",)))
        shaped = map(operator.or_, following, map(operator.not_, map(str.isalpha, keys)))
        special = map(operator.or_, map(self._triggers.__contains__, keys),
                      map(operator.and_, map(operator.not_, map(str.islower, surf)), shaped))
        cands: Iterable[int] = compress(range(len(keys)), special)
        if date_at:
            cands = sorted(set(cands) | set(date_at))
        out = Tokens(text)
        pos = 0
        for i in cands:
            if i < pos:
                continue
            hit = _hit(keys[i], i, keys, surf, starts, ends, text, date_at, self._tables)
            if hit is None:
                continue
            if i > pos:
                _plain(out, keys, starts, ends, pos, i)
            length, kind, value = hit
            out.keys.append(SLOT[kind])
            out.starts.append(starts[i])
            out.ends.append(ends[i + length - 1])
            out.kinds.append(kind)
            out.values.append(value)
            pos = i + length
        if pos < len(keys):
            _plain(out, keys, starts, ends, pos, len(keys))
        out.slots = bytes(map(operator.is_not, out.kinds, repeat(None)))
        return out


def _plain(out: Tokens, keys: list[str], starts: list[int], ends: list[int], i: int,
           j: int) -> None:
    out.keys.extend(keys[i:j])
    out.starts.extend(starts[i:j])
    out.ends.extend(ends[i:j])
    out.kinds.extend([None] * (j - i))
    out.values.extend([None] * (j - i))


def _has_day_date(text: str, start: int, end: int) -> bool:
    for m in _YEAR_DIGITS.finditer(text, start, end):
        if _DAY_MONTH.search(text, max(start, m.start() - 18), m.start()):
            return True
    return False


def _dates(text: str, start: int, end: int, starts: list[int],
           ends: list[int]) -> dict[int, tuple[int, str]]:
    """Dates with a day ("den 4 april 2023") by the date finder: word index → (words, iso)."""
    date_at: dict[int, tuple[int, str]] = {}
    for mention in find_dates(text[start:end]):
        if mention.precision == "year":
            continue
        first = _index_at(starts, start + mention.span.start)
        last = _index_before(ends, start + mention.span.end)
        if first is not None and last is not None and last >= first:
            date_at[first] = (last - first + 1, mention.value.isoformat()[:10])
    return date_at


def content_range(doc: Document, text: str) -> tuple[int, int]:
    """Where the document's own text stands: from its title (or first paragraph or att-sats)
    to the end of its last paragraph, att-sats or signature. Page furniture outside (menus,
    "Läs hela motionen här", press-room footers, comment forms) is left out of comparisons.
    The whole text when the parser found no title, paragraph or att-sats."""
    firsts = [doc.spans["title"].start] if "title" in doc.spans else []
    firsts += [p.span.start for p in doc.paragraphs[:1]] + [p.span.start for p in doc.proposals[:1]]
    lasts = [p.span.end for p in doc.paragraphs[-1:]] + [p.span.end for p in doc.proposals[-1:]]
    lasts += [s.span.end for s in doc.signatories[-1:]]
    if not firsts or not lasts or max(lasts) <= min(firsts):
        return 0, len(text)
    return min(firsts), min(len(text), max(lasts))


def document_tokens(masker: Masker, doc: Document, text: str) -> Tokens:
    """The tokens of a document's own text (:func:`content_range`)."""
    return masker.tokenize(text, *content_range(doc, text))


def _blank_markup(text: str) -> str:
    """``text`` with tags, comments, scripts and styles replaced by spaces (offsets kept).

    Linear in the length of the text whatever it holds: every search starts where the last
    one ended, and a search that fails blanks the rest (an unclosed comment) or is not repeated
    (a "<" with no ">" after it)."""
    out: list[str] = []
    pos, n = 0, len(text)
    gt = -1  # the next ">" at or after the current "<" (cached: ">"-less text is scanned once)
    while pos < n:
        i = text.find("<", pos)
        if i < 0:
            break
        block = _BLOCK_OPEN.match(text, i)
        if block is not None:
            close = _block_close(block.group(1)).search(text, block.end())
            end = close.end() if close else n
        else:
            if gt < i:
                gt = text.find(">", i)
                if gt < 0:
                    break  # no tag can close after here
            lt = text.find("<", i + 1, gt)
            if lt >= 0:  # "<" … "<" … ">": the first "<" is text
                out.append(text[pos:lt])
                pos = lt
                continue
            end = gt + 1
        out.append(text[pos:i])
        out.append(" " * (end - i))
        pos = end
    out.append(text[pos:])
    return "".join(out)


@cache
def _block_close(opener: str) -> re.Pattern[str]:
    if opener == "!--":
        return re.compile("-->")
    return re.compile(rf"</{re.escape(opener)}\s*>", re.IGNORECASE)


def _hit(k: str, i: int, keys: list[str], surf: list[str], starts: list[int], ends: list[int],
         text: str, date_at: dict[int, tuple[int, str]],
         tables: tuple[Gazetteer, Gazetteer]) -> tuple[int, MaskKind, str] | None:
    if i in date_at:
        length, value = date_at[i]
        return length, "date", value
    for table in tables:
        cands = table.get(k)
        if cands and (p := _match(cands, keys, surf, starts, ends, text, i)):
            return len(p.words), p.kind, p.value
    return _generic(keys, surf, i)


def _index_at(starts: list[int], offset: int) -> int | None:
    """Index of the first word starting at or after ``offset``."""
    i = bisect_left(starts, offset)
    return i if i < len(starts) else None


def _index_before(ends: list[int], offset: int) -> int | None:
    """Index of the last word ending at or before ``offset``."""
    i = bisect_right(ends, offset) - 1
    return i if i >= 0 else None

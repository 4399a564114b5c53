"""Organisations the argument talks about: mentions of a municipality or region, counted."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import regex

from tillit import patterns as P
from tillit.blocks import Block
from tillit.extract import Found
from tillit.lexicon import fold, lexicon
from tillit.orgnames import (
    ORG_WORDS,
    known_municipality,
    mention_value,
    readable,
    recased,
    region,
    titled,
)
from tillit.text import Mapped

#: Texts' mentions as (value, start, end), each text read once: a parse passes one to
#: :func:`mentions` and :func:`infer`, which read the same blocks.
Read = dict[str, list[tuple[str, int, int]]]


def _read(text: str, read: Read) -> list[tuple[str, int, int]]:
    if _SCAN_LONG <= len(text) <= _KEPT_LONGEST:
        return _kept(text)
    found = read.get(text)
    if found is None:
        found = read[text] = _offsets(text)
    return found


def _offsets(text: str) -> list[tuple[str, int, int]]:
    return [(value, m.start(), m.end()) for value, m in _matches(text)]


#: Texts from ``_SCAN_LONG`` up to this long have their mentions kept across parses (a
#: paragraph of boilerplate, a letterhead recur from document to document); the bound keeps
#: the cache small, and a short text costs little to read again.
_KEPT_LONGEST = 2000


@lru_cache(maxsize=1024)
def _kept(text: str) -> list[tuple[str, int, int]]:
    """:func:`_offsets` of a text (cached by text; callers only iterate the list)."""
    return _offsets(text)


def infer(blocks: list[Block], places: bool = False, read: Read | None = None
          ) -> Found[str] | None:
    """The organisation the argument talks about most, flagged as inferred; where it names
    none, the municipality of a party branch it mentions ("vi socialdemokrater i Solna"); and
    with ``places``, a municipality it names as a place more than once ("i Solna")."""
    counts: Counter[str] = Counter()
    first: dict[str, Found[str]] = {}
    if read is None:
        read = {}
    # The short blocks' texts at once (a text of many tiny blocks): a word none of them holds
    # is not in the join, nor, case-folded, in its case-folding, so one test of the join
    # spares a loop over blocks that would find nothing. A long block is read as it is (its
    # own tests cost little beside its length, and joining it would copy the document), and
    # so is one in capitals (read as running text writes it, its letters may change).
    texts = [block.text.text for block in blocks]
    short = "\n".join([text for text in texts if len(text) < _SCAN_LONG])
    rest: list[list[Block]] = []  # the long blocks and those in capitals, listed once

    def unless(found: bool) -> list[Block]:
        """The blocks, or where the short ones' join fails a test, the rest of them."""
        if found:
            return blocks
        if not rest:
            rest.append([block for block, text in zip(blocks, texts, strict=True)
                         if len(text) >= _SCAN_LONG or text.isupper()])
        return rest[0]

    named = any(word in short for word in ORG_WORDS) or any(
        word in short for word in _ORG_WORDS_UPPER)  # (_matches needs one or the other)
    for block in unless(named):
        text = block.text.text
        if len(text) < _SCAN_LONG and not _may_mention(text):
            continue
        for value, start, end in _read(text, read):
            _count(counts, first, value, block.text, start, end)
    if not counts:
        _branches(unless(_names_party(short)), counts, first, places)
    if not counts:
        _local_parties(unless(any(suffix in short for suffix in _SUFFIXES)), counts, first)
    if not counts and places:
        _places(unless(" i " in short or " till " in short or "bor" in short), counts, first)
    if not counts and places and (_REGIONAL_BODY.search(short) or any(  # (none spans a "\n")
            len(text) >= _SCAN_LONG and _REGIONAL_BODY.search(text) for text in texts)):
        _counties(blocks, counts, first)
    if not counts:
        return None
    best = max(counts.values())
    return min((f for v, f in first.items() if counts[v] == best), key=lambda f: f.span.start)


#: Pieces of a long text asked of ``names_party`` one at a time, and how far they overlap:
#: the longest party stem (case folding is per character and never empties one, so a stem
#: found in the folded text lies in the folding of as many characters of it or fewer).
_PIECE = 4096
_STEM_REACH = max(len(stem) for stem in P._PARTY_STEMS)


def _names_party(text: str) -> bool:
    """``P.names_party(text)``, asked of overlapping pieces: case-folding a long text at once
    takes three times its size in a buffer (the join of a document's short texts)."""
    return any(P.names_party(text[at:at + _PIECE + _STEM_REACH])
               for at in range(0, max(len(text), 1), _PIECE))


def mentions(text: Mapped, read: Read | None = None) -> Iterator[Found[str]]:
    """Each municipality or region a text names ("Region Skåne", "Lunds kommun"), inferred;
    with ``read``, a long text's mentions are read once and kept there (a short one costs
    little to read again, and keeping one for each of thousands of proposals would not)."""
    if read is not None and len(text.text) >= _SCAN_LONG:
        for value, start, end in _read(text.text, read):
            yield Found(value, text.span(start, end), inferred=True)
        return
    for value, m in _matches(text.text):
        yield Found(value, text.span(m.start(), m.end()), inferred=True)


_ORG_WORDS_UPPER = tuple({word.upper() for word in ORG_WORDS})
def _may_mention(text: str) -> bool:
    """Whether :func:`_matches` may find a mention in ``text`` (shorter than ``_SCAN_LONG``):
    its key word test, spelt out for the one call per block of :func:`infer`."""
    words = _ORG_WORDS_UPPER if text.isupper() else ORG_WORDS
    for word in words:  # noqa: SIM110 (any() of a generator costs 2x on every block)
        if word in text:
            return True
    return False


def _matches(text: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """Each organisation mention's canonical value and match (in an upper-case line, read as
    running text writes it)."""
    if text.isupper():
        if not any(word in text for word in _ORG_WORDS_UPPER):
            return
        text = recased(text)
    if len(text) < _SCAN_LONG:
        if not any(word in text for word in ORG_WORDS):
            return
        found: Iterator[regex.Match[str]] = P.ORG_MENTION.finditer(text)
    else:
        found = _org_mentions(text)
    for m in found:
        if (value := mention_value(m)) is not None:
            yield value, m


#: From this length on, :func:`_org_mentions` beats one scan of the whole text.
_SCAN_LONG = 100
#: Where a capital-led branch of ORG_MENTION may open: a capital at a word start, or the
#: "Västra" of "Västra Götalandsregionen" anywhere.
_CAPITAL = regex.compile(r"(?<![\p{L}-])\p{Lu}|Västra", regex.VERSION1)
#: The lower-case openings of ORG_MENTION's "<office> i <Place>" (no look-behind before them).
_KOMMUN_I = P.KOMMUN_OFFICES
#: With a key word in every this many characters or fewer, the positions to try cost more
#: than one scan of the text (each try ~1 us, a scan ~50 ns a character).
_DENSE = 100
#: (``re``: the same matches as ``regex`` for these, at less cost a match.)
_SPACE = re.compile(" ")
#: Every position where two spaces begin (overlapping: "   " holds two).
_DOUBLE_SPACE = re.compile("(?=  )")
#: A match's start lies at most this many runs of spaces before a key word it holds:
#: "<Name> är <six words> kommun".
_KEY_REACH = 8


def _org_mentions(text: str) -> Iterator[regex.Match[str]]:
    """``P.ORG_MENTION.finditer(text)``, the same matches, tried only where one can start.

    Every match holds a key word (:data:`ORG_WORDS`) and starts at one of: a capital at a word
    start (or "Västra") at most eight runs of spaces before a key word; the "R"/"r" of
    "region" or the "L"/"l" of "landstinget"; a municipal office ("kommunfullmäktige",
    "kommunalråd", … :data:`patterns.KOMMUN_OFFICES`). The pattern is matched at those
    positions alone, in order, each going on after the previous match as ``finditer`` does,
    so it finds the same matches without trying every position of the text.
    """
    keys: list[int] = []
    for word in ORG_WORDS:
        i = text.find(word)
        while i >= 0:
            keys.append(i)
            i = text.find(word, i + 1)
    if not keys:
        return
    if len(keys) * _DENSE > len(text):  # key words everywhere: one scan costs less
        yield from P.ORG_MENTION.finditer(text)
        return
    keys.sort()
    starts: set[int] = set()
    for i in keys:
        c = text[i]
        if c in "kK":
            if text.startswith(_KOMMUN_I, i):
                starts.add(i)
        elif c != "t" and i and text[i - 1] in ("Rr" if c == "e" else "Ll"):
            starts.add(i - 1)  # "[Rr]egion", "[Ll]andstinget"; "[Ss]tad" follows a capital
    # Where the spaces and the double spaces are, so that each capital's test costs a binary
    # search, not a scan to its key word (a scan made a long text of capitals quadratic).
    spaces = [m.start() for m in _SPACE.finditer(text, 0, keys[-1])]
    doubles = [m.start() for m in _DOUBLE_SPACE.finditer(text, 0, keys[-1])]
    for m in _CAPITAL.finditer(text, 0, keys[-1]):
        at = m.start()
        key = keys[bisect_left(keys, at)]
        # text.count(" ", at, key) <= _KEY_REACH or text.find("  ", at, key) >= 0:
        if bisect_left(spaces, key) - bisect_left(spaces, at) <= _KEY_REACH or (
                (d := bisect_left(doubles, at)) < len(doubles) and doubles[d] + 2 <= key):
            starts.add(at)
    pos = 0
    match = P.ORG_MENTION.match
    for at in sorted(starts):
        if at >= pos and (m := match(text, at)) is not None:
            yield m
            pos = m.end()


#: A place must be named this often before it stands for the organisation.
_PLACE_MENTIONS = 2


def _places(blocks: list[Block], counts: Counter[str], first: dict[str, Found[str]]) -> None:
    """Count the municipalities named as places ("i Solna", "till Solna") or by their
    residents ("solnaborna", "Gnestabor"), keeping only one named at least twice and more
    often than any other."""
    found: Counter[str] = Counter()
    where: dict[str, Found[str]] = {}
    for block in blocks:
        text = block.text
        raw = readable(text.text)
        if " i " in raw or " till " in raw:
            for m in P.PLACE_MENTION.finditer(raw):
                place = m.group("place")
                value = known_municipality(place) \
                    if fold(place) in lexicon().municipality else None
                if value is not None:
                    _count(found, where, value, text, m.start("place"), m.end())
        if "bor" in raw:
            for m in _RESIDENTS.finditer(raw):
                value = _stem_municipality(m.group("place"))
                if value is not None:
                    _count(found, where, value, text, m.start(), m.end())
    _keep_leader(found, where, counts, first)


def _branches(blocks: list[Block], counts: Counter[str], first: dict[str, Found[str]],
              places: bool) -> None:
    """Count the municipalities (or regions) of party branches: "Centerpartiet i Tingsryd";
    with ``places`` (a municipal or regional text) also "Liberalerna Botkyrka" (a
    municipality the table lists, right after the party)."""
    for block in blocks:
        text = block.text
        raw = readable(text.text)
        if not P.names_party(raw):
            continue
        for m in P.PARTY_PLACE.finditer(raw) if places else ():
            if fold(m.group("place")) in lexicon().municipality and \
                    (value := known_municipality(m.group("place"))) is not None:
                _count(counts, first, value, text, m.start("place"), m.end())
        if " i " not in raw:
            continue
        for m in P.PARTY_LOCALITY.finditer(raw):
            place = m.group("place")
            value = (region(place) if m.group("region")
                     else known_municipality(place) or known_municipality(place.split()[0]))
            if value is not None:
                _count(counts, first, value, text, m.start("place"), m.end())


_SUFFIXES = lexicon().cue("signatures", "local_party_suffixes")
#: A local party named after its municipality: "Staffanstorpspartiet", "Kirunapartiet".
_LOCAL_PARTY = regex.compile(
    rf"(?<!\w)(?P<stem>\p{{Lu}}\p{{Ll}}{{2,}}?)(?:{'|'.join(_SUFFIXES)})(?!\w)", regex.VERSION1)


#: The residents of a place: "Gnestabor", "solnaborna", "Kungälvsbor".
_RESIDENTS = regex.compile(r"(?<!\w)(?P<place>\p{L}{3,}?)bor(?:na)?(?!\w)", regex.VERSION1)


def _stem_municipality(stem: str) -> str | None:
    """The municipality a word's stem names, with or without a genitive s ("Kungälvs")."""
    municipality = lexicon().municipality
    key = fold(stem)
    return municipality.get(key) or (municipality.get(key[:-1]) if key.endswith("s") else None)


def _local_parties(blocks: list[Block], counts: Counter[str],
                   first: dict[str, Found[str]]) -> None:
    """Count the municipalities that local parties the text names are named after."""
    for block in blocks:
        text = block.text
        raw = titled(text.text)  # "STAFFANSTORPSPARTIET" as a name: "Staffanstorpspartiet"
        if not any(suffix in raw for suffix in _SUFFIXES):
            continue
        for m in _LOCAL_PARTY.finditer(raw):
            value = _stem_municipality(m.group("stem"))
            if value is not None:
                _count(counts, first, value, text, m.start(), m.end())


#: The regional body named as "the" one ("landstinget", "regionens"): the text's level.
#: The region or landsting spoken of: "landstinget", "regionen", or one of its bodies from the
#: body table ("regionfullmäktige", "landstingsfullmäktiges").
_REGIONAL_BODY = regex.compile(
    r"(?<!\w)(?:landstinget|landstingets|regionen|regionens|"
    + "|".join(sorted((regex.escape(form) for b in lexicon().bodies
                       if b.level in ("region", "landsting") for form in (b.name, *b.forms)),
                      key=lambda w: (-len(w), w)))
    + r")(?!\w)", regex.IGNORECASE)


def _counties(blocks: list[Block], counts: Counter[str], first: dict[str, Found[str]]) -> None:
    """A text that speaks of "landstinget" or "regionen" and names a county as a place at
    least twice ("i Sörmland", "i Dalarna") is about that county's region. A county that is
    also a municipality's name ("Jönköping", "Gotland") counts as the municipality
    (:func:`_places`), never here."""
    if not any(_REGIONAL_BODY.search(b.text.text) for b in blocks):
        return
    found: Counter[str] = Counter()
    where: dict[str, Found[str]] = {}
    municipality = lexicon().municipality
    for block in blocks:
        text = block.text
        if " i " not in text.text and "I " not in text.text:
            continue
        for m in P.COUNTY_MENTION.finditer(text.text):
            place = m.group("place")
            if fold(place) in municipality or (value := region(place)) is None:
                continue
            _count(found, where, value, text, m.start("place"), m.end())
    _keep_leader(found, where, counts, first)


def _count(counts: Counter[str], first: dict[str, Found[str]], value: str, text: Mapped,
           start: int, end: int) -> None:
    """Count one mention of ``value`` at ``text[start:end]``; the first mention's span is kept."""
    counts[value] += 1
    if value not in first:
        first[value] = Found(value, text.span(start, end), inferred=True)


def _keep_leader(found: Counter[str], where: dict[str, Found[str]], counts: Counter[str],
                 first: dict[str, Found[str]]) -> None:
    """Keep the place named most often, if it is named at least twice and more often than any
    other: one mention, or a tie, names no organisation."""
    ranked = found.most_common(2)
    if ranked and ranked[0][1] >= _PLACE_MENTIONS and (
            len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        counts[ranked[0][0]] = ranked[0][1]
        first[ranked[0][0]] = where[ranked[0][0]]

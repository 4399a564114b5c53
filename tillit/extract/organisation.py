"""Organisations the argument talks about: mentions of a municipality or region, counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from tillit import patterns as P
from tillit.blocks import Block
from tillit.extract import Found
from tillit.lexicon import fold, lexicon
from tillit.orgnames import ORG_WORDS, known_municipality, mention_value, region
from tillit.text import Mapped


def infer(blocks: list[Block], places: bool = False) -> Found[str] | None:
    """The organisation the argument talks about most, flagged as inferred; where it names
    none, the municipality of a party branch it mentions ("vi socialdemokrater i Solna"); and
    with ``places``, a municipality it names as a place more than once ("i Solna")."""
    counts: Counter[str] = Counter()
    first: dict[str, Found[str]] = {}
    for block in blocks:
        for value, m in _matches(block.text.text):
            counts[value] += 1
            if value not in first:  # a span for the first mention only: the one returned
                first[value] = Found(value, block.text.span(m.start(), m.end()), inferred=True)
    if not counts:
        _branches(blocks, counts, first)
    if not counts and places:
        _places(blocks, counts, first)
    if not counts:
        return None
    best = max(counts.values())
    return min((f for v, f in first.items() if counts[v] == best), key=lambda f: f.span.start)


def mentions(text: Mapped) -> Iterator[Found[str]]:
    """Each municipality or region a text names ("Region Skåne", "Lunds kommun"), inferred."""
    for value, m in _matches(text.text):
        yield Found(value, text.span(m.start(), m.end()), inferred=True)


def _matches(text: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """Each organisation mention's canonical value and match."""
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
_SCAN_LONG = 300
#: A character that no ORG_MENTION match holds (every match is letters, "-", spaces, commas
#: and the apostrophe of a genitive "'s").
_BARRIER = regex.compile(r"[^\p{L}\- ,'´’]")
_BARRIER_BACK = regex.compile(r"[^\p{L}\- ,'´’]", regex.REVERSE)
_UPPER = regex.compile(r"\p{Lu}")


def _org_mentions(text: str) -> Iterator[regex.Match[str]]:
    """``P.ORG_MENTION.finditer(text)``, the same matches, tried only where one can start.

    Every match holds one of :data:`ORG_WORDS` and no barrier character, and starts at an
    upper-case letter, at its key word ("kommunstyrelsen i …") or one character before it
    ("[Rr]egion", "Landstinget"). So only the stretches between barriers that hold a key word
    are read, and in each the pattern is matched at those positions alone, in order, each
    search going on after the previous match as ``finditer`` does. A match never reaches past
    its stretch, and the barrier after it stays in view for the look-ahead.
    """
    n = len(text)
    following = [text.find(word) for word in ORG_WORDS]
    match = P.ORG_MENTION.match
    pos = 0
    while True:
        key = min((i for i in following if i >= 0), default=-1)
        if key < 0:
            return
        barrier = _BARRIER_BACK.search(text, pos, key)
        start = barrier.end() if barrier is not None else pos
        barrier = _BARRIER.search(text, key)
        end = barrier.start() if barrier is not None else n
        starts: set[int] = set()
        for j, word in enumerate(ORG_WORDS):
            i = following[j]
            while 0 <= i < end:
                starts.add(i)
                starts.add(i - 1)
                i = text.find(word, i + 1)
            following[j] = i
        starts.update(m.start() for m in _UPPER.finditer(text, start, max(starts)))
        stop = min(end + 1, n)
        for at in sorted(starts):
            if at >= start and (m := match(text, at, stop)) is not None:
                yield m
                start = m.end()
        pos = end


#: A place must be named this often before it stands for the organisation.
_PLACE_MENTIONS = 2


def _places(blocks: list[Block], counts: Counter[str], first: dict[str, Found[str]]) -> None:
    """Count the municipalities named as places ("i Solna", "till Solna"), keeping only one
    named at least twice and more often than any other."""
    found: Counter[str] = Counter()
    where: dict[str, Found[str]] = {}
    for block in blocks:
        text = block.text
        if " i " not in text.text and " till " not in text.text:
            continue
        for m in P.PLACE_MENTION.finditer(text.text):
            place = m.group("place")
            value = known_municipality(place) if fold(place) in lexicon().municipality else None
            if value is not None:
                found[value] += 1
                if value not in where:  # a span for the first mention only: the one kept
                    where[value] = Found(value, text.span(m.start("place"), m.end()),
                                         inferred=True)
    ranked = found.most_common(2)
    if ranked and ranked[0][1] >= _PLACE_MENTIONS and (
            len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        counts[ranked[0][0]] = ranked[0][1]
        first[ranked[0][0]] = where[ranked[0][0]]


def _branches(blocks: list[Block], counts: Counter[str], first: dict[str, Found[str]]) -> None:
    """Count the municipalities (or regions) of party branches: "Centerpartiet i Tingsryd"."""
    for block in blocks:
        text = block.text
        if " i " not in text.text or not P.names_party(text.text):
            continue
        for m in P.PARTY_LOCALITY.finditer(text.text):
            place = m.group("place")
            value = (region(place) if m.group("region")
                     else known_municipality(place) or known_municipality(place.split()[0]))
            if value is not None:
                counts[value] += 1
                first.setdefault(value, Found(value, text.span(m.start("place"), m.end()),
                                              inferred=True))

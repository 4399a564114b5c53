"""The windowed scan for organisation mentions finds exactly what one scan of the text finds."""

from __future__ import annotations

import random

import pytest
from repo_util import stored_texts

from tillit import patterns as P
from tillit.blocks import Block, segment
from tillit.extract import Found, organisation
from tillit.extract.organisation import _org_mentions
from tillit.text import normalise

_PIECES = ["kommun", "egion", "Region", "region", "Lunds", "Lund", " ", "  ", ",", ".", "1",
           "är", "s", "'s", "’s", "landsting", "Landstinget", "läns", "i", "kommunstyrelsens",
           "ordförande", "-", "Ö", "x", "(", "kommuns", "Västra", "Götalandsregionen", "en",
           "fin", "län", "_", "kommunfullmäktige", "kommunalrådet", "Skåne", "Ab", "É", "\n",
           "landstinget", "Kalmar"]


def _same(text: str) -> None:
    want = [(m.span(), m.group()) for m in P.ORG_MENTION.finditer(text)]
    assert [(m.span(), m.group()) for m in _org_mentions(text)] == want, text


def test_random_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(organisation, "_DENSE", 0)  # the positions, never the plain scan
    rng = random.Random(11)
    for _ in range(20_000):
        _same("".join(rng.choice(_PIECES) + rng.choice(("", " ", ""))
                      for _ in range(rng.randint(0, 30))))


def test_stored_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(organisation, "_DENSE", 0)
    for text in stored_texts():
        _same(text)
        for block in segment(normalise(text)):
            _same(block.text.text)


def _infer_ungated(blocks: list[Block], places: bool) -> Found[str] | None:
    """``organisation.infer`` without its tests of all the text at once: every block read."""
    from collections import Counter

    counts: Counter[str] = Counter()
    first: dict[str, Found[str]] = {}
    for block in blocks:
        text = block.text.text
        if len(text) < organisation._SCAN_LONG and not organisation._may_mention(text):
            continue
        for value, m in organisation._matches(text):
            organisation._count(counts, first, value, block.text, m.start(), m.end())
    if not counts:
        organisation._branches(blocks, counts, first, places)
    if not counts:
        organisation._local_parties(blocks, counts, first)
    if not counts and places:
        organisation._places(blocks, counts, first)
    if not counts and places:
        organisation._counties(blocks, counts, first)
    if not counts:
        return None
    best = max(counts.values())
    return min((f for v, f in first.items() if counts[v] == best), key=lambda f: f.span.start)


def test_infer_reads_as_every_block_read() -> None:
    """infer's tests of all the text at once (a key word, a party name, a local party's
    suffix in no block) change no answer: stored texts, and generated ones with names in
    capitals and running text."""
    rng = random.Random(5)
    lines = ["Centerpartiet i Tingsryd", "CENTERPARTIET I TINGSRYD", "Staffanstorpspartiet",
             "STAFFANSTORPSPARTIET", "Lunds kommun", "LUNDS KOMMUN", "vi i Solna", "i Solna",
             "Liberalerna Botkyrka", "x", "S", "kommunen", "Region Skåne", "REGION SKÅNE",
             "Sverigedemokraterna Sala", "SVERIGEDEMOKRATERNA SALA", "landstinget", "i Dalarna",
             "Gnestabor", "GNESTABOR", "Kirunapartiet", "ß", "ǅ"]
    filler = "Vi vill att det byggs fler cykelvägar och bänkar längs med ån i hela staden nu "
    lines += [filler + line for line in lines]  # long blocks (100 characters or more) too
    texts = list(stored_texts())
    texts += ["\n\n".join(rng.choice(lines) for _ in range(rng.randint(1, 8)))
              for _ in range(1_500)]
    for text in texts:
        if not text.strip():
            continue
        blocks = segment(normalise(text))
        for places in (False, True):
            assert organisation.infer(blocks, places) == _infer_ungated(blocks, places), text


def test_names_party_in_pieces() -> None:
    """infer's names_party of a long join, asked piece by piece, answers as one call does,
    with stems across the pieces' borders and characters whose folding is longer."""
    rng = random.Random(9)
    stems = list(P._PARTY_STEMS)
    fill = ["x", "ß", "İ", "ŉ", " ", "\n", "Ö", "ﬁ"]
    for _ in range(300):
        n = rng.choice([10, organisation._PIECE - 5, 2 * organisation._PIECE + 3])
        text = "".join(rng.choice(fill) for _ in range(n))
        if rng.random() < 0.7:
            at = rng.randrange(0, len(text) + 1)
            stem = rng.choice(stems)
            text = text[:at] + rng.choice([stem, stem.upper(), stem.title()]) + text[at:]
        assert organisation._names_party(text) == P.names_party(text)
    for at in range(organisation._PIECE - 20, organisation._PIECE + 5):
        for stem in stems:
            text = "ß" * at + stem.upper() + "x" * 30
            assert organisation._names_party(text) and P.names_party(text)

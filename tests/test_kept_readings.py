"""Readings kept across parses (block texts' verb, party, organisation, formula and preamble
readings, a press room's stamps) change no parse: a document parsed after others reads as
it does with every cache empty."""

from __future__ import annotations

from pathlib import Path

import tillit
from tillit import blocks, classify, patterns, resolve
from tillit.extract import organisation, press, proposals, signatories

ROOT = Path(__file__).resolve().parents[1]

_CACHES = (patterns._names_verb_kept, organisation._kept, resolve._we_parties_kept,
           press._stamp_kept, classify._formula_kept, resolve._block_branch,
           press._details_at, press._attributions,
           blocks._emphasis_kept, blocks._sentence_inside_kept, signatories._dated_party)


def _empty() -> None:
    for cache in _CACHES:
        cache.cache_clear()
    proposals._KEPT.clear()


def _texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "corpus").glob("*.txt"))[:40]
    return [p.read_text(encoding="utf-8-sig") for p in paths]


def test_kept_readings_change_no_parse() -> None:
    texts = _texts()
    cold = []
    for text in texts:
        _empty()
        cold.append(tillit.parse(text).model_dump_json())
    _empty()
    for _ in range(2):  # in order, then again with every reading kept
        assert [tillit.parse(text).model_dump_json() for text in texts] == cold
    assert [tillit.parse(text).model_dump_json() for text in reversed(texts)] == cold[::-1]


def test_kept_readings_stay_bounded() -> None:
    _empty()
    for i in range(proposals._KEPT_MOST + 10):
        tillit.parse(f"Rubrik\n\nVi yrkar därför, punkt {i}:\n\natt x\n")
    assert len(proposals._KEPT) <= proposals._KEPT_MOST
    long = "Vi yrkar " + "a" * 3000
    assert patterns.names_verb(long) and not patterns._names_verb_kept.cache_info().currsize


def test_dated_party_kept_by_text() -> None:
    """The party a date line signs with, kept by its text: the reading is the text's alone
    (the same as read afresh, on stored lines and generated ones of parties, places and
    dates), and a party is frozen, so lines that share it cannot change it."""
    import random

    from tillit.models import Party

    rng = random.Random(20)
    heads = ["Vänsterpartiet", "Strängnäspartiet", "Lund", "Vänsterpartiet i Vetlanda",
             "Vänsterpartiet, Lund", "Nya Ulricehamn", "Anna Berg", "SD Lund", "att", ""]
    dates = ["2017-09-29", "den 15/11 2010", "15 november 2010", "2010", "²", "x", ""]
    lines = [line for p in _paths() for line in p.read_text(encoding="utf-8-sig").split("\n")]
    lines += [f"{rng.choice(heads)}{rng.choice(['', ' ', ', '])}{rng.choice(dates)}"
              for _ in range(3_000)]
    signatories._dated_party.cache_clear()
    for line in lines * 2:
        party = signatories._dated_party(line)
        assert party == signatories._dated_party.__wrapped__(line), line
        assert party is None or (isinstance(party, Party) and party.model_config["frozen"])
    assert any(signatories._dated_party(line) for line in lines)


def _paths() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "corpus").glob("*.txt"))

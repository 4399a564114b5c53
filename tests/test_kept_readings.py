"""Readings kept across parses (block texts' verb, party, organisation, formula and preamble
readings, a press room's stamps) change no parse: a document parsed after others reads as
it does with every cache empty."""

from __future__ import annotations

from pathlib import Path

import tillit
from tillit import patterns
from tillit.extract import proposals, signatories

ROOT = Path(__file__).resolve().parents[1]


def _empty() -> None:
    assert tillit.clear_caches() > 0


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


def test_clear_caches_empties_every_kept_reading_and_keeps_the_tables() -> None:
    """After a few parses the kept readings hold entries; clear_caches empties every bounded
    cache of tillit's modules and the proposal stage's dict, and leaves the lexicon loaded."""
    import sys

    from tillit import lexicon

    for text in _texts()[:5]:
        tillit.parse(text)
    bounded = [obj for name, module in list(sys.modules.items())
               if module is not None and name.startswith("tillit")
               for obj in list(vars(module).values())
               if callable(getattr(obj, "cache_info", None))
               and getattr(obj, "__module__", None) == name]
    assert any(c.cache_info().currsize for c in bounded if c.cache_info().maxsize)
    assert tillit.clear_caches() >= 20
    assert all(c.cache_info().currsize == 0 for c in bounded if c.cache_info().maxsize)
    assert not proposals._KEPT
    assert lexicon.lexicon.cache_info().currsize == 1

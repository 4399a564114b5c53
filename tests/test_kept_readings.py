"""Readings kept across parses (block texts' verb, party, organisation, formula and preamble
readings, a press room's stamps) change no parse: a document parsed after others reads as
it does with every cache empty."""

from __future__ import annotations

from pathlib import Path

import tillit
from tillit import blocks, classify, patterns, resolve
from tillit.extract import organisation, press, proposals

ROOT = Path(__file__).resolve().parents[1]

_CACHES = (patterns._names_verb_kept, organisation._kept, resolve._we_parties_kept,
           press._stamp_kept, classify._formula_kept, resolve._block_branch,
           press._details_at, press._attributions,
           blocks._emphasis_kept, blocks._sentence_inside_kept)


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

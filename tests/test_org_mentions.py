"""The windowed scan for organisation mentions finds exactly what one scan of the text finds."""

from __future__ import annotations

import random

import pytest
from repo_util import stored_texts

from tillit import patterns as P
from tillit.blocks import segment
from tillit.extract import organisation
from tillit.extract.organisation import _org_mentions
from tillit.text import normalise

_PIECES = ["kommun", "egion", "Region", "region", "Lunds", "Lund", " ", "  ", ",", ".", "1",
           "är", "s", "'s", "’s", "landsting", "Landstinget", "läns", "i", "kommunstyrelsens",
           "ordförande", "-", "Ö", "x", "(", "kommuns", "Västra", "Götalandsregionen", "en",
           "fin", "län", "_", "kommunfullmäktige", "kommunalrådet", "Skåne", "Ab", "É", "\n"]


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

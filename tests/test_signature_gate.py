"""A page of att-satser is read again from its header for names above them only where one of
its lines may sign (``signatories._may_sign``): where the gate says none may, the reading it
spares finds no signature (speed only)."""

from __future__ import annotations

import random

import pytest
from repo_util import parsed, stored_texts

from tillit.api import _clean
from tillit.blocks import segment
from tillit.extract import signatories
from tillit.lexicon import fold, lexicon
from tillit.roles import assign

_LINES = ["- att punkt 12 samt", "• att kommunen bygger,", "att skolan byggs.", "1. att x",
          "Vi yrkar därför:", "Yrkande:", "Anna Berg (S)", "ANNA BERG (S)", "Anna Berg",
          "Anna Berg, Per Holm, Eva Ek och Ola Lind", "Anna Berg Per Holm Eva Ek Ola Lind",
          "För Vänsterpartiet: Anna Berg och Per Holm", "Vänsterpartiet genom Anna Berg",
          "Vänsterpartiet", "Nya Ulricehamn", "Lund 2022-01-27", "Vänsterpartiet 2017-09-29",
          "Per Holm (V), Eva Ek", "(C) Anna", "och", "i Lund", "________", "Författare",
          "Motionären är Anna Berg", "Kommunen bygger cykelvägar och skolor i hela Lund.",
          "x" * 210 + " Anna", "Anna Berg (S) och Per Holm (V)", "samt", "", "", ""]


def _docs(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        lines = [rng.choice(_LINES) for _ in range(rng.randint(2, 14))]
        out.append("Motion om cykelvägar\n\n" + "\n".join(lines) + "\n")
    return out


def _texts() -> list[str]:
    return [*stored_texts(), *_docs(random.Random(20), 1_500)]


def test_no_line_may_sign() -> None:
    """Where ``_may_sign`` says no line of the blocks from a start may sign, the signature
    reading from there finds none, with and without a local party (stored texts and pages
    of att-satser, names, group headings, party lines and dates)."""
    local = lexicon().party_from_name("Vänsterpartiet")
    assert local is not None
    locals_ = ({}, {fold("Nya Ulricehamn"): local})
    gated = 0
    for text in _texts():
        blocks = segment(_clean(text))
        if not blocks:
            continue
        roles = assign(blocks)
        for start in {0, 1, len(blocks) // 2, len(blocks) - 1}:
            if start >= len(blocks) or signatories._may_sign(blocks, roles, start):
                continue
            gated += 1
            for local_map in locals_:
                sigs, _ = signatories._signatures(blocks, roles, start, local_map, True)
                assert sigs == [], text
    assert gated > 500


def test_may_list_names() -> None:
    """``_may_list_names`` is false only of lines ``name_list`` reads no names from."""
    from tillit.shapes import name_list
    from tillit.text import identity

    rng = random.Random(21)
    words = ["Anna", "Berg", "Per", "Holm", "och", "&", ",", "Eva", "ek", "(S)", "  ", "ÅSA"]
    lines = [line for text in stored_texts() for line in text.split("\n")]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
              for _ in range(20_000)]
    listed = 0
    for line in lines:
        if name_list(identity(line)):
            listed += 1
            assert signatories._may_list_names(line), line
    assert listed > 100


def test_gated_reading_parses_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text parses as it does with the gate open (the reading always asked)."""
    texts = _texts()
    gated = list(map(parsed, texts))
    monkeypatch.setattr(signatories, "_may_sign", lambda *args: True)
    assert gated == list(map(parsed, texts))

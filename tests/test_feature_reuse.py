"""Readers that take a line's answer from its role features instead of asking again (speed
only) get the answer they would have got."""

from __future__ import annotations

import random
from collections.abc import Iterator

from repo_util import stored_texts

from tillit.api import _clean
from tillit.blocks import segment
from tillit.dates import parse_date
from tillit.roles import LineRole, assign
from tillit.shapes import is_date_line

_DATE_PIECES = ["Lund", "2022-01-27", "den 3 mars 2022", "3 mars", "2022", "x", "1", "Vara,",
                "Anna Berg", "(S)", "Stockholm den", "14 februari 2021.", "kl. 12", "-"]


def _lines(seed: int, pieces: list[str]) -> Iterator[LineRole]:
    """Every line's role in the stored texts and in 2,000 texts of blocks drawn from
    ``pieces``."""
    rng = random.Random(seed)
    generated = ["\n\n".join(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                             for _ in range(rng.randint(1, 10))) for _ in range(2_000)]
    for text in [*stored_texts(), *generated]:
        if text.strip():
            yield from assign(segment(_clean(text))).lines


def test_date_line_feature_is_is_date_line() -> None:
    """resolve._paragraphs drops a block whose first line (up to 60 characters) is a date
    line by its ``date_line`` feature: it is ``is_date_line`` of the line's text."""
    count = 0
    for lr in _lines(3, _DATE_PIECES):
        if len(lr.text) <= 60:
            assert ("date_line" in lr.features) == is_date_line(lr.text), lr.text
            count += "date_line" in lr.features
    assert count > 1_000


def test_date_line_feature_before_parse_date() -> None:
    """dateplace.extract asks parse_date of a line of a digit only where its ``date_line``
    feature is set: a line up to 120 characters that parse_date reads is a date line."""
    pieces = [*_DATE_PIECES, "181211", "2014 12 15", "mars 2022", "lördagen den", "att",
              "Datum:"]
    count = 0
    for lr in _lines(4, pieces):
        if len(lr.text) <= 120 and parse_date(lr.text, full_stop=True) is not None:
            assert "date_line" in lr.features, lr.text
            count += 1
    assert count > 1_000

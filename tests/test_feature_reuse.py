"""Readers that take a line's answer from its role features instead of asking again (speed
only) get the answer they would have got."""

from __future__ import annotations

import random

from repo_util import stored_texts

from tillit.api import _clean
from tillit.blocks import segment
from tillit.dates import parse_date
from tillit.roles import assign
from tillit.shapes import is_date_line


def test_date_line_feature_is_is_date_line() -> None:
    """resolve._paragraphs drops a block whose first line (up to 60 characters) is a date
    line by its ``date_line`` feature: it is ``is_date_line`` of the line's text."""
    rng = random.Random(3)
    pieces = ["Lund", "2022-01-27", "den 3 mars 2022", "3 mars", "2022", "x", "1", "Vara,",
              "Anna Berg", "(S)", "Stockholm den", "14 februari 2021.", "kl. 12", "-"]
    generated = ["\n\n".join(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                             for _ in range(rng.randint(1, 10))) for _ in range(2_000)]
    count = 0
    for text in [*stored_texts(), *generated]:
        if not text.strip():
            continue
        for lr in assign(segment(_clean(text))).lines:
            if len(lr.text) <= 60:
                assert ("date_line" in lr.features) == is_date_line(lr.text), lr.text
                count += "date_line" in lr.features
    assert count > 1_000


def test_date_line_feature_before_parse_date() -> None:
    """dateplace.extract asks parse_date of a line of a digit only where its ``date_line``
    feature is set: a line up to 120 characters that parse_date reads is a date line."""
    rng = random.Random(4)
    pieces = ["Lund", "2022-01-27", "den 3 mars 2022", "3 mars", "2022", "x", "1", "Vara,",
              "Anna Berg", "(S)", "Stockholm den", "14 februari 2021.", "kl. 12", "-", "181211",
              "2014 12 15", "mars 2022", "lördagen den", "att", "Datum:"]
    generated = ["\n\n".join(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                             for _ in range(rng.randint(1, 10))) for _ in range(2_000)]
    count = 0
    for text in [*stored_texts(), *generated]:
        if not text.strip():
            continue
        for lr in assign(segment(_clean(text))).lines:
            if len(lr.text) <= 120 and parse_date(lr.text, full_stop=True) is not None:
                assert "date_line" in lr.features, lr.text
                count += 1
    assert count > 1_000

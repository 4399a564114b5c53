"""Models built unchecked (tillit.spans.unchecked) are the ones validation builds (speed only)."""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from tillit.models import (
    Diagnostic,
    Evidence,
    Paragraph,
    Party,
    Proposal,
    Signatory,
    diagnostic,
    evidence,
    paragraph,
    paragraphs,
    proposal,
    signatory,
)
from tillit.spans import Span, span_at


def _same(fast: Callable[..., BaseModel], args: tuple[Any, ...], model: type[BaseModel],
          values: dict[str, Any]) -> None:
    """``fast(*args)`` and ``model.model_validate(values)`` build equal models in every respect
    a caller can see, or both raise alike."""
    try:
        want = model.model_validate(values)
    except ValidationError as error:
        with pytest.raises(ValidationError) as raised:
            fast(*args)
        assert str(raised.value) == str(error)
        return
    got = fast(*args)
    assert type(got) is type(want)
    assert got == want and hash(got) == hash(want)
    assert list(got.__dict__) == list(want.__dict__)
    assert got.__getstate__() == want.__getstate__()
    assert got.model_fields_set == want.model_fields_set
    assert repr(got) == repr(want)
    assert got.model_dump_json() == want.model_dump_json()
    assert got.model_dump_json(exclude_unset=True) == want.model_dump_json(exclude_unset=True)
    assert pickle.loads(pickle.dumps(got)) == want
    assert got.model_copy(update={}) == want.model_copy(update={})
    shared = set(got.model_fields_set)
    for name in type(got).model_fields:  # a copy with an update leaves the shared set alone
        value = getattr(got, name)
        assert got.model_copy(update={name: value}) == want.model_copy(update={name: value})
        assert got.model_fields_set == shared


_OFFSETS: list[Any] = [0, 1, 2, 7, 10**12, -1, -5, True, 1.0, "3", None]
_TEXTS: list[Any] = ["", "Anna Berg", "att kommunen bygger", 3, None, b"x"]


def test_span_at() -> None:
    for start in _OFFSETS:
        for end in _OFFSETS:
            _same(span_at, (start, end), Span, {"start": start, "end": end})


def test_paragraph() -> None:
    for text in _TEXTS:
        for start in _OFFSETS:
            for end in _OFFSETS:
                _same(paragraph, (text, start, end), Paragraph,
                      {"text": text, "span": {"start": start, "end": end}})


def test_paragraphs() -> None:
    """A parse's paragraphs built at once are those built one at a time, valid or not."""
    rng = random.Random(5)
    valid: list[Any] = [0, 1, 2, 7, 10**12]
    for size in [0, 1, 2, 3, 31, 32, 33, *[rng.randrange(1, 100) for _ in range(200)]]:
        texts = [rng.choice(_TEXTS[:3]) for _ in range(size)]
        starts = [rng.choice(valid) for _ in range(size)]
        ends = [start + rng.choice(valid) for start in starts]
        if size and rng.random() < 0.4:  # one value no paragraph takes, anywhere in the lists
            at = rng.randrange(size)
            column = rng.choice([texts, starts, ends])
            column[at] = rng.choice([*_TEXTS[3:], *_OFFSETS[5:]])
        try:
            want = tuple(map(paragraph, texts, starts, ends))
        except ValidationError as error:
            with pytest.raises(ValidationError) as raised:
                paragraphs(texts, starts, ends)
            assert str(raised.value) == str(error)
            continue
        got = paragraphs(texts, starts, ends)
        assert type(got) is tuple and got == want
        for text, start, end, one in zip(texts, starts, ends, got, strict=True):
            _same(lambda one=one: one, (), Paragraph,
                  {"text": text, "span": {"start": start, "end": end}})


def test_proposal() -> None:
    rng = random.Random(4)
    numbers: list[Any] = [1, 2, 0, -1, True, 1.0, "2"]
    preambles: list[Any] = [None, "Vi yrkar därför", 5]
    for _ in range(3_000):
        values = (rng.choice(numbers), rng.choice(_TEXTS), rng.choice(_TEXTS),
                  rng.choice(_OFFSETS), rng.choice(_OFFSETS), rng.choice(preambles))
        number, text, verbatim, start, end, preamble = values
        _same(proposal, values, Proposal,
              {"number": number, "text": text, "verbatim": verbatim,
               "span": {"start": start, "end": end}, "preamble": preamble})


def test_signatory() -> None:
    rng = random.Random(6)
    parties: list[Any] = [None, Party(code="V", name="Vänsterpartiet"), {"code": "S", "name": "S"},
                          "V"]
    roles: list[Any] = [None, "gruppledare", 4]
    for _ in range(3_000):
        values = (rng.choice(_TEXTS), rng.choice(parties), rng.choice(roles),
                  rng.choice(_OFFSETS), rng.choice(_OFFSETS))
        name, party, role, start, end = values
        _same(signatory, values, Signatory,
              {"name": name, "party": party, "role": role, "span": {"start": start, "end": end}})


_SPANS: list[Any] = [None, span_at(0, 0), span_at(3, 9), {"start": 1, "end": 2}, "x", 4]


def test_evidence() -> None:
    for cue in _TEXTS:
        for span in _SPANS:
            _same(lambda c, s: evidence(cue=c, span=s), (cue, span), Evidence,
                  {"cue": cue, "span": span})


def test_diagnostic() -> None:
    for code in _TEXTS:
        for message in [*_TEXTS[:3], 7]:
            _same(lambda c, m: diagnostic(code=c, message=m), (code, message), Diagnostic,
                  {"code": code, "message": message})
            for span in _SPANS:
                _same(lambda c, m, s: diagnostic(code=c, message=m, span=s),
                      (code, message, span), Diagnostic,
                      {"code": code, "message": message, "span": span})

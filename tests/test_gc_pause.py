"""``parse`` pauses the cyclic garbage collector (speed only): what that relies on and keeps."""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
from collections.abc import Iterator

import pytest
from repo_util import ROOT, stored_texts

import tillit
from tillit.gcpause import gc_paused


@pytest.fixture()
def collector_off() -> Iterator[None]:
    """The collector off for the test, and its old state back afterwards."""
    gc.collect()
    with gc_paused():
        yield


def _adversarial() -> list[str]:
    """Every adversarial shape of ``benchmarks/adversarial.py`` at a small size."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        shapes = importlib.import_module("adversarial")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return [make(0.003) for make in shapes.CASES.values()]


def test_a_parse_leaves_no_cycles(collector_off: None) -> None:
    """A parse frees everything it made by reference counts (no reference cycles), so pausing
    the collector for it keeps no garbage alive: nothing is left for a collection to find."""
    for text in [*stored_texts(), *_adversarial()]:
        with contextlib.suppress(tillit.TillitError):
            tillit.parse(text)
    assert gc.collect() == 0


def test_the_collector_comes_back_as_it_was() -> None:
    enabled = gc.isenabled()
    try:
        gc.enable()
        tillit.parse("Motion om bänkar\n\natt kommunen bygger bänkar.\n")
        assert gc.isenabled()
        with pytest.raises(tillit.EmptyDocumentError):
            tillit.parse("<!DOCTYPE html><html><body></body></html>")  # raised in the parse
        assert gc.isenabled()
        gc.disable()
        tillit.parse("Motion om bänkar\n\natt kommunen bygger bänkar.\n")
        assert not gc.isenabled()
    finally:
        if enabled:
            gc.enable()
        else:
            gc.disable()

"""Inputs that once crashed, hung or broke a property; each file is parsed and checked.

Files are UTF-8 written with ``surrogatepass`` (so lone surrogates survive) and read back the
same way, byte for byte. The name says what is checked, besides every property of
``fuzz/invariants.check`` (no foreign exception, spans slice to their source, JSON round-trip,
determinism):

- ``empty-*.txt``: must raise :class:`tillit.EmptyDocumentError`;
- ``invariance-<transform>-*.txt``: values unchanged under that transform (``crlf``, ``nbsp``,
  ``bom``, ``trailing_spaces``, ``rewrap``);
- ``slow-*.txt``: linear: the whole costs under three times its first half + 0.05 s of CPU
  (best of five runs each);
- ``<name>.expect.json`` beside a file: these values (a subset of ``invariants.values``).

See README.md here for what each file reproduces.
"""

from __future__ import annotations

import contextlib
import gc
import json
import sys
import time
from pathlib import Path

import pytest

import tillit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "fuzz"))

import invariants as inv  # noqa: E402

CASES = sorted(HERE.glob("*.txt"))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogatepass")


#: Best of this many runs: inside the full suite one 280 KB parse took 0.27-0.44 s of CPU
#: from run to run (allocation, page faults), so the best of two could still land high.
_RUNS = 5


def _cpu(text: str) -> float:
    """CPU seconds of one parse, cold and without the collector: in a long test run the heap
    is large and a collection during the bigger parse costs in proportion to it, not to the
    input; and readings kept from the other input's runs (the half's lines are the whole's)
    would spare one side work the other pays for."""
    tillit.clear_caches()
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        with contextlib.suppress(tillit.TillitError):
            tillit.parse(text)
        return time.process_time() - start
    finally:
        gc.enable()


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_regression(path: Path) -> None:
    text = read(path)
    if path.name.startswith("empty-"):
        with pytest.raises(tillit.EmptyDocumentError):
            tillit.parse(text)
        return
    if path.name.startswith("slow-"):
        # Linear, not a wall-clock budget: the whole input may cost at most three times its
        # first half (2x is linear, 4x quadratic), so a busy machine cannot fail the test.
        half = text[: len(text) // 2]
        whole = min(_cpu(text) for _ in range(_RUNS))
        part = min(_cpu(half) for _ in range(_RUNS))
        assert whole < 3 * part + 0.05, f"{whole:.2f} s of CPU, {part:.2f} s for half of it"
    doc = inv.check(text)
    if path.name.startswith("invariance-"):
        transform = path.name.split("-")[1]
        inv.check_invariance(text, transform)
    expect = path.with_suffix(".expect.json")
    if expect.exists():
        wanted = json.loads(expect.read_text(encoding="utf-8"))
        got = inv.values(doc)
        got["signatories"] = [list(s) for s in got.get("signatories", [])]  # type: ignore[union-attr]
        assert {k: got[k] for k in wanted} == wanted

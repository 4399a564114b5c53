"""Coverage-guided fuzzing of tillit.parse with atheris (libFuzzer), checking every property.

    pip install atheris
    mkdir -p /tmp/tillit-atheris
    nice python fuzz/atheris_target.py /tmp/tillit-atheris seeds tests/corpus \
        -dict=fuzz/tillit.dict -max_total_time=600 -timeout=10 -max_len=20000

libFuzzer writes the inputs that reach new code into the first directory; the others are read
as seeds. Each input is decoded as UTF-8 with ``surrogateescape`` (so invalid bytes become lone
surrogates) and checked with ``invariants.check``. A failing property does not stop the run:
the first input of each finding signature is saved to ``$TILLIT_FUZZ_OUT`` (default
``$TMPDIR/tillit-atheris-findings``) and counted; the counts are printed at exit and written to
``counts.json`` there. libFuzzer itself reports hangs (``-timeout``) and memory blow-ups.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

with atheris.instrument_imports(include=["tillit"]):
    import tillit  # noqa: F401

import invariants as inv  # noqa: E402
from run import signature  # noqa: E402

OUT = Path(os.environ.get("TILLIT_FUZZ_OUT",
                         Path(tempfile.gettempdir()) / "tillit-atheris-findings"))
OUT.mkdir(parents=True, exist_ok=True)
COUNTS: Counter[str] = Counter()
STATS = {"inputs": 0}


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", "surrogateescape")
    STATS["inputs"] += 1
    try:
        inv.check(text)
    except AssertionError as exc:
        sig = signature(exc)
        if sig not in COUNTS:
            name = re.sub(r"[^\w.-]+", "_", sig)[:120] + ".txt"
            (OUT / name).write_bytes(text.encode("utf-8", "surrogatepass"))
            print(f"\nNEW {sig} ({len(text)} chars) -> {OUT / name}", file=sys.stderr, flush=True)
        COUNTS[sig] += 1
    if STATS["inputs"] % 200 == 0:
        _report(quiet=True)


def _report(quiet: bool = False) -> None:
    """Write counts.json (libFuzzer may exit without running atexit hooks, so also every
    200 inputs)."""
    summary = {"inputs": STATS["inputs"], "failing_inputs": sum(COUNTS.values()),
               "findings": dict(COUNTS)}
    (OUT / "counts.json").write_text(json.dumps(summary, indent=2))
    if not quiet:
        print(json.dumps(summary, indent=2), file=sys.stderr)


if __name__ == "__main__":
    atexit.register(_report)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

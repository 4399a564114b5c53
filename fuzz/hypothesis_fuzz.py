"""Long hypothesis runs of the suite's properties: many examples, no time limit per test.

    python fuzz/hypothesis_fuzz.py --minutes 5

Runs the strategies of ``tests/test_properties.py`` (random text over all of Unicode including
lone surrogates, conventions-built motions, motion-like pieces, mutated seeds) in rounds of
``--examples`` each until the time is up, and reports how many examples ran and which properties
failed (hypothesis shrinks each failure to a minimal example before it is reported). A failure
does not stop the run; each distinct one is printed once with its shrunk input.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import invariants as inv  # noqa: E402
import motion_grammar as grammar  # noqa: E402
import mutators  # noqa: E402
from test_properties import ANY_TEXT, MOTION_LIKE, SAMPLES  # noqa: E402

EXAMPLES = Counter[str]()


def _mutated(data: st.DataObject) -> str:
    base = data.draw(st.one_of(st.sampled_from(SAMPLES), grammar.motions().map(lambda m: m.text)))
    rng = data.draw(st.randoms(use_true_random=False))
    return mutators.mutate(rng, base)[0]


TARGETS = {
    "any_text": lambda data: data.draw(ANY_TEXT),
    "motion_like": lambda data: data.draw(MOTION_LIKE),
    "grammar": lambda data: data.draw(grammar.motions()).text,
    "mutated": _mutated,
}


def run_round(name: str, examples: int) -> str | None:
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), print_blob=False)
    @given(st.data())
    def prop(data: st.DataObject) -> None:
        EXAMPLES[name] += 1
        text = TARGETS[name](data)
        inv.check(text, twice=False)
        if name == "grammar":
            for transform in inv.TRANSFORMS:
                inv.check_invariance(text, transform)

    try:
        prop()
    except AssertionError as exc:
        return f"{getattr(exc, 'kind', type(exc).__name__)}: {str(exc)[:300]}"
    except Exception:
        return traceback.format_exc(limit=3)[-400:]
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--examples", type=int, default=500)
    args = ap.parse_args()
    deadline = time.monotonic() + 60 * args.minutes
    failures: Counter[str] = Counter()
    while time.monotonic() < deadline:
        for name in TARGETS:
            result = run_round(name, args.examples)
            if result is not None:
                if result not in failures:
                    print(f"[{name}] {result}", flush=True)
                failures[result] += 1
            if time.monotonic() >= deadline:
                break
    summary = {"examples": dict(EXAMPLES), "total": sum(EXAMPLES.values()),
               "distinct_failures": len(failures), "failures": dict(failures)}
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

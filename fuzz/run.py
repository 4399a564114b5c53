"""Mutation fuzzer for tillit.parse: seeds, corpus and generated motions, mutated and checked.

    python fuzz/run.py --minutes 10                    # mixed byte-wise + structural mutations
    python fuzz/run.py --minutes 5 --mode bytes        # only byte/character mutations
    python fuzz/run.py --minutes 5 --mode structure    # only line/block/cue mutations
    python fuzz/run.py --replay DIR                    # re-check saved findings

Every input is checked with ``invariants.check`` (no non-tillit exception, spans in bounds and
slicing to their source, JSON round-trip, a second parse equal) and, for one input in
``--invariance-every``, with the formatting transforms (CRLF, NBSP, BOM, trailing spaces,
re-wrapping). An input that takes longer than ``--slow`` seconds plus ``--slow-per-mb`` per MB is
a ``slow`` finding (CPU time per parse, so the load of other processes does not count); one
that runs past ``--hang`` seconds of wall time is interrupted and is a ``hang``.

Findings are grouped by a signature (property, exception type, the innermost tillit frame or
the failing label), minimised, and written to ``--out`` (default ``$TMPDIR/tillit-fuzz``): one
``<signature>.txt`` per group (UTF-8 with ``surrogatepass``; read it back with
``Path.read_bytes().decode("utf-8", "surrogatepass")``) and a ``summary.json`` with counts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import invariants as inv  # noqa: E402
import motion_grammar as grammar  # noqa: E402
import mutators  # noqa: E402


class Hang(Exception):
    """Raised by the alarm when one parse runs past ``--hang`` seconds."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang()


def load_corpus() -> list[str]:
    """Seeds, the development corpus, the regression inputs and any files in fuzz/corpus/."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    paths += sorted(p for p in (HERE / "corpus").glob("*") if p.is_file())
    paths += sorted((ROOT / "tests" / "regressions").glob("*.txt"))
    return [p.read_bytes().decode("utf-8", "surrogatepass") for p in paths]


def signature(exc: BaseException) -> str:
    """A stable name for a finding: property, exception and where it came from."""
    kind = getattr(exc, "kind", type(exc).__name__)
    cause = exc.__cause__ or exc
    if kind in ("crash", "hang") or not isinstance(exc, inv.Violation):
        frames = [f for f in traceback.extract_tb(cause.__traceback__) if "/tillit/" in f.filename]
        where = f"{Path(frames[-1].filename).stem}.{frames[-1].name}" if frames else "?"
        return f"{kind}-{type(cause).__name__}-{where}"
    label = re.sub(r"\[\d+\]", "", str(exc).split(":")[0].split("] ", 1)[-1])
    label = re.sub(r"[^\w.-]+", "_", label)[:60]
    return f"{kind}-{label}"


def run_one(text: str, args: argparse.Namespace, invariance: bool) -> tuple[str | None, float]:
    """Check one input; return (finding signature or None, seconds)."""
    signal.setitimer(signal.ITIMER_REAL, args.hang)
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        inv.check(text)
        if invariance:
            for name in inv.TRANSFORMS:
                inv.check_invariance(text, name)
        sig = None
    except Hang as exc:
        sig = signature(exc).replace("Hang-", "hang-", 1)
    except AssertionError as exc:
        sig = signature(exc)
    except Exception as exc:  # a crash inside the checker's own parse calls
        sig = signature(exc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # CPU time: other processes' load does not count
    mb = len(text.encode("utf-8", "surrogatepass")) / 1e6
    runs = 2 + (2 * len(inv.TRANSFORMS) if invariance else 0)
    if sig is None and cpu / runs > args.slow + args.slow_per_mb * mb:
        sig = "slow"
    return sig, elapsed


def minimise(text: str, sig: str, args: argparse.Namespace, budget: float = 20.0) -> str:
    """Shrink ``text`` while it still gives the same finding (lines, then characters)."""
    deadline = time.monotonic() + budget

    def same(candidate: str) -> bool:
        invariance = sig.startswith("invariance")
        return bool(candidate.strip()) and run_one(candidate, args, invariance)[0] == sig

    for unit in ("\n", None):
        parts = text.split("\n") if unit else list(text)
        joiner = "\n" if unit else ""
        chunk = max(1, len(parts) // 2)
        while chunk >= 1 and time.monotonic() < deadline:
            i, changed = 0, False
            while i < len(parts) and time.monotonic() < deadline:
                candidate = parts[:i] + parts[i + chunk:]
                if candidate and same(joiner.join(candidate)):
                    parts, changed = candidate, True
                else:
                    i += chunk
            if not changed:
                chunk //= 2
        text = joiner.join(parts)
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--mode", choices=("mixed", "bytes", "structure"), default="mixed")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "tillit-fuzz")
    ap.add_argument("--invariance-every", type=int, default=10)
    ap.add_argument("--hang", type=float, default=10.0)
    ap.add_argument("--slow", type=float, default=0.5)
    ap.add_argument("--slow-per-mb", type=float, default=1.0)
    ap.add_argument("--no-minimise", action="store_true")
    ap.add_argument("--replay", type=Path, default=None)
    args = ap.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)

    if args.replay is not None:
        bad = 0
        for path in sorted(args.replay.glob("*.txt")):
            sig, secs = run_one(path.read_bytes().decode("utf-8", "surrogatepass"), args, True)
            print(f"{path.name}: {sig or 'ok'} ({secs:.2f} s)")
            bad += sig is not None
        return 1 if bad else 0

    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    corpus = load_corpus()
    args.out.mkdir(parents=True, exist_ok=True)
    findings: dict[str, dict[str, object]] = {}
    counts: Counter[str] = Counter()
    mutator_use: Counter[str] = Counter()
    inputs = chars = 0
    slowest = (0.0, 0)
    started = time.monotonic()
    deadline = started + args.minutes * 60
    next_report = started + 30
    while time.monotonic() < deadline:
        source = rng.random()
        if source < 0.25:
            base = grammar.random_motion(rng).text
        elif source < 0.35 and len(corpus) > 1:
            base = mutators.crossover(rng, rng.choice(corpus), rng.choice(corpus))
        else:
            base = rng.choice(corpus)
        text, used = mutators.mutate(rng, base, args.mode)
        mutator_use.update(used)
        invariance = inputs % args.invariance_every == 0
        sig, secs = run_one(text, args, invariance)
        inputs += 1
        chars += len(text)
        if secs > slowest[0]:
            slowest = (secs, len(text))
        if sig is not None:
            counts[sig] += 1
            if sig not in findings:
                small = text if args.no_minimise else minimise(text, sig, args)
                path = args.out / (re.sub(r"[^\w.-]+", "_", sig)[:120] + ".txt")
                path.write_bytes(small.encode("utf-8", "surrogatepass"))
                findings[sig] = {"file": str(path), "first_at_input": inputs,
                                 "mutators": used, "length": len(small)}
                print(f"[{inputs}] NEW {sig} -> {path} ({len(small)} chars)", flush=True)
                if len(corpus) < 500:
                    corpus.append(text)
        if time.monotonic() > next_report:
            next_report += 30
            print(f"{time.monotonic() - started:6.0f} s  {inputs} inputs  "
                  f"{sum(counts.values())} failing  {len(findings)} kinds", flush=True)
    summary = {
        "seed": seed, "mode": args.mode, "minutes": args.minutes, "inputs": inputs,
        "characters": chars, "failing_inputs": sum(counts.values()),
        "findings": {k: {**findings[k], "count": counts[k]} for k in findings},
        "slowest_seconds": round(slowest[0], 3), "slowest_length": slowest[1],
        "mutators": dict(mutator_use),
    }
    (args.out / f"summary-{args.mode}-{seed}.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps({k: v for k, v in summary.items() if k != "mutators"}, indent=2))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput: documents/s and MB/s of tillit.parse, single process and parse_many(workers=2),
side by side with dateparser's date search on the same documents.

    python benchmarks/bench_throughput.py [--seconds 5]

dateparser (in the dev extra) is the usual alternative for one field only: the dates. Rates are
given per wall-clock second and, for the single-process runs, per CPU second (what one core
does, whatever else the machine runs); the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import os
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from _data import documents, machine, megabytes

import tillit


@dataclass
class Rate:
    docs_wall: float  # documents per wall-clock second
    mb_wall: float  # MB per wall-clock second
    docs_cpu: float  # documents per CPU second of this process and its children


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def rate(run: Callable[[list[str]], int], texts: list[str], seconds: float) -> Rate:
    """Run ``run`` over the texts until ``seconds`` have passed."""
    run(texts[:2])  # warm up: imports, caches, compiled patterns
    per_doc_mb = megabytes(texts) / len(texts)
    done, wall, cpu = 0, time.perf_counter(), _cpu()
    while True:
        done += run(texts)
        elapsed = time.perf_counter() - wall
        if elapsed >= seconds:
            used = _cpu() - cpu
            return Rate(done / elapsed, done * per_doc_mb / elapsed, done / used)


def tillit_single(texts: list[str]) -> int:
    for text in texts:
        tillit.parse(text)
    return len(texts)


def tillit_workers(texts: list[str], workers: int = 2, repeat: int = 40) -> int:
    """``repeat`` passes through one pool, so start-up is amortised as in a real batch."""
    n = 0
    for result in tillit.parse_many((t for _ in range(repeat) for t in texts), workers=workers):
        n += 1
        assert result.kind != "error"
    return n


def dateparser_search(texts: list[str]) -> int:
    from dateparser.search import search_dates

    for text in texts:
        search_dates(text, languages=["sv"])
    return len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=5.0, help="time per measurement")
    ap.add_argument("--only", choices=("seeds", "corpus", "all"), default=None)
    ns = ap.parse_args()
    warnings.filterwarnings("ignore")  # dateparser's deprecation noise
    docs = documents()
    sets = {
        "seeds": [t for n, t in docs if n.startswith("seeds/")],
        "corpus": [t for n, t in docs if n.startswith("tests/")],
        "all": [t for _, t in docs],
    }
    if ns.only:
        sets = {ns.only: sets[ns.only]}
    print(f"# Throughput\n\n{machine()}; load average {os.getloadavg()[0]:.2f} at start\n")
    print("| documents | n | avg KB | tillit docs/s (per CPU s) | MB/s | parse_many(workers=2) "
          "docs/s | MB/s | dateparser docs/s (per CPU s) | MB/s | tillit / dateparser "
          "(CPU) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, texts in sets.items():
        one = rate(tillit_single, texts, ns.seconds)
        two = rate(tillit_workers, texts, ns.seconds)
        dp = rate(dateparser_search, texts, ns.seconds)
        print(f"| {name} | {len(texts)} | {1000 * megabytes(texts) / len(texts):.1f} "
              f"| {one.docs_wall:,.0f} ({one.docs_cpu:,.0f}) | {one.mb_wall:.2f} "
              f"| {two.docs_wall:,.0f} | {two.mb_wall:.2f} "
              f"| {dp.docs_wall:,.1f} ({dp.docs_cpu:,.1f}) | {dp.mb_wall:.3f} "
              f"| {one.docs_cpu / dp.docs_cpu:.1f}× |", flush=True)
    print(f"\nload average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()

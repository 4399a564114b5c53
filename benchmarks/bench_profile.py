"""Where parse time goes: cProfile over the seeds and corpus, grouped by tillit module.

    python benchmarks/bench_profile.py [--passes 20] [--top 15]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections import defaultdict

from _data import documents, machine

import tillit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--passes", type=int, default=20)
    ap.add_argument("--top", type=int, default=15)
    ns = ap.parse_args()
    texts = [t for _, t in documents()]
    for text in texts:
        tillit.parse(text)  # warm caches
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(ns.passes):
        for text in texts:
            tillit.parse(text)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    rows = []
    for (path, line, func), (_, _, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        name = path.split("/tillit/")[-1] if "/tillit/" in path else (
            "regex (C)" if "_regex" in func else "other")
        by_module[name] += tottime
        rows.append((tottime, cumtime, f"{name}:{line} {func}"))
    print(f"# Profile\n\n{machine()}\n")
    print(f"{ns.passes * len(texts)} parses, {total:.2f} s under the profiler\n")
    print("| module | own time | share |\n| --- | ---: | ---: |")
    for name, t in sorted(by_module.items(), key=lambda kv: -kv[1])[:ns.top]:
        print(f"| {name} | {t:.3f} s | {100 * t / total:.0f}% |")
    print("\n| function | own time | cumulative |\n| --- | ---: | ---: |")
    for tottime, cumtime, name in sorted(rows, reverse=True)[:ns.top]:
        print(f"| {name} | {tottime:.3f} s | {cumtime:.3f} s |")


if __name__ == "__main__":
    main()

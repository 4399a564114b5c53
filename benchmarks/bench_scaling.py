"""How parse time grows with document size: one document repeated 1×, 10×, 100× and 1000×.

    python benchmarks/bench_scaling.py [--plot benchmarks/scaling.png]

Cost must be linear: the time per character stays the same from 1× to 1000×. The plot (needs
matplotlib) shows time against size on log-log axes with a line of slope 1.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from _data import ROOT, machine

import tillit

DOCUMENT = ROOT / "seeds" / "004_1bb6f32811f21775.txt"  # a typical municipal motion
FACTORS = (1, 10, 100, 1000)


def measure(text: str, factor: int) -> float:
    """Best CPU time of a few parses of ``text`` repeated ``factor`` times (seconds)."""
    big = "\n\n".join([text] * factor)
    tillit.parse(big)  # warm up
    repeats = max(1, min(20, 200 // factor))
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        tillit.parse(big)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--plot", metavar="PNG", help="write a plot of time against size")
    ap.add_argument("--document", default=str(DOCUMENT), help="the document to repeat")
    ns = ap.parse_args()
    text = Path(ns.document).read_text(encoding="utf-8-sig")
    print(f"# Scaling\n\n{machine()}; load average {os.getloadavg()[0]:.2f}\n")
    print(f"document: {os.path.relpath(ns.document, ROOT)} ({len(text):,} characters)\n")
    print("| repeated | characters | parse CPU s | µs per 1,000 chars | relative to 1× |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    sizes, times = [], []
    for factor in FACTORS:
        size = len(text) * factor + 2 * (factor - 1)
        seconds = measure(text, factor)
        sizes.append(size)
        times.append(seconds)
        per_k = 1e6 * seconds / (size / 1000)
        base = 1e6 * times[0] / (sizes[0] / 1000)
        print(f"| {factor}× | {size:,} | {seconds:.4f} | {per_k:,.0f} | {per_k / base:.2f} |",
              flush=True)
    if ns.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 4), dpi=120)
        ax.loglog(sizes, times, "o-", label="tillit.parse")
        ax.loglog(sizes, [times[0] * s / sizes[0] for s in sizes], "--", color="grey",
                  label="linear (slope 1)")
        for f, s, t in zip(FACTORS, sizes, times, strict=True):
            ax.annotate(f"{f}×", (s, t), textcoords="offset points", xytext=(6, -12))
        ax.set_xlabel("document size (characters)")
        ax.set_ylabel("parse time (CPU seconds)")
        ax.set_title(f"{os.path.basename(ns.document)} repeated 1×–1000×")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
        fig.tight_layout()
        fig.savefig(ns.plot)
        print(f"\nplot: {ns.plot}")


if __name__ == "__main__":
    main()

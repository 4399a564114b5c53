"""Peak memory of parse_many over many documents: it must stay flat (streaming).

    python benchmarks/bench_memory.py [--docs 10000] [--workers 1 2]

Each run is a fresh process that parses ``n`` documents (the seeds and corpus, cycled, fed as
a lazy generator) and drops each result. It reports the resident set size (RSS) sampled every
``n/10`` documents and the peak RSS of the parent and of the worker processes. Flat means the
peak for 10,000 documents is that for 1,000 (and the samples do not climb).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from collections.abc import Iterator

from _data import documents, machine


def rss_mb() -> float:
    """Current resident set size of this process (Linux /proc), MB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def child(n: int, workers: int) -> None:
    import tillit

    texts = [t for _, t in documents()]

    def items() -> Iterator[str]:
        for i in range(n):
            yield texts[i % len(texts)]

    tillit.parse(texts[0])  # imports and caches before the first sample
    samples = [round(rss_mb(), 1)]
    failed = 0
    for i, result in enumerate(tillit.parse_many(items(), workers=workers or None), 1):
        failed += result.kind == "error"
        if i % max(1, n // 10) == 0:
            samples.append(round(rss_mb(), 1))
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux → MB
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 1e6
    print(json.dumps({"n": n, "workers": workers, "failed": failed, "samples": samples,
                      "peak_parent_mb": round(me, 1), "peak_worker_mb": round(kids, 1)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--child", nargs=2, type=int, help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.child:
        child(*ns.child)
        return
    print(f"# Memory\n\n{machine()}\n")
    print("| documents | workers | peak RSS parent MB | peak RSS worker MB | RSS samples MB "
          "(start, then every 10%) |")
    print("| ---: | ---: | ---: | ---: | --- |")
    for workers in ns.workers:
        for n in ns.docs:
            out = subprocess.run([sys.executable, __file__, "--child", str(n), str(workers)],
                                 capture_output=True, text=True, check=True).stdout
            r = json.loads(out)
            assert r["failed"] == 0
            worker = f"{r['peak_worker_mb']:.1f}" if workers > 1 else "—"
            print(f"| {n:,} | {workers} | {r['peak_parent_mb']:.1f} | {worker} | "
                  f"{', '.join(str(s) for s in r['samples'])} |", flush=True)


if __name__ == "__main__":
    main()

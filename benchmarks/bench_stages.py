"""CPU time per pipeline stage of tillit.parse, per document: where a parse spends its time.

    python benchmarks/bench_stages.py [--docs seeds|corpus] [--passes 60] [--repeat 5] [--cold]

Each stage function that ``tillit.api`` calls is wrapped with a CPU-time counter; "(rest)" is
what the parse spends outside them. Figures are the minimum over ``--repeat`` runs of
``--passes`` passes (other jobs only add time). Compare two versions by running this script
against each, one at a time, alternating (A B B A): a single run varies by several per cent on
a shared machine.

The per-line caches (line features, dates, signatures, party lines) and the readings kept of
block texts outlive a parse, so a run over the same few documents finds most texts already
read. ``--cold`` empties them before
every parse: the cost of documents never seen before, as in a run over an archive.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from _data import documents, machine

import tillit
from tillit import api, build, resolve
from tillit.extract import dateplace, header, press, proposals, signatories

#: (module, function, label) of every stage measured.
STAGES: list[tuple[Any, str, str]] = [
    (api, "_clean", "normalise+markup"), (api, "segment", "segment"), (api, "assign", "roles"),
    (header, "extract", "header"), (proposals, "extract", "proposals"),
    (resolve, "local_authors", "local_authors"), (api, "classify", "classify"),
    (dateplace, "extract", "dateplace"), (press, "extract", "press"),
    (signatories, "extract", "signatories"), (resolve, "resolve", "resolve"),
    (build, "Document", "Document()"),
]


def _timed(f: Callable[..., Any], label: str, spent: Counter[str]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time_ns()
        try:
            return f(*args, **kwargs)
        finally:
            spent[label] += time.process_time_ns() - start
    return timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", choices=("seeds", "corpus"), default="seeds")
    ap.add_argument("--passes", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cold", action="store_true",
                    help="empty the per-line caches before every parse (its time not counted)")
    ns = ap.parse_args()
    prefix = "seeds" if ns.docs == "seeds" else "tests/corpus"
    texts = [t for name, t in documents() if name.startswith(prefix)]
    spent: Counter[str] = Counter()
    originals = [(module, name, getattr(module, name)) for module, name, _ in STAGES]
    for module, name, label in STAGES:
        setattr(module, name, _timed(getattr(module, name), label, spent))
    try:
        for text in texts:
            tillit.parse(text)  # warm up: lazy tables, compiled patterns
        best: dict[str, float] = {}
        best_total = float("inf")
        parses = ns.passes * len(texts)
        for _ in range(ns.repeat):
            spent.clear()
            total = 0
            for _ in range(ns.passes):
                if ns.cold:
                    for text in texts:
                        tillit.clear_caches()
                        start = time.process_time_ns()
                        tillit.parse(text)
                        total += time.process_time_ns() - start
                    continue
                start = time.process_time_ns()
                for text in texts:
                    tillit.parse(text)
                total += time.process_time_ns() - start
            spent["(rest)"] = total - sum(spent.values())
            best_total = min(best_total, total)
            for label, ns_spent in spent.items():
                best[label] = min(best.get(label, float("inf")), ns_spent)
    finally:
        for module, name, f in originals:
            setattr(module, name, f)
    print(f"# Stages\n\n{machine()}\n")
    print(f"{ns.docs}{' (cold caches)' if ns.cold else ''}: "
          f"{parses / (best_total / 1e9):,.0f} docs per CPU second, "
          f"{best_total / parses / 1e3:,.0f} µs per document (min of {ns.repeat} runs)\n")
    print("| stage | µs per document |\n| --- | ---: |")
    for label, ns_spent in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"| {label} | {ns_spent / parses / 1e3:.1f} |")


if __name__ == "__main__":
    main()

"""Benchmark and accuracy of ``tillit.families`` on a synthetic corpus.

    python benchmarks/make_families_corpus.py /tmp/fam10k --docs 10000
    python benchmarks/families_bench.py /tmp/fam10k            # time and accuracy
    python benchmarks/families_bench.py /tmp/fam10k --sweep    # accuracy per threshold

Parsing is timed separately (it runs on all cores and is cached in ``CORPUS/parsed.pickle``);
the figure that matters is the single-process time of ``tillit.families(docs)`` on parsed
documents. Accuracy is pairwise against ``truth.json``: precision = share of the pairs put in one
family that share a template, recall = share of the pairs sharing a template put in one family.
Press-release links are right when they point at the file the release was made from.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path

import tillit
from tillit.families import Family, _group, families
from tillit.families._mask import Masker


def _parse(path: Path) -> tillit.Document | None:
    try:
        return tillit.parse(path.read_text(encoding="utf-8"), source=path.name, keep_text=True)
    except tillit.TillitError as exc:
        print(f"{path.name}: {exc}", file=sys.stderr)
        return None


def load(corpus: Path) -> tuple[list[tillit.Document], dict[str, dict[str, object]]]:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    cache = corpus / "parsed.pickle"
    if cache.exists() and cache.stat().st_mtime > (corpus / "truth.json").stat().st_mtime:
        with cache.open("rb") as fh:
            docs: list[tillit.Document] = pickle.load(fh)
        print(f"parsed documents read from {cache}")
        return docs, truth
    paths = [corpus / name for name in sorted(truth)]
    start = time.perf_counter()
    with Pool(os.cpu_count()) as pool:
        docs = [d for d in pool.map(_parse, paths, chunksize=64) if d is not None]
    print(f"parse {len(docs)} documents on {os.cpu_count()} cores: "
          f"{time.perf_counter() - start:.1f} s")
    with cache.open("wb") as fh:
        pickle.dump(docs, fh)
    return docs, truth


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def pairwise(predicted: list[list[str]], truth: dict[str, dict[str, object]]) -> tuple[float,
                                                                                       float]:
    """(precision, recall) of same-family pairs among motions."""
    label = {name: meta["template"] for name, meta in truth.items() if meta["kind"] == "motion"}
    true_pairs = _pairs(Counter(label.values()).values())
    pred_pairs = _pairs(len(g) for g in predicted)
    hits = sum(_pairs(Counter(label.get(n) for n in g).values()) for g in predicted)
    precision = hits / pred_pairs if pred_pairs else 1.0
    recall = hits / true_pairs if true_pairs else 1.0
    return precision, recall


def mentions(fams: list[Family], truth: dict[str, dict[str, object]]) -> str:
    expected = {n: m["announces"] for n, m in truth.items() if m["kind"] == "press_release"}
    in_family = {m.source for f in fams for m in f.members}
    found = [(x.source, f.members[[m.index for m in f.members].index(x.member)].source)
             for f in fams for x in f.mentions]
    right = sum(1 for pr, target in found if expected.get(str(pr)) == target)
    reachable = sum(1 for target in expected.values() if target in in_family)
    return (f"press releases: {len(expected)}, announcing a family member: {reachable}; "
            f"links made: {len(found)}, right: {right}")


def run(docs: list[tillit.Document], truth: dict[str, dict[str, object]]) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    fams = families(docs)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    groups = [[str(m.source) for m in f.members] for f in fams]
    precision, recall = pairwise(groups, truth)
    load = os.getloadavg()[0]
    print(f"tillit.families({len(docs)} documents): {elapsed:.1f} s wall, {cpu:.1f} s CPU "
          f"(load average {load:.1f} on {os.cpu_count()} cores), peak memory +"
          f"{(peak - rss) / 1024:.0f} MB; {len(fams)} families, "
          f"{sum(len(g) for g in groups)} members")
    print(f"pairwise precision {precision:.4f}, recall {recall:.4f}")
    print(mentions(fams, truth))


def sweep(docs: list[tillit.Document], truth: dict[str, dict[str, object]]) -> None:
    motions = [d for d in docs if d.kind != "press_release"]
    masker = Masker(docs)
    cache = _group._WordHashes()
    start = time.perf_counter()
    sets = [_group.shingles(masker.tokenize(d.text or ""), cache) for d in motions]
    print(f"tokenize and shingle {len(motions)} documents: {time.perf_counter() - start:.1f} s")
    names = [str(d.source) for d in motions]
    label = [truth[n]["template"] for n in names]
    by_label: dict[object, list[int]] = {}
    for i, lab in enumerate(label):
        by_label.setdefault(lab, []).append(i)
    same = [_group.containment(sets[i], sets[j])[0]
            for members in by_label.values() for x, i in enumerate(members)
            for j in members[x + 1 :]]
    same.sort()
    q = statistics.quantiles(same, n=100)
    print(f"containment of {len(same)} same-template pairs: 1st percentile {q[0]:.3f}, "
          f"5th {q[4]:.3f}, median {q[49]:.3f}, min {same[0]:.3f}")
    # Different-template pairs: every pair sharing at least one shingle.
    index: dict[int, list[int]] = {}
    for i, s in enumerate(sets):
        for h in s:
            index.setdefault(h, []).append(i)
    touching: Counter[tuple[int, int]] = Counter()
    for posting in index.values():
        if len(posting) > 200:
            continue
        for x, i in enumerate(posting):
            for j in posting[x + 1 :]:
                if label[i] != label[j]:
                    touching[i, j] += 1
    other = sorted((_group.containment(sets[i], sets[j])[0] for i, j in touching), reverse=True)
    if other:
        print(f"containment of {len(other)} different-template pairs sharing a shingle: "
              f"max {other[0]:.3f}, 10th highest {other[min(9, len(other) - 1)]:.3f}, "
              f"median {statistics.median(other):.3f}")
    print("threshold  precision  recall  seconds")
    for threshold in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6):
        start = time.perf_counter()
        found = _group.groups(sets, threshold)
        took = time.perf_counter() - start
        precision, recall = pairwise([[names[i] for i in g] for g in found], truth)
        print(f"{threshold:9.2f}  {precision:9.4f}  {recall:6.4f}  {took:7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sweep", action="store_true", help="accuracy at several thresholds")
    args = ap.parse_args()
    docs, truth = load(args.corpus)
    if args.sweep:
        sweep(docs, truth)
    else:
        run(docs, truth)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``tillit families PATH... [--format table|json] [--html report.html]``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tillit.errors import TillitError
from tillit.families._group import MENTION_THRESHOLD, THRESHOLD, families
from tillit.families._html import report_html
from tillit.families.models import Family
from tillit.models import Document
from tillit.readers import SUFFIXES, parse_file

_STATUS = {"same": "same", "reworded": "reworded", "only_in_a": "dropped", "only_in_b": "added"}

def _paths(args: Sequence[str]) -> Iterator[Path]:
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def _read(paths: Sequence[str]) -> tuple[list[Document], int]:
    """Documents read with :func:`tillit.readers.parse_file` (text kept); failures counted."""
    docs: list[Document] = []
    failed = 0
    for path in _paths(paths):
        try:
            docs.append(parse_file(path, keep_text=True))
        except (OSError, TillitError, ValueError) as exc:
            failed += 1
            print(f"tillit families: {path}: {exc}", file=sys.stderr)
    return docs, failed


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _short(text: str | None, width: int) -> str:
    text = text or "–"
    return text if len(text) <= width else text[: width - 1] + "…"


def table(fams: Sequence[Family], docs: Sequence[Document]) -> str:
    """The families as plain text, one block per family."""
    lines: list[str] = []
    names = {i: d.source or f"document {i}" for i, d in enumerate(docs)}
    width = min(48, max((len(n) for n in names.values()), default=8))
    for f in fams:
        rep = f.members[0]
        lines.append(f"family {f.id}: {_count(len(f.members), 'member')}, "
                     f"{_count(len(f.mentions), 'press release')}: {_short(rep.title, 70)}")
        lines.append(f"    {'member':<{width}}  {'organisation':<24}  {'date':<10}  sim   "
                     "att-satser            substitutions")
        for m in f.members:
            counts: dict[str, int] = {}
            for p in m.proposals:
                counts[p.status] = counts.get(p.status, 0) + 1
            props = (f"{len(m.proposals)} (template)" if m.representative
                     else ", ".join(f"{n} {_STATUS[s]}" for s, n in counts.items()))
            subs = "; ".join(f"{s.kind}: {s.a} → {s.b}" for s in m.substitutions)
            lines.append(f"  {'*' if m.representative else ' '} "
                         f"{_short(names[m.index], width):<{width}}  "
                         f"{_short(m.organisation, 24):<24}  {m.date or '–'!s:<10}  "
                         f"{m.similarity:.2f}  {props:<20}  {subs}")
        for x in f.mentions:
            lines.append(f"    press release {names[x.index]} → {names[x.member]} "
                         f"(shares {x.score:.0%})")
        lines.append("")
    grouped = sum(len(f.members) for f in fams)
    lines.append(f"{_count(len(docs), 'document')}, {len(fams)} "
                 f"{'family' if len(fams) == 1 else 'families'}, {_count(grouped, 'member')} "
                 "(* = the member the template is read from)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``tillit families``: exit 0 when every file was read, 1 when some failed, 2 for usage."""
    ap = argparse.ArgumentParser(
        prog="tillit families",
        description="Group documents that descend from one template (motion families).")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    ap.add_argument("--format", choices=("table", "json"), default="table",
                    help="output on stdout (default: table)")
    ap.add_argument("--html", metavar="REPORT.html", type=Path,
                    help="also write a self-contained HTML report")
    ap.add_argument("--threshold", type=float, default=THRESHOLD,
                    help=f"share of the shorter text two copies share (default {THRESHOLD})")
    ap.add_argument("--mention-threshold", type=float, default=MENTION_THRESHOLD,
                    help=f"share for a press release to announce a member (default "
                         f"{MENTION_THRESHOLD})")
    ap.add_argument("--min-size", type=int, default=2, help="smallest family (default 2)")
    try:
        args = ap.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: 2 for a usage error, 0 for --help
        return exc.code if isinstance(exc.code, int) else 2
    if not 0 < args.threshold <= 1 or not 0 < args.mention_threshold <= 1 or args.min_size < 1:
        print("tillit families: thresholds must be in (0, 1] and --min-size at least 1",
              file=sys.stderr)
        return 2
    docs, failed = _read(args.paths)
    fams = families(docs, threshold=args.threshold, min_size=args.min_size,
                    mention_threshold=args.mention_threshold)
    if args.format == "json":
        print(json.dumps({"documents": [d.source for d in docs],
                          "families": [f.model_dump(mode="json") for f in fams]},
                         ensure_ascii=False, indent=1))
    else:
        print(table(fams, docs))
    if args.html is not None:
        try:
            args.html.write_text(report_html(fams, docs), encoding="utf-8")
        except OSError as exc:
            print(f"tillit families: {args.html}: {exc}", file=sys.stderr)
            return 1
    return 1 if failed else 0

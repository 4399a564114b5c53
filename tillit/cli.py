"""Command line: ``tillit PATH...`` (or ``python -m tillit PATH...``) prints one JSON record per
document; ``tillit schema`` prints the JSON Schema; ``tillit evaluate DIR`` the accuracy table."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tillit.api import parse
from tillit.errors import TillitError
from tillit.export import schema_json, to_json

#: File extensions read when a folder is given.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml")


def _paths(args: Sequence[str]) -> Iterator[Path]:
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        else:
            yield path


def _parse_cmd(paths: Sequence[str], indent: int | None) -> int:
    failed = 0
    for path in _paths(paths):
        try:
            if str(path) == "-":
                text, source = sys.stdin.read(), "<stdin>"
            else:
                text, source = path.read_text(encoding="utf-8-sig"), str(path)
            print(to_json(parse(text, source=source), indent=indent))
        except (OSError, UnicodeDecodeError, TillitError) as exc:
            failed += 1
            print(f"tillit: {path}: {exc}", file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tillit`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["schema"]:
        print(schema_json())
        return 0
    if argv[:1] == ["evaluate"]:
        from tillit.evaluate import evaluate

        ap = argparse.ArgumentParser(prog="tillit evaluate",
                                     description="Compare parses with NNN.json answer files.")
        ap.add_argument("dir")
        ns = ap.parse_args(argv[1:])
        print(evaluate(ns.dir).table())
        return 0
    if argv[:1] == ["parse"]:
        argv = argv[1:]
    ap = argparse.ArgumentParser(
        prog="tillit",
        description="Parse Swedish political documents into JSON records (one per line). "
                    "Other commands: 'tillit schema', 'tillit evaluate DIR'.",
        epilog="Exit status: 0 all parsed, 1 some files failed, 2 usage error.")
    ap.add_argument("paths", nargs="+", help="files or folders ('-' reads stdin)")
    ap.add_argument("--indent", type=int, default=None, help="pretty-print JSON")
    ns = ap.parse_args(argv)
    return _parse_cmd(ns.paths, ns.indent)

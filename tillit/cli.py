"""Command line: ``tillit`` (or ``python -m tillit``).

``tillit [parse] PATH...`` parses files, folders (recursively), globs and ``-`` (stdin) and
writes JSON, JSON Lines, CSV or a table; ``tillit schema`` prints the JSON Schema of a record;
``tillit audit PATH...`` reports where a corpus is thin; ``tillit evaluate DIR`` compares with
answer files; ``tillit families PATH...`` groups related motions. Run ``tillit --help``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import glob
import importlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from tillit.audit import Audit
from tillit.batch import ParseFailure, parse_many
from tillit.export import (
    COLUMNS,
    LEVELS,
    Level,
    csv_value,
    iter_rows,
    schema_json,
    to_frame,
    to_json,
)
from tillit.models import Document

#: File extensions read when a folder is given (PDF and Word need ``tillit.readers``).
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml")
READER_SUFFIXES = (".pdf", ".docx")
FORMATS = ("auto", "json", "jsonl", "csv", "parquet", "table")
#: What to install when Parquet is asked for without pandas and pyarrow.
PARQUET_EXTRA = "pip install 'tillit[pandas]'"

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_COMMANDS = """\
commands:
  tillit [parse] PATH...     parse documents (this help); "parse" may be left out
  tillit schema [--error]    JSON Schema of a document record (or of an error record)
  tillit audit PATH...       corpus report: kinds, fields found by organisation and year,
                             documents with most warnings (tillit audit --help)
  tillit evaluate DIR        accuracy against NNN.json answer files
  tillit families PATH...    group related motions (tillit families --help)
"""

_PARSE_EPILOG = """\
output:
  --format auto (default) writes pretty JSON for a single file or stdin, and JSON Lines (one
  record per line) when several files, a folder or a glob are given, and Parquet when
  -o names a .parquet file. json writes one pretty JSON document, or a JSON array of them.
  csv writes one row per document, proposal or signatory (--level); parquet writes the same
  rows to the -o file (needs pandas and pyarrow: pip install 'tillit[pandas]').
  table writes a readable summary, one line per document.
  Every record has "schema_version". A file that cannot be parsed gives an error record in
  its place, {"schema_version", "source", "kind": "error", "error", "message"} (in CSV the
  error and error_message columns), and a line "tillit: PATH: reason" on stderr; the batch
  goes on. --strict turns a document with warnings into such an error record.

exit status:
  0 every input parsed, 1 some inputs failed (or had warnings under --strict),
  2 usage error (bad option, no input, output file not writable).

examples:
  tillit seeds/                              JSON Lines, one record per file
  tillit seeds/004_*.txt                     one pretty JSON document
  tillit parse 'corpus/**/*.txt' --format csv --level proposals -o proposals.csv
  tillit parse corpus/ -o motions.parquet    Parquet, one row per document
  cat motion.txt | tillit -                  read stdin
  tillit parse corpus/ --format table --workers 2

""" + _COMMANDS


class _Sink(Protocol):
    def write(self, result: Document | ParseFailure) -> None: ...

    def close(self) -> None: ...


@dataclass
class _Input:
    """One input: a path, stdin's text, or a failure found while expanding arguments."""

    label: str
    item: str | Path | None = None
    failure: ParseFailure | None = None


def _suffixes() -> tuple[str, ...]:
    """The extensions ``tillit.readers`` reads when it is installed, else the text ones."""
    try:
        readers = importlib.import_module("tillit.readers")
    except ModuleNotFoundError as exc:
        if exc.name == "tillit.readers":
            return TEXT_SUFFIXES
        raise
    known = getattr(readers, "SUFFIXES", None)
    return tuple(known) if known else TEXT_SUFFIXES + READER_SUFFIXES


def _walk(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)


def expand(args: Sequence[str], suffixes: tuple[str, ...] | None = None) -> list[_Input]:
    """Arguments → inputs, in order: folders walked recursively for ``suffixes``, globs
    expanded (``**`` recurses), ``-`` read from stdin; a glob matching nothing is a failure."""
    suffixes = _suffixes() if suffixes is None else suffixes
    out: list[_Input] = []
    for arg in args:
        path = Path(arg)
        if arg == "-":
            data = sys.stdin.buffer.read()
            try:
                out.append(_Input("<stdin>", data.decode("utf-8-sig")))
            except UnicodeDecodeError as exc:
                out.append(_Input("<stdin>", failure=ParseFailure.from_exception(exc, "<stdin>")))
        elif path.is_dir():
            out += [_Input(str(p), p) for p in _walk(path, suffixes)]
        elif not path.exists() and glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                out.append(_Input(arg, failure=ParseFailure(
                    source=arg, error="NoMatch", message="no file matches this pattern")))
            # "corpus/*.rtf" names its extension: take every match; "corpus/*" does not:
            # take the matches with a known extension, as in a folder
            named = "." in Path(arg).name.lstrip("*?")
            for match in matches:
                mp = Path(match)
                if mp.is_dir():
                    out += [_Input(str(p), p) for p in _walk(mp, suffixes)]
                elif named or mp.suffix.lower() in suffixes:
                    out.append(_Input(match, mp))
        else:
            out.append(_Input(arg, path))
    return out


def _results(inputs: list[_Input], workers: int, strict: bool
             ) -> Iterator[tuple[_Input, Document | ParseFailure]]:
    """Parse the inputs in order; stdin results get "<stdin>" as their source."""
    parsed = parse_many((i.item for i in inputs if i.item is not None),
                        workers=workers if workers > 1 else None)
    for inp in inputs:
        if inp.failure is not None:
            yield inp, inp.failure
            continue
        result = next(parsed)
        if isinstance(inp.item, str):  # stdin text
            result = result.model_copy(update={"source": inp.label})
        if strict and isinstance(result, Document) and result.warnings:
            result = ParseFailure(source=result.source, error="ParseWarningError",
                                  message="; ".join(f"{w.code}: {w.message}"
                                                    for w in result.warnings))
        yield inp, result


class _Progress:
    """A rich progress bar on stderr, or nothing (not a terminal, --quiet, rich missing)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar: Any = None
        self._task: Any = None
        if not enabled or total < 2 or not sys.stderr.isatty():
            return
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )
        except ImportError:
            return
        self._bar = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                             TimeRemainingColumn(), console=Console(stderr=True),
                             transient=True)
        self._task = self._bar.add_task("parse", total=total)
        self._bar.start()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def error(self, message: str) -> None:
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


class _JsonLines:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, result: Document | ParseFailure) -> None:
        self.out.write(to_json(result) + "\n")

    def close(self) -> None:
        pass


class _Json:
    """One pretty JSON document; several become a JSON array (written as they come)."""

    def __init__(self, out: IO[str], indent: int, single: bool) -> None:
        self.out, self.indent, self.single, self.count = out, indent, single, 0

    def write(self, result: Document | ParseFailure) -> None:
        text = to_json(result, indent=self.indent)
        if self.single:
            self.out.write(text + "\n")
        else:
            pad = " " * self.indent
            self.out.write(("[\n" if self.count == 0 else ",\n") + pad
                           + text.replace("\n", "\n" + pad))
        self.count += 1

    def close(self) -> None:
        if not self.single:
            self.out.write("\n]\n" if self.count else "[]\n")


class _Parquet:
    """The rows of one level as Parquet, written a row group at a time so memory stays flat.

    Every group has the schema of :func:`tillit.to_frame`, whatever its documents hold; an
    empty batch still writes a file with the columns.
    """

    GROUP = 500

    def __init__(self, path: str, level: Level) -> None:
        self.level = level
        self.pending: list[Document | ParseFailure] = []
        self.writer: Any = None
        self.fh = open(path, "wb")  # noqa: SIM115 - closed in close()

    def write(self, result: Document | ParseFailure) -> None:
        self.pending.append(result)
        if len(self.pending) >= self.GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

        table = pa.Table.from_pandas(to_frame(self.pending, self.level), preserve_index=False)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.fh, table.schema)
        self.writer.write_table(table.cast(self.writer.schema))
        self.pending = []

    def close(self) -> None:
        if self.pending or self.writer is None:
            self._flush()
        self.writer.close()
        self.fh.close()


def _parquet_missing() -> str | None:
    """The module Parquet output lacks (pandas or pyarrow), or None when both import."""
    for name in ("pandas", "pyarrow"):
        try:
            importlib.import_module(name)
        except ImportError:
            return name
    return None


class _Csv:
    def __init__(self, out: IO[str], level: Level) -> None:
        self.level = level
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(COLUMNS[level])

    def write(self, result: Document | ParseFailure) -> None:
        for row in iter_rows(result, self.level):
            self.writer.writerow([csv_value(v) for v in row.values()])

    def close(self) -> None:
        pass


def _cut(text: str | None, width: int) -> str:
    text = "—" if not text else " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _left_cut(text: str, width: int) -> str:
    """The end of ``text`` (a path's file name matters most)."""
    return text if len(text) <= width else "…" + text[len(text) - width + 1:]


class _Table:
    """A fixed-width summary, one line per document, streamed; totals at the end."""

    HEAD = (f"{'source':30} {'kind':15} {'date':10} {'organisation':24} {'parties':12} "
            f"{'prop':>4} {'sign':>4} {'warn':>4}  title")

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.kinds: dict[str, int] = {}
        self.out.write(self.HEAD + "\n" + "-" * (len(self.HEAD) + 55) + "\n")

    def write(self, result: Document | ParseFailure) -> None:
        self.kinds[result.kind] = self.kinds.get(result.kind, 0) + 1
        src = _left_cut(result.source or "<text>", 30)
        if isinstance(result, ParseFailure):
            self.out.write(f"{src:30} {'ERROR':15} {result.error}: {result.message}\n")
            return
        d = result
        self.out.write(
            f"{src:30} {d.kind:15} {d.date or '—'!s:10} {_cut(d.organisation, 24):24} "
            f"{_cut(' '.join(p.code for p in d.parties), 12):12} {len(d.proposals):>4} "
            f"{len(d.signatories):>4} {len(d.warnings):>4}  {_cut(d.title, 60)}\n")

    def close(self) -> None:
        total = sum(self.kinds.values())
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items(),
                                                       key=lambda kv: (-kv[1], kv[0])))
        self.out.write(f"\n{total} input{'s' if total != 1 else ''}: {kinds or 'none'}\n")


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _parse_parser(prog: str) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=prog, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Parse Swedish political documents (motioner, press releases,\n"
                    "interpellations...) into validated records with source spans.",
        epilog=_PARSE_EPILOG)
    ap.add_argument("paths", nargs="+", metavar="PATH",
                    help="files, folders (read recursively), globs ('**' recurses), "
                         "'-' for stdin")
    ap.add_argument("-f", "--format", choices=FORMATS, default="auto",
                    help="output format (default: auto, see below)")
    ap.add_argument("--level", choices=LEVELS, default=None,
                    help="CSV and Parquet rows: one per document (default), proposal or "
                         "signatory")
    ap.add_argument("-o", "--output", metavar="FILE",
                    help="write to FILE instead of stdout (FILE.parquet: Parquet)")
    ap.add_argument("--strict", action="store_true",
                    help="a document with any warning counts as failed (error record, exit 1)")
    ap.add_argument("-j", "--workers", type=int, default=1, metavar="N",
                    help="parse in N processes (default 1)")
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="no progress bar (it only shows when stderr is a terminal)")
    ap.add_argument("--ext", metavar=".A,.B",
                    help="extensions read from folders and globs "
                         f"(default {','.join(_suffixes())})")
    ap.add_argument("--indent", type=int, default=None, metavar="N",
                    help="indent JSON by N spaces (implies --format json)")
    return ap


def _suffix_arg(ap: argparse.ArgumentParser, value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    exts = tuple("." + e.strip().lower().lstrip(".") for e in value.split(",") if e.strip())
    if not exts:
        ap.error("--ext needs at least one extension")
    return exts


def _run(inputs: list[_Input], sink: _Sink | None, workers: int, strict: bool, quiet: bool,
         audit: Audit | None = None) -> int:
    progress = _Progress(len(inputs), enabled=not quiet)
    failed = 0
    try:
        for inp, result in _results(inputs, workers, strict):
            if isinstance(result, ParseFailure):
                failed += 1
                progress.error(f"tillit: {inp.label}: {result.error}: {result.message}")
            if sink is not None:
                sink.write(result)
            if audit is not None:
                audit.add(result)
            progress.advance()
        if sink is not None:
            sink.close()
    finally:
        progress.stop()
    return EXIT_FAILED if failed else EXIT_OK


def _parse_cmd(argv: Sequence[str], prog: str) -> int:
    ap = _parse_parser(prog)
    ns = ap.parse_args(argv)
    fmt: str = ns.format
    if ns.indent is not None:
        if fmt not in ("auto", "json"):
            ap.error("--indent applies to --format json")
        fmt = "json"
    if fmt == "auto" and ns.output and ns.output.lower().endswith(".parquet"):
        fmt = "parquet"
    if ns.level is not None and fmt not in ("csv", "parquet"):
        ap.error("--level applies to --format csv and parquet")
    if fmt == "parquet" and (not ns.output or ns.output == "-"):
        ap.error("Parquet is written to a file: -o FILE.parquet")
    if ns.workers < 1:
        ap.error("--workers must be at least 1")
    if sum(p == "-" for p in ns.paths) > 1:
        ap.error("'-' (stdin) may be given once")
    suffixes = _suffix_arg(ap, ns.ext)
    single = len(ns.paths) == 1 and (ns.paths[0] == "-" or Path(ns.paths[0]).is_file())
    if fmt == "auto":
        fmt = "json" if single else "jsonl"
    if fmt == "parquet" and (missing := _parquet_missing()):
        print(f"tillit: Parquet output needs pandas and pyarrow ({missing} is not installed): "
              f"{PARQUET_EXTRA}", file=sys.stderr)
        return EXIT_USAGE
    inputs = expand(ns.paths, suffixes)
    try:
        if fmt == "parquet":
            return _run(inputs, _Parquet(ns.output, ns.level or "documents"), ns.workers,
                        ns.strict, ns.quiet)
        with _output(ns.output) as out:
            sink: _Sink
            if fmt == "json":
                sink = _Json(out, ns.indent if ns.indent is not None else 2,
                             single=single and len(inputs) == 1)
            elif fmt == "jsonl":
                sink = _JsonLines(out)
            elif fmt == "csv":
                sink = _Csv(out, ns.level or "documents")
            else:
                sink = _Table(out)
            return _run(inputs, sink, ns.workers, ns.strict, ns.quiet)
    except BrokenPipeError:  # e.g. `tillit corpus/ | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        print(f"tillit: cannot write {ns.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _audit_cmd(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="tillit audit", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="A corpus report: documents of each kind; for each field the share of "
                    "documents where it was found, overall, by organisation and by year; "
                    "warning codes; the documents with the most warnings.",
        epilog="exit status: 0 all inputs parsed, 1 some failed (listed in the report and on "
               "stderr), 2 usage error.")
    ap.add_argument("paths", nargs="+", metavar="PATH",
                    help="files, folders (read recursively), globs, '-' for stdin")
    ap.add_argument("-f", "--format", choices=("markdown", "json"), default="markdown",
                    help="report format (default markdown)")
    ap.add_argument("--top", type=int, default=10, metavar="N",
                    help="list the N documents with most warnings (default 10)")
    ap.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    ap.add_argument("-j", "--workers", type=int, default=1, metavar="N",
                    help="parse in N processes")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ap.add_argument("--ext", metavar=".A,.B", help="extensions read from folders and globs")
    ns = ap.parse_args(argv)
    if ns.workers < 1 or ns.top < 0:
        ap.error("--workers must be at least 1 and --top at least 0")
    if sum(p == "-" for p in ns.paths) > 1:
        ap.error("'-' (stdin) may be given once")
    audit = Audit(top=ns.top)
    status = _run(expand(ns.paths, _suffix_arg(ap, ns.ext)), None, ns.workers, False, ns.quiet,
                  audit)
    report = (json.dumps(audit.to_dict(), ensure_ascii=False, indent=2)
              if ns.format == "json" else audit.table())
    try:
        with _output(ns.output) as out:
            out.write(report + "\n")
    except OSError as exc:
        print(f"tillit: cannot write {ns.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    return status


def _schema_cmd(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(prog="tillit schema",
                                 description="Print the JSON Schema of a document record.")
    ap.add_argument("--error", action="store_true",
                    help="the schema of an error record instead")
    ns = ap.parse_args(argv)
    print(schema_json(failure=ns.error))
    return EXIT_OK


def _evaluate_cmd(argv: Sequence[str]) -> int:
    from tillit.evaluate import evaluate

    ap = argparse.ArgumentParser(prog="tillit evaluate",
                                 description="Compare parses with NNN.json answer files.")
    ap.add_argument("dir")
    ns = ap.parse_args(argv)
    print(evaluate(ns.dir).table())
    return EXIT_OK


def _families_cmd(argv: Sequence[str]) -> int:
    try:
        module = importlib.import_module("tillit.families")
    except ModuleNotFoundError as exc:
        if exc.name != "tillit.families":
            raise
        print("tillit: the 'families' command is not available in this installation "
              "(module tillit.families is missing)", file=sys.stderr)
        return EXIT_USAGE
    entry = getattr(module, "main", None)
    if entry is None:
        print("tillit: the 'families' command is not available in this installation "
              "(tillit.families has no main)", file=sys.stderr)
        return EXIT_USAGE
    status: int = entry(list(argv))
    return status


def _roles_cmd(argv: Sequence[str]) -> int:
    from tillit.api import explain
    from tillit.errors import TillitError
    from tillit.readers import read

    ap = argparse.ArgumentParser(
        prog="tillit roles",
        description="Show every line of a document with its role and the evidence for it.")
    ap.add_argument("path", help="a document file (any format tillit reads)")
    ns = ap.parse_args(argv)
    try:
        text = read(ns.path).text
    except (TillitError, OSError) as exc:
        print(f"tillit: {ns.path}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(explain(text).table())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tillit`` console script; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else None
    try:
        if command == "schema":
            return _schema_cmd(args[1:])
        if command == "evaluate":
            return _evaluate_cmd(args[1:])
        if command == "audit":
            return _audit_cmd(args[1:])
        if command == "families":
            return _families_cmd(args[1:])
        if command == "roles":
            return _roles_cmd(args[1:])
        if command == "parse":
            return _parse_cmd(args[1:], "tillit parse")
        if command in ("--version", "-V"):
            from tillit import __version__

            print(f"tillit {__version__}")
            return EXIT_OK
        return _parse_cmd(args, "tillit")
    except SystemExit as exc:  # argparse: --help (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130

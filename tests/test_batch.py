"""parse_many: order, streaming, failures as records, processes, and the file reader fallback."""

from __future__ import annotations

import itertools
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

import tillit
from tillit import batch
from tillit.batch import ParseFailure, parse_many, parse_path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS + CORPUS]


def test_texts_in_input_order_equal_to_parse() -> None:
    texts = _texts()
    got = list(parse_many(texts))
    assert got == [tillit.parse(t) for t in texts]


def test_paths_use_the_path_as_source() -> None:
    got = list(parse_many(SEEDS))
    assert [d.source for d in got] == [str(p) for p in SEEDS]
    assert all(isinstance(d, tillit.Document) for d in got)
    assert [d.title for d in got] == [tillit.parse(p.read_text(encoding="utf-8")).title
                                      for p in SEEDS]


def test_processes_give_the_same_results_in_the_same_order() -> None:
    items: list[str | Path] = [*SEEDS, "", *_texts(), ROOT / "missing.txt", "   "]
    serial = list(parse_many(items))
    parallel = list(parse_many(items, workers=2, chunksize=3, prefetch=2))
    assert parallel == serial
    assert [r.kind for r in parallel].count("error") == 3


def test_failures_are_records_in_place() -> None:
    items: list[object] = ["", SEEDS[0], ROOT / "no-such-file.txt", 42]
    got = list(parse_many(items))  # type: ignore[arg-type]
    assert [type(r).__name__ for r in got] == ["ParseFailure", "Document", "ParseFailure",
                                                "ParseFailure"]
    empty, _, missing, wrong = got
    assert isinstance(empty, ParseFailure) and empty.error == "EmptyDocumentError"
    assert empty.source is None and empty.schema_version == tillit.SCHEMA_VERSION
    assert isinstance(missing, ParseFailure) and missing.error == "FileNotFoundError"
    assert missing.source == str(ROOT / "no-such-file.txt")
    assert isinstance(wrong, ParseFailure) and wrong.error == "TypeError"


def test_max_chars_is_passed_on() -> None:
    size = len(SEEDS[0].read_text(encoding="utf-8"))
    [large] = parse_many([SEEDS[0]], max_chars=size - 1)
    assert isinstance(large, ParseFailure) and large.error == "InputTooLarge"
    [doc] = parse_many([SEEDS[0]], max_chars=size)
    assert isinstance(doc, tillit.Document)


def test_on_error_raise_stops_with_the_exception() -> None:
    it = parse_many([SEEDS[0], "", SEEDS[1]], on_error="raise")
    assert isinstance(next(it), tillit.Document)
    with pytest.raises(tillit.EmptyDocumentError):
        next(it)


def test_on_error_raise_in_processes() -> None:
    with pytest.raises(FileNotFoundError):
        list(parse_many([SEEDS[0], ROOT / "missing.txt"], workers=2, on_error="raise"))


def test_errors_raise_turns_warnings_into_failures() -> None:
    got = list(parse_many(SEEDS, errors="raise"))
    for path, result in zip(SEEDS, got, strict=True):
        doc = tillit.parse(path.read_text(encoding="utf-8"))
        if doc.warnings:
            assert isinstance(result, ParseFailure)
            assert result.error == "ParseWarningError"
            assert result.message.startswith(doc.warnings[0].code)
        else:
            assert isinstance(result, tillit.Document)


def test_keep_text_is_passed_on() -> None:
    [doc] = parse_many([SEEDS[4]], keep_text=True, workers=2)
    assert isinstance(doc, tillit.Document)
    assert doc.text == SEEDS[4].read_text(encoding="utf-8")
    [bare] = parse_many([SEEDS[4]])
    assert isinstance(bare, tillit.Document) and bare.text is None


def test_single_process_is_lazy() -> None:
    pulled: list[int] = []

    def gen() -> Iterator[str]:
        for i in itertools.count():
            pulled.append(i)
            yield f"Motion till kommunfullmäktige {i}\n\nAtt vi gör något."

    out = parse_many(gen())
    assert pulled == []
    first = list(itertools.islice(out, 3))
    assert len(first) == 3 and len(pulled) == 3


def test_processes_keep_a_bounded_number_of_items_in_flight() -> None:
    pulled: list[int] = []

    def gen() -> Iterator[str]:
        for i in itertools.count():  # endless: only a bounded reader can return
            pulled.append(i)
            yield f"Motion till kommunfullmäktige {i}\n\nAtt vi gör något."

    out = parse_many(gen(), workers=2, chunksize=2, prefetch=3)
    first = list(itertools.islice(out, 5))
    assert [isinstance(d, tillit.Document) for d in first] == [True] * 5
    # 2 workers x 3 tasks x 2 items in flight, plus one refill per consumed chunk
    assert len(pulled) <= 2 * 3 * 2 + 3 * 2
    out.close()  # type: ignore[attr-defined]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="on_error"):
        parse_many([], on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers"):
        parse_many([], workers=0)
    with pytest.raises(ValueError, match="chunksize"):
        parse_many([], chunksize=0)


def test_failure_record_shape() -> None:
    rec = ParseFailure.from_exception(FileNotFoundError(2, "No such file or directory", "x"),
                                      "x")
    assert rec.model_dump() == {"schema_version": tillit.SCHEMA_VERSION, "source": "x",
                                "kind": "error", "error": "FileNotFoundError",
                                "message": "No such file or directory"}


def test_parse_path_without_readers_reads_utf8(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr(batch, "_reader", lambda: None)
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEEDS[4].read_bytes())
    doc = parse_path(path, keep_text=True)
    assert doc.source == str(path)
    assert doc.text == SEEDS[4].read_text(encoding="utf-8")  # BOM dropped
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Motion om åäö".encode("latin-1"))
    [failure] = parse_many([bad])
    assert isinstance(failure, ParseFailure) and failure.error == "UnicodeDecodeError"


def test_parse_path_uses_readers_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, dict[str, object]]] = []
    sentinel = tillit.Document(kind="unknown", source="from-reader")

    def parse_file(path: object, **kw: object) -> tillit.Document:
        calls.append((path, kw))
        return sentinel

    fake = types.ModuleType("tillit.readers")
    fake.parse_file = parse_file  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tillit.readers", fake)
    assert list(parse_many([SEEDS[0]], keep_text=True)) == [sentinel]
    assert calls == [(SEEDS[0], {"keep_text": True, "max_chars": tillit.DEFAULT_MAX_CHARS,
                                 "errors": "collect"})]


def test_exported_from_the_package() -> None:
    assert tillit.parse_many is parse_many
    assert {"parse_many", "to_rows", "to_frame"} <= set(tillit.__all__)

"""Records, flat rows, DataFrames and Parquet."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

import tillit
from tillit.batch import ParseFailure
from tillit.export import (
    COLUMNS,
    csv_value,
    failure_schema,
    iter_rows,
    json_schema,
    schema_json,
    to_frame,
    to_json,
    to_record,
    to_rows,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
FAILURE = ParseFailure(source="bad.txt", error="EmptyDocumentError", message="blank")


def _docs() -> list[tillit.Document]:
    return [tillit.parse(p.read_text(encoding="utf-8"), source=p.name) for p in SEEDS + CORPUS]


def _seed4() -> tuple[str, tillit.Document]:
    text = SEEDS[4].read_text(encoding="utf-8")
    return text, tillit.parse(text, source=SEEDS[4].name)


def test_every_record_has_the_schema_version() -> None:
    for doc in _docs():
        rec = to_record(doc)
        assert rec["schema_version"] == tillit.SCHEMA_VERSION
        assert "error" not in rec
        assert tillit.Document.model_validate_json(to_json(doc)) == doc
    rec = to_record(FAILURE)
    assert rec == {"schema_version": tillit.SCHEMA_VERSION, "source": "bad.txt",
                   "kind": "error", "error": "EmptyDocumentError", "message": "blank"}


def test_schemas() -> None:
    assert json_schema() == tillit.Document.model_json_schema()
    assert json.loads(schema_json()) == json_schema()
    assert set(failure_schema()["required"]) == {"error", "message"}
    assert json.loads(schema_json(failure=True)) == failure_schema()


def test_document_rows() -> None:
    docs = _docs()
    rows = to_rows(docs)
    assert len(rows) == len(docs)
    assert all(tuple(r) == COLUMNS["documents"] for r in rows)
    _, doc = _seed4()
    row = to_rows(doc)[0]  # a single document is accepted too
    assert row["source"] == SEEDS[4].name
    assert row["date"] == dt.date(2022, 1, 27) and row["year"] == 2022
    assert row["parties"] == "V;S;MP;FI"
    assert row["party_names"].split(";")[0] == "Vänsterpartiet"
    assert (row["proposals"], row["signatories"]) == (3, 6)
    assert row["warnings"] == len(doc.warnings)
    assert row["warning_codes"] == ";".join(w.code for w in doc.warnings)
    assert row["error"] is None and row["error_message"] is None
    assert row["schema_version"] == tillit.SCHEMA_VERSION


def test_proposal_rows_point_into_the_text() -> None:
    text, doc = _seed4()
    rows = to_rows([doc], level="proposals")
    assert tuple(rows[0]) == COLUMNS["proposals"]
    assert [r["number"] for r in rows] == [1, 2, 3]
    assert [r["text"] for r in rows] == [p.text for p in doc.proposals]
    for row in rows:
        assert text[row["start"]:row["end"]] == row["verbatim"]
        assert row["title"] == doc.title and row["organisation"] == "Lunds kommun"


def test_signatory_rows() -> None:
    text, doc = _seed4()
    rows = to_rows(doc, level="signatories")
    assert tuple(rows[0]) == COLUMNS["signatories"]
    assert [(r["number"], r["name"], r["party"]) for r in rows][-2:] == [
        (5, "Karin Svensson Smith", "MP"), (6, "Maja Grubelic", "FI")]
    assert all(r["name"] in text[r["start"]:r["end"]] for r in rows)
    total = sum(len(d.signatories) for d in _docs())
    assert len(to_rows(_docs(), level="signatories")) == total


def test_failures_give_one_row_at_every_level() -> None:
    _, doc = _seed4()
    for level in ("documents", "proposals", "signatories"):
        rows = to_rows([FAILURE, doc], level=level)  # type: ignore[arg-type]
        fail = rows[0]
        assert tuple(fail) == COLUMNS[level]  # type: ignore[index]
        assert (fail["source"], fail["kind"], fail["error"], fail["error_message"]) == (
            "bad.txt", "error", "EmptyDocumentError", "blank")
        assert all(r["error"] is None for r in rows[1:])


def test_rows_stream_from_a_generator() -> None:
    gen = (d for d in _docs())
    it = iter_rows(gen)
    first = next(it)
    assert first["source"] == SEEDS[0].name
    assert len(list(it)) == len(SEEDS + CORPUS) - 1


def test_bad_level_and_bad_item() -> None:
    with pytest.raises(ValueError, match="level"):
        to_rows([], level="paragraphs")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Document"):
        to_rows(["text"])  # type: ignore[list-item]


def test_csv_values() -> None:
    assert [csv_value(v) for v in (None, True, False, dt.date(2020, 2, 3), 4, "å")] == [
        "", "true", "false", "2020-02-03", "4", "å"]


def test_frame_has_stable_dtypes_and_round_trips_parquet(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    docs = _docs()
    frame = tillit.to_frame([*docs, FAILURE])
    assert list(frame.columns) == list(COLUMNS["documents"])
    assert len(frame) == len(docs) + 1
    assert str(frame["proposals"].dtype) == "Int64"
    assert str(frame["body_inferred"].dtype) == "boolean"
    assert str(frame["date"].dtype).startswith("date32")
    assert frame["error"].iloc[-1] == "EmptyDocumentError"
    empty = to_frame([], level="proposals")
    assert list(empty.columns) == list(COLUMNS["proposals"]) and len(empty) == 0
    # the same schema whatever the batch holds, so Parquet files can be read together
    assert dict(to_frame([FAILURE]).dtypes) == dict(frame.dtypes)
    path = tmp_path / "docs.parquet"
    frame.to_parquet(path)
    back = pd.read_parquet(path)
    assert list(back["title"]) == list(frame["title"])
    assert back["date"].iloc[4] == dt.date(2022, 1, 27)
    sigs = to_frame(docs, level="signatories")
    assert len(sigs) == sum(len(d.signatories) for d in docs)


def test_frame_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"tillit\[pandas\]"):
        to_frame([])

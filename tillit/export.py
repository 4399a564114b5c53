"""Serialisation: JSON records, flat rows (CSV, pandas, Parquet) and the JSON Schema.

Every record and row carries ``schema_version``. Rows come at three levels: one per document,
one per proposal (att-sats), one per signatory. Each level has a fixed list of columns
(:data:`COLUMNS`), also for failures, so batches concatenate and Parquet files share a schema.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from tillit.batch import ParseFailure
from tillit.models import Document

if TYPE_CHECKING:  # pragma: no cover
    import pandas  # type: ignore[import-untyped, unused-ignore]

Level: TypeAlias = Literal["documents", "proposals", "signatories"]
LEVELS: tuple[Level, ...] = ("documents", "proposals", "signatories")

#: Columns shared by every level: which record a row belongs to.
_KEY = {
    "schema_version": "str", "source": "str", "kind": "str", "title": "str", "body": "str",
    "organisation": "str", "organisation_code": "str", "organisation_level": "str",
    "date": "date",
}
_ERROR = {"error": "str", "error_message": "str"}

#: Column name → type ("str", "int", "bool", "date") for each level, in output order.
COLUMN_TYPES: dict[Level, dict[str, str]] = {
    "documents": {
        **_KEY, "series": "str", "number": "str", "body_inferred": "bool",
        "organisation_inferred": "bool", "year": "int", "place": "str", "parties": "str",
        "party_names": "str", "paragraphs": "int", "proposals": "int", "signatories": "int",
        "addressee": "str", "questions": "int", "proposer": "str", "publisher": "str",
        "quotes": "int",
        "contacts": "int", "references": "int", "warnings": "int", "warning_codes": "str",
        **_ERROR,
    },
    "proposals": {
        **_KEY, "number": "int", "text": "str", "preamble": "str", "verbatim": "str",
        "start": "int", "end": "int", **_ERROR,
    },
    "signatories": {
        **_KEY, "number": "int", "name": "str", "party": "str", "party_name": "str",
        "party_inferred": "bool", "role": "str", "start": "int", "end": "int", **_ERROR,
    },
}
#: Column names of each level, in output order.
COLUMNS: dict[Level, tuple[str, ...]] = {k: tuple(v) for k, v in COLUMN_TYPES.items()}

Record: TypeAlias = "Document | ParseFailure"


def to_record(doc: Document | ParseFailure) -> dict[str, Any]:
    """The document (or failure) as a JSON-ready dict (dates as ISO strings).

    It has ``schema_version``; a failure has ``error`` and ``message``, which a document never
    has.
    """
    return doc.model_dump(mode="json")


def to_json(doc: Document | ParseFailure, *, indent: int | None = None) -> str:
    """The record as JSON; ``Document.model_validate_json`` reads a document back unchanged."""
    return doc.model_dump_json(indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`Document` record."""
    return Document.model_json_schema()


def failure_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`~tillit.batch.ParseFailure` record."""
    return ParseFailure.model_json_schema()


def schema_json(*, failure: bool = False) -> str:
    """The JSON Schema of a document record (or of a failure record) as indented JSON."""
    return json.dumps(failure_schema() if failure else json_schema(), ensure_ascii=False,
                      indent=2)


def _key(rec: Record) -> dict[str, Any]:
    if isinstance(rec, ParseFailure):
        return {"schema_version": rec.schema_version, "source": rec.source, "kind": rec.kind,
                "title": None, "body": None, "organisation": None, "organisation_code": None,
                "organisation_level": None, "date": None,
                "error": rec.error, "error_message": rec.message}
    return {"schema_version": rec.schema_version, "source": rec.source, "kind": rec.kind,
            "title": rec.title, "body": rec.body, "organisation": rec.organisation,
            "organisation_code": rec.organisation_code,
            "organisation_level": rec.organisation_level,
            "date": rec.date, "error": None, "error_message": None}


def _rows(rec: Record, level: Level) -> Iterator[dict[str, Any]]:
    columns = COLUMNS[level]
    key = _key(rec)
    if isinstance(rec, ParseFailure):
        yield {c: key.get(c) for c in columns}
    elif level == "documents":
        yield {c: key.get(c) for c in columns} | {
            "series": rec.series, "number": rec.number, "body_inferred": rec.body_inferred,
            "organisation_inferred": rec.organisation_inferred,
            "year": rec.date.year if rec.date else None, "place": rec.place,
            "parties": ";".join(p.code for p in rec.parties),
            "party_names": ";".join(p.name for p in rec.parties),
            "paragraphs": len(rec.paragraphs), "proposals": len(rec.proposals),
            "signatories": len(rec.signatories),
            "addressee": rec.addressee.name if rec.addressee else None,
            "questions": len(rec.questions),
            "proposer": rec.proposer.name if rec.proposer else None,
            "publisher": rec.publisher,
            "quotes": len(rec.quotes), "contacts": len(rec.contacts),
            "references": len(rec.references), "warnings": len(rec.warnings),
            "warning_codes": ";".join(w.code for w in rec.warnings)}
    elif level == "proposals":
        for p in rec.proposals:
            yield {c: key.get(c) for c in columns} | {
                "number": p.number, "text": p.text, "preamble": p.preamble,
                "verbatim": p.verbatim, "start": p.span.start, "end": p.span.end}
    elif level == "signatories":
        for i, s in enumerate(rec.signatories, 1):
            yield {c: key.get(c) for c in columns} | {
                "number": i, "name": s.name, "party": s.party.code if s.party else None,
                "party_name": s.party.name if s.party else None,
                "party_inferred": s.party_inferred, "role": s.role,
                "start": s.span.start, "end": s.span.end}
    else:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")


def iter_rows(docs: Document | ParseFailure | Iterable[Document | ParseFailure],
              level: Level = "documents") -> Iterator[dict[str, Any]]:
    """Like :func:`to_rows`, but a generator: rows are made as ``docs`` is consumed."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    items = [docs] if isinstance(docs, Document | ParseFailure) else docs
    for rec in items:
        if not isinstance(rec, Document | ParseFailure):
            raise TypeError(f"expected Document or ParseFailure, got {type(rec).__name__}")
        yield from _rows(rec, level)


def to_rows(docs: Document | ParseFailure | Iterable[Document | ParseFailure],
            level: Level = "documents") -> list[dict[str, Any]]:
    """Flat rows as plain dicts, with the columns of :data:`COLUMNS` ``[level]``.

    ``level="documents"``: one row per document; ``"proposals"``: one per att-sats;
    ``"signatories"``: one per signatory (a document without any gives no row). A
    :class:`~tillit.batch.ParseFailure` gives one row with ``error`` and ``error_message`` set
    at every level, so failures are never dropped silently. Values are ``str``, ``int``,
    ``bool``, ``datetime.date`` or ``None``; lists of parties and warning codes are joined with
    ``";"``. ``docs`` may be one document or any iterable (e.g. :func:`tillit.parse_many`).
    """
    return list(iter_rows(docs, level))


def csv_value(value: Any) -> str:
    """A row value as CSV text: ISO dates, ``true``/``false``, empty for ``None``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_frame(docs: Document | ParseFailure | Iterable[Document | ParseFailure],
             level: Level = "documents") -> pandas.DataFrame:
    """The rows of :func:`to_rows` as a pandas DataFrame with stable dtypes.

    Needs the optional extra ``tillit[pandas]`` (pandas and pyarrow). Strings are pandas
    ``string``, counts ``Int64``, flags ``boolean`` and ``date`` is ``date32[pyarrow]``, so
    every batch has the same schema; ``df.to_parquet(path)`` writes Parquet.
    """
    try:
        import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("tillit.to_frame needs pandas: pip install 'tillit[pandas]'") from exc
    frame = pd.DataFrame(to_rows(docs, level), columns=list(COLUMNS[level]))
    return frame.astype(_dtypes(level))


def _dtypes(level: Level) -> dict[str, Any]:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    try:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

        date: Any = pd.ArrowDtype(pa.date32())
    except ImportError:  # pragma: no cover - pyarrow comes with the pandas extra
        date = object
    names = {"str": "string", "int": "Int64", "bool": "boolean", "date": date}
    return {c: names[t] for c, t in COLUMN_TYPES[level].items()}

"""Serialisation: JSON records and the JSON Schema of the output."""

from __future__ import annotations

import json
from typing import Any

from tillit.models import Document


def to_record(doc: Document) -> dict[str, Any]:
    """The document as a JSON-ready dict (dates as ISO strings)."""
    return doc.model_dump(mode="json")


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON; ``Document.model_validate_json`` reads it back unchanged."""
    return doc.model_dump_json(indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`Document` record."""
    return Document.model_json_schema()


def schema_json() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2)

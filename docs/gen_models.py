"""Render the reference tables of tillit's output models into docs/models.md.

The tables (field | type | default | description, one per model) are built from
``tillit.Document.model_json_schema()`` and its ``$defs``, so they cannot drift from the code.
They replace whatever stands between the two marker lines in ``docs/models.md``::

    <!-- BEGIN GENERATED: models -->
    <!-- END GENERATED: models -->

Everything outside the markers is hand-written and left as it is.

Usage, from the repository root::

    PYTHONPATH=. python docs/gen_models.py          # rewrite docs/models.md
    PYTHONPATH=. python docs/gen_models.py --check  # exit 1 if docs/models.md is out of date

``tests/test_docs.py`` imports :func:`render` and :func:`splice` and fails when the file is out of
date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MODELS_MD = ROOT / "docs" / "models.md"

BEGIN = "<!-- BEGIN GENERATED: models -->"
END = "<!-- END GENERATED: models -->"

#: The order the models are listed in; models not named here follow, alphabetically.
ORDER = (
    "Document", "Party", "Paragraph", "Proposal", "Signatory", "Diagnostic", "Evidence", "Span",
    "Quote", "Contact", "PublisherContact", "RelatedItem", "Reference", "Addressee", "Question",
)

_FORMATS = {"date": "date", "date-time": "date-time"}


def _schema() -> dict[str, Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import tillit

    schema: dict[str, Any] = tillit.Document.model_json_schema()
    return schema


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _link(name: str) -> str:
    return f"[{name}](#{name.lower()})"


def _type(prop: dict[str, Any]) -> str:
    """A property's type in JSON Schema terms, with links to the models it refers to."""
    if "$ref" in prop:
        return _link(_ref_name(prop["$ref"]))
    if "anyOf" in prop:
        return " | ".join(_type(p) for p in prop["anyOf"])
    if "enum" in prop:
        return " | ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in prop["enum"])
    if "const" in prop:
        return f"`{json.dumps(prop['const'], ensure_ascii=False)}`"
    kind = prop.get("type")
    if isinstance(kind, list):
        return " | ".join(_type({**prop, "type": k}) for k in kind)
    if kind == "array":
        items = prop.get("items")
        return f"array of {_type(items)}" if items else "array"
    if kind == "object":
        values = prop.get("additionalProperties")
        if isinstance(values, dict):
            return f"object of {_type(values)}"
        return "object"
    if kind is None:
        return "any"
    out = str(kind)
    if "format" in prop:
        out += f" ({_FORMATS.get(prop['format'], prop['format'])})"
    limits = [f"{word} {prop[key]}" for key, word in (
        ("minimum", "minimum"), ("maximum", "maximum"), ("exclusiveMinimum", "above"),
        ("exclusiveMaximum", "below"), ("minLength", "min. length"),
        ("maxLength", "max. length")) if key in prop]
    if limits:
        out += ", " + ", ".join(limits)
    return out


def _factory_default(model: str, field: str) -> str | None:
    """The default of a field whose default comes from a factory (absent from the schema)."""
    import tillit.models

    cls = getattr(tillit.models, model, None)
    info = getattr(cls, "model_fields", {}).get(field)
    if info is None or info.default_factory is None:
        return None
    value = info.default_factory()
    if isinstance(value, tuple):
        value = list(value)
    return json.dumps(value, ensure_ascii=False)


def _default(model: str, field: str, prop: dict[str, Any], required: set[str]) -> str:
    if field in required:
        return "required"
    if "default" in prop:
        return f"`{json.dumps(prop['default'], ensure_ascii=False)}`"
    factory = _factory_default(model, field)
    return f"`{factory}`" if factory is not None else "optional"


def _table(name: str, model: dict[str, Any]) -> list[str]:
    lines = [f"## {name}", ""]
    if model.get("description"):
        lines += [" ".join(model["description"].split()), ""]
    lines += ["| field | type | default | description |", "| --- | --- | --- | --- |"]
    required = set(model.get("required", ()))
    for field, prop in model.get("properties", {}).items():
        lines.append(
            f"| `{field}` | {_cell(_type(prop))} | {_cell(_default(name, field, prop, required))}"
            f" | {_cell(prop.get('description', ''))} |"
        )
    return lines


def models(schema: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Every model in the schema by name, Document first, in :data:`ORDER`."""
    schema = _schema() if schema is None else schema
    defs = dict(schema.get("$defs", {}))
    root = {k: v for k, v in schema.items() if k != "$defs"}
    found = {schema.get("title", "Document"): root, **defs}
    names = [n for n in ORDER if n in found] + sorted(n for n in found if n not in ORDER)
    return {n: found[n] for n in names}


def render(schema: dict[str, Any] | None = None) -> str:
    """The Markdown that belongs between the markers (without the marker lines themselves)."""
    out = ["<!-- Generated by docs/gen_models.py from tillit.Document.model_json_schema(). "
           "Do not edit by hand: run `PYTHONPATH=. python docs/gen_models.py`. -->", ""]
    for name, model in models(schema).items():
        out += _table(name, model)
        out.append("")
    return "\n".join(out)


def splice(document: str, block: str) -> str:
    """``document`` with the text between the markers replaced by ``block``."""
    start = document.find(BEGIN)
    end = document.find(END)
    if start < 0 or end < 0 or end < start:
        raise ValueError(f"docs/models.md needs the lines {BEGIN!r} and {END!r}, in that order")
    head = document[: start + len(BEGIN)]
    return f"{head}\n\n{block.strip()}\n\n{document[end:]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if docs/models.md is out of date")
    args = parser.parse_args(argv)
    current = MODELS_MD.read_text(encoding="utf-8")
    updated = splice(current, render())
    if args.check:
        if updated != current:
            print("docs/models.md is out of date: run PYTHONPATH=. python docs/gen_models.py",
                  file=sys.stderr)
            return 1
        return 0
    if updated != current:
        MODELS_MD.write_text(updated, encoding="utf-8")
        print("rewrote docs/models.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

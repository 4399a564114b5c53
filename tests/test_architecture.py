"""The pipeline's data flows one way: normalise → segment → roles → fields → resolve → build.

These tests read each module's imports, so a change that makes an extractor call another, or
the models depend on a renderer, fails here rather than in a later refactor.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tillit"


def _imports(path: Path) -> set[str]:
    """The tillit modules a file imports (``from tillit import x`` counts as tillit.x)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tillit"):
            if node.module in ("tillit", "tillit.extract"):
                out.update(f"{node.module}.{a.name}" for a in node.names)
            else:
                out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("tillit"))
    return out


EXTRACTORS = sorted(p for p in (PACKAGE / "extract").glob("*.py") if p.name != "__init__.py")
#: The later stages: no earlier stage may import one of them.
LATER = {"tillit.resolve", "tillit.build", "tillit.api", "tillit.batch", "tillit.readers",
         "tillit.cli"}
RENDERERS = {"tillit.display", "tillit.riksdagen", "tillit.export", "tillit.cli"}


@pytest.mark.parametrize("path", EXTRACTORS, ids=lambda p: p.stem)
def test_no_extractor_calls_another(path: Path) -> None:
    others = {f"tillit.extract.{p.stem}" for p in EXTRACTORS} - {f"tillit.extract.{path.stem}"}
    assert not _imports(path) & others
    assert not _imports(path) & LATER


@pytest.mark.parametrize("stage", ["blocks", "roles", "shapes", "classify", "text", "markup"])
def test_earlier_stages_import_no_later_one(stage: str) -> None:
    imported = _imports(PACKAGE / f"{stage}.py")
    assert not imported & LATER
    assert not {m for m in imported if m.startswith("tillit.extract")}


def test_models_import_no_renderer() -> None:
    assert not _imports(PACKAGE / "models.py") & (RENDERERS | LATER)


def test_api_only_drives_the_stages() -> None:
    """The choosing and inferring lives in tillit.resolve; api.py calls it once."""
    tree = ast.parse((PACKAGE / "api.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Attribute) and n.func.attr == "resolve"]
    assert len(calls) == 1
    assert "tillit.extract.organisation" not in _imports(PACKAGE / "api.py")


def _constructs_document(path: Path) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "Document"
               for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def test_only_the_build_stage_constructs_the_document() -> None:
    """api.py drives; tillit.build turns the resolved fields into the one public model."""
    stages = [PACKAGE / "api.py", PACKAGE / "resolve.py", PACKAGE / "classify.py", *EXTRACTORS]
    assert [p.name for p in stages if _constructs_document(p)] == []
    assert _constructs_document(PACKAGE / "build.py")
    assert "tillit.resolve" not in _imports(PACKAGE / "models.py")


def test_document_views_still_work_from_the_models() -> None:
    import tillit

    doc = tillit.parse("Motion till kommunfullmäktige i Lund\n\natt Lunds kommun gör något\n\n"
                       "Anna Andersson (V)\n")
    assert doc.to_riksdagen()["dokument"]["doktyp"] == "mot"
    assert doc._repr_html_().startswith("<")

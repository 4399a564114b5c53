"""Shared by tests that load one of the repository's scripts, run a Markdown page as a doctest
or read every stored text."""

from __future__ import annotations

import doctest
import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType


def load_script(path: Path) -> ModuleType:
    """The script at ``path`` as a module named after its file (registered, so dataclasses
    defined in it can look their module up)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def run_doctest(page: Path, folder: Path) -> doctest.TestResults:
    """Run the Markdown ``page`` as a doctest from ``folder`` (its examples use relative
    paths), whitespace normalised."""
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return doctest.testfile(str(page), module_relative=False,
                                optionflags=doctest.NORMALIZE_WHITESPACE)
    finally:
        os.chdir(cwd)


ROOT = Path(__file__).resolve().parents[1]


def stored_texts(*, seeds: bool = True) -> Iterator[str]:
    """Every stored text the repository holds (the seeds, if asked, then every ``.txt`` under
    ``tests/``), in path order; files that are not UTF-8 (decoding fixtures) are passed over."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) if seeds else []
    for path in [*paths, *sorted((ROOT / "tests").glob("**/*.txt"))]:
        try:
            yield path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue


def parsed(text: str) -> str:
    """``tillit.parse(text)`` as JSON, or the name of the tillit error it raises: what a
    test comparing a shortcut with the full reading compares."""
    import tillit

    try:
        return tillit.parse(text).model_dump_json()
    except tillit.TillitError as exc:
        return type(exc).__name__

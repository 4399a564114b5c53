"""to_riksdagen: tillit's fields under the names and value formats of Riksdagen's open data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import tillit
from tillit.models import Addressee, Document, Party, Proposal, Signatory
from tillit.riksdagen import to_riksdagen
from tillit.spans import Span

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = ROOT / "tests" / "corpus"

# Keys of a data.riksdagen.se/dokumentstatus/<dok_id>.json answer for a motion (2013/14:So1),
# as Riksdagen publishes them: the names to_riksdagen must stay within.
RIKSDAGEN_KEYS = {
    "dokument": {"hangar_id", "dok_id", "rm", "beteckning", "typ", "subtyp", "doktyp",
                 "tempbeteckning", "organ", "mottagare", "nummer", "slutnummer", "datum",
                 "systemdatum", "publicerad", "titel", "subtitel", "status", "htmlformat",
                 "relaterat_id", "source", "sourceid", "dokument_url_text",
                 "dokument_url_html", "dokumentstatus_url_xml"},
    "intressent": {"intressent_id", "namn", "partibet", "ordning", "roll"},
    "forslag": {"nummer", "beteckning", "lydelse", "lydelse2", "utskottet", "kammaren",
                "behandlas_i", "kammarbeslutstyp"},
    "uppgift": {"kod", "namn", "text"},
    "sections": {"dokument", "dokaktivitet", "dokintressent", "dokforslag", "dokuppgift",
                 "dokbilaga", "dokreferens"},
}


def _parse(path: Path) -> Document:
    return tillit.parse(path.read_text(encoding="utf-8"), source=path.name)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return [value]


def _check_names(out: dict[str, Any]) -> None:
    assert set(out) <= RIKSDAGEN_KEYS["sections"]
    assert set(out["dokument"]) <= RIKSDAGEN_KEYS["dokument"]
    for person in out["dokintressent"]["intressent"]:
        assert set(person) <= RIKSDAGEN_KEYS["intressent"]
    for item in out["dokforslag"]["forslag"]:
        assert set(item) <= RIKSDAGEN_KEYS["forslag"]
    for item in out["dokuppgift"]["uppgift"]:
        assert set(item) == RIKSDAGEN_KEYS["uppgift"]
    # like Riksdagen's JSON, every value is a string (or null when unknown)
    assert all(v is None or isinstance(v, str) for v in _leaves(out))


def test_every_fixture_uses_riksdagen_names_only() -> None:
    for path in [*SEEDS, *sorted(CORPUS.glob("*.txt"))]:
        out = _parse(path).to_riksdagen()
        _check_names(out)
        json.dumps(out)


def test_municipal_motion() -> None:
    doc = _parse(SEEDS[4])
    out = doc.to_riksdagen()
    assert out == to_riksdagen(doc)
    assert out["dokument"] == {"doktyp": "mot", "titel": doc.title,
                               "datum": "2022-01-27 00:00:00", "organ": "kommunfullmäktige"}
    people = out["dokintressent"]["intressent"]
    assert [p["namn"] for p in people] == [s.name for s in doc.signatories]
    assert [p["partibet"] for p in people] == ["V", "S", "V", "S", "MP", "FI"]
    assert [p["ordning"] for p in people] == ["1", "2", "3", "4", "5", "6"]
    assert {p["roll"] for p in people} == {"undertecknare"}
    assert out["dokforslag"]["forslag"] == [
        {"nummer": str(p.number), "lydelse": p.text} for p in doc.proposals]
    uppgift = {u["kod"]: u["text"] for u in out["dokuppgift"]["uppgift"]}
    assert uppgift["tillit_organisation"] == "Lunds kommun"
    assert uppgift["tillit_partier"] == "V, S, MP, FI"


def test_riksdag_motion_numbers() -> None:
    out = _parse(CORPUS / "018.txt").to_riksdagen()["dokument"]
    assert (out["rm"], out["beteckning"], out["nummer"]) == ("2015/16", "2163", "2163")
    assert out["datum"] == "2015-10-06 00:00:00"
    assert "organ" not in out  # the committee is not in the text
    committee = _parse(CORPUS / "033.txt").to_riksdagen()["dokument"]
    assert (committee["rm"], committee["beteckning"], committee["nummer"]) == (
        "2009/10", "Fi308", "308")
    assert committee["datum"] is None


def test_council_series_is_not_a_riksmote() -> None:
    out = _parse(SEEDS[3]).to_riksdagen()["dokument"]  # "Personalpolitisk motion 10"
    assert "rm" not in out
    assert (out["beteckning"], out["nummer"]) == ("10", "10")


def test_kinds_without_a_riksdagen_type() -> None:
    press = _parse(SEEDS[2])
    assert press.kind == "press_release"
    assert press.to_riksdagen()["dokument"]["doktyp"] is None
    ip = _parse(CORPUS / "005.txt")
    assert ip.kind == "interpellation"
    assert ip.to_riksdagen()["dokument"]["doktyp"] == "ip"


def test_unknown_party_and_addressee() -> None:
    span = Span(start=0, end=1)
    doc = Document(kind="question", title="Fråga", signatories=(
        Signatory(name="Anna Andersson", span=span),
        Signatory(name="Bo Berg", party=Party(code="C", name="Centerpartiet"), span=span)),
        addressee=Addressee(name="Eva Ek", role="kommunstyrelsens ordförande", span=span))
    out = doc.to_riksdagen()
    _check_names(out)
    assert out["dokument"]["doktyp"] == "fr"
    assert out["dokintressent"]["intressent"] == [
        {"namn": "Anna Andersson", "partibet": None, "ordning": "1", "roll": "undertecknare"},
        {"namn": "Bo Berg", "partibet": "C", "ordning": "2", "roll": "undertecknare"},
        {"namn": "kommunstyrelsens ordförande Eva Ek", "partibet": None, "ordning": "3",
         "roll": "stalldtill"}]


def test_citizen_proposal_proposer_signs() -> None:
    span = Span(start=0, end=1)
    doc = Document(kind="citizen_proposal", proposer=Signatory(name="Per Persson", span=span),
                   proposals=(Proposal(number=1, text="bygga en bro", verbatim="att bygga en bro",
                                       span=span),))
    out = doc.to_riksdagen()
    assert out["dokument"]["doktyp"] is None
    assert out["dokintressent"]["intressent"] == [
        {"namn": "Per Persson", "partibet": None, "ordning": "1", "roll": "undertecknare"}]
    assert out["dokforslag"]["forslag"] == [{"nummer": "1", "lydelse": "bygga en bro"}]

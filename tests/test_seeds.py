"""The seed table of issue 2, asserted field by field on the four motion seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import tillit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _parse(prefix: str) -> tuple[str, tillit.Document]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, tillit.parse(text, source=path.name)


def test_seed_000_orebro_markdown() -> None:
    _, doc = _parse("000")
    assert doc.kind == "motion"
    assert doc.title == "Hållbart arbetsliv och tillit är vägen fram"
    assert (doc.body, doc.body_inferred) == ("regionfullmäktige", False)
    assert (doc.organisation, doc.organisation_inferred) == ("Region Örebro län", False)
    assert [p.code for p in doc.parties] == ["V"]
    assert doc.date is None and doc.place is None
    assert len(doc.proposals) == 1
    assert doc.proposals[0].text.startswith("Region Örebro län tar initiativ till")
    assert doc.proposals[0].preamble == ("Med anledning av detta föreslår vi att "
                                         "regionfullmäktige beslutar")
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == [
        ("Jihad Menhem", "V"), ("Jessica Carlqvist", "V"), ("Maria Odheim Nielsen", "V"),
        ("Kenneth Lantz", "V"), ("Margareta Carlsson", "V"), ("Jon Fredriksson", "V")]
    assert not any(s.party_inferred for s in doc.signatories)
    assert {w.code for w in doc.warnings} >= {"no_date", "no_place"}


def test_seed_001_pdf_hard_wraps() -> None:
    _, doc = _parse("001")
    assert doc.kind == "motion"
    assert doc.title == "Tillit är vägen fram"
    assert doc.body in (None, "regionfullmäktige")
    assert (doc.organisation, doc.organisation_inferred) == ("Region Skåne", True)
    assert [p.code for p in doc.parties] == ["V"]
    assert doc.date is None and doc.place is None
    [proposal] = doc.proposals
    assert proposal.text == ("regionen tar initiativ till att tillsammans med alla fackförbund i "
                             "regionen arbeta fram en strategi för hur regionens organisation kan "
                             "öka personalens möjligheter till inflytande och makt")
    assert proposal.preamble == "Vänsterpartiet yrkar därför"
    assert doc.signatories == ()
    # The hard-wrapped paragraphs are reflowed: no paragraph ends mid-sentence.
    assert len(doc.paragraphs) == 4
    assert all(p.text.endswith(".") for p in doc.paragraphs)
    assert "organisation_inferred" in {w.code for w in doc.warnings}


def test_seed_003_series_number_place_date() -> None:
    _, doc = _parse("003")
    assert doc.title == "Tillit och trygghet – Ett tillitsbaserat ledarskap på alla nivåer"
    assert (doc.series, doc.number) == ("Personalpolitisk motion", "10")
    assert doc.body in (None, "regionfullmäktige")
    assert doc.organisation == "Region Gävleborg"
    assert [p.code for p in doc.parties] == ["S"]
    assert (doc.date, doc.place) == (dt.date(2023, 4, 4), "Gävle")
    assert len(doc.proposals) == 1
    assert doc.proposals[0].number == 1
    assert doc.proposals[0].text.startswith("Region Gävleborg utvecklar")
    assert [s.name for s in doc.signatories] == [
        "Eva Lindberg", "Jan Lahenkorva", "Marie-Louise Dangardt", "Lars Öberg", "Mona Davik",
        "Daniel Johansson", "Marcus Gard"]
    assert all(s.party and s.party.code == "S" for s in doc.signatories)


def test_seed_004_multi_party_lund() -> None:
    _, doc = _parse("004")
    assert doc.title == "Tillit är vägen fram för en modern organisation!"
    assert (doc.body, doc.organisation) == ("kommunfullmäktige", "Lunds kommun")
    assert not doc.organisation_inferred
    assert [p.code for p in doc.parties] == ["V", "S", "MP", "FI"]
    assert (doc.date, doc.place) == (dt.date(2022, 1, 27), None)
    assert [p.text for p in doc.proposals] == [
        "Lunds kommun påbörjar en övergång till tillitsbaserad styrning som genomsyrar hela "
        "kommunens organisation",
        "Lunds kommuns interna utbildningar för chefer och förtroendevalda fokuserar på "
        "tillitsbaserad styrning",
        "Lunds kommun tillsammans med de fackliga organisationerna arbetar fram en strategi för "
        "att öka personalens möjligheter till inflytande över sitt arbete och arbetsplatsens "
        "organisation",
    ]
    assert [p.number for p in doc.proposals] == [1, 2, 3]
    assert all(p.verbatim.startswith("- att**") for p in doc.proposals)
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == [
        ("Helena Falk", "V"), ("Fanny Johansson", "S"), ("Angelica Svensson", "V"),
        ("Anders Almgren", "S"), ("Karin Svensson Smith", "MP"), ("Maja Grubelic", "FI")]


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_every_span_slices_to_its_value(prefix: str) -> None:
    text, doc = _parse(prefix)
    fold = " ".join
    for key in ("title", "body", "organisation", "place"):
        value = getattr(doc, key)
        if value is not None and not (key in ("body", "organisation") and
                                      getattr(doc, f"{key}_inferred")):
            source = doc.spans[key].slice(text)
            assert source, key
    assert doc.spans["title"].slice(text) == doc.title
    for p in doc.proposals:
        assert p.span.slice(text) == p.verbatim
        assert fold(p.text.split()) in fold(p.verbatim.replace("**", "").split())
    for s in doc.signatories:
        assert s.name in s.span.slice(text)
    for para in doc.paragraphs:
        source = para.span.slice(text)
        assert para.text.split()[0] in source and para.text.split()[-1] in source

"""A document under the field names of Riksdagen's open data (``dokumentstatus``).

``data.riksdagen.se/dokumentstatus/<dok_id>.json`` returns ``{"dokumentstatus": {"dokument":
{...}, "dokintressent": {"intressent": [...]}, "dokforslag": {"forslag": [...]}, "dokuppgift":
{"uppgift": [...]}, ...}}``. :func:`to_riksdagen` returns the inside of ``dokumentstatus`` with
the fields tillit extracts, under the same names and in the same value formats (all values are
strings, ``datum`` is ``"YYYY-MM-DD 00:00:00"``), so municipal and national motions can be
joined in one pipeline. The mapping is documented in ``docs/usage.md``.
"""

from __future__ import annotations

from typing import Any

from tillit.models import VIEWS, Document

#: tillit kind → Riksdagen ``doktyp``; kinds Riksdagen has no type for map to None.
DOKTYP: dict[str, str | None] = {
    "motion": "mot",
    "interpellation": "ip",
    "question": "fr",
    "press_release": None,
    "citizen_proposal": None,
    "unknown": None,
}



def _is_riksmote(series: str) -> bool:
    """A riksmöte such as "2021/22" (the form Riksdagen's ``rm`` uses)."""
    year, slash, next_year = series.partition("/")
    return bool(slash) and len(year) == 4 and len(next_year) == 2 and (
        year + next_year).isascii() and (year + next_year).isdigit()


def _trailing_number(text: str) -> str | None:
    """The digits ending ``text`` without leading zeros ("Fi308" → "308"), if any."""
    digits = len(text) - len(text.rstrip("0123456789"))
    return str(int(text[-digits:])) if digits else None


def _uppgift(kod: str, namn: str, text: str | None) -> dict[str, str] | None:
    return None if text is None else {"kod": kod, "namn": namn, "text": text}


def to_riksdagen(doc: Document) -> dict[str, Any]:
    """The document as the contents of a Riksdagen ``dokumentstatus`` record.

    Signatories (or a citizen proposal's proposer) are ``intressent`` entries with
    ``roll="undertecknare"``; the person an interpellation or question is put to is one with
    ``roll="stalldtill"``, as in Riksdagen's data. Keys that tillit cannot know (``dok_id``,
    ``intressent_id``, a motion's committee in ``organ``...) are left out rather than
    guessed. ``rm`` is set only when the series is a riksmöte ("2021/22");
    ``beteckning``/``nummer`` only when the document has a number. For council documents
    ``organ`` is the decision body ("kommunfullmäktige"), and the organisation, place and body
    flags, which Riksdagen has no field for, are ``dokuppgift.uppgift`` entries with tillit's
    own ``kod`` values.
    """
    dokument: dict[str, Any] = {"doktyp": DOKTYP[doc.kind], "titel": doc.title,
                                "datum": f"{doc.date.isoformat()} 00:00:00" if doc.date else None}
    if doc.series is not None and _is_riksmote(doc.series):
        dokument["rm"] = doc.series
    if doc.number is not None:
        dokument["beteckning"] = doc.number
        if (nummer := _trailing_number(doc.number)) is not None:
            dokument["nummer"] = nummer
    if doc.body is not None and doc.body != "riksdagen":
        dokument["organ"] = doc.body
    signers = list(doc.signatories)
    if not signers and doc.proposer is not None:
        signers = [doc.proposer]
    intressent = [{"namn": s.name, "partibet": s.party.code if s.party else None,
                   "ordning": str(i), "roll": "undertecknare"}
                  for i, s in enumerate(signers, 1)]
    if doc.addressee is not None and doc.addressee.name is not None:
        a = doc.addressee
        intressent.append({"namn": " ".join(x for x in (a.role, a.name) if x),
                           "partibet": a.party.code if a.party else None,
                           "ordning": str(len(intressent) + 1), "roll": "stalldtill"})
    forslag = [{"nummer": str(p.number), "lydelse": p.text} for p in doc.proposals]
    uppgift = [u for u in (
        _uppgift("tillit_organisation", "Organisation", doc.organisation),
        _uppgift("tillit_organisation_inferred", "Organisation härledd",
                 "1" if doc.organisation_inferred else "0") if doc.organisation else None,
        _uppgift("tillit_beslutsorgan", "Beslutsorgan", doc.body),
        _uppgift("tillit_beslutsorgan_inferred", "Beslutsorgan härlett",
                 "1" if doc.body_inferred else "0") if doc.body else None,
        _uppgift("tillit_ort", "Ort", doc.place),
        _uppgift("tillit_partier", "Partier", ", ".join(p.code for p in doc.parties) or None),
        _uppgift("tillit_kind", "Dokumentslag (tillit)", doc.kind),
        _uppgift("tillit_source", "Källa", doc.source),
    ) if u is not None]
    return {
        "dokument": dokument,
        "dokintressent": {"intressent": intressent},
        "dokforslag": {"forslag": forslag},
        "dokuppgift": {"uppgift": uppgift},
    }


VIEWS["riksdagen"] = to_riksdagen

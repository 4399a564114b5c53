"""Swedish language data (parties, bodies, organisations, cue phrases), loaded from ``data/``.

The tables live in TOML files so that adding a local party or a body is a data change, not a
code change. Everything here is read once and immutable afterwards.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from tillit.models import Party


def _load(name: str) -> dict[str, Any]:
    with resources.files("tillit.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Comparison key: case-folded, apostrophes unified, inner whitespace collapsed. A dotted
    capital "İ" keys as "i", as the patterns ignoring case read it ("kommunfullmäktİge": its
    full case folding, "i" and a combining dot, is in no table)."""
    text = text.replace("´", "'").replace("’", "'").replace("`", "'")
    folded = text.casefold()
    if "\u0307" in folded:
        folded = folded.replace("i\u0307", "i")
    return " ".join(folded.split())


@dataclass(frozen=True, slots=True)
class PartyEntry:
    """A party with every written form we accept for it."""

    party: Party
    aliases: tuple[str, ...]
    tags: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BodyEntry:
    """A decision body: canonical name, written forms, and the level of government it belongs to."""

    name: str
    forms: tuple[str, ...]
    level: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All language data the extractors use, with lookups keyed by :func:`fold`."""

    parties: tuple[PartyEntry, ...]
    bodies: tuple[BodyEntry, ...]
    cues: dict[str, Any]
    party_by_tag: dict[str, Party]
    party_by_alias: dict[str, Party]
    body_by_form: dict[str, BodyEntry]
    #: folded base place name ("lund") or folded official/alias -> official municipality name
    municipality: dict[str, str]
    #: folded official name, alias or genitive -> official region name
    region: dict[str, str]

    def cue(self, section: str, key: str) -> list[str]:
        """A cue list from ``cues.toml``."""
        value: list[str] = self.cues[section][key]
        return value

    def folded(self, section: str, key: str) -> frozenset[str]:
        """A cue list from ``cues.toml`` as a set of :func:`fold` keys, for membership tests."""
        cache_key = (id(self), section, key)
        hit = _FOLDED.get(cache_key)
        if hit is None:
            hit = _FOLDED[cache_key] = frozenset(fold(w) for w in self.cue(section, key))
        return hit

    def prefixes(self, section: str, key: str) -> tuple[str, ...]:
        """A cue list of line prefixes as :func:`fold` keys for ``str.startswith``, each keeping
        the space it ends with: "Följ " is no prefix of "Följande", "Foto " none of
        "Fotografen"."""
        return tuple(fold(w) + (" " if w.endswith(" ") else "") for w in self.cue(section, key))

    def cue_map(self, section: str) -> dict[str, str]:
        """A cue table of word → value from ``cues.toml``."""
        value: dict[str, str] = self.cues[section]
        return value

    def party_from_tag(self, tag: str) -> Party | None:
        """The party of a parenthesised tag such as "S", "Mp", "fp", "cp"."""
        return self.party_by_tag.get(fold(tag))

    def party_from_name(self, text: str) -> Party | None:
        """The party named exactly by ``text`` (a name, alias, or code), if any."""
        key = fold(text)
        return self.party_by_alias.get(key) or self.party_by_tag.get(key)

    def assembly(self, level: str | None) -> str | None:
        """The assembly of a level of government: "kommun" → kommunfullmäktige; the Riksdag's
        is the Riksdag itself."""
        return next((b.name for b in self.bodies if b.level == level
                     and (b.name.endswith("fullmäktige") or level == "riksdag")), None)

    def party_from_adjective(self, word: str) -> Party | None:
        """The party of an adjective such as "kristdemokratiska" or "socialdemokratiska"."""
        key = fold(word)
        for entry in self.parties:
            if any(key.startswith(fold(adj)) for adj in entry.adjectives):
                return entry.party
        return None


#: Folded cue sets by (lexicon id, section, key); filled on first use, never changed after.
_FOLDED: dict[tuple[int, str, str], frozenset[str]] = {}


def genitive(name: str) -> str:
    """Genitive of a place name: "Lund" → "Lunds", "Gnesta" → "Gnesta", "Borås" → "Borås"."""
    if not name or name[-1] in "sxzSXZ" or name[-1].lower() in "aeiouyåäö":
        return name
    return name + "s"


@cache
def lexicon() -> Lexicon:
    """The default lexicon, loaded once from the package data."""
    parties_raw = _load("parties.toml")["party"]
    parties = tuple(
        PartyEntry(
            party=Party(code=p["code"], name=p["name"]),
            aliases=tuple(p.get("aliases", ())),
            tags=tuple(p.get("tags", ())),
            adjectives=tuple(p.get("adjectives", ())),
        )
        for p in parties_raw
    )
    party_by_tag: dict[str, Party] = {}
    party_by_alias: dict[str, Party] = {}
    for entry in parties:
        for tag in (entry.party.code, *entry.tags):
            party_by_tag.setdefault(fold(tag), entry.party)
        for alias in (entry.party.name, *entry.aliases):
            party_by_alias.setdefault(fold(alias), entry.party)

    bodies = tuple(
        BodyEntry(name=b["name"], forms=tuple(b["forms"]), level=b["level"])
        for b in _load("bodies.toml")["body"]
    )
    body_by_form = {fold(form): b for b in bodies for form in (b.name, *b.forms)}

    orgs = _load("organisations.toml")
    municipality: dict[str, str] = {}
    for m in orgs.get("municipality", []):
        official = m["official"]
        for key in (m["name"], official, *m.get("aliases", ())):
            municipality.setdefault(fold(key), official)
        if official.endswith(" kommun"):
            municipality.setdefault(fold(official[: -len(" kommun")]), official)
    region: dict[str, str] = {}
    for r in orgs.get("region", []):
        official = r["official"]
        for key in (official, *r.get("aliases", ())):
            region.setdefault(fold(key), official)
            region.setdefault(fold(key + "s" if not key.endswith("s") else key), official)

    return Lexicon(
        parties=parties,
        bodies=bodies,
        cues=_load("cues.toml"),
        party_by_tag=party_by_tag,
        party_by_alias=party_by_alias,
        body_by_form=body_by_form,
        municipality=municipality,
        region=region,
    )


@dataclass(frozen=True, slots=True)
class NameTable:
    """Common Swedish first names and surnames with relative frequency, keyed by :func:`fold`.

    Evidence that a token is a person name, e.g. when judging a signature line ("Anna Andersson").
    """

    first: dict[str, float]
    surname: dict[str, float]

    def is_first(self, word: str) -> bool:
        """Whether ``word`` is a listed first name, in any case ("ANNA", "Ann-Marie")."""
        return fold(word) in self.first

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is a listed surname, in any case ("ANDERSSON", "Åberg")."""
        return fold(word) in self.surname

    def is_first_name(self, word: str) -> bool:
        """A listed first name, or a hyphenated pair of them ("Alf-Erik", "Ann-Marie")."""
        return self.is_first(word) or ("-" in word and all(self.is_first(w)
                                                           for w in word.split("-")))

    def names_a_person(self, name: str) -> bool:
        """Whether a name opens with a first name (:meth:`is_first_name`) or ends with a
        listed surname."""
        words = name.split()
        return len(words) >= 2 and (self.is_first_name(words[0]) or self.is_surname(words[-1]))


@cache
def names() -> NameTable:
    """The name table from ``data/names.toml`` (made by ``scripts/make_names.py``), loaded once."""
    raw = _load("names.toml")
    return NameTable(
        first={fold(name): float(freq) for name, freq in raw["first"].items()},
        surname={fold(name): float(freq) for name, freq in raw["surname"].items()},
    )

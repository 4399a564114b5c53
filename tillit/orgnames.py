"""Organisation names: the canonical form of a municipality's or region's name, whatever
style the text writes it in (kommun/stad, landsting/region, genitive), from the lexicon's
tables."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from tillit.lexicon import fold, genitive, lexicon

_APOSTROPHE_S = ("´s", "'s", "’s")
#: Pieces of words one of which every organisation mention contains ("[Rr]egion",
#: "[Ll]andsting", "[Kk]ommun", "[Ss]tad"): a cheap test before the pattern.
ORG_WORDS = ("kommun", "Kommun", "egion", "andsting", "tad")


def _strip_genitive(name: str) -> str:
    for suffix in _APOSTROPHE_S:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def municipality(base: str) -> str:
    """Official municipality name from a base or genitive: "Lund"/"Lunds" → "Lunds kommun"."""
    return known_municipality(base) or f"{genitive(_strip_genitive(base.strip()))} kommun"


def known_municipality(base: str) -> str | None:
    """The official name of the municipality the table lists for a base or genitive, or None.

    "Låt Staffanstorps kommun": a capitalised word before the name is not part of it when the
    rest is a municipality."""
    lex = lexicon()
    words = _strip_genitive(base.strip()).split()
    for start in range(len(words)):
        rest = " ".join(words[start:])
        for key in (rest, rest[:-1] if rest.endswith("s") else None):
            if key and (hit := lex.municipality.get(fold(key))):
                return hit
    return None


#: Where a place runs into a capitalised word with no space between ("DanderydInterpellation":
#: two lines of a page glued by a scraper).
_GLUED = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


def unglued(place: str) -> int:
    """The length of the listed municipality that opens ``place`` where a scraper glued the next
    word to it ("DanderydInterpellation" → 8), or ``len(place)`` for a place as written."""
    lex = lexicon()
    if fold(place) in lex.municipality:
        return len(place)
    for m in _GLUED.finditer(place):
        head = fold(place[: m.start()])
        if head in lex.municipality or (head.endswith("s") and head[:-1] in lex.municipality):
            cut: int = m.start()
            return cut
    return len(place)


def region(name: str) -> str | None:
    """Official name of a region from any listed form ("Region Skånes", "Skåne"), else None."""
    lex = lexicon()
    key = fold(_strip_genitive(name))
    if key in lex.region:
        return lex.region[key]
    if key.startswith("region ") and fold("region " + key[7:].rstrip("s")) in lex.region:
        return lex.region[fold("region " + key[7:].rstrip("s"))]
    return None


def canonical(phrase: str, level: str | None = None) -> str:
    """Canonical organisation for a phrase in an addressee line, given the body's level."""
    phrase = phrase.strip()
    for suffix in (" stads", " stad", " kommuns"):
        if phrase.endswith(suffix):
            phrase = phrase[: -len(suffix)]
            level = level or "kommun"
            break
    words = phrase.split()
    if level in (None, "region", "landsting") and (hit := region(phrase)):
        return hit
    if words and words[0] == "Region":
        for n in range(len(words), 1, -1):
            if hit := region(" ".join(words[:n])):
                return hit
        return _strip_genitive(phrase[:-1] if phrase.endswith("s") else phrase)
    if level == "landsting":
        if fold(phrase).startswith("landstinget "):
            return phrase[0].upper() + phrase[1:]  # "landstinget i Gävleborg" in running text
        base = phrase[:-1] if phrase.endswith("s") and not phrase.endswith("läns") else phrase
        return f"{base} landsting" if base.endswith("läns") else f"Landstinget i {base}"
    lowered = fold(phrase)
    if lowered.endswith(" kommun") or lowered.endswith(" kommuns"):
        return municipality(phrase.rsplit(" ", 1)[0])
    return municipality(phrase)


def level_of(organisation: str) -> str | None:
    """The level of government an organisation belongs to: "kommun", "region", "landsting"."""
    lowered = fold(organisation)
    if lowered.endswith(" kommun"):
        return "kommun"
    if lowered.startswith("region ") or lowered.endswith("regionen"):
        return "region"
    if "landsting" in lowered:
        return "landsting"
    return None


def mention_value(m: Any, *, listed: bool = True) -> str | None:
    """Canonical organisation for one :data:`patterns.ORG_MENTION` match; with ``listed``, a
    "<Name> kommun" only where the table lists the name."""
    if m.group("region"):
        # "region Örebro län" in running text: only a region the table lists.
        phrase = m.group("region")
        return region(phrase) or (canonical(phrase) if phrase[0] == "R" else None)
    if m.group("vgr"):
        return region(m.group("vgr")) or str(m.group("vgr"))
    if m.group("landsting"):
        phrase = m.group("landsting")
        return region(phrase) or canonical(phrase.removesuffix(" landsting"), "landsting")
    # In running text "En kommun kan …" is no municipality "En": only the table's names count.
    read = known_municipality if listed else municipality
    if m.group("stad"):
        return known_municipality(m.group("kname"))  # "Eviga stad" is no municipality
    if m.group("kommun"):
        return read(m.group("kname"))
    if m.group("kplace"):
        return read(m.group("kplace"))
    if m.group("isname"):
        return known_municipality(m.group("isname"))  # a listed name only, even in a header
    return None


def identity(name: str) -> str:
    """A key that is the same for every style of one organisation's name.

    "Helsingborgs stad" and "Helsingborgs kommun", "Landstinget Västmanland" and
    "Region Västmanland", "Lunds kommuns" and "Lunds kommun" give one key; a name that is no
    known municipality or region keys as itself, folded.
    """
    lex = lexicon()
    key = fold(_strip_genitive(name.strip()))
    if key in lex.region:
        return lex.region[key]
    for prefix in ("landstinget i ", "landstinget "):
        if key.startswith(prefix) and (hit := region(key[len(prefix):])):
            return hit
    if key.endswith(" landsting") and (hit := region(key[: -len(" landsting")])):
        return hit
    for suffix in (" kommuns", " kommun", " stads", " stad"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    for base in (key, key[:-1] if key.endswith("s") else None):
        if base and (hit := lex.municipality.get(base)):
            return hit
    return key


#: A word of an upper-case line.
_CAPS_WORD = regex.compile(r"\p{L}[\p{L}-]*", regex.VERSION1)


#: Words of an organisation's name that stay lower case ("Lunds kommun", "Stockholms stad").
_LOWER_WORDS = frozenset(("kommun", "kommuns", "stad", "stads", "län", "läns"))


def _place_case(words: str) -> str | None:
    """``words`` (lower case) cased as the tables write the municipality or region they
    name ("lunds kommun" → "Lunds kommun", "skåne" → "Skåne"), or None if they name none."""
    lex = lexicon()
    key = fold(words)
    for k in (key, key[:-1] if key.endswith("s") else None):
        hit = (lex.municipality.get(k) or lex.region.get(k)) if k else None
        if hit is None:
            continue
        if fold(hit) == key and len(hit) == len(words):
            return hit
        return " ".join(w if w in _LOWER_WORDS else w.capitalize() for w in words.split(" "))
    return None


@lru_cache(maxsize=1)
def _pair_firsts() -> frozenset[str]:
    """The first words of the municipality and region keys of two words or more: a pair of
    words is a place only where its first word, folded, is one of these."""
    lex = lexicon()
    return frozenset(k.split(" ", 1)[0] for table in (lex.municipality, lex.region)
                     for k in table if " " in k)


def recased(text: str) -> str:
    """An upper-case line as running text writes it, the same length ("MOTION OM BÄNKAR I
    LUNDS KOMMUN" → "motion om bänkar i Lunds kommun"): lower case, with the places that the
    municipality and region tables list (one or two words) cased as the tables write them."""
    low = text.lower()
    if len(low) != len(text):
        return text
    out = list(low)
    words = list(_CAPS_WORD.finditer(low))
    # A pair's key is its words folded, one space between (a word holds no space nor
    # apostrophe): it is listed only where its first word opens a listed key of two words.
    firsts = _pair_firsts()
    skip = False
    for i, m in enumerate(words):
        if skip:
            skip = False
            continue
        pair = words[i + 1] if i + 1 < len(words) else None
        if pair is not None and low[m.end():pair.start()] == " " and \
                fold(m.group()) in firsts and (
                cased := _place_case(low[m.start():pair.end()])) is not None:
            out[m.start():pair.end()] = cased
            skip = True
        elif (cased := _place_case(m.group())) is not None:
            out[m.start():m.end()] = cased
    return "".join(out)


def readable(text: str) -> str:
    """``text`` as running text writes it when it is set in capitals (:func:`recased`, the
    same length), else ``text``: patterns that read names and places can then match."""
    if not text.isupper():
        return text
    return _recased_line(text) if len(text) <= _LINE else recased(text)


#: Texts up to this long are recased through a cache (a line repeated down a document).
_LINE = 200


@lru_cache(maxsize=4096)
def _recased_line(text: str) -> str:
    return recased(text)


def titled(text: str) -> str:
    """A line in capitals with each word capitalised, the same length ("… | SVERIGEDEMOKRATERNA
    SALA" → "… | Sverigedemokraterna Sala", "STAFFANSTORPSPARTIET" → "Staffanstorpspartiet"),
    so names in it read as names; any other text as it is."""
    if not text.isupper():
        return text
    out = text.title()
    return out if len(out) == len(text) else text

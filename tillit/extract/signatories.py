"""Signatories: names with party tags, roles, group headings and party lines.

Signature lines come in many shapes: "Helena Falk (V)", "Eva Lindberg, Socialdemokraterna",
"*Jihad Menhem*" under "För Vänsterpartiet i Region Örebro län",
"Mattias Krantz   Sverigedemokraterna i Mark", "/Lina Särén", two tagged names on one line,
"Anna Andersson och Bengt Berg (båda KD)", or bare names followed by a line naming their party.
A signature line must consist of nothing but these parts; anything else ends the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from tillit import patterns as P
from tillit.blocks import Block
from tillit.dates import parse_date
from tillit.extract import Found
from tillit.extract.header import is_prose, party_line
from tillit.lexicon import fold, lexicon
from tillit.models import Party, Signatory
from tillit.spans import Span
from tillit.text import Mapped, identity

#: First words of a group heading ("För Vänsterpartiet …"), to skip the pattern on other lines.
GROUP_STARTS = tuple(w + " " for w in lexicon().cue("signatures", "group_prefixes"))
#: A remainder after the names that only says where the signers come from ("i Tvärålund").
_PLACES = regex.compile(r"^(?:i[ ]+\p{Lu}[\p{L}-]+[ ]*)+$", regex.VERSION1)
_LEAD = regex.compile(r"^[/–—-][ ]*", regex.VERSION1)
#: Words that open a capitalised phrase that is not a person's name.
_NOT_NAME_START = frozenset({"region", "landstinget", "motion", "för", "med", "please", "till",
                             "om", "av", "i", "vi", "jag", "det", "den", "nya"})


@dataclass(slots=True)
class Sig:
    """One signature before it becomes a :class:`Signatory`."""

    name: str
    span_start: int
    span_end: int
    party: Party | None = None
    role: str | None = None


def _party_in(rest: str) -> Party | None:
    lex = lexicon()
    m = P.PARTY_NAME.search(rest, timeout=P.TIMEOUT)
    if m:
        return lex.party_from_name(m.group("party"))
    for word in regex.findall(r"[\p{L}!]+", rest):
        if word.isupper() and (party := lex.party_from_tag(word)):
            return party
    return None


def _valid_name(name: str) -> bool:
    lex = lexicon()
    first = name.split(" ", 1)[0]
    if fold(first) in _NOT_NAME_START:
        return False
    return lex.party_from_name(name) is None and not P.PARTY_NAME.search(name)


def parse_line(line: Mapped) -> list[Sig]:
    """The signatures on one line, or [] when the line is not a signature line."""
    text = line.text
    lead = _LEAD.match(text)
    pos = lead.end() if lead else 0
    lex = lexicon()
    shared = P.SHARED_TAG.match(text, pos, timeout=P.TIMEOUT)
    if shared:
        party = lex.party_from_tag(shared.group("tag"))
        sigs = []
        for m in P.NAME_ONLY.finditer(text, shared.start("names"), shared.end("names")):
            if _valid_name(m.group("name")):
                sigs.append(Sig(m.group("name"), m.start(), m.end(), party))
        return [_mapped(s, line) for s in sigs]
    sigs = []
    while pos < len(text):
        m = P.SIGNATURE.match(text, pos, timeout=P.TIMEOUT)
        if not m or not _valid_name(m.group("name")):
            break
        party = tag_party(m.group("tag")) if m.group("tag") else None
        sigs.append(Sig(m.group("name"), m.start(), m.end(), party))
        pos = m.end()
        sep = regex.match(r"[ ]*(?:,[ ]*|[ ]+och[ ]+)?", text[pos:])
        nxt = pos + (sep.end() if sep else 0)
        if not m.group("tag") or not P.SIGNATURE.match(text, nxt, timeout=P.TIMEOUT):
            break
        pos = nxt
    if not sigs:
        return []
    rest = text[pos:].strip()
    if rest:
        if len(sigs) > 1 and not _PLACES.match(rest):
            return []
        if not _rest(rest, sigs[-1]):
            return []
    if len(sigs) > 1 and any(s.party is None for s in sigs):
        return []
    return [_mapped(s, line) for s in sigs]


def tag_party(tag: str) -> Party:
    """The party of a parenthesised tag; an unlisted tag ("SJVP") is a local party's code."""
    return lexicon().party_from_tag(tag) or Party(code=tag, name=tag)


def _rest(rest: str, sig: Sig) -> bool:
    """Read what follows the name: a party, "i <place>", or a role. False if it is prose."""
    if _PLACES.match(rest):
        return True
    cleaned = rest.lstrip(",–—- ").strip()
    if not cleaned or len(cleaned) > 80 or regex.search(r"[.!?]\s+\p{Lu}", cleaned):
        return False
    if (exact := lexicon().party_from_name(cleaned)) is not None:
        sig.party = sig.party or exact
        return True
    tag = P.PARTY_TAG.search(cleaned, timeout=P.TIMEOUT)
    if tag is not None:
        sig.party = sig.party or tag_party(tag.group("tag"))
        role = (cleaned[: tag.start()] + cleaned[tag.end():]).strip(" ,")
        sig.role = sig.role or role or None
        return True
    party = _party_in(cleaned)
    if party is not None:
        if sig.party is None:
            sig.party = party
        leftover = P.PARTY_NAME.sub("", cleaned).strip(" ,")
        if sig.role is None and leftover and rest.startswith(",") and not leftover.startswith("i "):
            sig.role = leftover
        return True
    if rest[:1] in ",–—-" or len(cleaned.split()) <= 6:
        sig.role = cleaned
        return True
    return False


def _mapped(sig: Sig, line: Mapped) -> Sig:
    span = line.span(sig.span_start, sig.span_end)
    return Sig(sig.name, span.start, span.end, sig.party, sig.role)


def is_signature(text: str) -> bool:
    """True when a line reads as one or more signatures."""
    return bool(parse_line(identity(text)))


@dataclass(slots=True)
class Run:
    """A run of consecutive signature lines and the headings that govern them."""

    sigs: list[Sig] = field(default_factory=list)
    #: Index into ``sigs`` where the current party group starts.
    group_start: int = 0


def _group_party(text: str, local: dict[str, Party]) -> Party | None:
    party = _party_in(text)
    if party is not None:
        return party
    lex = lexicon()
    for word in text.split():
        if party := lex.party_from_adjective(word):
            return party
    for key, p in local.items():
        if key in fold(text):
            return p
    return None


def extract(
    blocks: list[Block], start: int, local: dict[str, Party], prefer_last: bool
) -> tuple[list[Signatory], list[Found[Party]]]:
    """Signatories from ``blocks[start:]``; also the parties their group headings name.

    ``local`` maps folded local party names to parties, so a bare "Nya Ulricehamn" line after
    the names gives their party. With ``prefer_last`` the last run of signatures wins (no
    proposals to anchor the signature block), else the first.
    """
    lex = lexicon()
    heads = lex.folded("signatures", "headings")
    roles = lex.folded("signatures", "roles")
    runs: list[Run] = []
    run = Run()
    group: Party | None = None
    group_found: list[Found[Party]] = []

    def close() -> None:
        nonlocal run
        if run.sigs:
            runs.append(run)
        run = Run()

    for block in blocks[start:]:
        if is_prose(block):
            close()
            group = None
            continue
        for line in block.lines:
            text = line.text.text
            if not text:
                continue
            gm = (P.GROUP_HEADING.match(text, timeout=P.TIMEOUT)
                  if text.startswith(GROUP_STARTS) else None)
            if gm and (party := _group_party(gm.group("group"), local)):
                group = party
                run.group_start = len(run.sigs)
                group_found.append(Found(party, line.text.span()))
                continue
            key = fold(text)
            if key in heads or parse_date(text) is not None:
                continue
            if len(text) < 60 and any(c.isdigit() for c in text) and \
                    (pd := P.PLACE_DATE.match(text)) and parse_date(pd.group("date")) is not None:
                continue
            if fold(text) in roles and run.sigs:
                if run.sigs[-1].role is None:
                    run.sigs[-1].role = text
                continue
            party = party_line(text) or local.get(fold(text))
            if party is not None and run.sigs:
                for sig in run.sigs[run.group_start:]:
                    if sig.party is None:
                        sig.party = party
                run.group_start = len(run.sigs)
                continue
            # A signature has at least two words; a single word was handled above.
            sigs = parse_line(line.text) if " " in text else []
            if sigs:
                for sig in sigs:
                    if sig.party is None and group is not None:
                        sig.party = group
                run.sigs.extend(sigs)
                continue
            close()
    close()
    if not runs:
        return [], group_found
    chosen = runs[-1] if prefer_last else runs[0]
    out = [
        Signatory(name=s.name, party=s.party, role=s.role,
                  span=Span(start=s.span_start, end=s.span_end))
        for s in chosen.sigs
    ]
    return out, group_found

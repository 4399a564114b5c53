"""Signatories: names with party tags, roles, group headings and party lines.

Signature lines come in many shapes: "Helena Falk (V)", "Eva Lindberg, Socialdemokraterna",
"*Jihad Menhem*" under "För Vänsterpartiet i Region Örebro län",
"Mattias Krantz   Sverigedemokraterna i Mark", "/Lina Särén", two tagged names on one line,
"Anna Andersson och Bengt Berg (båda KD)", or bare names followed by a line naming their party.
A signature line must consist of nothing but these parts; anything else ends the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from tillit import patterns as P
from tillit.blocks import Block
from tillit.extract import Found
from tillit.lexicon import fold, lexicon, names
from tillit.models import Party, Signatory
from tillit.roles import LABELLED_SIGNER, OUTSIDE, RULE, Roles
from tillit.shapes import (
    COLUMN_GAP,
    GROUP_STARTS,
    SENTENCE_ENDS,
    Sig,
    group_party,
    is_date_line,
    is_home_place,
    name_list,
    party_line,
    signature_tail,
    signatures,
    suffix_party,
    tag_party,
)
from tillit.shapes import (
    local_party as local_party_of,
)
from tillit.spans import Span
from tillit.text import Mapped


@dataclass(slots=True)
class Run:
    """A run of consecutive signature lines and the headings that govern them."""

    sigs: list[Sig] = field(default_factory=list)
    #: Index into ``sigs`` where the current party group starts.
    group_start: int = 0
    #: How many signatures the last signature line held (columns of names).
    last_line: int = 0


#: List marks that only lists use; a signature may stand after a dash ("– Anna Berg").
_BULLETS = frozenset("•\uf0b7▪◦●")

def _group_party(text: str, local: dict[str, Party]) -> Party | None:
    party = group_party(text)
    if party is not None:
        return party
    for key, p in local.items():
        if key in fold(text):
            return p
    return None


#: What sets a group's names apart from it on one line: "För Socialdemokraterna: Anna Berg
#: och Per Holm", "Vänsterpartiet genom Anna Berg".
_GROUP_SEPARATORS = (": ", " genom ")


def _group_with_names(line: Mapped, local: dict[str, Party]) -> tuple[Party, list[Sig]] | None:
    """A group heading and its names on one line: after the separator only names, each tagged
    with the group's party or led by a listed first name."""
    text = line.text
    for sep in _GROUP_SEPARATORS:
        at = text.find(sep)
        if at <= 0 or len(text) > _GLUED_LINE:
            continue
        head = text[:at]
        gm = P.GROUP_HEADING.match(head) if head.startswith(GROUP_STARTS) else None
        party = _group_party(gm.group("group"), local) if gm else (
            party_line(head) or _group_line(head))  # "Vänsterpartiets fullmäktigegrupp genom …"
        if party is None:
            continue
        rest = line.slice(at + len(sep), len(text))
        if rest.text.rstrip().endswith(SENTENCE_ENDS):
            continue  # "Vänsterpartiet genom Anna Berg anser …": prose
        found = signatures(rest) or name_list(rest)
        if found and all(sig.party == party or (sig.party is None and names().is_first_name(
                sig.name.split()[0])) for sig in found):
            return party, found  # untagged, each a listed first name: not "Stadsparken Lund"
    return None


#: A group heading with its names is a short line.
_GLUED_LINE = 200


#: What may follow a form's signer: ", 2021-11-16 13:42" (a submission stamp).
_STAMP = regex.compile(r"[ ]*,[ ]*\d{4}-\d{2}-\d{2}(?:[ ]+\d{1,2}[:.]\d{2})?[ ]*$")


#: Tags alone in their columns, however far apart: "(S) (MP)" (a tab became one space).
_TAGS_ALONE = regex.compile(r"\([^() ]{1,6}\)")


#: How a party group's name ends: "fullmäktigegrupp", "V-gruppen".
_GROUP_ENDS = ("grupp", "gruppen")


def _group_line(text: str) -> Party | None:
    """A party group named on a line of its own under the names: a shared tag ("(båda V)",
    "(alla S)") or the group ("Vänsterpartiets fullmäktigegrupp", "V-gruppen i Lund")."""
    m = P.PARTY_TAG.fullmatch(text)
    if m is not None and m.group("group"):
        return lexicon().party_from_tag(m.group("tag"))
    words = text.split(" i ", 1)[0].split()
    if 0 < len(words) <= 3 and len(text) <= 60 and words[-1].casefold().endswith(_GROUP_ENDS) \
            and text[-1:] not in SENTENCE_ENDS:
        return group_party(text)
    return None


def _tag_alone(text: str) -> Party | None:
    """A listed party tag alone in its column: "(S)", "(MP)", "KD"."""
    if text[:1] == "(" and text[-1:] == ")":
        return lexicon().party_from_tag(text[1:-1].strip())
    if text.isupper() and len(text) <= 3:
        return lexicon().party_from_tag(text)
    return None


#: Between parties listed on one line: "Centerpartiet, Kristdemokraterna", "S och MP".
_PARTY_SEP = regex.compile(r"[ ]*(?:,|&|/|[ ]och[ ])[ ]*")


def _listed_parties(text: str) -> list[Party] | None:
    """Parties listed on one line, in the order of the names above them: "Centerpartiet,
    Kristdemokraterna", "S och MP", or "Centerpartiet Kristdemokraterna" (a web page collapses
    the columns' spaces). Every part must be a party's exact name or code."""
    parts = _PARTY_SEP.split(text)
    if len(parts) < 2:
        parts = text.split(" ")
        if len(parts) < 2:
            return None
    parties = [lexicon().party_from_name(part) for part in parts]
    return None if any(p is None for p in parties) else [p for p in parties if p is not None]


def _column_parties(text: str, local: dict[str, Party], listed: bool = True
                    ) -> list[Party] | None:
    """Parties in two or more columns of one line ("Centerpartiet    Kristdemokraterna",
    "(S)    (MP)") or listed on it."""
    text = text.strip()
    if text[:1] == "(":
        cols = _TAGS_ALONE.findall(text)
        if "".join(cols) != text.replace(" ", ""):
            return None  # words besides the tags
    elif "\t" in text or "  " in text:  # every COLUMN_GAP match holds one of the two
        cols = COLUMN_GAP.split(text)
    else:
        # (``listed``: the line above held several names, whose parties a list may give)
        return _listed_parties(text) if listed else None
    if len(cols) < 2:
        return None
    parties = [party_line(c) or local.get(fold(c)) or _tag_alone(c) for c in cols]
    return None if any(p is None for p in parties) else [p for p in parties if p is not None]


def _labelled(blocks: list[Block], roles: Roles) -> list[Signatory]:
    """Signers written as a form's value under a signer label ("Författare", "Inlämnad av:"):
    a name with or without a tag, or a portal's user name, as printed."""
    out: list[Signatory] = []
    for lr in roles.may_sign():  # (the lines noted: a line of neither kind adds nothing)
        if lr.role == "signature" and "signer_inline" in lr.features:
            line = blocks[lr.block].lines[lr.line].text
            m = P.SIGNER_INLINE.match(line.text)
            if m is not None:
                named = line.slice(m.end(), len(line.text))
                # (several names untagged: "Motionären är Anna Berg, Per Holm och Eva Ek")
                found = signatures(named) or name_list(named)
                out += [Signatory(name=s.name, party=s.party, span=Span(
                    start=s.span_start, end=s.span_end)) for s in found]
                if not found and (rm := P.REVERSED_NAME.match(line.text, m.end())) is not None:
                    # "Namn: Svensson, Anna": surname first, kept as printed
                    out.append(Signatory(
                        name=rm.group("name"), span=line.span(rm.start("name"), rm.end("name")),
                        party=tag_party(rm.group("tag")) if rm.group("tag") else None))
            continue
        if lr.evidence != LABELLED_SIGNER:
            continue
        line = blocks[lr.block].lines[lr.line].text
        found = signatures(line)
        if found:
            out += [Signatory(name=s.name, party=s.party, span=Span(start=s.span_start,
                                                                    end=s.span_end))
                    for s in found]
            continue
        stamp = _STAMP.search(line.text)
        value = line.text[: stamp.start()] if stamp else line.text
        if 0 < len(value.split()) <= 4 and any(c.isalpha() for c in value) \
                and fold(value.strip(" ,:/!")) not in _GREETINGS:  # "Med vänlig hälsning"
            out.append(Signatory(name=value.strip(), span=line.span(0, len(value.rstrip()))))
    if out and (party := _party_field(blocks)) is not None:
        out = [s if s.party else s.model_copy(update={"party": party}) for s in out]
    return out


#: Closing greetings ("Med vänlig hälsning", "MVH"): the line above a name, never one.
_GREETINGS = lexicon().folded("signatures", "greetings")


def _party_field(blocks: list[Block]) -> Party | None:
    """The party a form's party field gives its signers ("Partinamn: Kalixpartiet")."""
    for block in blocks:
        for line in block.lines:
            text = line.text.text
            if text[:1] in ("P", "p") and (m := P.PARTY_FIELD.match(text)) is not None:
                value = text[m.end():].strip()
                return party_line(value) or lexicon().party_from_tag(value) or (
                    Party(code=value, name=value) if value else None)
    return None


def _group_lead(text: str, whole: Party | None) -> Party | None:
    """The party of a line that only names a party, maybe followed by "genom" ("through");
    ``whole`` is the caller's ``party_line(text)``, not read again."""
    if text.endswith(":") and whole is None:
        whole = party_line(text[:-1].rstrip())  # "Vänsterpartiet:" above the names
    words = text.rsplit(" ", 1)
    if len(words) == 2 and fold(words[1]) in _GROUP_SUFFIXES:
        text = words[0].rstrip(" ,")
        # "Kristdemokraternas fullmäktigegrupp genom", "Gnosjö Socialdemokratiska
        # kommunfullmäktigegrupp, genom": a group named by the party's genitive or adjective
        whole = party_line(text) or group_party(text)
    # "Skol och landsbygspartiet" above the name
    return whole if whole is not None else suffix_party(text)


_GROUP_SUFFIXES = lexicon().folded("signatures", "group_suffixes")


#: A conjunction alone on a line between two signers ("Per Holm (KD)" / "samt" / "Anna Berg").
_CONJUNCTIONS = lexicon().folded("proposal", "item_conjunctions")
#: Roles of lines that hold no signature: outside the document, or a contact.
_OUTSIDE = (*OUTSIDE, "contact")


def _wrapped_list(block: Block, roles: Roles, positions: range) -> list[Sig] | None:
    """Tagged names in one list wrapped over the block's lines, as PDF text breaks a long
    signature line ("… Fredrik Larsson (C), Crister" / "Persson (C), Torbjörn Edgren (C)"):
    read from the joined text when a line alone is no signature line and every name of the
    list carries its tag."""
    if block.text.text.count("(") < 2 or all(
            "signature" in roles.lines[i].features for i in positions) or any(
            line.marker is not None for line in block.lines) or len(block.text.text) > 2000:
        return None
    if any(roles.lines[i].role == "label" or fold(roles.lines[i].text) in _HEADS
           for i in positions):
        return None  # "Undertecknade" / "Anna Berg (V)": a heading over the list, no name
    sigs = signatures(block.text)
    if len(sigs) < 2 or any(s.party is None for s in sigs) or \
            len(sigs) != block.text.text.count("("):
        return None
    return sigs


#: Headings that open a list of signatories ("Undertecknare", "Motionärer"), folded.
_HEADS = lexicon().folded("signatures", "headings")


def anchor(blocks: list[Block], header_end: int, used: frozenset[int]) -> int:
    """Where signatures may begin: after the last proposal (or the header), or at a
    "Undertecknad"-style heading if one comes sooner."""
    at = max(used) + 1 if used else header_end
    for block in blocks:
        if len(block.text.text) < 40 and fold(block.text.text) in _HEADS:
            at = min(at, block.index)
    return at


def extract(
    blocks: list[Block], roles: Roles, header_end: int, used: frozenset[int],
    local_party: Party | None,
) -> tuple[list[Signatory], list[Found[Party]]]:
    """Signatories after the proposals (blocks ``used``) or the header; also the parties their
    group headings name. ``local_party`` (a local party the byline names) lets a bare "Nya
    Ulricehamn" line after the names give their party. Without proposals to anchor the
    signature block the last run of signatures wins, else the first."""
    local = {fold(local_party.name): local_party} if local_party else {}
    start = anchor(blocks, header_end, used)
    tail = _closing_tail(blocks[max(used)], roles) if used and start == max(used) + 1 else None
    # Proposals that open the text ("Förslag till riksdagsbeslut" above the argument, as the
    # Riksdag prints its motions) anchor nothing: the names sign under the argument's end,
    # and an argument's subheading may read as a name ("Södra Stambanan").
    opening = bool(used) and any(b.prose for b in blocks[max(used) + 1:])
    sigs, groups = _signatures(blocks, roles, start - (tail is not None), local,
                               prefer_last=not used or opening, first_line=tail)
    sigs = sigs or _glued(blocks, roles, start)
    if not sigs and used and start > header_end and _may_sign(blocks, roles, header_end):
        # A register page printing the proposals under the names ("Ola Lindvall (C)" / …
        # / "Yrkande:" / "• att …"): the last run before them signs, where each name in it
        # carries its party (a name alone there may be anyone the argument names).
        before, found = _signatures(blocks, roles, header_end, local, prefer_last=True)
        if before and all(s.party is not None for s in before):
            return before, found
    return sigs, groups


def _may_sign(blocks: list[Block], roles: Roles, start: int) -> bool:
    """False only where :func:`_signatures` of ``blocks[start:]`` finds no signature: no line
    is a form's signer (:func:`_labelled`), and no block or line may give a run its names —
    a block of lines holding two "(" (``_wrapped_list``), a line with a group's separator
    (``_group_with_names``), one the signature parse reads (a space, and the signature
    feature or over 200 characters), one of names (``_may_list_names``), a date line run on
    into tagged names (``P.DATED_SIGNERS``). A page of att-satser is read again from its
    header for names above them only where one of its lines may sign."""
    if any(lr.evidence == LABELLED_SIGNER or "signer_inline" in lr.features
           for lr in roles.may_sign()):
        return True
    lines, by_block = roles.lines, roles.by_block
    for block in blocks[start:]:
        if len(block.lines) > 1 and block.text.text.count("(") >= 2:
            return True
        at = by_block[block.index].start
        for k, line in enumerate(block.lines):
            text = line.text.text
            if ": " in text or " genom " in text or _may_list_names(text) or (
                    " " in text and (len(text) > 200 or "signature" in lines[at + k].features)) \
                    or ("(" in text and P.DATED_SIGNERS.match(text) is not None):
                return True
    return False


def _may_list_names(text: str) -> bool:
    """False only for a line :func:`~tillit.shapes.name_list` reads no names from: it asks for
    four words or more, each capitalised or a conjunction, and no "(" (its first tests)."""
    if "(" in text:
        return False
    words = text.replace(",", " ").split()
    return len(words) >= 4 and all(w[:1].isupper() or w in ("och", "&") for w in words)


#: Roles of the lines that may close the last att-sats's block: the date, the signers, their
#: group and party.
_TAIL_ROLES = frozenset({"dateplace", "signature", "group", "party"})


def _closing_tail(block: Block, roles: Roles) -> int | None:
    """The line where the last att-sats's block goes on into its signature with no blank line
    ("att kommunen … ." / "Arne Jönsson (S)"): from there to the block's end every line closes
    the document, and one of them is a signer."""
    lines = roles.block_lines(block.index)
    k = len(lines)
    while k > 1 and lines[k - 1].role in _TAIL_ROLES:
        k -= 1
    if k == len(lines) or not any(lr.role == "signature" for lr in lines[k:]):
        return None
    return k


def _glued(blocks: list[Block], roles: Roles, start: int) -> list[Signatory]:
    """The signature at the end of the document's last paragraph, where no block of its own
    signs it: run on to the last sentence ("… Vad gör nämnden på lång sikt? Charlotta
    Svanberg (s)"), or the paragraph's last line ("… läs mer här." / "Bruno Hedlund, vice
    ordf.") with no blank line before it."""
    for block in reversed(blocks[start:]):
        if not block.prose:
            continue
        inside = [lr for lr in roles.block_lines(block.index) if lr.role not in _OUTSIDE]
        if not inside:
            continue
        line = block.lines[inside[-1].line].text
        if len(inside) > 1 and inside[-1].role == "signature":
            # a person by the name tables or a party, not a protocol's "Justerare
            # Utdragsbestyrkande"
            sigs = signatures(line)
            table = names()
            if sigs and all(s.party or table.is_first_name(s.name.split()[0]) for s in sigs):
                return [s.signatory() for s in sigs]
            return []
        m = P.GLUED_SIGNATURE.search(line.text, max(0, len(line.text) - P.GLUED_REACH))
        if m is None:
            return []
        return [s.signatory() for s in signatures(line.slice(m.start("sig"), m.end("sig")))]
    return []


def _signatures(
    blocks: list[Block], roles: Roles, start: int, local: dict[str, Party], prefer_last: bool,
    first_line: int | None = None,
) -> tuple[list[Signatory], list[Found[Party]]]:
    """Signatories from ``blocks[start:]`` (the first from its line ``first_line`` on, where
    given); also the parties their group headings name.

    ``local`` maps folded local party names to parties. With ``prefer_last`` the last run of
    signatures wins, else the first. Furniture and the trailer after the document's end
    (comment forms, related items) hold no signatures.
    """
    labelled = _labelled(blocks, roles)
    if labelled:
        return labelled, []
    runs: list[Run] = []
    run = Run()
    group: Party | None = None
    group_found: list[Found[Party]] = []

    def close() -> None:
        nonlocal run
        if run.sigs:  # (a run without signatures is as new: its counts are still 0)
            runs.append(run)
            run = Run()

    # The tests before the signature parse read a line's text, two of its features, its
    # bullet and whether a run is open, and nothing else unless the line holds columns of
    # parties (matched against the run's last line). Their answers are kept per parse:
    # ``plain``, none holds; ``inert``, the signature parse finds nothing either, so the line
    # ends any run. A text repeated down the document (blank-line markers, names) is read once.
    plain, inert = _answers(), _answers()
    breaks = roles.breaks  # (page_mark is false of every other block)
    for block in blocks[start:]:
        skip = first_line if first_line is not None and block.index == start else 0
        if block.prose and not skip:
            close()
            group = None
            continue
        positions = roles.by_block[block.index]
        if block.index in breaks and roles.page_mark(block.index):
            continue
        if not skip and len(block.lines) > 1 and roles.lines[positions[0]].role not in _OUTSIDE \
                and (
                wrapped := _wrapped_list(block, roles, positions)) is not None:
            run.sigs.extend(wrapped)
            run.last_line = len(wrapped)
            continue
        for k, line in enumerate(block.lines):
            text = line.text.text
            if not text or k < skip:
                continue
            lr = roles.lines[positions[k]]  # roles.of, spelt out: this runs on every line
            if lr.evidence == RULE and run.sigs:
                continue  # a signing line above the next name ("________" / "Per Holm (V)")
            if lr.role in _OUTSIDE:  # outside the document, or contact
                close()
                continue
            state = (text, "signature" in lr.features, "date_line" in lr.features,
                     line.marker in _BULLETS, not run.sigs)
            if state in inert:
                if run.sigs:  # (close() of a run without signatures does nothing)
                    close()
                continue
            if state not in plain:
                if not run.sigs and (glued := _group_with_names(line.text, local)) is not None:
                    heading_party, names_after = glued
                    group_found.append(Found(heading_party, line.text.span()))
                    for sig in names_after:
                        sig.party = sig.party or heading_party
                    run.sigs.extend(names_after)
                    run.last_line = len(names_after)
                    continue
                gm = (P.GROUP_HEADING.match(text)
                      if text.startswith(GROUP_STARTS) else None)
                if gm and (party := _group_party(gm.group("group"), local)):
                    group = party
                    run.group_start = len(run.sigs)
                    group_found.append(Found(party, line.text.span()))
                    continue
                key = fold(text)
                dated = party_line(text) if "date_line" in lr.features \
                    and "party_line" in lr.features else None
                if dated is None and ("date_line" in lr.features or P.names_party(text)):
                    dated = _dated_party(text)
                if dated is not None:
                    # The party signing with its date ("Vänsterpartiet 2017-09-29") heads the
                    # names below it, or closes the ones above, as its line without a date does.
                    if run.sigs:
                        for sig in run.sigs[run.group_start:]:
                            sig.party = sig.party or dated
                        run.group_start = len(run.sigs)
                    else:
                        group = dated
                        group_found.append(Found(dated, line.text.span()))
                    continue
                if key in _HEADS or "date_line" in lr.features:
                    continue
                if run.sigs and (is_home_place(text) or key in _CONJUNCTIONS):
                    continue  # "i Lund" under a name; "och" / "samt" between two names
                if run.sigs and (tail := signature_tail(text)) is not None:
                    role, party = tail
                    last = run.sigs[-1]
                    last.role = last.role or role
                    if party is not None and last.party is None:
                        last.party = party
                    continue
                columns = _column_parties(text, local, run.last_line > 1) if run.sigs \
                    else None
                if columns is not None and len(columns) == run.last_line:
                    # "Birgitta Höijer    Jan Johansson" / "Centerpartiet    Kristdemokraterna":
                    # names in columns with their parties in the same columns below.
                    for sig, party in zip(run.sigs[-len(columns):], columns, strict=True):
                        if sig.party is None:
                            sig.party = party
                    run.group_start = len(run.sigs)
                    continue
                named = party_line(text)
                party = named or local.get(key) or (
                    (_group_line(text) or local_party_of(text)) if run.sigs else None)
                if party is not None and run.sigs:
                    for sig in run.sigs[run.group_start:]:
                        if sig.party is None:
                            sig.party = party
                    run.group_start = len(run.sigs)
                    continue
                lead = _group_lead(text, named)
                if lead is not None and not run.sigs:
                    # A party line above the names ("Socialdemokraterna i Lund", "Vänsterpartiet
                    # genom"): the names below are its group, as under "För …".
                    group = lead
                    group_found.append(Found(lead, line.text.span()))
                    continue
                if columns is None:
                    plain.add(state)
            # A signature has at least two words; a single word was handled above. A bulleted
            # line is a list's item (places, bodies), never a signer.
            # The roles stage read every line up to 200 characters with the same parser
            # (``is_signature``; a line's signatures depend on its text only, and are read
            # once per text).
            sigs = signatures(line.text) if " " in text and line.marker not in _BULLETS and (
                len(text) > 200 or "signature" in lr.features) else []
            if len(sigs) <= 1 and not (sigs and sigs[0].party) and (listed := name_list(line.text)):
                sigs = listed
            if not sigs and "(" in text and (dated := P.DATED_SIGNERS.match(text)) is not None:
                # "Stockholm den 10 november 1977 INGER LINDQUIST (m) HÅKAN WINBERG (m)": a
                # signing line whose date runs on into the tagged names
                sigs = [s for s in signatures(line.text.slice(dated.start("names"), len(text)))
                        if s.party is not None]
            if sigs:
                for sig in sigs:
                    if sig.party is None and group is not None:
                        sig.party = group
                run.sigs.extend(sigs)
                run.last_line = len(sigs)
                continue
            if state in plain:
                inert.add(state)
            close()
    close()
    if not runs:
        return [], group_found
    chosen = runs[-1] if prefer_last else runs[0]
    return [s.signatory() for s in chosen.sigs], group_found


@lru_cache(maxsize=4096)
def _dated_party(text: str) -> Party | None:
    """A local party signing with its date where a place would stand ("Strängnäspartiet
    2017-09-29"), or a party branch before its place and date ("Vänsterpartiet i Vetlanda den
    15/11 2010", "Vänsterpartiet, Lund 2017-09-29"); None for a text without a digit. (Cached
    by text, like the other line readers: the signature loop asks it of every date line, a
    list of dates repeats them, and a party is frozen.)"""
    if not any(c.isdigit() for c in text):
        return None
    if (pm := P.party_name_at(text)) is not None:
        rest = text[pm.end():].lstrip(" ,")
        rest = rest[2:] if rest.startswith("i ") else rest
        return lexicon().party_from_name(pm.group("party")) if is_date_line(rest) else None
    m = P.place_date(text)
    return suffix_party(m.group("place")) if m is not None else None


def _answers() -> set[tuple[str, bool, bool, bool, bool]]:
    """A set of line states for the signature loop to remember (a test swaps in one that
    remembers nothing, to compare the two readings)."""
    return set()


def closing(blocks: list[Block], roles: Roles) -> list[Signatory]:
    """A press release without byline or contacts may end with its senders' names, as a
    letter does ("Gustav Lundblad", "Anna Berg" / "Gruppledare, Vänsterpartiet i Lund"): the
    signature lines after its last paragraph. A release is prose, so each name must be a
    person by the name tables: a listed first name, or among several names a listed surname
    ("Ulric Andersson    Mats Sandström"), never "Stadsparken Lund"."""
    last = max((b.index for b in blocks if b.prose or b.marker in ("-", "–", "—")), default=-1)
    sigs, _ = _signatures(blocks, roles, last + 1, {}, prefer_last=True)
    table = names()
    if len(sigs) == 1:
        return [s for s in sigs if table.is_first_name(s.name.split()[0])]
    return [s for s in sigs if table.names_a_person(s.name)]

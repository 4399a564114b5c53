"""Resolve: one value per field from the extractors' candidates.

The extractors say what each line holds; this stage chooses among their candidates, infers
what the text only implies (a party group's motion goes to its own fullmäktige, a place line
names the municipality, untagged signatories share the document's one party) and says what is
missing. It reads the extractors' results and never calls back into the segmenter or the
line-role stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from tillit import orgnames
from tillit import patterns as P
from tillit.blocks import Block
from tillit.extract import Found, dateplace, header, proposals
from tillit.extract import organisation as org
from tillit.extract.press import Press
from tillit.lexicon import fold, lexicon
from tillit.models import (
    Addressee,
    Diagnostic,
    Evidence,
    Kind,
    Paragraph,
    Party,
    Proposal,
    Signatory,
    diagnostic,
    paragraphs,
)
from tillit.organisations import region_of
from tillit.roles import OUTSIDE, Roles
from tillit.shapes import GROUP_STARTS, LOCAL_PARTY_SUFFIXES, party_line, tag_party
from tillit.spans import Span
from tillit.text import Mapped


@dataclass(slots=True)
class Fields:
    """What the extractors found in one document, before any choice between them."""

    source: str
    blocks: list[Block]
    roles: Roles
    head: header.Header
    props: proposals.Proposals
    kind: Kind
    evidence: tuple[Evidence, ...]
    when: dateplace.DatePlace
    authors: list[Found[Party]]
    sigs: list[Signatory] = field(default_factory=list)
    press: Press | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Resolved:
    """One value per field, with the span it rests on and the warnings about the rest."""

    body: Found[str] | None
    organisation: Found[str] | None
    parties: tuple[Party, ...]
    signatories: tuple[Signatory, ...]
    paragraphs: tuple[Paragraph, ...]
    warnings: list[Diagnostic]
    #: The document's own proposals: those the extractor found, less a reported document's.
    proposals: tuple[Proposal, ...] = ()


#: Kinds addressed to a body: only these get a body the text implies but does not name.
_ADDRESSED = frozenset({"motion", "interpellation", "question", "citizen_proposal"})
#: Kinds only a council's members write: the municipality implies its council as the body. A
#: citizen proposal's body is the one it names (a portal may route it anywhere).
_COUNCILLORS = _ADDRESSED - {"citizen_proposal"}


def riksdag_mark(head: header.Header) -> Found[str] | None:
    """The header evidence that a document is the Riksdag's: a riksmöte series or a byline."""
    if head.series is not None and "/" in head.series.value:
        return head.series
    return head.byline


def session_year(head: header.Header) -> int | None:
    """The first year of the riksmöte a Riksdag number names ("2010/11:55" → 2010)."""
    if head.series is not None and "/" in head.series.value:
        return int(head.series.value[:4])
    return None


def local_authors(blocks: list[Block], head: header.Header, props: proposals.Proposals
                  ) -> tuple[list[Found[Party]], Party | None]:
    """Parties presenting themselves as authors; and a local party named as the preamble's
    subject ("Nya Ulricehamn föreslår därför"), which the signature lines may then carry."""
    preamble_text = props.items[0].preamble if props.items else None
    return _author_parties(blocks, head, _preamble(blocks, props), preamble_text)


def resolve(f: Fields) -> Resolved:
    """Choose, infer and warn: the resolve stage of :func:`tillit.parse`."""
    blocks, roles, head, props, when = f.blocks, f.roles, f.head, f.props, f.when
    warnings: list[Diagnostic] = []
    authors = list(f.authors)
    sigs = list(f.sigs)
    if f.press is not None and f.press.publisher_party is not None:
        authors.append(f.press.publisher_party)
    if f.kind == "citizen_proposal":
        # A citizen proposes as a resident: no party, whatever a line near the name says.
        sigs = [s.model_copy(update={"party": None}) for s in sigs]
        f.extra["proposer"] = sigs[0] if sigs else None
    sigs = _tagged_elsewhere(sigs, blocks, warnings)
    if f.kind == "citizen_proposal":
        authors = []
    elif f.press is None:
        if not sigs:
            # No signature lines (a web page cut off, a register entry): the byline's authors.
            sigs = list(f.head.authors)
        sigs = _infer_signatory_parties(sigs, authors, warnings)
    warnings.extend(when.warnings)
    mark = riksdag_mark(head)

    # A press release's publisher (a party district such as "Vänsterpartiet Skåne") is never
    # the organisation: that is whose politics the release is about (CONVENTIONS).
    organisation = head.organisation
    if organisation is None:
        organisation = (_group_organisation(blocks)
                        or _branch_organisation(blocks, head, f.press is not None)
                        or _local_party_organisation(sigs, f.source))
    if organisation is None:
        # Places count outside the Riksdag, also in a text of no known kind: CONVENTIONS
        # gives a news item or a decision record the municipality it is about.
        breaks = f.roles.breaks
        local = mark is None and (
            head.body is None or _body_level(head.body.value) != "riksdag")
        # Mentions in the page around the document (menus, a site footer, related posts)
        # are the site's, not the argument's.
        # (block_in_document spelt out; a letterhead's footer is the sender's: page_mark, false
        # of blocks not in ``breaks``)
        by_block, first, last = f.roles.by_block, f.roles.start, f.roles.end
        inside = [b for b in blocks if (r := by_block[b.index]) and first <= r.start < last
                  and not (b.index in breaks and f.roles.page_mark(b.index))]
        read: org.Read = {}  # the proposals' blocks are read again among the others
        named = _proposal_organisation(blocks, props, read)
        organisation = org.infer(inside, local, read)
        if named is not None and (organisation is None or organisation.value != named.value):
            organisation = named
        # "Danderyd 2000-01-05" under a text that talks of Lidingö: a municipal document is
        # signed where its author sits; the place-and-date line outranks the argument's
        # mentions of other municipalities.
        signed = _signed_municipality(when.place, head.body)
        if signed is not None and f.kind in _ADDRESSED and f.press is None and mark is None \
                and _level_of(f.extra.get("addressee")) in (None, "kommun") \
                and organisation is not None and organisation.value != signed.value \
                and orgnames.level_of(organisation.value) == "kommun":
            organisation = signed
    body = head.body
    if body is None:
        body = header.body_from_proposals(_preamble(blocks, props), props.items, f.source)
    if body is None and f.kind in _COUNCILLORS and mark is None:
        body = header.body_signed(blocks, roles)
    if body is None and mark is not None:
        body = Found("riksdagen", mark.span, inferred=True)
    if body is not None and _body_level(body.value) == "association":
        # A party's or society's own meeting: no municipality or region is addressed.
        organisation = None
    addressee = f.extra.get("addressee")
    if organisation is None and _level_of(addressee) == "kommun":
        organisation = _place_municipality(when.place)
    if (body is None and organisation is not None and f.kind in _COUNCILLORS
            and (name := header.body_for(organisation.value))):
        body = Found(name, organisation.span, inferred=True)
    if body is None and addressee is not None and (level := _level_of(addressee)):
        body = Found(_assembly(level), addressee.span, inferred=True)
    if body is None and f.kind in ("motion", "interpellation", "question") and mark is None:
        body = _level_body(blocks, roles, when.place)
    if body is None and mark is None and _committee_chair(addressee):
        # "Interpellation till grundskolenämndens ordförande" and no level named anywhere: a
        # committee's chair answers in the council of a municipality (the nämnder of the 290
        # municipalities far outnumber the 21 regions')
        assert addressee is not None
        body = Found(_assembly("kommun"), addressee.span, inferred=True)
    if organisation is None and body is not None and body.value == _assembly("kommun"):
        organisation = _place_municipality(when.place)
    if organisation is None and body is not None and _body_level(body.value) in _REGIONAL:
        organisation = _place_region(when.place)
    if body is not None and _body_level(body.value) == "riksdag" and f.kind != "press_release":
        # A Riksdag document addresses no municipality or region (CONVENTIONS: null for the
        # Riksdag), whatever county council or city its argument names.
        organisation = None
    if f.kind == "press_release":
        # A release names the council a motion went to; it is itself addressed to none
        # (CONVENTIONS: body null for press releases). The organisation read from it stays.
        body = None

    if f.press is not None:
        paragraphs = _press_paragraphs(f.press.body)
    else:
        paragraphs = _paragraphs(blocks, f.roles, head.end, props, sigs,
                                 frozenset(q.span for q in f.extra.get("questions", ())))
    warnings.extend(_missing(f.kind, head, body, organisation, when, props, sigs, f.extra,
                             f.press, f.evidence))
    items = props.items
    if f.kind == "press_release" and items and _reported(roles, head.end, props):
        items = ()
        warnings.append(diagnostic(
            code="reported_proposals", span=props.items[0].span,
            message="att-satser under the heading of a document the release reports on are "
                    "that document's, not the release's proposals"))
    return Resolved(body=body, organisation=organisation, parties=_order_parties(authors, sigs),
                    signatories=tuple(sigs), paragraphs=paragraphs, warnings=warnings,
                    proposals=items)


def _reported(roles: Roles, start: int, props: proposals.Proposals) -> bool:
    """The proposals stand under a heading naming another document ("Motion: Miljöanpassad
    kosthållning" / its summary / "Förslag till beslut:"): a release reporting on a motion
    quotes the motion's att-satser (CONVENTIONS: a press release has none of its own there)."""
    if props.preamble is None:
        return False
    for i in range(props.preamble - 1, start - 1, -1):
        positions = roles.by_block[i]
        if len(positions) != 1:
            continue  # a paragraph of the summary
        lr = roles.lines[positions.start]
        if lr.role in OUTSIDE or lr.role == "prose" or lr.text.endswith((".", "!", "?", ":")):
            continue
        return lr.named is not None and lr.named[0] not in ("press_release", "unknown")
    return False


def _subject_party(preamble: str | None) -> tuple[Party, bool] | None:
    """The party named as the subject of the preamble ("Nya Ulricehamn föreslår därför"), and
    whether it is a local party (not in the party table)."""
    if not preamble:
        return None
    m = P.find_verb(preamble)
    if m is None:
        return None
    subject = preamble[: m.start()].strip()
    if (branch := party_line(subject)) is not None:
        return branch, False  # "Vänsterpartiet Höganäs yrkar", "Centerpartiet i Lund föreslår"
    lex = lexicon()
    words = subject.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                           for w in words):
        return None
    if fold(words[0]) in lex.folded("proposal", "non_party_subjects"):
        return None
    key = fold(subject)
    if key in lex.body_by_form or key in lex.municipality or orgnames.region(subject):
        return None  # "Kommunfullmäktige föreslås besluta:", "Region Skåne föreslås …"
    party = lex.party_from_name(subject)
    if party is None:
        return Party(code=subject, name=subject), True
    return party, False


def _preamble(blocks: list[Block], props: proposals.Proposals) -> Mapped | None:
    """The text of the proposals' preamble: its block, or its line where the block's earlier
    lines are argument."""
    if props.preamble is None:
        return None
    if props.preamble_sentence is not None:
        return props.preamble_sentence
    block = blocks[props.preamble]
    return block.text if props.preamble_line is None else block.lines[props.preamble_line].text


def _author_parties(blocks: list[Block], head: header.Header, preamble: Mapped | None,
                    preamble_text: str | None) -> tuple[list[Found[Party]], Party | None]:
    """Parties that present themselves as authors; and a local party from the preamble."""
    found = list(head.parties)
    for block in blocks:
        if not block.prose:
            continue
        for party, start, end in _we_parties(block.text.text):
            found.append(Found(party, block.text.span(start, end)))
    local: Party | None = None
    hit = _subject_party(preamble_text)
    if hit is not None and preamble is not None:
        party, is_local = hit
        idx = preamble.text.find(party.name)
        span = preamble.span(idx, idx + len(party.name)) if idx >= 0 else preamble.span()
        found.append(Found(party, span))
        if is_local:
            local = party
    return found, local


def _we_parties(text: str) -> tuple[tuple[Party, int, int], ...]:
    """Each party a text speaks for ("vi socialdemokrater"), with the offsets of its name
    (kept by text for a text up to ``_KEPT_LONGEST`` long: prose blocks recur from document
    to document, and the scan reads every character)."""
    if len(text) <= _KEPT_LONGEST:  # (a prose block: 80 characters or more)
        return _we_parties_kept(text)
    return _we_party_scan(text)


#: The longest text whose :func:`_we_parties` is kept across parses.
_KEPT_LONGEST = 2000


@lru_cache(maxsize=1024)
def _we_parties_kept(text: str) -> tuple[tuple[Party, int, int], ...]:
    return _we_party_scan(text)


def _we_party_scan(text: str) -> tuple[tuple[Party, int, int], ...]:
    out = []
    for m in P.WE_PARTY.finditer(text):
        party = lexicon().party_from_name(m.group("party"))
        if party is not None:
            out.append((party, m.start("party"), m.end("party")))
    return tuple(out)


def _order_parties(found: list[Found[Party]], sigs: list[Signatory]) -> tuple[Party, ...]:
    items: list[tuple[int, Party]] = [(f.span.start, f.value) for f in found]
    items += [(s.span.start, s.party) for s in sigs if s.party is not None]
    out: dict[str, Party] = {}
    for _, party in sorted(items, key=lambda i: i[0]):
        out.setdefault(party.code, party)
    return tuple(out.values())


def _assembly(level: str) -> str:
    """The assembly of a level the body table lists ("kommun" → kommunfullmäktige)."""
    name = lexicon().assembly(level)
    if name is None:
        raise LookupError(f"bodies.toml lists no fullmäktige for level {level!r}")
    return name


#: Word stems that name a level of government in running text, and that level.
_LEVEL_STEMS = (("landsting", "landsting"), ("region", "region"), ("kommun", "kommun"))


def _level_body(blocks: list[Block], roles: Roles, place: Found[str] | None) -> Found[str] | None:
    """The assembly a local motion goes to when the text names none: the level of government
    the document talks about (kommun, region, landsting), or a municipality as its place.

    A party group's motion or interpellation goes to its own fullmäktige; the level is the one
    whose assembly the document names most ("På dagens möte med regionfullmäktige ställde jag
    …"), else whose stem ("kommunen", "regionens", "landstinget") it uses most. The span is
    that level's first mention (or the place).
    """
    counts = {level: 0 for _, level in _LEVEL_STEMS}
    named = dict.fromkeys(counts, 0)  # the assemblies' own names among the stems' mentions
    first: dict[str, Span] = {}
    read: dict[str, list[tuple[str, int, int, int, int]]] = {}  # each text's stems, read once
    # (roles.block_in_document and roles.in_document spelt out: three calls a block)
    lines, by_block, doc_start, doc_end = roles.lines, roles.by_block, roles.start, roles.end
    for block in blocks:
        r = by_block[block.index]
        if not (r and doc_start <= r.start < doc_end) or lines[r.start].role in OUTSIDE:
            continue  # (nor a block of furniture inside it: "Taggar: motion, kommunfullmäktige")
        text = block.text.text
        found = read.get(text)
        if found is None:
            lowered = text.lower()
            found = read[text] = [(level, at, at + len(stem), lowered.count(stem),
                                   lowered.count(_ASSEMBLIES[level]))
                                  for stem, level in _LEVEL_STEMS
                                  if (at := lowered.find(stem)) >= 0]
        for level, at, end, count, assemblies in found:
            counts[level] += count
            named[level] += assemblies
            if level not in first:  # (setdefault would build the span of every mention)
                first[level] = block.text.span(at, end)
    if max(named.values()):
        counts = named
    best = max(counts.values())
    if best == 0:
        if place is not None and fold(place.value) in lexicon().municipality:
            return Found(_assembly("kommun"), place.span, inferred=True)
        return None
    level = next(lv for _, lv in _LEVEL_STEMS if counts[lv] == best)
    return Found(_assembly(level), first[level], inferred=True)


#: Each level's assembly as running text writes it, lower case.
_ASSEMBLIES = {level: _assembly(level) for _, level in _LEVEL_STEMS}


#: Stems of ministers' offices: a question to one is the Riksdag's.
_GOVERNMENT = tuple(fold(w) for w in lexicon().cue("kinds", "government_offices"))


_COMMITTEES = tuple(fold(w) for w in lexicon().cue("kinds", "committee_stems"))


def _committee_chair(addressee: Addressee | None) -> bool:
    """The addressee holds an office of a council's committee ("grundskolenämndens
    ordförande")."""
    return addressee is not None and bool(addressee.role) and any(
        stem in fold(addressee.role) for stem in _COMMITTEES)


def _level_of(addressee: Addressee | None) -> str | None:
    """The level of government an addressee's office belongs to ("kommunstyrelsens ordförande")."""
    if addressee is None or not addressee.role:
        return None
    role = fold(addressee.role)
    if any(stem in role for stem in _GOVERNMENT):
        return "riksdag"
    for level, stems in (("kommun", ("kommun", "stadsråd")), ("region", ("region",)),
                         ("landsting", ("landsting",))):
        if any(stem in role for stem in stems):
            return level
    return None


def _branch_organisation(blocks: list[Block], head: header.Header, press: bool = False
                         ) -> Found[str] | None:
    """The place of a party's local branch outside the argument ("Sverigedemokraterna i Mark");
    in a press release also in its text, whose subject the branch is ("Vänsterpartiet i Lund
    har lämnat in …")."""
    level = None
    if head.body is not None:
        level = _body_level(head.body.value)
    regional = level in _REGIONAL and not press
    passed: set[str] = set()  # line texts that name no branch: a line's text decides that
    for block in blocks:
        # A branch is named in a header, page-title or signature line, never in a long block
        # (and, outside press releases, never in the argument).
        if (block.prose and not press) or len(block.text.text) > 1000:
            continue
        raw = block.text.text
        # (a text that holds no " i " and is not in capitals, which readable() recases,
        # names no branch by "i": the cache is not asked)
        if (" i " in raw or raw.isupper()) and (found := _block_branch(raw, level)) is not None:
            return Found(found[0], block.text.span(found[1], found[2]), inferred=True)
        if press and (branch := _code_branch(block)) is not None:
            return branch
        for line in block.lines:
            text = line.text.text
            if text in passed:
                continue
            found = _line_branch(text, regional)
            if found is not None:
                return Found(found[0], line.text.span(found[1], found[2]), inferred=True)
            passed.add(text)
    return None


@lru_cache(maxsize=2048)
def _block_branch(raw: str, level: str | None) -> tuple[str, int, int] | None:
    """The branch a block's text names by party and place ("Vänsterpartiet i Lund",
    "Vänsterpartiet i region Örebro län"), as (organisation, start, end) in the text (cached
    by text and level: a pure reading, and headers and signature blocks recur)."""
    text = orgnames.readable(raw)  # (same length: offsets hold)
    if " i " not in text or not P.names_party(text):
        return None
    m = P.PARTY_LOCALITY.search(text)
    # Only a place the tables know: "Moderaterna i Oscar Södra" is a parish branch. A group
    # heading's place is glued to the first name under it ("Vänsterpartiet i Tyresö" / "Anna
    # Berg" reads "Tyresö Anna"): its first word alone may be the place.
    if m is not None and m.group("region"):
        # "Vänsterpartiet i region Örebro län"
        if (hit := orgnames.region(m.group("place"))) is not None:
            return hit, m.start("region"), m.end("place")
    elif m is not None:
        whole = m.group("place")
        place = next((p for p in (whole, whole.split(" ", 1)[0]) if _known_place(p)), None)
        if place is not None:
            start = m.start("place")
            # "Vänsterpartiet i Skåne": a county that is no municipality names the party's
            # district in its region
            county = level is None and fold(place) not in lexicon().municipality \
                and orgnames.region(place) is not None
            return (orgnames.canonical(place, level or (None if county else "kommun")),
                    start, start + len(place))
    return None


def _line_branch(text: str, regional: bool) -> tuple[str, int, int] | None:
    """The branch one line names by party and place without "i" ("Sverigedemokraterna Sala",
    "För Vänsterpartiet Växjö", "SD Lund"), as (organisation, start, end) in the line; with
    ``regional`` (a regional motion's), a county names the group's district ("Vänsterpartiet
    Skåne"). (Not cached across parses: a list of distinct lines would pay a cache miss a
    line for less than a header's block reading saves.)"""
    # "Sverigedemokraterna Sala" (a page title's site part, a signature's branch): a
    # municipality; a county there names a party district, the publisher, but the group that
    # signs a regional motion.
    lex = lexicon()
    at = text.rfind(" | ") + 3 if " | " in text else 0
    if text.startswith(GROUP_STARTS) and (gm := P.GROUP_HEADING.match(text)) is not None:
        at = gm.start("group")  # "För Vänsterpartiet Växjö" over the names
    pm = P.party_name_at(text, at) if len(text) - at <= 80 else None
    if pm is not None and (hit := lex.municipality.get(fold(text[pm.end():].strip()))):
        return hit, pm.end(), len(text)
    if pm is not None and regional \
            and (hit := orgnames.region(text[pm.end():].strip())) is not None:
        # "Vänsterpartiet Skåne" under a regional motion: the district is the group
        return hit, pm.end(), len(text)
    code, _, place = text[at:].partition(" ")
    if place and code.isupper() and len(code) <= 3 and lex.party_from_tag(code) \
            and (hit := lex.municipality.get(fold(place.strip()))):
        # "SD Lund": a branch named by its party's code
        return hit, len(text) - len(place), len(text)
    return None


def _proposal_organisation(blocks: list[Block], props: proposals.Proposals,
                           read: org.Read | None = None) -> Found[str] | None:
    """The first municipality or region the proposals name ("att Region Skåne tar bort …"):
    the organisation asked to act, whatever others the argument compares it with. A block
    that holds argument too (a text without blank lines) counts only within the att-satser."""
    spans = [item.span for item in props.items]
    for index in sorted(props.used):
        block = blocks[index]
        for found in org.mentions(block.text, read):
            if not block.prose or any(sp.start <= found.span.start and found.span.end <= sp.end
                                      for sp in spans):
                return found
    return None


def _signed_municipality(place: Found[str] | None, body: Found[str] | None
                         ) -> Found[str] | None:
    """The municipality of a place-and-date line, unless a body of another level is written."""
    if body is not None and _body_level(body.value) != "kommun":
        return None
    return _place_municipality(place)


def _place_municipality(place: Found[str] | None) -> Found[str] | None:
    """The municipality the table lists for the place of a place-and-date line."""
    if place is None:
        return None
    hit = lexicon().municipality.get(fold(place.value))
    return None if hit is None else Found(hit, place.span, inferred=True)


#: Body levels whose organisation is a region (landsting is its name before 2019).
_REGIONAL = ("region", "landsting")


def _place_region(place: Found[str] | None) -> Found[str] | None:
    """The region whose county holds the municipality of a place-and-date line: a regional
    motion is signed where its author lives ("Växjö 2011-03-04" → Region Kronoberg)."""
    hit = _place_municipality(place)
    found = None if hit is None else region_of(hit.value)
    return None if hit is None or found is None else Found(found.official, hit.span, inferred=True)


def _local_party_organisation(sigs: list[Signatory], source: str) -> Found[str] | None:
    """A local party named after its municipality ("Strängnäspartiet", "Kirunapartiet"); the
    span is where the party is written after the name."""
    lex = lexicon()
    for sig in sigs:
        party = sig.party
        if party is None or lex.party_from_name(party.name) is not None:
            continue
        name = fold(party.name)
        for suffix in LOCAL_PARTY_SUFFIXES:
            if name.endswith(suffix) and (hit := lex.municipality.get(name[: -len(suffix)])):
                at = source.find(party.name, sig.span.start)
                if at >= 0:
                    return Found(hit, Span(start=at, end=at + len(party.name)), inferred=True)
    return None


def _body_level(name: str) -> str:
    """The level of a body the table lists ("kretsstämma" → "association")."""
    return lexicon().body_by_form[fold(name)].level


def _code_branch(block: Block) -> Found[str] | None:
    """The municipality of a branch a news item names by party code ("V Järfällas
    gruppledare"): only a municipality the table lists, by its base or genitive."""
    text = block.text.text
    for m in P.PARTY_CODE_PLACE.finditer(text):
        whole, start = m.group("place"), m.start("place")
        for place in (whole, whole.split(" ", 1)[0]) if " " in whole else (whole,):
            if (hit := orgnames.known_municipality(place)) is not None:
                return Found(hit, block.text.span(start, start + len(place)), inferred=True)
    return None


def _known_place(place: str) -> bool:
    lex = lexicon()
    key = fold(place)
    return key in lex.municipality or key in lex.region or \
        fold(orgnames.municipality(place)) in lex.municipality


def _group_organisation(blocks: list[Block]) -> Found[str] | None:
    """An organisation named in a signature group heading ("För V i Region Örebro län")."""
    for block in blocks:
        if not block.text.text.startswith(GROUP_STARTS):
            continue
        m = P.GROUP_HEADING.match(block.text.text)
        if m is None:
            continue
        om = P.ORG_MENTION.search(block.text.text, m.start("group"))
        if om and (value := orgnames.mention_value(om)):
            return Found(value, block.text.span(om.start(), om.end()))
    return None


#: What may stand between a name and its party tag: an office after a comma
#: ("Carina Liljesand, kommunalråd (kd)").
_TO_TAG = regex.compile(r"[ ]*(?:,[ ]*\p{L}[\p{L} -]{0,40}?[ ]*)?(?=\()")


def _tagged_elsewhere(sigs: list[Signatory], blocks: list[Block],
                      warnings: list[Diagnostic]) -> list[Signatory]:
    """An untagged signer's party from what the text writes with the same name elsewhere
    ("… säger oppositionsrådet Ann-Marie Johansson (S)", "Vänsterpartiets gruppledare Anna
    Berg" above a contact line "Ann-Marie Johansson, 070-…"): the text gives the party for
    that person (CONVENTIONS)."""
    out = []
    for sig in sigs:
        if sig.party is None and (party := _party_for(sig, blocks)) is not None:
            sig = sig.model_copy(update={"party": party, "party_inferred": True})
            warnings.append(diagnostic(
                code="signatory_party_inferred", span=sig.span,
                message=f"{sig.name}: party {party.code} written with the name elsewhere"))
        out.append(sig)
    return out


def _party_for(sig: Signatory, blocks: list[Block]) -> Party | None:
    """The one party the text gives the signer's name outside the signature itself — a tag
    after it or a party in the genitive before it; None for none or several."""
    found: dict[str, Party] = {}
    name = sig.name
    for block in blocks:
        text = block.text.text
        at = text.find(name)
        while at >= 0 and len(found) <= 1:
            end = at + len(name)
            if not text[end:end + 1].isalpha() \
                    and not sig.span.start <= block.text.at(at) < sig.span.end:
                gap = _TO_TAG.match(text, end)
                tag = P.PARTY_TAG.match(text, gap.end()) if gap is not None else None
                named = P.PARTY_AFTER_NAME.match(text, end) if tag is None else None
                party = (tag_party(tag.group("tag")) if tag
                         else lexicon().party_from_name(named.group("party")) if named
                         else _party_before(text, at))
                if party is not None:
                    found[party.code] = party
            at = text.find(name, end)
    return next(iter(found.values())) if len(found) == 1 else None


#: How far before a name a party in the genitive and an office may start.
_BEFORE_WINDOW = 80


def _party_before(text: str, at: int) -> Party | None:
    """The party named in the genitive right before a name: "Vänsterpartiets gruppledare Anna
    Berg", "SD:s Anna Berg"."""
    m = P.PARTY_BEFORE_NAME.search(text, max(0, at - _BEFORE_WINDOW), at)
    if m is None:
        return None
    if m.group("code"):
        return lexicon().party_from_tag(m.group("code"))
    written = m.group("party")
    return lexicon().party_from_name(written) if fold(written).endswith("s") else None


def _infer_signatory_parties(sigs: list[Signatory], authors: list[Found[Party]],
                             warnings: list[Diagnostic]) -> list[Signatory]:
    """Give untagged signatories the document's party when it has exactly one author party."""
    codes = {f.value.code for f in authors} | {s.party.code for s in sigs if s.party}
    parties = {f.value.code: f.value for f in authors}
    parties.update({s.party.code: s.party for s in sigs if s.party})
    out = []
    for sig in sigs:
        if sig.party is None and len(codes) == 1:
            party = parties[next(iter(codes))]
            sig = sig.model_copy(update={"party": party, "party_inferred": True})
            warnings.append(diagnostic(
                code="signatory_party_inferred", span=sig.span,
                message=f"{sig.name}: no party written; took the document's party {party.code}"))
        elif sig.party is None:
            warnings.append(diagnostic(code="signatory_without_party", span=sig.span,
                                       message=f"{sig.name}: no party written"))
        out.append(sig)
    return out


def _paragraphs(blocks: list[Block], roles: Roles, start: int, props: proposals.Proposals,
                sigs: list[Signatory], question_spans: frozenset[Span]) -> tuple[Paragraph, ...]:
    """The argument: body blocks between the header and the signatures, without the proposals.

    Riksdag motions put their argument ("Motivering") after the proposals, so both sides of the
    proposals count.
    """
    end = len(blocks)
    # (a signer above the argument, a Riksdag byline or a form's field, ends nothing)
    below = [s.span.start for s in sigs
             if start < len(blocks) and s.span.start >= blocks[start].text.span().start]
    if below:
        first_sig = min(below)
        end = next((b.index for b in blocks if b.text.span_end() > first_sig), len(blocks))
    if props.used and max(props.used) + 1 >= end:
        if props.preamble is None:
            end = min(end, min(props.used))
        else:  # a preamble block whose earlier lines are argument is read up to its preamble
            end = min(end, props.preamble + (props.preamble_line is not None))
    after = max(props.used, default=len(blocks))
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    lines, by_block = roles.lines, roles.by_block
    used, preamble, preamble_line = props.used, props.preamble, props.preamble_line
    for block in blocks[start:end]:
        text = block.text
        raw, index = text.text, block.index
        if not raw or index in used or block.kind == "heading":
            continue
        if index == preamble and preamble_line is not None:
            head = _lines_before(block, preamble_line)
            if head.text:
                head_span = head.span()
                texts.append(head.text)
                starts.append(head_span.start)
                ends.append(head_span.end)
            continue
        if index > after and not block.prose:
            continue
        span = by_block[index]
        if span.stop - span.start == 1:  # (most blocks: one line, read without a generator)
            if (first_line := lines[span.start]).role in _NO_ARGUMENT:
                continue
        elif all(lr.role in _NO_ARGUMENT for lr in lines[span.start:span.stop]):
            continue  # a page's furniture between paragraphs ("Sida 1 av 2", "Dela"), its
            # contact block ("Kontakt" / "Eva Wilhelmsson" / "021-…"), what follows its end
        else:
            first_line = lines[span.start]
        # is_date_line(first line), as its features read it (tests/test_feature_reuse.py):
        if len(block.lines[0].text.text) <= 60 and "date_line" in first_line.features:
            continue
        if question_spans and text.span() in question_spans:
            continue
        first, stop = text.bounds()  # (offsets(0, len(raw)): raw is not empty)
        texts.append(raw)
        starts.append(first)
        ends.append(stop)
    return paragraphs(texts, starts, ends)


def _press_paragraphs(body: list[Block]) -> tuple[Paragraph, ...]:
    """A release's body blocks as paragraphs, built as :func:`_paragraphs` builds them (one
    a block: a page of tiny blocks validated a model each)."""
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for block in body:
        text = block.text
        first, stop = text.bounds() if text.text else text.offsets(0, 0)
        texts.append(text.text)
        starts.append(first)
        ends.append(stop)
    return paragraphs(texts, starts, ends)


#: Roles of the lines of a block that is no paragraph of the argument.
_NO_ARGUMENT = frozenset({*OUTSIDE, "contact", "label"})


def _lines_before(block: Block, line: int) -> Mapped:
    """The block's text before its line ``line`` (≥ 1)."""
    at = block.lines[line].text.at(0)
    return block.text.slice(0, block.text.bisect_left(at)).strip()


def _missing(kind: str, head: header.Header, body: Found[str] | None,
             organisation: Found[str] | None, when: dateplace.DatePlace,
             props: proposals.Proposals, sigs: list[Signatory],
             extra: dict[str, Any], press: Press | None, evidence: tuple[Evidence, ...]
             ) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if kind in ("interpellation", "question"):
        if extra.get("addressee") is None:
            out.append(diagnostic(code="no_addressee", message="no addressee named in the "
                                  "heading (\"Interpellation till …\")"))
        if not extra.get("questions"):
            out.append(diagnostic(code="no_questions", message="no numbered or \"?\"-ended "
                                  "questions found"))
    if kind == "press_release":
        if press is None or press.lead is None:
            out.append(diagnostic(code="no_lead", message="no ingress paragraph"))
        if press is None or press.publisher is None:
            out.append(diagnostic(code="no_publisher", message="no publisher line"))
        if when.date is None:
            out.append(diagnostic(code="no_date", message="no publication date line"))
    if kind == "unknown":
        headed = [e for e in evidence if e.cue.startswith("heading:")]
        message = ("no cue for a motion, press release, interpellation, question or citizen "
                   "proposal was found")
        if headed:
            message = (f"the heading names another kind of document ({headed[0].cue[9:].strip()})"
                       ", not a motion, press release, interpellation, question or citizen "
                       "proposal")
        out.append(diagnostic(code="unknown_kind", message=message,
                              span=headed[0].span if headed else None))
    if head.title is None:
        out.append(diagnostic(code="no_title", message="no title line in the header"))
    if kind in ("motion", "interpellation", "question", "citizen_proposal"):
        if body is None:
            out.append(diagnostic(code="no_body", message="no decision body is named or implied"))
        elif body.inferred:
            out.append(diagnostic(code="body_inferred", span=body.span,
                                  message=f"body not written; {body.value} implied"))
        if organisation is None and (body is None or body.value != "riksdagen"):
            out.append(diagnostic(code="no_organisation", message="no organisation is named"))
        if when.date is None:
            out.append(diagnostic(code="no_date", message="no date line, place-and-date line or "
                                  "filing date"))
        if when.place is None:
            out.append(diagnostic(code="no_place", message="no place is written with a date"))
        if not sigs:
            out.append(diagnostic(code="no_signatories", message="no signature lines found"))
    if organisation is not None and organisation.inferred:
        out.append(diagnostic(code="organisation_inferred", span=organisation.span,
                              message=f"organisation read from the text: {organisation.value}"))
    if kind in ("motion", "citizen_proposal") and not props.items:
        out.append(diagnostic(code="no_proposals", message="no att-satser found"))
    return out

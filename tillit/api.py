"""``parse``: runs the stages in order and resolves one value per field.

normalise → segment → extract (header, proposals, signatories, date/place) → classify →
resolve (choose among candidates, infer what the text only implies, say what is missing) →
build the validated :class:`~tillit.models.Document`.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from tillit import patterns as P
from tillit.blocks import Block, segment
from tillit.classify import classify
from tillit.errors import (
    EmptyDocumentError,
    InputTooLarge,
    InvalidTextError,
    ParseTimeout,
    ParseWarningError,
)
from tillit.extract import Found, dateplace, header, press, proposals, questions, signatories
from tillit.extract import organisation as org
from tillit.lexicon import fold, lexicon
from tillit.markup import looks_like_markup, strip_markup
from tillit.models import (
    Addressee,
    Diagnostic,
    Document,
    Evidence,
    Paragraph,
    Party,
    Signatory,
)
from tillit.roles import Roles, assign
from tillit.shapes import GROUP_STARTS, is_date_line
from tillit.spans import Span
from tillit.text import Mapped, normalise

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Default upper bound on input length (characters): about 2,000 pages of text.
DEFAULT_MAX_CHARS = 10_000_000


def parse(text: str, *, source: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
          errors: Literal["collect", "raise"] = "collect", keep_text: bool = False) -> Document:
    """Parse one document's text into a :class:`Document`; spans index into ``text``.

    Raises :class:`TypeError` for a non-string, :class:`EmptyDocumentError` for blank text,
    :class:`InputTooLarge` beyond ``max_chars``, :class:`InvalidTextError` for lone surrogates
    (not valid Unicode). Text that is no known kind of document comes
    back with ``kind="unknown"`` and warnings, not an exception. ``errors="raise"`` turns the
    first warning into :class:`ParseWarningError`; ``keep_text`` stores ``text`` on the result.
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f'errors must be "collect" or "raise", not {errors!r}')
    if not isinstance(text, str):
        raise TypeError(f"tillit.parse expects the document text as str, got {type(text).__name__}"
                        " (decode bytes first, or use a file reader)")
    if len(text) > max_chars:
        raise InputTooLarge(f"text has {len(text):,} characters; the limit is {max_chars:,} "
                            "(pass max_chars= to raise it)")
    if not text.strip():
        raise EmptyDocumentError("the text is empty or only whitespace")
    if (bad := _SURROGATE.search(text)) is not None:
        raise InvalidTextError(
            f"lone surrogate U+{ord(bad.group()):04X} at offset {bad.start()}: the text is not "
            "valid Unicode (decode bytes with errors='replace' or fix the source)")
    if source is not None and _SURROGATE.search(source):
        # A file name that is not valid UTF-8 (os.fsdecode's surrogateescape): keep it readable.
        source = source.encode("utf-8", "backslashreplace").decode("utf-8")
    try:
        doc = _parse(text, source)
    except TimeoutError as exc:
        raise ParseTimeout(f"a pattern exceeded its {P.TIMEOUT} s guard: {exc}") from exc
    if errors == "raise" and doc.warnings:
        raise ParseWarningError(doc.warnings[0])
    if keep_text:
        doc = doc.model_copy(update={"text": text})
    return doc


def explain(text: str) -> Roles:
    """Every line's role and the evidence for it, as :func:`parse` sees them.

    ``print(tillit.explain(text).table())`` shows why a line was taken as a title, a date or
    a signature, or passed over as page furniture.
    """
    if not isinstance(text, str):
        raise TypeError(f"tillit.explain expects str, got {type(text).__name__}")
    return assign(segment(_clean(text)))


def _clean(text: str) -> Mapped:
    clean = normalise(text)
    if looks_like_markup(clean.text):
        clean = strip_markup(clean)
    return clean


def _subject_party(preamble: str | None) -> tuple[Party, bool] | None:
    """The party named as the subject of the preamble ("Nya Ulricehamn föreslår därför"), and
    whether it is a local party (not in the party table)."""
    if not preamble:
        return None
    m = P.PROPOSAL_VERB.search(preamble, timeout=P.TIMEOUT)
    if m is None:
        return None
    subject = preamble[: m.start()].strip()
    lex = lexicon()
    words = subject.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                           for w in words):
        return None
    if fold(words[0]) in lex.folded("proposal", "non_party_subjects"):
        return None
    party = lex.party_from_name(subject)
    if party is None:
        return Party(code=subject, name=subject), True
    return party, False


def _author_parties(blocks: list[Block], head: header.Header, preamble: Block | None,
                    preamble_text: str | None) -> tuple[list[Found[Party]], Party | None]:
    """Parties that present themselves as authors; and a local party from the preamble."""
    found = list(head.parties)
    for block in blocks:
        if not block.prose:
            continue
        for m in P.WE_PARTY.finditer(block.text.text, timeout=P.TIMEOUT):
            party = lexicon().party_from_name(m.group("party"))
            if party is not None:
                found.append(Found(party, block.text.span(m.start("party"), m.end("party"))))
    local: Party | None = None
    hit = _subject_party(preamble_text)
    if hit is not None and preamble is not None:
        party, is_local = hit
        text = preamble.text
        idx = text.text.find(party.name)
        span = text.span(idx, idx + len(party.name)) if idx >= 0 else text.span()
        found.append(Found(party, span))
        if is_local:
            local = party
    return found, local


def _order_parties(found: list[Found[Party]], sigs: list[Signatory]) -> tuple[Party, ...]:
    items: list[tuple[int, Party]] = [(f.span.start, f.value) for f in found]
    items += [(s.span.start, s.party) for s in sigs if s.party is not None]
    out: dict[str, Party] = {}
    for _, party in sorted(items, key=lambda i: i[0]):
        out.setdefault(party.code, party)
    return tuple(out.values())


def _parse(text: str, source: str | None) -> Document:
    clean = _clean(text)
    if not clean.text.strip():
        raise EmptyDocumentError("the text holds nothing but invisible marks, markup or whitespace")
    blocks = segment(clean)
    roles = assign(blocks)
    head = header.extract(blocks, roles)
    props = proposals.extract(blocks, text)
    preamble_block = blocks[props.preamble] if props.preamble is not None else None
    preamble_text = props.items[0].preamble if props.items else None
    authors, local = _author_parties(blocks, head, preamble_block, preamble_text)
    local_map = {fold(local.name): local} if local else {}

    riksdag_mark = head.series if head.series is not None and "/" in head.series.value \
        else head.byline
    riksdag = riksdag_mark is not None
    kind, evidence = classify(blocks, head.end, bool(props.items), riksdag)

    warnings: list[Diagnostic] = []
    sigs: list[Signatory] = []
    extra: dict[str, Any] = {}
    pr: press.Press | None = None
    if kind == "press_release":
        title_block = _block_at(blocks, head.title.span.start) if head.title else None
        pr = press.extract(blocks, title_block)
        if pr.publisher_party is not None:
            authors.append(pr.publisher_party)
        extra = {
            "lead": pr.lead.text.text if pr.lead else None,
            "quotes": tuple(pr.quotes),
            "contacts": tuple(pr.contacts),
            "publisher_contact": pr.publisher_contact,
            "publisher_description": pr.publisher_description,
            "related": tuple(pr.related),
            "references": tuple(pr.references),
        }
    else:
        anchor = max(props.used) + 1 if props.used else head.end
        heads = lexicon().folded("signatures", "headings")
        for block in blocks:
            if len(block.text.text) < 40 and fold(block.text.text) in heads:
                anchor = min(anchor, block.index)
        sigs, groups = signatories.extract(blocks, roles, anchor, local_map,
                                           prefer_last=not props.used)
        authors += groups
        if kind == "citizen_proposal":
            sigs = [s.model_copy(update={"party": None}) for s in sigs]
            extra["proposer"] = sigs[0] if sigs else None
            authors = []
        else:
            sigs = _infer_signatory_parties(sigs, authors, warnings)
    if kind in ("interpellation", "question"):
        stop = min((b.index for b in blocks if b.text.span().end > sigs[0].span.start),
                   default=len(blocks)) if sigs else len(blocks)
        extra["addressee"] = questions.addressee(blocks, head.end)
        extra["questions"] = questions.questions(blocks, head.end, stop)

    when = dateplace.extract(blocks, head.end, roles)
    warnings.extend(when.warnings)

    organisation = head.organisation
    if pr is not None and pr.publisher is not None:
        organisation = pr.publisher
    if organisation is None:
        organisation = (_group_organisation(blocks) or _branch_organisation(blocks, head)
                        or org.infer(blocks))
    body = head.body
    if body is None:
        body = header.body_from_proposals(preamble_block, props.items, text)
    if body is None and riksdag_mark is not None:
        body = Found("riksdagen", riksdag_mark.span, inferred=True)
    addressee = extra.get("addressee")
    if organisation is None and when.place is not None and _level_of(addressee) == "kommun":
        hit = lexicon().municipality.get(fold(when.place.value))
        if hit is not None:
            organisation = Found(hit, when.place.span, inferred=True)
    if (body is None and organisation is not None and kind != "press_release"
            and (name := header.body_for(organisation.value))):
        body = Found(name, organisation.span, inferred=True)
    if body is None and addressee is not None and (level := _level_of(addressee)):
        body = Found(_assembly(level), addressee.span, inferred=True)
    if body is None and kind in ("motion", "interpellation", "question") and not riksdag:
        body = _level_body(blocks, roles, when.place)
    if (organisation is None and when.place is not None and body is not None
            and body.value == _assembly("kommun")):
        hit = lexicon().municipality.get(fold(when.place.value))
        if hit is not None:
            organisation = Found(hit, when.place.span, inferred=True)

    if pr is not None:
        paragraphs = tuple(Paragraph(text=b.text.text, span=b.text.span()) for b in pr.body)
    else:
        paragraphs = _paragraphs(blocks, head.end, props, sigs,
                                 frozenset(q.span for q in extra.get("questions", ())))
    spans: dict[str, Span] = {}
    for key, found in (("title", head.title), ("series", head.series), ("number", head.number),
                       ("body", body), ("organisation", organisation), ("date", when.date),
                       ("place", when.place)):
        if found is not None:
            spans[key] = found.span
    warnings.extend(_missing(kind, head, body, organisation, when, props, sigs, extra, evidence))
    return Document(
        source=source,
        kind=kind,
        kind_evidence=evidence,
        title=head.title.value if head.title else None,
        series=head.series.value if head.series else None,
        number=head.number.value if head.number else None,
        body=body.value if body else None,
        body_inferred=bool(body and body.inferred),
        organisation=organisation.value if organisation else None,
        organisation_inferred=bool(organisation and organisation.inferred),
        parties=_order_parties(authors, sigs),
        date=when.date.value if when.date else None,
        place=when.place.value if when.place else None,
        paragraphs=paragraphs,
        proposals=props.items,
        signatories=tuple(sigs),
        spans=spans,
        warnings=tuple(warnings),
        **extra,
    )


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
    whose stem ("kommunen", "regionens", "landstinget") the document uses most. The span is
    that level's first mention (or the place).
    """
    counts = {level: 0 for _, level in _LEVEL_STEMS}
    first: dict[str, Span] = {}
    for block in blocks:
        if not roles.block_in_document(block.index):
            continue
        lowered = block.text.text.lower()
        for stem, level in _LEVEL_STEMS:
            at = lowered.find(stem)
            if at < 0:
                continue
            counts[level] += lowered.count(stem)
            first.setdefault(level, block.text.span(at, at + len(stem)))
    best = max(counts.values())
    if best == 0:
        if place is not None and fold(place.value) in lexicon().municipality:
            return Found(_assembly("kommun"), place.span, inferred=True)
        return None
    level = next(lv for _, lv in _LEVEL_STEMS if counts[lv] == best)
    return Found(_assembly(level), first[level], inferred=True)


def _level_of(addressee: Addressee | None) -> str | None:
    """The level of government an addressee's office belongs to ("kommunstyrelsens ordförande")."""
    if addressee is None or not addressee.role:
        return None
    role = fold(addressee.role)
    for level, stems in (("kommun", ("kommun", "stadsråd")), ("region", ("region", "landsting"))):
        if any(stem in role for stem in stems):
            return level
    return None


def _block_at(blocks: list[Block], offset: int) -> int | None:
    """Index of the block whose source contains the original offset."""
    for block in blocks:
        span = block.text.span()
        if span.start <= offset < span.end:
            return block.index
    return None


def _branch_organisation(blocks: list[Block], head: header.Header) -> Found[str] | None:
    """The place of a party's local branch outside the argument ("Sverigedemokraterna i Mark")."""
    level = None
    if head.body is not None:
        level = next(b.level for b in lexicon().bodies if b.name == head.body.value)
    for block in blocks:
        # A branch is named in a header, page-title or signature line, never in a long block.
        if block.prose or len(block.text.text) > 1000 or " i " not in block.text.text:
            continue
        m = P.PARTY_LOCALITY.search(block.text.text, timeout=P.TIMEOUT)
        if m is not None:
            value = org.canonical(m.group("place"), level or "kommun")
            return Found(value, block.text.span(m.start("place"), m.end("place")), inferred=True)
    return None


def _group_organisation(blocks: list[Block]) -> Found[str] | None:
    """An organisation named in a signature group heading ("För V i Region Örebro län")."""
    for block in blocks:
        if not block.text.text.startswith(GROUP_STARTS):
            continue
        m = P.GROUP_HEADING.match(block.text.text, timeout=P.TIMEOUT)
        if m is None:
            continue
        om = P.ORG_MENTION.search(block.text.text, m.start("group"), timeout=P.TIMEOUT)
        if om and (value := org.mention_value(om)):
            return Found(value, block.text.span(om.start(), om.end()))
    return None


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
            warnings.append(Diagnostic(
                code="signatory_party_inferred", span=sig.span,
                message=f"{sig.name}: no party written; took the document's party {party.code}"))
        elif sig.party is None:
            warnings.append(Diagnostic(code="signatory_without_party", span=sig.span,
                                       message=f"{sig.name}: no party written"))
        out.append(sig)
    return out


def _paragraphs(blocks: list[Block], start: int, props: proposals.Proposals,
                sigs: list[Signatory], question_spans: frozenset[Span]) -> tuple[Paragraph, ...]:
    """The argument: body blocks between the header and the signatures, without the proposals.

    Riksdag motions put their argument ("Motivering") after the proposals, so both sides of the
    proposals count.
    """
    end = len(blocks)
    if sigs:
        first_sig = min(s.span.start for s in sigs)
        end = next((b.index for b in blocks if b.text.span().end > first_sig), len(blocks))
    if props.used and max(props.used) + 1 >= end:
        end = min(end, props.preamble if props.preamble is not None else min(props.used))
    after = max(props.used, default=len(blocks))
    out = []
    for block in blocks[start:end]:
        if block.kind == "heading" or block.index in props.used or not block.text.text:
            continue
        if block.index > after and not block.prose:
            continue
        first = block.lines[0].text.text
        if (len(first) <= 60 and is_date_line(first)) or \
                block.text.span() in question_spans:
            continue
        out.append(Paragraph(text=block.text.text, span=block.text.span()))
    return tuple(out)


def _missing(kind: str, head: header.Header, body: Found[str] | None,
             organisation: Found[str] | None, when: dateplace.DatePlace,
             props: proposals.Proposals, sigs: list[Signatory],
             extra: dict[str, Any], evidence: tuple[Evidence, ...]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if kind in ("interpellation", "question"):
        if extra.get("addressee") is None:
            out.append(Diagnostic(code="no_addressee", message="no addressee named in the "
                                  "heading (\"Interpellation till …\")"))
        if not extra.get("questions"):
            out.append(Diagnostic(code="no_questions", message="no numbered or \"?\"-ended "
                                  "questions found"))
    if kind == "press_release":
        if extra.get("lead") is None:
            out.append(Diagnostic(code="no_lead", message="no ingress paragraph"))
        if organisation is None:
            out.append(Diagnostic(code="no_publisher", message="no publisher line"))
        if when.date is None:
            out.append(Diagnostic(code="no_date", message="no publication date line"))
    if kind == "unknown":
        headed = [e for e in evidence if e.cue.startswith("heading:")]
        message = ("no cue for a motion, press release, interpellation, question or citizen "
                   "proposal was found")
        if headed:
            message = (f"the heading names another kind of document ({headed[0].cue[9:].strip()})"
                       ", not a motion, press release, interpellation, question or citizen "
                       "proposal")
        out.append(Diagnostic(code="unknown_kind", message=message,
                              span=headed[0].span if headed else None))
    if head.title is None:
        out.append(Diagnostic(code="no_title", message="no title line in the header"))
    if kind in ("motion", "interpellation", "question", "citizen_proposal"):
        if body is None:
            out.append(Diagnostic(code="no_body", message="no decision body is named or implied"))
        elif body.inferred:
            out.append(Diagnostic(code="body_inferred", span=body.span,
                                  message=f"body not written; {body.value} implied"))
        if organisation is None and (body is None or body.value != "riksdagen"):
            out.append(Diagnostic(code="no_organisation", message="no organisation is named"))
        if when.date is None:
            out.append(Diagnostic(code="no_date", message="no date line, place-and-date line or "
                                  "filing date"))
        if when.place is None:
            out.append(Diagnostic(code="no_place", message="no place is written with a date"))
        if not sigs:
            out.append(Diagnostic(code="no_signatories", message="no signature lines found"))
    if organisation is not None and organisation.inferred:
        out.append(Diagnostic(code="organisation_inferred", span=organisation.span,
                              message=f"organisation read from the text: {organisation.value}"))
    if kind in ("motion", "citizen_proposal") and not props.items:
        out.append(Diagnostic(code="no_proposals", message="no att-satser found"))
    return out

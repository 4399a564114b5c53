"""``parse``: runs the stages in order and resolves one value per field.

normalise → segment → line roles → extract (header, proposals, date/place, press or
signatories, questions) and classify → resolve (:mod:`tillit.resolve`: choose among
candidates, infer what the text only implies, say what is missing) → build the validated
:class:`~tillit.models.Document`.
"""

from __future__ import annotations

import re
from typing import Literal

from tillit import resolve
from tillit.blocks import Block, segment
from tillit.classify import classify
from tillit.errors import (
    EmptyDocumentError,
    InputTooLarge,
    InvalidTextError,
    ParseWarningError,
)
from tillit.extract import dateplace, header, press, proposals, questions, signatories
from tillit.lexicon import fold, lexicon
from tillit.markup import looks_like_markup, strip_markup
from tillit.models import (
    Document,
)
from tillit.organisations import find_organisation
from tillit.roles import Roles, assign
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
    if (bad := _lone_surrogate(text)) is not None:
        raise InvalidTextError(
            f"lone surrogate U+{ord(bad.group()):04X} at offset {bad.start()}: the text is not "
            "valid Unicode (decode bytes with errors='replace' or fix the source)")
    if source is not None and _SURROGATE.search(source):
        # A file name that is not valid UTF-8 (os.fsdecode's surrogateescape): keep it readable.
        source = source.encode("utf-8", "backslashreplace").decode("utf-8")
    doc = _parse(text, source)
    if errors == "raise" and doc.warnings:
        raise ParseWarningError(doc.warnings[0])
    if keep_text:
        doc = doc.model_copy(update={"text": text})
    return doc


def _lone_surrogate(text: str) -> re.Match[str] | None:
    """The first lone surrogate in ``text``: the only code points UTF-8 cannot encode, so a
    text that encodes (a C loop, several times faster than the pattern's scan) has none."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.search(text)
    return None


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





def _parse(text: str, source: str | None) -> Document:
    clean = _clean(text)
    if not clean.text.strip():
        raise EmptyDocumentError("the text holds nothing but invisible marks, markup or whitespace")
    blocks = segment(clean)
    roles = assign(blocks)
    head = header.extract(blocks, roles)
    props = proposals.extract(blocks, roles, text)
    authors, local = resolve.local_authors(blocks, head, props)
    kind, evidence = classify(blocks, roles, head.end, bool(props.items),
                              resolve.riksdag_mark(head) is not None)
    fields = resolve.Fields(source=text, blocks=blocks, roles=roles, head=head, props=props,
                            kind=kind, evidence=evidence, authors=authors,
                            when=dateplace.extract(blocks, head.end, roles))
    if kind == "press_release":
        title_block = _block_at(blocks, head.title.span.start) if head.title else None
        fields.press = pr = press.extract(blocks, title_block)
        fields.sigs = list(pr.signers) or signatories.closing(blocks, roles)
        fields.extra = {
            "publisher": pr.publisher.value if pr.publisher else None,
            "lead": pr.lead.text.text if pr.lead else None,
            "quotes": tuple(pr.quotes),
            "contacts": tuple(pr.contacts),
            "publisher_contact": pr.publisher_contact,
            "publisher_description": pr.publisher_description,
            "related": tuple(pr.related),
            "references": tuple(pr.references),
        }
    else:
        local_map = {fold(local.name): local} if local else {}
        sigs, groups = signatories.extract(blocks, roles, _signature_anchor(blocks, head, props),
                                           local_map, prefer_last=not props.used)
        fields.authors += groups
        if kind == "citizen_proposal":
            sigs = [s.model_copy(update={"party": None}) for s in sigs]
            fields.extra["proposer"] = sigs[0] if sigs else None
        fields.sigs = sigs
    if kind in ("interpellation", "question"):
        sigs = fields.sigs
        stop = min((b.index for b in blocks if b.text.span_end() > sigs[0].span.start),
                   default=len(blocks)) if sigs else len(blocks)
        fields.extra["addressee"] = questions.addressee(blocks, head.end)
        fields.extra["questions"] = questions.questions(blocks, head.end, stop)

    out = resolve.resolve(fields)
    spans: dict[str, Span] = {}
    for key, found in (("title", head.title), ("series", head.series), ("number", head.number),
                       ("body", out.body), ("organisation", out.organisation),
                       ("date", fields.when.date), ("place", fields.when.place),
                       ("publisher", fields.press.publisher if fields.press else None)):
        if found is not None:
            spans[key] = found.span
    listed = find_organisation(out.organisation.value if out.organisation else None)
    return Document(
        source=source,
        kind=kind,
        kind_evidence=evidence,
        title=head.title.value if head.title else None,
        series=head.series.value if head.series else None,
        number=head.number.value if head.number else None,
        body=out.body.value if out.body else None,
        body_inferred=bool(out.body and out.body.inferred),
        organisation=out.organisation.value if out.organisation else None,
        organisation_code=listed.code if listed else None,
        organisation_level=listed.level if listed else None,
        organisation_inferred=bool(out.organisation and out.organisation.inferred),
        parties=out.parties,
        date=fields.when.date.value if fields.when.date else None,
        place=fields.when.place.value if fields.when.place else None,
        paragraphs=out.paragraphs,
        proposals=props.items,
        signatories=out.signatories,
        spans=spans,
        warnings=tuple(out.warnings),
        **fields.extra,
    )


def _signature_anchor(blocks: list[Block], head: header.Header, props: proposals.Proposals
                      ) -> int:
    """Where signatures may begin: after the last proposal (or the header), or at a
    "Undertecknad"-style heading if one comes sooner."""
    anchor = max(props.used) + 1 if props.used else head.end
    heads = lexicon().folded("signatures", "headings")
    for block in blocks:
        if len(block.text.text) < 40 and fold(block.text.text) in heads:
            anchor = min(anchor, block.index)
    return anchor



def _block_at(blocks: list[Block], offset: int) -> int | None:
    """Index of the block whose source contains the original offset."""
    for block in blocks:
        span = block.text.span()
        if span.start <= offset < span.end:
            return block.index
    return None

"""The validated, immutable models :func:`tillit.parse` returns.

Every model is frozen and forbids unknown fields, so a parsed document can be shared between
threads and round-trips through JSON unchanged. Sequences are tuples for the same reason; they
serialise as JSON arrays.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable
from itertools import repeat
from operator import le
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tillit.spans import (
    _SPAN_FIELDS,
    Span,
    _new,
    _set_dict,
    _set_extra,
    _set_fields,
    _set_private,
    span_at,
    unchecked,
)

SCHEMA_VERSION = "1.0"

Kind = Literal[
    "motion", "press_release", "interpellation", "question", "citizen_proposal", "unknown"
]
#: The level of government of a municipality or region (``Document.organisation_level``).
OrganisationLevel = Literal["municipality", "region"]
#: A phone number's type as libphonenumber tells it from the number (``Contact.phone_type``).
PhoneType = Literal[
    "mobile", "fixed_line", "fixed_line_or_mobile", "toll_free", "premium_rate", "shared_cost",
    "voip", "personal_number", "pager", "uan", "voicemail", "unknown",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Party(_Model):
    """A political party, by canonical code and name."""

    code: str = Field(description='Canonical code: "S", "M", "SD", "C", "V", "KD", "L", "MP", '
                      '"FI", or a local party\'s abbreviation (its name when it has none).')
    name: str = Field(description='Canonical name, e.g. "Vänsterpartiet".')


class Paragraph(_Model):
    """One paragraph of the argument, reflowed (hard wraps and Markdown marks removed)."""

    text: str = Field(description="The paragraph as one line of text.")
    span: Span = Field(description="Where the paragraph stands in the original text.")


class Proposal(_Model):
    """One att-sats (or numbered Riksdag proposal): what the document asks the body to decide."""

    number: int = Field(ge=1, description="Position in the document's list of proposals, from 1.")
    text: str = Field(description='The proposal without the leading "att", list marks and '
                      'trailing ", samt" / ";" / ".".')
    verbatim: str = Field(description="The source text of the proposal, exactly as written.")
    span: Span = Field(description="Where the proposal stands in the original text.")
    preamble: str | None = Field(default=None, description='The sentence introducing the '
                                 'proposals, e.g. "Vänsterpartiet yrkar därför".')


class Signatory(_Model):
    """A person who signed the document."""

    name: str = Field(description="The person's name as written, without markup or party tag.")
    party: Party | None = Field(default=None, description="The person's party, if stated or "
                                "given by the group heading above the names.")
    party_inferred: bool = Field(default=False, description="True when the party was not written "
                                 "with the name or its group but taken from the document's "
                                 "single author party.")
    role: str | None = Field(default=None, description='A role written with the name, e.g. '
                             '"gruppledare".')
    span: Span = Field(description="Where the signature stands in the original text.")


#: The fields-sets of the models built unchecked below (shared: see spans.unchecked).
_PARAGRAPH_FIELDS = {"text", "span"}
_PROPOSAL_FIELDS = {"number", "text", "verbatim", "span", "preamble"}
_SIGNATORY_FIELDS = {"name", "party", "role", "span"}


def paragraph(text: str, start: int, end: int) -> Paragraph:
    """``Paragraph(text=text, span=Span(start=start, end=end))``, built unchecked where the
    values are already valid (a parse builds one per block of its argument: ``unchecked`` and
    ``span_at`` are spelt out, a third of the cost of a paragraph of a tiny block)."""
    if type(text) is str and type(start) is int and type(end) is int and 0 <= start <= end:
        span = _new(Span)
        _set_dict(span, {"start": start, "end": end})
        _set_fields(span, _SPAN_FIELDS)
        _set_extra(span, None)
        _set_private(span, None)
        obj = _new(Paragraph)
        _set_dict(obj, {"text": text, "span": span})
        _set_fields(obj, _PARAGRAPH_FIELDS)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj
    return Paragraph.model_validate({"text": text, "span": {"start": start, "end": end}})


#: Fewer paragraphs than this are built one at a time (the C loops' setup costs more).
_AT_ONCE = 32


def paragraphs(texts: list[str], starts: list[int], ends: list[int]) -> tuple[Paragraph, ...]:
    """``tuple(map(paragraph, texts, starts, ends))``; many paragraphs built at once, their
    values checked and their slots set by C loops over the lists (the argument of a text of
    tiny blocks is a paragraph a block, and a call a paragraph cost more than its models),
    each built as :func:`paragraph` builds it where one value is not valid."""
    n = len(texts)
    if n < _AT_ONCE or len(starts) != n or len(ends) != n or {*map(type, texts)} != {str} \
            or {*map(type, starts), *map(type, ends)} != {int} or min(starts) < 0 \
            or not all(map(le, starts, ends)):
        return tuple(map(paragraph, texts, starts, ends))
    spans = list(map(_new, repeat(Span, n)))
    pairs = zip(starts, ends, strict=True)
    deque(map(_set_dict, spans, [{"start": a, "end": b} for a, b in pairs]), 0)
    deque(map(_set_fields, spans, repeat(_SPAN_FIELDS, n)), 0)
    deque(map(_set_extra, spans, repeat(None, n)), 0)
    deque(map(_set_private, spans, repeat(None, n)), 0)
    out = tuple(map(_new, repeat(Paragraph, n)))
    deque(map(_set_dict, out, [{"text": t, "span": s}
                               for t, s in zip(texts, spans, strict=True)]), 0)
    deque(map(_set_fields, out, repeat(_PARAGRAPH_FIELDS, n)), 0)
    deque(map(_set_extra, out, repeat(None, n)), 0)
    deque(map(_set_private, out, repeat(None, n)), 0)
    return out


def proposal(number: int, text: str, verbatim: str, start: int, end: int,
             preamble: str | None) -> Proposal:
    """``Proposal`` of these fields, all given, built unchecked where they are already valid."""
    if type(number) is int and number >= 1 and type(text) is str and type(verbatim) is str \
            and (preamble is None or type(preamble) is str) \
            and type(start) is int and type(end) is int and 0 <= start <= end:
        span = _new(Span)  # span_at and unchecked spelt out, as in paragraph()
        _set_dict(span, {"start": start, "end": end})
        _set_fields(span, _SPAN_FIELDS)
        _set_extra(span, None)
        _set_private(span, None)
        obj = _new(Proposal)
        _set_dict(obj, {"number": number, "text": text, "verbatim": verbatim, "span": span,
                        "preamble": preamble})
        _set_fields(obj, _PROPOSAL_FIELDS)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj
    return Proposal.model_validate({"number": number, "text": text, "verbatim": verbatim,
                                    "span": {"start": start, "end": end}, "preamble": preamble})


def signatory(name: str, party: Party | None, role: str | None, start: int, end: int
              ) -> Signatory:
    """``Signatory`` of a name, party, role and span (``party_inferred`` left at its default),
    built unchecked where they are already valid (one per signature line)."""
    if type(name) is str and (party is None or type(party) is Party) \
            and (role is None or type(role) is str) \
            and type(start) is int and type(end) is int and 0 <= start <= end:
        return unchecked(Signatory, {"name": name, "party": party, "party_inferred": False,
                                     "role": role, "span": span_at(start, end)},
                         _SIGNATORY_FIELDS)
    return Signatory.model_validate({"name": name, "party": party, "role": role,
                                     "span": {"start": start, "end": end}})


class Diagnostic(_Model):
    """Something missing or ambiguous in the document, said plainly."""

    code: str = Field(description='Stable machine-readable code, e.g. "no_date".')
    message: str = Field(description="What was missing or ambiguous, for a human reader.")
    span: Span | None = Field(default=None, description="Where the problem is, if it has a place.")


class Evidence(_Model):
    """A cue that made the classifier choose the document's kind."""

    cue: str = Field(description='The cue, e.g. "heading: motion" or "att-satser".')
    span: Span | None = Field(default=None, description="Where the cue stands in the text.")


#: The fields-sets of the models built unchecked below (shared: see spans.unchecked).
_EVIDENCE_FIELDS = {"cue", "span"}
_DIAGNOSTIC_FIELDS = {"code", "message"}
_DIAGNOSTIC_SPAN_FIELDS = {"code", "message", "span"}
#: ``span`` not given to :func:`diagnostic` (its fields-set leaves it out).
_UNSET: Any = object()


def evidence(*, cue: str, span: Span | None) -> Evidence:
    """``Evidence(cue=cue, span=span)``, built unchecked where the values are already valid
    (the classifier builds a few a parse)."""
    if type(cue) is str and (span is None or type(span) is Span):
        return unchecked(Evidence, {"cue": cue, "span": span}, _EVIDENCE_FIELDS)
    return Evidence.model_validate({"cue": cue, "span": span})


def diagnostic(*, code: str, message: str, span: Span | None = _UNSET) -> Diagnostic:
    """``Diagnostic(code=code, message=message[, span=span])``, built unchecked where the
    values are already valid (a parse builds several); a span left out is left out of the
    fields-set, as validation leaves it."""
    if span is _UNSET:
        if type(code) is str and type(message) is str:
            return unchecked(Diagnostic, {"code": code, "message": message, "span": None},
                             _DIAGNOSTIC_FIELDS)
        return Diagnostic.model_validate({"code": code, "message": message})
    if type(code) is str and type(message) is str and (span is None or type(span) is Span):
        return unchecked(Diagnostic, {"code": code, "message": message, "span": span},
                         _DIAGNOSTIC_SPAN_FIELDS)
    return Diagnostic.model_validate({"code": code, "message": message, "span": span})


class Quote(_Model):
    """A quoted statement in a press text: "- Trots …, säger Sara Svensson, regionråd …"."""

    text: str = Field(description="The quoted words, without the dash and the attribution.")
    speaker: str | None = Field(default=None, description="Who is quoted, by name.")
    role: str | None = Field(default=None, description='The speaker\'s role as written, e.g. '
                             '"regionråd för Vänsterpartiet i Region Skåne".')
    party: Party | None = Field(default=None, description="The speaker's party when the "
                                'attribution names one ("…, säger Malin Åberg Aas, MP, …").')
    span: Span = Field(description="Where the quoted words stand.")


class Contact(_Model):
    """A press contact."""

    name: str = Field(description="The contact's name.")
    role: str | None = Field(default=None, description="The contact's role as written.")
    phone: str | None = Field(default=None, description='Phone in E.164, e.g. "+46739294439": '
                              "the entry's first valid number (a number without a country code "
                              "is read as Swedish).")
    phone_type: PhoneType | None = Field(default=None, description='The phone\'s type: "mobile",'
                                         ' "fixed_line", or another of libphonenumber\'s types '
                                         '("toll_free", "shared_cost", "uan", …).')
    phone_span: Span | None = Field(default=None, description="Where the phone number is "
                                    "written, as written.")
    email: str | None = Field(default=None, description="E-mail address.")
    span: Span = Field(description="Where the contact entry stands.")


class PublisherContact(_Model):
    """The publisher's own contact details from a press room's "Om" section."""

    name: str | None = Field(default=None, description="The publisher's name.")
    address: str | None = Field(default=None, description='Street and postal address, e.g. '
                                '"Nobelvägen 51a, 214 33 Malmö".')
    phone: str | None = Field(default=None, description="Phone in E.164.")
    phone_type: PhoneType | None = Field(default=None, description='The phone\'s type: "mobile",'
                                         ' "fixed_line", ….')
    phone_span: Span | None = Field(default=None, description="Where the phone number is "
                                    "written, as written.")
    email: str | None = Field(default=None, description="E-mail address.")
    website: str | None = Field(default=None, description="Web address as written.")
    span: Span = Field(description="Where the contact block stands.")


class RelatedItem(_Model):
    """Another release listed on the same press-room page."""

    title: str = Field(description="The listed release's title.")
    summary: str | None = Field(default=None, description="Its summary paragraph.")
    published: dt.datetime | dt.date | None = Field(default=None, description="When it was "
                                                    "published; timezone-aware when a time is "
                                                    'given ("21.4.2021 11:15:00 CEST").')
    span: Span = Field(description="Where the listing stands.")


class Reference(_Model):
    """Something the document points to: "Läs hela motionen här." → a motion."""

    kind: str = Field(description='What is referred to, e.g. "motion", "interpellation".')
    text: str = Field(description="The referring sentence.")
    url: str | None = Field(default=None, description="The link target, if in the text.")
    span: Span = Field(description="Where the reference stands.")


class Addressee(_Model):
    """Whom an interpellation or question is put to."""

    name: str | None = Field(default=None, description="The person's name.")
    role: str | None = Field(default=None, description='The office, e.g. "kommunstyrelsens '
                             'ordförande".')
    party: Party | None = Field(default=None, description="The person's party, if given.")
    span: Span = Field(description="Where the addressee is named.")


class Question(_Model):
    """One question of an interpellation or question."""

    number: int = Field(ge=1, description="Position among the document's questions, from 1.")
    text: str = Field(description="The question, reflowed, without its list mark.")
    span: Span = Field(description="Where the question stands.")


class Document(_Model):
    """A parsed Swedish political document, each extracted value with its source span."""

    schema_version: str = Field(default=SCHEMA_VERSION,
                                description="Version of this model's shape.")
    source: str | None = Field(default=None, description="Where the text came from (a path or "
                               "URL), as given by the caller.")
    kind: Kind = Field(description="What kind of document this is.")
    kind_evidence: tuple[Evidence, ...] = Field(default=(), description="The cues behind `kind`.")
    title: str | None = Field(default=None, description="The document's own heading.")
    series: str | None = Field(default=None, description='A series prefix of the title, e.g. '
                               '"Personalpolitisk motion", or the riksmöte "2021/22".')
    number: str | None = Field(default=None, description='The number within the series, e.g. "10" '
                               'or "4102".')
    body: str | None = Field(default=None, description="The decision body addressed, canonical "
                             'lower-case: "kommunfullmäktige", "regionfullmäktige", '
                             '"landstingsfullmäktige", "riksdagen", or another body as written.')
    body_inferred: bool = Field(default=False, description="True when the body is not written but "
                                "implied by the organisation (a municipal motion goes to "
                                "kommunfullmäktige).")
    organisation: str | None = Field(default=None, description='Canonical organisation name, e.g. '
                                     '"Lunds kommun", "Region Örebro län".')
    organisation_code: str | None = Field(default=None, pattern=r"^[0-9]{2}(?:[0-9]{2})?$",
                                          description="SCB's code of the organisation, for "
                                          "joining with statistics: four digits for a "
                                          'municipality ("1281" Lunds kommun), two for a region '
                                          '(its county\'s code, "12" Region Skåne); Region '
                                          'Gotland is "0980". None when `organisation` is None '
                                          "or no known municipality or region.")
    organisation_level: OrganisationLevel | None = Field(default=None, description='"municipality"'
                                                         ' or "region" (Region Gotland: '
                                                         '"municipality"); None exactly when '
                                                         "`organisation_code` is None.")
    organisation_inferred: bool = Field(default=False, description="True when the organisation "
                                        "was read from the argument rather than the header.")
    parties: tuple[Party, ...] = Field(default=(), description="Every party behind the document "
                                       "(author party and signatories' parties), in order of "
                                       "first appearance. Parties merely mentioned in the argument "
                                       "are not included.")
    date: dt.date | None = Field(default=None, description="The document's own date, never a "
                                 "date mentioned in the argument.")
    place: str | None = Field(default=None, description='The place written with the date, e.g. '
                              '"Gävle" in "Gävle 2023-04-04".')
    paragraphs: tuple[Paragraph, ...] = Field(default=(), description="The argument, reflowed.")
    proposals: tuple[Proposal, ...] = Field(default=(), description="The att-satser, in order.")
    signatories: tuple[Signatory, ...] = Field(default=(), description="Who signed, in order.")
    spans: dict[str, Span] = Field(default_factory=dict, description="The span of each scalar "
                                   "field that was found (title, series, number, body, "
                                   "organisation, date, place, publisher).")
    warnings: tuple[Diagnostic, ...] = Field(default=(), description="What is missing or "
                                             "ambiguous.")
    lead: str | None = Field(default=None, description="Press releases: the ingress paragraph.")
    quotes: tuple[Quote, ...] = Field(default=(), description="Press releases: quoted statements.")
    contacts: tuple[Contact, ...] = Field(default=(), description="Press releases: contacts.")
    publisher: str | None = Field(default=None, description="Press releases: the publisher line "
                                  'as written ("Vänsterpartiet Skåne"); never the organisation.')
    publisher_contact: PublisherContact | None = Field(default=None, description="Press releases:"
                                                       " the publisher's address, phone, site.")
    publisher_description: str | None = Field(default=None, description="Press releases: the "
                                              "publisher's own blurb from the \"Om\" section.")
    related: tuple[RelatedItem, ...] = Field(default=(), description="Press releases: other "
                                             "releases listed on the page.")
    references: tuple[Reference, ...] = Field(default=(), description="What the document points "
                                              'to ("Läs hela motionen här.").')
    addressee: Addressee | None = Field(default=None, description="Interpellations and questions:"
                                        " whom they are put to.")
    questions: tuple[Question, ...] = Field(default=(), description="Interpellations and "
                                            "questions: the questions asked.")
    proposer: Signatory | None = Field(default=None, description="Citizen proposals: the private "
                                       "person who proposes (no party).")
    text: str | None = Field(default=None, description="The text the spans index into, when "
                             "the caller asked to keep it (parse_file(..., keep_text=True)).")

    def to_riksdagen(self) -> dict[str, Any]:
        """The fields under the names of Riksdagen's open data (see docs/usage.md)."""
        result: dict[str, Any] = _view("riksdagen")(self)
        return result

    def _repr_html_(self) -> str:
        """Jupyter display: the fields as a table and the source with each value highlighted."""
        result: str = _view("html")(self)
        return result

    def __repr__(self) -> str:
        return (f"Document(kind={self.kind!r}, title={self.title!r}, body={self.body!r}, "
                f"organisation={self.organisation!r}, date={self.date}, "
                f"parties={[p.code for p in self.parties]}, proposals={len(self.proposals)}, "
                f"signatories={len(self.signatories)}, warnings={len(self.warnings)})")


#: Renderings of a document that live in their own modules and register here on import
#: (``tillit.display`` → ``"html"``, ``tillit.riksdagen`` → ``"riksdagen"``), so the renderers
#: depend on the models and never the reverse.
VIEWS: dict[str, Callable[[Document], Any]] = {}


def _view(name: str) -> Callable[[Document], Any]:
    try:
        return VIEWS[name]
    except KeyError:
        raise LookupError(f"no {name!r} view is registered (import tillit, which loads them)") \
            from None

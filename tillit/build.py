"""Build the validated :class:`~tillit.models.Document` from the resolved fields: the last
stage of :func:`tillit.parse`, and the only one that constructs the public model."""

from __future__ import annotations

from typing import Any

from tillit.models import Document
from tillit.organisations import find_organisation
from tillit.resolve import Fields, Resolved
from tillit.spans import Span


def document(fields: Fields, out: Resolved, source: str | None) -> Document:
    """One :class:`Document` from what the stages found and the resolve step chose."""
    head, when, pr = fields.head, fields.when, fields.press
    spans: dict[str, Span] = {}
    for key, found in (("title", head.title), ("series", head.series), ("number", head.number),
                       ("body", out.body), ("organisation", out.organisation),
                       ("date", when.date), ("place", when.place),
                       ("publisher", pr.publisher if pr else None)):
        if found is not None:
            spans[key] = found.span
    extra: dict[str, Any] = dict(fields.extra)
    if pr is not None:
        extra |= {
            "publisher": pr.publisher.value if pr.publisher else None,
            "lead": pr.lead.text.text if pr.lead else None,
            "quotes": tuple(pr.quotes),
            "contacts": tuple(pr.contacts),
            "publisher_contact": pr.publisher_contact,
            "publisher_description": pr.publisher_description,
            "related": tuple(pr.related),
            "references": tuple(pr.references),
        }
    listed = find_organisation(out.organisation.value if out.organisation else None)
    return Document(
        source=source,
        kind=fields.kind,
        kind_evidence=fields.evidence,
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
        date=when.date.value if when.date else None,
        place=when.place.value if when.place else None,
        paragraphs=out.paragraphs,
        proposals=out.proposals,
        signatories=out.signatories,
        spans=spans,
        warnings=tuple(out.warnings),
        **extra,
    )

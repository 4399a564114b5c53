"""The models :func:`tillit.compare` and :func:`tillit.families` return.

Frozen, ``extra="forbid"`` and tuple-valued like the document models. Every span indexes the
original text of the document it belongs to (``Document.text``, or the text passed with it).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tillit.errors import TillitError
from tillit.families._mask import MaskKind
from tillit.models import Kind
from tillit.spans import Span

ProposalStatus = Literal["same", "reworded", "only_in_a", "only_in_b"]
EditOp = Literal["equal", "substitute", "replace", "delete", "insert"]


class DocumentTextError(TillitError, ValueError):
    """A document's text is missing (parse without ``keep_text=True``) or does not fit its spans."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Excerpt(_Model):
    """A stretch of one document's text."""

    span: Span = Field(description="Where it stands in the document's original text.")
    text: str = Field(description="The original text of the span.")


class SharedPassage(_Model):
    """A passage both documents contain, equal word for word once names are masked."""

    a: Span = Field(description="The passage in document a's text.")
    b: Span = Field(description="The passage in document b's text.")
    tokens: int = Field(ge=1, description="Length in tokens; a masked name counts as one.")
    text: str = Field(description="The passage as written in document a.")


class Substitution(_Model):
    """A name that differs between two aligned passages: one copy's slot filled differently."""

    kind: MaskKind = Field(description="organisation, place, party, person, year, date or body.")
    a: str = Field(description='The value in document a, canonical where known ("Region Skåne" '
                   'for "Region Skånes").')
    b: str = Field(description="The value in document b.")
    count: int = Field(ge=1, description="How many aligned places have this pair.")
    a_spans: tuple[Span, ...] = Field(description="Where a's value stands, each place.")
    b_spans: tuple[Span, ...] = Field(description="Where b's value stands, each place.")


class WordEdit(_Model):
    """One step of a word-level diff, from document a to document b."""

    op: EditOp = Field(description='"equal"; "substitute" (a masked name filled differently); '
                       '"replace", "delete" (only in a), "insert" (only in b).')
    a: str = Field(description="The words in a as written, whitespace collapsed (empty for "
                   "insert).")
    b: str = Field(description="The words in b (empty for delete).")


class ProposalMatch(_Model):
    """Two att-satser aligned, or one that has no counterpart."""

    status: ProposalStatus = Field(description='"same" (equal once names are masked), '
                                   '"reworded", "only_in_a", "only_in_b".')
    a: int | None = Field(description="Number of the proposal in document a.")
    b: int | None = Field(description="Number of the proposal in document b.")
    a_text: str | None = Field(description="Proposal text in a.")
    b_text: str | None = Field(description="Proposal text in b.")
    a_span: Span | None = Field(description="Where the proposal stands in a's text.")
    b_span: Span | None = Field(description="Where the proposal stands in b's text.")
    similarity: float = Field(ge=0, le=1, description="Word-level similarity (Dice over the "
                              "longest common subsequence of masked words); 0 when unmatched.")
    diff: tuple[WordEdit, ...] = Field(default=(), description="Word-level diff a → b, for "
                                       "matched proposals.")


class FieldDifference(_Model):
    """A parsed field whose value differs between the documents."""

    field: str = Field(description='Field name: "organisation", "body", "date", "place", '
                       '"parties", "title" or "kind".')
    a: str | None = Field(description="Value in a.")
    b: str | None = Field(description="Value in b.")


class Comparison(_Model):
    """How two documents relate: shared text, substituted names, changed att-satser."""

    a_source: str | None = Field(description="Source of document a.")
    b_source: str | None = Field(description="Source of document b.")
    similarity: float = Field(ge=0, le=1, description="Share of shared text: 2·shared tokens / "
                              "(tokens in a + tokens in b), names masked.")
    coverage_a: float = Field(ge=0, le=1, description="Share of a's tokens in shared passages.")
    coverage_b: float = Field(ge=0, le=1, description="Share of b's tokens in shared passages.")
    tokens_a: int = Field(ge=0, description="Tokens in a (words; a masked name counts as one).")
    tokens_b: int = Field(ge=0, description="Tokens in b.")
    shared_tokens: int = Field(ge=0, description="Tokens in shared passages (same in a and b).")
    passages: tuple[SharedPassage, ...] = Field(description="Shared passages, in a's order.")
    substitutions: tuple[Substitution, ...] = Field(description="Names filled differently in "
                                                    "shared passages.")
    fields: tuple[FieldDifference, ...] = Field(description="Parsed fields that differ.")
    only_in_a: tuple[Excerpt, ...] = Field(description="Text of a not shared with b (stretches "
                                           "of at least three unmasked words).")
    only_in_b: tuple[Excerpt, ...] = Field(description="Text of b not shared with a.")
    proposals: tuple[ProposalMatch, ...] = Field(description="Att-satser aligned pairwise.")

    def explain(self) -> list[str]:
        """The differences, one line each, for a reader."""
        lines = [f"similarity {self.similarity:.2f} (a {self.coverage_a:.0%} shared, "
                 f"b {self.coverage_b:.0%} shared; names masked)"]
        lines += [f"{f.field}: {f.a} → {f.b}" for f in self.fields]
        lines += [f"{s.kind}: {s.a} → {s.b} (×{s.count})" for s in self.substitutions]
        for p in self.proposals:
            if p.status == "same":
                lines.append(f"att-sats a{p.a} = b{p.b}")
            elif p.status == "reworded":
                changed = [e for e in p.diff if e.op in ("replace", "delete", "insert")]
                lines.append(f"att-sats a{p.a} → b{p.b} reworded ({p.similarity:.2f}): "
                             + "; ".join(f"{e.a!r} → {e.b!r}" for e in changed))
            elif p.status == "only_in_a":
                lines.append(f"att-sats a{p.a} only in a: {p.a_text}")
            else:
                lines.append(f"att-sats b{p.b} only in b: {p.b_text}")
        return lines


class Member(_Model):
    """One document of a family, described against the family's template."""

    index: int = Field(ge=0, description="Position of the document in the input.")
    source: str | None = Field(description="The document's source.")
    kind: Kind = Field(description="The document's kind.")
    title: str | None = Field(description="The document's title.")
    organisation: str | None = Field(description="The document's organisation.")
    date: dt.date | None = Field(description="The document's date.")
    parties: tuple[str, ...] = Field(description="Codes of the parties behind the document.")
    representative: bool = Field(description="True for the member the template is read from.")
    similarity: float = Field(ge=0, le=1, description="Comparison.similarity with the "
                              "representative (1 for the representative).")
    substitutions: tuple[Substitution, ...] = Field(description="Names filled differently from "
                                                    "the representative (a = representative).")
    added: tuple[Excerpt, ...] = Field(description="This member's text outside the template.")
    removed: tuple[Excerpt, ...] = Field(description="Template text this member lacks (spans in "
                                         "the representative's text).")
    proposals: tuple[ProposalMatch, ...] = Field(description="This member's att-satser aligned "
                                                 "with the representative's (a = "
                                                 "representative).")


class Mention(_Model):
    """A press release that announces a member of the family."""

    index: int = Field(ge=0, description="Position of the press release in the input.")
    source: str | None = Field(description="The press release's source.")
    title: str | None = Field(description="The press release's title.")
    member: int = Field(ge=0, description="Input position of the member it announces.")
    score: float = Field(ge=0, le=1, description="Share of the shorter text's word 5-grams the "
                         "two share (names masked).")
    passages: tuple[SharedPassage, ...] = Field(description="Passages the press release shares "
                                                "with the member (a = press release).")


class Family(_Model):
    """Documents that descend from one template."""

    id: int = Field(ge=1, description="1-based number, largest family first.")
    representative: int = Field(ge=0, description="Input position of the member the template "
                                "is read from: the one sharing most of the family's common "
                                "text.")
    members: tuple[Member, ...] = Field(description="The members, representative first, then "
                                        "in input order.")
    core: tuple[Excerpt, ...] = Field(description="The template: passages of the "
                                      "representative that at least half of the other members "
                                      "share.")
    template: str = Field(description="The core as text, masked names shown as slots such as "
                          "{organisation} and {year}, passages separated by ' … '.")
    mentions: tuple[Mention, ...] = Field(default=(), description="Press releases announcing a "
                                          "member.")

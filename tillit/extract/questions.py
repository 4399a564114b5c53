"""Interpellations and questions: whom they are put to, and the questions asked.

The addressee stands in the heading ("Interpellation till kommunstyrelsens ordförande Anna
Andersson (M)"); the questions are numbered or bulleted items ending in "?", or, when there are
none, the sentences ending in "?" in the last paragraphs of the text.
"""

from __future__ import annotations

from tillit import patterns as P
from tillit.blocks import Block, Line
from tillit.models import Addressee, Question
from tillit.roles import Roles
from tillit.shapes import tag_party
from tillit.text import Mapped


def extract(blocks: list[Block], roles: Roles, header_end: int, signed_at: int | None
            ) -> tuple[Addressee | None, tuple[Question, ...]]:
    """The addressee and the questions of an interpellation or question; the questions stand
    in the document (not its page chrome or trailer: "Vad tycker du?" above a comment form)
    between the header and the block where the signatures begin (original offset
    ``signed_at``)."""
    stop = len(blocks) if signed_at is None else min(
        (b.index for b in blocks if b.text.span_end() > signed_at), default=len(blocks))
    inside = [b for b in blocks[header_end:stop] if roles.block_in_document(b.index)]
    return addressee(blocks, header_end), questions(inside)


def addressee(blocks: list[Block], header_end: int) -> Addressee | None:
    """The addressee named in a heading line of the header; failing a name, the office the
    kind's line addresses ("Interpellation till tekniska nämndens ordförande")."""
    header = blocks[: max(header_end, 1)]
    for block in header:
        for line in block.lines:
            m = P.question_addressee(line.text.text) or P.bare_addressee(line.text.text)
            if m is None:
                continue
            role = m.group("role").strip() or None
            return _named(line, m.group("name"), role, m.group("tag"),
                          m.start("role") if role else m.start("name"), m.end())
    for block in header:
        for line in block.lines:
            text = line.text.text
            if (m := P.office_only_addressee(text)) is not None:
                return Addressee(role=m.group("role"),
                                 span=line.text.span(m.start("role"), m.end("role")))
            if (m := P.office_addressee(text)) is not None:
                # "Till kommunstyrelsens ordförande Anna Ek (S)", "Till: Tekniska nämndens
                # ordförande": the office, and the name and tag right after it if any
                at = len(text) - len(text[m.end():].lstrip(" ,"))
                sig = P.SIGNATURE.match(text, at) if at < len(text) else None
                if sig is None:
                    return _named(line, None, m.group("role"), None, m.start("role"), m.end())
                return _named(line, sig.group("name"), m.group("role"), sig.group("tag"),
                              m.start("role"), sig.end())
    return None


def _named(line: Line, name: str | None, role: str | None, tag: str | None, start: int,
           end: int) -> Addressee:
    """The addressee a header line names, from ``start`` to ``end`` of the line, with the
    party its tag gives."""
    return Addressee(name=name, role=role, party=tag_party(tag) if tag else None,
                     span=line.text.span(start, end))


def questions(blocks: list[Block]) -> tuple[Question, ...]:
    """Numbered or bulleted questions; failing those, "?"-sentences of the paragraphs."""
    items: list[Mapped] = [b.text for b in blocks
                           if b.kind == "item" and b.text.text.rstrip().endswith("?")]
    if not items:
        for block in blocks:
            if block.kind == "heading":
                continue
            items.extend(_question_sentences(block.text))
    return tuple(Question(number=i, text=t.text, span=t.span())
                 for i, t in enumerate(items, start=1))


def _question_sentences(text: Mapped) -> list[Mapped]:
    out: list[Mapped] = []
    start = 0
    raw = text.text
    for i, ch in enumerate(raw):
        if ch in ".!?" and (i + 1 == len(raw) or raw[i + 1] == " "):
            if ch == "?":
                sentence = text.slice(start, i + 1).strip()
                if sentence.text:
                    out.append(sentence)
            start = i + 1
    return out

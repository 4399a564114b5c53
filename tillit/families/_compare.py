"""``compare(a, b)``: shared passages, substituted names and att-satser of two documents."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final, TypeAlias

from tillit.families._align import Tile, dice, lcs_pairs, runs, tiles
from tillit.families._mask import SLOT, Masker, MaskKind, Tokens, document_tokens
from tillit.families.models import (
    Comparison,
    DocumentTextError,
    EditOp,
    Excerpt,
    FieldDifference,
    ProposalMatch,
    SharedPassage,
    Substitution,
    WordEdit,
)
from tillit.lexicon import fold
from tillit.models import Document
from tillit.spans import Span

#: A document with the text its spans index into.
DocumentLike: TypeAlias = Document | tuple[Document, str]

#: Two att-satser are the same proposal, reworded, when their masked words have at least this
#: Dice similarity. Measured on the seeds and corpus (docs/families.md): the reworded pair of
#: seeds 001/004 scores 0.52; the most similar pair of unrelated att-satser 0.39 (two Riksdag
#: formulas); between the two.
PROPOSAL_MATCH: Final = 0.45


def resolve(item: DocumentLike) -> tuple[Document, str]:
    """A document and its text; :class:`DocumentTextError` when the text is missing."""
    if isinstance(item, tuple):
        if len(item) != 2 or not isinstance(item[0], Document) or not isinstance(item[1], str):
            raise TypeError("expected a Document or a (Document, text) pair")
        doc, text = item
    elif isinstance(item, Document):
        doc = item
        if doc.text is None:
            where = f" ({doc.source})" if doc.source else ""
            raise DocumentTextError(
                f"document{where} has no text: parse it with tillit.parse(text, keep_text=True) "
                "or pass (document, text)")
        text = doc.text
    else:
        raise TypeError(f"expected a Document or a (Document, text) pair, got "
                        f"{type(item).__name__}")
    ends = [p.span.end for p in doc.proposals] + [s.span.end for s in doc.signatories]
    ends += [s.end for s in doc.spans.values()]
    if ends and max(ends) > len(text):
        raise DocumentTextError("the text is shorter than the document's spans: it is not the "
                                "text the document was parsed from")
    return doc, text


def compare(a: DocumentLike, b: DocumentLike) -> Comparison:
    """Compare two documents: similarity, shared passages, substitutions, att-satser.

    Each argument is a :class:`~tillit.Document` parsed with ``keep_text=True`` or a
    ``(document, text)`` pair; spans in the result index into each document's text. Names (the
    documents' own organisation, places, parties and signatories, every organisation and party
    in the lexicon, years and dates) are masked, so "Region Skåne" against "Lunds kommun" is a
    :class:`Substitution`, not a difference in substance.
    """
    da, text_a = resolve(a)
    db, text_b = resolve(b)
    masker = Masker([da, db])
    return align(da, document_tokens(masker, da, text_a), db, document_tokens(masker, db, text_b))


def align(da: Document, ta: Tokens, db: Document, tb: Tokens,
          found: list[Tile] | None = None) -> Comparison:
    """The comparison of two tokenised documents (``found``: tiles already computed)."""
    found = tiles(ta.keys, tb.keys) if found is None else found
    shared = sum(t.length for t in found)
    return Comparison(
        a_source=da.source,
        b_source=db.source,
        similarity=dice(shared, len(ta), len(tb)),
        coverage_a=shared / len(ta) if len(ta) else 0.0,
        coverage_b=shared / len(tb) if len(tb) else 0.0,
        tokens_a=len(ta),
        tokens_b=len(tb),
        shared_tokens=shared,
        passages=tuple(
            SharedPassage(a=_span(ta, t.i, t.i + t.length), b=_span(tb, t.j, t.j + t.length),
                          tokens=t.length, text=_text(ta, t.i, t.i + t.length))
            for t in found),
        substitutions=substitutions(ta, tb, found),
        fields=_fields(da, db),
        only_in_a=unshared(ta, covered(len(ta), ((t.i, t.length) for t in found))),
        only_in_b=unshared(tb, covered(len(tb), ((t.j, t.length) for t in found))),
        proposals=proposals(da, ta, db, tb),
    )


def _span(tok: Tokens, i: int, j: int) -> Span:
    """Span of tokens ``i:j`` (j > i) in the original text."""
    return Span(start=tok.starts[i], end=tok.ends[j - 1])


def _span1(tok: Tokens, i: int) -> Span:
    return Span(start=tok.starts[i], end=tok.ends[i])


def _text(tok: Tokens, i: int, j: int) -> str:
    return tok.text[tok.starts[i] : tok.ends[j - 1]]


def substitutions(ta: Tokens, tb: Tokens, found: Sequence[Tile]) -> tuple[Substitution, ...]:
    """Masked names aligned in shared passages whose values differ, grouped by value pair."""
    groups: dict[tuple[str, str, str], tuple[MaskKind, str, str, list[Span], list[Span]]] = {}
    slots = ta.slot_indices()
    for t in found:
        lo = bisect_left(slots, t.i)
        hi = bisect_left(slots, t.i + t.length, lo)
        for i in slots[lo:hi]:
            j = t.j + i - t.i
            kind_a, kind_b = ta.kinds[i], tb.kinds[j]
            if kind_a is None or kind_b is None:
                continue
            va, vb = ta.values[i] or "", tb.values[j] or ""
            if va == vb or fold(va) == fold(vb):
                continue
            key = (SLOT[kind_a], fold(va), fold(vb))
            entry = groups.get(key)
            if entry is None:
                kind: MaskKind = kind_a if kind_a == kind_b else "organisation"
                entry = groups[key] = (kind, va, vb, [], [])
            entry[3].append(_span1(ta, i))
            entry[4].append(_span1(tb, j))
    return tuple(Substitution(kind=kind, a=va, b=vb, count=len(sa), a_spans=tuple(sa),
                              b_spans=tuple(sb))
                 for kind, va, vb, sa, sb in groups.values())


def unshared(tok: Tokens, used: bytearray) -> tuple[Excerpt, ...]:
    """Stretches of tokens where ``used`` is 0, with at least MIN_WORDS words."""
    return tuple(Excerpt(span=_span(tok, i, j), text=_text(tok, i, j))
                 for i, j in runs(used, 0, tok.slots))


def covered(n: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    """A mask of ``n`` positions, 1 inside the (start, length) ``spans``."""
    used = bytearray(n)
    for start, length in spans:
        used[start : start + length] = b"\x01" * length
    return used


def _fields(da: Document, db: Document) -> tuple[FieldDifference, ...]:
    def show(doc: Document, name: str) -> str | None:
        if name == "parties":
            return ", ".join(p.code for p in doc.parties) or None
        value = getattr(doc, name)
        return None if value is None else str(value)

    out = []
    for name in ("kind", "title", "organisation", "body", "date", "place", "parties"):
        va, vb = show(da, name), show(db, name)
        if va != vb:
            out.append(FieldDifference(field=name, a=va, b=vb))
    return tuple(out)


# --- Att-satser -------------------------------------------------------------------------------


def _proposal_range(doc: Document, tok: Tokens, number: int) -> tuple[int, int]:
    """Token range of proposal ``number`` (1-based), without a leading "att" or trailing "samt"."""
    span = doc.proposals[number - 1].span
    i = bisect_left(tok.starts, span.start)
    j = bisect_right(tok.ends, span.end)
    while i < j and tok.keys[i].isdigit():  # "1. Att …", "0. Riksdagen …"
        i += 1
    if i < j and tok.keys[i] == "att":
        i += 1
    if i < j and tok.keys[j - 1] in ("samt", "och"):
        j -= 1
    return i, max(i, j)


def proposals(da: Document, ta: Tokens, db: Document,
              tb: Tokens) -> tuple[ProposalMatch, ...]:
    """Att-satser paired greedily by similarity (at least :data:`PROPOSAL_MATCH`)."""
    ra = [_proposal_range(da, ta, n) for n in range(1, len(da.proposals) + 1)]
    rb = [_proposal_range(db, tb, n) for n in range(1, len(db.proposals) + 1)]
    scored: list[tuple[float, int, int, list[tuple[int, int]]]] = []
    bags_b = [Counter(tb.keys[ib:jb]) for ib, jb in rb]
    for x, (ia, ja) in enumerate(ra):
        bag_a = Counter(ta.keys[ia:ja])
        for y, (ib, jb) in enumerate(rb):
            # Shared words bound the common subsequence: skip pairs that cannot reach the bar.
            if dice((bag_a & bags_b[y]).total(), ja - ia, jb - ib) < PROPOSAL_MATCH:
                continue
            ka, kb = ta.keys[ia:ja], tb.keys[ib:jb]
            pairs = [(t, t) for t in range(len(ka))] if ka == kb else lcs_pairs(ka, kb)
            score = dice(len(pairs), ja - ia, jb - ib)
            if score >= PROPOSAL_MATCH:
                scored.append((score, x, y, pairs))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    matches: dict[int, ProposalMatch] = {}
    by_b: dict[int, int] = {}
    for score, x, y, pairs in scored:
        if x in taken_a or y in taken_b:
            continue
        taken_a.add(x)
        taken_b.add(y)
        by_b[y] = x
        (ia, ja), (ib, jb) = ra[x], rb[y]
        same = ta.keys[ia:ja] == tb.keys[ib:jb]
        matches[x] = ProposalMatch(
            status="same" if same else "reworded", a=x + 1, b=y + 1,
            a_text=da.proposals[x].text, b_text=db.proposals[y].text,
            a_span=da.proposals[x].span, b_span=db.proposals[y].span,
            similarity=round(score, 4), diff=word_diff(ta, (ia, ja), tb, (ib, jb), pairs))
    # Order: a's proposals in order, each of b's unmatched ones after b's preceding matched one.
    keyed: list[tuple[float, int, ProposalMatch]] = []
    for x in range(len(ra)):
        match = matches.get(x) or ProposalMatch(
            status="only_in_a", a=x + 1, b=None, a_text=da.proposals[x].text, b_text=None,
            a_span=da.proposals[x].span, b_span=None, similarity=0.0)
        keyed.append((float(x), 0, match))
    for y in range(len(rb)):
        if y in taken_b:
            continue
        before = [by_b[v] for v in by_b if v < y]
        anchor = max(before) + 0.5 if before else -0.5
        keyed.append((anchor, y + 1, ProposalMatch(
            status="only_in_b", a=None, b=y + 1, a_text=None, b_text=db.proposals[y].text,
            a_span=None, b_span=db.proposals[y].span, similarity=0.0)))
    keyed.sort(key=lambda k: (k[0], k[1]))
    return tuple(k[2] for k in keyed)


def word_diff(ta: Tokens, ra: tuple[int, int], tb: Tokens, rb: tuple[int, int],
              pairs: list[tuple[int, int]]) -> tuple[WordEdit, ...]:
    """Word-level diff of token ranges ``ra`` and ``rb`` from their LCS ``pairs`` (relative)."""
    ops: list[tuple[EditOp, int, int, int, int]] = []  # op, a from, a to, b from, b to

    def push(op: EditOp, i0: int, i1: int, j0: int, j1: int) -> None:
        if ops and ops[-1][0] == op and op in ("equal", "substitute"):
            prev = ops[-1]
            ops[-1] = (op, prev[1], i1, prev[3], j1)
        else:
            ops.append((op, i0, i1, j0, j1))

    x, y = ra[0], rb[0]
    for px, py in [*((ra[0] + p, rb[0] + q) for p, q in pairs), (ra[1], rb[1])]:
        if px > x and py > y:
            push("replace", x, px, y, py)
        elif px > x:
            push("delete", x, px, y, y)
        elif py > y:
            push("insert", x, x, y, py)
        if px < ra[1]:
            same = ta.kinds[px] is None or fold(ta.values[px] or "") == fold(tb.values[py] or "")
            push("equal" if same else "substitute", px, px + 1, py, py + 1)
        x, y = px + 1, py + 1
    return tuple(WordEdit(op=op, a=_words(ta, i0, i1), b=_words(tb, j0, j1))
                 for op, i0, i1, j0, j1 in ops)


def _words(tok: Tokens, i: int, j: int) -> str:
    """Tokens ``i:j`` as written, whitespace (hard wraps) collapsed; empty when ``j <= i``."""
    return " ".join(_text(tok, i, j).split()) if j > i else ""

"""``families(docs)``: group documents that descend from one template.

1. Every document becomes a set of word 5-gram *shingles* over its masked tokens (names
   collapsed into slots, see :mod:`tillit.families._mask`); a shingle needs at least three
   unmasked words, so a signature list is not text.
2. A MinHash signature per document: one-permutation hashing (Li, Owen & Zhang 2012) into
   :data:`BINS` bins with rotation densification (Shrivastava & Li 2014), so each document costs
   one pass over its shingles instead of one pass per hash function.
3. Locality-sensitive hashing: the signature is cut into bands of :data:`ROWS` values; documents
   sharing a band are candidate pairs.
4. A candidate pair is verified exactly on the shingle sets: the share of the smaller document's
   shingles the two share (containment) must reach ``threshold`` and they must share at least
   :data:`MIN_SHARED` shingles. Verified pairs are joined with union-find; pairs already in one
   group are not verified again.
5. Each group of at least ``min_size`` documents becomes a :class:`Family`: its representative
   is the member holding most of the shingles at least half of the members share; every member
   is aligned with it (:func:`tillit.families._align.tiles`), and the representative's tokens
   shared by at least half of the other members form the template core.
6. Press releases (``kind == "press_release"``) are never members; each links to the member of
   every family whose text it shares enough of (``mention_threshold``), the best copy chosen on
   unmasked text so that the announcement of the Skåne motion links to the Skåne copy.
"""

from __future__ import annotations

import math
import operator
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import Final

from tillit.families._align import Grams, Tile, dice, runs, tiles
from tillit.families._compare import (
    DocumentLike,
    covered,
    proposals,
    resolve,
    substitutions,
    unshared,
)
from tillit.families._mask import Masker, Tokens, document_tokens
from tillit.families.models import Excerpt, Family, Member, Mention, SharedPassage
from tillit.gcpause import gc_paused
from tillit.lexicon import fold
from tillit.models import Document
from tillit.spans import Span

#: Words per shingle.
SHINGLE: Final = 5
#: Unmasked words a shingle needs.
SHINGLE_WORDS: Final = 3
#: MinHash bins (a power of two) and rows per LSH band: 64 bands of 2. A pair of Jaccard
#: similarity J becomes a candidate with probability 1 − (1 − J²)^64: 0.47 at J = 0.1, 0.93 at
#: J = 0.2, 0.998 at J = 0.3 (copies in the seeds are at 0.25–0.62).
BINS: Final = 128
ROWS: Final = 2
#: Default containment (shared shingles / shingles of the smaller document) for two documents to
#: be copies of one template. Measured (docs/families.md): unrelated pairs reach at most 0.02 in
#: the seeds and corpus and 0.13 in the synthetic 10,000; the least similar real copies (seeds
#: 000/004) 0.46; on the synthetic corpus precision is 1.0 from 0.15 up and recall falls from
#: 0.998 at 0.2 to 0.991 at 0.3 and 0.95 at 0.4.
THRESHOLD: Final = 0.2
#: Default containment for a press release to announce a member: the highest unrelated pair in the
#: synthetic corpus is 0.08, seed 002 shares 0.36 with the motion it announces.
MENTION_THRESHOLD: Final = 0.1
#: Shared shingles a pair needs besides the containment, so that a very short text does not join
#: a family on one shared sentence (ten shingles: a passage of about fourteen words).
MIN_SHARED: Final = 10

#: Documents of distinct groups a new document is checked against in one LSH bucket.
MAX_REPS: Final = 8

_SPACE: Final = re.compile(r"\s+")
_BLANK_LINE: Final = re.compile(r"\n[^\S\n]*\n")
_MARKS: Final = re.compile(r"[*#\uf0b7]+")
_EMPTY: Final = 1 << 64


@dataclass(slots=True)
class _Entry:
    index: int
    doc: Document
    text: str
    tok: Tokens
    shingles: frozenset[int]


class _WordHashes(dict[str, int]):
    """Word → CRC-32 of its UTF-8 bytes, computed once per distinct word."""

    def __missing__(self, key: str) -> int:
        value = self[key] = zlib.crc32(key.encode("utf-8"))
        return value


def shingles(tok: Tokens, cache: _WordHashes) -> frozenset[int]:
    """Hashes of the word 5-grams of ``tok`` with at least :data:`SHINGLE_WORDS` unmasked words."""
    ids = list(map(cache.__getitem__, tok.keys))
    grams = zip(*(ids[i:] for i in range(SHINGLE)), strict=False)
    masked = map(sum, zip(*(tok.slots[i:] for i in range(SHINGLE)), strict=False))
    return frozenset(map(hash, compress(grams, map((SHINGLE - SHINGLE_WORDS).__ge__, masked))))


def signature(hashes: Iterable[int]) -> list[int]:
    """One-permutation MinHash of a non-empty shingle set, densified by rotation."""
    sig = [_EMPTY] * BINS
    shift = BINS.bit_length() - 1
    for h in hashes:
        b = h & (BINS - 1)
        v = h >> shift
        if v < sig[b]:
            sig[b] = v
    if _EMPTY in sig:  # an empty bin borrows the next non-empty bin to its right, offset
        nxt, dist = -1, 0
        for b in range(2 * BINS - 1, -1, -1):  # two laps, so the last bins see the first
            v = sig[b % BINS]
            if v < _EMPTY:
                nxt, dist = v, 0
            else:
                dist += 1
                if b < BINS and nxt >= 0:
                    sig[b] = nxt + dist * _EMPTY
    return sig


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def containment(a: frozenset[int], b: frozenset[int]) -> tuple[float, int]:
    """(shared / size of the smaller set, shared)."""
    shared = len(a & b)
    smaller = min(len(a), len(b))
    return (shared / smaller if smaller else 0.0), shared


def groups(sets: Sequence[frozenset[int]], threshold: float) -> list[list[int]]:
    """Groups (index lists, each sorted) of sets joined by verified LSH candidate pairs."""
    buckets: dict[int, list[int]] = {}
    for idx, s in enumerate(sets):
        if len(s) < MIN_SHARED:
            continue
        sig = signature(s)
        for key in map(hash, zip(range(BINS // ROWS), *(sig[r::ROWS] for r in range(ROWS)),
                                 strict=False)):
            buckets.setdefault(key, []).append(idx)
    uf = _UnionFind(len(sets))
    find = uf.find
    tried: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        # One document per group met in this bucket; at most MAX_REPS, so that a bucket filled
        # by boilerplate shared across unrelated documents costs linear, not quadratic, time.
        reps: list[int] = []
        for d in members:
            root = find(d)
            for e in reps:
                if find(e) == root or (e, d) in tried:
                    continue
                tried.add((e, d))
                score, shared = containment(sets[d], sets[e])
                if score >= threshold and shared >= MIN_SHARED:
                    uf.union(d, e)
                    root = find(d)
            if len(reps) < MAX_REPS and all(find(e) != root for e in reps):
                reps.append(d)
    out: dict[int, list[int]] = {}
    for idx in range(len(sets)):
        out.setdefault(uf.find(idx), []).append(idx)
    return [g for g in out.values() if len(g) > 1]


def families(docs: Iterable[DocumentLike], *, threshold: float = THRESHOLD, min_size: int = 2,
             mention_threshold: float = MENTION_THRESHOLD) -> list[Family]:
    """Group documents that descend from one template.

    ``docs`` are :class:`~tillit.Document` objects parsed with ``keep_text=True``, or
    ``(document, text)`` pairs. Two documents are joined when they share at least ``threshold``
    of the smaller one's word 5-grams (names masked; see the module doc) and at least
    :data:`MIN_SHARED` of them; families are the connected groups with at least ``min_size``
    members, largest first. Press releases are not members: each is attached as a
    :class:`Mention` to the member it shares most text with, in every family where that share
    reaches ``mention_threshold``. ``Member.index`` and ``Mention.index`` are positions in
    ``docs``.
    """
    if not 0 < threshold <= 1 or not 0 < mention_threshold <= 1:
        raise ValueError("threshold and mention_threshold must be in (0, 1]")
    if min_size < 1:
        raise ValueError("min_size must be at least 1")
    with gc_paused():  # millions of small objects, no cycles (docs/families.md)
        return _families(docs, threshold, min_size, mention_threshold)


def _families(docs: Iterable[DocumentLike], threshold: float, min_size: int,
              mention_threshold: float) -> list[Family]:
    pairs = [resolve(item) for item in docs]
    masker = Masker(doc for doc, _ in pairs)
    cache = _WordHashes()
    entries = []
    for i, (doc, text) in enumerate(pairs):
        tok = document_tokens(masker, doc, text)
        entries.append(_Entry(i, doc, text, tok, shingles(tok, cache)))
    members = [e for e in entries if e.doc.kind != "press_release"]
    found = [[members[i] for i in g]
             for g in groups([e.shingles for e in members], threshold)]
    if min_size == 1:
        grouped = {e.index for g in found for e in g}
        found += [[e] for e in members if e.index not in grouped and len(e.shingles)]
    found = [g for g in found if len(g) >= min_size]
    # (ties by the members' texts, not their input order: a family list that does not depend
    # on the order the documents came in)
    found.sort(key=lambda g: (-len(g), min(e.text for e in g), g[0].index))
    press = [e for e in entries if e.doc.kind == "press_release"]
    built = [_family(n, g) for n, g in enumerate(found, start=1)]
    if press and built:
        built = _attach_mentions(built, found, press, mention_threshold)
    return built


# --- One family --------------------------------------------------------------------------------


def _representative(group: list[_Entry]) -> _Entry:
    counts: Counter[int] = Counter()
    for e in group:
        counts.update(e.shingles)
    need = math.ceil(len(group) / 2)
    core = {h for h, c in counts.items() if c >= need}
    return max(group, key=lambda e: (len(e.shingles & core), -e.index))


def _excerpt(tok: Tokens, i: int, j: int) -> Excerpt:
    span = Span(start=tok.starts[i], end=tok.ends[j - 1])
    return Excerpt(span=span, text=span.slice(tok.text))


def _template(tok: Tokens, runs: list[tuple[int, int]]) -> str:
    parts = []
    for i, j in runs:
        words = []
        for t in range(i, j):
            kind = tok.kinds[t]
            words.append(tok.surface(t) if kind is None else "{" + kind + "}")
            if t + 1 < j:
                gap = _MARKS.sub("", tok.text[tok.ends[t] : tok.starts[t + 1]])
                flat = _SPACE.sub(" ", gap)
                # A blank line is a paragraph break unless it only wraps a sentence (PDF text).
                brk = _BLANK_LINE.search(gap) and (flat.strip()[-1:] in (".", "!", "?", ":")
                                                   or tok.surface(t + 1)[:1].isupper())
                words.append(flat.strip() + "\n\n" if brk else flat)
        parts.append("".join(words))
    return " … ".join(parts)


def _family(number: int, group: list[_Entry]) -> Family:
    rep = _representative(group)
    rep_tok = rep.tok
    others = [e for e in group if e is not rep]
    aligned: list[tuple[_Entry, list[Tile]]] = []
    delta = [0] * (len(rep_tok) + 1)  # how many other members share each token: + at starts
    rep_grams = Grams(rep_tok.keys)
    for e in others:
        found = tiles(rep_grams, e.tok.keys)
        for t in found:
            delta[t.i] += 1
            delta[t.i + t.length] -= 1
        aligned.append((e, found))
    need = max(1, math.ceil(len(others) / 2))
    cover = accumulate(delta[:-1])
    core_runs = runs(bytes(map(need.__le__, cover)), 1, rep_tok.slots)
    core_mask = covered(len(rep_tok), ((i, j - i) for i, j in core_runs))
    members = [Member(
        index=rep.index, source=rep.doc.source, kind=rep.doc.kind, title=rep.doc.title,
        organisation=rep.doc.organisation, date=rep.doc.date,
        parties=tuple(p.code for p in rep.doc.parties), representative=True, similarity=1.0,
        substitutions=(), added=unshared(rep_tok, core_mask), removed=(),
        proposals=proposals(rep.doc, rep_tok, rep.doc, rep_tok))]
    for e, found in sorted(aligned, key=lambda a: a[0].index):
        tok = e.tok
        in_core = bytearray(len(tok))  # this member's tokens aligned with template tokens
        seen = bytearray(len(rep_tok))  # template tokens this member has
        for t in found:
            part = core_mask[t.i : t.i + t.length]
            in_core[t.j : t.j + t.length] = part
            seen[t.i : t.i + t.length] = part
        missing = bytes(map(operator.gt, core_mask, seen))
        shared = sum(t.length for t in found)
        members.append(Member(
            index=e.index, source=e.doc.source, kind=e.doc.kind, title=e.doc.title,
            organisation=e.doc.organisation, date=e.doc.date,
            parties=tuple(p.code for p in e.doc.parties), representative=False,
            similarity=round(dice(shared, len(rep_tok), len(tok)), 4),
            substitutions=substitutions(rep_tok, tok, found),
            added=unshared(tok, in_core),
            removed=tuple(_excerpt(rep_tok, i, j) for i, j in runs(missing, 1, rep_tok.slots)),
            proposals=proposals(rep.doc, rep_tok, e.doc, tok)))
    return Family(id=number, representative=rep.index, members=tuple(members),
                  core=tuple(_excerpt(rep_tok, i, j) for i, j in core_runs),
                  template=_template(rep_tok, core_runs))


# --- Press releases ----------------------------------------------------------------------------


def _plain(tok: Tokens) -> list[str]:
    """Keys with masked names written out, so that copies differing only in names differ."""
    return [k if kind is None else fold(tok.surface(i))
            for i, (k, kind) in enumerate(zip(tok.keys, tok.kinds, strict=True))]


def _attach_mentions(built: list[Family], found: list[list[_Entry]], press: list[_Entry],
                     threshold: float) -> list[Family]:
    wanted = frozenset().union(*(pr.shingles for pr in press))
    index: dict[int, list[tuple[int, _Entry]]] = {}
    for f, group in enumerate(found):
        for e in group:
            for h in e.shingles & wanted:
                index.setdefault(h, []).append((f, e))
    mentions: dict[int, list[Mention]] = {}
    for pr in press:
        if len(pr.shingles) < MIN_SHARED:
            continue
        shared: Counter[tuple[int, int]] = Counter()
        entry: dict[int, _Entry] = {}
        for h in pr.shingles:
            for f, e in index.get(h, ()):
                shared[f, e.index] += 1
                entry[e.index] = e
        best: dict[int, list[tuple[float, _Entry]]] = {}
        for (f, idx), n in shared.items():
            e = entry[idx]
            score = n / min(len(pr.shingles), len(e.shingles))
            if score >= threshold and n >= MIN_SHARED:
                best.setdefault(f, []).append((score, e))
        if not best:
            continue
        pr_tok = pr.tok
        pr_plain = _plain_shingles(pr_tok)
        for f, cands in best.items():
            toks = {e.index: e.tok for _, e in cands}
            # The copy the release announces: most shared text with names written out.
            score, e = max(cands, key=lambda c: (len(pr_plain & _plain_shingles(toks[c[1].index])),
                                                 c[0], -c[1].index))
            tok = toks[e.index]
            passages = tuple(
                SharedPassage(a=Span(start=pr_tok.starts[t.i],
                                     end=pr_tok.ends[t.i + t.length - 1]),
                              b=Span(start=tok.starts[t.j], end=tok.ends[t.j + t.length - 1]),
                              tokens=t.length,
                              text=pr.text[pr_tok.starts[t.i] : pr_tok.ends[t.i + t.length - 1]])
                for t in tiles(pr_tok.keys, tok.keys))
            mentions.setdefault(f, []).append(Mention(
                index=pr.index, source=pr.doc.source, title=pr.doc.title, member=e.index,
                score=round(score, 4), passages=passages))
    return [fam.model_copy(update={"mentions": tuple(mentions.get(f, ()))})
            for f, fam in enumerate(built)]


def _plain_shingles(tok: Tokens) -> frozenset[int]:
    """Word 5-grams with masked names written out, so copies differing only in names differ."""
    words = [k if kind is None else fold(tok.surface(i))
             for i, (k, kind) in enumerate(zip(tok.keys, tok.kinds, strict=True))]
    hashes = list(map(_WordHashes().__getitem__, words))
    return frozenset(hash(g) for g in zip(*(hashes[i:] for i in range(SHINGLE)), strict=False))

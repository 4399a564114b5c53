"""Alignment of two token sequences: shared passages (tiles) and word-level diffs.

Shared passages are found by greedy string tiling (Wise 1993, the algorithm behind JPlag and
other text-reuse detectors): every maximal run of equal tokens of at least ``min_run`` tokens
is a candidate; the longest are accepted first, and a candidate that overlaps an accepted tile
is cut back to its untouched part. Unlike a longest-common-subsequence diff, tiling finds moved
paragraphs too, and it ignores the short function-word matches ("för att", "och") that make an
LCS of two unrelated texts look similar.

Word diffs of short texts (att-satser) use a plain longest-common-subsequence table.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Final

#: Shortest shared passage, in tokens. Five words is the usual seed length in text-reuse work:
#: shorter runs ("att tillsammans med de") recur in unrelated Swedish political prose.
MIN_RUN: Final = 5
#: A shared passage must hold this many unmasked words, so that a run made only of slots
#: (a signature list: person, party, person, party …) does not count as shared text.
MIN_WORDS: Final = 3
#: A gram with more position pairs than this is not used as a seed (repetitive text).
_MAX_POSTINGS: Final = 64


@dataclass(frozen=True, slots=True)
class Tile:
    """``a[i:i+length]`` equals ``b[j:j+length]``."""

    i: int
    j: int
    length: int


def slot_mask(keys: Sequence[str]) -> bytes:
    """1 for each slot token (a masked name, "§…"), 0 for a word."""
    return bytes(map(str.startswith, keys, repeat("§")))


def _extend(a: Sequence[str], b: Sequence[str], i: int, j: int, length: int) -> int:
    """Length of the equal run of ``a[i:]`` and ``b[j:]``, known to be at least ``length``."""
    limit = len(a) - i
    if len(b) - j < limit:
        limit = len(b) - j
    step = 8
    while length < limit:  # gallop with slice comparisons (C speed), then bisect
        probe = length + step if length + step < limit else limit
        if a[i + length : i + probe] == b[j + length : j + probe]:
            length = probe
            step *= 2
            continue
        lo, hi = length, probe  # a[..lo] equal, a[..hi] not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if a[i + lo : i + mid] == b[j + lo : j + mid]:
                lo = mid
            else:
                hi = mid
        return lo
    return length


class Grams:
    """The word ``min_run``-grams of a token sequence with their positions, built once and
    reused when one text is aligned with many (a family's representative)."""

    __slots__ = ("dups", "keys", "min_run", "pos")

    def __init__(self, keys: Sequence[str], min_run: int = MIN_RUN) -> None:
        self.keys = keys
        self.min_run = min_run
        grams = list(zip(*(keys[t:] for t in range(min_run)), strict=False))
        #: gram → its position (the last one, for a repeated gram)
        self.pos: dict[tuple[str, ...], int] = dict(zip(grams, range(len(grams)), strict=True))
        #: gram → all its positions, for the grams that occur more than once
        self.dups: dict[tuple[str, ...], list[int]] = {}
        if len(self.pos) < len(grams):
            for gram, count in Counter(grams).items():
                if count > 1:
                    at, where = [], -1
                    for _ in range(count):
                        where = grams.index(gram, where + 1)
                        at.append(where)
                    self.dups[gram] = at

def tiles(a: Sequence[str] | Grams, b: Sequence[str] | Grams, *, min_run: int = MIN_RUN,
          min_words: int = MIN_WORDS) -> list[Tile]:
    """Non-overlapping shared runs of ``a`` and ``b``, longest first accepted, sorted by ``i``.

    Tokens starting with "§" are slots (masked names); they match each other but do not count
    towards ``min_words``. Pass :class:`Grams` to reuse one side's index across calls.
    """
    ga = a if isinstance(a, Grams) and a.min_run == min_run else Grams(
        a.keys if isinstance(a, Grams) else a, min_run)
    gb = b if isinstance(b, Grams) and b.min_run == min_run else Grams(
        b.keys if isinstance(b, Grams) else b, min_run)
    ka, kb = ga.keys, gb.keys
    na, nb = len(ka), len(kb)
    heap: list[tuple[int, int, int]] = []
    pos_a, pos_b, dups_a, dups_b = ga.pos, gb.pos, ga.dups, gb.dups
    for gram in pos_a.keys() & pos_b.keys():  # seeds: the grams both texts have
        ia = dups_a.get(gram) or (pos_a[gram],)
        jb = dups_b.get(gram) or (pos_b[gram],)
        if len(ia) * len(jb) > _MAX_POSTINGS:
            continue
        for i in ia:
            for j in jb:
                if i and j and ka[i - 1] == kb[j - 1]:
                    continue  # inside a run found from an earlier start
                heap.append((-_extend(ka, kb, i, j, min_run), i, j))
    if not heap:
        return []
    heapq.heapify(heap)
    slots = slot_mask(ka)
    used_a = bytearray(na)
    used_b = bytearray(nb)
    out: list[Tile] = []
    while heap:
        neg, i, j = heapq.heappop(heap)
        length = -neg
        if used_a.find(1, i, i + length) < 0 and used_b.find(1, j, j + length) < 0:
            if length - slots.count(1, i, i + length) < min_words:
                continue
            out.append(Tile(i, j, length))
            used_a[i : i + length] = b"\x01" * length
            used_b[j : j + length] = b"\x01" * length
            continue
        t = 0
        while t < length:  # put the untouched parts back, if still long enough
            if used_a[i + t] or used_b[j + t]:
                t += 1
                continue
            s = t
            while t < length and not used_a[i + t] and not used_b[j + t]:
                t += 1
            if t - s >= min_run:
                heapq.heappush(heap, (-(t - s), i + s, j + s))
    out.sort(key=lambda tile: tile.i)
    return out


def runs(mask: bytes | bytearray, value: int, slots: bytes,
         min_words: int = MIN_WORDS) -> list[tuple[int, int]]:
    """Maximal runs ``[i, j)`` of ``value`` in ``mask`` holding at least ``min_words`` words
    (positions where ``slots`` is 0)."""
    out = []
    n = len(mask)
    other = 1 - value
    i = mask.find(value)
    while 0 <= i < n:
        j = mask.find(other, i)
        if j < 0:
            j = n
        if (j - i) - slots.count(1, i, j) >= min_words:
            out.append((i, j))
        i = mask.find(value, j)
    return out


def lcs_pairs(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs of one longest common subsequence of ``a`` and ``b`` (quadratic; short texts)."""
    na, nb = len(a), len(b)
    table = [[0] * (nb + 1) for _ in range(na + 1)]
    for x in range(na - 1, -1, -1):
        row, below = table[x], table[x + 1]
        ax = a[x]
        for y in range(nb - 1, -1, -1):
            row[y] = below[y + 1] + 1 if ax == b[y] else max(below[y], row[y + 1])
    pairs: list[tuple[int, int]] = []
    x = y = 0
    while x < na and y < nb:
        if a[x] == b[y]:
            pairs.append((x, y))
            x += 1
            y += 1
        elif table[x + 1][y] >= table[x][y + 1]:
            x += 1
        else:
            y += 1
    return pairs


def dice(common: int, na: int, nb: int) -> float:
    """2·common / (na + nb), 0 for two empty sequences."""
    return 2 * common / (na + nb) if na + nb else 0.0

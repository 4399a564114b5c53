"""Line roles: every line's features, computed once, and the role it plays in the document.

Between segmentation and extraction. Each line gets its features from :mod:`tillit.shapes`
and the cue tables (date shape, party tag, signature shape, att, preamble verb, kind word,
furniture…), then a role decided with its neighbours in view: a run of menu lines before the
document starts is chrome, everything after a comment form or sharing widget is trailer.
Extractors read roles instead of re-judging lines; :func:`explain` shows every line's role and
the evidence for it, so a user can see why a line was taken or passed over.

Roles are chosen by a fixed precedence over the features (hand-set, see
``docs/architecture.md``): the first role in :data:`PRECEDENCE` whose feature fired wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from tillit import patterns as P
from tillit.blocks import Block
from tillit.dates import may_be_date_line, may_lead_date
from tillit.lexicon import fold, lexicon
from tillit.shapes import (
    COLUMN_GAP,
    DIGIT,
    GROUP_STARTS,
    SENTENCE_ENDS,
    att_start,
    group_party,
    is_date_line,
    is_signature,
    named_kind,
    party_line,
    press_furniture,
    press_section,
    teaser_end,
)

Role = Literal["chrome", "trailer", "label", "kind", "addressee", "meta", "dateplace", "group",
               "party", "signature", "preamble", "proposal", "contact", "heading", "prose",
               "text"]

#: Feature → role, in order of precedence: the first feature that fired decides the role.
PRECEDENCE: tuple[tuple[str, Role], ...] = (
    ("furniture", "chrome"),
    ("signer_label", "label"),
    ("signer_inline", "signature"),
    ("contact_label", "label"),
    ("field_label", "label"),
    ("kind_line", "kind"),
    ("addressee", "addressee"),
    ("beteckning", "meta"),
    ("number_line", "meta"),
    ("reference", "meta"),
    ("date_line", "dateplace"),
    ("group_heading", "group"),
    ("party_line", "party"),
    ("att", "proposal"),
    ("signature", "signature"),
    ("proposal_heading", "preamble"),
    ("proposal_verb", "preamble"),
    ("contact", "contact"),
    ("prose", "prose"),
    ("heading", "heading"),
)

#: Evidence of a line that is a form's signer field (the line after a signer label).
LABELLED_SIGNER = "after a signer label"
#: Evidence of a field's value under its label ("Plats" / "Hörsalen").
FIELD_VALUE = "after a field label"
#: Evidence of a line inside a block of contact people.
UNDER_CONTACT = "under a contact label"
#: A phone number: the evidence that lines under a contact label are a contact block.
_PHONE = re.compile(r"(?<!\d)(?:\+46|0)\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2,3}(?!\d)")
#: A line that is a phone number, with its label or not: "070-123 45 67", "Tel: 046-35 50 00".
_PHONE_ONLY = re.compile(
    r"(?:(?:tel|telefon|tfn|mobil|mob)\.?[ ]*:?[ ]*)?" + _PHONE.pattern + r"[ ]*", re.IGNORECASE)
#: A phone number's line is at most this long.
_PHONE_LINE = 40
#: How many lines a contact label governs at most (name, title, phone, e-mail, site).
_CONTACT_LINES = 7

#: Lines longer than this are judged by their block's prose flag only (no line patterns);
#: extractors may read the features of lines up to this long instead of their patterns.
LONG_LINE = 400
_new = object.__new__
#: The document proper starts within this many lines; chrome after it is only furniture.
_START_WINDOW = 40


@dataclass(slots=True)
class LineRole:
    """One line with its features and role; ``evidence`` names what decided the role."""

    block: int
    #: Index of the line within its block.
    line: int
    #: Position of the line in the document (over all blocks).
    index: int
    text: str
    features: frozenset[str]
    role: Role
    evidence: str
    #: The kind the line names by its opening word and where the word stands
    #: (:func:`tillit.shapes.named_kind`), for a line with a kind word first.
    named: tuple[str, int, int] | None = None


#: The roles of lines outside the document: page furniture, and all after its end.
OUTSIDE: tuple[Role, ...] = ("chrome", "trailer")
#: The evidence of a page number line (a PDF's page break).
PAGE_MARK = "furniture:page number"
#: The evidence of a letterhead's footer line (address, phone, web), printed on every page.
FOOTER = "furniture:letterhead footer"
#: Evidence of the lines a page break consists of.
_PAGE_BREAK = frozenset({PAGE_MARK, FOOTER})
#: A running head repeats one of the document's first this many lines.
_HEAD_LINES = 20


@dataclass(slots=True)
class Roles:
    """The roles of every line, in document order, and where the document proper lies."""

    lines: list[LineRole]
    #: Index (into ``lines``) of the first line that belongs to the document.
    start: int
    #: Index one past the last line that belongs to the document (the trailer begins here).
    end: int
    #: Per block, the positions of its lines in ``lines``.
    by_block: list[range]
    #: The blocks :meth:`page_mark` may be true of: those with a line that the line readings
    #: took for a page break or that holds a postal address (a line's evidence may change
    #: after them, but never to a page break's).
    breaks: set[int] = field(default_factory=set)
    #: The positions of the lines the document's date may be read from: outside a prose
    #: block, up to ``DATED_LINE`` long, holding a digit (:mod:`tillit.extract.dateplace`);
    #: None for every line.
    dated: list[int] | None = None
    #: The same of the lines without a digit that may end in an "as above" cue ("Tranemo som
    #: ovan": a place whose date is given above); None for every line.
    above: list[int] | None = None
    #: The positions of the lines with one of the ``FEATURED`` features, which the
    #: classifier looks for over the whole document; None for every line.
    featured: list[int] | None = None
    #: The positions of the lines that may sign as a form's signer: those with the
    #: ``signer_inline`` feature and those a signer label gave the ``LABELLED_SIGNER``
    #: evidence (:mod:`tillit.extract.signatories` asks each again), in order; None for every
    #: line.
    signers: list[int] | None = None
    #: The positions of the lines that may give the header its kind: those that name one
    #: (``named``), hold a paragraph sign or a kind alone (``classify._header_kind`` reads no
    #: other line); None for every line.
    headed: list[int] | None = None
    #: The block where a document the page reproduces begins (its kind line), under an intro
    #: whose last sentence announces it ("… ställer jag följande interpellation till
    #: kommunstyrelsens ordförande:", "Här min andra interpellation:"); None on other pages.
    announced: int | None = None
    #: :meth:`page_mark`'s answers for blocks that need more than a look at their lines'
    #: evidence (a postal line in every item of a list would be read again by each stage).
    _marks: dict[int, bool] = field(default_factory=dict)
    #: The texts of the first ``_HEAD_LINES`` lines, once a block after them asks.
    _head: set[str] | None = None

    def with_features(self) -> list[LineRole]:
        """The lines with one of the ``FEATURED`` features (and maybe others), in order."""
        if self.featured is None:
            return self.lines
        return list(map(self.lines.__getitem__, self.featured))

    def may_sign(self) -> list[LineRole]:
        """The lines that may be a form's signer (``signers``; maybe others), in order."""
        if self.signers is None:
            return self.lines
        return list(map(self.lines.__getitem__, self.signers))

    def of(self, block: int, line: int = 0) -> LineRole:
        """The role of one line of a block."""
        return self.lines[self.by_block[block][line]]

    def block_in_document(self, block: int) -> bool:
        """True when a block lies inside the document proper (not before it, not after it)."""
        r = self.by_block[block]
        return bool(r) and self.start <= r.start < self.end

    def in_document(self, block: int, line: int = 0) -> bool:
        """True when a line lies inside the document and is not furniture: never false for a
        title, date, name or proposal. (Lines before the start are all chrome, lines after
        the end all trailer, so the role alone tells.)"""
        return self.of(block, line).role not in OUTSIDE

    def page_mark(self, block: int) -> bool:
        """True for a PDF's page break: a block of a page number ("Sida 1 av 2", "2 (3)") or a
        letterhead's footer (address, phone, web), and maybe a running head repeating lines
        the first page showed (the title, a letterhead). It may fall inside a list of
        proposals or signatures without ending it."""
        if block not in self.breaks:
            return False
        positions = self.by_block[block]
        if len(positions) == 1:  # most blocks: no generator for one line
            only = self.lines[positions.start]
            if only.evidence not in _PAGE_BREAK and "postal" not in only.features:
                return False
        elif len(positions) > _HEAD_LINES or not any(
                self.lines[i].evidence in _PAGE_BREAK or "postal" in self.lines[i].features
                for i in positions):
            return False
        known = self._marks.get(block)
        if known is None:
            known = self._marks[block] = self._page_mark(positions)
        return known

    def _page_mark(self, positions: range) -> bool:
        """:meth:`page_mark` of a block that holds a page-break line or a postal address."""
        if positions.start < _HEAD_LINES:
            head = {lr.text for lr in self.lines[:positions.start]}
        else:  # the same for every block after them
            if self._head is None:
                self._head = {lr.text for lr in self.lines[:_HEAD_LINES]}
            head = self._head
        marked = False
        rest: list[str] = []
        for i in positions:
            lr = self.lines[i]
            if lr.evidence in _PAGE_BREAK:
                marked = True
            elif lr.text not in head:
                rest.append(lr.text)
        if not rest:
            return marked
        if len(rest) == 1 and len(rest[0]) <= min(_FOOTER_LINE, LONG_LINE):
            # One line: whether it holds a postal address is one of its features.
            return _footer(rest[0], "postal" in self.lines[positions[-1]].features
                           if len(positions) == 1 else None)
        # A footer set over a few lines ("Postadress: Box 123, 534 21 Vara" / "Telefon …").
        return len(rest) <= _FOOTER_LINES and _footer(
            " ".join(rest)[:_FOOTER_LINE * _FOOTER_LINES])

    def block_lines(self, block: int) -> list[LineRole]:
        """The roles of a block's lines, in order."""
        r = self.by_block[block]
        return self.lines[r.start:r.stop]

    def table(self) -> str:
        """Every line with its role and evidence, one per row: the debug view."""
        rows = []
        for lr in self.lines:
            where = ("before" if lr.index < self.start else "after" if lr.index >= self.end
                     else "")
            text = lr.text if len(lr.text) <= 70 else lr.text[:67] + "…"
            others = sorted(lr.features - {"furniture", lr.evidence})
            also = f"; also {', '.join(others)}" if others else ""
            rows.append(f"{lr.index:4d} {lr.block:3d}.{lr.line:<2d} {lr.role:<10s} "
                        f"{where:<6s} {text!r}  [{lr.evidence}{also}]")
            if self.announced is not None and lr.index == self.by_block[self.announced].start:
                rows[-1] += "  <- the reproduced document starts here (announced above)"
        return "\n".join(rows)

    def __iter__(self) -> Iterator[LineRole]:
        return iter(self.lines)


_LEX = lexicon()
_FURNITURE = _LEX.folded("chrome", "lines")
_FURNITURE_PREFIXES = _LEX.prefixes("chrome", "prefixes")
_NAME_PREFIXES = _LEX.prefixes("chrome", "name_prefixes")


def _by_first(prefixes: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """``prefixes`` grouped by their first character, and the group of any other character: a
    text starts with one of them only if it starts with one of its first character's group
    (an empty prefix, which every text starts with, is in every group)."""
    empty = ("",) if "" in prefixes else ()
    groups: dict[str, tuple[str, ...]] = {}
    for p in prefixes:
        if p:
            groups[p[0]] = (*groups.get(p[0], empty), p)
    return groups, empty


#: ``_FURNITURE_PREFIXES`` by first character: a line tries the few of its own (81 in all).
_FURNITURE_BY_FIRST, _FURNITURE_NO_FIRST = _by_first(_FURNITURE_PREFIXES)
_IMAGE_WORDS = _LEX.folded("chrome", "image_words")
_SITE_NAME_ENDINGS = tuple(_LEX.folded("chrome", "site_name_endings"))
#: A site's name is a short line.
_SITE_NAME_WORDS = 3
#: A photo caption's credit after a sentence's end: "…(S). Foto: Kävlinge kommun/John Nordh".
_CAPTION_CREDIT = re.compile(
    rf"[.!?)][ ]+(?:{'|'.join(re.escape(w) for w in _LEX.cue('chrome', 'caption_credits'))})"
    r"[ ]*:[ ]*\S")
#: The image words no other one lies inside ("logo" of "logotyp"): a text holds an image word
#: exactly when it holds one of these.
_IMAGE_STEMS = tuple(sorted(w for w in _IMAGE_WORDS
                            if not any(v != w and v in w for v in _IMAGE_WORDS)))
#: Any image stem, one search for the ``in`` test of each (none: a pattern that never matches).
_IMAGE_STEM = re.compile("|".join(map(re.escape, _IMAGE_STEMS)) if _IMAGE_STEMS else "(?!)")
#: A logo's alt text is a short line.
_IMAGE_LINE = 80
#: A photo caption with its credit is at most this long.
_CAPTION_LINE = 300
_WORDS = re.compile(r"\w+")
_TRAILER = _LEX.folded("chrome", "trailer")
_TRAILER_AFTER_CLOSE = _LEX.folded("chrome", "trailer_after_close")
#: Roles that close a document: after one of them, a weak trailer cue ends it.
CLOSING = frozenset({"signature", "dateplace", "party", "group"})
_SIGNER_LABELS = _LEX.folded("signatures", "signer_labels")
_CONTACT_LABELS = _LEX.folded("signatures", "contact_labels")
_FIELD_LABELS = _LEX.folded("chrome", "field_labels")
_PRESS_FURNITURE = _LEX.folded("kinds", "press_furniture")
_NEWS_FURNITURE = _LEX.folded("kinds", "news_furniture")


def _key(text: str) -> str:
    """A furniture lookup key: folded, without a trailing ":" / ">>" / "»" / "…"."""
    return _key_of(fold(text))


def _key_of(folded: str) -> str:
    """:func:`_key` of a text already folded."""
    return folded.rstrip(":>»›…. ").strip()


#: A post's comment count: "0 kommentarer", "1 kommentar", "3 svar", "2 comments".
_COMMENT_COUNT = re.compile(r"\d{1,5} (?:kommentarer|kommentar|svar|comments?)")
_CATEGORY_SPLIT = re.compile(r"[ ]*(?:[&,/|+]|[ ]och[ ])[ ]*|[ ]+")
_YEARS = re.compile(r"\d{4}(?:[-–/]\d{2,4})?")


#: The first word _CATEGORY_SPLIT gives: up to a space or separator, after any separators.
_FIRST_WORD = re.compile(r"[&,/|+ ]*([^&,/|+ ]*)")
#: The characters ``_FIRST_WORD`` ends a word at.
_SEPARATORS = frozenset("&,/|+ ")


def _category(key: str) -> bool:
    """A site section named by several menu words, or with years: "Motioner & Interpellationer",
    "Motioner 2017-2018"."""
    if len(key) >= 2 and key[0] not in _SEPARATORS and key[1] not in _SEPARATORS \
            and key[:2] not in _FURNITURE_PAIRS and not key[0].isdecimal():
        return False  # the first word opens with these two: no menu word's, no year's
    m = _FIRST_WORD.match(key)
    if m is not None and m[1] not in _FURNITURE and not (
            m[1][:1].isdecimal() and _YEARS.fullmatch(m[1])):  # (years open with a \d)
        return False  # every word must be a menu word or years, the first too
    words = [w for w in _CATEGORY_SPLIT.split(key) if w]
    return len(words) >= 2 and any(w in _FURNITURE for w in words) and \
        all(w in _FURNITURE or _YEARS.fullmatch(w) for w in words)


def _furniture_run(words: list[str]) -> bool:
    """The words split into two or more furniture entries in a row ("hoppa till innehåll" +
    "hoppa till meny"); each entry is at most ``_ENTRY_WORDS`` words."""
    if words[0] not in _FURNITURE_FIRST or words[-1] not in _FURNITURE_LAST:
        return False  # (the test most short lines fail, a set lookup each)
    ends = [0]  # word counts that a run of whole entries covers
    for i in range(1, len(words) + 1):
        if any(i - j <= _ENTRY_WORDS and " ".join(words[j:i]) in _FURNITURE for j in ends):
            ends.append(i)
    return ends[-1] == len(words) and len(ends) > 2


#: A furniture entry is at most this many words ("Gå direkt till innehållet").
_ENTRY_WORDS = 5
#: The first and last words of the furniture entries.
_FURNITURE_FIRST = frozenset(e.split()[0] for e in _FURNITURE if e)
_FURNITURE_LAST = frozenset(e.split()[-1] for e in _FURNITURE if e)
#: The first two characters of the furniture entries.
_FURNITURE_PAIRS = frozenset(e[:2] for e in _FURNITURE)


def furniture(text: str, folded: str | None = None, postal: bool | None = None,
              key: str | None = None) -> str | None:
    """Why a line is web-page furniture ("menu word", "breadcrumb"…), or None; ``folded`` is
    the line's :func:`fold`, ``postal`` whether ``_POSTAL`` finds an address in it and
    ``key`` its :func:`_key_of` ``folded`` (words set apart by single spaces, as :func:`fold`
    leaves them), where the caller has them."""
    if folded is None:
        folded = fold(text)
    if key is None:
        key = _key_of(folded)
    if not key:
        return "rule" if _RULE.fullmatch(text) else None
    if key in _FURNITURE:
        return "furniture word"
    n = len(text)
    if n <= 120:  # (the tests of short lines, in their order)
        if n <= 80 and ("\t" in text or "  " in text) and all(  # COLUMN_GAP finds one
                _key(part) in _FURNITURE for part in COLUMN_GAP.split(text.strip())):
            return "furniture words"  # "Skriv ut    Dela": a toolbar's links side by side
        if (" | " in text or " · " in text) and all(
                furniture(part) is not None or _key(part) in _CONTACT_LABELS
                for part in _TOOLBAR_SPLIT.split(text.strip())):
            return "furniture words"  # "Skriv ut | Ladda ner som PDF | Lyssna"
        if n <= 80 and (space := key.find(" ")) > 0 and key[:space] in _FURNITURE_FIRST \
                and _furniture_run(key.split()):  # (its first test, on the first word alone)
            return "furniture words"  # "Hoppa till innehåll Hoppa till meny": skip links
        if n <= 60 and _category(key):
            return "category"
        if folded.startswith(  # (_FURNITURE_PREFIXES)
                _FURNITURE_BY_FIRST.get(folded[:1], _FURNITURE_NO_FIRST)):
            return "furniture prefix"
        if folded.startswith(_NAME_PREFIXES):
            words = text.split(maxsplit=2)  # (each name prefix is one word)
            if len(words) > 1 and (words[1][:1].isupper() or words[1][:1] == "@"):
                return "furniture prefix"
    if folded.endswith(_SITE_NAME_ENDINGS) and folded.count(" ") < _SITE_NAME_WORDS:
        return "site name"  # "Kerstins Hemsida", "Landsmötesbloggen"
    if n <= _IMAGE_LINE and _IMAGE_STEM.search(folded) is not None and \
            not _IMAGE_WORDS.isdisjoint(_WORDS.findall(folded)):
        return "image text"  # a logo's alt text: "Sorundanet symbol och logotyp banner!"
    if n <= _CAPTION_LINE and ":" in text and _CAPTION_CREDIT.search(text):
        return "photo caption"
    first = key[:1]
    if first == "#" and key[1:].strip().isdigit():
        return "post number"
    if first.isdecimal() and _COMMENT_COUNT.fullmatch(key):  # (\d: what isdecimal says)
        return "comment count"  # "0 kommentarer", "3 svar"
    if n <= 120 and _CRUMB.search(text) is not None and (
            text.count(" > ") >= 2 or text.count(" » ") >= 1 or text.count(" › ") >= 1
            or text.count(" / ") >= 2):
        return "breadcrumb"
    if n <= 20 and (text[:1] in _PAGE_OPENS or not text[:1].isascii()) \
            and P.PAGE_NUMBER.match(text):
        return "page number"
    if n <= _FOOTER_LINE and postal is not False and _footer(text, postal):
        return "letterhead footer"
    if text.endswith(("...", "…")) and len(text.split()) <= 6:
        return "cut-off menu item"
    if ("_" in text and " " not in text) or (text[:1] in _RULE_OPENS and _RULE.fullmatch(text)):
        return "rule"
    if text[:1] == "<" and text.rstrip()[-1:] == ">" and not _TAGS.sub("", text).strip():
        return "markup"  # a page's code left in the copy: "< div id=”header ”>< / div>"
    return None


#: A breadcrumb's separator with its spaces: one search before the four counts.
_CRUMB = re.compile(r" [>»›/] ")
#: The ASCII characters a page number line may open with: those ``PAGE_NUMBER`` matches in
#: part or whole (a line opening with another one is no match; a non-ASCII one is asked).
_PAGE_OPENS = frozenset(c for c in map(chr, range(128)) if P.PAGE_NUMBER.match(c, partial=True))


#: What sets a toolbar's links apart on one line: "Skriv ut | Dela", "Om oss · Kontakt".
_TOOLBAR_SPLIT = re.compile(r"[ ]+[|·][ ]+")


#: A tag as copied text shows it, spaces and all: "<div id=…>", "< / div>", "<!-- … -->".
_TAGS = re.compile(r"<[^<>]{0,200}>")


#: A line drawn to sign on or to set parts apart: underscores, dots, ellipses or dashes.
_RULE = re.compile(r"[ ]*(?:[_.…\-–—][ ]?){5,}")
#: The characters a rule line may open with.
_RULE_OPENS = frozenset(" _.…-–—")
#: The evidence of a rule line (a signing line, a separator).
RULE = "furniture:rule"


#: A letterhead footer line is at most this long.
_FOOTER_LINE = 200
#: A postal address: "Box 123", "221 00 Lund", "Postadress:".
_POSTAL = re.compile(r"(?<!\w)(?:Box[ ]\d{1,6}|\d{3}[ ]?\d{2}[ ]+[A-ZÅÄÖ][a-zåäö]+|Postadress)",
                     re.IGNORECASE)
#: Five digits, maybe a space after the third: every postal code ``_POSTAL`` reads holds them.
_FIVE_DIGITS = re.compile(r"\d{3}[ ]?\d{2}", re.VERBOSE)


def _postal(text: str, folded: str) -> bool:
    """``_POSTAL.search(text) is not None``, asked only of a text with five digits in a row
    or whose ``folded`` holds "box " or "postadress" (each character the pattern matches
    ignoring case folds to its own letter: ``tests/test_pattern_gates.py``). Lines of
    numbered items hold digits, seldom five in a row; the pattern tries every position."""
    return (_FIVE_DIGITS.search(text) is not None or "box " in folded
            or "postadress" in folded) and _POSTAL.search(text) is not None


#: The kinds of contact item a letterhead footer names, beside its postal address.
_FOOTER_ITEMS = 2
#: A letterhead footer takes at most this many lines.
_FOOTER_LINES = 4
#: A phone number as letterheads print it: "046-35 50 00", "0512-310 00", "+46 8 123 456 78".
_FOOTER_PHONE = re.compile(r"(?<!\d)(?:\+46[ ]?|0)\d{1,3}[- ]?\d(?:[ ]?\d){4,7}(?!\d)")


def _footer(text: str, postal: bool | None = None) -> bool:
    """A letterhead's footer: a postal address and two more of phone, e-mail, web address
    ("Box 1234, 221 00 Lund | Telefon 046-35 50 00 | www.lund.se"). A press contact names no
    postal address; a citizen's address and phone alone are one item short. ``postal`` is
    whether ``_POSTAL`` finds an address in ``text``, where the caller has it."""
    if not (_POSTAL.search(text) is not None if postal is None else postal):
        return False
    # (each test runs only where its literal is: a phone's "0" or "+46", an e-mail's "@")
    found = (("0" in text or "+" in text) and _FOOTER_PHONE.search(text) is not None) + (
        "@" in text and P.EMAIL.search(text) is not None)
    if found + 1 < _FOOTER_ITEMS:
        return False  # the web address alone is one item short
    return found + (P.find_url(text) is not None) >= _FOOTER_ITEMS


@lru_cache(maxsize=4096)
def _line_reading(text: str, prose: bool, heading: bool
                  ) -> tuple[frozenset[str], Role, str, tuple[str, int, int] | None, int]:
    """A line's features, the role they decide with its evidence, the kind the line names
    (:func:`~tillit.shapes.named_kind`, asked only of a line whose features say it may name
    one, or of a long line) and flags: what it may be in a menu (``_MENU_LINE`` a one-line
    block of a run of them, ``_MENU_ENTRY`` an entry of a menu block: :func:`_menus`' tests
    of a line with the role the features decide), whether its block may be a page break
    (``_BREAK``, for :attr:`Roles.breaks`) and whether the role is a label's or prose's
    (``_LABEL``, ``_PROSE``: the lines :func:`assign` reads again) and whether the date or
    an "as above" place may be read from it (``_DATED``, ``_ABOVE``: :attr:`Roles.dated`,
    :attr:`Roles.above`) and whether it has a ``FEATURED`` feature (``_FEATURED``) or the
    ``signer_inline`` one (``_FORM_SIGNER``, for :attr:`Roles.signers`) and whether it names
    a kind or holds a paragraph sign or a kind alone (``_HEADED``, :attr:`Roles.headed`): all
    of them from the line's text and its block's shape, so read once and cached (menus, forms
    and signature blocks repeat lines)."""
    feats = _line_features(text, prose, heading)
    role, why = _role(feats)
    named = named_kind(text) if (not feats.isdisjoint(_NAMING)
                                 or len(text) > LONG_LINE) else None
    flags = 0
    if _entry(text, role):
        flags = _MENU_LINE if role in ("chrome", "text") or "contact_label" in feats \
            else _MENU_ENTRY
    if why in _PAGE_BREAK or "postal" in feats:
        flags |= _BREAK
    if role == "label":
        flags |= _LABEL
    elif role == "prose":
        flags |= _PROSE
    if not feats.isdisjoint(FEATURED):
        flags |= _FEATURED
    if "signer_inline" in feats:
        flags |= _FORM_SIGNER
    if named is not None or "paragraph_sign" in feats or "kind_alone" in feats:
        flags |= _HEADED
    if not prose and len(text) <= DATED_LINE:
        if DIGIT.search(text) is not None:
            flags |= _DATED
        elif P.as_above_may_end(text):
            flags |= _ABOVE
    return feats, role, why, named, flags


#: Lower-case ASCII letters: a line opening with one names a party only by a party's name
#: (``P.party_name_at``; a party's code is in capitals), and reads as a signature only behind
#: a greeting or "genom" (``P.SIGNER_LEAD_WORD``; a name opens with a capital).
_LOWER_OPENS = frozenset("abcdefghijklmnopqrstuvwxyz")
#: Lines opening with one of these hold a date, if at all, by a year token
#: (:func:`~tillit.dates.may_be_date_line` of the line): no date opens with a lower-case ASCII
#: letter but "den"'s, and no place (``place_date`` asks a capital or a non-ASCII letter).
_UNDATED_OPENS = _LOWER_OPENS - {"d"}
#: The first two characters, both ASCII, of the lines opening with one of ``_UNDATED_OPENS``
#: that may be date lines: a month's or weekday's first letters ("april 2022", "måndag den
#: …"). No other such line is one: the date must open the line (a place-and-date line opens
#: with a capital), and no mention opens otherwise (:func:`~tillit.dates.may_lead_date`).
_DATED_LEADS = frozenset(a + b for a in _UNDATED_OPENS for b in map(chr, range(128))
                         if may_lead_date(a + b))


#: The anchored patterns of the line tests (each asked with ``match`` at a line's start), a
#: bit each in :func:`_leads`' answers, in this order.
_ANCHORED = (P.SIGNER_INLINE, P.KIND_START, P.NUMBERED_KIND, P.SERIES_TITLE, P.PARAGRAPH_SIGN,
             P.RIKSDAG_NUMBER_START, P.NUMBER_LINE, P.REFERENCE_LINE, P.GROUP_HEADING,
             P.CONTACT_LABEL, P.BYLINE_LEAD, P.PROPOSAL_HEADING, P.NUMBERED_KIND_ALONE,
             P.DECISION_FIELD, P.PORTAL_LABEL, P.OFFICE_ADDRESSEE, P.BARE_ADDRESSEE,
             P.SIGNER_LEAD_WORD)
(_SIGNER_INLINE, _KIND_START, _NUMBERED_KIND, _SERIES_TITLE, _PARAGRAPH_SIGN, _RIKSDAG_NUMBER,
 _NUMBER_LINE, _REFERENCE_LINE, _GROUP_HEADING, _CONTACT_LEAD, _BYLINE_LEAD, _PROPOSAL_HEADING,
 _KIND_ALONE, _DECISION_FIELD, _PORTAL_LABEL, _OFFICE_ADDRESSEE, _BARE_ADDRESSEE,
 _SIGNER_LEAD_WORD) = (
    1 << i for i in range(len(_ANCHORED)))
#: The bits :func:`_line_features` tests under one test of them all: every one but those of
#: ``SERIES_TITLE`` (which opens with any word, so most lines have its bit; "motion" in the
#: line gates it first) and ``SIGNER_LEAD_WORD`` (read beside the signature test).
_GROUPED = ((1 << len(_ANCHORED)) - 1) & ~_SERIES_TITLE & ~_SIGNER_LEAD_WORD
#: :func:`_leads`' answers by a line's first two characters; emptied when this many.
_LEADS: dict[str, int] = {}
_LEADS_MAX = 4096


def _leads(lead: str) -> int:
    """The bits of the ``_ANCHORED`` patterns that may match a line opening with ``lead`` (its
    first two characters, or all of a shorter line): those that match ``lead`` in part or whole,
    as every match of the line does on its first characters. Most lines open with no cue's
    first letters: one look-up decides the anchored tests of a line instead of a gate each."""
    bits = 0
    for i, pattern in enumerate(_ANCHORED):
        if pattern.match(lead, partial=True) is not None:
            bits |= 1 << i
    if len(_LEADS) >= _LEADS_MAX:
        _LEADS.clear()
    _LEADS[lead] = bits
    return bits


def _line_features(text: str, prose: bool, heading: bool) -> frozenset[str]:
    """A line's features from its text and its block's shape."""
    out: set[str] = set()
    if prose:
        out.add("prose")
    if heading:
        out.add("heading")
    if teaser_end(text) is not None:
        out.add("teaser")  # "… i länet. Läs mer »": a list page's teaser, at any length
    if not text or len(text) > LONG_LINE:
        return frozenset(out)
    folded = fold(text)
    if (leads := _LEADS.get(text[:2])) is None:
        leads = _leads(text[:2])
    # One search for the postal address: the footer test and the "postal" feature need it.
    postal = len(text) <= _FOOTER_LINE and _postal(text, folded)
    key = _key_of(folded)  # (_key of the text: furniture's and the labels')
    if (why := furniture(text, folded, postal, key)) is not None:
        out.add("furniture")
        out.add(f"furniture:{why}")
    if len(text) <= 40:
        if key in _SIGNER_LABELS:
            out.add("signer_label")
        elif key in _CONTACT_LABELS:
            out.add("contact_label")
        elif key in _FIELD_LABELS:
            out.add("field_label")
    lowered = text.lower()
    # The tests of the anchored patterns, each gated by its bit of ``leads``: a line whose
    # first characters open none of those in ``_GROUPED`` (half the lines) passes them by in
    # one test. (The features are a set and each test reads the text alone: their order is
    # no part of the answer.)
    heads = portal = False
    if leads & _GROUPED:
        if leads & _SIGNER_INLINE and len(text) <= 200 and P.SIGNER_INLINE.match(text):
            out.add("signer_inline")
        if leads & _KIND_START and P.KIND_START.match(text):
            # (every KIND_LINE match, "Motion:", is a KIND_START match)
            out.add("kind_line")
            if P.KIND_LINE.match(text):
                out.add("kind_word")  # the kind word alone: "MOTION", "Interpellation:"
        elif leads & _NUMBERED_KIND and "/" in text and P.NUMBERED_KIND.match(text):
            out.add("numbered_kind")  # "Fråga 2012/13:123 av …"
        if leads & _KIND_ALONE and P.numbered_kind_alone(text):
            out.add("kind_alone")  # "Fråga" over a Riksdag number
        if leads & _PARAGRAPH_SIGN and P.PARAGRAPH_SIGN.match(text):
            out.add("paragraph_sign")  # a protocol's numbered paragraph: "§ 45 Svar på motion …"
        if leads & _RIKSDAG_NUMBER and P.RIKSDAG_NUMBER_START.match(text):
            out.add("riksdag_number")
        if leads & _NUMBER_LINE and P.NUMBER_LINE.match(text):
            out.add("number_line")
        if leads & _REFERENCE_LINE and len(text) <= 80 and P.REFERENCE_LINE.match(text):
            out.add("reference")
        if leads & _GROUP_HEADING and text.startswith(GROUP_STARTS) \
                and (gm := P.GROUP_HEADING.match(text)) \
                and group_party(gm.group("group")) is not None:
            out.add("group_heading")
        heads = bool(leads & _PROPOSAL_HEADING and P.proposal_heading(text))
        if (leads & _OFFICE_ADDRESSEE and P.office_addressee(text)) or (
                leads & _BARE_ADDRESSEE and P.bare_addressee(text)):
            out.add("office")  # "Till kommunstyrelsens ordförande …"
        portal = bool(leads & _PORTAL_LABEL and P.portal_label(text))
        if leads & _CONTACT_LEAD and (":" in text or "kontakta " in folded or " av " in text) \
                and P.CONTACT_LABEL.match(text):
            out.add("contact_lead")  # "Kontakt: Anna Berg (V), 070-…", "… kontakta Anna Berg"
        if leads & _BYLINE_LEAD and P.BYLINE_LEAD.match(text):
            out.add("byline_lead")  # "Skrivet av Anna Berg"
        if leads & _DECISION_FIELD and P.decision_field(text):
            out.add("decision_field")  # a register's "Beslut: Avslag"
    if "motion" in lowered and leads & _SERIES_TITLE and P.SERIES_TITLE.match(text):
        out.add("series_title")  # "PERSONALPOLITISK MOTION 10: …"
    if ("fullmäktige" in lowered or "riksdag" in lowered) and \
            P.ADDRESSEE.search(text):
        out.add("addressee")
    if len(text) <= 160 and P.find_beteckning(text):
        out.add("beteckning")
    if len(text) <= 120 and (text[:1] not in _UNDATED_OPENS or (
            (text[:2] in _DATED_LEADS or not text[1:2].isascii()) and may_be_date_line(text))) \
            and is_date_line(text):
        out.add("date_line")
    if (text[:1] not in _LOWER_OPENS or P.party_name_at(text) is not None) \
            and party_line(text) is not None:
        out.add("party_line")
    if att_start(text):
        out.add("att")
    if " " in text and len(text) <= 200 and (
            text[:1] not in _LOWER_OPENS or leads & _SIGNER_LEAD_WORD) and is_signature(text):
        out.add("signature")
    if heads:
        out.add("proposal_heading")
    elif len(text) <= 300 and P.find_verb(text):
        out.add("proposal_verb")
    if "@" in text or P.find_url(text) or (
            len(text) <= _PHONE_LINE and _PHONE_ONLY.fullmatch(text) is not None):
        out.add("contact")  # (also a phone number alone under a signature: "070-123 45 67")
    if portal:
        out.add("portal_label")  # "Förslagsställare", "Slutdatum: 2022-02-14"
    elif not prose and P.portal_word(text):
        out.add("portal_word")  # "Direktlänk till e-förslaget"
    if folded in _PRESS_FURNITURE:
        out.add("press_furniture")  # "Pressmeddelande", "Presskontakt"
    if len(text) < 80 and (section := press_section(
            text, None if text[-1] == ":" else folded)) is not None:
        out.add(f"press_section:{section}")  # a press room's "Kontakt", "Relaterat"
    if press_furniture(text, folded):
        out.add("press_chrome")  # a press room's "Prenumerera"
    if folded in _NEWS_FURNITURE:
        out.add("news_furniture")  # a newspaper's "Annons"
    if postal:
        out.add("postal")  # a postal address: a letterhead footer may be set over lines
    return frozenset(out)


#: Features of a line whose opening word may name a kind.
_NAMING = frozenset({"kind_line", "numbered_kind", "series_title"})


@lru_cache(maxsize=1024)
def _role(features: frozenset[str]) -> tuple[Role, str]:
    """The role the features decide and the feature that decided it (cached: a document's
    lines share a few dozen feature sets, and the precedence walk is the same for each)."""
    for feature, role in PRECEDENCE:
        if feature in features:
            if feature == "furniture":
                return role, next(f for f in features if f.startswith("furniture:"))
            return role, feature
    return "text", "no cue"


def assign(blocks: list[Block]) -> Roles:
    """Give every line of ``blocks`` its features and role, then find the document's bounds.

    The document starts at its first line that is not furniture (menu words, breadcrumbs,
    post numbers before the title); it ends before the first trailer cue (a comment form, a
    sharing widget, related items) that follows running text.
    """
    lines: list[LineRole] = []
    by_block: list[range] = []
    run: list[LineRole] = []  # one-line blocks that may be a menu's entries (_menus, folded in)
    breaks: set[int] = set()
    # The lines read as labels and as prose: no later step gives a line either role, so the
    # form fields and the document's end are looked for from these alone.
    labels: list[int] = []
    prosed: list[int] = []
    dated: list[int] = []  # the lines the date may be read from (Roles.dated)
    above: list[int] = []  # the lines that may be "as above" lines (Roles.above)
    featured: list[int] = []  # the lines the classifier looks for (Roles.featured)
    signers: list[int] = []  # the lines that may be a form's signer (Roles.signers)
    headed: list[int] = []  # the lines that may give the header its kind (Roles.headed)
    for block in blocks:
        first = len(lines)
        prose, heading = block.prose, block.kind == "heading"
        if len(block.lines) == 1:  # most blocks: no enumerate for one line
            line = block.lines[0]
            text = line.text.text
            feats, role, why, named, flags = _line_reading(
                text, prose, heading or bool(line.level) or line.emphasised)
            lr = _new(LineRole)  # LineRole(block.index, 0, first, …), no __init__ call
            lr.block = block.index
            lr.line = 0
            lr.index = first
            lr.text = text
            lr.features = feats
            lr.role = role
            lr.evidence = why
            lr.named = named
            lines.append(lr)
            by_block.append(range(first, first + 1))
            if flags & _MENU_LINE:
                run.append(lr)
            elif run:
                _menu(_but_heading(run), 2)
                run = []
            if flags & _NOTED:
                if flags & _BREAK:
                    breaks.add(block.index)
                if flags & _LABEL:
                    labels.append(first)
                elif flags & _PROSE:
                    prosed.append(first)
                if flags & _DATED:
                    dated.append(first)
                elif flags & _ABOVE:
                    above.append(first)
                if flags & _FEATURED:
                    featured.append(first)
                if flags & _FORM_SIGNER:
                    signers.append(first)
                if flags & _HEADED:
                    headed.append(first)
            continue
        entries = True
        for k, line in enumerate(block.lines):
            text = line.text.text
            feats, role, why, named, flags = _line_reading(
                text, prose, heading or bool(line.level) or line.emphasised)
            lr = _new(LineRole)  # LineRole(block.index, k, first + k, …), as above
            lr.block = block.index
            lr.line = k
            lr.index = first + k
            lr.text = text
            lr.features = feats
            lr.role = role
            lr.evidence = why
            lr.named = named
            lines.append(lr)
            entries = entries and flags & (_MENU_ENTRY | _MENU_LINE) != 0
            if flags & _NOTED:
                if flags & _BREAK:
                    breaks.add(block.index)
                if flags & _LABEL:
                    labels.append(first + k)
                elif flags & _PROSE:
                    prosed.append(first + k)
                if flags & _DATED:
                    dated.append(first + k)
                elif flags & _ABOVE:
                    above.append(first + k)
                if flags & _FEATURED:
                    featured.append(first + k)
                if flags & _FORM_SIGNER:
                    signers.append(first + k)
                if flags & _HEADED:
                    headed.append(first + k)
        by_block.append(range(first, len(lines)))
        if run:
            _menu(_but_heading(run), 2)
            run = []
        if len(block.lines) >= 3 and entries:
            _menu(lines[first:], 1)
    if run:
        _menu(_but_heading(run), 2)
    labelled = _form_fields(lines, labels)
    if labelled:
        signers = sorted({*signers, *labelled})
    start = 0
    while start < min(len(lines), _START_WINDOW) and lines[start].role == "chrome":
        start += 1
    if start >= len(lines):
        start = 0
    end = len(lines)
    seen_prose = closed = False
    # Nothing happens before the first prose line: the walk starts there.
    opening = next((i for i in prosed if i >= start and lines[i].role == "prose"), len(lines))
    for lr in lines[opening:]:
        if lr.role == "prose":
            seen_prose = True
        elif lr.role in CLOSING and seen_prose:
            closed = True
        elif seen_prose and ((key := _key(lr.text)) in _TRAILER
                             or (closed and key in _TRAILER_AFTER_CLOSE)):
            end = lr.index
            break
    for lr in lines[end:]:
        lr.role = "trailer"
        lr.evidence = "after the document's end"
    roles = Roles(lines, start, end, by_block, breaks, dated, above, featured, signers, headed)
    roles.announced = _announced(blocks, roles)
    return roles


#: How far below the document's first line a lead-in may announce the document the page
#: reproduces, in blocks.
_ANNOUNCING_BLOCKS = 8
#: Blocks from an announcing lead-in to the kind line, a place-and-date line and page breaks
#: between them.
_ANNOUNCED_GAP = 5
#: The announced document's kind line is a heading: at most this long.
_ANNOUNCED_LINE = 160
#: Nouns of a document's kind (folded) a lead-in may announce it by, and the kind.
_ANNOUNCED = {fold(noun): kind for noun, kind in _LEX.cue_map("announced").items()}


def _announced(blocks: list[Block], roles: Roles) -> int | None:
    """The kind line of a document the page reproduces under an intro whose last sentence
    announces it, where the lead-in names the kind the line names (after the document's
    place and date, or a page break)."""
    lines, by_block = roles.lines, roles.by_block
    first = lines[roles.start].block if roles.start < len(lines) else 0
    for i in range(first, min(first + _ANNOUNCING_BLOCKS, len(blocks) - 1)):
        text = blocks[i].text.text
        if not text.endswith(":"):
            continue
        sentence = text[text.rfind(". ", 0, -1) + 1:]
        nouns = {_ANNOUNCED[fold(m.group("noun"))] for m in P.ANNOUNCED_NOUN.finditer(sentence)}
        if not nouns:
            continue
        for j in range(i + 1, min(i + _ANNOUNCED_GAP, len(blocks))):
            lr = lines[by_block[j].start]
            if (lr.role == "dateplace" and len(by_block[j]) == 1) or roles.page_mark(j):
                continue  # "Motala 2006-01-23" over the interpellation's kind line; a page break
            if len(by_block[j]) == 1 and lr.named is not None and lr.named[0] in nouns \
                    and lr.role not in OUTSIDE and len(lr.text) <= _ANNOUNCED_LINE \
                    and not lr.text.endswith(SENTENCE_ENDS):
                # (a heading; not an item of a list of them: "Interpellation 12-2019 till X
                # om Y (Anna Berg, V). Svaret lästes upp …")
                return j
            break
        return None
    return None


def _form_fields(lines: list[LineRole], labels: list[int] | None = None) -> list[int]:
    """Roles that a label gives the lines after it: the value under a signer label is a
    signature whatever its shape (a portal user name, a name and a timestamp); the lines under
    a contact label, up to the last phone number, e-mail or address among them, are contacts,
    not signatures. A label counts only at the end of its block ("Kontakt" inside a menu is a
    menu item), or, for a signer label, inside a paragraph that single-spaced text glued it
    to (a menu is never one) or over a name in its block. ``labels`` are the positions of
    every line that may be a label, in order (none of these steps makes a line one); by
    default, every line. Returns the positions of the lines given the ``LABELLED_SIGNER``
    evidence, in order."""
    signed: list[int] = []
    for i in range(len(lines)) if labels is None else labels:
        lr = lines[i]
        if lr.role != "label":
            continue
        if "field_label" in lr.features:
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and nxt.role == "text" and len(nxt.text) <= 80:
                nxt.role, nxt.evidence = "meta", FIELD_VALUE
            continue
        if i + 1 < len(lines) and lines[i + 1].block == lr.block and not (
                "signer_label" in lr.features and ("prose" in lr.features
                                                   or "signature" in lines[i + 1].features)):
            continue  # (a signer label over a name in its own block: "Förslagsställare" / "Anna
            # Berg", as a portal's fields print single-spaced)
        if "signer_label" in lr.features:
            j = i + 1
            while j < len(lines) and _RULE.fullmatch(lines[j].text):
                j += 1  # a line to sign on under the label: the name comes after it
            nxt = lines[j] if j < len(lines) else None
            # A portal user name ("Alias_1854") looks like a file name: the label overrules.
            if nxt is not None and nxt.role != "label" and (
                    "prose" not in nxt.features or nxt.block == lr.block) \
                    and (nxt.role != "chrome" or nxt.evidence == RULE) \
                    and len(nxt.text) <= 80:
                nxt.role, nxt.evidence = "signature", LABELLED_SIGNER
                signed.append(j)
            continue
        governed: list[LineRole] = []
        last = -1
        for nxt in lines[i + 1:i + 1 + _CONTACT_LINES]:
            if nxt.role in ("label", "chrome") or "prose" in nxt.features:
                break
            governed.append(nxt)
            if "contact" in nxt.features or _PHONE.search(nxt.text):
                last = len(governed)
        for nxt in governed[:last]:
            nxt.role, nxt.evidence = "contact", UNDER_CONTACT
    return signed


#: A menu entry is short: a few words, no sentence punctuation.
_MENU_ENTRY_LINE = 25


def _menus(lines: list[LineRole], by_block: list[range]) -> None:
    """Navigation menus: three or more short entries, one of them a furniture word ("Meny",
    "Hem"), in one block; or, where the text sets each line apart, three or more one-line
    blocks in a row, two of them furniture and none naming a kind or a signer's label (a
    portal's fields are no menu), the last plain one left as a possible heading. Every entry
    is chrome ("Start", "Om oss", "Politik" with them). (:func:`assign` does the same as it
    builds the lines, from the line readings' menu flags: ``tests/test_pattern_gates.py``
    compares the two.)"""
    run: list[LineRole] = []
    for positions in by_block:
        if len(positions) == 1:  # most blocks: no list for one line
            lr = lines[positions.start]
            if _menu_entry(lr) and (lr.role in ("chrome", "text")
                                    or "contact_label" in lr.features):
                run.append(lr)
            else:
                _menu(_but_heading(run), 2)
                run = []
            continue
        block = [lines[i] for i in positions]
        _menu(_but_heading(run), 2)
        run = []
        if len(block) >= 3 and all(_menu_entry(lr) for lr in block):
            _menu(block, 1)
    _menu(_but_heading(run), 2)


#: :func:`_line_reading`'s flags: a line that may be an entry of a menu block, one that may
#: also be a one-line block of a run of them (never both), and a line that may make its
#: block a page break.
_MENU_ENTRY = 1
_MENU_LINE = 2
_BREAK = 4
_LABEL = 8
_PROSE = 16
_DATED = 32
_ABOVE = 64
_FEATURED = 128
_FORM_SIGNER = 256
_HEADED = 512
#: The flags :func:`assign` notes a line's position for.
_NOTED = _BREAK | _LABEL | _PROSE | _DATED | _ABOVE | _FEATURED | _FORM_SIGNER | _HEADED
#: The features the classifier looks for in every line of a document (``Roles.featured``):
#: few lines have one.
FEATURED = frozenset({"kind_word", "teaser", "portal_label", "portal_word", "decision_field",
                      "news_furniture", "contact_lead", "press_section:contacts",
                      "press_furniture"})
#: A line longer than this holds no date or place of the document's.
DATED_LINE = 120


def _but_heading(run: list[LineRole]) -> list[LineRole]:
    """A run of one-line blocks without its last line if that may be the heading under the
    menu ("Om oss" / "Kontakt" / "Fler bänkar")."""
    return run[:-1] if run and run[-1].role == "text" else run


def _menu_entry(lr: LineRole) -> bool:
    return _entry(lr.text, lr.role)


def _entry(text: str, role: Role) -> bool:
    """A line of this text and role may be a menu's entry."""
    return (len(text) <= _MENU_ENTRY_LINE and len(text.split()) <= 3
            and text[-1:] not in ".!?,;" and role in ("chrome", "text", "label", "kind"))


def _menu(entries: list[LineRole], furniture: int) -> None:
    """Mark ``entries`` as a menu if there are three or more and enough are furniture."""
    if len(entries) < 3 or sum(lr.role == "chrome" for lr in entries) < furniture:
        return
    for lr in entries:
        if lr.role != "chrome":
            lr.role, lr.evidence = "chrome", "furniture:menu"

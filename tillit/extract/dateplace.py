"""The document's own date and place: a date line, a "Place date" line, or a filing label.

Dates inside the argument ("budgeten för 2021", "i december 1969") are never the document's date:
only lines that consist of nothing but a date, optionally preceded by a place, count, plus
labelled metadata such as "Inlämnad: 2015-10-06".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

import regex

from tillit import patterns as P
from tillit.blocks import Block
from tillit.dates import day_month, first_date, in_session, parse_date
from tillit.extract import Found
from tillit.lexicon import lexicon
from tillit.models import Diagnostic, diagnostic
from tillit.roles import DATED_LINE, LABELLED_SIGNER, OUTSIDE, Roles
from tillit.shapes import (
    DIGIT,
    heading_day,
    is_date_line,
    is_person,
    is_place,
    meeting_suffix,
    party_line,
    reads_as_sentence,
    signature_tail,
    stamp_part,
)
from tillit.text import Mapped


@dataclass(frozen=True, slots=True)
class DatePlace:
    """The chosen date and place, and diagnostics about candidates that were passed over."""

    date: Found[dt.date] | None
    place: Found[str] | None
    warnings: tuple[Diagnostic, ...]


#: (rank, block index, date, place): lower rank wins, then the earlier block.
_Ranked = tuple[int, int, Found[dt.date], Found[str] | None]


def _signed(block: Block, k: int, roles: Roles) -> bool:
    """Line ``k`` stands right below or above a signature in its block, or below the office,
    party or contact lines under one ("Oscar Fredriksson (C)" / "Ledamot i kommunfullmäktige"
    / "2015-01-02", "Oscar Fredriksson" / "Centerpartiet" / "2015-01-02", "Oscar Fredriksson
    (C)" / "oscar@partiet.se" / "070-123 45 67" / "2015-01-02")."""
    if any(0 <= j < len(block.lines) and roles.of(block.index, j).role == "signature"
           for j in (k - 1, k + 1)):
        return True
    at = roles.of(block.index, k).index
    if (k == 0 and at > 0 and roles.lines[at - 1].role == "signature") or (
            k == len(block.lines) - 1 and at + 1 < len(roles.lines)
            and roles.lines[at + 1].role == "signature"):
        return True  # the signer's line in a block of its own: a page that sets every line
        # apart ("Oscar Fredriksson (C)" / "" / "2015-01-02")
    j = k - 1  # over the office, party and contact lines under the signer
    while j >= 0 and k - j <= _UNDER_SIGNER and (
            roles.of(block.index, j).role in ("party", "contact")
            or signature_tail(block.lines[j].text.text) is not None):
        j -= 1
    return j < k - 1 and j >= 0 and roles.of(block.index, j).role == "signature"


#: Lines under a signer before the date: an office, a party, an e-mail address, a phone.
_UNDER_SIGNER = 3


def extract(blocks: list[Block], header_end: int, roles: Roles,
            session: int | None = None) -> DatePlace:
    """Pick the document's date and place from lines outside the argument.

    Ranked: a "Place date" line, a date line right by a signature or a Riksdag document's day
    and month (``session``: the first year of its riksmöte), then a date line in the header,
    then a filing label, then a date line elsewhere. Prose blocks, page furniture and the
    trailer after the document's end (comment forms, related items) are never searched.
    """
    ranked: list[_Ranked] = []
    warnings: list[Diagnostic] = []
    above: Found[str] | None = None  # "Tranemo som ovan": a place whose date is given above
    yearless: Found[str] | None = None  # "Lindesberg den 29 november": a place, no year
    # What a line's text alone says (offsets into the text), read once per distinct text of
    # a long document that repeats its lines (a register, a list of dates) and kept for this
    # call; where most texts are new, keeping them costs more than it saves.
    lines = roles.lines
    kept = cache if len(lines) > _MANY_LINES and \
        _REPEATS * len({lr.text for lr in lines}) <= len(lines) else _as_is
    published_in, status_of, filed_label = kept(_published), kept(_status), kept(_filed_label)
    filed_at, place_date_in = kept(_filed_at), kept(_place_date)
    dated_signers_in = kept(_dated_signers)
    person, place_named = kept(is_person), kept(is_place)
    # The last text asked status_of, and its answer: a line's label is most often the line
    # read just before it.
    said_text, said = None, False
    if 0 <= header_end < len(blocks) and blocks[header_end].prose:
        _opening(blocks[header_end], roles, ranked)  # (ranked is sorted by rank and block)
    # The first "as above" line ("Tranemo som ovan"): a line without a digit, which no step
    # below reads. Where the role stage noted them, only the lines outside prose blocks, up
    # to DATED_LINE long, that may end in the cue.
    every = roles.above is None
    for at in range(len(lines)) if roles.above is None else roles.above:
        role = lines[at]
        block = blocks[role.block]
        if block.prose or role.role in OUTSIDE:  # (roles.in_document, spelt out)
            continue
        text = block.lines[role.line].text
        if len(text.text) > DATED_LINE or (
                every and not text.text.isalpha() and DIGIT.search(text.text)):
            continue  # (letters hold no digit)
        if (m := P.place_as_above(text.text)) is not None and is_place(m.group("place")):
            above = Found(m.group("place"), text.span(m.start("place"), m.end("place")))
            break
    # The lines with a digit: where the role stage noted them, only those outside prose
    # blocks, up to DATED_LINE long (the walk passes over every other line).
    every = roles.dated is None
    for at in range(len(lines)) if roles.dated is None else roles.dated:
        role = lines[at]
        block = blocks[role.block]
        if block.prose or role.role in OUTSIDE:
            continue
        k = role.line
        text = block.lines[k].text
        if len(text.text) > DATED_LINE or (
                every and (text.text.isalpha() or not DIGIT.search(text.text))):
            continue
        if block.index < header_end and meeting_suffix(text.text) is not None:
            continue  # "Fler bänkar – Kommunfullmäktige 27 maj 2019": the meeting's day
        # In a long list block (a register's metadata) only a labelled date counts.
        listing = len(block.lines) > 6
        # A label alone on the line before ("Slutdatum:" / "2022-02-14"), blank or not; a
        # line with a date of its own labels only itself ("Uppdaterad 5 mars 2022" /
        # "Publicerad 3 mars 2022").
        label = roles.lines[role.index - 1].text if role.index else ""
        if label and DIGIT.search(label):
            label = ""
        published = published_in(text.text)
        unlabelled = 1 if block.index < header_end else 3
        own = status_of(text.text)
        skip = own or (label and (said if label == said_text else status_of(label)))
        said_text, said = text.text, own
        if skip:
            continue
        filed = _spanned(filed_at(text.text), text)
        if listing and not (label and filed_label(label)) and filed is None:
            continue
        # A line of a digit up to 120 characters holds a date parse_date reads only if it
        # is a date line, as its features say (tests/test_feature_reuse.py).
        mention = parse_date(text.text, full_stop=True) \
            if "date_line" in role.features else None
        if mention is None and session is not None and (
                session_day := in_session(text.text, session)) is not None:
            # "den 15 november" over "Interpellation 2010/11:55": the interpellation's own
            # date line, which a page's dated decoys ("Interpellationsdebatt 8 november
            # 2013") do not outrank
            ranked.append((0, block.index, Found(session_day, text.span()), None))
            continue
        if mention is not None:
            span = text.span(mention.span.start, mention.span.end)
            if mention.precision not in _WITH_DAY:
                warnings.append(diagnostic(code="date_partial", span=span,
                                           message=f"date line {text.text!r} names no day"))
                continue
            rank = unlabelled
            if _signed(block, k, roles):
                rank = 0  # "Oscar Fredriksson (C)" / "2015-01-02": the signing date
            if label and filed_label(label):
                rank = min(rank, 2)
            if published or (label and published_in(label)):
                rank = 4  # the page's date: only where the document has none of its own
            ranked.append((rank, block.index, Found(_as_date(mention.value), span), None))
            continue
        place_date = place_date_in(text.text)
        if place_date is None and "(" in text.text and (
                cut := dated_signers_in(text.text)) is not None:
            # "Stockholm den 10 november 1977 INGER LINDQUIST (m)": the date that opens a
            # signing line run on into the names
            place_date = place_date_in(text.text[:cut])
        if place_date is not None:
            day, where, place_start, place_end, compact = place_date
            if day is None:
                if yearless is None and place_named(where):
                    # "Lindesberg den 29 november": the place is written with a date,
                    # whose year is not (CONVENTIONS: the date is null, the place stands)
                    yearless = Found(where, text.span(place_start, place_end))
                    continue
            else:
                dated = Found(day[0], text.span(day[1], day[2]))
                if role.evidence == LABELLED_SIGNER:
                    # "Inlämnad av:" / "Name, 2021-11-16 13:42": a submission stamp.
                    ranked.append((2, block.index, dated, None))
                elif person(where) or _CLOCK.search(text.text, day[1], day[2]) is not None:
                    # "Anna Berg, 3 mars 2022": a post's byline, the page's date; so is
                    # a stamp with its time ("Kundcenter Östersund, 2020-07-03 08:31:22",
                    # a case officer's comment): no signing line gives the minute.
                    ranked.append((4, block.index, dated, None))
                elif place_named(where) and block.lines[k].marker is None:
                    # (a list's item is no signing line: "- Ledningskontoret 2007-02-08",
                    # a protocol's list of the papers the decision rests on)
                    place = Found(where, text.span(place_start, place_end))
                    ranked.append((0, block.index, dated, place))
                elif not compact:
                    ranked.append((4 if published else unlabelled, block.index, dated,
                                   None))
                # (else a compact number after words that are no place is a reference:
                # "Motion LTV 150901", not a date)
                continue
        if (stamp := _stamp(text)) is not None:
            ranked.append((0 if stamp[1] else unlabelled, block.index, *stamp))
            continue
        if published:
            # "Publicerad 3 mars 2022 av Anna Berg", "Posted on March 3, 2022 by admin"
            if (first := _first_day(text)) is not None:
                ranked.append((4, block.index, first, None))
            continue
        if filed is not None:
            ranked.append((2, block.index, filed, None))
        if filed is None and (fl := P.filed_line(text.text)) is not None and (
                found := _day_in(text, fl.start("date"), fl.end("date"))) is not None:
            ranked.append((2, block.index, found, None))  # "Datum: 3 mars 2022"
            continue
        if filed is None and block.index < header_end and not reads_as_sentence(
                text.text, _SENTENCE_WORDS, (".", "!", "?")):
            _inline(text, block.index, ranked)
    if not ranked:
        return DatePlace(None, above or yearless, tuple(warnings))
    ranked.sort(key=lambda r: (r[0], r[1]))
    _, _, best, best_place = ranked[0]
    others = {r[2].value for r in ranked[1:] if r[0] == ranked[0][0]}
    if others - {best.value}:
        warnings.append(diagnostic(
            code="date_ambiguous", span=best.span,
            message=f"several date lines; took the first ({best.value.isoformat()})"))
    return DatePlace(best, best_place or above, tuple(warnings))


#: From this many lines on, and where each text stands on this many lines or more on
#: average, :func:`extract` keeps what it reads of each distinct text.
_MANY_LINES = 100
_REPEATS = 2
_F = TypeVar("_F")


def _as_is(reader: _F) -> _F:
    """A reader left as it is (a short document: keeping its answers costs more than it saves)."""
    return reader


def _published(raw: str) -> bool:
    return P.published_label(raw) is not None


def _status(raw: str) -> bool:
    return P.status_label(raw) is not None


def _filed_label(raw: str) -> bool:
    return P.filed_label(raw) is not None


#: A date and its offsets in the text it was read from.
_Dated = tuple[dt.date, int, int]


def _spanned(dated: _Dated | None, text: Mapped) -> Found[dt.date] | None:
    """A date read from ``text.text`` (offsets into it), spanned in the original."""
    return None if dated is None else Found(dated[0], text.span(dated[1], dated[2]))


def _dated_signers(raw: str) -> int | None:
    """Where the date of a place-and-date line run on into tagged names ends
    (``P.DATED_SIGNERS``), or None."""
    m = P.DATED_SIGNERS.match(raw)
    return None if m is None else m.end("date")


def _place_date(raw: str) -> tuple[_Dated | None, str, int, int, bool] | None:
    """A "Place date" line ("Lund 2022-01-27", "Vänsterpartiet Lund, 3 mars 2022") whose
    date names its day: the date (offsets into the text), the place and its offsets, and
    whether the date is a compact number ("150901"). A "Place day month" line without a year
    ("Lindesberg den 29 november") gives its place with no date."""
    plain = None
    m = P.branch_place_date(raw)
    if m is None:
        m = plain = P.place_date(raw)
    if m is None:
        return None
    day = _day_at(raw, m.start("date"), m.end("date"))
    if day is not None:
        return day, m.group("place"), m.start("place"), m.end("place"), \
            m.group("date").strip().isdigit()
    if plain is None:
        plain = P.place_date(raw)  # a branch's line without a year is read as a plain one
    if plain is None or not (day_month(plain.group("date"))
                             or _YEAR_MONTH.fullmatch(plain.group("date").strip())):
        return None
    # "Lindesberg den 29 november", "Torsås 2014-04": the place is written with a date that
    # names no day of a year; it stands, the date does not.
    return None, plain.group("place"), plain.start("place"), plain.end("place"), False


#: An ISO year and month: "2014-04".
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")


def _stamp(text: Mapped) -> tuple[Found[dt.date], Found[str] | None] | None:
    """A signing stamp: a party, a body, a signer or a place, then a date, set apart by commas
    ("Sverigedemokraterna, Regionfullmäktige, 2022-02-22"), or a party and its date ("Miljöpartiet
    de gröna 2014-04-28"); the date, and the place if one is among the parts."""
    raw = text.text
    cut = raw.rfind(",")
    if cut < 0 and (pm := P.party_name_at(raw)) is not None and raw[pm.end():][:1] == " " \
            and lexicon().party_from_name(pm.group("party")) is not None:
        # the party signing with its date, its name in words a place has not: "Miljöpartiet de
        # gröna 2014-04-28"
        dated = _day_in(text, pm.end())
        return (dated, None) if dated is not None else None
    date = _day_in(text, cut + 1) if cut > 0 else None
    if date is None:
        return _date_then_place(text, cut) if cut > 0 and raw.count(",") == 1 else None
    parts = raw[:cut].split(",")
    if len(parts) > 3:
        return None
    place: Found[str] | None = None
    at = 0
    for part in parts:
        word = part.strip()
        start = at + part.index(word) if word else at
        at += len(part) + 1
        kind = stamp_part(word)
        if word and (party_line(word) is not None or kind == "body" or is_person(word)):
            continue  # (a signer: "Marianne Sandström, Sverigedemokraterna, 2022-03-08")
        if place is None and kind == "place":
            place = Found(word, text.span(start, start + len(word)))
            continue
        return None
    return date, place


def _date_then_place(text: Mapped, cut: int) -> tuple[Found[dt.date], Found[str]] | None:
    """A date, a comma and the place it was written in: "27 januari 2022, Lund"."""
    raw = text.text
    date = _day_in(text, 0, cut, full_stop=False)
    word = raw[cut + 1:].strip()
    if date is None or stamp_part(word) != "place":
        return None
    start = raw.index(word, cut)
    return date, Found(word, text.span(start, start + len(word)))


#: Precisions of a date that names its day.
_WITH_DAY = ("day", "minute", "second")


def _day_in(text: Mapped, start: int = 0, stop: int | None = None, *,
            full_stop: bool = True) -> Found[dt.date] | None:
    """The date naming its day that ``text[start:stop]`` consists of, spanned in the original;
    with ``full_stop`` the part may end a sentence ("Lund den 27 januari 2022.")."""
    return _spanned(_day_at(text.text, start, stop, full_stop), text)


def _day_at(raw: str, start: int = 0, stop: int | None = None, full_stop: bool = True
            ) -> _Dated | None:
    """:func:`_day_in` of a text: the date and its offsets into ``raw``."""
    mention = parse_date(raw[start:stop], full_stop=full_stop)
    if mention is None or mention.precision not in _WITH_DAY:
        return None
    return _as_date(mention.value), start + mention.span.start, start + mention.span.end


#: A date right after a filing label lies within this many characters of it.
_FILED_WINDOW = 40


def _filed_at(raw: str) -> _Dated | None:
    """The date naming its day right after a filing label among other words of a line, in
    any form the date finder reads ("statustext: … Inlämnad: 6 oktober 2015 Granskad: …"),
    and its offsets into ``raw``."""
    for fm in P.filed_at(raw):
        at = fm.end()
        first = first_date(raw[at:at + _FILED_WINDOW])
        if first is not None and first.span.start == 0 and first.precision in _WITH_DAY:
            return _as_date(first.value), at + first.span.start, at + first.span.end
    return None


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


#: A clock time read with a date: "2020-07-03 08:31:22".
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
#: A line of this many words or more that ends a sentence is one of the argument's: the
#: date in it ("Centerpartiet lämnade in en motion 2013-11-07: …") is an event's, not the
#: header's.
_SENTENCE_WORDS = 6


#: An ISO date among other words of a header line ("2011-09-26 Förslag till beslut",
#: "Rapport från Regionfullmäktige 2018-11-20/21": a range gives its first day).
_INLINE_ISO = re.compile(r"(?<![\d-])(?P<date>\d{4}-\d{2}-\d{2})(?:/\d{1,2})?(?![\d-])")


def _first_day(text: Mapped) -> Found[dt.date] | None:
    """The first date with a day that a line names among other words."""
    first = first_date(text.text, _WITH_DAY)
    if first is None:
        return None
    return Found(_as_date(first.value), text.span(first.span.start, first.span.end))


def _inline(text: Mapped, block: int, ranked: list[_Ranked]) -> None:
    """A header line's ISO date, ranked with date lines outside the header: below a
    place-and-date line, a header date line and a filing label."""
    m = _INLINE_ISO.search(text.text)
    if m is None:
        # "Pressmeddelande • Sep 05, 2018 07:13 CEST": a kind line's date in words.
        if len(text.text) <= 80 and P.KIND_START.match(text.text) \
                and (first := _first_day(text)) is not None:
            ranked.append((3, block, first, None))
        elif (part := _dated_part(text)) is not None:
            ranked.append((4, block, part, None))
        elif (first := _first_day(text)) is not None:
            # "6 oktober 2015 Förslag till beslut", "Ställd:30 oktober 2023 (Kf §123)": the
            # ISO rule's date, written in words.
            ranked.append((3, block, first, None))
        elif (compact := heading_day(text.text)) is not None:
            # "Motion angående utveckling av simhall 190225": the ISO rule's date, compact
            span = text.span(compact[0], len(text.text))
            ranked.append((3, block, Found(compact[1], span), None))
        return
    mention = parse_date(m.group("date"))
    if mention is not None:
        span = text.span(m.start("date"), m.end("date"))
        ranked.append((3, block, Found(_as_date(mention.value), span), None))


#: What sets a page's date apart from the site's or section's name on one line.
_PARTS = regex.compile(r"[ ]+[|/•·][ ]+|[ ]+av[ ]+(?=\p{Lu})")


def _dated_part(text: Mapped) -> Found[dt.date] | None:
    """A page's date set apart on a header line: "3 mars 2022 | Vänsterpartiet Lund",
    "Motioner / 3 mars 2022", "3 mars 2022 av Anna Berg" — the page's, not the document's."""
    raw = text.text
    if len(raw) > 80:
        return None
    at = 0
    for sep in [*_PARTS.finditer(raw), None]:
        end = sep.start() if sep is not None else len(raw)
        if (found := _day_in(text, at, end, full_stop=False)) is not None:
            return found
        if sep is None:
            return None
        at = sep.end()
    return None


#: A header run on into the argument: at most this many lines, each at most this wide.
_OPENING_LINES = 8
_OPENING_WIDTH = 60


def _opening(block: Block, roles: Roles, ranked: list[_Ranked]) -> None:
    """A document whose first block opens with its kind ("Interpellation 2007-01-29 ställd av
    …"): the date in that opening line is the header's, though the block reads as prose."""
    line = block.lines[0]
    if roles.in_document(block.index, 0) and P.KIND_START.match(line.text.text):
        _inline(line.text, block.index, ranked)
    # "Åhuspartiet / Motion 1/2015 / 2015-04-17 / Motion / Hundrastgårdar …" run on into the
    # argument without a blank line: a date line among the short lines above the first long one.
    for k, line in enumerate(block.lines[:_OPENING_LINES]):
        text = line.text.text
        if len(text) > _OPENING_WIDTH:
            break
        if roles.in_document(block.index, k) and DIGIT.search(text) and is_date_line(text):
            mention = parse_date(text)
            if mention is not None and mention.precision == "day":
                span = line.text.span(mention.span.start, mention.span.end)
                ranked.append((1, block.index, Found(_as_date(mention.value), span), None))
            return

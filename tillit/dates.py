"""Swedish dates and times in running text, with the exact span each one was read from.

Motions, press releases and minutes date themselves in many ways: "2022-01-27",
"den 4:e april 2023", "lördag 15 december 2012", "4/4 2023", "21.4.2021 11:15:00 CEST",
"januari 2022", "budgeten för 2022". Downstream code needs the *value* (a ``datetime.date`` or
an aware ``datetime.datetime``), how *precise* the writer was (a month is not the 1st of that
month), and *where* it stands, so that every extracted value can be traced back to the source.

How it works: regular expressions *find* candidates, dateutil *interprets* them.

* Every form contains a four-digit year with no digit right before or after it, so the pattern
  is anchored on that year and reads the words before it (weekday, "den", day, month) with
  look-behinds. The month and weekday alternations, ordinal endings, year-context words, units
  and zone names are all built from ``tillit/data/calendar.toml``; no word list is written into
  a pattern. Patterns are compiled once, have no nested quantifiers and only bounded whitespace
  runs, so matching is linear in the input; a small first-pass pattern skips text without a
  plausible year, so megabytes of digits, dots or spaces take a fraction of a second. There is
  no time guard: a result never depends on how busy the machine is.
* The text of each candidate goes to ``dateutil`` through :class:`SwedishParserInfo` (Swedish
  months and weekdays, "den"/"kl" as skip words) with ``dayfirst=True`` (ISO dates are read
  year-first). dateutil rejects impossible dates ("2022-02-30"); its result is then compared
  with the numbers the pattern captured, so dateutil's habit of re-ordering fields or filling
  gaps from its default can never change a date silently.

Choices, deliberately conservative (a wrong date is worse than a missing one):

* A day and month without a year ("27:e januari", "den 27 augusti") is **not** returned: the
  year would have to be invented.
* A time is only read right after a date ("27 januari 2022 kl. 13.00", "2022-01-27 13:00",
  "21.4.2021 11:15:00 CEST") and is merged into that date's mention. A lone "kl. 13.00" is not
  returned, because it names no day. A time with a dot ("13.00") needs "kl."/"klockan" before
  it. Without a zone the time is read in Europe/Stockholm; "CET"/"CEST" (``[zones]`` in
  ``calendar.toml``) and written offsets ("T13:05:00Z", "13:05:00+01:00") are fixed offsets.
  "13:00-15:00" is a range, not an offset of -15 hours: a minus offset is only read after
  seconds or in an ISO "T" time. An hour alone ("kl. 13") or an impossible time ("kl. 25.00")
  is not read; the date before it still is.
* A bare four-digit number is a year only where it plainly stands as one: after a word such as
  "år", "i", "under", "sedan", "till och med", "budgeten för", "hösten" (``[year] after`` in
  ``calendar.toml``), at the start of a line, or after "("; in 1800-2100; and not followed by
  a unit or amount ("2019 kronor"), another digit group, or a continuation such as "/20",
  ":123", "-talet" or "-2022". Identifiers ("2021/22:4102", "SFS 2019:123"), phone numbers and
  postcodes are never dates. "vars utredning kom 2019" is therefore not read.
* A month with a year ("januari 2022") is read with full month names, or abbreviations with
  their period ("jan. 2022"): "jul 2019" is more likely Christmas than July.
* Compact dates, six digits ("181211") or eight ("20180413"), are only read by
  :func:`parse_date`, where the caller has already isolated a date; in running text they are
  far more often other numbers.
* A weekday and "den" before a date belong to the mention's span. The weekday is not checked
  against the date: a misnamed weekday is a slip in the source, the date is kept.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final, Literal, cast
from zoneinfo import ZoneInfo

import regex
from dateutil import parser as dateutil_parser
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tillit.spans import Span, span_at
from tillit.trie import alternation

__all__ = ["DateMention", "Precision", "SwedishParserInfo", "day_month", "find_dates",
           "in_session", "parse_date"]

#: How exact a mention is. ``minute``/``second`` mentions carry an aware ``datetime``.
Precision = Literal["year", "month", "day", "minute", "second"]

_STOCKHOLM: Final = ZoneInfo("Europe/Stockholm")


# --- Calendar data ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _CalendarWord:
    """A month or weekday: its number and the ways it is written."""

    number: int
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    #: English names (months only): web pages in an English locale date their posts so.
    english: tuple[str, ...] = ()
    #: Their short forms ("Sep", "Oct"), read month first only: "Sep 05, 2018".
    english_abbreviations: tuple[str, ...] = ()

    @property
    def full_names(self) -> tuple[str, ...]:
        """Full names, Swedish then English, each once ("april" is both)."""
        return self.names + tuple(e for e in self.english if e not in self.names)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form, full names first."""
        return self.full_names + self.abbreviations + tuple(
            e for e in self.english_abbreviations if e not in self.abbreviations)


@dataclass(frozen=True, slots=True)
class _Calendar:
    """The contents of ``tillit/data/calendar.toml``."""

    months: tuple[_CalendarWord, ...]
    weekdays: tuple[_CalendarWord, ...]
    day_articles: tuple[str, ...]
    time_names: tuple[str, ...]
    time_abbreviations: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    year_after: tuple[str, ...]
    year_not_before: tuple[str, ...]
    #: Zone abbreviation -> minutes east of UTC.
    zones: Mapping[str, int]


def _words(table: Any, key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise ValueError(f"calendar.toml: {key!r} must be a list of non-empty strings")
    return tuple(w.strip() for w in value)


def _calendar_words(entries: Any, first: int, count: int) -> tuple[_CalendarWord, ...]:
    words = tuple(
        _CalendarWord(
            number=int(entry["number"]),
            names=_words(entry, "names"),
            abbreviations=_words(entry, "abbreviations"),
            english=_words(entry, "english"),
            english_abbreviations=_words(entry, "english_abbreviations"),
        )
        for entry in entries
    )
    if [w.number for w in words] != list(range(first, first + count)):
        raise ValueError(f"calendar.toml: expected numbers {first}..{first + count - 1} in order")
    if not all(w.names for w in words):
        raise ValueError("calendar.toml: every month and weekday needs a name")
    return words


@cache
def _load_calendar() -> _Calendar:
    """Read and check ``tillit/data/calendar.toml`` (once per process)."""
    with resources.files("tillit").joinpath("data/calendar.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    zones = raw.get("zones", {})
    if not all(isinstance(k, str) and isinstance(v, int) for k, v in zones.items()):
        raise ValueError("calendar.toml: [zones] maps names to whole minutes east of UTC")
    return _Calendar(
        months=_calendar_words(raw["month"], 1, 12),
        weekdays=_calendar_words(raw["weekday"], 0, 7),
        day_articles=_words(raw["words"], "day_articles"),
        time_names=_words(raw["words"], "time_names"),
        time_abbreviations=_words(raw["words"], "time_abbreviations"),
        ordinal_suffixes=_words(raw["words"], "ordinal_suffixes"),
        year_after=_words(raw["year"], "after"),
        year_not_before=_words(raw["year"], "not_before"),
        zones=dict(zones),
    )


_CAL: Final = _load_calendar()

#: Case-folded month form (name or abbreviation, without period) -> month number.
_MONTH_NUMBER: Final[Mapping[str, int]] = {
    form.casefold(): m.number for m in _CAL.months for form in m.forms
}
_ZONES: Final[Mapping[str, datetime.timezone]] = {
    name: datetime.timezone(datetime.timedelta(minutes=minutes), name)
    for name, minutes in _CAL.zones.items()
}


class SwedishParserInfo(dateutil_parser.parserinfo):
    """dateutil vocabulary for Swedish: month and weekday names from ``calendar.toml``.

    ``JUMP`` lists what dateutil may skip: separators, "den" and "kl"/"klockan". Two-digit years
    (only met in compact ``YYMMDD`` dates) are 20YY up to next year's two digits, else 19YY.
    """

    # dateutil reads these class attributes when an instance is made (so they are lists, as it
    # expects: RUF012 does not apply). It accepts name tuples of any length; its type stubs
    # only allow two or three names, hence the cast.
    MONTHS = cast(Any, [m.forms for m in _CAL.months])
    WEEKDAYS = cast(Any, [w.forms for w in _CAL.weekdays])
    JUMP = [  # noqa: RUF012
        " ", ".", ",", ";", "-", "/", "'",
        *_CAL.day_articles, *_CAL.time_names, *_CAL.time_abbreviations,
    ]  # fmt: skip
    PERTAIN: list[str] = []  # noqa: RUF012

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        """Give a two-digit year its century: up to next year's two digits is 20YY, else 19YY."""
        if year >= 100 or century_specified:
            return year
        pivot = datetime.date.today().year % 100 + 1
        return 2000 + year if year <= pivot else 1900 + year


_PARSER: Final = dateutil_parser.parser(SwedishParserInfo(dayfirst=True))
#: dateutil fills fields the text lacks from this; the cross-check catches a filled-in year.
_DEFAULT: Final = datetime.datetime(1, 1, 1)


# --- Patterns ---------------------------------------------------------------------------------
#
# Every date form contains a four-digit year with no digit right before or after it, so the
# patterns are anchored there and read what stands before the year with look-behinds. The
# ``regex`` engine spends time per attempted position in proportion to a pattern's size, so a
# small pattern (_CANDIDATES) first finds the years with something a date form needs next to
# them; the full pattern (_DATES) is tried only there. Each attempt does bounded work: no nested
# quantifiers, every whitespace run bounded, and word lists compiled as tries.

#: Horizontal whitespace.
_H = r"[^\S\r\n]"
#: Between the words of a date: a few spaces, or one line break (hard-wrapped PDF text).
_SP = rf"(?:{_H}{{0,6}}\r?\n{_H}{{0,6}}|{_H}{{1,6}})"
#: Whitespace after a year-context word ("till och med 2019").
_GAP = r"\s{1,3}"


def _phrase(words: Iterable[str], gap: str = _SP, *, behind: bool = False) -> str:
    """Case-insensitive match of any of ``words``; the caller adds the word boundaries."""
    unique = sorted({w.casefold() for w in words if w.strip()})
    if not unique:
        return "(?!)"
    return rf"(?i:{alternation(unique, gap, behind=behind)})"


def _word(
    names: Iterable[str], abbreviations: Iterable[str], *, need_period: bool, behind: bool
) -> str:
    """A full name as a whole word, or an abbreviation with a period (optional by default).

    With ``need_period`` an abbreviation only counts with its period ("jan." but not "jul",
    which is also the Swedish word for Christmas).
    """
    period = r"\." if need_period else r"(?:\.|(?!\w))"
    full = _phrase(names, behind=behind)
    short = _phrase(abbreviations, behind=behind)
    return rf"(?:{full}(?!\w)|{short}{period})"


_MONTH_NAMES = [n for m in _CAL.months for n in m.full_names]
_MONTH_ENGLISH = [n for m in _CAL.months for n in m.english]
_MONTH_SHORT = [a for m in _CAL.months for a in m.abbreviations]
# Words before the year are read by look-behinds (behind=True), words after it by look-aheads.
_MONTH_IN_DATE = _word(_MONTH_NAMES, _MONTH_SHORT, need_period=False, behind=True)
_MONTH_ALONE = _word(_MONTH_NAMES, _MONTH_SHORT, need_period=True, behind=True)
_MONTH_FIRST = _word([*_MONTH_ENGLISH, *_MONTH_NAMES],
                     [a for m in _CAL.months for a in m.english_abbreviations],
                     need_period=False, behind=True)
_WEEKDAY = _word(
    [n for w in _CAL.weekdays for n in (*w.names, *w.english)],
    [a for w in _CAL.weekdays for a in w.abbreviations],
    need_period=False,
    behind=True,
)
#: A weekday as a whole word, case-insensitive: pattern text for other modules' patterns.
WEEKDAY: Final = _WEEKDAY
#: The first two characters of every weekday form WEEKDAY matches, case folded: a gate of
#: another module's may turn away a date whose first two characters are none of these.
WEEKDAY_PAIRS: Final = frozenset(
    n.casefold()[:2] for w in _CAL.weekdays for n in (*w.names, *w.english, *w.abbreviations))
_ARTICLE = rf"{_phrase(_CAL.day_articles, behind=True)}(?!\w)"
_ORDINAL = alternation(_CAL.ordinal_suffixes, gap="", behind=True)
_YEAR_AFTER = rf"(?<!\w){_phrase(_CAL.year_after, gap=_GAP, behind=True)}"
_TIME_WORD = _word(_CAL.time_names, _CAL.time_abbreviations, need_period=False, behind=False)
_ZONE = alternation(_CAL.zones, gap="")
_UNIT = rf"{_phrase(_CAL.year_not_before, gap=_GAP)}(?!\w)"
#: The first letters of the words a mention may open with (weekdays, day articles, month
#: names and abbreviations), lower case; every one is ASCII, or none is listed and every line
#: is scanned.
_LEAD_WORDS = [
    *(n for m in _CAL.months
      for n in (*m.full_names, *m.english, *m.abbreviations, *m.english_abbreviations)),
    *(n for w in _CAL.weekdays for n in (*w.names, *w.english, *w.abbreviations)),
    *_CAL.day_articles]
_LEAD_INITIALS = frozenset(w.casefold()[:1] for w in _LEAD_WORDS if w.strip())
if not all(c.isascii() and c.isalpha() and c == c.lower() for c in _LEAD_INITIALS):
    _LEAD_INITIALS = frozenset(chr(c) for c in range(128))  # (no gate: every line is scanned)
#: The ASCII characters a mention may open with: a digit or a lead word's first letter in
#: either case.
_LEAD_OPENS = frozenset("0123456789") | _LEAD_INITIALS | {c.upper() for c in _LEAD_INITIALS}
#: The first two letters of the lead words, lower case: a line opening with an ASCII letter
#: and a second ASCII character opens a lead word only where the two are one of these ("att
#: punkt 1234" opens none: its "a" is April's, its "at" no word's). Where a lead word is
#: shorter than two letters, every pair is listed (no gate).
_LEAD_PAIRS = frozenset(w.casefold()[:2] for w in _LEAD_WORDS if w.strip())
if not all(len(p) == 2 and p.isalpha() for p in _LEAD_PAIRS):
    _LEAD_PAIRS = frozenset(a + b for a in map(chr, range(128)) for b in map(chr, range(128)))
#: A day and month and nothing else ("den 28 juli", "Måndag 3:e mars"): a date without its year.
_DAY_MONTH = regex.compile(
    rf"""^(?:{_WEEKDAY}[ ,]*)?(?:{_ARTICLE}[ ]*)?(?:0?[1-9]|[12][0-9]|3[01])(?::?{_ORDINAL})?[ ]*
    {_MONTH_IN_DATE}[ .]*$""",
    regex.VERBOSE | regex.VERSION1 | regex.IGNORECASE,
)

#: The year's four digits, as seen from a look-behind placed right after them.
_Y = r"[0-9]{4}"
#: A year standing alone or with only a month: 1800-2100. (With a day, any 1000-2999.)
_BARE_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2}|2100)"
#: Four digits with no digit on either side.
_YEAR_TOKEN = rf"[12][0-9]{{3}}(?![0-9])(?<![0-9]{_Y})"

#: What may stand before a day: a weekday and/or "den" ("lördagen den 15 december 2012").
_HEAD = rf"""
    (?:(?<!\w)(?P<weekday>{_WEEKDAY}),?{_SP})?
    (?:(?<!\w)(?P<article>{_ARTICLE}){_SP})?
"""
#: Nothing may continue a date as a longer number ("2022-01-271", "21.4.2021.5") ...
_DATE_END = r"(?![0-9]|[.,:/][0-9])"
#: ... nor turn a year into an amount ("mars 2000 personer", "2019 kronor", "2019 %") ...
_NO_UNIT = rf"(?!\s{{0,6}}(?:{_UNIT}|%))"
#: ... or, on the same line, a fraction and an amount into a date ("1/2 2000 kr").
_NO_UNIT_ON_LINE = rf"(?!{_H}{{0,6}}(?:{_UNIT}|%))"
#: A bare year must end the number: no digit group, identifier tail, "-talet" or range after it.
_BARE_YEAR_END = rf"""
    (?!\w|{_H}{{0,6}}[0-9]|[.,:/][0-9]|[-–]\w|:-|[%€$£])
    {_NO_UNIT}
"""
#: A UTC offset written right after a time: "Z", "+01:00", "+0200"; "-01:00" only after seconds
#: or in an ISO "T" time, since "13:00-15:00" is a time range.
_OFFSET = r"""
    Z(?!\w) | \+[0-9]{2}:?[0-9]{2}(?![0-9])
  | (?<=:[0-9]{2}:[0-9]{2}|T[0-9]{1,2}:[0-9]{2})-[0-9]{2}:?[0-9]{2}(?![0-9])
"""
#: A time right after a date: "kl. 13.00", "klockan 9.05", "13:00", "11:15:00 CEST", "T13:05Z".
#: A dot between hour and minute is only read after "kl."/"klockan".
_TIME = rf"""
    (?P<time>
      (?: ,?{_H}{{1,6}}{_TIME_WORD}{_H}{{0,3}}
          (?P<hour>[0-9]{{1,2}})[.:](?P<minute>[0-9]{{2}})(?:[.:](?P<second>[0-9]{{2}}))?
        | (?:T|,?{_H}{{1,6}})
          (?P<hour>[0-9]{{1,2}}):(?P<minute>[0-9]{{2}})(?::(?P<second>[0-9]{{2}}))?
          (?P<offset>{_OFFSET})?
      )
      (?:{_H}{{0,3}}(?P<zone>{_ZONE})(?!\w))?
    )
    (?![0-9]|[.:][0-9])
"""

#: Every date form, matched from its year. Groups: ``year`` always; ``lead`` (the mention from
#: its start to the year) unless the year stands alone; ``date_end`` and maybe ``time`` for
#: dates with a day; ``day``, ``month``/``month_name``, ``ordinal``, ``weekday``, ``article``.
_DATES: Final = regex.compile(
    rf"""
    {_YEAR_TOKEN}
    (?<=(?P<year>{_Y}))
    (?:
      (?P<dated>
        (?: (?P<iso>(?=-[0-9]{{2}}-[0-9]{{2}})                        # 2022-01-27
              (?<=(?P<lead>{_HEAD})(?<![0-9.,:/-]){_Y})
              -(?P<month>[0-9]{{2}})-(?P<day>[0-9]{{2}}))
          | (?<=(?P<lead>{_HEAD}(?<![0-9.,:/-])                       # 21.4.2021
              (?P<day>[0-9]{{1,2}})\.(?P<month>[0-9]{{1,2}})\.){_Y})
          | (?<=(?P<lead>{_HEAD}(?<![0-9.,:/-])                       # 4/4 2023, 4/4/2023
              (?P<day>[0-9]{{1,2}})(?P<slashed>/)(?P<month>[0-9]{{1,2}})(?:/|{_H}{{1,6}})){_Y})
          | (?<=(?P<lead>{_HEAD}(?<![0-9.,/])(?<![0-9]:)              # den 4:e april 2023, 3e mars
              (?P<day>[0-9]{{1,2}})(?P<ordinal>:?{_ORDINAL})?{_SP}
              (?P<month_name>{_MONTH_IN_DATE}){_SP}){_Y})
          | (?<=(?P<lead>{_HEAD}(?<!\w)                                # March 3, 2022
              (?P<month_name>{_MONTH_FIRST}){_SP}(?P<day>[0-9]{{1,2}}),{_SP}){_Y})
        )
        (?P<date_end>)
        (?:{_TIME}|{_DATE_END}(?(slashed){_NO_UNIT_ON_LINE}))
      )
    | (?P<month_year>                                                 # januari 2022, jan. 2022
        (?<=(?P<lead>(?<!\w)(?P<month_name>{_MONTH_ALONE}){_SP}){_BARE_YEAR})
        {_DATE_END}{_NO_UNIT})
    | (?P<bare_year>                                                  # i 2019, (2019)
        (?<=(?:{_YEAR_AFTER}{_GAP}|^{_H}{{0,3}}|\(){_BARE_YEAR})
        {_BARE_YEAR_END})
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)

#: The first pass: a year token with what some form of _DATES needs right next to it. Every
#: position where _DATES can match is found here (test_dates.py checks this on random text).
_CANDIDATES: Final = regex.compile(
    rf"""
    {_YEAR_TOKEN}
    (?: (?=-[0-9]{{2}}-)                         # ISO
      | (?<=(?: [./(]                            # 21.4.2021, 4/4/2023, (2019)
              | (?:[\p{{L}}.]|/[0-9]{{1,2}}|[0-9],)\s{{1,14}}  # a month, "i", "t.o.m.", "4/4",
                                                  # "March 3," before
              | ^{_H}{{0,3}}                       # the start of a line
            ){_Y})
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# --- Public model -----------------------------------------------------------------------------


class DateMention(BaseModel):
    """One date (or date and time) written in a text: where it stands and what it means."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    span: Span = Field(
        description="Offsets of the mention in the text given to find_dates / parse_date; a "
        "leading weekday, 'den' and a following time are included."
    )
    raw: str = Field(min_length=1, description="The mention exactly as written: text[span].")
    value: datetime.date | datetime.datetime = Field(
        description="The date meant. A timezone-aware datetime only when a time was written "
        "(precision minute/second); otherwise a date. For precision 'month' it is the 1st of "
        "that month and for 'year' it is 1 January: read it together with `precision`."
    )
    precision: Precision = Field(
        description="The finest unit the writer gave: year, month, day, minute or second."
    )

    @model_validator(mode="after")
    def _consistent(self) -> DateMention:
        if len(self.raw) != len(self.span):
            raise ValueError("raw must be exactly as long as its span")
        timed = self.precision in ("minute", "second")
        if isinstance(self.value, datetime.datetime) != timed:
            raise ValueError("value is a datetime exactly when precision is minute or second")
        if isinstance(self.value, datetime.datetime) and self.value.utcoffset() is None:
            raise ValueError("a datetime value must be timezone-aware")
        if self.precision in ("month", "year") and self.value.day != 1:
            raise ValueError("a month or year mention's value is the 1st of the month")
        if self.precision == "year" and self.value.month != 1:
            raise ValueError("a year mention's value is 1 January")
        return self


# --- Interpretation ---------------------------------------------------------------------------


def _scan(text: str) -> list[regex.Match[str]]:
    """The matches of ``_DATES`` in ``text``, as ``_DATES.finditer(text)`` would give them.

    ``_DATES`` is only tried where ``_CANDIDATES`` found a year it could match at; a candidate
    inside the text a previous match consumed is passed over, as ``finditer`` would.
    """
    found: list[regex.Match[str]] = []
    consumed = 0
    for candidate in _CANDIDATES.finditer(text):
        start = candidate.start()
        if start < consumed:
            continue
        match = _DATES.match(text, start)
        if match is not None:
            found.append(match)
            consumed = match.end()
    return found


@lru_cache(maxsize=4096)
def _dateutil(text: str, *, iso: bool) -> datetime.datetime | None:
    """dateutil's reading of ``text`` (Swedish, day first unless ISO), or None if it has none.

    Cached: a document repeats its dates, and dateutil is the slow part of reading one.
    """
    try:
        return _PARSER.parse(
            " ".join(text.split()),
            default=_DEFAULT,
            tzinfos=_ZONES,
            dayfirst=not iso,
            yearfirst=iso,
        )
    except (ValueError, OverflowError):
        return None


def _expected(m: regex.Match[str]) -> tuple[int, int, int] | None:
    """The (year, month, day) the pattern captured, which dateutil's reading must agree with."""
    month_name = m.group("month_name")
    if month_name is None:
        month = int(m.group("month") or 1)
    else:
        number = _MONTH_NUMBER.get(month_name.rstrip(".").casefold())
        if number is None:  # an odd case-folding the pattern accepted: do not guess
            return None
        month = number
    return int(m.group("year")), month, int(m.group("day") or 1)


def _start(m: regex.Match[str]) -> int:
    """Where the mention starts: at its weekday, "den", day or month, else at the year."""
    lead: int = m.start("lead")
    year: int = m.start("year")
    return lead if lead >= 0 else year


def _date_text(m: regex.Match[str]) -> str:
    """The date as written, minus the ordinal ending dateutil cannot read ("4:e" -> "4")."""
    text: str = m.string
    start, end = _start(m), m.end("date_end")
    if m.group("ordinal") is None:
        return text[start:end]
    cut, resume = m.span("ordinal")
    return text[start:cut] + text[resume:end]


#: Every precision (the default of :func:`first_date`).
_PRECISIONS = frozenset({"year", "month", "day", "minute", "second"})


def _mention(
    text: str, start: int, end: int, value: datetime.date, precision: Precision
) -> DateMention:
    return DateMention(
        span=span_at(start, end), raw=text[start:end], value=value, precision=precision
    )


def _interpret_dated(m: regex.Match[str], *, with_time: bool) -> DateMention | None:
    """The mention for a match with a day (and maybe a time), or None if it is no real date."""
    expected = _expected(m)
    if expected is None:
        return None
    source = _date_text(m)
    timed = with_time and m.group("time") is not None
    if timed:
        clock = f"{m.group('hour')}:{m.group('minute')}"
        if m.group("second") is not None:
            clock += f":{m.group('second')}"
        source = f"{source} {clock}{m.group('offset') or ''} {m.group('zone') or ''}"
    parsed = _dateutil(source, iso=m.group("iso") is not None)
    if parsed is None or (parsed.year, parsed.month, parsed.day) != expected:
        return None
    if not timed:
        return _mention(m.string, _start(m), m.end("date_end"), parsed.date(), "day")
    clock_fields = (int(m.group("hour")), int(m.group("minute")), int(m.group("second") or 0))
    if (parsed.hour, parsed.minute, parsed.second) != clock_fields:
        return None
    value = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_STOCKHOLM)
    try:
        value.utcoffset()
    except ValueError:  # an offset of a day or more ("+99:00"): no real time
        return None
    precision: Precision = "second" if m.group("second") is not None else "minute"
    return _mention(m.string, _start(m), m.end("time"), value, precision)


def _interpret(m: regex.Match[str]) -> DateMention | None:
    """The mention for one match, or None when it is no real date."""
    if m.group("dated") is not None:
        # An impossible time ("kl. 25.00") must not cost us the date before it.
        return _interpret_dated(m, with_time=True) or _interpret_dated(m, with_time=False)
    expected = _expected(m)
    if expected is None:
        return None
    start, end = _start(m), m.end()
    parsed = _dateutil(m.string[start:end], iso=False)
    if parsed is None or (parsed.year, parsed.month, parsed.day) != expected:
        return None
    precision: Precision = "month" if m.group("month_year") is not None else "year"
    return _mention(m.string, start, end, parsed.date(), precision)


def _iter_dates(text: str) -> Iterator[DateMention]:
    """Mentions in text order, without overlaps.

    Matches consume text from their year on, but a mention starts at its leading words; should
    those reach back into the previous mention, the later one is dropped.
    """
    return _mentions(_scan(text))


def _mentions(matches: list[regex.Match[str]]) -> Iterator[DateMention]:
    """:func:`_iter_dates` of the text ``matches`` were scanned from."""
    end = 0
    for m in matches:
        mention = _interpret(m)
        if mention is not None and mention.span.start >= end:
            end = mention.span.end
            yield mention


# --- Public API -------------------------------------------------------------------------------


def find_dates(text: str) -> list[DateMention]:
    """Every Swedish date or date-time mention in ``text``, in text order, never overlapping.

    Spans are offsets into ``text``. Forms read: ISO "2022-01-27"; "27 januari 2022",
    "27 jan. 2022", "den 4:e april 2023", "1:a maj 2020", "lördag 15 december 2012"; "4/4 2023";
    "21.4.2021" (all day precision); any of these followed by a time ("kl. 13.00", "13:00",
    "11:15:00 CEST", ISO "T13:00") as an aware datetime (minute/second precision); "januari
    2022" (month precision, value the 1st); and a bare year in a clear year context (year
    precision, value 1 January). Not returned: a day and month without a year (the year would
    be made up), a time without a date ("kl. 13.00" alone), impossible dates ("2022-02-30"), and
    numbers that are amounts, phone numbers, postcodes or document identifiers. See the module
    docstring for the full rules.
    """
    return list(_iter_dates(text))


def first_date(text: str, precisions: Container[str] = _PRECISIONS) -> DateMention | None:
    """The first of :func:`find_dates` whose precision is one of ``precisions``: the mentions
    after it are never read (a press-room listing asks this of every block)."""
    return next((d for d in _iter_dates(text) if d.precision in precisions), None)


_SPACED_ISO: Final = regex.compile(r"[12][0-9]{3} [01][0-9] [0-3][0-9]")
#: Short forms a date line writes by hand, read only as a line of their own (a place-and-date
#: line): "23/2-12" and "27/1-2022" (day/month-year), "27-01-2022" (day-month-year),
#: "2022.01.27" (ISO with dots) and "19-09-30" (the Swedish short form, YY-MM-DD: the compact
#: "190930" with its dashes).
_LINE_FORMS: Final = regex.compile(
    r"""(?:[Dd]en[ ]+)?
      (?: (?P<d>[0-3]?[0-9])/(?P<m>[01]?[0-9])[ ]?-(?P<y>[0-9]{2}|[12][0-9]{3})   # 27/1-22
        | (?P<d2>[0-3][0-9])-(?P<m2>[01][0-9])-(?P<y2>[12][0-9]{3})              # 27-01-2022
        | (?P<y3>[12][0-9]{3})\.(?P<m3>[01][0-9])\.(?P<d3>[0-3][0-9])            # 2022.01.27
        | (?P<y4>[12][0-9]{3})-(?P<m4>[01]?[0-9])-(?P<d4>[0-3]?[0-9])             # 2022-1-27
        | (?P<y5>[0-9]{2})-(?P<m5>[01][0-9])-(?P<d5>[0-3][0-9]))                  # 19-09-30
    """,
    regex.VERBOSE,
)
#: The characters the line forms below (_SPACED_ISO, _LINE_FORMS, compact digits) open with.
_FORM_OPENS = frozenset("0123456789Dd")
#: A comma between a month's name and the year, as blog software prints it ("27 januari,
#: 2022"): read as a space, on a date line only.
_COMMA_YEAR: Final = regex.compile(r"(?<=\p{L}\.?),(?=[ ]+[12][0-9]{3}$)")


def day_month(text: str) -> bool:
    """Whether ``text`` is a day and month and nothing else ("den 28 juli"): a date line whose
    year is printed elsewhere or not at all, which :func:`parse_date` does not read."""
    return _DAY_MONTH.match(text.strip()) is not None


#: A Riksdag session (riksmöte, "2010/11") opens in September: a day from September to
#: December falls in its first year, one from January to August in the second.
_SESSION_OPENS = 9


def in_session(text: str, first_year: int) -> datetime.date | None:
    """The date of a day-and-month line ("den 15 november") in the Riksdag session whose first
    year is ``first_year`` (CONVENTIONS: a riksmöte printed in the document gives the year)."""
    stripped = text.strip().rstrip(". ")
    if not day_month(stripped):
        return None
    mention = parse_date(f"{stripped} {first_year}")
    if mention is None:
        return None
    day = mention.value
    year = first_year if day.month >= _SESSION_OPENS else first_year + 1
    try:
        return datetime.date(year, day.month, day.day)
    except ValueError:  # 29 februari in a year without it
        return None


@lru_cache(maxsize=4096)
def parse_date(text: str, *, full_stop: bool = False) -> DateMention | None:
    """The date ``text`` consists of, or None when it is anything more or less than one date.

    Meant for "date lines": surrounding whitespace is ignored, and a weekday and "den" may come
    first ("lördagen den 15 december 2012"). Everything :func:`find_dates` reads is accepted,
    including a lone year ("2019") or month ("mars 2022"). In addition, a compact six-digit
    ``YYMMDD`` date ("181211" -> 2018-12-11) is read here, never in running text: a two-digit
    year up to next year's is 20YY, a later one 19YY; so are ``YYYYMMDD`` (19xx or 20xx) and
    ISO written with spaces ("2014 12 15"). The span is an offset into ``text`` as given. A
    day and month without a year ("27 augusti") gives None. With ``full_stop``, the line may end
    in a full stop, outside the span ("Lund den 27 januari 2022.").
    """
    stripped = text.strip()
    if full_stop and stripped[-1:] == "." and stripped[-2:-1].isalnum():
        stripped = stripped[:-1]
    if not stripped or not may_be_date_line(stripped):
        return None
    return _line_date(text, stripped)


#: A year token as ``_DATES`` opens with one: four digits, none right before or after. (ASCII
#: classes only, which ``re`` reads as ``regex`` does, at a third of its cost a call: asked of
#: every line with a digit.)
_YEAR_ALONE: Final = re.compile(_YEAR_TOKEN)


def may_be_date_line(stripped: str) -> bool:
    """False only for a line :func:`parse_date` reads no date from: every form it reads holds
    a year token or opens with a digit or "den" (``tests/test_dates.py`` checks this)."""
    return stripped[:1].isdigit() or stripped[:3] in ("den", "Den") \
        or _YEAR_ALONE.search(stripped) is not None


def may_lead_date(lead: str) -> bool:
    """False only for a line's first two characters (``lead``) that no mention
    :func:`parse_date` reads opens with: its scan is asked only where one may open (a digit,
    a lead word's first two letters, a character beyond ASCII)."""
    first = lead[:1]
    return not first.isascii() or (first in _LEAD_OPENS and (
        first.isdigit() or not lead[1:2].isascii() or lead.lower() in _LEAD_PAIRS))


def _line_date(text: str, stripped: str) -> DateMention | None:
    """:func:`parse_date` of ``text``, given its stripped form (without a full stop it may
    end in)."""
    offset = len(text) - len(text.lstrip())
    # Only a match whose mention would start at the line's start and end at its end can
    # give one that covers it: dateutil is not asked about a date inside a longer line.
    n = len(stripped)
    first = stripped[:1]
    # A mention opens with a digit or a lead word; a line opening otherwise holds none that
    # covers it, and its matches are not read (ASCII letters decide: the words' first two
    # letters are listed, matched ignoring case; a non-ASCII one always scans).
    matches = _scan(_COMMA_YEAR.sub(" ", stripped) if "," in stripped else stripped) \
        if (first in _LEAD_OPENS and (first.isdigit() or not stripped[1:2].isascii()
                                      or stripped[:2].lower() in _LEAD_PAIRS)) \
        or not first.isascii() else []
    whole = bool(matches) and any(
        _start(m) == 0 and n in (m.end(), m.end("date_end"), m.end("time")) for m in matches)
    found = list(_mentions(matches)) if whole else []
    if len(found) == 1 and len(found[0].span) == len(stripped):
        return _mention(text, offset, offset + len(stripped), found[0].value, found[0].precision)
    if first not in _FORM_OPENS:  # every form below opens with an ASCII digit or "den"
        return None
    if _SPACED_ISO.fullmatch(stripped):  # "2014 12 15": ISO with spaces, a line of its own
        try:
            day = datetime.date(int(stripped[:4]), int(stripped[5:7]), int(stripped[8:]))
        except ValueError:
            return None
        return _mention(text, offset, offset + len(stripped), day, "day")
    if (form := _LINE_FORMS.fullmatch(stripped)) is not None:
        year, month, day_of = (
            form["y"] or form["y2"] or form["y3"] or form["y4"] or form["y5"],
            form["m"] or form["m2"] or form["m3"] or form["m4"] or form["m5"],
            form["d"] or form["d2"] or form["d3"] or form["d4"] or form["d5"])
        full = _PARSER.info.convertyear(int(year), century_specified=len(year) == 4)
        try:
            day = datetime.date(full, int(month), int(day_of))
        except ValueError:
            return None
        return _mention(text, offset, offset + len(stripped), day, "day")
    if len(stripped) == 8 and stripped.isascii() and stripped.isdigit() \
            and stripped[:2] in ("19", "20"):
        try:  # "Karlskoga 20180413": YYYYMMDD, ISO without its dashes
            day = datetime.date(int(stripped[:4]), int(stripped[4:6]), int(stripped[6:]))
        except ValueError:
            return None
        return _mention(text, offset, offset + len(stripped), day, "day")
    if not (len(stripped) == 6 and stripped.isascii() and stripped.isdigit()):
        return None
    try:  # YYMMDD: dateutil reads six digits year first; SwedishParserInfo picks the century
        parsed = _PARSER.parse(stripped, default=_DEFAULT, dayfirst=False, yearfirst=True)
    except (ValueError, OverflowError):
        return None
    written = (int(stripped[:2]), int(stripped[2:4]), int(stripped[4:]))
    if (parsed.year % 100, parsed.month, parsed.day) != written:
        return None
    return _mention(text, offset, offset + len(stripped), parsed.date(), "day")

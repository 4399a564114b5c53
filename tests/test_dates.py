"""Tests for tillit.dates: Swedish date mentions, their values, precision and spans."""

from __future__ import annotations

import ast
import datetime
import itertools
import random
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil import parser as dateutil_parser
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import tillit.dates as dates_module
from tillit.dates import DateMention, SwedishParserInfo, find_dates, parse_date
from tillit.spans import Span

DATES_PY = Path(dates_module.__file__)
CALENDAR = tomllib.loads((DATES_PY.parent / "data" / "calendar.toml").read_text("utf-8"))

STOCKHOLM = ZoneInfo("Europe/Stockholm")
CET = datetime.timezone(datetime.timedelta(hours=1))
CEST = datetime.timezone(datetime.timedelta(hours=2))
UTC = datetime.UTC
D = datetime.date
DT = datetime.datetime


def only(text: str) -> DateMention:
    """The single mention in ``text`` (fails the test if there is not exactly one)."""
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def assert_same_value(
    actual: datetime.date | datetime.datetime, expected: datetime.date | datetime.datetime
) -> None:
    """Equal type, equal value and, for datetimes, equal UTC offset."""
    assert type(actual) is type(expected)
    assert actual == expected
    if isinstance(expected, DT):
        assert isinstance(actual, DT)
        assert actual.utcoffset() == expected.utcoffset()


# --- Every supported form, in context ---------------------------------------------------------

POSITIVE = [
    # (text, raw, value, precision)
    ("Motion 2022-01-27 till fullmäktige", "2022-01-27", D(2022, 1, 27), "day"),
    ("Gävle 2023-04-04", "2023-04-04", D(2023, 4, 4), "day"),
    # a label glued to its value's colon; a time's colon ("10:30 oktober") still is no day
    ("Ställd:30 oktober 2023", "30 oktober 2023", D(2023, 10, 30), "day"),
    ("kl 10:30 oktober 2023", "oktober 2023", D(2023, 10, 1), "month"),
    ("2022-01-12", "2022-01-12", D(2022, 1, 12), "day"),  # not read day-first as 1 December
    ("Lund 27 januari 2022", "27 januari 2022", D(2022, 1, 27), "day"),
    ("Lund den 27 januari 2022.", "den 27 januari 2022", D(2022, 1, 27), "day"),
    ("inkom 27 jan. 2022 till", "27 jan. 2022", D(2022, 1, 27), "day"),
    ("inkom 27 jan 2022 till", "27 jan 2022", D(2022, 1, 27), "day"),
    ("Malmö den 4:e april 2023", "den 4:e april 2023", D(2023, 4, 4), "day"),
    ("beslut 1:a maj 2020 om", "1:a maj 2020", D(2020, 5, 1), "day"),
    ("Lund den 3e mars 2022", "den 3e mars 2022", D(2022, 3, 3), "day"),
    ("inlämnad 21a maj 2020", "21a maj 2020", D(2020, 5, 21), "day"),
    ("Sammanträde lördag 15 december 2012", "lördag 15 december 2012", D(2012, 12, 15), "day"),
    ("Lördagen den 15 December 2012", "Lördagen den 15 December 2012", D(2012, 12, 15), "day"),
    ("tors. 3 SEPT. 2020", "tors. 3 SEPT. 2020", D(2020, 9, 3), "day"),
    ("24 jul 2019", "24 jul 2019", D(2019, 7, 24), "day"),
    ("den 6 juni 1523", "den 6 juni 1523", D(1523, 6, 6), "day"),
    ("daterad 27 januari\n2022 i Lund", "27 januari\n2022", D(2022, 1, 27), "day"),
    ("Stockholm 4/4 2023", "4/4 2023", D(2023, 4, 4), "day"),
    ("Stockholm 4/4/2023", "4/4/2023", D(2023, 4, 4), "day"),
    ("Publicerad 21.4.2021", "21.4.2021", D(2021, 4, 21), "day"),
    ("Publicerad 21.04.2021.", "21.04.2021", D(2021, 4, 21), "day"),
    # With a time: an aware datetime.
    (
        "21.4.2021 11:15:00 CEST",
        "21.4.2021 11:15:00 CEST",
        DT(2021, 4, 21, 11, 15, tzinfo=CEST),
        "second",
    ),
    (
        "21.4.2021 11:15:00 CET",
        "21.4.2021 11:15:00 CET",
        DT(2021, 4, 21, 11, 15, tzinfo=CET),
        "second",
    ),
    ("21.4.2021 11:15", "21.4.2021 11:15", DT(2021, 4, 21, 11, 15, tzinfo=STOCKHOLM), "minute"),
    (
        "förbättras21.4.2021 11:15:00 CEST | Pressmeddelande",
        "21.4.2021 11:15:00 CEST",
        DT(2021, 4, 21, 11, 15, tzinfo=CEST),
        "second",
    ),
    (
        "Möte den 4 april 2023 kl. 13.00 i salen",
        "den 4 april 2023 kl. 13.00",
        DT(2023, 4, 4, 13, 0, tzinfo=STOCKHOLM),
        "minute",
    ),
    (
        "27 januari 2022 kl 13:00",
        "27 januari 2022 kl 13:00",
        DT(2022, 1, 27, 13, 0, tzinfo=STOCKHOLM),
        "minute",
    ),
    (
        "tisdag, 4/4 2023, klockan 9.05 och",
        "tisdag, 4/4 2023, klockan 9.05",
        DT(2023, 4, 4, 9, 5, tzinfo=STOCKHOLM),
        "minute",
    ),
    (
        "2022-01-27T13:05:00",
        "2022-01-27T13:05:00",
        DT(2022, 1, 27, 13, 5, tzinfo=STOCKHOLM),
        "second",
    ),
    ("2022-01-27 13:05 x", "2022-01-27 13:05", DT(2022, 1, 27, 13, 5, tzinfo=STOCKHOLM), "minute"),
    # A written UTC offset wins over Stockholm time.
    ("2022-01-27T13:05:00Z", "2022-01-27T13:05:00Z", DT(2022, 1, 27, 13, 5, tzinfo=UTC), "second"),
    (
        "2022-01-27T13:05:00+01:00",
        "2022-01-27T13:05:00+01:00",
        DT(2022, 1, 27, 13, 5, tzinfo=CET),
        "second",
    ),
    (
        "2022-07-27 13:05:00-0500,",
        "2022-07-27 13:05:00-0500",
        DT(2022, 7, 27, 13, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))),
        "second",
    ),
    # ... but "-15:00" after hh:mm is the end of a time range, and an offset of 99 hours is none.
    (
        "2022-01-27 13:00-15:00",
        "2022-01-27 13:00",
        DT(2022, 1, 27, 13, 0, tzinfo=STOCKHOLM),
        "minute",
    ),
    ("2022-01-27T13:05:00+99:00", "2022-01-27", D(2022, 1, 27), "day"),
    # An impossible or hour-only time is left out; the date stays.
    ("den 4 april 2023 kl. 25.00", "den 4 april 2023", D(2023, 4, 4), "day"),
    ("den 4 april 2023 kl. 13", "den 4 april 2023", D(2023, 4, 4), "day"),
    # A dot time needs "kl.": "12.50" after a date is not a time.
    ("21.4.2021 12.50 kronor", "21.4.2021", D(2021, 4, 21), "day"),
    # Month precision: value is the 1st.
    ("i januari 2022 beslutade", "januari 2022", D(2022, 1, 1), "month"),
    ("Mars 2022", "Mars 2022", D(2022, 3, 1), "month"),
    ("från jan. 2022", "jan. 2022", D(2022, 1, 1), "month"),
    ("jul. 2019", "jul. 2019", D(2019, 7, 1), "month"),
    # Year precision: value is 1 January; only in a clear year context.
    ("år 2019.", "2019", D(2019, 1, 1), "year"),
    ("I 2019 års budget", "2019", D(2019, 1, 1), "year"),
    ("under 2019 ökade", "2019", D(2019, 1, 1), "year"),
    ("Sedan 2015 har", "2015", D(2015, 1, 1), "year"),
    ("från 2019 till 2022", "2019", D(2019, 1, 1), "year"),  # and 2022, see TWO_YEARS
    ("gäller till och med 2025.", "2025", D(2025, 1, 1), "year"),
    ("gäller t.o.m. 2025", "2025", D(2025, 1, 1), "year"),
    ("i budgeten för 2022 slås det fast", "2022", D(2022, 1, 1), "year"),
    ("hösten 2019 kom", "2019", D(2019, 1, 1), "year"),
    ("Våren 2020", "2020", D(2020, 1, 1), "year"),
    ("utredningen (2019) visar", "2019", D(2019, 1, 1), "year"),
    ("Text\n2019 kom utredningen", "2019", D(2019, 1, 1), "year"),
    ("år 1800", "1800", D(1800, 1, 1), "year"),
    ("år 2100", "2100", D(2100, 1, 1), "year"),
]


@pytest.mark.parametrize(("text", "raw", "value", "precision"), POSITIVE)
def test_finds_each_form(text: str, raw: str, value: datetime.date, precision: str) -> None:
    found = find_dates(text)
    assert found, f"no date found in {text!r}"
    mention = found[0]
    assert mention.raw == raw
    assert text[mention.span.start : mention.span.end] == raw
    assert mention.span.slice(text) == raw
    assert_same_value(mention.value, value)
    assert mention.precision == precision


def test_both_years_of_a_from_to_phrase() -> None:
    text = "från 2019 till 2022"
    assert [(m.raw, m.value) for m in find_dates(text)] == [
        ("2019", D(2019, 1, 1)),
        ("2022", D(2022, 1, 1)),
    ]


def test_summer_and_winter_times_get_the_stockholm_offset_of_their_date() -> None:
    summer = only("15 juli 2022 kl. 12.00").value
    winter = only("15 januari 2022 kl. 12.00").value
    assert isinstance(summer, DT)
    assert isinstance(winter, DT)
    assert summer.utcoffset() == datetime.timedelta(hours=2)
    assert winter.utcoffset() == datetime.timedelta(hours=1)


# --- What is not a date -----------------------------------------------------------------------

NEGATIVE = [
    # amounts and counts
    "2 000 kronor",
    "2019 kronor",
    "i 2019 kronor",
    "under 2019 st",
    "2019 st",
    "i 2019 000 kronor",
    "år 2019%",
    "kostar 2019:-",
    "i mars 2000 personer",
    "fördelat 1/2 2000 kr",
    # phone numbers and addresses
    "040-19 27 87",
    "073 - 929 44 39",
    "Tel:073 - 929 44 39",
    "214 33 Malmö",
    "Nobelvägen 51a\n214 33 Malmö\n\n040-19 27 87h",
    # beteckningar and other identifiers
    "2021/22:4102",
    "Motion 2021/22:4102 av",
    "1990/91:A18",
    "i 1990/91:A18",
    "prop. 1990/91:87",
    "SFS 2019:123",
    "enligt SFS 2019:123",
    "under 2019/20",
    "i 12019",
    "i 20190",
    "2022-1-7",
    # decades, ranges and unclear year contexts are left alone
    "Sedan 1990-talet",
    "Sedan 90-talet",
    "vars utredning kom 2019.",
    "från 2019–2022",
    "i 1500",
    "i 2101",
    "jul 2019",
    # impossible dates: no mention, no exception
    "2022-02-30",
    "2022-13-01",
    "32 januari 2022",
    "31.4.2021",
    "29 februari 2023",
    "0/4 2023",
    "4/13 2023",  # dateutil alone would swap day and month: 13 April
    "den 4.13.2023",
    # no year: a partial date never gets a made-up year
    "27:e januari",
    "den 27 augusti",
    "lördag 15 december",
    # a time without a date
    "kl. 13.00",
    "kl 13:00",
    "Mötet börjar klockan 9.30.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_finds_nothing(text: str) -> None:
    assert find_dates(text) == []


def test_a_day_and_month_without_year_are_not_completed_from_a_later_date() -> None:
    mention = only("1 januari–31 mars 2022")
    assert mention.raw == "31 mars 2022"
    assert mention.value == D(2022, 3, 31)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Lund 2023-04-04\nBarn och unga", "2023-04-04"),
        ("Lund 4/4 2023\nBarn och unga", "4/4 2023"),
        ("den 27 januari 2022 min motion", "den 27 januari 2022"),
        ("21.4.2021 %-satsen", "21.4.2021"),
    ],
)
def test_a_word_after_a_full_date_is_no_unit(text: str, raw: str) -> None:
    assert only(text).raw == raw


def test_a_leap_day_is_valid_in_a_leap_year() -> None:
    assert only("29 februari 2024").value == D(2024, 2, 29)


# --- Whole documents --------------------------------------------------------------------------

DOCUMENT = """Motion till Lunds kommunfullmäktige
2022-01-27

Man vill vara en attraktiv arbetsgivare och i budgeten för 2022 slås fast att man vill satsa.
Sedan 1990-talet har marknadsbaserade modeller påverkat; utredningen kom 2019.
Tel:073 - 929 44 39
Nobelvägen 51a
214 33 Malmö
Motion 2021/22:4102 och prop. 1990/91:87 nämns.
V eniga med granskning: samverkan måste förbättras21.4.2021 11:15:00 CEST | Pressmeddelande
Arbetet med vård och omsorg vid demenssjukdom13.4.2021 18:00:00 CEST | Pressmeddelande
I början av 2020 bifölls initiativet, sammanträdet hölls den 27:e januari.

Gävle 2023-04-04
"""


def test_document_mentions_in_order() -> None:
    found = find_dates(DOCUMENT)
    assert [m.raw for m in found] == [
        "2022-01-27",
        "2022",
        "21.4.2021 11:15:00 CEST",
        "13.4.2021 18:00:00 CEST",
        "2023-04-04",
    ]
    assert [m.precision for m in found] == ["day", "year", "second", "second", "day"]
    for mention in found:
        assert DOCUMENT[mention.span.start : mention.span.end] == mention.raw
    ends = [m.span.end for m in found]
    starts = [m.span.start for m in found]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))


def test_adjacent_dates_do_not_overlap() -> None:
    text = "2022-01-27 2022-01-28, 4/4 2023 5/4 2023 och den 6 maj 2023 kl. 10.00 2023-05-07"
    found = find_dates(text)
    assert [m.value for m in found] == [
        D(2022, 1, 27),
        D(2022, 1, 28),
        D(2023, 4, 4),
        D(2023, 4, 5),
        DT(2023, 5, 6, 10, 0, tzinfo=STOCKHOLM),
        D(2023, 5, 7),
    ]
    for left, right in itertools.pairwise(found):
        assert left.span.end <= right.span.start


def test_spans_index_the_original_text_with_crlf_and_nbsp() -> None:
    text = "Rad ett\r\nLund den\u00a027 januari\r\n2022\r\n"
    mention = only(text)
    assert mention.raw == "den\u00a027 januari\r\n2022"
    assert text[mention.span.start : mention.span.end] == mention.raw


# --- Month and weekday names come from calendar.toml ------------------------------------------

MONTH_FORMS = [
    (form, entry["number"])
    for entry in CALENDAR["month"]
    for form in entry["names"] + entry["abbreviations"]
]
WEEKDAY_FORMS = [
    form for entry in CALENDAR["weekday"] for form in entry["names"] + entry["abbreviations"]
]


@pytest.mark.parametrize(("form", "number"), MONTH_FORMS)
def test_every_month_form_in_the_calendar_is_read(form: str, number: int) -> None:
    for written in (form, form.capitalize(), form.upper()):
        mention = only(f"den 3 {written} 2021 kl. 10.00")
        assert mention.raw == f"den 3 {written} 2021 kl. 10.00"
        assert mention.value == DT(2021, number, 3, 10, 0, tzinfo=STOCKHOLM)


@pytest.mark.parametrize(("form", "number"), MONTH_FORMS)
def test_month_with_year_needs_a_full_name_or_a_period(form: str, number: int) -> None:
    is_full_name = any(form in e["names"] for e in CALENDAR["month"])
    if is_full_name:
        assert only(f"i {form} 2021").value == D(2021, number, 1)
    else:
        assert find_dates(f"i {form} 2021") == []
        assert only(f"i {form}. 2021").value == D(2021, number, 1)


ENGLISH_FORMS = [(form, entry["number"]) for entry in CALENDAR["month"]
                 for form in entry.get("english", [])]


@pytest.mark.parametrize(("form", "number"), ENGLISH_FORMS)
def test_english_post_dates_read_month_first_and_day_first(form: str, number: int) -> None:
    """Web pages in an English locale date their posts "March 3, 2022" or "3 March 2022"."""
    written = form.capitalize()
    assert only(f"Posted on {written} 3, 2022 by admin").raw == f"{written} 3, 2022"
    assert only(f"Posted on {written} 3, 2022 by admin").value == D(2022, number, 3)
    assert only(f"3 {written} 2022").value == D(2022, number, 3)


def test_month_first_needs_the_comma() -> None:
    """Swedish blog software prints "mars 3, 2022" (English-style order, Swedish names): read
    with its comma; "mars 3 2022" (a month, then a count and a year) is no date."""
    assert only("Publicerat mars 3, 2022 av admin").value == D(2022, 3, 3)
    assert find_dates("mars 3 2022") == []


@pytest.mark.parametrize("form", WEEKDAY_FORMS)
def test_every_weekday_form_is_part_of_the_span(form: str) -> None:
    mention = only(f"Möte {form.capitalize()} den 2 mars 2021.")
    assert mention.raw == f"{form.capitalize()} den 2 mars 2021"
    assert mention.value == D(2021, 3, 2)


def test_parserinfo_knows_the_calendar() -> None:
    info = SwedishParserInfo()
    assert info.month("augusti") == 8
    assert info.month("Okt") == 10
    assert info.weekday("lördagen") == 5
    assert info.jump("den")
    parsed = dateutil_parser.parser(info).parse("lördag den 15 december 2012", dayfirst=True)
    assert parsed == DT(2012, 12, 15)


def test_two_digit_years_pivot_on_next_year() -> None:
    info = SwedishParserInfo()
    pivot = datetime.date.today().year % 100 + 1
    assert info.convertyear(pivot) == 2000 + pivot
    if pivot < 99:
        assert info.convertyear(pivot + 1) == 1900 + pivot + 1
    assert info.convertyear(0) == 2000
    assert info.convertyear(1999) == 1999


# --- parse_date -------------------------------------------------------------------------------

PARSE_DATE = [
    # (text, value, precision, (start, end))
    ("2022-01-27", D(2022, 1, 27), "day", (0, 10)),
    ("  den 27 januari 2022 \n", D(2022, 1, 27), "day", (2, 21)),
    ("Lördagen den 15 december 2012", D(2012, 12, 15), "day", (0, 29)),
    ("21.4.2021 11:15:00 CEST", DT(2021, 4, 21, 11, 15, tzinfo=CEST), "second", (0, 23)),
    ("mars 2022", D(2022, 3, 1), "month", (0, 9)),
    ("2019", D(2019, 1, 1), "year", (0, 4)),
    ("181211", D(2018, 12, 11), "day", (0, 6)),
    (" 991231", D(1999, 12, 31), "day", (1, 7)),
    ("000229", D(2000, 2, 29), "day", (0, 6)),
    ("20180413", D(2018, 4, 13), "day", (0, 8)),
    ("23/2-12", D(2012, 2, 23), "day", (0, 7)),
    ("27/1-2022", D(2022, 1, 27), "day", (0, 9)),
    ("27-01-2022", D(2022, 1, 27), "day", (0, 10)),
    ("2022.01.27", D(2022, 1, 27), "day", (0, 10)),
    ("19991231", D(1999, 12, 31), "day", (0, 8)),
    ("19-09-30", D(2019, 9, 30), "day", (0, 8)),
    ("99-12-31", D(1999, 12, 31), "day", (0, 8)),
]


@pytest.mark.parametrize(("text", "value", "precision", "span"), PARSE_DATE)
def test_parse_date(text: str, value: datetime.date, precision: str, span: tuple[int, int]) -> None:
    mention = parse_date(text)
    assert mention is not None
    assert_same_value(mention.value, value)
    assert mention.precision == precision
    assert (mention.span.start, mention.span.end) == span
    assert text[span[0] : span[1]] == mention.raw


def test_parse_date_compact_century_follows_the_pivot() -> None:
    pivot = datetime.date.today().year % 100 + 1
    recent = parse_date(f"{pivot:02d}0101")
    assert recent is not None
    assert recent.value == D(2000 + pivot, 1, 1)
    if pivot < 99:
        older = parse_date(f"{pivot + 1:02d}0101")
        assert older is not None
        assert older.value == D(1900 + pivot + 1, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "27 augusti",
        "den 27:e januari",
        "Gävle 2023-04-04",
        "2022-01-27 och 2022-01-28",
        "2022-01-27.",
        "kl. 13.00",
        "181311",
        "180230",
        "1812111",
        "18121",
        "20181311",
        "31/2-12",
        "1/13-22",
        "2022.13.01",
        "12345678",
        "21000101",
        "2022-02-30",
        "19-13-30",
        "19-02-30",
        "4-5-12",
        "2019 kronor",
        "\uff11\uff18\uff11\uff12\uff11\uff11",  # full-width digits
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_the_date_line_gate_turns_away_no_date() -> None:
    """``may_be_date_line`` (speed only) is false for no line the full reading finds a date
    in: every stored line, the cases above, and date forms among random words."""
    from repo_util import stored_texts

    from tillit.dates import _line_date, may_be_date_line

    lines = [line for text in stored_texts() for line in text.splitlines()]
    lines += [text for text, *_ in PARSE_DATE]
    rng = random.Random(11)
    pieces = ["Lund", "den", "Den", "lördagen", "i", "mars", "Mars", "jan.", "kl.", "klockan",
              "CEST", "Z", "(", ")", ",", ".", "/", "-", "1", "12", "27", "181211", "20180413",
              "2022", "1999", "20221", "2022-01-27", "27/1-22", "21.4.2021", "13:05", "3:e",
              "2014 12 15", "den 4:e april 2023", "March 3, 2022", "i 2019", "t.o.m."]
    for _ in range(20_000):
        lines.append(rng.choice(["", " "]).join(
            rng.choice(pieces) for _ in range(rng.randint(1, 5))))
    for line in lines:
        stripped = line.strip()
        for cut in {stripped, stripped.removesuffix(".")}:
            if cut and not may_be_date_line(cut):
                assert _line_date(line, cut) is None, line


def test_compact_dates_are_not_read_in_running_text() -> None:
    assert find_dates("Karlskoga 181211") == []
    assert find_dates("Karlskoga 20180413") == []
    assert [d.raw for d in find_dates("Vingåker 23/2-12")] == []


# --- The model --------------------------------------------------------------------------------


def test_mention_is_frozen_and_strict() -> None:
    mention = only("2022-01-27")
    with pytest.raises(ValidationError):
        mention.raw = "x"
    fields = {"span": {"start": 0, "end": 4}, "raw": "2019", "value": "2019-01-01"}
    assert DateMention.model_validate({**fields, "precision": "year"}).value == D(2019, 1, 1)
    with pytest.raises(ValidationError):
        DateMention.model_validate({**fields, "precision": "year", "source": "x"})
    with pytest.raises(ValidationError):
        DateMention.model_validate({**fields, "precision": "week"})


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2019", D(2019, 2, 1), "year"),
        ("2019", D(2019, 1, 2), "month"),
        ("2019", DT(2019, 1, 1, tzinfo=STOCKHOLM), "day"),
        ("2019", DT(2019, 1, 1), "minute"),
        ("2019", D(2019, 1, 1), "second"),
        ("20199", D(2019, 1, 1), "year"),
    ],
)
def test_mention_rejects_inconsistent_values(
    raw: str, value: datetime.date, precision: str
) -> None:
    fields = {"span": Span(start=0, end=4), "raw": raw, "value": value, "precision": precision}
    with pytest.raises(ValidationError):
        DateMention.model_validate(fields)


def test_json_round_trip_keeps_dates_and_datetimes_apart() -> None:
    for text in ("2022-01-27", "21.4.2021 11:15:00 CEST"):
        mention = only(text)
        again = DateMention.model_validate_json(mention.model_dump_json())
        assert again == mention
        assert type(again.value) is type(mention.value)


def test_every_field_is_described() -> None:
    properties = DateMention.model_json_schema()["properties"]
    assert set(properties) == {"span", "raw", "value", "precision"}
    assert all(prop.get("description") for prop in properties.values())
    assert "1st" in properties["value"]["description"]


# --- Robustness -------------------------------------------------------------------------------

ADVERSARIAL = {
    "digits and spaces": "1 " * 100_000,
    "dots": "1." * 100_000,
    "digits": "1" * 200_000,
    "iso prefixes": "2022-" * 40_000,
    "years": "2019 " * 40_000,
    "articles": "den " * 50_000,
    "weekday heads": "lördag den 1 " * 15_000,
    "spaces": " " * 200_000,
    "slashes": "1/1 " * 50_000,
    "colons": "1:e " * 50_000,
    "newlines": "\n1 " * 70_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_returns(name: str) -> None:
    assert find_dates(ADVERSARIAL[name]) == []


def test_dense_real_dates_all_found() -> None:
    text = "i 2019 " * 30_000
    found = find_dates(text)
    assert len(found) == 30_000
    assert {m.value for m in found} == {D(2019, 1, 1)}


def test_dates_module_imports_only_leaf_modules_from_tillit() -> None:
    """The date finder stands alone: of tillit it uses only spans and the trie builder, which
    import nothing of tillit themselves."""
    tree = ast.parse(DATES_PY.read_text("utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert {m for m in imported if m.split(".")[0] == "tillit"} == {"tillit.spans", "tillit.trie"}
    for leaf in ("spans", "trie"):
        source = (DATES_PY.parent / f"{leaf}.py").read_text("utf-8")
        assert "from tillit" not in source and "import tillit" not in source


# --- Properties -------------------------------------------------------------------------------

#: Pieces that combine into text full of dates and near-dates.
NOISE = [
    "2022", "1990", "1799", "12", "-", "/", ".", ":", ",", " ", "  ", "\n", "\r\n", "(", ")",
    "den", "januari", "jul", "kl.", "13.00", "11:15", "CEST", "i", "år", "t.o.m.", "kronor",
    "st", "%", "-talet", "x", "ä", "9", "Tel:073 - 929 44 39", "2021/22:4102",
]  # fmt: skip
near_date = st.builds(
    lambda *parts: "".join(parts),
    st.sampled_from(["", "", "den ", "lördag ", "Tisdagen den ", "tors., ", "i ", "(", "x"]),
    st.sampled_from(["", "1", "04", "27", "31", "32", "0", "123"]),
    st.sampled_from(["", " ", ".", "/", "-", ":e ", ":a ", "\n", "        "]),
    st.sampled_from(["", "1", "4", "12", "13", "januari", "Jan.", "jan", "maj", "SEPT", "x"]),
    st.sampled_from(["", " ", ".", "/", "-", "\n", ". "]),
    st.sampled_from(["2022", "2019", "1800", "2100", "2101", "1523", "0999", "22", "20222"]),
    st.sampled_from(["", "", "-01-27", "-1-7", "-02-30", "-12-31T13:05:00", "/23", ":123"]),
    st.sampled_from(["", " ", ".", " kl. 13.00", " 11:15:00 CEST", " kl 25.00", " kronor"]),
    st.sampled_from(["", "", "Z", "+01:00", "-0500", "+99:00", "-15:00", " CET"]),
)
date_like_text = st.lists(st.one_of(near_date, st.sampled_from(NOISE)), max_size=12).map("".join)


def check_mentions(text: str, found: list[DateMention]) -> None:
    previous_end = 0
    for mention in found:
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.raw
        assert mention.span.start >= previous_end
        previous_end = mention.span.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_spans_slice_to_raw(text: str) -> None:
    check_mentions(text, find_dates(text))


@settings(max_examples=500, deadline=None)
@given(date_like_text)
def test_date_like_text_never_raises_and_spans_slice_to_raw(text: str) -> None:
    check_mentions(text, find_dates(text))


@settings(max_examples=500, deadline=None)
@given(date_like_text)
def test_first_pass_never_misses_a_match(text: str) -> None:
    """The candidate pass plus anchored matching finds exactly what a full scan finds."""
    expected = [m.span() for m in dates_module._DATES.finditer(text)]
    assert [m.span() for m in dates_module._scan(text)] == expected


@settings(max_examples=300, deadline=None)
@given(date_like_text)
def test_every_mention_reads_the_same_on_its_own(text: str) -> None:
    for mention in find_dates(text):
        alone = parse_date(mention.raw)
        assert alone is not None, mention
        assert alone.value == mention.value
        assert alone.precision == mention.precision


def test_parse_date_asks_dateutil_only_for_a_whole_line_match() -> None:
    """parse_date reads the mentions only when a match could cover the whole line; every
    line whose single mention does cover it passes that test (speed only, same answers)."""
    from repo_util import stored_texts

    from tillit import dates

    lines = {"lördag 15 december 2012", "den 4:e april 2023 kl. 13.00", "2022-01-27T13:00",
             "Lund 2022-01-27", "mars 2022", "2019"}
    for text in stored_texts():
        lines.update(line.strip() for line in text.splitlines())
    for line in lines:
        if not line:
            continue
        found = list(dates._iter_dates(line))
        if len(found) == 1 and len(found[0].span) == len(line):
            assert any(dates._start(m) == 0 and len(line) in (m.end(), m.end("date_end"),
                                                                m.end("time"))
                       for m in dates._scan(line)), line
            assert dates.parse_date(line) == found[0], line


def test_first_date_is_the_first_of_find_dates() -> None:
    """first_date stops reading at the first mention of a precision asked for; it gives the
    mention find_dates lists first among those (speed only)."""
    from repo_util import stored_texts

    from tillit.dates import first_date

    asks = [None, ("day", "minute", "second"), ("year",), ("month", "minute")]
    texts = ["Läs mer 2021-04-21 11:15 och mars 2022", "den 4:e april 2023 kl. 13.00, 2019"]
    for text in stored_texts():
        texts.append(text)
        texts.extend(text.splitlines())
    for text in texts:
        found = find_dates(text)
        for precisions in asks:
            want = next((d for d in found if precisions is None or d.precision in precisions),
                        None)
            got = first_date(text) if precisions is None else first_date(text, precisions)
            assert got == want, (text[:80], precisions)

"""Motion-like documents built from the grammar of the conventions tillit reads.

A document is assembled from the parts described in ``docs/conventions.md``: an addressee line
("Motion till Lunds kommunfullmäktige"), an optional date line, a title (plain, Markdown heading
or emphasised), argument paragraphs, a preamble ("Vi yrkar därför:"), att-satser with one of
the many list marks ("- att", "1. Att", "\\uf0b7\\tatt", "Att: …"), a place-and-date line and
signatures ("Anna Andersson (S)", "Bengt Berg, Centerpartiet"). The builder records what it
wrote, so a test can compare the parse with the values it should give.

Every choice goes through a :class:`Pick`, so one grammar serves two engines: hypothesis
(:func:`motions` is a strategy, shrinking to simpler documents) and the mutation fuzzer in
``fuzz/run.py`` (:class:`RandomPick` over :class:`random.Random`).
"""

from __future__ import annotations

import datetime as dt
import random
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]


class Pick(Protocol):
    def choice(self, options: Sequence[T]) -> T: ...
    def integer(self, low: int, high: int) -> int: ...
    def flag(self) -> bool: ...


class RandomPick:
    """Choices from a :class:`random.Random` (the fuzzer's engine)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def choice(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def flag(self) -> bool:
        return self.rng.random() < 0.5


class DrawPick:
    """Choices drawn by hypothesis (``draw`` from ``st.composite``), so examples shrink."""

    def __init__(self, draw: Any) -> None:
        from hypothesis import strategies as st

        self.draw = draw
        self.st = st

    def choice(self, options: Sequence[T]) -> T:
        return self.draw(self.st.sampled_from(options))

    def integer(self, low: int, high: int) -> int:
        return self.draw(self.st.integers(low, high))

    def flag(self) -> bool:
        return self.draw(self.st.booleans())


# --- Vocabulary ---------------------------------------------------------------------------

FIRST = ["Anna", "Bengt", "Carl", "Helena", "Jihad", "Maria", "Karin", "Lars", "Eva", "Per",
         "Åsa", "Östen", "Ulla-Britt", "Jan", "Fanny", "Mattias", "Lina", "Olle", "Maja"]
LAST = ["Andersson", "Berg", "Falk", "Lindberg", "Johansson", "Carlqvist", "Menhem", "Holm",
        "Ek", "Ström", "Särén", "Lahenkorva", "Almgren", "Grubelic", "Nilsson", "Åkesson",
        "Odheim Nielsen", "Svensson Smith"]
#: (tag as written, canonical code, a written-out name that the lexicon reads as the code)
PARTIES = [("S", "S", "Socialdemokraterna"), ("V", "V", "Vänsterpartiet"),
           ("MP", "MP", "Miljöpartiet"), ("Mp", "MP", "Miljöpartiet de gröna"),
           ("C", "C", "Centerpartiet"), ("M", "M", "Moderaterna"),
           ("KD", "KD", "Kristdemokraterna"), ("L", "L", "Liberalerna"),
           ("SD", "SD", "Sverigedemokraterna"), ("FI", "FI", "Feministiskt initiativ"),
           ("fp", "L", "Folkpartiet"), ("vpk", "V", "Vänsterpartiet")]
TITLES = ["Gratis kollektivtrafik för unga", "Fler cykelvägar", "Tillit är vägen fram",
          "Hållbart arbetsliv och tillit är vägen fram", "Inför sex timmars arbetsdag",
          "Bättre vård på landsbygden", "Öppna förskolor på kvällstid",
          "Trygga skolvägar för alla barn", "Sänkt taxa för färdtjänst", "Mer grönska i staden",
          "Ett tillgängligt bibliotek i varje stadsdel", "Simskola för alla barn i årskurs 2"]
SENTENCES = [
    "Många unga i kommunen har svårt att ta sig till fritidsaktiviteter efter skolan.",
    "Busskortet kostar mer än många familjer har råd med i dag.",
    "Andra kommuner har infört avgiftsfria kort med goda resultat för både unga och äldre.",
    "Cyklister saknar säkra vägar mellan tätorten och skolorna.",
    "Många föräldrar skjutsar därför sina barn med bil varje morgon.",
    "Idag är det många som pratar om tillit i offentliga organisationer.",
    "Diskrepansen mellan ord och handling är många gånger stor.",
    "Sedan 1990-talet har marknadsbaserade modeller präglat offentlig verksamhet.",
    "Personalomsättningen inom vården har ökat under flera år och kostar mycket pengar.",
    "En avgörande faktor verkar vara att dela på makt och inflytande på arbetsplatsen.",
    "Resultaten vittnar om att det skapar engagemang och bättre arbetsmiljö.",
    "Barn som inte kan simma löper större risk att drunkna under sommaren.",
    "Biblioteken är en av de viktigaste mötesplatserna för alla åldrar.",
    "Träd och parker sänker temperaturen i staden under varma somrar.",
    "Det behövs en långsiktig plan som tar vara på medarbetarnas kompetens och erfarenhet.",
    "Avstånden till närmaste vårdcentral har ökat i stora delar av länet.",
]
ITEMS = ["kommunen bygger fler cykelvägar", "kommunen ser över skolvägarna",
         "kommunfullmäktige ger tekniska nämnden i uppdrag att utreda gratis busskort för unga",
         "utredningen redovisas till kommunfullmäktige senast i december 2022",
         "kommunstyrelsen får i uppdrag att ta fram en strategi för tillitsbaserad styrning",
         "alla barn i årskurs 2 erbjuds simskola",
         "förskolor med kvällsöppet införs i varje stadsdel",
         "regionen tar initiativ till en försöksverksamhet med sex timmars arbetsdag",
         "taxan för färdtjänst sänks till samma nivå som för kollektivtrafiken",
         "fler träd planteras längs stadens gator",
         "kommunen bygger en ny busshållplats i Å"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def _municipalities() -> list[tuple[str, str]]:
    data = tomllib.loads((ROOT / "tillit" / "data" / "organisations.toml").read_text("utf-8"))
    out = []
    for entry in data.get("municipality", []):
        name, official = entry["name"], entry["official"]
        if " " not in name and "-" not in name and name.isalpha():
            out.append((name, official))
    return out


MUNICIPALITIES = _municipalities()
#: Addressee lines from docs/conventions.md: (line, body, organisation).
ADDRESSEES = [
    ("Motion till Lunds kommunfullmäktige", "kommunfullmäktige", "Lunds kommun"),
    ("Motion till kommunfullmäktige i Mark", "kommunfullmäktige", "Marks kommun"),
    ("Motion till Marks kommunfullmäktige", "kommunfullmäktige", "Marks kommun"),
    ("Motion till kommunfullmäktige i Gnesta", "kommunfullmäktige", "Gnesta kommun"),
    ("Motion till Borås kommunfullmäktige", "kommunfullmäktige", "Borås kommun"),
    ("Motion till kommunfullmäktige i Falun", "kommunfullmäktige", "Falu kommun"),
    ("Motion till kommunfullmäktige i Upplands Väsby", "kommunfullmäktige",
     "Upplands Väsby kommun"),
    ("Till Kommunfullmäktige i Karlskoga", "kommunfullmäktige", "Karlskoga kommun"),
    ("Motion till kommunstyrelsen i Lund", "kommunstyrelsen", "Lunds kommun"),
    ("Motion till Region Skånes regionfullmäktige", "regionfullmäktige", "Region Skåne"),
    ("Motion till regionfullmäktige – Region Örebro län", "regionfullmäktige",
     "Region Örebro län"),
    ("Motion till regionfullmäktige i Västra Götalandsregionen", "regionfullmäktige",
     "Västra Götalandsregionen"),
]
#: (preamble as written, the preamble tillit reports, items need "att")
PREAMBLES = [
    ("Vi yrkar därför:", "Vi yrkar därför"),
    ("Vi yrkar därför", "Vi yrkar därför"),
    ("Jag yrkar:", "Jag yrkar"),
    ("Med anledning av detta föreslår vi att kommunfullmäktige beslutar:",
     "Med anledning av detta föreslår vi att kommunfullmäktige beslutar"),
    ("Vi föreslår därför kommunfullmäktige besluta",
     "Vi föreslår därför kommunfullmäktige besluta"),
    ("Undertecknade yrkar:", "Undertecknade yrkar"),
    ("#### **Vi yrkar därför:**", "Vi yrkar därför"),
]
#: List marks: a callable of the item's index would be nicer; these are format strings.
MARKS = ["", "- ", "– ", "• ", "\uf0b7\t", "* ", "{n}. ", "{n}) ", "{a}) "]
ATT = ["att ", "Att ", "ATT ", "Att: "]
#: Item ends for all but the last item, and for the last.
SEPARATORS = [",", ", samt", ";", " samt"]
LAST_ENDS = [".", "", ";"]


@dataclass
class Motion:
    """A generated document and the values a correct parse gives for it."""

    text: str
    kind: str = "motion"
    title: str | None = None
    body: str | None = None
    organisation: str | None = None
    date: dt.date | None = None
    place: str | None = None
    proposals: list[str] = field(default_factory=list)
    preamble: str | None = None
    signatories: list[tuple[str, str | None]] = field(default_factory=list)
    #: Ranges (start, end) of the argument paragraphs' lines, for re-wrapping.
    argument: list[tuple[int, int]] = field(default_factory=list)


def _date_text(pick: Pick, day: dt.date) -> str:
    style = pick.integer(0, 3)
    if style == 0:
        return day.isoformat()
    if style == 1:
        return f"den {day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == 2:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day}/{day.month} {day.year}"


def _name(pick: Pick) -> str:
    return f"{pick.choice(FIRST)} {pick.choice(LAST)}"


def build_motion(pick: Pick) -> Motion:
    """One municipal or regional motion in a layout the conventions describe."""
    parts: list[str] = []
    m = Motion(text="")

    def add(chunk: str) -> None:
        parts.append(chunk)

    # Header: addressee, optional date line, title.
    line, m.body, m.organisation = pick.choice(ADDRESSEES)
    title = pick.choice(TITLES)
    title_style = pick.integer(0, 3)
    title_line = [title, f"## {title}", f"**{title}**", f"# {title}"][title_style]
    m.title = title
    day = dt.date(pick.integer(1990, 2030), pick.integer(1, 12), pick.integer(1, 28))
    dating = pick.integer(0, 2)  # 0 none, 1 date line in header, 2 place-and-date at the end
    add(line + "\n")
    if dating == 1:
        add(_date_text(pick, day) + "\n")
        m.date = day
    add("\n" + title_line + "\n\n")

    # Argument.
    for _ in range(pick.integer(1, 3)):
        sentences = [pick.choice(SENTENCES) for _ in range(pick.integer(2, 4))]
        start = sum(len(p) for p in parts)
        add(" ".join(sentences))
        m.argument.append((start, start + len(parts[-1])))
        add("\n\n")

    # Preamble and att-satser.
    written, m.preamble = pick.choice(PREAMBLES)
    # Without a colon the preamble must stand in its own block: "Vi yrkar därför" directly
    # followed by "att …" lines reads as one paragraph (see the module docstring of
    # tillit.extract.proposals); with a colon the line ends its block by itself.
    add(written + "\n" + ("\n" if not written.endswith(":") or pick.flag() else ""))
    mark = pick.choice(MARKS)
    att = pick.choice(ATT)
    blank_between = pick.flag()
    count = pick.integer(1, 6)
    items = [pick.choice(ITEMS) for _ in range(count)]
    for n, item in enumerate(items, 1):
        end = pick.choice(LAST_ENDS) if n == count else pick.choice(SEPARATORS)
        marker = mark.format(n=n, a="abcdefgh"[n - 1])
        add(f"{marker}{att}{item}{end}\n" + ("\n" if blank_between else ""))
    m.proposals = items

    # Place and date, signatures.
    add("\n")
    if dating == 2:
        place, _ = pick.choice(MUNICIPALITIES)
        sep = pick.choice([" ", ", "])
        add(f"{place}{sep}{_date_text(pick, day)}\n\n")
        m.date, m.place = day, place
    for _ in range(pick.integer(1, 4)):
        name = _name(pick)
        tag, code, written_name = pick.choice(PARTIES)
        if pick.flag():
            add(f"{name} ({tag})\n")
        else:
            add(f"{name}, {written_name}\n")
        m.signatories.append((name, code))
    m.text = "".join(parts)
    return m


def motions() -> Any:
    """A hypothesis strategy of :class:`Motion` values."""
    from hypothesis import strategies as st

    @st.composite
    def _motions(draw: Any) -> Motion:
        return build_motion(DrawPick(draw))

    return _motions()


def random_motion(rng: random.Random) -> Motion:
    return build_motion(RandomPick(rng))

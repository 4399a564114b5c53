"""The header: title (with series and number), the body addressed, the organisation, author lines.

The header is what stands before the argument's first prose paragraph. Its lines are sorted
into kinds (addressee, date, party, beteckning, furniture) and the title is the first line that
is none of these, preferring a Markdown heading and the rest of an addressee line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import regex

from tillit import orgnames
from tillit import patterns as P
from tillit.blocks import Block, Line, reflow
from tillit.dates import day_month, first_date, parse_date
from tillit.extract import Found
from tillit.lexicon import BodyEntry, fold, lexicon
from tillit.models import Party, Proposal, Signatory
from tillit.organisations import find_organisation
from tillit.roles import CLOSING, FIELD_VALUE, LONG_LINE, OUTSIDE, RULE, Roles, furniture
from tillit.shapes import (
    LOCAL_PARTY_SUFFIXES,
    SENTENCE_ENDS,
    ends_in_wrap_word,
    heading_day,
    is_date_line,
    is_person,
    is_role,
    kind_label_bounds,
    meeting_suffix,
    party_line,
    reads_as_sentence,
)
from tillit.spans import Span
from tillit.text import Mapped

#: Lines longer than this are never a title.
MAX_TITLE = 250
#: Only the first lines of a header block are header lines; a longer block is a list.
HEADER_LINES = 12


@dataclass(slots=True)
class Header:
    """What the header says; every value with its span."""

    title: Found[str] | None = None
    series: Found[str] | None = None
    number: Found[str] | None = None
    body: Found[str] | None = None
    organisation: Found[str] | None = None
    #: Parties named as author in the header ("Vänsterpartiet" line, "av … (S)").
    parties: list[Found[Party]] = field(default_factory=list)
    #: Index of the first block after the header.
    end: int = 0
    #: A Riksdag member byline ("av herr Sjöholm om …"), which marks a Riksdag motion.
    byline: Found[str] | None = None
    #: Authors named in a header byline ("Motion 2023/24:1095 av A och B (båda SD)",
    #: "Motionen från A (SD) om …"), with the byline's party.
    authors: list[Signatory] = field(default_factory=list)


def header_end(blocks: list[Block], first: int = 0, roles: Roles | None = None) -> int:
    """Index of the first prose block (the end of the header), at most 15 blocks after the
    document's first block ``first`` (page furniture before it does not count, nor a block of
    running text that opens with a furniture line: a cookie banner, "Vi använder kakor … Läs
    mer om kakor" / "Jag godkänner")."""
    for block in blocks[first:first + 15]:
        if block.prose and (roles is None or roles.in_document(block.index)) \
                and not _kind_heading(block.text.text):
            return block.index
    # Short paragraphs of one sentence each (a web page's interpellation): the first sentence
    # that does not name the document's kind ends the header.
    for block in blocks[first + 1:first + 15]:
        text = block.text.text
        if text[-1:] in ".?!" and text.count(" ") >= 7 and not P.KIND_START.match(text):
            return block.index
    return min(len(blocks), first + 15)



def _kind_heading(text: str) -> bool:
    """A heading that names the document's kind in one sentence, however long ("Motion om att
    kommunen skall införskaffa defibrillatorer, … inom anläggningen." hard-wrapped over five
    lines): no paragraph, though it reads as running text."""
    return len(text) <= MAX_TITLE and P.KIND_PHRASE.match(text) is not None \
        and not any(mark in text[:-1] for mark in (". ", "? ", "! "))


def _is_furniture(text: str) -> bool:
    lex = lexicon()
    if "_" in text and " " not in text:
        return True
    folded = fold(text)
    if text.endswith(".") and text.isupper() and folded[:-1] in lex.municipality:
        return True  # a newspaper's dateline standing alone: "KÄVLINGE."
    return folded in lex.folded("kinds", "press_furniture")


def _listed_place(place: str, level: str) -> bool:
    """A place the tables list for a body's level: a body's bare place ("Kommunfullmäktige
    Lund") counts only then, a capitalised word after it may be the title's."""
    if level == "kommun":
        return fold(place) in lexicon().municipality
    return level in ("region", "landsting") and orgnames.region(place) is not None


#: Words that make a phrase an organisation's name, listed or not ("Tyresö kommun").
_ORG_WORDS = frozenset({"kommun", "kommuns", "stad", "stads", "region", "regionen",
                        "landsting", "landstinget", "län", "läns"})


def _names_org(phrase: str) -> bool:
    """A phrase after a dash that names a municipality or region: a listed one ("Lund",
    "Region Örebro län") or one with an organisation's word; not a site's name ("Kerstins
    blogg" in a page title "Motion till kommunfullmäktige – Kerstins blogg")."""
    return orgnames.known_municipality(phrase) is not None or orgnames.region(phrase) is not None \
        or not _ORG_WORDS.isdisjoint(fold(phrase).split())


def _addressee(line: Line, out: Header) -> Mapped | None:
    """Fill body/organisation from an addressee line; return the rest of the line, if any."""
    text = line.text
    m = P.ADDRESSEE.search(text.text)
    if not m:
        return None
    lex = lexicon()
    entry = lex.body_by_form[fold(m.group("body"))]
    if out.body is None:
        out.body = Found(entry.name, text.span(m.start("body"), m.end("body")))
    place = m.group("place")
    # A place a scraper glued to the next line's first word ("i DanderydInterpellation till
    # …"): the place ends where the listed name does, and the rest of the line starts there.
    glued = orgnames.unglued(place) if place else 0
    end = m.start("place") + glued if place and glued < len(place) else m.end()
    if out.organisation is None and entry.level != "association":
        for group in ("org", "gen", "place", "bare"):
            phrase = m.group(group)
            if phrase and (group not in ("bare", "org") or _listed_place(phrase, entry.level)
                           or (group == "org" and _names_org(phrase))):
                stop = min(end, m.end(group))
                out.organisation = Found(
                    orgnames.canonical(text.text[m.start(group):stop], entry.level),
                    text.span(m.start(group), stop))
                break
    before = text.text[: m.start()].strip()
    if before and not P.KIND_LINE.match(before):
        return None
    rest = text.slice(end, len(text.text)).strip(" :–—-")
    return rest if rest.text else text.slice(0, 0)


_SECTIONS = lexicon().folded("chrome", "section_headings")


def _post_meta(text: str) -> bool:
    """A blog post's meta line, never a title: its publication ("Postad: 3 mars 2022"), a date
    and who posted it ("3 mars, 2022 av admin"), or byline, date and category in one line
    ("Av Anna Berg | 3 mars 2022 | Motioner")."""
    if not any(map(str.isdigit, text)):  # (a generator of c.isdigit() costs twice as much)
        return False
    if P.PUBLISHED_LABEL.match(text):
        return True
    dated, by, _ = text.partition(" av ")
    if by and parse_date(dated.strip(" ,"), full_stop=True) is not None:
        return True
    parts = [p.strip() for p in text.split(" | ")]
    return len(parts) > 1 and any(parse_date(p, full_stop=True) is not None for p in parts)


def _lead_in(text: str) -> bool:
    """A line that leads into what follows, never a title: "Bakgrund:", "Motivering",
    "Vi föreslår därför följande:"."""
    return text.endswith(":") or fold(text.rstrip(" :")) in _SECTIONS


def _title(text: Mapped, out: Header) -> None:
    m = P.PAGE_TITLE.match(text.text) if "|" in text.text else None
    if m and party_line(m.group("title")) is not None and "|" not in m.group("site"):
        text = text.slice(m.start("site"), m.end("site")).strip()  # "Vänsterpartiet Lund | X"
    elif m:
        text = text.slice(m.start("title"), m.end("title")).strip()
    else:
        # "Fler bänkar i Stadsparken – Vänsterpartiet Lund": a page title whose site part,
        # behind a dash, is a party or party branch.
        dash, sep = max((text.text.rfind(sep), sep) for sep in _DASHES)
        tail = text.text[dash + len(sep):].strip()
        if dash > 0 and (party_line(tail) is not None or P.KIND_START.match(tail)
                         or find_organisation(tail) is not None or fold(tail) == "riksdagen"):
            # "… – Vänsterpartiet Lund", "Fler bänkar – motion till kommunfullmäktige",
            # "… – Lunds kommun" (a municipality's site), "… - Riksdagen"
            text = text.slice(0, dash).strip()
            if (rt := P.RIKSDAG_PAGE_TAIL.search(text.text)) is not None and rt.start() > 0:
                text = text.slice(0, rt.start())  # "Grundlag Motion 2019/20:583 av …"
        colon = text.text.find(": ")
        if colon > 0 and party_line(text.text[:colon]) is not None:
            text = text.slice(colon + 2, len(text.text)).strip()  # "Vänsterpartiet Lund: X"
    m = P.SERIES_TITLE.match(text.text)
    if m:
        series = m.group("series")
        first = series[:1].upper()
        if first.casefold() != series[:1].casefold():
            first = series[:1]  # "ı" has no capital that folds back to it
        out.series = Found(first + series[1:].lower(),
                           text.span(m.start("series"), m.end("series")))
        out.number = Found(m.group("number"), text.span(m.start("number"), m.end("number")))
        text = text.slice(m.start("title"), m.end("title"))
    start, end = kind_label_bounds(text.text)
    if (start, end) == (0, len(text.text)) and (run := _run_on(text.text)) is not None:
        start = run
    text = text.slice(start, end).strip()
    if (fm := P.FILE_LABEL.search(text.text)) is not None and fm.start() > 0:
        text = text.slice(0, fm.start()).strip()
    text = _meeting_suffix(text)
    # A date written at the heading's end stays: the heading is kept as written ("Två nya
    # motioner till kommunfullmäktige 2019-04-24", "…, 2012-03-19"); six digits there are
    # the date in the heading's compact form, not a word of it ("Motion angående simhall
    # 190225").
    if (compact := heading_day(text.text)) is not None:
        text = text.slice(0, compact[0]).strip()
    if text.text:
        out.title = Found(text.text, text.span())


def _run_on(title: str) -> int | None:
    """Where the heading starts after a kind word run on without a colon or dash ("Motion
    Hundrastgårdar i Åhus", "Interpellation, varför …"); None where what follows is no heading
    (a person, a party, a body, a date, "Motion Kommunfullmäktige")."""
    m = P.KIND_RUN_ON.match(title)
    if m is None or fold(m.group("kind").split()[-1]) in (*_PHRASE_WORDS, "till"):
        return None  # "Fråga av Anders Wickberg (SD) …", "Fråga till …": a phrase
    rest: str = m.group("title")
    words = rest.split()
    if len(words) < 2 or party_line(rest) is not None or P.NAME_ONLY.fullmatch(rest) \
            or fold(words[0]) in lexicon().body_by_form or first_date(rest) is not None \
            or fold(words[0]) in _PHRASE_WORDS:
        return None
    start: int = m.start("title")
    return start


_PHRASE_WORDS = lexicon().folded("header", "kind_phrase_words")


#: A line at least this long that a hard wrap cut goes on in the next line.
_WRAPPED_WIDTH = 50


#: A heading's wrapped-off tail holds words only ("Vingåkers kommun", not "Loading…").
_WORDS_ONLY = re.compile(r"[^\W_][\w ,-]*")


def _addressee_cut(line: str, nxt: str) -> bool:
    """An addressee line cut before the addressee's name and the subject: "Interpellation till
    kommunstyrelsens ordförande" / "Anna Berg (S) angående cykelvägarna" (the next line opens
    with a name, not with the subject's word, and names the subject; the line itself names
    none)."""
    words = nxt.split()
    return len(words) >= 2 and words[0][:1].isupper() and fold(words[0]) not in _SUBJECT_WORDS \
        and any(fold(w) in _SUBJECT_WORDS for w in words[1:]) \
        and not any(fold(w) in _SUBJECT_WORDS for w in line.split())


#: The words that open an addressed document's subject ("angående", "om").
_SUBJECT_WORDS = lexicon().folded("header", "subject_words")


def _wrapped_run(block: Block, k: int, after: Block | None = None,
                 addressed: bool = False) -> tuple[Mapped, int]:
    """Line ``k`` of a block as a heading, joined with the lines after it where a hard wrap
    cut it, and the index of the last line joined: a line ends in a word that cannot end a
    heading ("… Stadsparken och") or the next line goes on in lower case, or (``addressed``:
    an addressee line) the next names the addressee and the subject. The block's last line
    may go on in a one-line block ``after`` (a PDF export's wrap: "Motion om fler cykel- och
    gångvägar i" / "" / "Vingåkers kommun")."""
    lines = block.lines
    j, size = k, len(lines[k].text.text)
    while j + 1 < len(lines):
        line, nxt = lines[j].text.text, lines[j + 1].text.text
        if not (nxt and lines[j + 1].marker is None and not P.BYLINE_START.match(nxt)
                and size + len(nxt) <= MAX_TITLE
                and (ends_in_wrap_word(line) or nxt[:1].islower()
                     or (addressed and j == k and _addressee_cut(line, nxt)))
                and furniture(nxt) is None):  # (not over a logo's "logga" under it)
            break
        j, size = j + 1, size + len(nxt)
    if j + 1 >= len(lines) and after is not None and len(after.lines) == 1 \
            and ends_in_wrap_word(lines[j].text.text) and not after.prose \
            and after.lines[0].marker is None \
            and _WORDS_ONLY.fullmatch(after.text.text) is not None \
            and size + len(after.text.text) <= MAX_TITLE:
        return reflow((*lines[k:j + 1], after.lines[0])), j
    return (reflow(lines[k:j + 1]) if j > k else lines[k].text), j


def _letterhead(line: Line, out: Header) -> bool:
    """A line that only names a body ("Kommunfullmäktige") or an organisation ("Lunds kommun",
    "Region Skåne"), as a form's or letter's head prints them: the addressee, not the title."""
    text = line.text.text
    if len(text) > 60:
        return False
    lex = lexicon()
    key = fold(text)
    entry = lex.body_by_form.get(key)
    if entry is not None:
        if out.body is None:
            out.body = Found(entry.name, line.text.span())
        return True
    m = P.BODY_OF_PLACE.match(text)
    named = lex.body_by_form[fold(m.group("body"))] if m is not None else None
    if m is not None and named is not None and (
            named.level == "kommun" and orgnames.known_municipality(m.group("place")) is not None
            if m.group("org") else _listed_place(m.group("place"), named.level)):
        # "Kommunfullmäktige i Lund" heading a letter: the addressee
        if out.body is None:
            out.body = Found(named.name, line.text.span(m.start("body"), m.end("body")))
        if out.organisation is None:
            end = m.end("org") if m.group("org") else m.end("place")
            out.organisation = Found(orgnames.canonical(text[m.start("place"):end], named.level),
                                     line.text.span(m.start("place"), end))
        return True
    # A site's or sender's name may head the page too, so the organisation line is only
    # passed over here; the organisation comes from the addressee or the resolve step.
    if key in lex.municipality or key in lex.region:
        return True  # a place's name alone ("Lund" under the party's name in a PDF head)
    if " " not in text and text[:1].isupper() and key.endswith(LOCAL_PARTY_SUFFIXES):
        return True  # a local party's name alone ("Staffanstorpspartiet") heads its pages
    m = P.ORG_MENTION.fullmatch(text)
    return m is not None and orgnames.mention_value(m, listed=False) is not None


_LABELS = frozenset(lexicon().folded("dates", "filed_labels")
                   | lexicon().folded("dates", "published_labels")
                   | lexicon().folded("dates", "meeting_labels")
                   | lexicon().folded("signatures", "party_labels")
                   | lexicon().folded("signatures", "signer_labels")
                   | lexicon().folded("chrome", "reference_labels"))  # "Dnr" over its value
#: A title's form label standing alone ("Rubrik" / "Bostäder åt ALLA"): its value is below.
_FORM_LABELS = lexicon().folded("kinds", "form_labels")


#: A greeting word opening a line, then a name, a punctuation mark or the line's end.
_GREETING = regex.compile(
    rf"(?i:{'|'.join(regex.escape(w) for w in lexicon().cue('header', 'greetings'))})"
    r"(?=[ ]*[!,.]|[ ]*$|[ ]+\p{Lu})")


#: A heading naming its kind ends in a period only if shorter than this many words (a
#: longer one is a sentence telling of a document: "Motionen om … lämnades in i dag.").
_NAMED_WORDS = 10


#: A template's field left empty: its label in brackets and no value ("(Sida )"), a
#: paragraph sign without its number ("Kf §   KS").
_EMPTY_FIELD = regex.compile(r"\([ ]*\p{L}{3,}[ ]+\)$|§(?![ ]*\d)")


def _titular(text: str) -> bool:
    """Whether a header line could be a title at all. Not: a line without a word of two
    letters ("-", "N/A"), a date label ("Datum", "Datum: 2018-10-22"), a form's signer or
    party field ("Partinamn: Kalixpartiet"), a title's label alone ("Rubrik"), the tail of a
    breadcrumb ("/ Nyheter"), a site section before the site's name ("Motioner |
    Sverigedemokraterna i Lund"), a letter's greeting ("Hej Kommunen !"), an aside in brackets
    ("(Fler kommer)"), an att-sats's opening ("att kommunfullmäktige")."""
    if text[:1] in "/>»|" or not P.WORD2.search(text) or fold(text.rstrip(" :")) in _LABELS \
            or fold(text.rstrip(" :")) in _FORM_LABELS \
            or (":" in text and fold(text.partition(":")[0].strip()) in _LABELS):
        return False  # (also a date's field with its value: "Datum: 2018-10-22")
    if _GREETING.match(text) is not None:
        return False  # "Hej Kommunen !": a letter's greeting
    if text.startswith("att "):
        return False  # "att kommunfullmäktige" over "ger kommunstyrelsen …": an att-sats
    if text[:1] == "(" and text.rstrip(" .")[-1:] == ")":
        return False  # "(Ett antal yttranden kommer tillkomma)": an aside
    if (text.endswith(" )") or "§" in text) and _EMPTY_FIELD.search(text) is not None:
        return False  # "Kommunfullmäktige  (Sida )": a council template's empty fields
    m = P.PAGE_TITLE.match(text) if "|" in text else None  # the pattern needs a "|"
    # "Trelleborg 2007-03-20 | Sverigedemokraterna i Trelleborg": a post titled by its date
    # (but "Regionfullmäktige 3 dec 2019 | Sverigedemokraterna i Region Skåne" heads a
    # meeting's report)
    return m is None or (furniture(m.group("title")) is None
                         and (not is_date_line(m.group("title"))
                              or _meeting_heading(m.group("title"))))


def _repeated(best: Mapped, seen: dict[str, Mapped], end: int) -> Mapped:
    """A page title that repeats a header line before a site's name no rule knows ("Fler
    bänkar – Kerstins blogg" over "Fler bänkar"): that line. Where the title's own reading
    sets the site apart (a party, a municipality, "Vänsterpartiet Lund | X"), it stands."""
    for sep in _SITE_SEPARATORS:
        head, found, _ = best.text.rpartition(sep)
        if found and (line := seen.get(head.strip())) is not None and line is not best:
            trial = Header(end=end)
            _title(best, trial)
            kept = trial.title is not None and any(s in trial.title.value
                                                   for s in _SITE_SEPARATORS)
            return line if kept else best
    return best


#: The dashes that set a page title's site part apart ("Fler bänkar – Vänsterpartiet Lund").
_DASHES = (" – ", " — ", " - ", " :: ")
#: What sets a page title's site name apart from the heading it repeats.
_SITE_SEPARATORS = (" | ", *_DASHES, " « ", " » ")


#: Words of a plain line ending in a full stop that reads as a sentence, not a heading.
_SENTENCE_TITLE_WORDS = 5


#: What may set a kind's label apart from its date: "Pressmeddelande – 3 mars 2022",
#: "Pressmeddelande   •   Mar 03, 2022 10:15 CET".
_LABEL_DATE_SEPARATORS = " \t•·|–—:-"


def _dated_kind(text: str) -> bool:
    """A kind's label and a date, nothing else: a press room's stamp, no heading (the date
    alone would be left as the title once the label is dropped)."""
    m = P.KIND_START.match(text)
    if m is None:
        return False
    rest = text[m.end():].lstrip(_LABEL_DATE_SEPARATORS)
    if not rest[:1].isalnum():
        return False
    mention = first_date(rest)
    return mention is not None and mention.span.start == 0 \
        and not rest[mention.span.end:].strip(" .")


def _meeting_heading(text: str) -> bool:
    """A council and a date alone, "Kommunfullmäktige 16 september 2019": the heading of a
    report from that meeting, not a place-and-date line."""
    m = P.PLACE_DATE.match(text)
    return m is not None and fold(m.group("place")) in lexicon().body_by_form


def _meeting_suffix(text: Mapped) -> Mapped:
    """The title without a meeting it was put to (:func:`tillit.shapes.meeting_suffix`)."""
    cut = meeting_suffix(text.text)
    return text if cut is None else text.slice(0, cut).strip()


def _beteckning(text: str, line: Line, out: Header,
                candidates: list[tuple[float, Mapped]]) -> bool:
    """Read a Riksdag number line: the number alone, after a kind word ("Interpellation
    2013/14:28 av …"), or before the title ("2013/14:28 Statsministerns …", a candidate)."""
    m = P.find_beteckning(text)
    if not m or len(text) > 160:
        return False
    if m.start() == 0 and m.end() < len(text):
        rest = line.text.slice(m.end(), len(text)).strip(" :–—-")
        if not rest.text[:1].isupper():
            return False
        candidates.append((2, rest))
    elif not (m.group(0) == text or P.KIND_START.match(text) or P.NUMBERED_KIND.match(text)):
        return False
    elif m.end() < len(text) and text[m.end():m.end() + 1] == " " and \
            (rest := line.text.slice(m.end(), len(text)).strip(" :–—-")).text[:1].isupper() \
            and P.find_authors(rest.text) is None:
        # "Fråga 2020/21:520 Angrepp mot svenska staten": the Riksdag document's own heading,
        # over a blog post's heading above it
        candidates.append((0.5, rest))
    _number(line.text, m, out)
    _authors(line, out)
    return True


def _number(text: Mapped, m: regex.Match[str], out: Header) -> None:
    """The Riksdag number ``m`` found in ``text`` is the document's, unless one was read."""
    if out.series is None:
        out.series = Found(m.group("rm"), text.span(m.start("rm"), m.end("rm")))
        out.number = Found(m.group("bet"), text.span(m.start("bet"), m.end("bet")))


def _numbered_title(rest: Mapped, bm: regex.Match[str], line: Line, out: Header,
                    candidates: list[tuple[float, Mapped]]) -> None:
    """The Riksdag number after an addressee ("Motion till riksdagen 2019/20:991 …"), the
    byline after it, and the title that ends the line, if any."""
    _number(rest, bm, out)
    _authors(line, out)
    after = rest.slice(bm.end(), len(rest.text)).strip(" :–—-")
    if ((am := P.find_authors(after.text)) is not None and am.start() == 0) or (
            am := P.PARTIES_BYLINE.match(after.text)) is not None:
        after = after.slice(am.end(), len(after.text)).strip(" :–—-")
    if after.text[:1].isupper() and len(after.text) <= MAX_TITLE:
        candidates.append((0, after))


def _authors(line: Line, out: Header) -> bool:
    """Read a byline's authors and party; true when the line is only a byline (a line that
    goes on, "Motionen från A (SD) om …", is also the title)."""
    m = P.find_authors(line.text.text)
    if not m:
        return False
    lex = lexicon()
    party = lex.party_from_tag(m.group("tag"))
    if party is not None:
        out.parties.append(Found(party, line.text.span(m.start("tag"), m.end("tag"))))
    if out.authors:
        return True
    if m.group("reversed"):
        # "av Schyman, Gudrun (v)": a byline, but no signer: the motion's end prints the
        # names as they sign ("Gudrun Schyman (v)"), which is how they are answered.
        return not line.text.text[m.end():].strip()
    for nm in P.NAME_ONLY.finditer(line.text.text, m.start("authors"), m.end("authors")):
        # "från Miljöpartiet De Gröna (MP)": a party is the author, not a person.
        if lex.party_from_name(nm.group()) is None:
            out.authors.append(Signatory(name=nm.group(), party=party,
                                         span=line.text.span(nm.start(), nm.end())))
    end = m.end()
    while out.authors and (more := P.MORE_AUTHORS.match(line.text.text, end)) is not None:
        # "Motion av Per Carlberg (SD) och Anders Wickberg (SD) om …": each author tagged
        if lex.party_from_name(more.group("name")) is None:
            out.authors.append(Signatory(
                name=more.group("name"), party=lex.party_from_tag(more.group("tag")),
                span=line.text.span(more.start("name"), more.end("name"))))
        end = more.end()
    rest = line.text.text[end:].strip()
    # "Av Anna Berg (V), gruppledare": a byline with the author's office
    return not rest or (rest[:1] == "," and is_role(rest[1:].strip()))


def extract(blocks: list[Block], roles: Roles) -> Header:
    """Read the header blocks (and addressee lines a little further down); furniture and
    trailer lines are never header lines."""
    first = roles.lines[roles.start].block if roles.lines else 0
    if roles.announced is not None:
        # A page reproducing a document under an intro that announces it ("Här min andra
        # interpellation:"): the header is the document's own, from its kind line on.
        first = roles.announced
    out = Header(end=header_end(blocks, first, roles))
    candidates: list[tuple[float, Mapped]] = []  # (priority, text); lower wins
    plain = -1  # the candidate the line before gave, if a plain line
    above = -1  # the candidate the line before gave, plain or marked as a heading
    # A kind line standing alone ("MOTION", "MOTION  2017-06-08") was seen and no heading has
    # followed it yet: the next heading is the document's, whatever a page put above.
    kind_alone = False
    # On an e-petition portal's page a line about the proposal ("E-förslaget kunde inte lämnas
    # in för vidare hantering", "Direktlänk till e-förslaget") is the portal's, not a heading.
    portal = any("portal_label" in lr.features for lr in roles.with_features())  # (FEATURED)
    taken: tuple[int, int] | None = None  # (block, last line) of the wrapped tail a candidate took
    seen: dict[str, Mapped] = {}  # the header's lines by text, the first of each
    # Text without blank lines may glue the header's lines to the first paragraph, which then
    # opens the text: its lines up to the first the role stage reads as prose are header lines.
    glued = out.end == first < len(blocks) and len(blocks[first].lines) > 1
    for block in blocks[first: out.end + glued]:  # (lines before the start are all chrome)
        for k, line in enumerate(block.lines[:HEADER_LINES]):
            text = line.text.text
            if taken is not None and taken[0] == block.index and k <= taken[1]:
                continue
            role = roles.of(block.index, k)
            if glued and block.index == first and (
                    role.role == "prose" or ends_in_wrap_word(text) or (
                        k + 1 < len(block.lines)
                        and block.lines[k + 1].text.text[:1].islower())):
                break  # (a line a hard wrap cut goes on into the paragraph: no header line)
            if role.role in OUTSIDE and role.evidence != RULE:
                continue  # (furniture between two lines leaves them neighbours: "Annons" /
                # "Dela: Facebook Twitter" / "Fler bänkar")
            seen.setdefault(text.strip(), line.text)
            before, plain = plain, -1
            heading_above, above = above, -1
            if role.index + 1 < len(roles.lines) and \
                    (credit := roles.lines[role.index + 1]).evidence.endswith("photo caption") \
                    and credit.text.startswith(text):
                continue  # the caption above its photo credit: "X (S)." / "X (S). Foto: …"
            if not text or len(text) > LONG_LINE or role.role in OUTSIDE or \
                    "reference" in role.features or "field_label" in role.features \
                    or role.evidence == FIELD_VALUE or P.HONORIFIC_BYLINE.match(text) \
                    or (portal and (
                        "portal_word" in role.features
                        or fold(text.split(" ", 1)[0]) in _PORTAL_WORDS)):
                continue
            readable = orgnames.readable(text)  # a branch in capitals reads as one
            for pm in P.PARTY_LOCALITY.finditer(readable) if P.names_party(readable) else ():
                if party := lexicon().party_from_name(pm.group("party")):
                    out.parties.append(Found(party, line.text.span(pm.start(), pm.end("party"))))
            # The line-role stage has read these lines (up to LONG_LINE characters, as here):
            # its features say which patterns can match, so the others are not run again.
            feats = role.features
            rest = _addressee(line, out)
            kind_line = "kind_line" in feats and P.KIND_LINE.match(text) is not None
            if rest is not None and (bm := P.find_beteckning(rest.text)) is not None \
                    and bm.start() == 0:
                # "Motion till riksdagen 2019/20:991 av Hanna Westerén (S) Kvinnors
                # arbetsvillkor": the number, the byline and the title on the addressee's line
                _numbered_title(rest, bm, line, out, candidates)
                continue
            if rest is not None and any(c.isalpha() for c in rest.text) \
                    and len(rest.text) <= MAX_TITLE and not is_date_line(rest.text) \
                    and not rest.text.startswith(","):
                # (", sammanträdet den 28", ", kommunalråd X": the addressee goes on, no title)
                if heading_above >= 0 and rest.text[:1].islower():
                    # "Ökad tillgänglighet för äldre" / "Motion till Sandvikens
                    # kommunfullmäktige angående ökad tillgänglighet …": the line above is the
                    # heading, the addressee's "angående …" restates it.
                    continue
                if fold(rest.text.split(" ", 1)[0]) in _PHRASE_WORDS:
                    # "Motion till kommunfullmäktige om fler bänkar": the addressee runs on
                    # into the subject, a phrase heading that keeps its words (CONVENTIONS)
                    rest = line.text.strip()
                whole, last = _wrapped_run(block, k) if rest.text else (rest, k)
                if last > k and (at := whole.text.find(rest.text)) >= 0:
                    # "Motion till kommunfullmäktige om fler cykelvägar" / "i Lunds kommun":
                    # the subject goes on where a hard wrap cut it
                    rest = whole.slice(at, len(whole.text))
                    taken = (block.index, last)
                candidates.append((0, rest))
                continue
            # "Landstingsplanen antagen" / "Nyhet 2017-11-30": a news item's label and date
            # under its heading leave the heading the title.
            dated_label = rest is None and role.named is not None and \
                role.named[0] == "press_release" and "date_line" in feats
            if rest is None and not dated_label and _kind_alone(text):
                kind_alone = True
            if rest is not None or kind_line:
                if before >= 0 and not dated_label:
                    # "web stats" / "Motion till kommunfullmäktige 2022-08-03" / "Inför gratis
                    # mensskydd": the plain line just above the kind or addressee line is the
                    # page's; a heading after it may be the document's.
                    candidates[before] = (2.5, candidates[before][1])
                continue
            if "date_line" in feats and _meeting_heading(text) and not candidates:
                # "Kommunfullmäktige 16 september 2019": a meeting report's heading, the
                # title where no other heading stands above or below it
                candidates.append((2.5, line.text))
                continue
            if P.numbered_kind_alone(text) or _is_furniture(text) or (
                    "date_line" in feats if len(text) <= 120 else is_date_line(text)) \
                    or day_month(text) or ("kind_line" in feats and _dated_kind(text)):
                continue
            if _beteckning(text, line, out, candidates) or _authors(line, out):
                continue
            if "number_line" in feats and (m := P.NUMBER_LINE.match(text)) is not None:
                if out.number is None:
                    out.number = Found(m.group("number"),
                                       line.text.span(m.start("number"), m.end("number")))
                continue
            if (m := P.BYLINE_TITLE.match(text)) is not None:
                candidates.append((0, line.text.slice(m.start("title"), m.end("title"))))
                out.byline = out.byline or Found(text, line.text.span())
                continue
            if (m := P.RESPONSE_BYLINE.match(text)) is not None:
                # "med anledning av propositionen 1976/77:74 om inriktningen av" /
                # "säkerhetspolitiken": the topic, hard-wrapped, after any byline before it
                whole, last = _wrapped_run(block, k)
                candidates.append((0, whole.slice(m.start("title"), len(whole.text))))
                out.byline = out.byline or Found(text, line.text.span())
                if last > k:
                    taken = (block.index, last)
                continue
            party = party_line(text) if "party_line" in feats else None
            if party is not None:
                out.parties.append(Found(party, line.text.span()))
                continue
            if P.bare_addressee(text):
                continue  # "till Landsbygdsminister X (KD)" under a byline: no heading
            if _from_sender(text):
                # "Motion från Vänsterpartiet Lund", "Pressmeddelande från Region Skåne": a
                # kind and its sender, the title only where no heading follows
                candidates.append((3, line.text))
                continue
            if P.question_addressee(text) or P.office_addressee(text) or P.KIND_TO.match(text):
                # "Interpellation till X", "Till kommunstyrelsens ordförande X": the title if
                # no other heading follows (with its wrapped tail: "… Marianne Pettersson" /
                # "ang. uttalande i TA").
                whole, last = _wrapped_run(block, k, addressed=True)
                candidates.append((3, whole))
                if last > k:
                    taken = (block.index, last)
                continue
            if k and text[:1].islower() and len(above_text := block.lines[k - 1].text.text) \
                    >= _WRAPPED_WIDTH and not above_text.rstrip().endswith(SENTENCE_ENDS):
                continue  # a wrapped line's tail ("… eftersom antalet" / "underskrifter inte
                # uppnått …") heads nothing, whatever the line above it was (a short line
                # above is a header line of its own: "av fru Ek" / "med anledning av …")
            if _lead_in(text) or _post_meta(text) or _letterhead(line, out) \
                    or not _titular(text) or P.TO_WORD.match(text) \
                    or ("contact" in feats and P.EMAIL.search(text)):
                continue  # (an addressee, an e-mail address: a field, never a heading)
            # A heading that names the document's kind ("Motion om sommarjobb") outranks a
            # plain line before it, which is then a page's category ("Kommunalpolitik").
            named = P.KIND_PHRASE.match(text) is not None and (
                text[-1:] != "." or text.count(" ") < _NAMED_WORDS)  # "Motion om fri entré."
            # A line of its own right under a lone kind line ("MOTION" / "Minska matsvinnet")
            # is the document's heading: it outranks a plain line a page put above.
            under_kind = kind_alone and len(block.lines) == 1 and not P.TO_WORD.match(text)
            kind_alone = False
            # "Välfärdsprogrammet" / "Behöver vi vara oroliga för välfärden?": one word over
            # a heading of several words is the page's category, the heading the title.
            # (Not over a sentence: "Budget" / "I dag har vi haft budget 2009 som …".)
            category = before >= 0 and candidates[before][0] <= 2 and " " in text.strip() \
                and text[:1].isupper() and P.BYLINE_LEAD.match(text) is None \
                and " " not in (word := candidates[before][1].text.strip()) \
                and word[-1:].isalpha() and not reads_as_sentence(text)
            # "Jens Ohlsson" / "Socialdemokraterna går i opposition", "Gunnar Parment,
            # Robertsfors" / "Tack för stödet!": an author's name over a heading is a byline.
            category = category or (
                before >= 0 and candidates[before][0] <= 2 and " " in text.strip()
                and text[:1].isupper()
                and is_person(candidates[before][1].text.split(",", 1)[0].strip()))
            if len(text) <= MAX_TITLE and (all(c[0] > 2 for c in candidates) or category
                                           or block.kind == "heading" or named or under_kind):
                priority: float = 1 if block.kind == "heading" or line.emphasised or named else 2
                if under_kind and priority == 2:
                    priority = 1.5
                if category:
                    candidates[before] = (2.5, candidates[before][1])
                if priority == 2 or (block.kind == "heading" and not line.level
                                     and not named and text.isupper()):
                    # (a line in capitals is a heading by its shape alone: in a browser's
                    # copy a page's category or menu line reads "KOMMUNALPOLITIK", and is
                    # set aside as the plain line would be)
                    plain = len(candidates)
                above = len(candidates)
                after = blocks[block.index + 1] if block.index + 1 < out.end else None
                candidates.append((priority, _wrapped_run(block, k, after)[0]))
    if candidates:
        best = min(candidates, key=lambda c: c[0])
        if best[0] in (1.5, 2) and reads_as_sentence(best[1].text, _SENTENCE_TITLE_WORDS):
            # "Interpellation till X angående Y" / "Surteborna lever farligt i trafiken.": a
            # sentence of argument under the kind's addressee line heads nothing; the
            # addressee line is the title
            # (or to a plain line above the kind line: "Skateboardramper" / "Motion till
            # kommunfullmäktige" / "Torsås kommun ska vara en kommun i framkant.")
            earlier = [c for c in candidates[:candidates.index(best)] if c[0] <= 3]
            best = min(earlier, key=lambda c: c[0]) if earlier else best
        _title(_repeated(best[1], seen, out.end), out)
    if out.series is not None and not out.authors:
        _addressed_byline(blocks, roles, out)
    return out


#: How far into a Riksdag page its document's own byline may stand, in lines.
_BYLINE_LINES = 40


def _addressed_byline(blocks: list[Block], roles: Roles, out: Header) -> None:
    """A Riksdag interpellation's or question's byline under the number the page repeats:
    "av Margareta Viklund (kd) till socialminister Lars Engqvist om äldreboende". The page's
    head prints the author surname first ("av Viklund, Margareta (kd)"), which names no
    signer; this line names the author as the document does."""
    for lr in roles.lines[:_BYLINE_LINES]:
        if "byline_lead" not in lr.features or lr.role in OUTSIDE:
            continue
        m = P.find_authors(lr.text)
        if m is not None and m.start() == 0 and m.group("authors") and \
                lr.text[m.end():].startswith(" till "):
            _authors(blocks[lr.block].lines[lr.line], out)
            return


_CATEGORIES = lexicon().folded("kinds", "motion_categories")
_PORTAL_WORDS = lexicon().folded("kinds", "portal_words")


def _from_sender(text: str) -> bool:
    """A kind word and the document's sender, nothing else: "Motion från Vänsterpartiet
    Lund", "Pressmeddelande från Region Skåne" (a party, a branch or an organisation)."""
    m = P.KIND_START.match(text)
    if m is None or text[m.end():m.end() + 6].casefold() != " från ":
        return False
    sender = text[m.end() + 6:].strip()
    return bool(sender) and (party_line(sender) is not None
                             or find_organisation(sender) is not None)


def _kind_alone(text: str) -> bool:
    """A kind line that is only the kind word, maybe with a date: "MOTION", "Motion
    2017-06-08" — not "Motion om X" nor "Motion: X", which carry the title themselves, nor a
    Riksdag category printed as a field's value ("Motionskategori" / "Fristående motion")."""
    m = P.KIND_START.match(text)
    if m is None or fold(m.group("kind")) in _CATEGORIES:
        return False
    tail = text[m.end():].strip().lstrip(":").strip()
    return not tail or (tail[:1].isdigit() and is_date_line(tail))


def body_from_proposals(preamble: Mapped | None, items: tuple[Proposal, ...],
                        source: str) -> Found[str] | None:
    """A body named in the proposal preamble ("föreslår vi att regionfullmäktige beslutar") or
    opening the first proposal ("att riksdagen måtte", "Riksdagen ställer sig bakom")."""
    lex = lexicon()
    if preamble is not None:
        text = preamble
        verb = P.find_verb(text.text)
        if verb is not None:
            m = _deciding_body(text.text, verb.start(), len(text.text))
            if m is None:
                m = _deciding_body(text.text, max(0, verb.start() - 60), len(text.text))
            if m is not None:
                entry = lex.body_by_form[fold(m.group("body"))]
                return Found(entry.name, text.span(m.start(), m.end()))
    if items:
        first = items[0].span
        m = _deciding_body(source, first.start, min(first.end, first.start + 60))
        if m is not None and _assembly(first_body := lex.body_by_form[fold(m.group("body"))]):
            return Found(first_body.name, Span(start=m.start(), end=m.end()))
        if m is None:
            # The caller's text there may hold what normalising dropped or decoded (a PDF's
            # soft hyphens, "riks\u00addagen"; an HTML page's tags and entities): the item's
            # own text, its span the item's
            own = items[0].text
            m = _deciding_body(own, 0, min(len(own), 60))
            if m is not None and _assembly(
                    first_body := lex.body_by_form[fold(m.group("body"))]):
                return Found(first_body.name, first)
    return None


#: The longest line read as a signer's stamp or role ("Ledamot i regionfullmäktige").
_STAMP_LINE = 100


def body_signed(blocks: list[Block], roles: Roles) -> Found[str] | None:
    """A council named in the lines that close the document, beside its signers: a stamp
    ("Sverigedemokraterna, Regionfullmäktige, 2022-02-22") or a signer's seat ("Ledamot i
    regionfullmäktige", "Regionfullmäktigegruppen"). Written there, it is where the motion
    goes when the head names none.
    """
    lex = lexicon()
    closing = False
    for lr in roles.lines[roles.start:roles.end]:
        role = lr.role
        if role == "proposal" or role == "prose":
            closing = False
            continue
        if not closing:  # (closing = closing or role in CLOSING, the usual case first)
            if role not in CLOSING:
                continue
            closing = True
        if role in OUTSIDE or len(lr.text) > _STAMP_LINE:
            continue
        m = _deciding_body(lr.text, 0, len(lr.text)) or P.BODY_SEAT.search(lr.text)
        if m is not None and _assembly(entry := lex.body_by_form[fold(m.group("body"))]) \
                and entry.level != "association":
            text = blocks[lr.block].lines[lr.line].text
            return Found(entry.name, text.span(m.start("body"), m.end("body")))
    return None


def _assembly(entry: BodyEntry) -> bool:
    """A body that decides on proposals (an assembly or a meeting), not an executive board
    that carries them out: "att kommunstyrelsen utreder …" is work given to it."""
    return entry.level == "association" or lexicon().assembly(entry.level) == entry.name


def _deciding_body(text: str, start: int, end: int) -> Any:
    """The first body in ``text[start:end]`` that decides, not one being instructed
    ("… ger kommunstyrelsen i uppdrag att", "uppdrar åt regionstyrelsen")."""
    for m in P.BODY.finditer(text, start, end):
        if not P.INSTRUCTED_BODY.match(text, m.end()) and \
                not P.INSTRUCTING_VERB.search(text, max(0, m.start() - 20), m.start()):
            return m
    return None


def body_for(organisation: str) -> str | None:
    """The assembly of an organisation: kommunfullmäktige for a kommun, and so on."""
    return lexicon().assembly(orgnames.level_of(organisation))

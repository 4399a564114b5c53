"""Every regular expression tillit uses, compiled once, built from the lexicon's data tables.

Patterns are verbose, use named groups, and are linear in the input by construction: a
repeated group whose body can itself repeat is atomic (``(?>…)``), so no input makes the engine
backtrack through it (``tests/test_patterns.py`` checks every pattern). There is no wall-clock
guard: the same text gives the same result however busy the machine is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import regex

from tillit.dates import WEEKDAY, WEEKDAY_PAIRS
from tillit.lexicon import lexicon
from tillit.trie import alternation

_FLAGS = regex.VERSION1 | regex.VERBOSE
_LEX = lexicon()


def _alt(words: Iterable[str], *, fold: bool = False) -> str:
    """An alternation of literal words that prefers the longest form, as a trie (tillit.trie).

    A trie finds what the flat list sorted longest-first finds as long as no word begins
    another only when case is ignored ("Att", "attityd"); such a list keeps the flat form. With
    ``fold`` (for patterns that ignore case) the words are case-folded first, which leaves none.
    Spaces inside a word match a run of spaces; outer ones are dropped.
    """
    spaced = (" ".join(w.split()) for w in words)
    unique = sorted({w.casefold() if fold else w for w in spaced if w},
                    key=lambda w: (-len(w), w))
    if _case_prefixes(unique):
        return "|".join(str(regex.escape(w)).replace("\\ ", "[ ]+") for w in unique)
    return alternation(unique, "[ ]+")


def _case_prefixes(words: list[str]) -> bool:
    """Whether some word begins another when case is ignored but not as written."""
    forms: dict[str, list[str]] = {}
    for word in words:
        forms.setdefault(word.casefold(), []).append(word)
    for word in words:
        key = word.casefold()
        for i in range(1, len(key)):
            if any(not word.startswith(short) for short in forms.get(key[:i], ())):
                return True
    return False


def _compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return regex.compile(pattern, _FLAGS | flags)


#: Where a match that opens with a run of spaces may start: at the run's first space (or where
#: the scan began). Without it a scan retries at every space of a long run: quadratic.
RUN_START = r"(?:(?<![ ])|\G)"


# --- Line structure -------------------------------------------------------------------------

#: Emphasis delimiters at a word edge, and Markdown links (the label is kept).
EMPHASIS = _compile(
    r"""
    \[(?P<label>[^\]\n]{1,300})\]\([^)\s]{0,2000}\)     # [label](target)
    | (?<![\w*_])(?P<open>\*{1,3}|_{2,3})(?=[^\s*_])   # opening delimiter
    | (?<=[^\s*_])(?P<close>\*{1,3}|_{2,3})(?![\w*])   # closing delimiter
    """
)
WHOLE_EMPHASIS = _compile(r"(?:\*{1,3}|_{2,3})[^*_\n]{1,2000}(?:\*{1,3}|_{2,3})")
#: A list marker at the start of a line: bullets, dashes, "1." / "1)" / "a)", and the middle
#: dot that Word's Symbol-font bullet becomes in copied text ("·       Text").
LIST_MARKER = _compile(
    r"""
    ^(?P<marker>[-–—•*+‣▪◦○■►➢·]|\d{1,3}[.)]|[a-zA-Z][)]|o(?=[ ]+att[ ]))  # Word's "o" level
    (?:[ ]+|(?<=•)(?=\w)|(?<=[-–])(?=\p{Lu}\p{Ll}))  # "-Utreda …": a dash glued to a word
    """
)

# --- Names and parties ----------------------------------------------------------------------

_NAME_WORD = r"\p{Lu}\p{Ll}+(?:['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*+"
#: Lower-case particles inside a name ("af", "von").
NAME_PARTICLES = ("af", "von", "van", "de", "der", "den", "la", "le", "di", "da", "du", "del",
                  "dos", "el", "al", "bin", "ter", "zu")
_PARTICLE = rf"(?:{'|'.join(NAME_PARTICLES)})"
#: A person's name: two to five capitalised words, inner particles ("af", "von") and initials.
#: It starts a word, so a scan does not restart inside a hyphenated run ("Aa-Bb-Cc…").
_WORD_START = r"(?<![\p{L}'’]|\p{L}-)"
NAME = (rf"(?:{_WORD_START}{_NAME_WORD}"
        rf"(?:[ ](?:{_PARTICLE}[ ]|\p{{Lu}}\.?[ ](?<![ ]I[ ]))?{_NAME_WORD}){{1,4}})")
#: A name printed in capitals, as OCR-era Riksdag motions sign: "STEN SJÖHOLM", "K. -A. LEVIN",
#: "ANTON E FÅGELSBO" (a middle initial, with or without its full stop).
#: Two to four tokens (initials count); only read where a parenthesised party tag follows.
_CAPS_WORD = r"\p{Lu}{2,}(?:-\p{Lu}{2,})*+"
_INITIALS = r"\p{Lu}\.(?:[ ]?-?[ ]?\p{Lu}\.){0,2}"
CAPS_NAME = (rf"(?:{_WORD_START}(?:{_INITIALS}[ ])?{_CAPS_WORD}"
             rf"(?:[ ](?:\p{{Lu}}\.?[ ](?<![ ]I[ ]))?{_CAPS_WORD}){{1,3}}"
             rf"|{_INITIALS}[ ]{_CAPS_WORD})")
#: A name led by initials, as a signature with a tag prints it: "A. Berg", "K-G Nilsson",
#: "P.-O. Ek". Only read where a parenthesised party tag follows ("A. Inledning" is a heading).
INITIAL_NAME = (rf"(?:{_WORD_START}(?:{_INITIALS}|\p{{Lu}}-\p{{Lu}})"
                rf"(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,4}})")
_TAGS = _alt(t for e in _LEX.parties for t in (e.party.code, *e.tags))
#: A party tag in parentheses: "(S)", "(Mp)", "(båda KD)".
PARTY_TAG = _compile(
    rf"\([ ]*(?:(?P<group>båda|alla|samtliga)[ ]+)?(?P<tag>{_TAGS})[ ]*\)", regex.IGNORECASE
)
#: Only ever matched ignoring case.
_PARTY_NAMES = _alt((a for e in _LEX.parties for a in (e.party.name, *e.aliases)), fold=True)
_PARTY_WORDS = {max(a.casefold().split(), key=len)
                for e in _LEX.parties for a in (e.party.name, *e.aliases)}
#: The longest word of each party name, case-folded, leaving out any that holds another
#: ("vänsterpartiets" ⊃ "vänsterpartiet"): every match of a party name holds one of them.
_PARTY_STEMS = tuple(sorted(w for w in _PARTY_WORDS
                            if not any(v != w and v in w for v in _PARTY_WORDS)))


def names_party(text: str) -> bool:
    """Whether a party name can occur in ``text``: a substring test at C speed that spares
    PARTY_LOCALITY the lines and blocks that name no party."""
    folded = text.casefold()
    for stem in _PARTY_STEMS:  # noqa: SIM110 (as in names_verb)
        if stem in folded:
            return True
    return False

#: A party written out, in any listed form ("Vänsterpartiets", "socialdemokrater").
PARTY_NAME = _compile(rf"(?<!\w)(?P<party>{_PARTY_NAMES})(?!\w)", regex.IGNORECASE)
#: The first two letters of every party name, case-folded: a text whose two characters at a
#: position are ASCII and not one of these opens no party name there (an ASCII character
#: matches only ASCII ones ignoring case, and the names' folded forms are at least this long).
_PARTY_PAIRS = frozenset(" ".join(a.split()).casefold()[:2]
                         for e in _LEX.parties for a in (e.party.name, *e.aliases))
if not all(len(p) == 2 for p in _PARTY_PAIRS):
    _PARTY_PAIRS = frozenset(chr(a) + chr(b) for a in range(128) for b in range(128))


def party_name_at(text: str, pos: int = 0) -> regex.Match[str] | None:
    """``PARTY_NAME.match(text, pos)``, run only where the two characters at ``pos`` may open
    a party name (most lines' first two do not: asked of every line by the role stage and
    the branch reader)."""
    pair = text[pos:pos + 2]
    if pair.isascii() and pair.lower() not in _PARTY_PAIRS:
        return None
    return PARTY_NAME.match(text, pos)
#: A party in the genitive, maybe an office, right before a name the caller has found:
#: "Vänsterpartiets gruppledare ", "SD:s ", "Centerpartiets ordförande i nämnden ".
PARTY_BEFORE_NAME = _compile(
    rf"""(?:(?<!\w)(?P<party>(?i:{_PARTY_NAMES}))|(?<![\w:])(?P<code>{_TAGS}):s)
    (?:[ ]+\p{{Ll}}[\p{{L}}-]*){{0,4}}[ ]+$"""
)
#: A party named after a name the caller has found, behind a comma and maybe an office:
#: ", Vänsterpartiet", ", gruppledare för Vänsterpartiet", ", kommunalråd (S)" is a tag's.
PARTY_AFTER_NAME = _compile(
    rf"""[ ]*,[ ]*(?:\p{{Ll}}[\p{{L}}-]*[ ]+){{0,4}}?(?:för[ ]+|i[ ]+)?
    (?P<party>(?i:{_PARTY_NAMES}))(?!\w)"""
)
#: A party's local branch: "Sverigedemokraterna i Karlskoga", "Vänsterpartiet i region Örebro län".
PARTY_LOCALITY = _compile(
    rf"(?<!\w)(?P<party>(?i:{_PARTY_NAMES}))[ ]+i[ ]+"
    rf"(?:(?P<region>[Rr]egion)[ ]+)?"
    rf"(?P<place>\p{{Lu}}[\p{{L}}-]+(?:[ ]\p{{Lu}}[\p{{L}}-]+|[ ]län)?)"
)
#: A party branch named by its place without "i" ("Liberalerna Botkyrka", "Vänsterpartiet
#: Höganäs"): the place is checked against the municipality table by the caller.
PARTY_PLACE = _compile(
    rf"(?<!\w)(?P<party>(?i:{_PARTY_NAMES}))[ ]+(?P<place>\p{{Lu}}[\p{{L}}-]+)(?![\p{{L}}-])"
)
#: A party branch by the party's code and its place, as a news item writes it ("V Järfällas
#: gruppledare", "SD Lund har …", "SD i Vänersborg"): codes as printed, in capitals; the
#: caller checks the place, whole ("SD i Upplands Väsby") or its first word ("SD Lund Anna").
PARTY_CODE_PLACE = _compile(
    rf"(?<![\w-])(?P<code>{_alt(e.party.code for e in _LEX.parties)})[ ](?:i[ ])?"
    rf"(?P<place>\p{{Lu}}\p{{Ll}}[\p{{L}}-]*+(?:[ ]\p{{Lu}}\p{{Ll}}[\p{{L}}-]*+)?)(?![\p{{L}}-])"
)
#: A place after "i"/"till" ("en Fritidsbank i Solna", "till Solna"): a municipality the text
#: is about when it names no organisation and no party branch.
_MENTIONED_PLACE = r"[ ]+(?P<place>\p{Lu}[\p{L}-]+(?:[ ]\p{Lu}[\p{L}-]+)?)(?![\p{L}-])"
PLACE_MENTION = _compile(rf"(?<!\w)(?:i|till){_MENTIONED_PLACE}")
#: The same, also opening a sentence: a county the text speaks of ("I Västra Götaland finns …").
COUNTY_MENTION = _compile(rf"(?<!\w)(?:[iI]|till){_MENTIONED_PLACE}")
#: Self-identification in the argument: "Vi socialdemokrater", "vi kristdemokrater". "vi" is a
#: literal, not "[Vv]i": the engine scans for a literal first, twice as fast on prose.
WE_PARTY = _compile(rf"(?<!\w)vi[ ]+(?P<party>{_PARTY_NAMES})(?!\w)", regex.IGNORECASE)
#: One signature: a name, optionally followed by a party tag (a local party's may be in
#: mixed case: "(FiA)"); a name in capitals only before a tag ("PAUL BRUNDIN (m)").
SIGNATURE = _compile(
    rf"""
    (?P<name>{NAME}|{INITIAL_NAME}(?=[ ]*\()|{CAPS_NAME}(?=[ ]*(?:\(|,|$)))
    (?:[ ]*(?P<tagged>\([ ]*(?:(?:båda|alla|samtliga)[ ]+)?
        (?P<tag>(?i:{_TAGS})|\p{{Lu}}(?:[\p{{Lu}}!]{{1,5}}|\p{{Ll}}\p{{Lu}}{{1,3}}))[ ]*\)))?
    """
)
#: A tagged signature run on to the last sentence of the argument, as a web page flattens a
#: letter's end: "… på kort och på lång sikt? Charlotta Svanberg (s)".
GLUED_SIGNATURE = _compile(
    rf"[.?!][ ]+(?P<sig>{NAME}[ ]*\([ ]*(?i:{_TAGS})[ ]*\))[ ]*$")
#: How far from a paragraph's end a glued signature may start.
GLUED_REACH = 120
#: The words that make a tag shared ("båda", "alla", "samtliga"); one of them is in every
#: SHARED_TAG match, so a substring test spares the pattern most lines.
SHARED_WORDS = ("båda", "alla", "samtliga")
#: Several names sharing one tag: "Anna Andersson och Bengt Berg (båda KD)".
SHARED_TAG = _compile(
    rf"""
    ^(?P<names>{NAME}(?:(?:[ ]*,[ ]*|[ ]+och[ ]+){NAME})++)
    [ ]*\([ ]*(?:{"|".join(SHARED_WORDS)})[ ]+(?P<tag>(?i:{_TAGS}))[ ]*\)$
    """
)
#: What may stand before a signer's name: a slash or dash, after an optional closing greeting
#: ("/Anna Berg", "MVH / Anna Berg", "Hälsningar, Per Holm"), or "genom" under the party line
#: ("Centerpartiet" / "genom Anna Berg").
_GREETINGS = _alt(_LEX.cue("signatures", "greetings"))
_GROUP_SUFFIXES = _alt(_LEX.cue("signatures", "group_suffixes"))
SIGNER_LEAD = _compile(
    rf"""
    ^(?:(?i:{_GREETINGS})(?:[ ]*[,:/–—-][ ]*|[ ]+))?
    (?:(?i:{_GROUP_SUFFIXES})[ ]+)?    # "genom Anna Berg"
    (?:[/–—-][ ]*)?
    """
)
#: The words a letter may open SIGNER_LEAD with: a greeting or "genom" (the dash and slash
#: are no letters).
SIGNER_LEAD_WORD = _compile(rf"^(?i:{_GREETINGS}|{_GROUP_SUFFIXES})")
#: A word before a press release's byline: "Av Anna Berg (V), regioråd", "Text: Anna Berg".
BYLINE_LEAD = _compile(
    rf"^(?i:{_alt(_LEX.cue('press', 'byline_leads'), fold=True)})[ ]*:?[ ]+(?=\p{{Lu}})")
NAME_SEP = _compile(rf"{RUN_START}(?:[ ]*,[ ]*|[ ]+och[ ]+|[ ]+(?=\p{{Lu}}))")
NAME_ONLY = _compile(rf"(?P<name>{NAME})")
_GROUP_PREFIXES = _alt(_LEX.cue("signatures", "group_prefixes"))
#: A group heading above signatures: "För Vänsterpartiet i Region Örebro län".
GROUP_HEADING = _compile(rf"^(?:{_GROUP_PREFIXES})[ ]+(?P<group>.{{2,200}})$")

# --- Bodies and organisations --------------------------------------------------------------

_BODY_FORMS = _alt(f for b in _LEX.bodies for f in (b.name, *b.forms))
_CAP = r"\p{Lu}[\p{L}'´’-]*"
#: An organisation's name after a body: "Region Skåne", "Lunds kommun", "Landstinget i Kalmar
#: län" (the landsting's name holds a lower-case "i").
_ORG = (rf"(?:Region[ ]+|Landstinget[ ]+i[ ]+)?{_CAP}"
        rf"(?:[ ]+(?:{_CAP}|läns?|landsting|kommun|stad)(?!\w)){{0,3}}")
#: An addressee: "Motion till Lunds kommunfullmäktige", "till kommunfullmäktige i Malmö",
#: "Motion till regionfullmäktige – Region Örebro län",
#: "Motion till Region Skånes regionfullmäktige".
#: What follows a body that is instructed, not deciding: "kommunstyrelsen i uppdrag". (Read in
#: the caller's text, so any whitespace, a no-break space too, separates the words.)
INSTRUCTED_BODY = _compile(r"\s+i\s+uppdrag(?!\w)", regex.IGNORECASE)
#: A verb that instructs the body after it: "ger kommunstyrelsen", "uppdrar åt regionstyrelsen".
INSTRUCTING_VERB = _compile(r"(?<!\w)(?:ger|ge|uppdra(?:r|s)?\s+åt)\s+$", regex.IGNORECASE)
ADDRESSEE = _compile(
    rf"""
    (?<!\w)(?P<to>till)(?:[ ]*:)?[ ]+
    (?:(?P<gen>(?-i:{_CAP}(?:[ ]+(?:{_CAP}|län|läns|stads|kommuns)){{0,3}}))[ ]+)?
    (?P<body>{_BODY_FORMS})(?!\w)
    (?![ ]+(?:{_alt(_LEX.cue("kinds", "addressed_offices"))})(?!\w))  # "…s ordförande": a person
    (?:[ ]+i[ ]+(?P<place>(?-i:{_ORG}))
       |[ ]+(?P<bare>(?-i:{_CAP}(?:[ ]+{_CAP})?))(?=[ ]*$))?   # "till Kommunfullmäktige Lund"
    (?:[ ]*[,–—-][ ]*(?P<org>(?-i:{_ORG})))?
    """,
    regex.IGNORECASE,
)
#: A letterhead line that names the body and its place: "Kommunfullmäktige i Lund",
#: "Kommunfullmäktige Lund", "Kommunfullmäktige i Lekebergs kommun".
BODY_OF_PLACE = _compile(
    rf"""^(?P<body>{_BODY_FORMS})(?:[ ]+i)?[ ]+(?P<place>(?-i:{_CAP}(?:[ ]+{_CAP})?))
    (?:[ ]+(?P<org>kommun|stad))?$""",
    regex.IGNORECASE,
)
#: A body named anywhere ("föreslår vi att regionfullmäktige beslutar").
BODY = _compile(rf"(?<!\w)(?P<body>{_BODY_FORMS})(?!\w)", regex.IGNORECASE)
#: A body's name made a seat or group in one word: "Regionfullmäktigegruppen",
#: "Kommunfullmäktigeledamot".
BODY_SEAT = _compile(
    rf"(?<!\w)(?P<body>{_BODY_FORMS})(?:{_alt(_LEX.cue('signatures', 'seat_suffixes'))})(?!\w)",
    regex.IGNORECASE)
#: Municipal offices written with their municipality ("kommunalråd i Lund"), also opening a
#: line ("Kommunfullmäktigeledamot i Lund").
KOMMUN_OFFICES = tuple(w for o in _LEX.cue("organisation", "kommun_offices")
                       for w in (o, o[0].upper() + o[1:]))
_KOMMUN_OFFICES = _alt(KOMMUN_OFFICES)
#: An organisation named in running text. Runs of letters are possessive ("++"): what
#: follows each is a space, apostrophe or comma, so giving letters back never helps, and the
#: engine fails faster on the many capitalised words that are no mention. "X stad" names a
#: municipality only where the table lists X.
ORG_MENTION = _compile(
    r"""
    (?P<region>(?<!\w)[Rr]egion[ ]+\p{Lu}\p{L}++(?:[ ]+(?:län|läns|\p{Lu}\p{L}++))?)
    | (?P<vgr>Västra[ ]+Götalandsregionen)
    | (?P<landsting>(?<![\p{L}-])\p{Lu}\p{L}++[ ]+läns[ ]+landsting
                    | [Ll]andstinget[ ]+(?:i[ ]+)?\p{Lu}\p{L}++(?:[ ]+län)?)
    | (?P<kommun>(?<![\p{L}-])(?P<kname>\p{Lu}[\p{L}-]++(?:[ ]\p{Lu}[\p{L}-]++)?)(?:['´’]s)?
                 [ ]+(?:[Kk]ommun(?:s|fullmäktiges?|styrelse(?:ns?)?)?|(?P<stad>[Ss]tads?)))(?!\w)
    | (?:"""
    + _KOMMUN_OFFICES
    + r""")[ ]+i[ ]+(?P<kplace>\p{Lu}[\p{L}-]++)
    | (?<![\p{L}-])(?P<isname>\p{Lu}[\p{L}-]++)[ ]+är[ ]+   # "Tyresö är i grunden en trygg
      (?:[\p{L}-]++,?[ ]+){0,6}?kommun(?!\w)                #  och lugn kommun"
    """
)

# --- Titles and identifiers ----------------------------------------------------------------

#: "PERSONALPOLITISK MOTION 10: Tillit och trygghet …"; a congress's "Motion 7:2" is one number.
SERIES_TITLE = _compile(
    r"""
    ^(?P<series>(?:\p{L}+[ ]+)?motion)[ ]+(?:nr\.?[ ]*)?(?P<number>\d{1,4}(?::\d{1,3})?+[A-Za-z]?)
    [ ]*[:.–—-][ ]*(?P<title>\S.*)$
    """,
    regex.IGNORECASE,
)
#: A Riksdag beteckning: "2021/22:4102", "1990/91:A18", "2009/10:Fi308", "1989/90: So36" (OCR).
BETECKNING = _compile(
    r"(?<![\w/])(?P<rm>\d{4}/\d{2}):[ ]?(?P<bet>[A-Za-zÅÄÖåäö]{0,3}\d{1,5})(?!\w)")
#: "av Anna Andersson m.fl. (S)" / "av Sven Bergström och Kenneth Johansson (c)"; the
#: Riksdag's open data prints one author surname first: "av Schyman, Gudrun (v)".
AUTHORS = _compile(
    rf"(?<!\w)(?:[Aa]v|[Ff]rån)[ ]+(?P<authors>{NAME}(?:(?:[ ]*,[ ]*|[ ]+och[ ]+){NAME})*+"
    rf"|(?P<reversed>{_NAME_WORD},[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD})?))"
    rf"(?:[ ]+m\.[ ]?fl\.)?[ ]*\([ ]*(?:(?:båda|alla|samtliga)[ ]+)?(?P<tag>(?i:{_TAGS}))[ ]*\)"
)

#: A further author after a tagged one, each with a tag: "… (SD) och Anders Wickberg (SD)".
MORE_AUTHORS = _compile(
    rf"(?:[ ]*,[ ]*|[ ]+och[ ]+)(?P<name>{NAME})[ ]*\([ ]*(?P<tag>(?i:{_TAGS}))[ ]*\)")


def find_authors(text: str) -> regex.Match[str] | None:
    """AUTHORS.search, run only on a line with its literals: "av " or "från " (or opening
    with "Av " or "Från ": a byline line) and a "(" tag."""
    if "(" not in text or ("av " not in text and "från " not in text
                           and not text.startswith(("Av ", "Från "))):
        return None
    return AUTHORS.search(text)


#: A Riksdag byline of members of several parties: "av Lotta Finstorp m.fl. (M, KD)".
PARTIES_BYLINE = _compile(
    rf"^[Aa]v[ ][^()]{{1,300}}?\([ ]*(?i:{_TAGS})(?:[ ]*+,[ ]*+(?i:{_TAGS}))++[ ]*\)"
)


def find_beteckning(text: str) -> regex.Match[str] | None:
    """BETECKNING.search, run only on a line with the "/" every beteckning holds."""
    return BETECKNING.search(text) if "/" in text else None
_KIND_WORDS = _alt(
    w
    for k in ("motion", "interpellation", "question", "citizen_proposal", "press_release", "other")
    for w in _LEX.cue("kinds", k)
)
#: A kind word that names the kind before a Riksdag number: "Fråga 2012/13:123 av …".
NUMBERED_KIND = _compile(
    rf"^(?P<kind>{_alt(_LEX.cue('kinds', 'numbered_question'))})[ ]+(?=\d{{4}}/\d{{2}}:)",
    regex.IGNORECASE,
)
#: The tail riksdagen.se gives a document's page title after its heading: "Grundlag Motion
#: 2019/20:583 av Matheus Enholm m.fl. (SD)" (the " - Riksdagen" after it already cut).
RIKSDAG_PAGE_TAIL = _compile(
    rf"[ ]+(?:{_alt(_LEX.cue('kinds', 'riksdag_page_kinds'))})[ ]+\d{{4}}/\d{{2}}:[ ]?"
    r"[A-Za-zÅÄÖåäö]{0,3}\d{1,5}"
    rf"(?:[ ]+av[ ]+[^\n]{{1,300}})?$",
    regex.IGNORECASE,
)
#: The same word alone on its line, as riksdagen.se prints a written question: "Fråga" over
#: "2010/11:642 Statsrådens svarstider …" (the number on the next line is checked by the caller).
NUMBERED_KIND_ALONE = _compile(
    rf"^(?P<kind>{_alt(_LEX.cue('kinds', 'numbered_question'))})[ ]*$", regex.IGNORECASE)


def _fold_bound(words: Iterable[str]) -> int:
    """A bound on the length of text that a case-insensitive match of one of ``words`` covers
    (full case folding maps a character to at most three)."""
    return 3 * max(len(w) for w in words)


_KIND_ALONE_MAX = _fold_bound(_LEX.cue("kinds", "numbered_question"))


def numbered_kind_alone(text: str) -> regex.Match[str] | None:
    """NUMBERED_KIND_ALONE, not run on a line too long to be the word and spaces."""
    if len(text) > _KIND_ALONE_MAX and len(text.rstrip(" \n")) > _KIND_ALONE_MAX:
        return None
    return NUMBERED_KIND_ALONE.match(text)
RIKSDAG_NUMBER_START = _compile(r"^\d{4}/\d{2}:")
_OFFICES = _alt(_LEX.cue("kinds", "addressed_offices"))
#: An address to a person's office: "Till kommunstyrelsens ordförande Eva Ek (S)", "Till:
#: Tekniska nämndens ordförande",
#: "Till statsrådet Per Holm", "Till socialministern", "Till barn- och utbildningsnämndens
#: ordförande"; a compound ending in "-ministern" counts.
OFFICE_ADDRESSEE = _compile(
    rf"""
    ^Till(?:[ ]*:)?[ ]+(?P<role>(?:[\p{{L}}-]+[ ]+){{0,5}}?
    (?P<office>(?i:{_OFFICES})|\p{{Ll}}{{3,}}minister(?:n)?))(?![\p{{L}}])
    """,
    regex.IGNORECASE,
)
#: A field label of an e-petition portal, alone on its line or before its value:
#: "Förslagsställare", "Slutdatum: 2022-02-14", "Inlämnad av:".
PORTAL_LABEL = _compile(
    rf"""
    ^(?:(?P<strong>{_alt(_LEX.cue("kinds", "portal_labels"), fold=True)})
      |(?P<weak>{_alt(_LEX.cue("kinds", "portal_weak_labels"), fold=True)}))
    (?:[ ]*(?::|$)|(?<=[ ]av)[ ]+(?=\p{{Lu}}))       # "Inlämnad av: …", "… insänt av Eva …"
    """,
    regex.IGNORECASE,
)
#: A portal word naming the page's own item: "Direktlänk till e-förslaget".
PORTAL_WORD = _compile(
    rf"(?<!\w)(?P<word>{_alt(_LEX.cue('kinds', 'portal_words'), fold=True)})(?!\w)",
    regex.IGNORECASE)
#: First letters of the portal labels: a cheap test before the label pattern.
_PORTAL_INITIALS = frozenset(
    w[:1].casefold() for key in ("portal_labels", "portal_weak_labels")
    for w in _LEX.cue("kinds", key))
#: A portal's field label or banner line is at most this long.
_PORTAL_LINE = 80


def portal_label(text: str) -> regex.Match[str] | None:
    """PORTAL_LABEL, read on a short line opening with a label's first letter."""
    if len(text) > _PORTAL_LINE or text[:1].casefold() not in _PORTAL_INITIALS:
        return None
    return PORTAL_LABEL.match(text)


def portal_word(text: str) -> regex.Match[str] | None:
    """PORTAL_WORD, searched in a short line holding "förslag" (every portal word does)."""
    if len(text) > _PORTAL_LINE or "förslag" not in text.casefold():
        return None
    return PORTAL_WORD.search(text)


#: A register field that records the decision: "Beslut: Avslag", "Status: Besvarad".
DECISION_FIELD = _compile(
    rf"""
    ^(?P<label>{_alt(_LEX.cue("kinds", "decision_labels"), fold=True)})[ ]*:[ ]*
    (?P<value>{_alt(_LEX.cue("kinds", "decision_values"), fold=True)})(?!\w)
    """,
    regex.IGNORECASE,
)
#: A register's decision field is at most this long.
_DECISION_FIELD_LINE = 80


def decision_field(text: str) -> regex.Match[str] | None:
    """DECISION_FIELD, read on a short line with the ":" every field holds."""
    if len(text) > _DECISION_FIELD_LINE or ":" not in text:
        return None
    return DECISION_FIELD.match(text)


#: A protocol's numbered paragraph opening a line: "§ 45 Svar på motion om …".
PARAGRAPH_SIGN = _compile(r"^§[ ]?\d{1,4}(?!\d)")
#: A line that only names the document's kind: "MOTION", "Motion", "Interpellation".
KIND_LINE = _compile(rf"^(?P<kind>{_KIND_WORDS})[ ]*:?$", regex.IGNORECASE)
#: A kind word opening a heading: "Motion om …", "Interpellation till …", "Enkel fråga …".
KIND_START = _compile(rf"^(?P<kind>{_KIND_WORDS})(?!\w)", regex.IGNORECASE)
_TITLE_LABELS = _alt([*_LEX.cue("kinds", "title_labels"), *_LEX.cue("kinds", "form_labels")])
#: A kind word run on into a heading without a colon or dash: "Motion Hundrastgårdar i Åhus"
#: (a capitalised word follows), "Interpellation, varför …" (a comma). The caller checks that
#: what follows is a heading, not a person, party, body or date.
KIND_RUN_ON = _compile(
    rf"^(?P<kind>(?i:{_KIND_WORDS}))(?:[ ]*,[ ]*(?=\p{{L}})|[ ]+(?=\p{{Lu}}\p{{Ll}}))"
    rf"(?P<title>\S.{{0,400}})$"
)
#: A run-on kind label that a separator or an opening quote sets apart from the title:
#: "Motion: X", "MOTION - X", "KF: X", "Motion ”X”", "Medborgarförslag 29/2013 – X" (but not
#: "Motion om X", a phrase).
KIND_LABEL = _compile(
    rf"""
    ^(?:(?:{_KIND_WORDS})(?:[ ]+från[ ]+(?:{_PARTY_NAMES})(?:[ ]+i[ ]+\p{{Lu}}[\p{{L}}-]+)?)?
         (?:[ ]+(?:nr\.?[ ]*)?\d{{1,4}}+(?:[/:]\d{{1,4}}+)?+)?+  # "Motion nr 12/2022: X"
       |{_TITLE_LABELS})
    (?:[ ]*[:–—|][ ]*|[ ]*-[ ]+|[ ]*(?=[”"“«])
       |[ ]*\([ ]*(?:{_TAGS})[ ]*\)(?:[ ]*[:–—|-])?[ ]*)
    (?P<title>\S.{{0,400}})$
    """,
    regex.IGNORECASE,
)
#: A heading that names its kind and goes on in a phrase: "Motion om fler bänkar",
#: "INTERPELLATION till kommunstyrelsens ordförande angående sommarjobb".
KIND_PHRASE = _compile(
    rf"""^(?:{_alt(w for k in ("motion", "interpellation", "citizen_proposal")
                   for w in _LEX.cue("kinds", k))})
        [ ]+(?:{_alt(_LEX.cue("header", "kind_phrase_words"))})(?![\p{{L}}.])""",
    regex.IGNORECASE,
)
_QUOTE_VERBS = _alt(_LEX.cue("kinds", "quote_verbs"))
#: A quote's attribution: "…, säger Sara Svensson, regionråd …".
QUOTE_ATTRIBUTION = _compile(rf",[ ]+(?P<verb>{_QUOTE_VERBS})[ ]+(?P<name>{NAME})(?!\w)")
#: A line that leads into a quote: "Jimmie Åkesson kommenterar:", "Anna Berg säger,", "Anna
#: Berg (V), gruppledare, kommenterar så här:", or by an office alone: "Sverigedemokraternas
#: gruppledare i regionfullmäktige kommenterar:".
QUOTE_LEAD = _compile(
    rf"""
    ^(?:(?P<name>{NAME})(?:[ ]*\([ ]*(?P<tag>(?i:{_TAGS}))[ ]*\))?
        (?:[ ]*,[ ]*(?P<role>[^:,]{{1,120}}),?)?
      |(?P<office>\p{{Lu}}[\p{{L}}-]*s[ ]+\p{{Ll}}[^:,]{{1,120}}?))
    [ ]+(?P<verb>{_QUOTE_VERBS})(?:[ ]+(?:så[ ]+här|följande))?[ ]*[,:]?[ ]*$
    """
)
#: A number line above an old Riksdag motion ("Nr 5"), or a document's number in a list of a
#: congress's or council's motions, interpellations or questions ("Motion 12", "Motion 7:2",
#: "Interpellation nr 3/2020").
_NUMBERED_KINDS = _alt(_LEX.cue("kinds", "numbered_kinds"))
NUMBER_LINE = _compile(
    rf"^(?:Nr|Nummer|(?:{_NUMBERED_KINDS})[ ]+nr"
    rf"|(?:{_NUMBERED_KINDS})(?=[ ]+\d{{1,3}}(?::\d{{1,3}})?$))\.?[ ]*"  # not "Motion 2017"
    r"(?P<number>\d{1,5}(?::\d{1,3})?)(?:/\d{2,4})?$",
    regex.IGNORECASE)
#: A register or file reference on its own line: "Dnr KS 2022/123", "Diarienummer: 2021.456".
REFERENCE_LINE = _compile(
    rf"^(?:(?:{_alt(_LEX.cue('chrome', 'reference_labels'))})\.?[ ]*:?[ ]+\S.{{0,60}}"
    # or a body's file number alone: "KS 2019/123", "SN-2014-1974", "LS 2016-1385"
    r"|(?-i:\p{Lu}{1,5})[ /-]?(?:19|20)[0-9]{2}[-/:.][0-9]{1,5})$",
    regex.IGNORECASE,
)
#: A sentence end followed by a word opening in capitals (or a quote or dash): a sentence
#: ends there (not in "prop. 1997/98:105", nor before a page title's "| Site").
SENTENCE_START = _compile(r"[.?!][ ]+[\p{Lu}\"”“'–—]")
#: A page number of a printed or exported document: "Sida 1 av 2", "Sida 2 (3)", "1 (2)".
PAGE_NUMBER = _compile(
    r"^(?:(?:Sida|Sid\.?|s\.)[ ]*\d{1,4}(?:[ ]*(?:av|/)[ ]*\d{1,4}|[ ]*\(\d{1,4}\))?"
    r"|\d{1,4}[ ]*\(\d{1,4}\))$",
    regex.IGNORECASE,
)
_FILE_TYPES = _alt(_LEX.cue("chrome", "file_types"))
#: A download label after a title: " (pdf, 120 kB)", " [PDF]", ".docx".
FILE_LABEL = _compile(
    rf"""
    {RUN_START}(?:[ ]*[(\[][ ]*(?i:{_FILE_TYPES})(?![\p{{L}}])[^)\]]{{0,40}}[)\]]
      |\.(?i:{_FILE_TYPES}))[ ]*$
    """
)
#: The byline of an old Riksdag motion, which carries its title:
#: "Av herrar Nilsson i Tvärålund och Johansson i Skärstad, om viss granskning …".
#: "av herr Sjöholm om statlig bordellverksamhet." (printed without the comma, or with
#: "angående"): the byline names the members, so it marks a Riksdag motion.
BYLINE_TITLE = _compile(
    r"""
    ^[Aa]v[ ]+(?:herr(?:arna|ar)?|fru(?:arna)?|fröken|ledamoten|ledamöterna)[ ][^,]{1,300}?
    ,?[ ]+(?P<title>(?:om|angående)[ ].{3,400}?)[.]?$
    """
)
#: A Riksdag motion answering the government ("följdmotion"), its byline and topic on one
#: line or the byline above it: "av Lars Werner m. fl. med anledning av propositionen
#: 1979/80:6 om …", "med anledning av prop. 1995/96:137 Stöd för nyanställningar" (the title
#: from "med anledning" on). Only the Riksdag numbers its propositions and skrivelser by
#: riksmöte.
RESPONSE_BYLINE = _compile(
    r"""
    ^(?:[Aa]v[ ]+\p{Lu}[^\n]{0,300}?[ ]+)?(?P<title>[Mm]ed[ ]+anledning[ ]+av[ ]+
    (?:propositionen|proposition|prop\.|skrivelsen|skrivelse|skr\.)[ ]*
    (?P<number>(?:19|20)\d\d/(?:\d\d|2000):\d{1,4})(?!\d).*)$
    """
)
#: A byline under a heading: "av Anna Berg", never the heading's wrapped tail.
BYLINE_START = _compile(r"^av[ ]+\p{Lu}")
#: A Riksdag byline of the 1970s, by honorific and surname only: "av fru Theorin och fröken
#: Öhrsvik", "av herr Henmark m. fl." (a line of its own: the topic, when on it, makes it the
#: heading: "av herr Sjöholm om statlig bordellverksamhet.").
HONORIFIC_BYLINE = _compile(
    rf"""^av[ ]+(?:{_alt(_LEX.cue("header", "honorifics"))})[ ]+\p{{Lu}}[\p{{L}}-]+
    (?:[ ]+i[ ]+\p{{Lu}}[\p{{L}}-]+)?
    (?:(?:[ ]*,[ ]*|[ ]+och[ ]+)(?:{_alt(_LEX.cue("header", "honorifics"))})[ ]+\p{{Lu}}[\p{{L}}-]+
       (?:[ ]+i[ ]+\p{{Lu}}[\p{{L}}-]+)?){{0,8}}
    (?:[ ]+m\.[ ]?fl\.)?[ ]*$""",
    regex.VERBOSE,
)
#: A web page title "Title | Site", "Title | Section | Site".
#: A word of at least two letters: a line without one is no title ("-", "N/A").
WORD2 = _compile(r"\p{L}{2}")
PAGE_TITLE = _compile(
    r"^(?P<title>[^|]{2,300}?)[ ]+\|[ ]+(?P<site>[^|]{2,200}(?:[ ]\|[ ][^|]{2,200}){0,3})$")

# --- Proposals -----------------------------------------------------------------------------

def _common_prefix(words: list[str]) -> str:
    """The longest string every word starts with."""
    first, last = min(words), max(words)
    k = 0
    while k < len(first) and first[k] == last[k]:
        k += 1
    return first[:k]


_VERBS = _alt(_LEX.cue("proposal", "verbs"))
PROPOSAL_VERB = _compile(rf"(?<!\w)(?P<verb>{_VERBS})(?!\w)", regex.IGNORECASE)
_FORMAL = _alt(_LEX.cue("proposal", "formal_verbs"))
_VERB_WORDS = {w.casefold() for w in (*_LEX.cue("proposal", "verbs"),
                                      *_LEX.cue("proposal", "formal_verbs"))}
#: The verbs as substrings to look for: what the forms of one verb (the words that share their
#: first four letters) have in common, "yrka" for "yrkar", "yrkas", "yrkande".
_VERB_STEMS = tuple(sorted({_common_prefix([v for v in _VERB_WORDS if v[:4] == w[:4]])
                            for w in _VERB_WORDS}))


def names_verb(text: str) -> bool:
    """Whether a proposal verb can occur in ``text``: a substring test at C speed that spares
    PROPOSAL_VERB and INLINE_ATT (each of whose matches holds a verb) most lines of argument.
    (A text up to ``_KEPT_LONGEST`` long is answered from a cache by text: every block of a
    document is asked, and boilerplate paragraphs recur from document to document.)"""
    if _KEPT_SHORTEST <= len(text) <= _KEPT_LONGEST:
        return _names_verb_kept(text)
    return _names_verb(text)


#: The texts :func:`names_verb` keeps its answer for: a paragraph, not a line of a list (its
#: test costs little, and a list of distinct items would only churn the cache), and not a
#: long text (the cache stays small).
_KEPT_SHORTEST = 80
_KEPT_LONGEST = 2000


@lru_cache(maxsize=2048)
def _names_verb_kept(text: str) -> bool:
    return _names_verb(text)


def _names_verb(text: str) -> bool:
    folded = text.casefold()
    for stem in _VERB_STEMS:  # noqa: SIM110 (any() of a generator costs 2x on every line)
        if stem in folded:
            return True
    return False


def find_verb(text: str) -> regex.Match[str] | None:
    """The first proposal verb in ``text`` (PROPOSAL_VERB), gated by :func:`names_verb`."""
    return PROPOSAL_VERB.search(text) if names_verb(text) else None


def find_inline_att(text: str) -> regex.Match[str] | None:
    """The first att-sats written inside a preamble's sentence (INLINE_ATT), gated likewise."""
    return INLINE_ATT.search(text) if names_verb(text) else None


_ADVERBS = _alt(_LEX.cue("proposal", "formal_adverbs"))
_GROUNDS = _alt(_LEX.cue("proposal", "grounds"))
_FRONTED = _alt(_LEX.cue("proposal", "fronted"))
_DECIDES = r"(?:besluta[rs]?|måtte[ ]+besluta)"
_HEADINGS = _alt(_LEX.cue("proposal", "headings"))
_BARE_ASSEMBLIES = _alt(_LEX.cue("proposal", "bare_assemblies"))
#: A list mark glued to the "att" it opens ("-att en översyn görs", "•att …").
GLUED_MARKS = "-–—•\uf0b7"
#: A proposal verb with its subject and adverb ("föreslår", "yrkar vi därför"), and the deciding
#: body after it ("kommunfullmäktige beslutar att", "fullmäktige att besluta"): INLINE_ATT
#: reads the two with and without the Riksdag.
_VERB_LEAD = rf"(?:{_VERBS})(?:[ ]+(?:vi|jag))?(?:[ ]+(?:{_ADVERBS}))?"
_ASSEMBLY = rf"(?:{_BODY_FORMS}|{_BARE_ASSEMBLIES})"
_BODY_DECIDES = rf"{_ASSEMBLY}[ ]+(?:att[ ]+)?{_DECIDES}"
#: An att-sats inside the preamble's own sentence: "… hemställs att riksdagen …",
#: "Vi yrkar därför att …", "Härmed yrkar vi på att …" — only after a formal verb or a verb
#: with "därför"/"härmed" (before or after it), or any proposal verb whose att-sats is a
#: numbered decision ("föreslås att riksdagen beslutar 1. att …"). A closing formula may stand
#: before "att" ("föreslår därför med åberopande av vad ovan anförts att …"). "att:" followed
#: by a list mark opens a list flattened into the line ("föreslår därför att: – att …").
INLINE_ATT = _compile(
    rf"""
    (?<!\w)(?:
        (?:{_FORMAL})(?:[ ]+(?:vi|jag))?(?:[ ]+(?:{_ADVERBS}))?
      | {_VERB_LEAD}(?:[ ]+på)?[ ]+(?:att[ ]+)?(?!riksdagen[ ]){_BODY_DECIDES}
        # "yrkar därför (på) att kommunfullmäktige beslutar att X": the longest reading, before
        # the adverb's (the Riksdag's answers keep "riksdagen beslutar att")
      | (?:{_VERBS})[ ]+(?:(?:vi|jag)[ ]+)?(?:{_ADVERBS})
      | (?:{_ADVERBS})[ ]+(?:{_VERBS})(?:[ ]+(?:vi|jag))?
      | (?:{_VERBS})(?=[ ]+att[ ]+{_ASSEMBLY}[ ]+{_DECIDES}[ ]+1[.)])
      | (?:{_VERBS})(?=[ ]+1[.)][ ]*att[ ])                    # "hemställs 1. att riksdagen
                                                                # …, 2. att …" (one paragraph)
      | {_VERB_LEAD}[ ]+(?:att[ ]+)?{_BODY_DECIDES}              # "föreslår att riksdagen
                                                                # beslutar att X"
      | (?:{_FRONTED})(?:[ ][^ .!?:;]{{1,30}}){{0,4}}[ ]+      # "Mot bakgrund av detta
        (?:{_VERBS})[ ]+(?:vi|jag)                              # yrkar vi att …"
        (?:[ ]+att[ ]+{_ASSEMBLY}[ ]+{_DECIDES}                 # "… föreslår jag att KF
          |[ ]+{_ASSEMBLY}[ ]+{_DECIDES})?                      #  beslutar", "… jag KF besluta"
      | ^(?:{_HEADINGS})[ ]*:                                   # "Yrkande: att …"
    )
    (?:[ ]+på)?                                   # "yrkar vi på att"
    (?:[ ]*,?[ ]+(?:{_GROUNDS}))?                 # "med åberopande av vad ovan anförts"
    [ ]*,?[ ]+(?:(?P<first>1)[.)][ ]*)?(?P<att>att)  # a flattened numbered list's first
    (?:[ ]*:(?=[ ]*[{GLUED_MARKS}]|[ ]+\p{{Lu}}))?   # "att: – att …", "att: Kommunen ska …"
    [ ]+(?=\S)
    """,
    regex.IGNORECASE,
)
#: A form's signer label with its value on the same line: "Motionär: Anna Berg (S)",
#: "Författare: Anna Berg", "Motionären är Irene Sandqvist", a label naming the proposal also
#: without its colon ("Förslaget insänt av Eva-Lotta Andersson"; "Inlämnad av X den …"
#: without one may be a later post's).
SIGNER_INLINE = _compile(
    rf"""
    ^(?:(?i:{_alt(_LEX.cue("signatures", "signer_labels"))})[ ]*:
       |(?i:{_alt(_LEX.cue("signatures", "signer_labels_bare"))})[ ]+
       |(?i:motionären|motionärerna|motionärer)(?:[ ]*:|[ ]+är))
    [ ]*(?=\p{{Lu}})
    """
)
#: A form's name field written surname first: "Svensson, Anna" (as printed: CONVENTIONS).
REVERSED_NAME = _compile(rf"(?P<name>{_NAME_WORD},[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD})?)"
                         rf"(?:[ ]*\((?P<tag>\p{{L}}{{1,5}})\))?[ ]*$")
#: A form's party field: "Partinamn: Kalixpartiet", "Parti: V".
PARTY_FIELD = _compile(rf"^(?i:{_alt(_LEX.cue('signatures', 'party_labels'))})[ ]*:[ ]*(?=\S)")
#: A closing sentence that is the motion's one proposal: "Jag föreslår att X.", "Vi yrkar på
#: att X.", "Sverigedemokraterna i Lund yrkar att X.", "Vi föreslår att: X.", "Styrelsen yrkar
#: Att X." (read only where no att-list exists).
CLOSING_PROPOSAL = _compile(
    rf"""
    ^(?:(?i:{_alt(_LEX.cue("proposal", "closing_subjects"))})
       |(?i:{_PARTY_NAMES})(?:[ ]+(?:i[ ]+)?\p{{Lu}}[\p{{L}}-]+)?)
    [ ]+(?i:{_VERBS})(?:[ ]+(?i:{_ADVERBS}))?(?:[ ]+på)?[ ]+(?P<att>(?i:att))(?:[ ]*:[ ]*|[ ]+)
    (?=\S)
    """
)
#: The same proposal inside a closing paragraph's sentence, subject after the verb: "För att
#: göra … tillgängliga föreslår jag att fullmäktige uppdrar …" (read only where no att-list
#: exists, from the argument's last paragraph).
CLOSING_INVERTED = _compile(
    rf"""
    (?<!\w)(?i:{_VERBS})[ ]+(?i:{_alt(_LEX.cue("proposal", "closing_subjects"))})
    (?:[ ]+(?i:{_ADVERBS}))?(?:[ ]+på)?[ ]+(?P<att>att)(?:[ ]*:[ ]*|[ ]+)(?=\S)
    """
)
#: Where a sentence of running text ends and the next begins: an end mark, space, a capital.
SENTENCE_BREAK = _compile(r"[.!?][ ]+(?=\p{Lu})")
#: A list mark or number that opens an att-sats inside a line: a list flattened into one line
#: ("… att: – att X – att Y", "… beslutar 1. att X samt 2. att Y").
FLAT_MARK = _compile(
    rf"(?:^|{RUN_START}[ ]+)(?:[{GLUED_MARKS}]|(?P<num>\d{{1,2}})[.)])[ ]*(?=(?:att|Att|ATT)[ ])"
)
#: What follows "yrkar/hemställer att" when it introduces items rather than being one:
#: "… hemställer härmed att kommunfullmäktige beslutar".
DECISION_TAIL = _compile(
    rf"""{_ASSEMBLY}[ ]+(?:föreslås[ ]+(?:att[ ]+)?)?            # "Kommunfullmäktige föreslås
    (?:besluta[rs]?|måtte[ ]+besluta|fattar[ ]+följande[ ]+beslut)[ ]*[:.]?$""",  # besluta"
    regex.IGNORECASE,
)
#: A proposal verb's object that is a decision formula, read after the verb: "styrelsen att
#: årsmötet måtte besluta", "att kommunfullmäktige beslutar:" (not "en utredning innan
#: kommunfullmäktige beslutar.", a sentence of argument).
VERB_DECISION = _compile(
    rf"[ ]*(?:\p{{L}}+[ ]+){{0,2}}?(?:att[ ]+)?(?:{DECISION_TAIL.pattern})", regex.IGNORECASE)
#: DECISION_TAIL ending a whole text, matched from the end: searched forward it would be tried
#: at every position of a long line.
DECISION_END = _compile(DECISION_TAIL.pattern, regex.IGNORECASE | regex.REVERSE)
#: "Förslag till riksdagsbeslut", "Yrkande:"; a footnote's number may be glued in front, as
#: riksdagen.se's pages print it ("1Förslag till riksdagsbeslut"), or the section's number
#: stand before it, as the Riksdag's text files of the 2000s print it ("3 Förslag till
#: riksdagsbeslut" under "1 Innehållsförteckning").
PROPOSAL_HEADING = _compile(rf"^(?:\d(?=\p{{Lu}})|\d{{1,2}}[ ])?(?:{_HEADINGS})[ ]*:?$",
                            regex.IGNORECASE)
_HEADING_MAX = _fold_bound(_LEX.cue("proposal", "headings")) + 3


def proposal_heading(text: str) -> regex.Match[str] | None:
    """PROPOSAL_HEADING, not run on a line too long to be a heading, spaces and a colon."""
    if len(text) > _HEADING_MAX and len(text.rstrip(" :\n")) > _HEADING_MAX:
        return None
    return PROPOSAL_HEADING.match(text)


def heading_colon(text: str) -> bool:
    """Whether the line opens with a proposal heading and its colon ("Förslag till beslut:
    Att …"): the heading stands where a proposal verb would."""
    colon = text.find(":", 0, _HEADING_MAX + 1)
    return colon > 0 and PROPOSAL_HEADING.match(text, 0, colon + 1) is not None


#: The last word of a preamble that announces a list: "Vi föreslår följande;", "Vi föreslår
#: därför följande." (a full stop after the announcing word), "… yrkar vi att:" (not "…
#: föreslår för att", where "att" opens a subordinate clause).
LIST_WORD = _compile(
    rf"""(?<!\w)(?:(?:{_alt(_LEX.cue('proposal', 'list_words'))})[ ]*[:;.]?
    |(?<!(?<!\w)(?:{_alt(_LEX.cue('proposal', 'conjunction_att'))})[ ]+)att[ ]*[:;]?)$""",
    regex.IGNORECASE)
#: "att", "Att", "ATT", "Att:" opening an item, also behind a glued list mark ("-att …").
#: (With ``re``: literals and spaces only, which both engines read alike, and a line's tests
#: ask it several times, at a third of ``regex``'s cost a call.)
ATT_START = re.compile(
    rf"^(?:[{GLUED_MARKS}](?=att|Att|ATT))?(?P<att>att|Att|ATT)(?:[ ]*:[ ]*|[ ]+|$)"
)
#: A conjunction opening the next att-sats: "och att …", "samt att …" (``att`` starts there).
CONJ_ATT = _compile(
    rf"^(?i:{_alt(_LEX.cue('proposal', 'item_conjunctions'))})[ ]+(?P<att>att|Att|ATT)(?!\w)")


def conj_att(text: str) -> regex.Match[str] | None:
    """CONJ_ATT, run only on a line that may open with a conjunction (see ``_initials``)."""
    return CONJ_ATT.match(text) if _may_open(text, _CONJ_INITIALS) else None
#: The first words of an item, to see that unnumbered items restate one decision formula
#: ("Riksdagen ställer …", paragraph after paragraph after "Förslag till riksdagsbeslut").
OPENING_WORDS = _compile(r"^\p{L}+[ ]+\p{L}+(?=[ ])")
#: A footnote number glued after an item's closing punctuation ("… organisationer.1"): a
#: sentence does not otherwise end in digits right after its full stop.
FOOTNOTE_MARK = _compile(r"(?<=[\p{L})”\"’][.!?;])(?P<note>\d{1,2})$")
#: The marks a footnote number follows: one stands in a text's last four characters (one
#: or two digits, and a newline that may end it) where FOOTNOTE_MARK finds a number.
_NOTE_AFTER = frozenset(".!?;")


def footnote_mark(text: str, pos: int = 0) -> regex.Match[str] | None:
    """FOOTNOTE_MARK.search from ``pos``, run only where a mark stands near the text's end."""
    return None if _NOTE_AFTER.isdisjoint(text[-4:]) else FOOTNOTE_MARK.search(text, pos)
#: Separators and ends to trim from a proposal's text.
#: Matched from the end (``REVERSE``): a forward scan would restart at every comma of a long run.
PROPOSAL_TAIL = _compile(r"(?:[ ]*(?:,[ ]*samt|,[ ]*och|;[ ]*samt|samt|[ ]och|[;,.:]))++[ ]*$",
                         regex.REVERSE)

# --- Dates ---------------------------------------------------------------------------------

#: "Gävle 2023-04-04", "Lund den 27 januari 2022", "Karlskoga 181211", "Örebro fredag 2 februari
#: 2024": place, then a date.
#: A place as a place-and-date line writes it: one or two capitalised words.
PLACE_WORDS = _compile(r"\p{Lu}[\p{L}-]+(?:[ ]\p{Lu}[\p{L}-]+)?")
_PLACE_THEN_DATE = (rf"(?P<place>{PLACE_WORDS.pattern})[ ]*,?[ ]+"
                    rf"(?P<date>(?:{WEEKDAY}[ ]*,?[ ]+)?(?:den[ ]+)?\d.{{3,40}})$")
PLACE_DATE = _compile(rf"^{_PLACE_THEN_DATE}")
#: A place-and-date line that runs on into the signers' tagged names, as the date paragraph
#: of a Riksdag motion's TEI text may: "Stockholm den 10 november 1977 INGER LINDQUIST (m)
#: HÅKAN WINBERG (m)", "Stockholm den 2 oktober 1996 Mot. 1996/97:So220 Tone Tingsgård (s)".
#: ``date`` ends at the year; ``names`` opens with the first name that carries a party tag.
DATED_SIGNERS = _compile(
    rf"""
    ^(?P<date>{PLACE_WORDS.pattern}[ ]*,?[ ]+(?:den[ ]+)?
      (?:\d[^()\n]{{2,30}}?(?<!\d)(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d))
    [ ]+(?:[^()\n]{{0,40}}?[ ])?     # a running head the text put between: "Mot. 1996/97:So220"
    (?P<names>(?:{NAME}|{CAPS_NAME})[ ]*\([ ]*(?i:{_TAGS})[ ]*\).*)$
    """
)


#: A space, then a digit or any character that is no word character to ``re`` (a digit
#: newer than ``re``'s Unicode tables is none): what stands before a date's first digit.
_SPACE_THEN_DIGIT = re.compile(r"[ ](?:\d|\W)")
#: The date of ``_PLACE_THEN_DATE`` opens with a digit after a space, 4 to 41 characters before
#: the line's end (or before a newline that ends it): its space lies in this many last ones.
_DATE_WINDOW = 45


def _dated_tail(text: str) -> bool:
    """``text`` may end in ``_PLACE_THEN_DATE``'s date: a space and a digit near its end."""
    n = len(text)
    return _SPACE_THEN_DIGIT.search(text, max(n - _DATE_WINDOW, 0), n - 3) is not None


#: The shape ``_PLACE_THEN_DATE`` opens with, read with ASCII classes only: the place's one
#: or two words (no space or comma in a word; the second opens with a capital: A-Z or a
#: character beyond ASCII), the separator, then what a date may open with — a digit, "den",
#: a weekday (two characters that, case folded, open one) or any character beyond ASCII in
#: its first two (which the pattern's tables and case folding decide, not this). "Kommunen
#: bygger cykelvägar 4995" fails here at "by", in a fraction of the pattern's cost.
_PLACE_SHAPE = re.compile(
    rf"""
    [^ ,]+(?:[ ](?:[A-Z]|[^\x00-\x7f])[^ ,]*)?     # one or two place words
    [ ]*,?[ ]+
    (?:[0-9d]|[^\x00-\x7f]|[A-Za-z][^\x00-\x7f]
      |(?i:{"|".join(sorted(p for p in WEEKDAY_PAIRS if p.isascii()))}))
    """,
    re.VERBOSE | re.ASCII,
)


def place_date(text: str) -> regex.Match[str] | None:
    """PLACE_DATE, run only on a line whose first character may be a capital (not on one in
    lower case: none is a capital to the pattern either; nor on ASCII other than A-Z: the
    pattern's Unicode tables may be newer than ``str.isupper``'s, never for ASCII), that
    may end in its date and opens with its shape (segmentation, the roles and the date stage
    ask it of most lines)."""
    first = text[:1]
    if (first.isupper() or not (first.isascii() or first.islower())) and _dated_tail(text) \
            and _PLACE_SHAPE.match(text):
        return PLACE_DATE.match(text)
    return None


#: The same after the party branch that signs: "Vänsterpartiet i Vetlanda den 15/11 2010",
#: "Vänsterpartiet Vetlanda 2010-11-15" (read for the date and place only: to the roles it
#: stays what it was, which may give its party to the names above it).
BRANCH_PLACE_DATE = _compile(
    rf"^(?:För[ ]+)?(?i:{_PARTY_NAMES})(?:[ ]+i)?[ ]*,?[ ]+{_PLACE_THEN_DATE}")


def branch_place_date(text: str) -> regex.Match[str] | None:
    """BRANCH_PLACE_DATE, run only on a line that may open with its party (two ASCII
    characters open a party name only where :func:`party_name_at` would ask; "För" holds a
    non-ASCII one) and may end in its date (see :func:`place_date`); the date stage asks it
    of every line with a digit."""
    pair = text[:2]
    if pair.isascii() and pair.lower() not in _PARTY_PAIRS:
        return None
    return BRANCH_PLACE_DATE.match(text) if _dated_tail(text) else None
#: A place-and-date line whose date is "as above": "Tranemo som ovan", "Lund den som ovan".
PLACE_AS_ABOVE = _compile(
    rf"^(?P<place>{PLACE_WORDS.pattern})[ ]*,?[ ]+(?:den[ ]+)?"
    rf"(?i:{_alt(_LEX.cue('dates', 'as_above'))})[ ]*\.?$"
)
#: The last two characters of an "as above" cue ("an", ":o"), each in either case.
_AS_ABOVE_ENDS = frozenset(a + b for w in _LEX.cue("dates", "as_above")
                           for a in {w.rstrip(" .")[-2].lower(), w.rstrip(" .")[-2].upper()}
                           for b in {w.rstrip(" .")[-1].lower(), w.rstrip(" .")[-1].upper()})


def as_above_may_end(text: str) -> bool:
    """Whether the line's last two characters before spaces, full stops and a line end can end
    an "as above" cue: PLACE_AS_ABOVE matches no other line (a line of Swedish often ends in
    "n", seldom in "an")."""
    return text.rstrip(" .\n")[-2:] in _AS_ABOVE_ENDS


def place_as_above(text: str) -> regex.Match[str] | None:
    """PLACE_AS_ABOVE, run only on a line whose last two characters before spaces, full stops
    and a line end can end a cue (dateplace asks this of every line without a digit)."""
    if text.rstrip(" .\n")[-2:] not in _AS_ABOVE_ENDS:
        return None
    return PLACE_AS_ABOVE.match(text)
_FILED = _alt(_LEX.cue("dates", "filed_labels"))
FILED_LABEL = _compile(rf"^(?:{_FILED})$", regex.IGNORECASE)
#: A line led by a status label ("Slutdatum: 2022-02-14", "Besvarad") whose date is not
#: the document's.
STATUS_LABEL = _compile(
    rf"^(?:{_alt(_LEX.cue('dates', 'status_labels'))})(?:[ ]*:|[ ]*$|[ ]+(?=\d))",
    regex.IGNORECASE,
)
#: A web page's publication line: "Publicerad 3 mars 2022", "Postat den 4 maj 2021".
PUBLISHED_LABEL = _compile(
    rf"^(?:{_alt(_LEX.cue('dates', 'published_labels'))})(?!\w)", regex.IGNORECASE
)
#: A noun naming a document's kind that an intro may announce the document by ("Här min
#: andra interpellation:"); the announced cues map each to the kind.
ANNOUNCED_NOUN = _compile(
    rf"(?<!\w)(?P<noun>{_alt(_LEX.cue_map('announced'))})(?!\w)", regex.IGNORECASE)
#: A filing label and its colon inside a line ("Inlämnad: 2015-10-06", "… Inlämnad: 6 oktober
#: 2015 Granskad: …"); the date after it is read by the date finder.
FILED_AT = _compile(rf"(?<!\w)(?P<label>{_FILED})[ ]*:[ ]*", regex.IGNORECASE)
#: A line that is a filing label and a date in any form, perhaps with who filed it: "Datum: 3
#: mars 2022", "Inlämnad 2022-03-03 av Anna Berg".
FILED_LINE = _compile(
    rf"^(?:{_FILED})[ ]*:?[ ]+(?P<date>\d.{{3,40}}?)(?:[ ]+av[ ]+\p{{Lu}}[^\d]{{1,60}})?$",
    regex.IGNORECASE,
)


def _initials(words: Iterable[str]) -> frozenset[str]:
    """The first two letters of ``words`` (and of their case folding), in lower case, where
    they are ASCII: a line opening with two other ASCII characters opens with none of the
    words in any case (a pattern that ignores case relates non-ASCII letters to ASCII ones,
    "ı" to "I", but no two ASCII characters other than a letter's two cases), so an anchored
    pattern need not run."""
    return frozenset(p.lower() for w in words for p in (w.strip()[:2], w.strip().casefold()[:2])
                     if p.isascii())


_STATUS_INITIALS = _initials(_LEX.cue("dates", "status_labels"))
_CONJ_INITIALS = _initials(_LEX.cue("proposal", "item_conjunctions"))
_PUBLISHED_INITIALS = _initials(_LEX.cue("dates", "published_labels"))
_FILED_INITIALS = _initials(_LEX.cue("dates", "filed_labels"))


def _may_open(text: str, initials: frozenset[str]) -> bool:
    """``text`` may open with a word whose first letters are ``initials`` (:func:`_initials`)."""
    first = text[:2]
    return not first.isascii() or first.lower() in initials


def status_label(text: str) -> regex.Match[str] | None:
    """STATUS_LABEL, run only on a line that may open with a label (dateplace asks it of
    every line with a digit, and of the line before)."""
    return STATUS_LABEL.match(text) if _may_open(text, _STATUS_INITIALS) else None


def published_label(text: str) -> regex.Match[str] | None:
    """PUBLISHED_LABEL, run only on a line that may open with a label."""
    return PUBLISHED_LABEL.match(text) if _may_open(text, _PUBLISHED_INITIALS) else None


def filed_label(text: str) -> regex.Match[str] | None:
    """FILED_LABEL, run only on a line that may open with a label."""
    return FILED_LABEL.match(text) if _may_open(text, _FILED_INITIALS) else None


def filed_line(text: str) -> regex.Match[str] | None:
    """FILED_LINE, run only on a line that may open with a label."""
    return FILED_LINE.match(text) if _may_open(text, _FILED_INITIALS) else None


def filed_at(text: str) -> Iterable[regex.Match[str]]:
    """FILED_AT's matches; none in a line without a colon (every match ends in one)."""
    return FILED_AT.finditer(text) if ":" in text else ()

# --- Press releases ------------------------------------------------------------------------

_PRONOUNS = _alt(_LEX.cue("press", "pronouns"))
#: A quote's attribution with what follows it: "…, säger Sara Svensson, regionråd för V.",
#: "…, säger Anna Berg (V), gruppledare.", "…, säger Vänsterpartiets gruppledare Anna Berg."
#: or "…, avslutar hon." The role runs to the sentence's end.
ATTRIBUTION = _compile(
    rf"""
    ,[ ]+(?P<verb>{_QUOTE_VERBS})[ ]+
    (?:(?P<office>(?:\p{{Lu}}[\p{{L}}-]*s[ ]+)?\p{{Ll}}[\p{{L}}-]+)[ ]+(?=\p{{Lu}}))?
    (?:(?P<name>{NAME})(?:[ ]*\([ ]*(?P<tag>(?i:{_TAGS}))[ ]*\))?|(?P<pron>{_PRONOUNS})(?!\w))
    (?:[ ]*,[ ]*(?P<role>[^.!?]{{1,200}}?))?
    [ ]*(?:[.!?](?=\s|$)|$)
    """
)
EMAIL = _compile(r"(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})")
URL = _compile(r"(?P<url>(?:https?://|www\.)[^\s<>\"']{2,2000})")


def find_url(text: str) -> regex.Match[str] | None:
    """URL.search, run only where its literal "http" or "www." is."""
    return URL.search(text) if "http" in text or "www." in text else None
#: A postal line: "214 33 Malmö".
POSTAL = _compile(r"(?P<zip>\d{3}[ ]?\d{2})[ ]+(?P<city>\p{Lu}[\p{L}-]+(?:[ ]\p{Lu}[\p{L}-]+)?)")
#: A street line: "Nobelvägen 51a", "Box 1234".
STREET = _compile(r"^\p{Lu}[\p{L}.-]+(?:[ ]\p{L}[\p{L}.-]*){0,3}[ ]\d{1,5}[ ]?[A-Za-z]?$")
#: A word glued to the next by a scraper: "SvenssonLedamot".
GLUE = _compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
#: A letter glued to a digit ("040-19 27 87http://…"): it hides a phone number from
#: libphonenumber's matcher, so the phone reader blanks it (same length, offsets kept).
GLUED_TO_DIGIT = _compile(r"(?<=\d)\p{L}|\p{L}(?=\d)")
_REF_VERBS = _alt(_LEX.cue("press", "reference_verbs"))
_REF_NOUNS = _alt(_LEX.cue_map("reference_nouns"))
#: "Läs hela motionen här."
REFERENCE = _compile(rf"^(?:{_REF_VERBS})[ ]+(?P<noun>{_REF_NOUNS})(?!\w)", regex.IGNORECASE)
_PHONE_LABELS = _alt(_LEX.cue("press", "phone_labels"))
_EMAIL_LABELS = _alt(_LEX.cue("press", "email_labels"))
LABEL = _compile(rf"^(?:(?P<phone>{_PHONE_LABELS})|(?P<email>{_EMAIL_LABELS}))[ ]*:?[ ]*",
                 regex.IGNORECASE)
#: A contact section's label run on into its first entry: "Kontakt: Anna Berg (V), 070-…",
#: "För mer information och kommentarer, kontakta: Anna Berg", and without a colon where a
#: request or "av" leads to the name: "För mer information kontakta Anna Berg (V), 070-…",
#: "Frågor besvaras av Anna Berg, 070-…".
CONTACT_LABEL = _compile(
    rf"""
    ^(?i:{_alt(_LEX.cue('press', 'contacts'))})
    (?:[ ]+(?i:{_alt(_LEX.cue('press', 'contact_joins'))})(?:[ ]+\p{{L}}++){{1,3}}?)?
    (?:[ ]*+,?[ ]*+(?P<request>(?i:{_alt(_LEX.cue('press', 'contact_requests'))})))?
    (?:[ ]*:[ ]*(?=\S)|(?:(?<=[ ](?i:av))|(?(request)|(?!)))[ ]+(?=\p{{Lu}}))
    """)
#: Where a contact's details start after the name and office on one line: a label, a number
#: or an address ("Anna Berg, gruppledare, tel. 070-…", "Anna Berg, 070-…", "… anna@…").
#: Only the labels ignore case: a case-insensitive class run ("[\w.+-]+@") costs the engine
#: some sixty times more on every word of a line without an address. Linear: a match opens
#: only where a run of separators (or an address's characters) opens, the runs are
#: possessive, and an address's local part is at most 64 characters (RFC 5321), so a line of
#: ", , , …", one long word or "-a-a-a…" costs a bounded scan a position.
CONTACT_DETAILS = _compile(
    rf"""
    (?<![ ,;:–—-])
    (?:[ ,;:–—-]*+(?<![\p{{L}}])(?i:{_PHONE_LABELS}|{_EMAIL_LABELS})[ ]*+:?)?
    (?:[ ,;:–—-]*+[+(]?\d                          # "…, 070-…", "Tel: 070-…"
      |[ ,;:–—-]++(?:(?<=-)[\w.+-]{{0,64}}+|[\w.+-]{{1,64}}+)@   # "… anna.berg@…" (a "-"
      |(?<![\w.+-])[\w.+-]{{1,64}}+@)                          #  the run took may open it)
    """,
    regex.VERBOSE,
)

# --- Interpellations and questions ---------------------------------------------------------

#: A line that opens with "Till" addresses someone ("Till Kommunstyrelsens"): no heading.
TO_WORD = _compile(r"^till(?!\w)", regex.IGNORECASE)

_OPENERS = _alt(_LEX.cue("questions", "openers"))
#: "Interpellation till kommunstyrelsens ordförande Anna Andersson (M)".
#: The Riksdag's open-data text of a question or interpellation, under its byline "av X (S)":
#: "till Landsbygdsminister Peter Kullgren (KD)", "till statsrådet Anna Ek (M)".
BARE_ADDRESSEE = _compile(
    rf"""
    ^till[ ]+(?P<role>(?:\p{{L}}[\p{{L}}-]*[ ]+){{0,4}}?
      (?:(?i:{_OFFICES})|\p{{L}}{{3,}}minister(?:n)?))[ ]+
    (?P<name>{NAME})
    (?:[ ]*\([ ]*(?P<tag>(?i:{_TAGS})|\p{{Lu}}{{1,6}})[ ]*\))?
    """
)
QUESTION_ADDRESSEE = _compile(
    rf"""
    ^(?:{_OPENERS})(?:[ ]+(?:om|angående)[ ][^,]{{1,200}}?)?[ ]+till[ ]+
    (?P<role>(?:\p{{Ll}}[\p{{L}}-]*[ ]+){{0,5}}?)
    (?P<name>{NAME})
    (?:[ ]*\([ ]*(?P<tag>(?i:{_TAGS})|\p{{Lu}}{{1,6}})[ ]*\))?
    """
)

#: The same addressed by office alone, no name after it: "Interpellation till tekniska
#: nämndens ordförande", "Enkel fråga till kommunstyrelsens ordförande:".
OFFICE_ONLY_ADDRESSEE = _compile(
    rf"""
    ^(?:{_OPENERS})(?:[ ]+(?:om|angående)[ ][^,]{{1,200}}?)?[ ]+till[ ]+
    (?P<role>(?:[\p{{L}}-]+[ ]+){{0,5}}?(?:{_OFFICES}|\p{{Ll}}{{3,}}minister(?:n)?))
    [ ]*[.:]?$
    """,
    regex.IGNORECASE,
)


#: First words of an office addressee line: capitalised "Till", with or without a colon (a
#: lower-case "till" under a byline is :func:`bare_addressee`'s).
_OFFICE_STARTS = ("Till ", "TILL ", "Till:", "TILL:")


def office_addressee(text: str) -> regex.Match[str] | None:
    """OFFICE_ADDRESSEE, read on a line that opens with a capitalised "Till" ("Till
    kommunstyrelsens ordförande …", "Till: Tekniska nämndens ordförande")."""
    return OFFICE_ADDRESSEE.match(text) if text.startswith(_OFFICE_STARTS) else None


def bare_addressee(text: str) -> regex.Match[str] | None:
    """BARE_ADDRESSEE, run only on a line that opens with its literal "till "."""
    return BARE_ADDRESSEE.match(text) if text.startswith("till ") else None


#: A kind word and its addressee opening a line: "Interpellation till regionstyrelsens
#: ordförande.", "MOTION TILL FULLMÄKTIGE I BÅSTAD KOMMUN" — whoever it goes to.
KIND_TO = _compile(rf"^(?:{_KIND_WORDS})[ ]+till[ ]", regex.IGNORECASE)


def question_addressee(text: str) -> regex.Match[str] | None:
    """QUESTION_ADDRESSEE, run only on a line holding its literal " till "."""
    return QUESTION_ADDRESSEE.match(text) if " till " in text else None


def office_only_addressee(text: str) -> regex.Match[str] | None:
    """OFFICE_ONLY_ADDRESSEE, run only on a line holding its literal " till "."""
    return OFFICE_ONLY_ADDRESSEE.match(text) if " till " in text else None

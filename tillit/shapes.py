"""Line shapes: what one line's text says on its own, read by pure functions of the line.

The line-role stage (:mod:`tillit.roles`) computes these once per line; extractors read the
roles and call the same functions to take a line apart. Nothing here looks at other lines.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

import regex

from tillit import patterns as P
from tillit.dates import parse_date
from tillit.lexicon import fold, lexicon, names
from tillit.models import Party, Signatory, signatory
from tillit.orgnames import region
from tillit.text import Mapped, identity, squeezed

#: First words of a group heading ("För Vänsterpartiet …"), to skip the pattern on other lines.
GROUP_STARTS = tuple(w + " " for w in lexicon().cue("signatures", "group_prefixes"))
#: A remainder after the names that only says where the signers come from ("i Tvärålund").
#: The printed "(… i Falköping)" of OCR-era motions may wrap onto its own line: "i Falköping)".
_PLACES = regex.compile(r"^\(?i[ ]+\p{Lu}[\p{L}-]+(?:[ ]+i[ ]+\p{Lu}[\p{L}-]+)*+[ ]*\)?$",
                         regex.VERSION1)
#: Patterns compiled once: ``regex.search(pattern, …)`` looks its cache up on every call,
#: which costs more than the match on a short line.
_LETTER_RUN = regex.compile(r"[\p{L}!]+")
_NON_SPACE = regex.compile(r"\S+")
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+\p{Lu}")
#: Words that open a capitalised phrase that is not a person's name.
_NOT_NAME_START = frozenset({"region", "landstinget", "motion", "för", "med", "please", "till",
                             "om", "av", "i", "vi", "jag", "det", "den", "nya", "på", "vid",
                             "under", "efter", "inför", "enligt"})

@dataclass(slots=True)
class Sig:
    """One signature before it becomes a :class:`Signatory`."""

    name: str
    span_start: int
    span_end: int
    party: Party | None = None
    role: str | None = None

    def signatory(self) -> Signatory:
        """The model of this signature (its span is already in original offsets)."""
        return signatory(self.name, self.party, self.role, self.span_start, self.span_end)


def party_in(rest: str) -> Party | None:
    lex = lexicon()
    m = P.PARTY_NAME.search(rest)
    if m:
        return lex.party_from_name(m.group("party"))
    for word in _LETTER_RUN.findall(rest):
        if word.isupper() and (party := lex.party_from_tag(word)):
            return party
    return None


def _valid_name(name: str) -> bool:
    lex = lexicon()
    first = name.split(" ", 1)[0]
    if fold(first) in _NOT_NAME_START:
        return False
    # (no surname ends like a party: "Anna Berg Strängnäspartiet" is a name and its party)
    return lex.party_from_name(name) is None and not P.PARTY_NAME.search(name) \
        and not party_word(name.rsplit(" ", 1)[-1])


def _unproven_caps(name: str, tag: str | None) -> bool:
    """An upper-case name without a tag that no first name opens ("MOTION OM BÄNKAR"): a
    heading, not a signer. With a tag ("PAUL BRUNDIN (m)") or a listed first name ("ANNA
    BERG") it is a name."""
    return tag is None and name.isupper() and not names().is_first_name(name.split(" ", 1)[0])


#: What may follow the first word of a name and its space: a particle and a space.
_PARTICLES_SPACED = tuple(p + " " for p in P.NAME_PARTICLES)


def _opens_name(text: str, pos: int) -> bool:
    """Whether a name (P.NAME, or P.CAPS_NAME) can start at ``pos``: a capital, one word, one
    space, then a capital, an initial's "-" ("K. -A. LEVIN") or a particle ("af", "von").
    Every signature line opens with one; the test turns most other lines away."""
    if not text[pos:pos + 1].isupper():  # every \p{Lu} is upper
        return False
    space = text.find(" ", pos)
    if space < 0:
        return False
    after = text[space + 1:space + 2]
    return after.isupper() or after == "-" or text.startswith(_PARTICLES_SPACED, space + 1)


def parse_line(line: Mapped, opened: int | None = None) -> list[Sig]:
    """The signatures on one line, or [] when the line is not a signature line; ``opened`` is
    where SIGNER_LEAD's match ends, where the caller has it and has seen a name may open there
    (the line's reading asks both first: they turn most lines away)."""
    text = line.text
    if opened is not None:
        pos = opened
    else:
        lead = P.SIGNER_LEAD.match(text)
        pos = lead.end() if lead else 0
        if not _opens_name(text, pos):
            return []
    lex = lexicon()
    shared = P.SHARED_TAG.match(text, pos) if any(w in text for w in P.SHARED_WORDS) else None
    if shared:
        party = lex.party_from_tag(shared.group("tag"))
        sigs = []
        for m in P.NAME_ONLY.finditer(text, shared.start("names"), shared.end("names")):
            if _valid_name(m.group("name")):
                sigs.append(Sig(m.group("name"), m.start(), m.end(), party))
        return [_mapped(s, line) for s in sigs]
    sigs = []
    # Every SIGNATURE match holds a space (a name has two words at least): a line without
    # one after ``pos`` is no signature, and the pattern takes microseconds to say so.
    m = P.SIGNATURE.match(text, pos) if text.find(" ", pos) >= 0 else None
    name, tag = m.group("name", "tag") if m is not None else ("", None)
    if m is not None and (not _valid_name(name) or _unproven_caps(name, tag)):
        m = None
    while m is not None:
        party = tag_party(tag) if tag else None
        if name.count(" ") >= 3 and len(parts := _split_on_first_names(name, m.start("name"))) > 1:
            # "Anna Berg Per Holm (S)": two names, cut before the second's first name
            sigs += [Sig(text[a:b], a, b, party) for a, b in parts[:-1]]
            sigs.append(Sig(text[parts[-1][0]:m.end("name")], parts[-1][0], m.end(), party))
        else:
            sigs.append(Sig(name, m.start(), m.end(), party))
        pos = m.end()
        sep = P.NAME_SEP.match(text, pos)
        nxt = sep.end() if sep else pos
        if sep is None and tag and (home := _home_then_signer(text, pos)) is not None:
            # "Gunilla Carlsson (s) i Hisings Backa Rolf Lindén (s)": the Riksdag's namesakes
            # told apart by their home, two signers to a line
            sigs[-1] = replace(sigs[-1], role=text[pos:home].strip())
            nxt = home
        nm = P.SIGNATURE.match(text, nxt) if text.find(" ", nxt) >= 0 else None
        if nm is None:
            break
        next_name, next_tag = nm.group("name", "tag")
        if not _valid_name(next_name) or _unproven_caps(next_name, next_tag) or (
                not tag and (sep is None or not sep.group().strip())):
            break
        pos, m, name, tag = nxt, nm, next_name, next_tag
    if not sigs:
        return _name_then_party(line, pos)
    rest = text[pos:].strip()
    if len(sigs) > 1 and (shared := _shared_party(rest, sigs)):
        return [_mapped(s, line) for s in shared]
    if len(sigs) > 1 and not rest and sigs[-1].party is not None \
            and all(s.party is None for s in sigs[:-1]):
        # "Anna Berg, Per Holm och Eva Ek (S)": one tag after a list of names is theirs all,
        # as in a byline "av A och B (S)".
        sigs = _with_party(sigs, sigs[-1].party)
    if rest:
        if len(sigs) > 1 and not _PLACES.match(rest):
            return []
        if not _rest(rest, sigs[-1]):
            return []
    if len(sigs) > 1 and any(s.party is None for s in sigs):
        return []
    return [_mapped(_office_first(s), line) for s in sigs]


#: A capitalised word of a place after "i" ("Hisings", "Backa").
_PLACE_WORD = regex.compile(r"[ ]+\p{Lu}[\p{L}-]*", regex.VERSION1)


def _home_then_signer(text: str, pos: int) -> int | None:
    """Where the next signer starts after a tagged name's home ("… (s) i Hisings Backa Rolf
    Lindén (s)"): one to three capitalised words after " i ", then a tagged name opening with a
    listed first name (which tells "Backa Rolf Lindén" from "Rolf Lindén"); None otherwise."""
    if not text.startswith(" i ", pos):
        return None
    at = pos + 2
    for _ in range(3):
        word = _PLACE_WORD.match(text, at)
        if word is None:
            return None
        at = word.end()
        start: int = at + 1
        nm = P.SIGNATURE.match(text, start) if text.startswith(" ", at) else None
        if nm is not None and nm.group("tag") and nm.start("name") == start \
                and names().is_first_name(nm.group("name").split(" ", 1)[0]):
            return start
    return None


def _office_first(sig: Sig) -> Sig:
    """An office written before the name is its role, not part of it: "Kommunalråd Anna Berg
    (S)", "Ordförande Henrik Thunes" (a first and a last name stay)."""
    first, _, rest = sig.name.partition(" ")
    if " " not in rest or not is_role(first):
        return sig
    cut = len(first) + 1
    return replace(sig, name=rest, span_start=sig.span_start + cut, role=sig.role or first)


def _shared_party(rest: str, sigs: list[Sig]) -> list[Sig]:
    """Untagged names followed by one party name ("Anna Berg, Per Holm, Vänsterpartiet", "…,
    båda Vänsterpartiet"): each untagged name gets that party; [] when the remainder is not a
    party."""
    if not rest.startswith((",", "–", "—", "-")) or sigs[-1].party is not None:
        return []
    rest = rest.lstrip(",–—- ")
    word, _, after = rest.partition(" ")
    party = party_line(after if word.casefold() in P.SHARED_WORDS and after else rest)
    if party is None:
        return []
    return _with_party(sigs, party)


def _with_party(sigs: list[Sig], party: Party) -> list[Sig]:
    """The signatures with ``party`` given to those that have none."""
    return [replace(s, party=s.party or party) for s in sigs]


#: Columns set side by side on one line (names, their parties): a tab or two spaces or more.
COLUMN_GAP = regex.compile(r"\t[ \t]*|[ ]{2,}")
_LIST_SEP = regex.compile(rf"{P.RUN_START}[ ]*(?:,|&|[ ]och[ ])[ ]*", regex.VERSION1)


def name_list(line: Mapped) -> list[Sig]:
    """Several untagged names on one line ("Anna Berg, Per Holm", "Viktor Berg Roger Ek"),
    or [] when the line is not one. Each name must start with a first name from the name
    table: that evidence, not the layout, tells two names from one long one."""
    text = line.text.strip()
    if not text or "(" in text or len(text) > 160:
        return []
    words = text.replace(",", " ").split()
    # Only capitalised words and separators, and two names' worth of them (a cheap test
    # before any pattern: most lines that reach here are prose or furniture).
    if len(words) < 4 or not all(w[:1].isupper() or w in ("och", "&") for w in words):
        return []
    pieces: list[tuple[int, int]] = []
    at = line.text.index(text)
    columns = COLUMN_GAP.search(text) is not None
    separated = False  # a "," / "och" / "&" sets two names apart
    for column in COLUMN_GAP.split(text):
        # "Nicke Grozdanovski och  Hugo Grönlund": a conjunction before a wide gap
        column = column.removesuffix(" och").removesuffix(" &")
        parts = _LIST_SEP.split(column)
        separated = separated or len(parts) > 1
        for part in parts:
            start = line.text.index(part, at)
            at = start + len(part)
            pieces += _split_on_first_names(part, start)
    if len(pieces) < 2:
        return []
    out = []
    table = names()
    listed = 0
    for start, end in pieces:
        name = line.text[start:end]
        words = name.split()
        if not P.NAME_ONLY.fullmatch(name) or not _valid_name(name) or len(words) < 2:
            return []
        # A name need not open with a listed first name: a listed surname is evidence enough
        # ("Ulric Andersson Mats Sandström", the columns' spaces collapsed by a web page),
        # and in columns or a list where another name is listed, a name's shape is ("Ingrid
        # Åberg     Hlödur Bjarnason     Sven Öberg", "Nicke Grozdanovski och Hugo Grönlund").
        if table.is_first_name(words[0]) or table.is_surname(words[-1]):
            listed += 1
        elif not (columns or separated) or P.names_party(name) or is_role(words[0]) \
                or any(fold(w) in lexicon().municipality or region(w) for w in words):
            return []  # (not "Region Skåne och Anna Berg")
        out.append(Sig(name, start, end))
    if not listed:
        return []
    return [_mapped(s, line) for s in out]


def _split_on_first_names(part: str, offset: int) -> list[tuple[int, int]]:
    """Split a separator-less run of name words before each listed first name that follows
    a word that is not one, keeping two words at least on each side."""
    words = [(m.start(), m.end()) for m in _NON_SPACE.finditer(part)]
    cuts = [0]
    table = names()
    for i in range(2, len(words) - 1):
        word, before = part[words[i][0]:words[i][1]], part[words[i - 1][0]:words[i - 1][1]]
        if i - cuts[-1] >= 2 and table.is_first_name(word) and not table.is_first_name(before):
            cuts.append(i)
    cuts.append(len(words))
    return [(offset + words[a][0], offset + words[b - 1][1]) for a, b in pairwise(cuts) if b > a]


#: The first characters of the texts :func:`att_start` finds an "att" in: the word's ("att",
#: "Att", "ATT"), or a list mark's glued to it (one look-up of a text's first character tells
#: where the pattern need not run).
ATT_FIRSTS = frozenset("aA" + P.GLUED_MARKS)


def att_start(text: str) -> re.Match[str] | None:
    """The "att" opening a proposal item, or None; the pattern runs only when the word is
    there. A list mark may be glued to it ("-att en översyn görs")."""
    word = text[1:4] if text[:1] in P.GLUED_MARKS else text[:3]
    return P.ATT_START.match(text) if word in ("att", "Att", "ATT") else None


def _name_then_party(line: Mapped, pos: int) -> list[Sig]:
    """"Anna Andersson Socialdemokraterna" (a tab or one space between): the name pattern
    took the party name for a surname, so split before the party name."""
    text = line.text
    # Every party name holds a stem names_party looks for: a cheap test before the scan.
    pm = P.PARTY_NAME.search(text, pos) if P.names_party(text) else None
    if pm is None and party_word(text.rsplit(" ", 1)[-1]):
        return _name_then_local_party(line, pos)
    if pm is None or pm.start() <= pos:
        return []
    name = text[pos:pm.start()].rstrip(" ,–-")
    party = party_line(text[pm.start():].strip())
    if party is None or not P.NAME_ONLY.fullmatch(name) \
            or not _valid_name(name):
        return []
    return [_mapped(Sig(name, pos, pos + len(name), party), line)]


def _name_then_local_party(line: Mapped, pos: int) -> list[Sig]:
    """"Erik Anderson Kommunistiska Partiet", "Anna Berg, Skol och Landsbygdspartiet": a
    person's name (a listed first name) and then a local party its last word names."""
    text = line.text
    at = text.find(" ", pos)
    while at >= 0:
        name = text[pos:at].rstrip(" ,–-")
        if " " in name and is_person(name) and _valid_name(name) and (
                party := suffix_party(text[at:].strip(" ,–-"))) is not None:
            return [_mapped(Sig(name, pos, pos + len(name), party), line)]
        at = text.find(" ", at + 1)
    return []


def group_party(group: str) -> Party | None:
    """The party a group heading names ("För Vänsterpartiet i Lund", "För den
    kristdemokratiska fullmäktigegruppen"), by name, tag or adjective."""
    party = party_in(group)
    if party is not None:
        return party
    lex = lexicon()
    for word in group.split():
        if party := lex.party_from_adjective(word):
            return party
    return local_party(group.strip())  # "För Nya Ulricehamn"


def party_word(word: str) -> bool:
    """A word that names a party by its ending: "partiet", "Strängnäspartiet"."""
    if not word.isalpha():
        return False
    key = fold(word)
    # endswith of the tuple first, at C speed: every word the loop takes ends in a suffix.
    return key.endswith(LOCAL_PARTY_SUFFIXES) and any(
        key == s or (key.endswith(s) and len(key) > len(s) + 2) for s in LOCAL_PARTY_SUFFIXES)


def suffix_party(text: str) -> Party | None:
    """A local or small party named by its last word ("Skol och landsbygspartiet",
    "Kommunistiska Partiet", "Strängnäspartiet"), as :func:`local_party` reads it."""
    words = text.split()
    return local_party(text) if words and party_word(words[-1]) else None


@lru_cache(maxsize=4096)
def local_party(text: str) -> Party | None:
    """A local party named after its municipality, as written: "Nya Ulricehamn", "Sala
    Framtid", "Strängnäspartiet", or a small party whose last word names it ("Kommunistiska
    Partiet", "Skol och landsbygspartiet"): a few capitalised words (and "och"), one of them a
    municipality the table lists or a word ending like a party. None for anything else.
    (Cached by text, like the other line readers: the signature loop asks it of every name
    line under a signature, and a party is frozen.)"""
    words = text.split()
    if 2 <= len(words) <= 4 and party_word(words[-1]) and words[0][:1].isupper() and all(
            w.isalpha() and (w[:1].isupper() or w == "och") for w in words[:-1]) \
            and not (len(words) > 2 and is_person(" ".join(words[:2]))) \
            and not is_role(words[0]):  # "Erik Anderson Kommunistiska Partiet" is a signer
        # and his party, "Gruppledare Kommunistiska Partiet" an office and the party
        # "Kommunistiska Partiet", "Skol och landsbygspartiet"; not an office before a
        # national party ("Ledamot Vänsterpartiet")
        if lexicon().party_from_name(words[-1]) is not None:
            return None
        return lexicon().party_from_name(text) or Party(code=text, name=text)
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or is_person(text) or (len(words) > 1 and is_role(words[0])):
        return None  # (a second signer whose surname is a municipality: "Erik Lund", "Per Mora")
    lex = lexicon()
    if lex.party_from_name(text) is not None or fold(text) in lex.municipality or any(
            lex.party_from_name(word) is not None for word in words):
        return None  # a national party, a place alone ("Lund"), national parties listed
    for word in words:
        key = fold(word)
        if key in lex.municipality or (key.endswith("s") and key[:-1] in lex.municipality) \
                or any(key.endswith(s) and len(key) > len(s) + 2 for s in LOCAL_PARTY_SUFFIXES):
            return Party(code=text, name=text)
    return None


def tag_party(tag: str) -> Party:
    """The party of a parenthesised tag; an unlisted tag ("SJVP") is a local party's code."""
    return lexicon().party_from_tag(tag) or Party(code=tag, name=tag)


#: A last word this short before its period is an abbreviation ("ordf.", "ledam."), no
#: sentence's end.
_ABBREVIATED = 6
#: Lower-case words after a name that, ending in a full stop, make a sentence naming a party
#: ("… från KD Oxelösund sitter också med i …"), not a signer's party ("från Vänsterpartiet").
_SENTENCE_WORDS = 4


def _rest(rest: str, sig: Sig) -> bool:
    """Read what follows the name: a party, "i <place>", or a role. False if it is prose."""
    if _PLACES.match(rest):
        return True
    cleaned = rest.lstrip(",–—- ").strip()
    if rest.strip() == ",":
        return True  # "Erik Anderson," with the office on the next line
    if not cleaned or len(cleaned) > 80 or _SENTENCE_BREAK.search(cleaned):
        return False
    if sig.party is None and cleaned.replace(" ", "").isdigit():
        return False  # "Svenskt Tryck Stockholm 1987": a print's imprint, no name and office
    if (exact := lexicon().party_from_name(cleaned)) is not None:
        sig.party = sig.party or exact
        return True
    if cleaned[:1] == "(" and cleaned[-1:] == ")" and (
            local := local_party(cleaned[1:-1].strip())) is not None:
        sig.party = sig.party or local  # "Anna Berg (Nya Ulricehamn)"
        return True
    tag = P.PARTY_TAG.search(cleaned)
    if tag is not None:
        sig.party = sig.party or tag_party(tag.group("tag"))
        role = (cleaned[: tag.start()] + cleaned[tag.end():]).strip(" ,")
        sig.role = sig.role or role or None
        return True
    if (branch := party_line(cleaned)) is not None:
        sig.party = sig.party or branch  # "Anna Berg, Vänsterpartiet Lund", "…, SD Lund"
        return True
    if (rm := _ROLE_PARTY.match(cleaned)) is not None and is_role(rm.group("role")) and (
            branch := party_line(rm.group("party"))) is not None:
        sig.party = sig.party or branch  # "Anna Berg, ordförande Vänsterpartiet Lund"
        sig.role = sig.role or rm.group("role")
        return True
    if rest[:1] not in ",–—-" and cleaned[-1:] in SENTENCE_ENDS and sum(
            w.islower() for w in cleaned.split()) >= _SENTENCE_WORDS:
        return False  # "Göran Bernhardsson från KD Oxelösund sitter också med i …": a sentence
    party = party_in(cleaned)
    if party is not None:
        if sig.party is None:
            sig.party = party
        leftover = P.PARTY_NAME.sub("", cleaned).strip(" ,")
        if sig.role is None and leftover and rest.startswith(",") and not leftover.startswith("i "):
            sig.role = leftover
        return True
    if rest[:1] in ",–—-" and (local := suffix_party(cleaned)) is not None:
        sig.party = sig.party or local  # "Erik Anderson, Kommunistiska partiet"
        return True
    if rest[:1] not in ",–—-" and cleaned[-1:] in SENTENCE_ENDS and len(
            words := cleaned.split()) >= 3 and len(words[-1]) > _ABBREVIATED \
            and not is_role(cleaned.rstrip(".!?")):
        return False  # "Patrik Jönsson (SD) drev på för en folkomröstning.": a sentence
    if rest[:1] not in ",–—-" and cleaned[:2] == "i " and cleaned[2:3].islower() \
            and fold(cleaned[2:]) not in lexicon().body_by_form:
        return False  # "Johan Wifralius i talarstolen": a photo's caption, not an office
    if rest[:1] in ",–—-" or len(cleaned.split()) <= 6:
        sig.role = cleaned
        return True
    return False


def _mapped(sig: Sig, line: Mapped) -> Sig:
    start, end = line.offsets(sig.span_start, sig.span_end)
    return Sig(sig.name, start, end, sig.party, sig.role)


_WRAP_WORDS = lexicon().folded("header", "wrap_words")


def ends_in_wrap_word(text: str) -> bool:
    """The text breaks off after a word that cannot end a phrase ("… Stadsparken och", "… i"):
    a hard wrap cut it, and the next line goes on with it."""
    return fold(text.rstrip().rsplit(" ", 1)[-1]) in _WRAP_WORDS


def is_home_place(text: str) -> bool:
    """A line that only says where the signer above comes from: "i Tvärålund", "i Nässjö)"."""
    return text.startswith(("i ", "(i ")) and bool(_PLACES.match(text))  # as _PLACES opens


def _runs_closed(text: str) -> tuple[Sig, ...]:
    """:func:`parse_line` of ``text`` with each run of spaces inside it made one (a copy's
    spaces inside a name: "Robert  Jansson (SD)"), offsets into ``text``."""
    return tuple(parse_line(squeezed(identity(text))))


@lru_cache(maxsize=4096)
def _text_signatures(text: str) -> tuple[Sig, ...]:
    """:func:`parse_line` of ``text`` on its own (offsets into ``text``), read once per line
    text: the line-role stage and the signatory extractor both ask. A line no signature
    reads from is read again with its runs of spaces closed; columns of names read as they
    stand first."""
    lead = P.SIGNER_LEAD.match(text)
    pos = lead.end() if lead else 0
    # (parse_line's first test, without a map of the text to read it)
    sigs = tuple(parse_line(identity(text), pos)) if _opens_name(text, pos) else ()
    return sigs or (_runs_closed(text) if "  " in text else ())


def is_signature(text: str) -> bool:
    """True when a line reads as one or more signatures."""
    return bool(_text_signatures(text))


def signatures(line: Mapped) -> list[Sig]:
    """:func:`parse_line` of ``line`` (whose signatures depend on its text alone), as new
    values the caller may change."""
    return [_mapped(s, line) for s in _text_signatures(line.text)]


_ROLE_WORDS = lexicon().folded("signatures", "roles")
_ROLE_SUFFIXES = tuple(lexicon().cue("signatures", "role_suffixes"))
#: Endings of a one-word local party name ("Strängnäspartiet"), from cues.toml.
LOCAL_PARTY_SUFFIXES = tuple(lexicon().cue("signatures", "local_party_suffixes"))
#: A line under a signature that adds an office and/or a tag: "(VtL)",
#: "Kommunfullmäktigeledamot (c)", "gruppledare, (S)".
_TAIL = regex.compile(
    r"^(?P<role>\p{L}[\p{L} -]{0,40}?)?[ ]*,?[ ]*(?:\([ ]*(?P<tag>\p{L}[\p{L}!]{0,5})[ ]*\))?$",
    regex.VERSION1,
)


_ROLE_PARTY = regex.compile(
    r"""^(?P<role>(?:\d{1,2}[ ]?:[ ]?[ae][ ]+)?\p{L}[\p{L} -]{0,40}?)
    (?:[ ]*,[ ]*|[ ]+för[ ]+|[ ]+)(?P<party>[\p{Lu}(].{1,60})$""",
    regex.VERSION1 | regex.VERBOSE,
)


def is_role(text: str) -> bool:
    """True when ``text`` names an office ("gruppledare", "Kommunfullmäktigeledamot"), also
    with its rank or its seat ("2:e vice ordförande", "Ledamot i kommunfullmäktige",
    "Gruppledare i Lund")."""
    key = _RANK.sub("", fold(text.strip()))
    office, at, seat = key.partition(" i ")
    if at and len(seat.split()) <= _SEAT_WORDS and "för" not in seat.split():
        key = office
    return key in _ROLE_WORDS or (" " not in key and len(key) > 4 and key.endswith(_ROLE_SUFFIXES))


#: Words of the seat after an office: "i kommunfullmäktige", "i tekniska nämnden", "i Lund".
_SEAT_WORDS = 3
#: A rank before an office: "2:e vice ordförande", "1:e vice ordförande", "förste".
_RANK = regex.compile(r"^(?:\d{1,2}[ ]?:[ ]?[ae]|förste|andre|tredje)[ ]+")


@lru_cache(maxsize=4096)
def signature_tail(text: str) -> tuple[str | None, Party | None] | None:
    """What a line under a signature adds: an office, a party tag, or a local party named by its
    last word ("Strängnäspartiet", "Skol och landsbygspartiet"); None when the line is none of
    these."""
    if (" " not in text and text[:1].isupper() and text.isalpha() and len(text) > 7
            and fold(text).endswith(LOCAL_PARTY_SUFFIXES)
            and lexicon().party_from_name(text) is None):
        # A national party's name alone under names is their party line (the caller gives
        # it to every untagged name above); a local party's one word is the last name's.
        return None, Party(code=text, name=text)
    if (local := suffix_party(text)) is not None:
        return None, local  # "Skol och landsbygspartiet", "Kommunistiska partiet"
    if text.isupper() and len(text) <= 3 and (party := lexicon().party_from_tag(text)):
        return None, party  # a bare party code under the name: "V", "SD"
    if text[:4].casefold() == "för " and (party := party_line(text[4:].strip())):
        return None, party  # "för Socialdemokraterna" under the name
    m = _TAIL.match(text)
    role = m.group("role") if m else None
    if m is None or (role is not None and not is_role(role)):
        # "Kommunfullmäktigeledamot för Vänsterpartiet", "ledamot, Vänsterpartiet i Lund",
        # "Ordförande Vänsterpartiet Lund"
        office, by, named = text.rpartition(" för ")
        if by and is_role(office) and (party := party_line(named.strip())) is not None:
            return office, party  # "Gruppledare i Lund för Miljöpartiet"
        rm = _ROLE_PARTY.match(text)
        if rm is not None and is_role(rm.group("role")) and (party := party_line(
                rm.group("party")) or local_party(rm.group("party"))) is not None:
            return rm.group("role"), party
        return _genitive_office(text)
    if not (role or m.group("tag")):
        return None
    tag = m.group("tag")
    if tag is None:
        return role, None
    # An unlisted tag is a local party's code only when written in capitals ("VtL", "SJVP").
    party = lexicon().party_from_tag(tag)
    if party is None and not tag[:1].isupper():
        return None
    return role, party or Party(code=tag, name=tag)


def _genitive_office(text: str) -> tuple[str, Party] | None:
    """An office held in a party's name, written in the genitive: "Vänsterpartiets gruppledare
    i Lund" (the line is the office), "Gruppledare kristdemokraternas fullmäktigegrupp"."""
    m = P.PARTY_NAME.search(text) if "s " in text else None
    if m is None or not m.group("party").endswith("s") \
            or (party := lexicon().party_from_name(m.group("party"))) is None:
        return None
    if m.start() == 0:
        return (text, party) if is_role(text[m.end():].strip()) else None
    role = text[:m.start()].rstrip(" ,")
    return (role, party) if is_role(role) else None


@lru_cache(maxsize=4096)
def party_line(text: str) -> Party | None:
    """The party when a line only names a party, with an optional place: "Vänsterpartiet Skåne"."""
    m = P.party_name_at(text)
    if not m:
        return _code_of_place(text)
    rest = text[m.end():].strip()
    party = lexicon().party_from_name(m.group("party"))
    if rest.startswith(",") and all(stamp_part(p.strip()) for p in rest[1:].split(",")):
        rest = ""  # a signing stamp: "Sverigedemokraterna, Regionfullmäktige, 2022-02-22"
    elif rest[:1].isdigit() and stamp_part(rest) == "date":
        rest = ""  # the party signing with its date: "Vänsterpartiet 2017-09-29"
    elif party is not None and rest.startswith((",", "(")) \
            and lexicon().party_from_tag(rest.strip(",() ")) == party:
        rest = ""  # the party and its own code: "Kristdemokraterna, KD", "Liberalerna (L)"
    if rest.isupper() and rest[:2] != "I " and not (
            fold(rest) in lexicon().municipality or region(rest) is not None
            or all(fold(w) in lexicon().body_by_form for w in rest.split())):
        # Capitals tell no name from a word: without "I" the words must be a place the
        # tables know ("SVERIGEDEMOKRATERNA HÖGANÄS", "MODERATERNA I OSCAR SÖDRA"; not
        # "VÄNSTERPARTIETS FRAMTIDA ROLL I LANDSTINGSPOLITIKEN").
        return None
    if rest and not (len(rest.split()) <= 4 and all(
            w[:1].isupper() or w in ("i", "län") or fold(w) in lexicon().body_by_form
            for w in rest.split())):
        return None  # "Socialdemokraterna i Lunds kommunfullmäktige" is still the party's line
    return party


def _code_of_place(text: str) -> Party | None:
    """A party's code before its branch's municipality or region, or naming its group: "SD
    Lund", "V Region Skåne", "(S) i Lund", "S-gruppen"."""
    code, _, place = text.partition(" ")
    group = code.endswith(_GROUP_SUFFIX)
    if group:
        code = code[: -len(_GROUP_SUFFIX)]  # "V-gruppen"
    code = code[1:-1].strip() if code[:1] == "(" and code[-1:] == ")" else code
    if not code.isupper() or len(code) > 3:
        return None
    party = lexicon().party_from_tag(code)
    place = place.strip()
    if place.startswith("i "):
        place = place[2:].strip()
    if party is None or (place and not (fold(place) in lexicon().municipality or region(place))):
        return None
    return party if place or group else None


#: What a party code takes to name the party's group: "S-gruppen".
_GROUP_SUFFIX = "-gruppen"


def stamp_part(part: str) -> Literal["body", "date", "place"] | None:
    """What a comma-set part of a signing stamp after its party is ("Sverigedemokraterna,
    Regionfullmäktige, 2022-02-22"): a body, a date or a place; None for other words."""
    if fold(part) in lexicon().body_by_form:
        return "body"
    if parse_date(part) is not None:
        return "date"
    if P.PLACE_WORDS.fullmatch(part) is not None and is_place(part):
        return "place"
    return None


#: Marks that end a sentence.
SENTENCE_ENDS = (".", "!", "?")
#: Every date line holds a digit; lines without one are skipped before any pattern runs.
DIGIT = re.compile(r"\d")


#: A six-digit number ending a line after a space: "Motion angående simhall 190225".
_TRAILING_COMPACT = re.compile(r"(?<=[ ])\d{6}$")


def trailing_compact(text: str) -> int | None:
    """Where ``_TRAILING_COMPACT.search(text)`` starts, read at the one place it can: the six
    characters before the end (before a final line end, as ``$`` reads it), after a space,
    all decimal digits (the pattern's digit class). Its scan tried every position of a text."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    start = end - 6
    if start < 1 or text[start - 1] != " " or not text[start:end].isdecimal():
        return None
    return start


def heading_day(text: str) -> tuple[int, datetime.date] | None:
    """A compact ``YYMMDD`` date closing a heading of words ("Motion angående utveckling av
    simhall 190225"): where it starts, and the day. A phrase must come before it, with a word
    in lower case: "Motion LTV 150901" and "Dnr 150901" end in a file number."""
    at = trailing_compact(text)
    if at is None:
        return None
    words = text[:at].split()
    if len(words) < 2 or not any(w[:1].islower() for w in words):
        return None
    mention = parse_date(text[at:at + 6])
    if mention is None or mention.precision != "day":
        return None
    return at, mention.value


#: A body's short form, folded ("kf", "ks"): no part of a place in a heading, and the name
#: of a meeting behind a title ("X (KS 2019-05-27)").
_BODY_LABELS = lexicon().folded("kinds", "title_labels")


def meeting_suffix(text: str) -> int | None:
    """Where a meeting the title was put to starts, behind a dash or in brackets: "X –
    Kommunfullmäktige 27 maj 2019", "X (KF 2019-05-27)". Its date is the meeting's, not the
    document's."""
    if text.endswith(")") and (open_at := text.rfind(" (")) > 0:
        cut, part = open_at, text[open_at + 2:-1]
    else:
        dash = max(text.rfind(sep) for sep in (" – ", " — ", " - "))
        if dash <= 0:
            return None
        cut, part = dash, text[dash + 3:]
    words = part.strip().split(" ", 1)
    if (key := fold(words[0])) not in lexicon().body_by_form and key not in _BODY_LABELS:
        return None
    if len(words) > 1 and not is_date_line(words[1]):
        return None
    return cut


@lru_cache(maxsize=4096)
def is_date_line(text: str) -> bool:
    """A line that holds only a date, or a place and a date ("Gävle 2023-04-04"). (Cached by
    text like the other line readers: segmentation asks it of the line after every line in
    single-spaced text, and the line-role stage again.)"""
    if not DIGIT.search(text):
        return False
    if parse_date(text, full_stop=True) is not None:
        return True
    m = P.place_date(text)
    if m is None or (mention := parse_date(m.group("date"), full_stop=True)) is None:
        return False
    # A year alone after words is a heading's ("Vision 2030", "BUDGET 2024"), unless the
    # words are a municipality's name ("Lund 2020") or a kind's label ("Motion 2017").
    place = m.group("place")
    return mention.precision != "year" or fold(place) in lexicon().municipality \
        or P.KIND_LINE.match(place) is not None


#: A line or paragraph of this many words ending in a period reads as a sentence, not a
#: heading (a heading may end in "." too: "Motion om fri entré.").
SENTENCE_WORDS = 8


def reads_as_sentence(text: str, words: int = SENTENCE_WORDS,
                      ends: tuple[str, ...] = (".",)) -> bool:
    """A line or paragraph of ``words`` words or more that ends a sentence (closing quotes
    aside) and opens in capitals: one of the argument's sentences, not a heading or a
    label ("Centerpartiet lämnade in en motion 2013-11-07: ”…”.")."""
    return text.rstrip("”\"' ").endswith(ends) and text.count(" ") + 1 >= words \
        and text[:1].isupper()


def is_person(text: str) -> bool:
    """True when ``text`` reads as a person's name: name-shaped, opening with a listed first
    name, and not a municipality ("Anna Berg, 3 mars 2022" is a byline, not a place line)."""
    words = text.split()
    return (len(words) >= 2 and names().is_first_name(words[0])
            and P.NAME_ONLY.fullmatch(text) is not None
            and fold(text) not in lexicon().municipality)




def is_place(word: str) -> bool:
    """False for words that head a line but are no place: "MOTION 2022-01-27", "Datum 2022-…",
    a register's reference label ("Dnr 150901"),
    a body ("Regionfullmäktige 16 februari 2021"), a meeting label ("Sammanträde 2009-09-10"),
    a party ("Moderaterna 2022-01-02"), two words with a body in them ("Teckenspråkstolkad
    Regionfullmäktige 28 november 2023", "Sammanfattning RF 20/4 2021")."""
    key = fold(word)
    if len(word) > 1 and word.isupper() and key not in lexicon().municipality:
        return False  # "MOTION 2022-01-27", but "LUND 2022-01-27"
    lex = lexicon()
    if key in lex.body_by_form or key in lex.folded("dates", "meeting_labels") \
            or key in lex.folded("chrome", "reference_labels") \
            or lex.party_from_name(word) is not None or suffix_party(word) is not None:
        return False  # (a party signing with its date: "Moderaterna 2022-01-02",
        # "Strängnäspartiet 2017-09-29"; a register's "Dnr 150901")
    if " " in key and any(w in lex.body_by_form or w in _BODY_LABELS or P.KIND_LINE.match(w)
                          for w in key.split()):
        return False  # "Teckenspråkstolkad Regionfullmäktige", "Sammanfattning RF", "Motion LTV"
    return not (P.KIND_LINE.match(word) or P.FILED_LABEL.match(word)
                or P.PUBLISHED_LABEL.match(word))


_QUOTES = "”\"“«»'"


def kind_label_bounds(title: str) -> tuple[int, int]:
    """Where the title proper stands in a heading with a run-on kind label ("Motion: X",
    "KF – X", "Motion ”X”"): (start, end) offsets into ``title``, the whole of it without one."""
    m = P.KIND_LABEL.match(title)
    if m is None:
        return 0, len(title)
    start, end = m.start("title"), len(title.rstrip())
    if end - start > 2 and title[start] in _QUOTES and title[end - 1] in _QUOTES:
        inner = title[start + 1: end - 1]
        start += 1 + len(inner) - len(inner.lstrip())
        end -= 1 + len(inner) - len(inner.rstrip())
    return start, end


def strip_kind_label(title: str) -> str:
    """The title without a run-on kind label: "Motion: X", "KF – X", "Motion ”X”" → "X"."""
    start, end = kind_label_bounds(title)
    return title[start:end]


#: Kind word → kind ("Motion" → motion, "Medborgarförslag" → citizen_proposal), folded.
_KIND_OF_WORD: dict[str, str] = {
    fold(w): kind
    for kind in ("motion", "interpellation", "question", "citizen_proposal", "press_release",
                 "other")
    for w in lexicon().cue("kinds", kind)
} | {fold(w): "question" for w in lexicon().cue("kinds", "numbered_question")}
#: Plural kind words that head a page listing documents ("Motioner till kommunfullmäktige").
_LISTING = lexicon().folded("kinds", "listing")
_ARCHIVES = lexicon().folded("kinds", "archives")


@lru_cache(maxsize=4096)
def named_kind(text: str) -> tuple[str, int, int] | None:
    """The kind a line names by its opening word, and where the word stands: "Motion om …"
    (motion), "PERSONALPOLITISK MOTION 10: …" (motion), "Fråga 2012/13:123" (question);
    "listing" for a plural or archive word heading a list ("Motioner till …"). A line opening
    in lower case names none: it goes on from a wrapped line ("medborgarförslag om …")."""
    if text[:1].islower():
        return None
    m = P.KIND_START.match(text) or P.SERIES_TITLE.match(text) or P.NUMBERED_KIND.match(text)
    if m is None:
        return None
    word = m.group("kind") if "kind" in m.groupdict() else "motion"
    kind = _KIND_OF_WORD.get(fold(word)) or _KIND_OF_WORD[fold(word.split()[-1])]
    if fold(word) in _ARCHIVES or (fold(word) in _LISTING and not P.KIND_LINE.match(text)):
        kind = "listing"  # "Motioner till …" heads a list; a bare "Motioner" is a category
    return kind, m.start(), m.end()


#: Links to the whole text that close a teaser's line ("… i länet. Läs mer", "Läs motionen »"),
#: folded; a paragraph cut with "[...]" ends one too.
_TEASER_LINKS = tuple(fold(w) for w in lexicon().cue("kinds", "teaser_links"))
_TEASER_CUTS = ("[...]", "[…]")
_LINK_LONGEST = max(len(w) for w in _TEASER_LINKS)
#: Every link is two words or more (so a one-word tail ends in none).
_LINKS_SPACED = all(" " in w for w in _TEASER_LINKS)
#: Marks a link may carry after its words.
_LINK_MARKS = " »›>…"
#: The last words of the links (folded).
_LINK_LAST_WORDS = frozenset(w.rsplit(None, 1)[-1] for w in _TEASER_LINKS)
#: Their last two characters: a word whose case fold is one of them ends in a pair whose
#: case fold ends in one of these (``str.casefold`` folds character by character, each to one
#: character or more, and every last word is two characters or more).
_LINK_ENDINGS = frozenset(w[-2:] for w in _LINK_LAST_WORDS)


def teaser_end(text: str) -> int | None:
    """Where a line's closing teaser link or cut begins, if it ends in one."""
    end = len(text.rstrip())
    if text.endswith(_TEASER_CUTS, 0, end):
        at = text.rfind("[", 0, end)
        return at if at > 0 and text[at - 1] == " " else None
    end = len(text.rstrip(_LINK_MARKS))
    if not text[end - 1:end].isspace() and \
            text[max(end - 2, 0):end].casefold()[-2:] not in _LINK_ENDINGS:
        return None  # the last word ends at ``end`` and no link's last word as it does
    tail = text[max(end - _LINK_LONGEST, 0):end]
    words = tail.rsplit(None, 1)
    if _LINKS_SPACED and len(words) < 2:
        return None  # one word: its fold holds no space, and every link does
    if not words or words[-1].casefold() not in _LINK_LAST_WORDS:
        return None  # the fold's last word is this one's: no link's (most lines end in none)
    tail = fold(tail)
    if not tail.endswith(_TEASER_LINKS):  # (one test at C speed; most lines end in none)
        return None
    for link in _TEASER_LINKS:
        if tail.endswith(link):
            at = end - len(link)
            return at if at == 0 or text[at - 1] == " " else None
    return None


#: Folded heading prefixes of a press room's "related releases" section and of its furniture.
_RELATED = tuple(fold(w) for w in lexicon().cue("press", "related"))
#: Longest first, so that "vänligen kontakta" is cut whole.
_REQUESTS = tuple(sorted((f" {w}" for w in lexicon().folded("press", "contact_requests")),
                         key=len, reverse=True))
_PRESS_FURNITURE_PREFIXES = lexicon().prefixes("press", "furniture_prefixes")
#: A press room's furniture lines (folded): "Prenumerera", "Skriv ut".
_PRESS_FURNITURE_WORDS = lexicon().folded("press", "furniture")
#: A join that widens a contacts heading: "För mer information och kommentarer, kontakta:".
_JOIN = re.compile("|".join(f" {w} " for w in lexicon().folded("press", "contact_joins")))


#: Folded press-room section heading → its section; a heading listed under two sections
#: belongs to the first of keywords, contacts, images, about (the order they are asked in).
_SECTIONS: dict[str, str] = {}
for _name in ("about", "images", "contacts", "keywords"):  # the first asked is set last
    _SECTIONS.update(dict.fromkeys(lexicon().folded("press", _name), _name))


def press_section(text: str, folded: str | None = None) -> str | None:
    """The press-room section a line heads: "Kontakt" (contacts), "Nyckelord" (keywords),
    "Bilder" (images), "Om oss" (about), "Relaterade nyheter …" (related). ``folded`` is the
    :func:`fold` of a line that does not end in ":", where the caller has it."""
    key = fold(text.rstrip(":")) if folded is None else folded
    if (name := _SECTIONS.get(key)) is not None:
        return name
    if key.endswith(_REQUESTS):  # "För mer information, vänligen kontakta:"
        head = next(key[: -len(r)] for r in _REQUESTS if key.endswith(r)).rstrip(" ,")
        if _SECTIONS.get(head) == "contacts" or _SECTIONS.get(
                _JOIN.split(head, 1)[0]) == "contacts":  # "För mer information och kommentarer"
            return "contacts"
    if key.startswith(_RELATED):
        return "related"
    return None


def press_furniture(text: str, folded: str | None = None) -> bool:
    """A press room's furniture line ("Prenumerera", "Ladda ner …"); ``folded`` is the line's
    :func:`fold`, where the caller has it."""
    key = fold(text) if folded is None else folded
    return key in _PRESS_FURNITURE_WORDS or key.startswith(_PRESS_FURNITURE_PREFIXES)

"""Document kind from cues, with the evidence that decided it.

Header words decide first ("Motion till …", "Interpellation till …", "Medborgarförslag"; a
plural "Motioner till …" only over one motion's structure), then the field labels of an
e-petition portal, then press-room furniture and attributed quotes (not on a newspaper's page),
then att-satser or a Riksdag mark (not under a decision formula), then a motion naming itself
("Syftet med denna motion …"), then the party's own voice
(a party site's page title, "SD RÖSTADE …", "Vi reserverade oss …"). Every decision keeps its
cue and span so a user can see why a document got its kind (docs/kinds.md lists the rules).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from tillit import orgnames
from tillit import patterns as P
from tillit.blocks import Block, Line
from tillit.lexicon import fold, lexicon
from tillit.models import Evidence, Kind, Proposal
from tillit.models import evidence as _evidence
from tillit.roles import OUTSIDE, LineRole, Roles
from tillit.shapes import reads_as_sentence, teaser_end

_FLAGS = regex.VERBOSE | regex.VERSION1 | regex.IGNORECASE


def _words(words: list[str]) -> str:
    """An alternation of literal words, longest first so that no prefix shadows a longer one."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace("\\ ", "[ ]+") for w in unique)


def _alt(key: str) -> str:
    return _words(lexicon().cue("kinds", key))


#: The formula of a decision record opening a paragraph: "Landstinget beslutar i enlighet med".
_DECISION = regex.compile(
    rf"""
    ^(?P<subject>\p{{L}}+(?:[ ]\p{{L}}+)?)[ ]+(?P<formula>{_alt("decision_formulas")})(?!\w)
    """,
    _FLAGS,
)
#: A body's decision on the motion opening a paragraph: "Kommunfullmäktige beslutar att avslå
#: motionen.", also behind a decision label ("Beslut: Regionfullmäktige beslutar att …").
_MOTION_DECISION = regex.compile(
    rf"""
    ^(?:(?:{_alt("decision_labels")})[ ]*:[ ]*)?                  # "Beslut: …"
    (?P<subject>\p{{L}}+(?:[ ]\p{{L}}+)?)[ ]+(?P<formula>{_alt("motion_decisions")})(?!\w)
    """,
    _FLAGS,
)
#: An att-sats that decides on a document: "bifalla motionen", "anse medborgarförslaget
#: besvarat", "motionen avslås" (a word or two may stand between: "avslå den del av motionen").
_DECIDED_ITEM = regex.compile(
    rf"""
    ^(?:(?:{_alt("decided_verbs")})(?:[ ]+\p{{L}}+){{0,3}}?[ ]+(?:{_alt("decided_documents")})
      |(?:{_alt("decided_documents")})[ ]+(?:{_alt("decided_passives")}))(?!\w)
    """,
    _FLAGS,
)
_PARTY = _words([a for e in lexicon().parties for a in (e.party.name, *e.aliases)])
_PAST = rf"(?:\p{{L}}{{3,}}(?:ade|dde)|{_alt('report_verbs')})"
#: A party reporting, in the first person plural, what it did: "Vi reserverade oss …",
#: "Vi socialdemokrater ställde frågan …", "Bland annat debatterade vi budgeten", "Vi i
#: Sverigedemokraterna Sala ser fram emot …", "Vår motion om … avslogs".
_WE_REPORT = regex.compile(
    rf"""
    (?<!\w)(?:vi[ ]+(?:(?P<members>\p{{L}}{{3,}}er)[ ]+)?(?P<verb>{_PAST})  # "vi moderater …"
      |(?P<verb2>{_PAST})[ ]+vi
      |vi[ ]+i[ ]+(?P<party>{_PARTY})|{_alt("our_own")})(?!\w)
    """,
    _FLAGS,
)
#: The party telling of a document it lodged: "Vi har lämnat in en motion", "har vi även en
#: interpellation", "Vi har i dag skickat in två motioner", "Vi lämnade in flera nya motioner",
#: "Vi har lämnat in följande motioner".
_WE_LODGED = regex.compile(
    rf"""
    (?<!\w)(?:vi[ ]+(?:har[ ]+|hade[ ]+)?|har[ ]+vi[ ]+)
    (?:(?:nu|i[ ]+dag|idag|också|även|därför|tidigare|i[ ]+kväll|ikväll)[ ]+)?
    (?:(?:{_alt("lodged_verbs")})[ ]+)?
    (?:en|ett|två|tre|fyra|fem|sex|flera|några|följande)(?:[ ]+nya)?[ ]+
    (?:{_alt("lodged_nouns")})(?!\w)
    """,
    _FLAGS,
)
#: Where a _WE_REPORT match can be: every match holds "vi" or "vår" at a word start.
_WE_WORD = regex.compile(r"(?<!\w)(?:vi|vår)", _FLAGS)


def _we_report(text: str) -> regex.Match[str] | None:
    """``_WE_REPORT.search(text)``, tried only where a match can start: at a "vi"/"vår" or at
    the word before a "vi" ("reserverade vi"). The pattern alone tries every position of a
    paragraph (~50 us on one of 300 characters)."""
    starts: set[int] = set()
    for m in _WE_WORD.finditer(text):
        at = before = m.start()
        while before and text[before - 1] == " ":
            before -= 1
        if before < at:
            while before and text[before - 1].isalpha():
                before -= 1
            starts.add(before)
        starts.add(at)
    for at in sorted(starts):
        if (found := _WE_REPORT.match(text, at)) is not None:
            return found
    return None


#: A news item's report of a motion lodged: "Sd Älmhult har lämnat in en motion".
_MOTION_REPORT = regex.compile(rf"(?<!\w)(?:{_alt('motion_reports')})(?!\w)", _FLAGS)
#: A heading with a party as the subject of a past-tense verb: "SD RÖSTADE FÖR …".
_PARTY_DID = regex.compile(
    rf"^(?P<party>{_PARTY}|\p{{Lu}}{{1,3}})[ ]+(?P<verb>{_PAST})(?!\w)", _FLAGS)
#: A party (or its branch, or parties together) telling its news in the third person, opening a
#: heading or the first paragraph, in the present or the past ("Vänsterpartiet röstade nej";
#: not the perfect, a reporter's "Sverigedemokraterna har skrivit en motion"): "Moderaterna
#: anser inte att …", "Socialdemokraterna i Mark föreslår …", "Centerpartiet Kronoberg tar
#: …", "Moderaterna, Liberalerna och Kristdemokraterna presenterar …".
_PARTY_SAYS = regex.compile(
    rf"""
    ^(?P<party>{_PARTY})
    (?:(?:[ ]*+,[ ]*+|[ ]++och[ ]++)(?:{_PARTY})){{0,6}}       # "…, Liberalerna och KD"
    (?:[ ]+(?:i[ ]+)?(?-i:\p{{Lu}})[\p{{L}}-]+)?             # "… i Mark", "… Kronoberg"
    [ ]+(?P<verb>{_alt("news_verbs")}|{_PAST})(?!\w)        # "… lägger", "… röstade"
    """,
    _FLAGS,
)
#: The site part of a page title is a party or a party branch: "… | Sverigedemokraterna Sala",
#: "… – Vänsterpartiet i Lund" (separators as web sites print them).
_PARTY_SITE = regex.compile(
    rf"""
    [ ](?:[|–—»]|-)[ ]+
    (?P<site>(?P<party>{_PARTY})(?:[ ]+(?:i[ ]+)?\p{{Lu}}[\p{{L}}-]*){{0,3}}
      (?:[ ]+(?:{_words(lexicon().cue("kinds", "site_region_words"))}))?)[ ]*$   # "… Örebro län"
    """,
    regex.VERBOSE | regex.VERSION1,
)
#: A reporter's attribution closing a quote, the speaker by full name or, after the first
#: mention, by surname, perhaps after an office: "…, säger Gunnarsson.", "…, det sade Eling
#: (L) till …", "…, säger tekniska nämndens ordförande Magnus Persson (C).".
_NEWS_ATTRIBUTION = regex.compile(
    rf"""
    ,[ ]+(?:det[ ]+)?(?:{_words(lexicon().cue("kinds", "quote_verbs")
                                 + lexicon().cue("kinds", "quote_verbs_past"))})
    [ ]+(?:\p{{Ll}}[\p{{L}}-]*+[ ]+){{0,4}}         # "säger tekniska nämndens ordförande …"
    (?P<name>\p{{Lu}}\p{{Ll}}+(?:[- ]\p{{Lu}}\p{{Ll}}+)?)(?:[ ]\(\p{{L}}{{1,3}}\))?
    (?=[ .,;:!?]|$)
    """,
    regex.VERBOSE | regex.VERSION1,
)
#: Dashes that open a quoted statement, also glued to its first word ("-Frågan får …").
_QUOTE_DASHES = ("-", "–", "—")
#: A page title or heading is at most this long.
_TITLE_LINE = 300
#: Lines this short can be a portal's field label, banner or link line.
_SHORT_LINE = 80


def _heading_evidence(line: Line, hit: tuple[str, int, int]) -> Evidence:
    return _evidence(cue=f"heading: {line.text.text[:60]}", span=line.text.span(hit[1], hit[2]))


#: Line roles of site navigation, whose words name sections, not the document: a menu's
#: "Protokoll", a breadcrumb's "Motioner". (A category label alone on its line still counts.)
_NAVIGATION = frozenset({"furniture:menu", "furniture:breadcrumb", "after the document's end"})
#: The role evidence of a site section's name standing above the document.
_CATEGORY = "furniture:category"
#: A decision taken: a protocol paragraph records one, a register entry of a motion does not.
_DECIDED = regex.compile(r"(?<!\w)(?:beslut|beslutar|beslutade|beslöt|beslutades)(?!\w)",
                         regex.IGNORECASE)


#: A block with this many lines opening with a kind word lists documents: none heads it.
_LISTED_LINES = 3


def _listed(roles: Roles, block: int) -> bool:
    """Lines of one block that each open with a kind word ("Interpellation 3-2019 till …",
    "Motion 10-2019 om …"): a list of documents, whose lines are items, not headings."""
    positions = roles.by_block[block]
    return len(positions) >= _LISTED_LINES and sum(
        "kind_line" in roles.lines[i].features for i in positions) >= _LISTED_LINES


def _names_item(lr: LineRole) -> bool:
    """A line that names a numbered document of a register: a kind word and its number
    ("Motion 10-2019 om …", "Interpellation nr 3 till …")."""
    if lr.named is None or "kind_word" in lr.features:
        return False
    after = lr.text[lr.named[2]:].lstrip(" ")
    return after[:1].isdigit() or after[:3].casefold() == "nr "


def _in_list(roles: Roles, index: int) -> bool:
    """The line is one of at least three lines in a row, over blocks, that each name a
    numbered document ("Interpellation 3-2019 till …" / "Interpellation 6-2019 till …" / …):
    a register's list, set one item a paragraph or with no blank lines at all."""
    lines = roles.lines
    if not _names_item(lines[index]):
        return False
    found = 1
    j = index - 1
    while j >= 0 and found < _LISTED_LINES and _names_item(lines[j]):
        found += 1
        j -= 1
    j = index + 1
    while j < len(lines) and found < _LISTED_LINES and _names_item(lines[j]):
        found += 1
        j += 1
    return found >= _LISTED_LINES


def _decided(blocks: list[Block]) -> bool:
    return any(_DECIDED.search(b.text.text) is not None for b in blocks)


def _header_kind(blocks: list[Block], header_end: int, roles: Roles
                 ) -> tuple[str | None, list[Evidence]]:
    """The first kind a header line names (its role's ``named``); site navigation (a menu's
    "Protokoll") names none. A protocol's paragraph sign ("§ 45 …") heads a decision record. A
    bare kind line ("Interpellation") opening the first block after the header counts too: a
    missing blank line glued it to the first paragraph. (A longer line there may be the first
    hard-wrapped line of a sentence.)"""
    head = max(header_end, 1)
    lines = roles.lines
    stop = roles.by_block[head - 1].stop if head <= len(roles.by_block) else len(lines)
    listed: dict[int, bool] = {}
    # Only the lines the role stage noted as naming a kind or holding a paragraph sign or a
    # kind alone (Roles.headed): on any other line the walk does nothing.
    headed = roles.headed
    for lr in lines[:stop] if headed is None else map(
            lines.__getitem__, headed[:bisect_left(headed, stop)]):
        if lr.evidence in _NAVIGATION:
            continue
        # (the line itself is looked up only where it gives the answer: this runs on every
        # header line)
        if "paragraph_sign" in lr.features and _decided(blocks):
            m = P.PARAGRAPH_SIGN.match(lr.text)
            assert m is not None
            line = blocks[lr.block].lines[lr.line]
            return "other", [_evidence(cue=f"protocol paragraph: {lr.text[:60]}",
                                       span=line.text.span(m.start(), m.end()))]
        if (hit := lr.named) is not None:
            if hit[0] == "listing" and lr.evidence == _CATEGORY:
                continue  # a site's section "Motioner & Interpellationer" lists nothing here
            if lr.block not in listed:
                listed[lr.block] = _listed(roles, lr.block)
            if listed[lr.block] or _in_list(roles, lr.index):
                continue  # "Interpellation 3-2019 till …" as one line of a list of them
            return hit[0], [_heading_evidence(blocks[lr.block].lines[lr.line], hit)]
        if "kind_alone" in lr.features and lr.index + 1 < len(lines) and (
                nxt := lines[lr.index + 1]).block <= head and "riksdag_number" in nxt.features:
            m = P.numbered_kind_alone(lr.text)
            assert m is not None
            line = blocks[lr.block].lines[lr.line]
            return "question", [_evidence(cue=f"heading: {lr.text[:60]}",
                                          span=line.text.span(m.start(), m.end()))]
    if len(blocks) > head and stop < len(lines):
        first = lines[stop]
        # The kind word alone, or as a label run into the paragraph ("Pressmeddelande:
        # Politiken i Stenungsund är …", a web page's flattened release).
        if first.named is not None and ("kind_word" in first.features or first.text[
                first.named[2]:first.named[2] + 2].lstrip().startswith(":")) \
                and not _listed(roles, head):
            return first.named[0], [_heading_evidence(blocks[head].lines[0], first.named)]
    # A page that reproduces a motion under an intro ("Handlingsplan för solel" / intro /
    # "Motion till Kommunfullmäktige" / "Handlingsplan för …" / argument): the motion's own
    # kind line, a block of its own just under the intro's paragraphs.
    for i in range(head, min(head + _INTRO_BLOCKS + 1, len(blocks))):
        positions = roles.by_block[i]
        if len(positions) != 1:
            continue
        lr = lines[positions.start]
        if lr.named is not None and lr.named[0] == "motion" and lr.role not in OUTSIDE and (
                "kind_word" in lr.features or "addressee" in lr.features):
            return "motion", [_heading_evidence(blocks[i].lines[0], lr.named)]
    if (j := roles.announced) is not None and (named := roles.of(j).named) is not None:
        # (a page reproducing a document under an intro that announces it: its kind line)
        return named[0], [_heading_evidence(blocks[j].lines[0], named)]
    return None, []


#: A motion reproduced on a page stands under at most this many blocks of intro.
_INTRO_BLOCKS = 2


def _office_address(blocks: list[Block], header_end: int, roles: Roles) -> Evidence | None:
    """An address to a person's office ("Till kommunstyrelsens ordförande …") at the top, and a
    question asked below it: the shape of an interpellation that never uses the word."""
    top = max(header_end, 1) + 1
    stop = roles.by_block[top - 1].stop if top <= len(roles.by_block) else len(roles.lines)
    for lr in roles.lines[:stop]:
        if "office" not in lr.features:
            continue
        # "Till kommunstyrelsens ordförande …"; under a byline "till statsrådet X (M)"
        m = P.office_addressee(lr.text) or P.bare_addressee(lr.text)
        if m is not None and any("?" in b.text.text for b in blocks[lr.block + 1:]):
            line = blocks[lr.block].lines[lr.line]
            return _evidence(cue=f"addressed to an office: {m.group(0)}",
                             span=line.text.span(m.start(), m.end()))
    return None


def _portal(blocks: list[Block], roles: Roles) -> list[Evidence]:
    """The cues of an e-petition portal page: one strong field label and one more cue."""
    strong: dict[str, Evidence] = {}
    more: dict[str, Evidence] = {}
    for lr in roles.with_features():
        if "portal_label" in lr.features:
            m = P.portal_label(lr.text)
            assert m is not None
            label = m.group("strong") or m.group("weak")
            seen = strong if m.group("strong") else more
            line = blocks[lr.block].lines[lr.line]
            seen.setdefault(fold(label), _evidence(
                cue=f"portal label: {label}", span=line.text.span(m.start(), m.end())))
        elif "portal_word" in lr.features and (w := P.portal_word(lr.text)) is not None:
            line = blocks[lr.block].lines[lr.line]
            more.setdefault(fold(w.group("word")), _evidence(
                cue=f"portal word: {lr.text}", span=line.text.span(w.start(), w.end())))
    if not strong or len(strong) + len(more) < 2:
        return []
    return [*strong.values(), *more.values()]


#: First letters of the decision formulas, case-folded ("b" of "beslutar", "beslöt").
_FORMULA_INITIALS = frozenset(w[:1].casefold() for key in ("decision_formulas", "motion_decisions")
                              for w in lexicon().cue("kinds", key))


def _formula_may_follow(text: str) -> bool:
    """Whether a formula can start after the one- or two-word subject that the formula
    patterns allow: the word after the first space run, or after the second word, must open
    with a formula's first letter. Cheaper than the pattern, which fails on most paragraphs."""
    at = text.find(" ")
    if at < 0:
        return False
    n = len(text)
    while at < n and text[at] == " ":  # (no copy of the paragraph's rest: indices only)
        at += 1
    if text[at:at + 1].casefold()[:1] in _FORMULA_INITIALS:
        return True
    at = text.find(" ", at)
    if at < 0:
        return False
    while at < n and text[at] == " ":
        at += 1
    return text[at:at + 1].casefold()[:1] in _FORMULA_INITIALS


def _decision(blocks: list[Block], formula: regex.Pattern[str] = _DECISION) -> Evidence | None:
    """A paragraph opening with a decision formula: the document records a decision."""
    passed: set[str] = set()  # block texts that open with no formula
    for block in blocks:
        text = block.text.text
        if text in passed:
            continue
        found = _formula_kept(text, formula) if _KEPT_SHORTEST <= len(text) <= _KEPT_LONGEST \
            else _formula(text, formula)
        if found is not None:
            return _formula_evidence(block, found)
        passed.add(text)
    return None


def _formula(text: str, formula: regex.Pattern[str]) -> tuple[str, int, int] | None:
    """The decision formula ``text`` opens with (its words and offsets), or None."""
    return _opening(text, formula) if _formula_may_follow(text) else None


def _opening(text: str, formula: regex.Pattern[str]) -> tuple[str, int, int] | None:
    """:func:`_formula` once its gate has passed."""
    m = formula.match(text)
    return None if m is None else (m.group(0), m.start(), m.end())


def _formula_evidence(block: Block, found: tuple[str, int, int]) -> Evidence:
    """The evidence of a decision formula found in ``block`` (its words and offsets)."""
    words, start, end = found
    return _evidence(cue=f"decision formula: {words}", span=block.text.span(start, end))


#: The paragraphs whose :func:`_formula` is kept across parses (the cache stays small; a
#: short text costs little to read again).
_KEPT_SHORTEST = 80
_KEPT_LONGEST = 2000


@lru_cache(maxsize=2048)
def _formula_kept(text: str, formula: regex.Pattern[str]) -> tuple[str, int, int] | None:
    return _formula(text, formula)


def _any_decision(blocks: list[Block], roles: Roles) -> Evidence | None:
    """``_decision(blocks) or _motion_decision(blocks, roles)`` in one walk over the blocks:
    the first block with a decision formula, else the first with a decision on a motion, else
    a decision field (both formulas share the gate, so a block is asked it once)."""
    passed: set[str] = set()  # block texts that open with neither formula
    motion: Evidence | None = None
    for block in blocks:
        text = block.text.text
        if text in passed:
            continue
        if _KEPT_SHORTEST <= len(text) <= _KEPT_LONGEST:
            found = _formula_kept(text, _DECISION)
            later = _formula_kept(text, _MOTION_DECISION) if motion is None else None
        elif not _formula_may_follow(text):
            passed.add(text)
            continue
        else:  # (_formula of each, its gate already passed)
            found = _opening(text, _DECISION)
            later = _opening(text, _MOTION_DECISION) if motion is None else None
        if found is not None:
            return _formula_evidence(block, found)
        if later is not None:
            motion = _formula_evidence(block, later)
        passed.add(text)
    return motion or _decision_field(blocks, roles)


def _motion_decision(blocks: list[Block], roles: Roles) -> Evidence | None:
    """A decision on the motion itself: a body's formula ("… beslutar att avslå motionen") or
    a register's decision field."""
    return _decision(blocks, _MOTION_DECISION) or _decision_field(blocks, roles)


def _decision_field(blocks: list[Block], roles: Roles) -> Evidence | None:
    """A short line of a register entry that records the decision ("Beslut: Avslag")."""
    for lr in roles.with_features():
        if "decision_field" in lr.features:
            m = P.decision_field(lr.text)
            assert m is not None
            return _evidence(cue=f"decision field: {m.group(0)}",
                             span=blocks[lr.block].lines[lr.line].text.span(m.start(), m.end()))
    return None


def _motion_report(blocks: list[Block], header_end: int) -> Evidence | None:
    """The header or first paragraph reports a motion lodged ("X har lämnat in en motion
    om …")."""
    for block in blocks[:header_end + 1]:
        if (m := _MOTION_REPORT.search(block.text.text)) is not None:
            return _evidence(cue=f"report of a motion: {m.group(0)}",
                             span=block.text.span(m.start(), m.end()))
    return None


def _is_quote(block: Block) -> bool:
    """A quoted statement: a dash-led or quote-led paragraph, or one with an attribution."""
    text = block.text.text
    return block.marker in ("-", "–", "—") or text[:1] in ("\"", "”", "“", "–", "—") or (
        P.QUOTE_ATTRIBUTION.search(text) is not None)


def _party_voice(blocks: list[Block], header_end: int) -> list[Evidence]:
    """Cues that a party tells its own news: a page title whose site is the party or a party
    branch ("… | Sverigedemokraterna Sala"), a heading with the party as subject of a past-tense
    verb ("SD RÖSTADE FÖR …"), or the party reporting in the first person plural outside
    quotes ("Vi reserverade oss …", "Vi i Sverigedemokraterna Sala …")."""
    found: list[Evidence] = []
    for block in blocks[: max(header_end, 1)]:
        line = block.lines[0]  # a page title or heading is a header block's first line
        text = line.text.text
        if len(text) > _TITLE_LINE:
            continue
        if (m := _PARTY_SITE.search(orgnames.titled(text))) is not None:
            found.append(_evidence(cue=f"party site: {text[m.start('site'):m.end('site')]}",
                                   span=line.text.span(m.start("site"), m.end("site"))))
        elif (m := _PARTY_DID.match(text)) is not None and (
                lexicon().party_from_name(m.group("party")) is not None):
            found.append(_evidence(cue=f"party heading: {m.group(0)}",
                                   span=line.text.span(m.start(), m.end())))
        elif (m := _we_report(text) or _party_says(text)) is not None:
            found.append(_evidence(cue=f"party voice: {m.group(0)}",
                                   span=line.text.span(m.start(), m.end())))
    # The blocks that read as the party's own sentences, each asked once: the first of them
    # after the header, then the first of them all that reports in the first person.
    # (_sentence spelt out: a sentence it reads ends in a full stop, so its text holds one)
    said = [b for b in blocks if (b.prose or (len(b.lines) <= 3 and "." in b.text.text
                                              and reads_as_sentence(b.text.text)))
            and not _is_quote(b)]
    first = next((b for b in said if b.index >= header_end), None)
    if first is not None and (m := _party_says(first.text.text)) is not None:
        found.append(_evidence(cue=f"party voice: {m.group(0)}",
                               span=first.text.span(m.start(), m.end())))
    for block in said:
        if (m := _we_report(block.text.text) or _we_lodged(block.text.text)) is not None \
                and not _quoted(block.text.text, m.start()):
            span = block.text.span(m.start(), m.end())
            if all(e.span != span for e in found):  # (a heading's own line read above)
                found.append(_evidence(cue=f"party voice: {m.group(0)}", span=span))
            break
    return found


#: A motion naming itself at a sentence's start: "Syftet med denna motion", "Denna motion".
_SELF_NAMED = regex.compile(
    rf"""(?:^|(?<=[.!?][ ]))(?:(?:{_alt("self_named_leads")})[ ]+)?
    (?P<self>{_alt("self_named")})(?!\w)""",
    _FLAGS,
)
#: How many blocks after the header a motion names itself in (its opening paragraphs).
_SELF_NAMED_BLOCKS = 3


def _self_named(blocks: list[Block], header_end: int) -> Evidence | None:
    """The opening paragraphs call the text "denna motion" outside quotes: the writer's own
    motion, whose att-satser a cut-off copy may lack."""
    for block in blocks[header_end: header_end + _SELF_NAMED_BLOCKS]:
        text = block.text.text
        if (m := _SELF_NAMED.search(text)) is not None and not _quoted(text, m.start()):
            return _evidence(cue=f"the text names itself: {m.group(0)}",
                             span=block.text.span(m.start(), m.end()))
    return None


def _quoted(text: str, at: int) -> bool:
    """``text[at]`` stands inside quotation marks (an odd number of them before it): the
    words are another text's ("Svar på insändaren ”Vi hade fel om skolan”"), not the party's."""
    return sum(text.count(q, 0, at) for q in _QUOTE_MARKS) % 2 == 1


_QUOTE_MARKS = ("”", "“", '"', "«", "»")


def _sentence(block: Block) -> bool:
    """A paragraph of one sentence ("Vi yrkade därför istället på att köken skulle stängas
    temporärt."), which the blocks stage does not count as prose."""
    return len(block.lines) <= 3 and reads_as_sentence(block.text.text)


def _we_lodged(text: str) -> regex.Match[str] | None:
    """``_WE_LODGED.search(text)``, tried only where the text has "vi" as a word."""
    return _WE_LODGED.search(text) if _WE_WORD.search(text) is not None else None


def _party_says(text: str) -> regex.Match[str] | None:
    """``text`` opens with a party (not a word that only looks like one) and a news verb."""
    m = _PARTY_SAYS.match(text)
    return m if m is not None and lexicon().party_from_name(m.group("party")) else None


def _newspaper(blocks: list[Block], roles: Roles) -> Evidence | None:
    """A newspaper's page furniture ("Annons"): the text reports on a party, it is no release."""
    for lr in roles.with_features():
        if "news_furniture" in lr.features:
            return _evidence(cue=f"newspaper furniture: {lr.text}",
                             span=blocks[lr.block].lines[lr.line].text.span())
    return None


_PRESS_CONTACT_LEADS = lexicon().prefixes("kinds", "press_contact_leads")


def _press_contact(blocks: list[Block], roles: Roles) -> Evidence | None:
    """A news item's contact section: a press contact's label ("För ytterligare information:")
    over a person, or any contact label ("Kontakt:") over a person with a party tag
    ("Elizabeth Peltola (C), regionråd"). A council's page ends with its officer's contact, a
    party's news with its politician's."""
    for lr in roles.with_features():
        if lr.role in OUTSIDE:
            continue  # a menu's "Kontakt" over the document's first line
        if "contact_lead" in lr.features:
            person = lr.text
        elif "press_section:contacts" in lr.features and lr.index + 1 < len(roles.lines):
            person = roles.lines[lr.index + 1].text
        else:
            continue
        if fold(lr.text).startswith(_PRESS_CONTACT_LEADS) or P.PARTY_TAG.search(person):
            return _evidence(cue=f"press contact: {lr.text}",
                             span=blocks[lr.block].lines[lr.line].text.span())
    return None


#: Teasers of this many pages make a list page.
_TEASERS = 2


def _kind_headings(roles: Roles) -> int:
    """How many blocks of the document open with a line naming a kind ("Interpellation till
    …", "Motion till …"), each different (a page title repeats the heading it holds): two or
    more, each over its teaser, make a page of several items."""
    seen: list[str] = []
    for r in roles.by_block:
        if not r or (lr := roles.lines[r.start]).named is None or lr.role in OUTSIDE:
            continue
        if not any(lr.text.startswith(t) or t.startswith(lr.text) for t in seen):
            seen.append(lr.text)
            if len(seen) == _TEASERS:
                break
    return len(seen)


def _teasers(blocks: list[Block], roles: Roles) -> Evidence | None:
    """A page listing other pages by their teasers (CONVENTIONS: a page that only lists
    documents is none of the kinds)."""
    found = [lr for lr in roles.with_features() if "teaser" in lr.features]
    if len(found) < _TEASERS:
        return None
    first = found[0]
    at = teaser_end(first.text)
    assert at is not None
    end = len(first.text.rstrip())
    return _evidence(cue=f"teasers of {len(found)} pages: {first.text[at:end]}",
                     span=blocks[first.block].lines[first.line].text.span(at, end))


#: Kinds whose bare word heads a section of a page that explains them.
_DOCUMENT_KINDS = ("motion", "interpellation", "question", "citizen_proposal")


_NOUN, _NOUNS = _alt("defined_nouns"), _alt("defined_plurals")
#: A sentence that says what a kind of document is (cues.toml ``defined_nouns``): "En motion
#: är ett …", "Motioner är …". A party's page may say so above its own interpellation.
_KIND_DEFINED = regex.compile(
    rf"""
    (?<!\w)(?:
        (?:en|ett)[ ]+(?:{_NOUN})[ ]+är[ ]+(?:en|ett)
      | (?:^|(?<=[.!?:][ ]))(?:{_NOUNS})[ ]+är
    )(?!\w)
    """,
    _FLAGS,
)
#: A question or instruction only a page about the documents writes: "Vad är en motion",
#: "Så här skriver du en motion", "kan väcka ärenden genom att lämna in motioner", "Du skriver
#: din motion".
_KIND_TAUGHT = regex.compile(
    rf"""
    (?<!\w)(?:
        vad[ ]+är[ ]+(?:en|ett)[ ]+(?:{_NOUN})
      | så[ ]+(?:här[ ]+)?(?:skriver|lämnar|väcker)[ ]+du[ ]+(?:en|ett)[ ]+(?:{_NOUN})
      | (?:kan|får)[ ]+(?:\p{{L}}+[ ]+){{0,4}}?(?:väcka|lämna[ ]+in|ställa)[ ]+(?:{_NOUNS})
      | (?:skriver|lämnar[ ]+in|skickar[ ]+in)[ ]+(?:din|er)[ ]+(?:{_NOUN})
    )(?!\w)
    """,
    _FLAGS,
)
#: The last word of every noun the two patterns name, in lower case: a block holding none of
#: them is not searched (a press release's paragraphs, most of them).
_DEFINED_WORDS = tuple({w.split()[-1].lower() for key in ("defined_nouns", "defined_plurals")
                        for w in lexicon().cue("kinds", key)})
#: How many of the document's first blocks :func:`_kind_defined` reads: such a page says what
#: the documents are at its top.
_DEFINING_BLOCKS = 12


def _kind_defined(blocks: list[Block], roles: Roles, titled: bool) -> Evidence | None:
    """A paragraph or heading near the document's start that tells how to write a motion (or
    another kind), or, on a page with no heading of its own (not ``titled``), what one is: a
    municipality's page about the documents. A party's page says what an interpellation is
    above its own ("Saltning på Tynderövägen" / "Interpellation" / "En interpellation är …")."""
    read = 0
    for block in blocks:
        if not roles.block_in_document(block.index):
            continue
        text = block.text.text
        lowered = text.lower()
        if any(word in lowered for word in _DEFINED_WORDS):
            m = _KIND_TAUGHT.search(text) or (None if titled else _KIND_DEFINED.search(text))
            if m is not None:
                return _evidence(cue=f"a kind explained: {m.group(0)}",
                                 span=block.text.span(m.start(), m.end()))
        read += 1
        if read == _DEFINING_BLOCKS:
            break
    return None


def _kinds_explained(blocks: list[Block], roles: Roles) -> Evidence | None:
    """A page with a section per kind ("Motion" / "Interpellation" / "Enkel fråga", each over
    a paragraph saying what it is): a municipality's page about the documents, none of them."""
    seen: dict[str, LineRole] = {}
    for lr in roles.with_features():
        if "kind_word" in lr.features and lr.named is not None and lr.role not in OUTSIDE \
                and lr.named[0] in _DOCUMENT_KINDS:
            seen.setdefault(lr.named[0], lr)
    if len(seen) < 2:
        return None
    first = next(iter(seen.values()))
    return _evidence(cue=f"a section per kind: {', '.join(lr.text for lr in seen.values())}",
                     span=blocks[first.block].lines[first.line].text.span())


def classify(
    blocks: list[Block], roles: Roles, header_end: int, has_proposals: bool, riksdag: bool,
    items: tuple[Proposal, ...] = (), titled: bool = True,
) -> tuple[Kind, tuple[Evidence, ...]]:
    """Decide the kind; return it with the cues that decided it. ``items`` are the
    proposals' texts: where each decides on a document ("att avslå motionen"), the text is a
    body's decision record, no motion. ``titled``: the page has a heading of its own
    (:func:`_kind_defined`)."""
    if not (has_proposals or riksdag) and (
            explained := _kinds_explained(blocks, roles) or _kind_defined(blocks, roles, titled)):
        return "unknown", (explained,)
    header_kind, evidence = _header_kind(blocks, header_end, roles)
    if not (has_proposals or riksdag) and (teasers := _teasers(blocks, roles)) is not None and (
            header_kind in (None, "listing") or _kind_headings(roles) >= _TEASERS):
        return "unknown", (*evidence, teasers)
    if header_kind == "listing":
        if not (has_proposals or riksdag):
            return "unknown", tuple(evidence)
        header_kind = "motion"
    if items and all(_DECIDED_ITEM.match(item.text) for item in items):
        return "unknown", (*evidence, _evidence(cue=f"decision on a document: {items[0].text}",
                                                span=items[0].span))

    press: list[Evidence] = []
    # The press-room furniture lines by block, from the lines the role stage noted (FEATURED):
    # most blocks have none, and the walk below asks a block's lines only where it has one.
    furniture: dict[int, list[LineRole]] = {}
    for lr in roles.with_features():
        if "press_furniture" in lr.features:
            furniture.setdefault(lr.block, []).append(lr)
    for block in blocks:
        if furniture and (held := furniture.get(block.index)) is not None:
            for lr in held:
                press.append(_evidence(cue=f"press-room furniture: {lr.text}",
                                       span=block.lines[lr.line].text.span()))
        text = block.text.text
        if ((text[:1] in _QUOTE_DASHES and text[1:2].isalpha())
                or block.lines[0].marker in _QUOTE_DASHES) and (
                q := P.QUOTE_ATTRIBUTION.search(text) or _NEWS_ATTRIBUTION.search(text)):
            press.append(_evidence(cue=f"attributed quote: {q.group(0).strip(', ')}",
                                   span=block.text.span(q.start(), q.end())))

    if header_kind in ("interpellation", "question", "citizen_proposal", "press_release"):
        return header_kind, tuple(evidence)  # type: ignore[return-value]
    if header_kind == "other":
        return "unknown", tuple(evidence)
    if header_kind == "motion":
        if (decision := _motion_decision(blocks, roles)) is not None:
            return "unknown", (*evidence, decision)
        if not has_proposals and (report := _motion_report(blocks, header_end)) is not None:
            return "press_release", (*evidence, report)
        if has_proposals:
            evidence.append(_evidence(cue="att-satser", span=None))
        return "motion", tuple(evidence)
    if not has_proposals and (
            office := _office_address(blocks, header_end, roles)) is not None:
        return "interpellation", (office,)
    if portal := _portal(blocks, roles):
        return "citizen_proposal", tuple(portal)
    newspaper = _newspaper(blocks, roles)
    if (len(press) >= 2 or (press and not has_proposals)) and newspaper is None:
        return "press_release", tuple(press)
    if has_proposals and (decision := _any_decision(blocks, roles)) is not None:
        return "unknown", (decision,)
    if has_proposals or riksdag:
        evidence.append(_evidence(cue="att-satser" if has_proposals else "riksdag beteckning",
                                  span=None))
        return "motion", tuple(evidence)
    if newspaper is None and (named := _self_named(blocks, header_end)) is not None:
        return "motion", (named,)
    if newspaper is None and (voice := _party_voice(blocks, header_end)):
        return "press_release", tuple(voice)
    if newspaper is None and not has_proposals and (
            contact := _press_contact(blocks, roles)) is not None:
        return "press_release", (contact,)
    return "unknown", (*evidence, *((newspaper,) if newspaper else ()))

"""Att-satser: the preamble that introduces them, and each item with its verbatim source.

A preamble is a block ending in ":" or naming a proposal verb ("yrkar därför", "föreslår …
besluta", "hemställs") or a heading ("Förslag till riksdagsbeslut"). The items after it are
blocks or lines opening with "att" (after any list mark); after a heading, or after a preamble
that itself ends in "att:", items need no "att". Formal verbs may carry their att-sats inline:
"… hemställs att riksdagen …".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from tillit import patterns as P
from tillit.blocks import Block, Line, fits, reflow
from tillit.dates import parse_date
from tillit.lexicon import fold, lexicon
from tillit.models import Proposal, proposal
from tillit.roles import FOOTER, OUTSIDE, PAGE_MARK, RULE, Roles
from tillit.shapes import ATT_FIRSTS, SENTENCE_ENDS, att_start, ends_in_wrap_word, is_signature
from tillit.text import Mapped

_new = object.__new__

#: An item's reflowed text and the original offset where its source (with any list mark) starts.
Item = tuple[Mapped, int | None]

#: Preambles are sentences, not paragraphs of argument.
MAX_PREAMBLE = 400
#: A block of at least this many lines, most of which end a sentence, is typed one unit a line.
MIN_UNIT_LINES = 3
#: A sentence between two att-satser that elaborates the first is at most this long (its
#: reflowed length, so hard wraps do not change the decision).
MAX_ELABORATION = 300


@dataclass(slots=True)  # internal, never mutated; frozen would slow construction
class Preamble:
    """Where the proposals are introduced and how their items are written."""

    block: int
    text: str | None
    #: Items after this preamble may omit "att" (headings, "yrkar att:").
    bare_items: bool
    #: Att-satser written inside the preamble's own sentence (one, or a list flattened into
    #: the line: "… att: – att X – att Y", "… beslutar 1. att X 2. att Y").
    inline: tuple[Mapped, ...]
    #: Index of the block line where the items start, when they share the preamble's block
    #: ("Vi yrkar därför" + "att …" lines without a blank line between).
    first_item_line: int | None = None
    #: The preamble is a proposal heading ("Förslag till riksdagsbeslut").
    heading: bool = False
    #: Items without "att" count only as list items ("Vi yrkar:" + "1. Fler bänkar …"): a
    #: colon after a verb announces a list, not the paragraph after it.
    marked_only: bool = False
    #: The preamble is only this line of its block (the last), the rest being argument.
    line: int | None = None
    #: The preamble is this sentence of its block, the rest being argument.
    sentence: Mapped | None = None


@dataclass(frozen=True, slots=True)
class Proposals:
    """The proposals found and the blocks they used (so other extractors skip them)."""

    items: tuple[Proposal, ...]
    used: frozenset[int]
    preamble: int | None
    #: The line of the preamble block where the preamble starts, when lines before it are
    #: argument (a text typed one paragraph per line); None when the whole block is preamble.
    preamble_line: int | None = None
    #: The preamble's own sentence, where it is one sentence of a paragraph of argument.
    preamble_sentence: Mapped | None = None


def _preamble(block: Block, roles: Roles) -> Preamble | None:
    text = block.text
    raw = text.text
    if att_start(raw):
        return None
    if P.proposal_heading(raw):
        return Preamble(block.index, raw.rstrip(":").strip(), bare_items=True, inline=(),
                        heading=True)
    if len(block.lines) > 1 and att_start(block.lines[1].text.text) \
            and P.proposal_heading(head := block.lines[0].text.text):
        # "Förslag till beslut" / "Att …" / "Att …" typed with no blank line under the heading
        return Preamble(block.index, head.rstrip(":").strip(), bare_items=True, inline=(),
                        first_item_line=1, heading=True)
    if (k := _items_below_verb(block, roles)) is not None:
        pre = " ".join(line.text.text for line in block.lines[:k]).rstrip(":").strip()
        return Preamble(block.index, pre, bare_items=False, inline=(), first_item_line=k)
    verbs = P.names_verb(raw)  # once: both the inline att-sats and the verb below need it
    headed = not verbs and P.heading_colon(raw)
    if not verbs and not headed and len(block.lines) == 1:
        return None  # no verb and no line of its own to read: none
    inline = P.INLINE_ATT.search(raw) if verbs or headed else None
    if inline and (k := _line_at(block, text.at(inline.start("att")))) is not None:
        pre = raw[: inline.start("att")].strip().rstrip(",").strip()
        return Preamble(block.index, pre, bare_items=False, inline=(), first_item_line=k)
    if inline and not P.DECISION_TAIL.match(raw, inline.end()):
        sentence_start = max(raw.rfind(". ", 0, inline.start()) + 1, 0)
        if any(w in raw[sentence_start: inline.start()].casefold() for w in _REPORTED_IN):
            return None  # "I vår motion föreslår vi därför att …": a news item's report
        numbered_first = inline.start("first") >= 0  # "hemställs 1. att X, 2. att Y"
        pre = raw[sentence_start: inline.start("first" if numbered_first else "att")
                  ].strip().rstrip(",").strip()
        # (a numbered first item keeps its "att", as the items after it do)
        start = inline.start("att") if numbered_first else inline.end()
        body = text.slice(start, _sentence_end(raw, inline.end(),
                                               _unit_end(block, inline.end()))).strip()
        if body.text and not body.text.endswith(":"):
            lead, parts, numbered = _flat_parts(body, 2 if numbered_first else 1)
            if numbered_first:
                parts = (lead, *parts) if lead.text else parts
            elif numbered and lead.text:  # "… hemställer jag att riksdagen beslutar 1. att X"
                pre = f"{raw[sentence_start: inline.end()].strip()} {lead.text}"
            elif lead.text:
                parts = (lead, *parts)
            return Preamble(block.index, pre, bare_items=False, inline=parts)
    if block.kind == "item":
        return None
    # Typed one paragraph per line, no blank line before "Vi yrkar:": the block's last line is
    # the preamble and the lines before it are argument.
    # Or the line before a last lead-in line ("Med vad ovan anförts föreslås att" /
    # "Regionfullmäktige ger regionstyrelsen i uppdrag att:").
    last = len(block.lines) - 1
    line = last if last and roles.of(block.index, last).role == "preamble" and \
        block.lines[last - 1].text.text.endswith(SENTENCE_ENDS) else None
    if line is None and last >= 2 and roles.of(block.index, last - 1).role == "preamble" \
            and block.lines[last - 2].text.text.endswith(SENTENCE_ENDS) \
            and _lead_in_line(block.lines[last]):
        line = last - 1
    if line is not None:
        raw = " ".join(ln.text.text for ln in block.lines[line:])
        verbs = P.names_verb(raw)
    elif len(raw) > MAX_PREAMBLE:
        # A long paragraph whose last sentence leads into a list ("… Med anledning av detta
        # föreslår vi att;" over "-Regionen höjer …"): that sentence is the preamble.
        at = raw.rfind(". ") + 2
        if at < 2 or len(raw) - at > MAX_PREAMBLE or not raw.endswith((":", ";")):
            return None
        raw = raw[at:]
        verbs = P.names_verb(raw)
    verb = P.PROPOSAL_VERB.search(raw) if verbs else None
    if verb is None:
        return None
    tail = raw[verb.end():]
    decision = P.VERB_DECISION.match(tail) is not None
    if raw.endswith((":", ";")) or len(tail.split()) <= _VERB_TAIL or decision:
        cleaned = raw.rstrip(":;").strip()
        # "… yrkar att:", "… föreslår följande;", "… föreslår att kommunfullmäktige beslutar:"
        # + "1. Kommunen …"; "… hemställer styrelsen att årsmötet måtte besluta" + "att …"
        bare = bool(decision or P.LIST_WORD.search(raw) or P.DECISION_END.search(raw))
        # A colon after the verb announces a list, and so does a line that ends soon after
        # its verb ("Vi yrkar därför" over "• Kommunen bygger …"): their list items.
        listed = not bare and (raw.endswith(":") or (
            line is None and len(block.lines) == 1 and not raw.endswith(SENTENCE_ENDS)
            and len(tail.split()) <= _VERB_TAIL))
        return Preamble(block.index, cleaned, bare_items=bare or listed, inline=(),
                        marked_only=listed, line=line)
    return None


#: A preamble line ends at most this many words after its verb ("Vi yrkar därför att
#: kommunfullmäktige beslutar").
_VERB_TAIL = 4


def _items_below_verb(block: Block, roles: Roles) -> int | None:
    """The line where att-satser start under a proposal verb's line in one block ("Vi yrkar
    på" / "att …" / "att …", typed with no blank line): the verb's line ends soon after the
    verb or in a decision formula ("… hemställer styrelsen att årsmötet måtte besluta"), and
    the writer broke it, not a wrap (the "att" would have fitted on it, or every
    line below opens with "att")."""
    positions = roles.by_block[block.index]
    for k in range(1, len(positions)):
        if roles.lines[positions[k]].role != "proposal":
            continue
        if roles.lines[positions[k - 1]].role != "preamble":
            return None
        line, after = block.lines[k - 1].text.text, block.lines[k].text.text
        verb = P.find_verb(line)
        width = max(len(other.text.text) for other in block.lines)
        if verb is None or att_start(after) is None:
            return None
        if P.VERB_DECISION.match(line, verb.end()) is not None:
            return k  # the line ends in its decision formula: "… att årsmötet måtte besluta"
        if len(line[verb.end():].split()) > _VERB_TAIL:
            return None
        if not fits(line, after, width) and (len(positions) - k < 2 or any(
                roles.lines[i].role != "proposal" for i in positions[k:])):
            return None
        return k
    return None


def _at_block(pre: Preamble, block: int) -> Preamble:
    """``dataclasses.replace(pre, block=block)``, its slots set directly: a text repeating a
    one-line preamble (a heading down the page) copies a kept reading once a block."""
    out = _new(Preamble)
    out.block = block
    out.text = pre.text
    out.bare_items = pre.bare_items
    out.inline = pre.inline
    out.first_item_line = pre.first_item_line
    out.heading = pre.heading
    out.marked_only = pre.marked_only
    out.line = pre.line
    out.sentence = pre.sentence
    return out


def _preambles(blocks: list[Block], roles: Roles) -> list[Preamble | None]:
    """:func:`_preamble` of every block. A one-line block's depends on its text and kind alone
    unless it holds att-satser of its own (slices of the block), so a text repeated down the
    document (a preamble before each of many lists) is read once."""
    out: list[Preamble | None] = []
    read: dict[tuple[str, str], Preamble | None] = {}
    for block in blocks:
        if len(block.lines) != 1:
            out.append(_preamble(block, roles))
            continue
        text = block.text.text
        key = (text, block.kind)
        # A short text's reading is kept across parses (headings, "Vi yrkar:" and
        # boilerplate recur from document to document), a long one's for this parse.
        kept = _KEPT if len(text) <= _KEPT_LONGEST else read
        pre = kept.get(key, _UNREAD)
        if pre is not _UNREAD:
            out.append(None if pre is None else _at_block(pre, block.index))
            continue
        pre = _preamble(block, roles)
        if pre is None or (not pre.inline and pre.sentence is None
                           and pre.first_item_line is None and pre.line is None):
            if kept is _KEPT and len(_KEPT) >= _KEPT_MOST:
                _KEPT.clear()  # the cache stays bounded
            kept[key] = pre
        out.append(pre)
    return out


#: :func:`_preambles`' readings of one-line blocks up to ``_KEPT_LONGEST`` long, by text
#: and kind (a pure function of the two: no roles or offsets enter it), at most
#: ``_KEPT_MOST`` of them.
_KEPT: dict[tuple[str, str], Preamble | None] = {}
_KEPT_LONGEST = 2000
_KEPT_MOST = 4096
#: Not in a cache (None is a reading: no preamble).
_UNREAD: Any = object()


def _unit_end(block: Block, pos: int) -> int:
    """Where an inline att-sats that starts at ``pos`` of the block's text ends.

    In running text, at the end of the block. Where each line is a unit of its own (most of the
    block's lines end a sentence: a text typed one sentence per line), at the end of its line,
    or further where a hard wrap cut it: the line ends in a word no sentence ends with ("…
    föreslår därför att kommunen verkar för att" + "mark iordningställs …") or the next line
    goes on in lower case.
    """
    lines = block.lines
    text = block.text
    sentence_ends = sum(line.text.text[-1:] in SENTENCE_ENDS for line in lines)
    if len(lines) < MIN_UNIT_LINES or 2 * sentence_ends < len(lines) or pos >= len(text.text):
        return len(text.text)
    at = text.at(pos)
    for k, line in enumerate(lines):
        origin = line.text
        if origin.text and origin.at(0) <= at <= origin.at(-1):
            while k + 1 < len(lines) and lines[k].text.text[-1:] not in SENTENCE_ENDS and (
                    ends_in_wrap_word(lines[k].text.text)
                    or lines[k + 1].text.text[:1].islower()):
                k += 1
            return text.bisect_right(lines[k].text.at(-1))
    return len(text.text)


def _sentence_end(raw: str, start: int, end: int) -> int:
    """Where the sentence of an inline att-sats ends, before ``end``: a sentence after it that
    opens with no "Att" argues for it ("Vi yrkar härmed att X. Frågestunden bör …"). A period
    after an abbreviation ("t.ex.", "kl.") ends nothing."""
    for m in P.SENTENCE_BREAK.finditer(raw, start, end):
        word = raw[max(raw.rfind(" ", start, m.start()) + 1, start): m.start() + 1]
        if len(word) <= _ABBREVIATION or "." in word[:-1] or fold(word[:-1]) in _ABBREVIATIONS:
            continue
        if not raw.startswith(("Att ", "ATT "), m.end()):
            stop: int = m.start() + 1
            return stop
    return end


#: A word this short before a period is an abbreviation ("kl.", "ca.", "st."), not a sentence.
_ABBREVIATION = 3
_ABBREVIATIONS = lexicon().folded("proposal", "abbreviations")


def _line_at(block: Block, offset: int) -> int | None:
    """The index (≥ 1) of the block line that starts at an original offset, if any."""
    for k, line in enumerate(block.lines[1:], start=1):
        if line.text.text and line.text.at(0) == offset:
            return k
    return None


def _att_units(block: Block, wrapped: bool = False) -> list[tuple[tuple[Line, ...], bool]]:
    """Split a block into units that each open with "att"; (lines, opens_with_att).

    A line opening with a lower-case "att" after a line that does not end an item may be a
    hard wrap of running text; but where every line opens with "att", each is an item, unless
    the list has shown its items ``wrapped`` over lines in blocks of their own (the hard wrap
    then fell before a sentence's own "att": "… så att de går" / "att använda …"). After a
    line that ends an item, "och att"/"samt att" opens the next one ("att X," / "och att Y").
    """
    units: list[list[Line]] = []
    flags: list[bool] = []
    texts = [line.text.text for line in block.lines]
    # (each line's once: a block may be huge; only where its first character may open one)
    atts = [att_start(text) if text[:1] in ATT_FIRSTS else None for text in texts]
    every = len(texts) > 1 and all(atts) and not wrapped
    # A hard-wrapped list of att-satser without punctuation or blank lines: an "att" line after
    # a line the wrap did not fill ("… i norr och söder" / "att kommunen …") opens an item;
    # after a full one ("… så att de går" / "att använda …") the wrap put it there.
    width = max(map(len, texts)) if not every and atts[0] is not None \
        and len(texts) >= _WRAPPED_LINES and sum(map(bool, atts)) > 1 else 0
    prev = ""
    for i, line in enumerate(block.lines):
        att, text = atts[i], texts[i]
        # _ends_item of the line before, spelt out: this runs on every line of the block.
        ended = i > 0 and (prev[-1:] in _ITEM_ENDS or prev.endswith("samt") or (
            width > 0 and att is not None and fits(prev, text, width)))
        # "… tillförs fritidsnämnden för" / "att på sikt kunna …": a hard wrap, not an item
        cut = every and not ended and ends_in_wrap_word(prev) \
            and fold(prev.rsplit(" ", 1)[-1]) not in _ITEM_JOINS
        prev = text
        starts = (att is not None and (i == 0 or (every and not cut) or line.marker is not None
                                       or att.group("att") != "att" or ended)) \
            or (ended and P.conj_att(text) is not None)
        if starts or not units:
            units.append([line])
            flags.append(starts)
        else:
            units[-1].append(line)
    return [(tuple(u), f) for u, f in zip(units, flags, strict=True)]


#: A block of at least this many lines shows its wrap width.
_WRAPPED_LINES = 4
#: Words closing a line that may join the next att-sats to it ("att X samt" / "att Y").
_ITEM_JOINS = lexicon().folded("proposal", "item_joins")
#: The last characters that end an item (besides a closing "samt").
_ITEM_ENDS = (".", ";", ",", "!", "?")


def _ends_item(line: Line) -> bool:
    return line.text.text[-1:] in _ITEM_ENDS or line.text.text.endswith("samt")


def _proposal(number: int, item: Item, preamble: str | None, source: str) -> Proposal | None:
    text, source_start = item
    raw = text.text
    conj = P.conj_att(raw)
    if conj is not None:  # "samt att Z": the proposal and its source start at "att"
        text, source_start = text.slice(conj.start("att"), len(raw)), None
        raw = text.text
    m = att_start(raw)
    start = m.end() if m else 0
    note = P.footnote_mark(raw, start)
    end = note.start("note") if note else len(raw)
    tail = P.PROPOSAL_TAIL.search(raw, start, end)
    if tail:
        end = tail.start()
    body = raw[start:end].strip()
    if not body:
        return None
    first, stop = text.offsets(0, len(raw))
    if source_start is not None:
        first = min(source_start, first)
    return proposal(number, body, source[first:stop], first, stop, preamble)


def _stop(block: Block, roles: Roles) -> bool:
    """A block that cannot belong to a proposal list: a date, signature, group heading or the
    page's furniture ("Taggar: …" under the last item; its first line's role says so)."""
    if att_start(block.text.text):
        return False
    if block.kind == "heading":
        return True
    first = roles.of(block.index)
    if first.role == "group" or first.role in OUTSIDE or "signature" in first.features:
        return True
    return parse_date(first.text) is not None or (
        len(first.text) > 200 and is_signature(first.text))


def _before_preamble(pre: Preamble, preambles: list[Preamble | None], roles: Roles) -> bool:
    """A preamble with no items of its own right above a block (no page break) whose own
    preamble has none inline: :func:`_items` stops at that block with no items (a heading
    repeated down the page is a preamble a block, each read against the next)."""
    if pre.inline or pre.first_item_line is not None or pre.block + 1 >= len(preambles):
        return False
    after = preambles[pre.block + 1]
    return after is not None and not after.inline and not roles.page_mark(pre.block + 1)


def extract(blocks: list[Block], roles: Roles, source: str) -> Proposals:
    """Find the last preamble that is followed by items, and read those items."""
    found: list[tuple[Preamble, list[Item], set[int]]] = []
    preambles = _preambles(blocks, roles)
    for pre in preambles:
        if pre is None or _before_preamble(pre, preambles, roles):
            continue
        pre, items, used = _items(blocks, pre, preambles, roles)
        if items and not all(_asks(item) for item in items):
            found.append((pre, items, used if pre.line is not None else used | {pre.block}))
    if not found:
        items, used = _bare_att_run(blocks, roles)
        if items:
            found.append((Preamble(-1, None, False, ()), items, used))
        elif (closing := _closing(blocks, roles)) is not None:
            closing, items, used = _items(blocks, closing, preambles, roles)
            found.append((closing, items, used | {closing.block}))
        else:
            return Proposals((), frozenset(), None)
    pre, items, used = found[-1] if len(found) == 1 else _richest(found)
    if pre.text and (pre.text[:1] in _QUOTE_OPENS or pre.text[pre.text.rfind(". ") + 1:]
                     .lstrip().casefold().startswith(_REPORTED_IN)):
        # "”Mot denna bakgrund yrkar vi:" / "– att …”", "I motionen föreslås följande:" /
        # "• Utöka …": a news item quoting or reporting a motion's att-satser; they are none
        # of its own
        return Proposals((), frozenset(), None)
    out: list[Proposal] = []
    for text in items:
        proposal = _proposal(len(out) + 1, text, pre.text, source)
        if proposal is not None:
            out.append(proposal)
    return Proposals(tuple(out), frozenset(used), pre.block if pre.block >= 0 else None,
                     pre.line, pre.sentence)


#: Marks that open a quotation: a preamble opening with one is quoted from another text.
_QUOTE_OPENS = frozenset("”“„»«\"")
#: Roles of the lines after the argument, passed over on the way back to its last paragraph.
_AFTER_ARGUMENT = frozenset({"signature", "dateplace", "party", "group", "contact", "chrome",
                             "trailer", "label", "meta"})


_SIGNED = frozenset({"signature", "dateplace"})
_REPORTED_IN = tuple(sorted(lexicon().folded("proposal", "reported_in")))
#: A line shorter than this that ends no sentence is a greeting or a label, not argument.
_SHORT_LINE = 40


def _closing(blocks: list[Block], roles: Roles) -> Preamble | None:
    """The proposing sentence of the argument's last paragraph ("Jag föreslår att tekniska
    nämnden …", "För att … föreslår jag att fullmäktige uppdrar …"): its att-sats, up to the
    sentence's end, is the motion's one proposal. The last such sentence counts.

    The walk back starts at the signature, where there is one (page chrome may follow it),
    and passes over short lines that end no sentence ("m v h:").
    """
    lines, by_block = roles.lines, roles.by_block  # roles.of(i, 0), spelt out: every block
    signed = next((b.index for b in reversed(blocks)
                   if lines[by_block[b.index].start].role in _SIGNED), len(blocks))
    for block in reversed(blocks[:signed]):
        raw = block.text.text
        if (len(raw) < _SHORT_LINE and not raw.endswith(SENTENCE_ENDS)) \
                or lines[by_block[block.index].start].role in _AFTER_ARGUMENT:
            continue
        if not P.names_verb(raw):
            return None
        starts = [0, *(m.end() for m in P.SENTENCE_BREAK.finditer(raw))]
        ends = [*(s - 1 for s in starts[1:]), len(raw)]
        for start, end in zip(reversed(starts), reversed(ends), strict=True):
            sentence = raw[start:end].rstrip()
            if len(sentence) > MAX_PREAMBLE:
                continue
            m = P.CLOSING_PROPOSAL.match(sentence) or P.CLOSING_INVERTED.search(sentence)
            if m is None or any(w in sentence[: m.start()].casefold() for w in _REPORTED_IN):
                continue
            body = block.text.slice(start + m.end(), start + len(sentence)).strip()
            lead = sentence[: m.start("att")].rstrip()
            return Preamble(block.index, lead, bare_items=False, inline=(body,),
                            sentence=block.text.slice(start, start + len(lead)))
        return None
    return None


def _asks(item: Item) -> bool:
    """An item that is a question ("1. Varför har nämnden …?"): an interpellation's questions
    after "… begär jag fullmäktiges tillstånd att få ställa följande frågor:" are no
    proposals (CONVENTIONS)."""
    return item[0].text.rstrip().endswith("?")


def _richest(
    found: list[tuple[Preamble, list[Item], set[int]]],
) -> tuple[Preamble, list[Item], set[int]]:
    """Of several preamble runs, the one with most items; the later one on a tie.

    A run under a proposal heading is the document's decision section: an att-sats written
    inline in a paragraph of argument ("Jag föreslår därför att regeringen …") does not
    compete with it.
    """
    if any(f[0].heading for f in found):
        found = [f for f in found if not f[0].inline] or found
    best = max(len(f[1]) for f in found)
    return [f for f in found if len(f[1]) == best][-1]


def _items(blocks: list[Block], pre: Preamble, preambles: list[Preamble | None],
           roles: Roles) -> tuple[Preamble, list[Item], set[int]]:
    """The items after a preamble, up to the first block that is not one.

    A short sentence between two att-blocks continues the earlier item (it elaborates it).
    A second lead-in ending in ":" right after the preamble extends it ("Med vad ovan
    anförts föreslås att" + "Regionfullmäktige ger regionstyrelsen i uppdrag att:"), which is
    returned with it.
    """
    items: list[list[Line]] = []
    items.extend([_line(part)] for part in pre.inline)
    if pre.first_item_line is not None:
        own = blocks[pre.block]
        rest = Block(own.kind, own.lines[pre.first_item_line:], own.text, own.index, own.prose)
        items.extend(list(lines) for lines, _ in _att_units(rest))
    used: set[int] = set()
    pending: Block | None = None
    marked = False  # the last item came from a list item (bullet, number), not a paragraph
    atted = False  # the last item opened with its "att": the list's items are no bare clauses
    # An item has stood in a block of its own, wrapped over lines ("att X …" / "… Y"): the
    # list sets its items apart by blank lines, so a block is one item.
    wrapped = False
    # An inline att-sats cut at a sentence end inside its block goes on in no later block:
    # the rest of its block lies between them.
    lone = False  # the block before was an "att" alone: this block is its clause
    inline_cut = bool(pre.inline) and pre.block >= 0 and \
        pre.inline[-1].span().end < blocks[pre.block].text.span().end
    for i in range(pre.block + 1, len(blocks)):  # by index: a slice per preamble is quadratic
        block = blocks[i]
        if roles.page_mark(i):
            continue
        if _stop(block, roles):
            break
        plain = pre.bare_items and not marked and not atted
        if items and pending is None and not lone and _continues(
                items[-1], block, plain) and not (inline_cut and len(items) == len(pre.inline)):
            # (before a preamble's test: "… innefattar de" / blank / "ekonomiska konsekvenserna
            # av förändringarna som föreslås." goes on with the item, its verb no preamble's)
            units = _att_units(block) if len(block.lines) > 1 else []
            if len(units) > 1:  # "… verkställs under år 2022." / "att övriga åtgärder …"
                items[-1].extend(units[0][0])
                items.extend(list(lines) for lines, _ in units[1:])
            else:
                lead, parts, _ = _flat_parts(block.text, len(items) + 1)
                if lead.text:
                    items[-1].append(_line(lead))
                items.extend([_line(part)] for part in parts)
            used.add(block.index)
            continue
        inner = preambles[block.index]
        if inner is not None and not inner.inline:
            break
        if i == pre.block + 1 and not items and _lead_in(block):
            second = block.text.text.rstrip(":").strip()
            pre = replace(pre, text=f"{pre.text} {second}" if pre.text else second,
                          bare_items=pre.bare_items or bool(P.ATT_START.search(second[-3:])))
            used.add(block.index)
            continue
        if not pre.inline and not items and inner is not None and inner.inline:
            items.extend([_line(part)] for part in inner.inline)
            used.add(block.index)
            continue
        if pending is None and not lone and _lone_att(block):
            lone = True
            used.add(block.index)
            continue
        if items and pending is None and P.conj_att(block.text.text):
            items.extend(list(lines) for lines, _ in _att_units(block))  # "samt att Z"
            used.add(block.index)
            continue
        closing = _closing_line(block, roles)
        if closing is not None:  # "att X." / "Vara 2021-03-03" typed with no blank line
            lines = block.lines[:closing]
            block = Block(block.kind, lines, reflow(lines), block.index, block.prose)
        units = _att_units(block, wrapped)
        if lone or units[0][1] or (pre.bare_items and (block.kind == "item" or (
                not pre.marked_only and (not items or _opens_alike(block, items[0][0])
                                         or (plain and _lower_clause(block)))))):
            if pending is not None:
                items[-1].extend(pending.lines)
                used.add(pending.index)
                pending = None
            if not lone and not units[0][1] and len(units) == 1 and _sentence_lines(block):
                units = [((line,), False) for line in block.lines]  # one decision a line
            items.extend(list(lines) for lines, _ in units)
            marked = block.kind == "item" or block.marker is not None
            atted = units[-1][1] or lone
            lone = False
            wrapped = wrapped or (len(units) == 1 and units[0][1] and len(units[0][0]) > 1
                                  and not _ends_item(units[0][0][0]))
            used.add(block.index)
            if closing is not None:
                break
            continue
        if (items and pending is None and len(block.text.text) <= MAX_ELABORATION
                and block.text.text.endswith(".")
                and not (inline_cut and len(items) == len(pre.inline))):
            pending = block  # (an inline att-sats cut inside its block elaborates in no later
            continue  # block: its span would cover the rest of its block, which it drops)
        break
    return pre, [_item(item) for item in items], used


#: Roles of the lines that close a document: a date line, a signature, a group heading.
_CLOSING_ROLES = frozenset({"dateplace", "signature", "group"})


def _closing_line(block: Block, roles: Roles) -> int | None:
    """The first line (after the first) of a block that closes the document: the items above
    it end there. Page furniture glued under the last item ("Foto: Holger Ellgaard /
    Wikipedia", "Dela den här sidan") ends them too; a page break does not."""
    positions = roles.by_block[block.index]
    for k in range(1, len(positions)):
        lr = roles.lines[positions[k]]
        if lr.role in _CLOSING_ROLES or (lr.role == "chrome" and lr.evidence not in _BREAKS):
            return k
    return None


#: Furniture that a list of proposals runs on past: a PDF's page break, a line to sign on.
_BREAKS = frozenset({PAGE_MARK, FOOTER, RULE})


def _sentence_lines(block: Block) -> bool:
    """Lines that each hold one sentence: each opens in capitals and ends a sentence
    ("Kommunen inventerar bänkarna." / "Kommunen sätter upp fler bänkar."), as decisions
    under a heading are typed one a line."""
    return len(block.lines) > 1 and all(
        line.text.text[:1].isupper() and line.text.text[-1:] in SENTENCE_ENDS
        for line in block.lines)


def _lead_in_line(line: Line) -> bool:
    """A line that introduces a list (:func:`_leads_in`), not a list item itself."""
    return line.marker is None and _leads_in(line.text.text)


def _lead_in(block: Block) -> bool:
    """A short block that introduces a list (:func:`_leads_in`), not a list item itself."""
    return block.kind != "item" and _leads_in(block.text.text)


def _lone_att(block: Block) -> bool:
    """An "att" alone in its block ("yrkar därför" / "att" / "Gnesta kommun inför …"): a
    hanging indent's "att" that a PDF's text sets apart from its clause, which the next
    block opens."""
    return block.kind != "item" and fold(block.text.text).rstrip(":").rstrip() == "att"


def _leads_in(text: str) -> bool:
    """Short text ending in ":" that is no att-sats: "… ger nämnden i uppdrag att:", or in a
    decision's "beslutar att" ("Teknik- och fritidsnämnden beslutar att")."""
    return (text.endswith(":") or fold(text).endswith(_DECISION_LEAD_INS)) \
        and len(text) <= MAX_PREAMBLE and not att_start(text)


_DECISION_LEAD_INS = tuple(
    sorted(f" {w}" for w in lexicon().folded("proposal", "decision_lead_ins")))


def _continues(item: list[Line], block: Block, bare: bool) -> bool:
    """The block carries on the item before it: the item stops mid-sentence (no closing
    punctuation) and the block opens in lower case — a line wrapped across a blank line in
    text taken from a PDF ("… andel av resandet i länet" + blank + "ska öka") — or with a
    name after a word no phrase ends with ("… mellan" + blank + "Fjugesta och Gropen"). Where items
    carry no "att" (``bare``: "yrkar vi att:" + paragraphs), a lower-case paragraph is the next
    item unless the one before breaks off after a word that cannot end it ("… och att")."""
    last = item[-1]
    text = block.text.text
    if bare and not _cut_short(last.text.text):
        return False
    # (in a list whose items open with "att", a comma ends none: "att X, som firas i juli," /
    # blank / "utses till …"; the next item would open with its "att")
    ended = _ends_item(last) and (bare or last.text.text[-1:] != ",")
    opens = text[:1].islower() or (text[:1].isupper() and _cut_short(last.text.text))
    return (last.text.text[-1:] not in ("", ":") and not ended and opens
            and block.marker is None and not att_start(text) and P.conj_att(text) is None)


def _lower_clause(block: Block) -> bool:
    """A one-line paragraph opening in lower case: the next bare item after "att:" (argument
    opens its sentences in capitals)."""
    text = block.text.text
    return len(block.lines) == 1 and text[:1].islower() and len(text) <= MAX_ELABORATION


def _cut_short(text: str) -> bool:
    """The text breaks off mid-phrase: after a dash or a word such as "och", "i". (After a
    comma it ends an item, which :func:`_ends_item` says.)"""
    return text.rstrip()[-1:] in ("-", "–") or ends_in_wrap_word(text)


def _opens_alike(block: Block, first: Line) -> bool:
    """The block opens with the same words as the first item: an unnumbered list of items that
    each restate the decision ("Riksdagen ställer sig bakom …" paragraph after paragraph)."""
    ours = P.OPENING_WORDS.match(block.text.text)
    theirs = P.OPENING_WORDS.match(first.text.text)
    return ours is not None and theirs is not None \
        and ours.group(0).casefold() == theirs.group(0).casefold()


def _item(lines: list[Line]) -> Item:
    """An item's text; an att-sats ends at its sentence's end (a sentence after it in the
    same paragraph argues for it: "att X får ställas. Det är ur demokratisk synpunkt …")."""
    text = reflow(tuple(lines))
    if (att := att_start(text.text)) is not None and ":" not in att.group(0):
        # (not after a label: "Att: Alla motioner … kommit. Återrapporteringen avslutas …"
        # is a paragraph of sentences)
        stop = _sentence_end(text.text, 0, len(text.text))
        if stop < len(text.text):
            text = text.slice(0, stop)
    return text, lines[0].start


def _flat_parts(text: Mapped, first: int) -> tuple[Mapped, tuple[Mapped, ...], bool]:
    """Att-satser of a list flattened into running text, split at each list mark that opens an
    "att": "– att X – att Y", "riksdagen beslutar 1. att X samt 2. att Y".

    Returns the text before the first mark (the lead), the text after each mark, and whether
    the first mark is a number. Numbers count only when they run ``first``, ``first + 1`` …
    """
    marks = list(P.FLAT_MARK.finditer(text.text))
    numbers = [int(m.group("num")) for m in marks if m.group("num")]
    if numbers != list(range(first, first + len(numbers))):
        marks = [m for m in marks if not m.group("num")]
    ends = [m.start() for m in marks] + [len(text.text)]
    starts = [m.end() for m in marks]
    parts = tuple(text.slice(a, b).strip() for a, b in zip(starts, ends[1:], strict=True))
    lead = text.slice(0, ends[0]).strip()
    return lead, tuple(p for p in parts if p.text), bool(marks and marks[0].group("num"))


def _line(text: Mapped) -> Line:
    return Line(text=text, start=text.span().start, level=0, marker=None, emphasised=False)


def _mid_sentence(block: Block) -> bool:
    """A block that is a wrapped piece of a sentence: it ends with no punctuation and opens in
    lower case ("kommer såväl medborgarna som de kommunalt anställda") or ends in a word that
    cannot end a sentence ("… inte räcker för"), so an "att" line under it goes on with the
    sentence (text with a blank line after every line)."""
    text = block.text.text
    return block.marker is None and text[-1:].isalpha() and (
        text[:1].islower() or ends_in_wrap_word(text))


def _bare_att_run(blocks: list[Block], roles: Roles) -> tuple[list[Item], set[int]]:
    """Without a preamble: a run of att-blocks after the argument's last prose paragraph."""
    # The blocks whose first line opens with an att-sats, listed once (att_start read only
    # where the first character is one of ATT_FIRSTS): the run opens at one of them, and
    # without any there is none (a text of many tiny blocks holds none).
    atts = [b.index for b in blocks
            if (text := b.lines[0].text.text)[:1] in ATT_FIRSTS and att_start(text)]
    if not atts:
        return [], set()
    last_prose = max((b.index for b in blocks if b.prose), default=-1)
    # A lead-in ending in a colon right above an att-sats ("Med hänvisning till ovanstående
    # vill vi i Framtidspartiet:") opens the run, whatever "Att …" argument stands above it in
    # text whose lines are all set apart (no block of it reads as prose).
    start = next((i for i in atts if i >= last_prose + 2 and _lead_in(blocks[i - 1])),
                 last_prose + 1)
    # Before the first item the walk passes over every block that opens with no att-sats:
    # it starts at the first that does.
    start = next((i for i in atts if i >= start), len(blocks))
    opening = set(atts)
    items: list[Item] = []
    used: set[int] = set()
    last: list[Line] = []  # the last item's lines
    for block in blocks[start:]:
        if items and _continues(last, block, False) and roles.of(block.index).role not in OUTSIDE:
            # "att X förses med belysning" / blank / "på båda sidor …": a break inside it
            last = [*last, *block.lines]
            items[-1] = _item(last)
            used.add(block.index)
            continue
        if block.index not in opening \
                or (not items and block.index and _mid_sentence(blocks[block.index - 1])):
            if items:
                break
            continue
        # (a block of one line is one unit: no need to read its units)
        units = _att_units(block) if len(block.lines) > 1 else ()
        if len(units) <= 1:  # the whole block: its text is its lines reflowed (segment's)
            items.append((block.text, block.lines[0].start))
            last = list(block.lines)
        else:
            items.extend(_item(list(lines)) for lines, _ in units)
            last = list(units[-1][0])
        used.add(block.index)
    return items, used

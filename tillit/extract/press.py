"""Press releases: publisher, lead, body, quotes, contacts, the "Om" section, related releases.

A press-room page is a sequence of sections announced by headings from ``cues.toml``
("Kontakter", "Om", "Senaste pressmeddelandena"); the release's own body is what precedes the
first of them. Quotes follow the Swedish convention of a leading dash and an attribution
("…, säger Sara Svensson, regionråd …"); text after an attribution in the same paragraph is
still the speaker's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from tillit import patterns as P
from tillit.blocks import Block, reflow
from tillit.dates import DateMention, first_date
from tillit.extract import Found
from tillit.lexicon import fold, lexicon, names
from tillit.models import (
    Contact,
    Party,
    PhoneType,
    PublisherContact,
    Quote,
    Reference,
    RelatedItem,
    Signatory,
)
from tillit.roles import LineRole, Roles
from tillit.shapes import (
    is_person,
    is_role,
    parse_line,
    party_in,
    party_line,
    signature_tail,
    tag_party,
)
from tillit.spans import Span
from tillit.text import Mapped, identity

_DASHES = ("-", "–", "—")
#: The feature prefix of a line heading a press-room section ("Kontakt", "Relaterat").
_SECTION = "press_section:"
#: No number libphonenumber takes as valid has fewer digits, country code included: Swedish
#: numbers have at least six, the shortest anywhere are Austria's four after "+43".
_PHONE_MIN_DIGITS = 6


@dataclass(slots=True)
class Press:
    """Everything a press release holds beyond the common fields."""

    publisher: Found[str] | None = None
    publisher_party: Found[Party] | None = None
    lead: Block | None = None
    body: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    publisher_contact: PublisherContact | None = None
    publisher_description: str | None = None
    related: list[RelatedItem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    #: Who sends the release: byline lines and contact persons, never a person only quoted.
    signers: list[Signatory] = field(default_factory=list)


_PHONE_TYPES: dict[int, PhoneType] = {
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.FIXED_LINE: "fixed_line",
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    phonenumbers.PhoneNumberType.TOLL_FREE: "toll_free",
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "premium_rate",
    phonenumbers.PhoneNumberType.SHARED_COST: "shared_cost",
    phonenumbers.PhoneNumberType.VOIP: "voip",
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    phonenumbers.PhoneNumberType.PAGER: "pager",
    phonenumbers.PhoneNumberType.UAN: "uan",
    phonenumbers.PhoneNumberType.VOICEMAIL: "voicemail",
}


@dataclass(frozen=True, slots=True)
class Phone:
    """A valid phone number found in a line: E.164, its type, and where it is written."""

    e164: str
    type: PhoneType
    span: Span


def find_phone(line: Mapped) -> Phone | None:
    """The first valid phone number in ``line`` ("Tel:073 - 929 44 39" → "+46739294439").

    libphonenumber (``phonenumbers``) finds and validates it; a number without a country code
    is read as Swedish, so it needs its leading 0, as Swedish numbers are written.
    """
    found = _phone_in(line.text)
    if found is None:
        return None
    e164, kind, start, end = found
    return Phone(e164, kind, line.slice(start, end).span())


@lru_cache(maxsize=4096)
def _phone_in(text: str) -> tuple[str, PhoneType, int, int] | None:
    """:func:`find_phone` of a line's text, offsets into it (cached: libphonenumber's matcher
    costs ~60 µs a line, and a publisher's contact lines repeat from release to release)."""
    if sum(map(str.isdecimal, text)) < _PHONE_MIN_DIGITS:
        return None
    glued = P.GLUED_TO_DIGIT.sub(" ", text)
    for match in phonenumbers.PhoneNumberMatcher(glued, "SE"):
        number = match.number
        return (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                _PHONE_TYPES.get(phonenumbers.number_type(number), "unknown"),
                match.start, match.end)
    return None


def _section_of(lr: LineRole) -> str | None:
    """The press-room section a line heads, from its role's features."""
    return _section_in(lr.features)


@lru_cache(maxsize=1024)
def _section_in(features: frozenset[str]) -> str | None:
    """:func:`_section_of` of a line with these features, kept by them (a document's lines
    share a few dozen feature sets: a page of thousands of blocks reads each set once)."""
    return next((f[len(_SECTION):] for f in features if f.startswith(_SECTION)), None)


def extract(blocks: list[Block], roles: Roles, title: Found[str] | None) -> Press:
    """Split a press-room page into the release and its page furniture; the header's
    ``title`` is never the publisher. A block the line-role stage reads as site chrome (a
    menu, a share widget) is furniture too."""
    title_block = _block_at(blocks, title.span.start) if title else None
    out = Press()
    section = "body"
    start = 0
    for block in blocks:
        if block.index > 2:
            break
        text = block.text.text
        party = party_line(text) if len(block.lines) == 1 else None
        if party is not None and block.index != title_block:
            out.publisher = Found(text, block.text.span())
            out.publisher_party = Found(party, block.text.span())
            start = block.index + 1
            break
    if title_block is not None:
        start = max(start, title_block + 1)
    sections: dict[str, list[Block]] = {}
    for block in blocks[start:]:
        lines = roles.block_lines(block.index)
        first = lines[0]
        name = _section_of(first)
        if name is not None and len(lines) == 1:
            section = name
            continue
        chrome = "byline_lead" not in first.features and (  # "Skrivet av …": a byline
            first.role == "chrome" if len(lines) == 1
            else all(lr.role == "chrome" for lr in lines))
        if "contact_lead" in first.features:
            section = "contacts"  # "Kontakt: Anna Berg (V), 070-…": label and first entry
        elif name is not None:
            section = name  # "Kontakt" / "Anna Berg (V)" / "070-…" without blank lines
            block = Block(block.kind, block.lines[1:], block.text, block.index, block.prose)
        if chrome or (len(lines) == 1 and "press_chrome" in first.features):
            continue
        sections.setdefault(section, []).append(block)

    body = sections.get("body", [])
    intro: _Speaker | None = None  # "Anna Berg (V) kommenterar:" over the quote it introduces
    for block in body:
        ref = P.REFERENCE.match(block.text.text)
        if ref and len(block.text.text) < 120:
            out.references.append(_reference(block, ref.group("noun")))
            intro = None
            continue
        if len(block.lines) == 1 and (spoken := _intro(block.text.text)) is not None:
            intro = spoken  # (no byline: the name introduces what follows)
            out.body.append(block)
            continue
        if (byline := _byline(block)):
            out.signers.extend(byline)
            intro = None
            continue
        if out.lead is None and block.marker not in _DASHES:
            out.lead = block
            intro = _intro(block.lines[-1].text.text)
            continue
        out.body.append(block)
        if intro is None and len(block.lines) > 1 and block.lines[1].text.text[:1] in _OPENS \
                and (intro := _intro(block.lines[0].text.text)) is not None:
            # "Chris Dahlqvist kommenterar:" / "– Sverigedemokraterna är …" in one block
            block = Block(block.kind, block.lines[1:], reflow(block.lines[1:]), block.index,
                          block.prose)
        raw = block.text.text
        if block.marker in _DASHES or (raw[:1] in _QUOTE_MARKS and (
                intro is not None or (", " in raw and _attributions_of(raw)))):
            # (a paragraph in quotation marks quotes only where it names who speaks, or a
            # line above it does)
            out.quotes.extend(_quotes(block, out.quotes, intro))
        intro = _intro(block.lines[-1].text.text)
    contacts = _contacts(sections.get("contacts", []))
    out.contacts = [c for c, _ in contacts]
    known = {fold(s.name) for s in out.signers}
    out.signers += [_contact_signer(c, party) for c, party in contacts
                    if fold(c.name) not in known]
    out.publisher_contact, out.publisher_description = _about(sections.get("about", []))
    out.related = _related(sections.get("related", []))
    return out


def _byline(block: Block) -> list[Signatory]:
    """A one-line block that signs the release with a party or an office ("Anna Berg (V),
    regioråd"); [] for anything else, a quote's dash-led paragraph included."""
    if len(block.lines) != 1 or block.marker in _DASHES or len(block.text.text) > 120:
        return []
    text = block.lines[0].text.text
    if _signs_no_byline(text) if len(text) <= _KEPT_LONGEST \
            else _signs_no_byline.__wrapped__(text):
        return []
    return _read_byline(block)


@lru_cache(maxsize=4096)
def _signs_no_byline(text: str) -> bool:
    """A line :func:`_read_byline` turns away before it maps a signature: after any byline
    lead it leads into a quote or holds none (``parse_line``'s answer is empty or not by the
    line's text alone; offsets only place what it finds). Kept by text: a page may repeat a
    heading thousands of times, each a block of its own."""
    if (lead := P.BYLINE_LEAD.match(text)) is not None:
        text = text[lead.end():]
    return P.QUOTE_LEAD.match(text) is not None or not parse_line(identity(text))


def _read_byline(block: Block) -> list[Signatory]:
    """:func:`_byline` of a one-line block of at most 120 characters with no dash, read in
    full."""
    line = block.lines[0].text
    if (lead := P.BYLINE_LEAD.match(line.text)) is not None:
        line = line.slice(lead.end(), len(line.text))
    if P.QUOTE_LEAD.match(line.text):
        return []  # "Jimmie Åkesson kommenterar," leads into a quote: quoted, not a signer
    sigs = parse_line(line)
    # A release is prose: a byline must say it is one by its lead ("Av", "Skrivet av") or by a
    # party or office, and name a person by a listed first name unless a party tag follows the
    # name ("Jerk Pros (L)": the table lists the 500 commonest first names, not every one).
    if not sigs or any((s.party is None and s.role is None and lead is None)
                       or (s.party is None and not is_person(s.name)) for s in sigs):
        return []
    return [s.signatory() for s in sigs]


def _contact_signer(contact: Contact, party: Party | None) -> Signatory:
    """A contact person as a signatory, with the party their lines name ("Anna Berg (V)",
    "gruppledare (V)", "regionråd för Vänsterpartiet")."""
    if party is None and contact.role:
        tag = P.PARTY_TAG.search(contact.role)
        party = tag_party(tag.group("tag")) if tag else party_in(contact.role)
    return Signatory(name=contact.name, party=party, role=contact.role, span=contact.span)


def _reference(block: Block, noun: str) -> Reference:
    kind = lexicon().cue_map("reference_nouns").get(fold(noun), "other")
    url = P.URL.search(block.text.text)
    return Reference(kind=kind, text=block.text.text, url=url.group("url") if url else None,
                     span=block.text.span())


#: Quotation marks that may open a paragraph quoting its speaker ("”Vi vill …”, säger …").
_QUOTE_MARKS = "”“\"«»"


#: Who speaks: name, role, party.
_Speaker = tuple[str | None, str | None, Party | None]
#: How a quote's line opens: a dash or a quotation mark.
_OPENS = frozenset(_DASHES) | frozenset(_QUOTE_MARKS)


def _intro(line: str) -> _Speaker | None:
    """The speaker a line introduces a quote by ("Magnus Olsson kommenterar:", "Anna Berg
    (V), gruppledare, säger:"), or only the office ("Sverigedemokraternas gruppledare i
    regionfullmäktige kommenterar:"); None for any other line."""
    if not line.endswith(":") or len(line) > 200 or (m := P.QUOTE_LEAD.match(line)) is None:
        return None
    if m.group("office"):
        return None, m.group("office"), None
    name = m.group("name")
    if not names().names_a_person(name) or P.names_party(name):
        return None  # "Vänsterpartiet Lund kommenterar:": a party, not a speaker
    party = tag_party(m.group("tag")) if m.group("tag") else None
    return name, m.group("role"), party


def _quotes(block: Block, earlier: list[Quote], intro: _Speaker | None = None) -> list[Quote]:
    """The quoted segments of a dash paragraph or of one that opens with a quotation mark,
    each with its speaker: an attribution's, else the line introducing the quote (``intro``),
    else the quote's before it."""
    text = block.text
    raw = text.text
    # (a dash paragraph's quotation marks are the speaker's own: '– Vi kallar det "grönt"')
    marks = " -–—" + (_QUOTE_MARKS if raw[:1] in _QUOTE_MARKS else "")
    lex = lexicon()
    out: list[Quote] = []
    pos = 0
    last: _Speaker | None = intro or (
        (earlier[-1].speaker, earlier[-1].role, earlier[-1].party) if earlier else None)
    for m_start, m_end, m_name, m_role, m_tag in _attributions_of(raw):
        segment = text.slice(pos, m_start).strip(marks)
        speaker, role, party = None, m_role, tag_party(m_tag) if m_tag else None
        if m_name:
            speaker = m_name
        elif last is not None:
            speaker, role, party = last
        if m_name and role:
            head, _, rest = role.partition(",")
            if (p := lex.party_from_name(head.strip())) is not None:
                party, role = p, rest.strip() or None
        if m_name and last is not None and last[0] in (speaker, None) and role is None:
            role, party = last[1], party or last[2]  # (an introducing office names no one)
        if party is None and role and (pm := P.PARTY_NAME.search(role)):
            party = lex.party_from_name(pm.group("party"))
        if segment.text:
            out.append(Quote(text=segment.text, speaker=speaker, role=role, party=party,
                             span=segment.span()))
            last = speaker, role, party
        pos = m_end
    tail = text.slice(pos, len(raw)).strip(marks)
    if tail.text and last is not None:
        out.append(Quote(text=tail.text, speaker=last[0], role=last[1], party=last[2],
                         span=tail.span()))
    return out


def _attributions_of(raw: str) -> tuple[tuple[int, int, str | None, str | None, str | None], ...]:
    """:func:`_attributions`, kept by text for a paragraph up to ``_KEPT_LONGEST`` long."""
    return _attributions(raw) if len(raw) <= _KEPT_LONGEST else _attributions.__wrapped__(raw)


@lru_cache(maxsize=1024)
def _attributions(raw: str) -> tuple[tuple[int, int, str | None, str | None, str | None], ...]:
    """Each attribution of a dash paragraph ("…, säger Anna Berg (V), regionråd."): its start,
    end, name, role and party tag (cached by text: a pure reading, and releases repeat their
    quotes)."""
    return tuple((m.start(), m.end(), m.group("name"),
                  _role(m.group("role")) or (m.group("office") if m.group("name") else None),
                  m.group("tag"))
                 for m in P.ATTRIBUTION.finditer(raw))


def _role(text: str | None) -> str | None:
    """An attribution's role, or None where the words after the name go on to the next
    quote ("…, säger Mats Hellhoff, och tillägger:")."""
    return None if text is None or text.startswith("och ") else text


def _split_glued(line: Mapped) -> tuple[Mapped, Mapped | None]:
    """"Angelica SvenssonLedamot i …" → ("Angelica Svensson", "Ledamot i …")."""
    m = P.GLUE.search(line.text)
    if m is None:
        head, sep, _ = line.text.partition(",")
        if sep:
            return line.slice(0, len(head)).strip(), line.slice(len(head) + 1, len(line)).strip()
        return line, None
    return line.slice(0, m.start()).strip(), line.slice(m.start(), len(line)).strip()


@dataclass(slots=True)
class _Person:
    """A contact person read from a line: name, office and party as written there."""

    name: str
    role: str | None
    party: Party | None
    #: The line goes on with the person's number or address ("Anna Berg, 070-…").
    details: bool


def _person(text: Mapped) -> _Person | None:
    """The person a contact line opens with, or None: "Anna Berg (V), 070-…", "Anna Berg,
    gruppledare för Vänsterpartiet", "Angelica SvenssonLedamot i …" (a press room's glue)."""
    cut = _details_at(text.text) if len(text.text) <= _KEPT_LONGEST \
        else _details_at.__wrapped__(text.text)
    head = text.slice(0, cut).strip() if cut is not None else text
    head = head.slice(0, len(head.text.rstrip(" ,;:–—-")))
    if not head.text:
        return None
    if P.GLUE.search(head.text) is None and len(sigs := parse_line(head)) == 1 \
            and P.NAME_ONLY.fullmatch(sigs[0].name):
        sig = sigs[0]
        return _Person(sig.name, sig.role, sig.party, cut is not None)
    name, role = _split_glued(head)
    if P.NAME_ONLY.fullmatch(name.text) is None or P.names_party(name.text) \
            or is_role(name.text.split(" ", 1)[0]):
        return None  # "Gruppledare Vänsterpartiet" under the name is no second person
    return _Person(name.text, role.text if role and role.text else None, None, cut is not None)


@lru_cache(maxsize=4096)
def _details_at(text: str) -> int | None:
    """Where a contact line's details start (``CONTACT_DETAILS``), cached by text like the
    other line readers: its scan tries a contact's characters at every word, and a press
    room's contact lines recur from release to release."""
    cut = P.CONTACT_DETAILS.search(text)
    return None if cut is None else cut.start()


def _contacts(blocks: list[Block]) -> list[tuple[Contact, Party | None]]:
    """Contact entries, each with the party its lines give: a person's line, then their
    office, party, number and address lines (or all on one line), one entry per person."""
    out: list[tuple[Contact, Party | None]] = []
    current: _Person | None = None
    group: Party | None = None  # "Socialdemokraterna:" over its contacts
    phone: Phone | None = None
    email: str | None = None
    start = end = 0

    def flush() -> None:
        if current is not None:
            out.append((Contact(name=current.name, role=current.role,
                                phone=phone.e164 if phone else None,
                                phone_type=phone.type if phone else None,
                                phone_span=phone.span if phone else None,
                                email=email, span=Span(start=start, end=end)),
                        current.party or group))

    for block in blocks:
        for line in block.lines:
            text = line.text
            if (lab := P.CONTACT_LABEL.match(text.text)) is not None:
                text = text.slice(lab.end(), len(text.text))  # "Kontakt: Anna Berg (V), …"
            if not text.text:
                continue
            if text.text.endswith(":") and (party := party_line(text.text[:-1])) is not None:
                flush()  # a joint release's contacts grouped by party
                current, group = None, party
                continue
            found = find_phone(text)
            mail = P.EMAIL.search(text.text)
            person = _person(text)
            if person is None:
                if current is None:
                    continue
                if (found or mail) and (P.LABEL.match(text.text) or len(text.text) < 60):
                    phone = phone or found
                    email = email or (mail.group("email") if mail else None)
                    end = text.span().end
                elif current.role is None and current.party is None \
                        and (tail := signature_tail(text.text)) is not None:
                    current.role, current.party = tail  # "Gruppledare Vänsterpartiet"
                    end = text.span().end
                continue
            flush()
            current = person
            phone = found if person.details else None
            email = mail.group("email") if person.details and mail else None
            start, end = text.span().start, text.span().end
    flush()
    return out


def _about(blocks: list[Block]) -> tuple[PublisherContact | None, str | None]:
    """The publisher's contact block and description from the "Om" section."""
    if not blocks:
        return None, None
    name = street = postal = email = website = None
    phone: Phone | None = None
    contact_spans: list[Span] = []
    description: list[str] = []
    for block in blocks:
        lines = block.lines
        hits = 0
        for line in lines:
            text = line.text.text
            found = False
            if name is None and party_line(text) is not None:
                name, found = text, True
            elif street is None and P.STREET.match(text):
                street, found = text, True
            elif postal is None and (pm := P.POSTAL.fullmatch(text)):
                postal, found = pm.group(0), True
            elif name is not None and fold(text) == fold(name):
                found = True
            if phone is None and (phone := find_phone(line.text)) is not None:
                found = True
            if (um := P.URL.search(text)) and website is None:
                website, found = um.group("url"), True
            if (em := P.EMAIL.search(text)) and email is None:
                email, found = em.group("email"), True
            hits += found
            if found:
                contact_spans.append(line.text.span())
        if hits == 0:
            description.append(block.text.text)
    contact = None
    if contact_spans:
        address = ", ".join(x for x in (street, postal) if x) or None
        contact = PublisherContact(
            name=name, address=address, phone=phone.e164 if phone else None,
            phone_type=phone.type if phone else None, phone_span=phone.span if phone else None,
            email=email, website=website,
            span=Span(start=min(s.start for s in contact_spans),
                      end=max(s.end for s in contact_spans)))
    return contact, "\n\n".join(description) or None


def _related(blocks: list[Block]) -> list[RelatedItem]:
    """Listed releases: a title glued to its publication time, then a summary paragraph."""
    out: list[RelatedItem] = []
    pending: tuple[str, dt.date | dt.datetime | None, Span] | None = None
    for block in blocks:
        text = block.text
        stamp = _stamp(text.text)
        if stamp is not None and stamp.span.start > 0:
            if pending is not None:
                out.append(RelatedItem(title=pending[0], published=pending[1], span=pending[2]))
            title = text.text[: stamp.span.start].strip()
            pending = (title, stamp.value, text.span())
            continue
        if pending is not None:
            span = Span(start=pending[2].start, end=text.span().end)
            out.append(RelatedItem(title=pending[0], summary=text.text, published=pending[1],
                                   span=span))
            pending = None
    if pending is not None:
        out.append(RelatedItem(title=pending[0], published=pending[1], span=pending[2]))
    return out


def _stamp(text: str) -> DateMention | None:
    """The first date with a day in ``text`` (kept by text up to ``_KEPT_LONGEST`` long: a
    press room lists the same releases on every page)."""
    return _stamp_kept(text) if len(text) <= _KEPT_LONGEST else _first_stamp(text)


#: The longest text whose :func:`_stamp` is kept across parses.
_KEPT_LONGEST = 2000


@lru_cache(maxsize=1024)
def _stamp_kept(text: str) -> DateMention | None:
    return _first_stamp(text)


def _first_stamp(text: str) -> DateMention | None:
    return first_date(text, _STAMPED)


#: The precisions of a listed release's publication time.
_STAMPED = ("day", "minute", "second")


def _block_at(blocks: list[Block], offset: int) -> int | None:
    """Index of the block whose source contains the original offset."""
    for block in blocks:
        span = block.text.span()
        if span.start <= offset < span.end:
            return block.index
    return None

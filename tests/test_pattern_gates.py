"""Gated pattern helpers answer exactly as the patterns they spare (speed only)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest
import regex
from repo_util import stored_texts

from tillit import patterns as P
from tillit.blocks import Block
from tillit.lexicon import lexicon
from tillit.roles import Roles
from tillit.text import Mapped, identity

_GATES = [(P.proposal_heading, P.PROPOSAL_HEADING), (P.numbered_kind_alone, P.NUMBERED_KIND_ALONE),
          (P.bare_addressee, P.BARE_ADDRESSEE), (P.question_addressee, P.QUESTION_ADDRESSEE),
          (P.place_as_above, P.PLACE_AS_ABOVE), (P.party_name_at, P.PARTY_NAME)]


def _same(text: str) -> None:
    for gated, pattern in _GATES:
        want = pattern.match(text)
        got = gated(text)
        assert (got and got.span()) == (want and want.span()), (pattern.pattern[:40], text)
    for search, gated_search in ((P.URL.search, P.find_url), (P.AUTHORS.search, P.find_authors),
                                 (P.BETECKNING.search, P.find_beteckning)):
        want, got = search(text), gated_search(text)
        assert (got and got.span()) == (want and want.span()), text


def test_padded_words() -> None:
    rng = random.Random(3)
    words = [*lexicon().cue("proposal", "headings"), *lexicon().cue("kinds", "numbered_question"),
             "till statsrådet Anna Berg (M)", "Fråga till statsrådet Anna Berg (M)", "Att",
             "VÄNSTERPARTIET Lund", "www.lund.se", "https://x.se", "av Anna Berg (S)",
             "2021/22:4102", "Motion från Per Holm m.fl. (V)", "Tranemo som ovan",
             "Lund den d:o", "Lund den som  ovan.", "Ödeshög, D:O"]
    for _ in range(20_000):
        word = rng.choice(words)
        word = rng.choice([word, word.upper(), word.lower(), word.title()])
        _same(word + " " * rng.choice([0, 1, 2, 50, 100, 200])
              + rng.choice(["", ":", "\n", ":\n", " :"]))


def test_stored_lines() -> None:
    for text in stored_texts():
        for line in text.splitlines():
            _same(line)
            _same(line.strip())


def test_as_above_last_letters() -> None:
    """PLACE_AS_ABOVE matches no line whose last two characters the gate turns away: every
    character that case folding relates to another, and all of Latin-1, tried as the last
    character of every start of a cue, and in place of each of a cue's last two characters."""
    from tillit.patterns import _AS_ABOVE_ENDS

    related = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and (
        c < 0x100 or chr(c).casefold() != chr(c) or chr(c).upper() != chr(c))]
    tried = 0
    for cue in lexicon().cue("dates", "as_above"):
        shapes = [("Lund den " + cue[:cut], "") for cut in range(len(cue))]
        shapes += [("Lund den " + cue[:at], cue[at + 1:]) for at in (len(cue) - 2, len(cue) - 1)]
        for head, rest in shapes:
            for ch in related:
                for tail in ("", " .", "\n"):
                    text = head + ch + rest + tail
                    if not P.as_above_may_end(text):
                        tried += 1
                        assert P.PLACE_AS_ABOVE.match(text) is None, (head, ch, rest)
                        assert P.place_as_above(text) is None
                    else:
                        assert (head + ch + rest)[-2:] in _AS_ABOVE_ENDS
    assert tried > 10_000


def test_name_opening() -> None:
    """shapes._opens_name turns a line away only where no name pattern can match."""
    from tillit.shapes import _opens_name

    rng = random.Random(5)
    vocab = ["Anna", "Andersson", "af", "von", "de", "K.", "-A.", "LEVIN", "STEN", "(S)", "och",
             ",", "/", "-", "genom", "Vänsterpartiet", "i", "Lund", "ledamot", "Eva-Lena",
             "O'Neil", "McDonald", "A.", "É", "Ödman", "zu", "att", " ", "x", "J", "ÅSA"]
    for _ in range(30_000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 7)))
        for pos in range(min(len(text), 4)):
            if not _opens_name(text, pos):
                assert P.SIGNATURE.match(text, pos) is None, (text, pos)
                assert P.NAME_ONLY.match(text, pos) is None, (text, pos)


def test_category_first_word() -> None:
    """roles._category's first-word tests (the first two characters, then the first word)
    give the answer of the whole split."""
    from tillit import roles

    def whole(key: str) -> bool:
        words = [w for w in roles._CATEGORY_SPLIT.split(key) if w]
        return len(words) >= 2 and any(w in roles._FURNITURE for w in words) and all(
            w in roles._FURNITURE or roles._YEARS.fullmatch(w) for w in words)

    rng = random.Random(1)
    pieces = [*sorted(roles._FURNITURE)[:40], "2017", "2017-2018", "x", "och", " och ", "&",
              ",", "/", "|", "+", " ", "  ", "motioner", "interpellationer", "٢٠١٧",
              "２０１７-２０１８", "²⁰¹⁷", "2017–18"]
    pieces += [w for w in sorted(roles._FURNITURE)[40::7]] + [
        w[:2] for w in sorted(roles._FURNITURE)[::5]] + ["ä", "ĳ", "ǆ", "x&", "ab"]
    for _ in range(30_000):
        key = "".join(rng.choice(pieces) + rng.choice(("", " "))
                      for _ in range(rng.randint(0, 5))).strip()
        assert roles._category(key) == whole(key), key


def test_we_report_positions() -> None:
    """classify._we_report finds what _WE_REPORT.search finds."""
    from tillit import classify

    def same(text: str) -> None:
        want, got = classify._WE_REPORT.search(text), classify._we_report(text)
        assert (got and got.span()) == (want and want.span()), text

    rng = random.Random(9)
    vocab = ["vi", "Vi", "VI", "vår", "Vår", "motion", "våra", "ledamöter", "beslutade",
             "reserverade", "hade", "fick", "i", "Moderaterna", "Vänsterpartiet", "avgift",
             "vill", "1", "_", "-", ",", ".", " ", "x", "tyckte", "krävde", "sa"]
    for _ in range(30_000):
        same(" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 12))))
    for text in stored_texts(seeds=False):
        same(text)
        for line in text.splitlines():
            same(line)


def _same_line(doc: Mapped, start: int, stop: int) -> None:
    from tillit.blocks import _clean_line, _marked_line

    got, want = _clean_line(doc, start, stop), _marked_line(doc, start, stop)
    assert (got.text, got.start, got.level, got.marker, got.emphasised) == \
        (want.text, want.start, want.level, want.marker, want.emphasised), doc.text[start:stop]


def test_plain_lines() -> None:
    """blocks._clean_line's cheap path for plain lines reads them as the full path does (no
    list marker, heading or emphasis is passed over), on stored and generated lines."""
    from tillit.api import _clean

    for text in stored_texts():
        doc = _clean(text)
        stop = -1
        for raw in doc.text.split("\n"):
            start, stop = stop + 1, stop + 1 + len(raw)
            if raw.strip():
                _same_line(doc, start, stop)
    rng = random.Random(7)
    vocab = ["o", "o att", "att", "och", "1.", "1)", "a)", "a", "-", "–", "•", "#", "##", ">",
             "*", "**", "_", "__", "[x](y)", "Anna", "x", " ", "  ", "\u1680", "·", "-Utreda"]
    for _ in range(20_000):
        line = "".join(rng.choice(vocab) + rng.choice(["", " "]) for _ in range(rng.randint(1, 5)))
        if line.strip():
            _same_line(identity(line), 0, len(line))


#: CONTACT_DETAILS as it was written before it was made linear (a run of ", , , …" cost
#: seconds): the reference its every match start must equal.
_CONTACT_DETAILS_REFERENCE = regex.compile(
    rf"(?:[ ,;:–—-]*(?<![\p{{L}}])(?:{P._PHONE_LABELS}|{P._EMAIL_LABELS})[ ]*:?)?[ ,;:–—-]*"
    r"(?:[+(]?\d|[\w.+-]+@)",
    regex.IGNORECASE | regex.VERSION1,
)


def test_contact_details_starts_where_the_reference_does() -> None:
    """Every stored line and 30,000 random strings of separators, letters, digits, "@" and
    labels: the linear CONTACT_DETAILS finds its match where the reference did."""
    def same(text: str) -> None:
        want = _CONTACT_DETAILS_REFERENCE.search(text)
        got = P.CONTACT_DETAILS.search(text)
        assert (got and got.start()) == (want and want.start()), text

    for text in stored_texts():
        for line in text.splitlines():
            if len(line) < 400:
                same(line)
    rng = random.Random(5)
    parts = [" ", ",", ";", ":", "-", "–", "a", "B", "0", "7", "@", ".", "+", "(", "Tel", "tel.",
             "E-post", "Mobil", "anna", "x-y"]
    for _ in range(30_000):
        same("".join(rng.choice(parts) for _ in range(rng.randint(1, 12))))


def test_home_place_and_column_gates() -> None:
    """shapes.is_home_place asks _PLACES only of a line opening "i " or "(i ", and
    signatories._column_parties splits into columns only a line holding a tab or two spaces
    (another is read as parties listed one after the other): the same answers as the pattern
    run on every line."""
    from tillit.extract import signatories as S
    from tillit.shapes import _PLACES, COLUMN_GAP, is_home_place

    def columns(text: str) -> list[object] | None:
        text = text.strip()
        cols = COLUMN_GAP.split(text)
        if text[:1] == "(" or len(cols) < 2:
            return S._column_parties(text, {}) if text[:1] == "(" else S._listed_parties(text)
        parties = [S.party_line(c) or S._tag_alone(c) for c in cols]
        return None if any(p is None for p in parties) else parties

    rng = random.Random(8)
    vocab = ["i", "(i", "Lund", "Tvärålund)", "Centerpartiet", "Kristdemokraterna", "(S)", "(MP)",
             "\t", "  ", " ", "Anna", "i Nässjö", "V", "x"]
    lines = ["".join(rng.choice(vocab) + rng.choice(("", " ")) for _ in range(rng.randint(1, 6)))
             for _ in range(20_000)]
    for text in stored_texts():
        lines.extend(text.splitlines())
    for line in lines:
        assert is_home_place(line) == bool(_PLACES.match(line)), line
        assert S._column_parties(line, {}) == columns(line), line


class _Everything:
    """A set that holds every character: with it as ``blocks._MARKED_STARTS`` no line is
    plain, so segmentation reads every line in full."""

    def __contains__(self, item: object) -> bool:
        return True


def _blocks_read(doc: Mapped) -> list[tuple[object, ...]]:
    from tillit.blocks import segment

    return [(b.kind, b.index, b.prose, b.text, b.text.span(), tuple(
        (line.text, line.text.span(), line.start, line.level, line.marker, line.emphasised)
        for line in b.lines)) for b in segment(doc)]


def test_segment_plain_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segmentation's plain-line path (``_clean_line``'s, spelt out in its loop) gives the
    blocks and lines of the full reading, on stored texts and generated ones."""
    from tillit import blocks
    from tillit.api import _clean

    rng = random.Random(8)
    vocab = ["o", "o att", "att", "och", "1.", "1)", "a)", "a", "-", "–", "•", "#", "##", ">",
             "*", "**", "_", "__", "[x](y)", "Anna", "x", " ", "  ", "\u1680", "·", "ANNA",
             "Lund:", "", "\t", "(S)"]
    generated = ["\n".join("".join(rng.choice(vocab) + rng.choice(["", " "])
                                   for _ in range(rng.randint(0, 4)))
                           for _ in range(rng.randint(1, 30))) for _ in range(2_000)]
    docs = [_clean(text) for text in [*stored_texts(), *generated] if text.strip()]
    fast = [_blocks_read(doc) for doc in docs]
    monkeypatch.setattr(blocks, "_MARKED_STARTS", _Everything())
    full = [_blocks_read(doc) for doc in docs]
    assert fast == full


def test_block_text_is_its_lines_reflowed() -> None:
    """A block from segmentation holds its lines reflowed as its text, so a reader that wants
    the reflow of all its lines (``proposals._bare_att_run``) takes the text instead."""
    from tillit.api import _clean
    from tillit.blocks import reflow, segment

    for text in stored_texts():
        for block in segment(_clean(text)):
            again = reflow(block.lines)
            assert again == block.text and again.span() == block.text.span()


def test_whole_line_emphasis(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_strip_emphasis``'s reading of a line one emphasis pair wraps (``blocks._wrapped``)
    gives the full reading's text, origins and flag, on stored lines and generated ones."""
    from tillit import blocks

    rng = random.Random(8)
    pieces = ["a", "Ö", "1", " ", "*", "_", ".", ":", ")", "[", "]", "(", "\t", "é", "-", "!",
              "\u00a0", "\x1c", "\u1680"]
    marks = ["*", "**", "***", "****", "_", "__", "___", "*_"]
    lines = []
    for _ in range(40_000):
        mark = rng.choice(marks)
        inner = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        lines.append(mark + inner + (mark if rng.random() < 0.8 else rng.choice(marks)))
    for text in stored_texts():
        lines.extend(line.strip() for line in text.splitlines() if line.strip())
    values = [identity(line) for line in lines]
    fast = [blocks._strip_emphasis(value) for value in values]
    assert sum(blocks._wrapped(line) is not None for line in lines) > 1_000
    monkeypatch.setattr(blocks, "_wrapped", lambda text: None)
    full = [blocks._strip_emphasis(value) for value in values]
    for line, (a, a_flag), (b, b_flag) in zip(lines, fast, full, strict=True):
        assert (a.text, a.span(), a_flag) == (b.text, b.span(), b_flag) and a == b, line



def _dateplace_inputs() -> list[tuple[list[Block], int, Roles]]:
    """Blocks, header end and roles of the stored texts and of texts of repeated date lines."""
    from tillit import api
    from tillit.blocks import segment
    from tillit.extract import header
    from tillit.roles import assign

    rng = random.Random(8)
    vocab = ["Lund 2022-01-27", "Lund den 3 mars 2022", "Anna Berg, 3 mars 2022", "2022-01-27",
             "Inlämnad: 2015-10-06", "Publicerad 3 mars 2022", "Motion LTV 150901", "mars 2022",
             "Status: 2022-01-01", "Vänsterpartiet Lund, 3 mars 2022", "Anna Berg (V)", "",
             "Datum: 3 mars 2022", "x Inlämnad 6 oktober 2015 Granskad"]
    texts = [*stored_texts(), *("\n".join(rng.choice(vocab) for _ in range(rng.randint(1, 150)))
                                for _ in range(200))]
    inputs: list[tuple[list[Block], int, Roles]] = []
    for text in texts:
        clean = api._clean(text) if text.strip() else None
        if clean is None or not clean.text.strip():
            continue
        blocks = segment(clean)
        roles = assign(blocks)
        inputs.append((blocks, header.extract(blocks, roles).end, roles))
    return inputs


def test_dateplace_reads_a_text_on_its_own() -> None:
    """What ``dateplace`` reads of a place-date line's text on its own (offsets into the
    text, spanned through the line after) is what it reads of the line; a place-date line
    without a year gives its place alone."""
    from tillit.dates import day_month
    from tillit.extract import dateplace as D

    for blocks, _, _ in _dateplace_inputs():
        for block in blocks:
            for line in block.lines:
                text = line.text
                m = P.BRANCH_PLACE_DATE.match(text.text) or P.PLACE_DATE.match(text.text)
                day = None if m is None else D._day_in(text, m.start("date"), m.end("date"))
                read = D._place_date(text.text)
                plain = P.PLACE_DATE.match(text.text)
                if day is None and plain is not None and day_month(plain.group("date")):
                    assert read == (None, plain.group("place"), plain.start("place"),
                                    plain.end("place"), False), text.text
                elif day is None:
                    assert read is None, text.text
                else:
                    assert m is not None and read is not None, text.text
                    assert D._spanned(read[0], text) == day and read[1:] == (
                        m.group("place"), m.start("place"), m.end("place"),
                        m.group("date").strip().isdigit()), text.text


def test_dateplace_keeps_what_a_text_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """``dateplace.extract`` reading each distinct text once (a long document) finds what it
    finds reading every line, on stored texts and on texts of repeated date lines."""
    from tillit.extract import dateplace

    inputs = _dateplace_inputs()
    monkeypatch.setattr(dateplace, "_MANY_LINES", 0)
    monkeypatch.setattr(dateplace, "_REPEATS", 0)
    kept = [dateplace.extract(*args) for args in inputs]
    monkeypatch.setattr(dateplace, "_MANY_LINES", 10**9)
    assert kept == [dateplace.extract(*args) for args in inputs]


_DATE_LABEL_GATES = [(P.status_label, P.STATUS_LABEL), (P.published_label, P.PUBLISHED_LABEL),
                     (P.filed_label, P.FILED_LABEL), (P.filed_line, P.FILED_LINE),
                     (P.place_date, P.PLACE_DATE), (P.branch_place_date, P.BRANCH_PLACE_DATE),
                     (P.conj_att, P.CONJ_ATT)]


def _same_date_label(text: str) -> None:
    for gated, pattern in _DATE_LABEL_GATES:
        want, got = pattern.match(text), gated(text)
        assert (got and got.span()) == (want and want.span()), (pattern.pattern[:40], text)
    assert [m.span() for m in P.filed_at(text)] == [m.span() for m in P.FILED_AT.finditer(text)]


def test_date_label_gates() -> None:
    """The first-letter gates of the date labels and PLACE_DATE, and FILED_AT's colon test,
    answer as the patterns do: on stored lines, on every label with each character case
    folding relates to another (and all of Latin-1) in place of its first, and on padded
    labels in any case."""
    for text in stored_texts():
        for line in text.splitlines():
            _same_date_label(line)
            _same_date_label(line.strip())
    labels = [w for key in ("status_labels", "published_labels", "filed_labels")
              for w in lexicon().cue("dates", key)] + ["Lund", "Östra Göinge", "Ängelholm"] + [
                  w + " att" for w in lexicon().cue("proposal", "item_conjunctions")]
    related = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and (
        c < 0x100 or chr(c).casefold() != chr(c) or chr(c).upper() != chr(c))]
    for label in labels:
        for ch in related:
            for cut in (1, 2):
                _same_date_label(ch + label[cut:] + ": 3 mars 2022")
                _same_date_label(ch + label[cut:] + " 2022-03-03")
            _same_date_label(label[:1] + ch + label[2:] + ": 3 mars 2022")
            _same_date_label(label[:1] + ch + label[2:] + " 2022-03-03")
            _same_date_label(label[:1] + ch)
    rng = random.Random(4)
    vocab = ["Lund", "Vänsterpartiet", "i", "den", "måndag", "måndagen", ",", "2022-03-03", "3",
             "mars", "2022", "1", "12", "123", "1234", "x", "\u0660", "\U0001e950", "\U00011f50",
             "-", " ", "  ", "\n", "\r\n", "\t", "a" * 30, "För", "Anna Andersson"]
    for _ in range(30_000):
        _same_date_label("".join(rng.choice(vocab) + rng.choice(("", " ", " "))
                                 for _ in range(rng.randint(1, 8))))
    for _ in range(5_000):
        label = rng.choice(labels)
        label = rng.choice([label, label.upper(), label.lower(), label.title()])
        _same_date_label(label + rng.choice(["", ":", " :", "  "]) + rng.choice(
            ["", " 2022-03-03", " den 3 mars 2022", " 3/3 2022 av Anna Berg", " x"]))


def test_place_date_shape() -> None:
    """``patterns._PLACE_SHAPE`` turns away no line PLACE_DATE matches: on stored lines, and on
    generated ones of one or two place words, a separator and a date opening with a digit,
    "den" or every weekday form (recased, with each character case folding relates to
    another, and all of Latin-1, in place of its first or second), or with some other word."""
    from tillit.dates import _CAL

    def sound(line: str) -> None:
        if P.PLACE_DATE.match(line) is not None:
            assert P._PLACE_SHAPE.match(line) is not None, line
        want, got = P.PLACE_DATE.match(line), P.place_date(line)
        assert (got and got.span()) == (want and want.span()), line

    for text in stored_texts():
        for line in text.splitlines():
            sound(line)
            sound(line.strip())
    related = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and (
        c < 0x100 or chr(c).casefold() != chr(c) or chr(c).upper() != chr(c))]
    forms = [n for w in _CAL.weekdays for n in (*w.names, *w.english, *w.abbreviations)]
    for form in forms:
        for ch in related:
            sound(f"Lund {ch}{form[1:]} 3 maj 2021")
            sound(f"Lund, {form[:1]}{ch}{form[2:]}. 3 maj 2021")
    rng = random.Random(7)
    places = ["Lund", "Östra Göinge", "Kommunen", "Anna Andersson", "Lunds kommun", "Ab",
              "Upplands-Bro", "Ängelholm", "ÅSA", "Ωmega", "A", "L-", "Vi yrkar"]
    seps = [" ", "  ", ",", ", ", " , ", " ,", ",,", "\t", ""]
    opens = [*forms, *(f.upper() for f in forms), *(f.title() for f in forms), "den", "Den",
             "d", "bygger", "ska", "så", "måste", "till", "och", "Måndag", "x", "\u0660",
             "\U0001e950", "ſön", "K"]
    rests = ["3 maj 2021", "2021-05-03", "1234", "12", " 3/5 2021", "den 3 maj 2021", ""]
    for _ in range(40_000):
        opening = rng.choice(opens)
        sound(rng.choice(places) + rng.choice(seps) + opening
              + rng.choice(["", " ", ", ", "."]) + rng.choice(rests))
        sound(rng.choice(places) + rng.choice(seps) + rng.choice(rests))


def test_recased_pair_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """``orgnames.recased`` tries a pair of words as a place only where its first word opens a
    listed key of two words or more: the same text as trying every pair, on stored texts in
    capitals and on every listed municipality and region in capitals, genitive, between
    other words and glued to them by a hyphen."""
    from tillit import orgnames

    lex = lexicon()
    rng = random.Random(8)
    keys = sorted({*lex.municipality, *lex.region, *lex.municipality.values(),
                   *lex.region.values()})
    others = ["MOTION", "OM", "I", "KOMMUN", "KOMMUNS", "REGION", "LÄN", "STAD", "ANNA", "S",
              "-", "(S)", "ÅSA", "ÖSTRA", "VÄSTRA", "NORRA", "SÖDRA", "UPPLANDS", "GÖTALAND"]
    texts = [text.upper() for text in stored_texts()]
    texts += [f"{k.upper()}{rng.choice(['', 'S', ' KOMMUN', ' KOMMUNS', ' LÄN', 'S LÄN'])}"
              for k in keys]
    for _ in range(20_000):
        texts.append(rng.choice([" ", "-", "  "]).join(
            rng.choice([rng.choice(keys).upper(), rng.choice(others)])
            for _ in range(rng.randint(1, 6))))
    gated = [orgnames.recased(t) for t in texts]
    monkeypatch.setattr(orgnames, "_pair_firsts", _Everything)
    assert gated == [orgnames.recased(t) for t in texts]


def test_teaser_end_last_word() -> None:
    """shapes.teaser_end's last-word test turns away only lines whose tail, folded, ends in
    no link: the same answers as folding every tail (stored and generated lines)."""
    from tillit import shapes as S

    lines = [line for text in stored_texts() for line in text.splitlines()]
    rng = random.Random(6)
    vocab = ["Läs", "mer", "MER", "Mer", "hela", "artikeln", "Read", "more", "MORE", "inlägget",
             "x", "samt", "»", "›", "…", ">", " ", "  ", "\t", "’", "ſ", "Läs\u00a0mer", "..."]
    lines += ["".join(rng.choice(vocab) + rng.choice(("", " ")) for _ in range(rng.randint(1, 6)))
              for _ in range(30_000)]
    for line in lines:
        assert S.teaser_end(line) == _folded_tail(line), line


def test_teaser_end_last_pair() -> None:
    """shapes.teaser_end turns a line away by the last two characters before its link marks
    where the last of them is no white space: ``str.casefold`` folds each character on its own
    to one or more, so a last word whose fold is a link's last word (two characters or more)
    ends in a pair whose fold ends as that word does. Checked over all of Unicode, and the
    answers are those of folding every tail on stored lines and generated ones ending in
    characters whose fold is longer or another letter ("ß", "ﬀ", "K", "ſ", "İ")."""
    from tillit import shapes as S

    assert min(map(len, S._LINK_LAST_WORDS)) >= 2
    every = [chr(c) for c in [*range(0xD800), *range(0xE000, 0x110000)]]
    for head in ("a", "ß", "İ", " "):
        assert "".join(head + c for c in every).casefold() == "".join(
            head.casefold() + c.casefold() for c in every)
    assert all(c.casefold() for c in every)
    rng = random.Random(20)
    vocab = ["Läs", "mer", "MER", "mEr", "hela", "HELA", "artikeln", "Read", "more", "MORE",
             "moRE", "inlägget", "INLÄGGET", "vidare", "motionen", "interpellationen", "x",
             "samt", "»", "›", "…", ">", " ", "\t", "\u00a0", "ß", "ẞ", "ﬀ", "K", "ſ", "İ", "Σ",
             "E", "R", "T", "N", "A", "1", "[...]", "[…]"]
    lines = [line for text in stored_texts() for line in text.splitlines()]
    lines += ["".join(rng.choice(vocab) + rng.choice(("", " ", "", "")) for _ in range(
        rng.randint(1, 6))) for _ in range(40_000)]
    for line in lines:
        assert S.teaser_end(line) == _folded_tail(line), line


def _folded_tail(text: str) -> int | None:
    """shapes.teaser_end without its gates: every tail folded and compared with the links."""
    from tillit import shapes as S
    from tillit.lexicon import fold

    end = len(text.rstrip())
    if text.endswith(S._TEASER_CUTS, 0, end):
        at = text.rfind("[", 0, end)
        return at if at > 0 and text[at - 1] == " " else None
    end = len(text.rstrip(S._LINK_MARKS))
    tail = fold(text[max(end - S._LINK_LONGEST, 0):end])
    for link in S._TEASER_LINKS:
        if tail.endswith(link):
            at = end - len(link)
            return at if at == 0 or text[at - 1] == " " else None
    return None


def test_footnote_gate() -> None:
    """footnote_mark answers as FOOTNOTE_MARK.search on stored and generated lines."""
    rng = random.Random(2)
    vocab = ["att", "Lund", "x", ".", "!", "?", ";", ")", "”", "1", "12", "123", " ", "\n", "a."]
    lines = [line for text in stored_texts() for line in text.splitlines()]
    lines += ["".join(rng.choice(vocab) for _ in range(rng.randint(1, 8))) for _ in range(30_000)]
    for line in lines:
        for pos in (0, 3):
            want, got = P.FOOTNOTE_MARK.search(line, pos), P.footnote_mark(line, pos)
            assert (got and got.span()) == (want and want.span()), line


def test_year_token_in_re() -> None:
    """dates._YEAR_ALONE (re) finds what the year token finds with regex."""
    from tillit import dates

    reference = regex.compile(dates._YEAR_TOKEN, regex.VERBOSE)
    rng = random.Random(11)
    vocab = ["1", "2", "0", "9", "19", "2022", "12345", " ", "-", "x", "\u0661", "\uff12"]
    lines = [line for text in stored_texts() for line in text.splitlines()]
    lines += ["".join(rng.choice(vocab) for _ in range(rng.randint(1, 8))) for _ in range(30_000)]
    for line in lines:
        want, got = reference.search(line), dates._YEAR_ALONE.search(line)
        assert (got and got.span()) == (want and want.span()), line


def test_furniture_gates() -> None:
    """roles.furniture's gates (image stems and their one search, a comment count's digit, a
    rule's opening character, a breadcrumb's separator, the prefixes by first character)
    pass every text their patterns and word lists would take."""
    from tillit import roles
    from tillit.lexicon import fold

    rng = random.Random(3)
    alphabet = " _.…-–—#0123456789٣x" + "logotyp" + "kommentarer svar" + ">»›/"
    texts = [line.strip() for text in stored_texts() for line in text.split("\n")]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
              for _ in range(30_000)]
    texts += ["3 kommentarer", "٣ svar", "_____", " . . . . .", "—————", "Logotyp", "LOGO"]
    for text in texts:
        folded = text.casefold()
        key = roles._key_of(folded)
        assert any(w in folded for w in roles._IMAGE_WORDS) == any(
            s in folded for s in roles._IMAGE_STEMS) == (
            roles._IMAGE_STEM.search(folded) is not None), text
        if any(text.count(f" {c} ") for c in ">»›/"):
            assert roles._CRUMB.search(text) is not None, text
        if roles._COMMENT_COUNT.fullmatch(key):
            assert key[:1].isdecimal(), text
        if roles._RULE.fullmatch(text):
            assert text[:1] in roles._RULE_OPENS, text
    # The furniture prefixes by first character: every prefix, cut, and with its first
    # character changed, before a tail; and a list holding the empty prefix.
    lines = [fold(text) for text in texts]
    for prefix in roles._FURNITURE_PREFIXES:
        for cut in range(len(prefix) + 1):
            for head in (prefix[:cut], "x" + prefix[1:cut], prefix[:cut].upper()):
                lines += [head, head + " anna", head + "x"]
    for folded in lines:
        assert folded.startswith(roles._FURNITURE_BY_FIRST.get(
            folded[:1], roles._FURNITURE_NO_FIRST)) == folded.startswith(
            roles._FURNITURE_PREFIXES), folded
    groups, other = roles._by_first(("", "ab", "b"))
    for folded in ("", "a", "ab", "b", "c"):
        assert folded.startswith(groups.get(folded[:1], other))


def test_date_line_lead_gate() -> None:
    """dates._line_date scans a line for mentions only where one may open at its start, and
    tries the line forms only where one may: the answer is the ungated one on stored lines
    and generated ones."""
    from tillit import dates

    def ungated(text: str, stripped: str) -> object:
        saved = dates._LEAD_OPENS, dates._LEAD_PAIRS, dates._FORM_OPENS
        dates._LEAD_OPENS = frozenset(chr(c) for c in range(128))
        dates._LEAD_PAIRS = frozenset(chr(a) + chr(b) for a in range(128) for b in range(128))
        dates._FORM_OPENS = _Everything()
        try:
            return dates._line_date(text, stripped)
        finally:
            dates._LEAD_OPENS, dates._LEAD_PAIRS, dates._FORM_OPENS = saved

    rng = random.Random(5)
    words = ["den", "Den", "DEN", "3", "15", "mars", "MARS", "Mars", "jan.", "March", "3,",
             "lördag", "Sön", "2022", "kl.", "13.00", "i", "Lund", "Kommunen", "(2019)", "x",
             "12/4", "2022-01-27", "Onsdagen", "ı", "İ", "K", "ſ", "april", "Aug", "-",
             "att", "Att", "at", "a", "ap", "aP", "Ma", "mA", "mÅn", "Mo", "ju", "JU", "se",
             "So", "Sö", "tu", "Th", "we", "Wed", "LÖ", "lo", "d", "de", "Dé", "o", "Ok", "no",
             "a,", "au,", "feb,", "2019,", "23/2-12", "19-09-30", "27-01-2022", "2022.01.27",
             "2022-1-27", "2014 12 15", "181211", "20180413", "den", "Den", "dEN"]
    lines = [line for text in stored_texts() for line in text.split("\n")]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
              for _ in range(20_000)]
    for line in lines:
        stripped = line.strip()
        if not stripped or not dates.may_be_date_line(stripped):
            continue
        assert dates._line_date(line, stripped) == ungated(line, stripped), line


def _assign_unfolded(blocks: list[Block]) -> Roles:
    """``roles.assign`` as it was before the menus were read in its loop: every line's
    reading first, then ``_menus`` over the blocks, and every block a possible page break."""
    from tillit import roles as R

    lines: list[R.LineRole] = []
    by_block: list[range] = []
    for block in blocks:
        first = len(lines)
        for k, line in enumerate(block.lines):
            text = line.text.text
            feats, role, why, named, _ = R._line_reading(
                text, block.prose, block.kind == "heading" or bool(line.level)
                or line.emphasised)
            lines.append(R.LineRole(block.index, k, first + k, text, feats, role, why, named))
        by_block.append(range(first, len(lines)))
    R._menus(lines, by_block)
    R._form_fields(lines)
    start = 0
    while start < min(len(lines), R._START_WINDOW) and lines[start].role == "chrome":
        start += 1
    if start >= len(lines):
        start = 0
    end = len(lines)
    seen_prose = closed = False
    for lr in lines[start:]:
        if lr.role == "prose":
            seen_prose = True
        elif lr.role in R.CLOSING and seen_prose:
            closed = True
        elif seen_prose and ((key := R._key(lr.text)) in R._TRAILER
                             or (closed and key in R._TRAILER_AFTER_CLOSE)):
            end = lr.index
            break
    for lr in lines[end:]:
        lr.role = "trailer"
        lr.evidence = "after the document's end"
    return Roles(lines, start, end, by_block, set(range(len(blocks))))


def test_menus_and_page_breaks_read_in_assign() -> None:
    """``assign`` marks menus from its line readings' flags as ``_menus`` does from the lines,
    reads form fields and the document's end from the lines read as labels and prose as from
    every line, and ``page_mark`` answers as it does where every block may be a page break,
    on stored texts and generated pages of menu words, labels, prose, page numbers and
    footers."""
    from tillit.api import _clean
    from tillit.blocks import segment
    from tillit.roles import assign

    rng = random.Random(11)
    vocab = ["Hem", "Meny", "Om oss", "Kontakt", "Start", "Politik", "Sök", "Motion",
             "Kontakt:", "Anna Berg", "Sida 2 av 3", "2 (3)", "Box 123, 221 00 Lund",
             "Telefon 046-35 50 00", "info@lund.se", "www.lund.se", "Vi yrkar därför.",
             "Underskrift", "Namn", "Förslagsställare", "x", "Läs mer", "Dela",
             "Kommunen bygger fler cykelvägar i hela Lund så att alla kan cykla tryggt till "
             "skolan och till jobbet.", "Relaterat", "Lämna en kommentar", "Anna Berg (S)",
             "Kontakt", "Telefon: 070-123 45 67", "Undertecknad av:", "Dela på Facebook"]
    generated = ["\n".join(rng.choice(vocab) + rng.choice(["", "", "\n"])
                           for _ in range(rng.randint(1, 25))) for _ in range(1_500)]
    for text in [*stored_texts(), *generated]:
        if not text.strip():
            continue
        blocks = segment(_clean(text))
        got, want = assign(blocks), _assign_unfolded(blocks)
        assert (got.start, got.end, got.by_block) == (want.start, want.end, want.by_block)
        assert [(lr.role, lr.evidence) for lr in got.lines] == \
            [(lr.role, lr.evidence) for lr in want.lines], text[:200]
        assert [got.page_mark(b.index) for b in blocks] == \
            [want.page_mark(b.index) for b in blocks], text[:200]


def test_party_name_pairs() -> None:
    """``party_name_at`` turns a position away only where PARTY_NAME cannot match there, and
    ``branch_place_date`` a line only where BRANCH_PLACE_DATE cannot: every listed party name,
    recased, after and inside other words, and with characters that case folding relates to
    ASCII ones (before a place and date)."""
    rng = random.Random(12)
    names = [a for e in lexicon().parties for a in (e.party.name, *e.aliases)]
    odd = ["ſ", "K", "İ", "ı", "ß", "Å", "ö", "é", " ", "-", "(", "x"]
    for _ in range(20_000):
        name = rng.choice(names)
        name = rng.choice([name, name.upper(), name.lower(), name.title(), name.swapcase()])
        if rng.random() < 0.3:
            at = rng.randrange(len(name))
            name = name[:at] + rng.choice(odd) + name[at + 1:]
        text = rng.choice(["", "Sverige", "SD ", "För "]) + name + rng.choice(["", " Lund", "s"])
        for pos in range(len(text) + 1):
            want = P.PARTY_NAME.match(text, pos)
            got = P.party_name_at(text, pos)
            assert (got and got.span()) == (want and want.span()), (text, pos)
        # (branch_place_date asks the same pairs of a line's opening)
        for line in (text + " i Lund den 3 maj 2021", text + ", Lund 2021-05-03"):
            want = P.BRANCH_PLACE_DATE.match(line)
            got = P.branch_place_date(line)
            assert (got and got.span()) == (want and want.span()), line


def _read_pages(rng: random.Random, vocab: list[str], ends: list[str]
                ) -> Iterator[tuple[str, list[Block], Roles]]:
    """Each stored text and 1,000 generated pages (lines of ``vocab``, each followed by one of
    ``ends``), with its blocks and the role stage's reading of them."""
    from tillit.api import _clean
    from tillit.blocks import segment
    from tillit.roles import assign

    generated = ["\n".join(rng.choice(vocab) + rng.choice(ends)
                           for _ in range(rng.randint(1, 25))) for _ in range(1_000)]
    for text in [*stored_texts(), *generated]:
        if text.strip():
            blocks = segment(_clean(text))
            yield text, blocks, assign(blocks)


def test_date_and_place_from_the_noted_lines() -> None:
    """``dateplace.extract`` reads the lines the role stage noted as possible date lines and
    "as above" lines (``Roles.dated``, ``Roles.above``) and finds what it finds reading every
    line, whatever the header's
    end and the session, on stored texts and generated pages of dates, places, "as above"
    lines, labels, signatures, prose and tiny lines."""
    from dataclasses import replace

    from tillit.extract import dateplace

    rng = random.Random(13)
    vocab = ["Lund 2022-01-27", "2022-01-27", "den 3 mars 2022", "Lund den 29 november",
             "Tranemo som ovan", "Lund den d:o", "Ödeshög, D:O.", "Inlämnad: 2015-10-06",
             "Datum:", "Slutdatum: 2022-02-14", "Publicerad 3 mars 2022", "Anna Berg (S)",
             "Anna Berg, 3 mars 2022", "x", "Lund", "Motion 1/2015", "Sida 2 av 3",
             "Interpellation 2007-01-29 ställd av Anna Berg", "kl. 12:30", "Vara, 181211",
             "Kommunen bygger fler cykelvägar i hela Lund så att alla kan cykla tryggt till "
             "skolan och till jobbet den 3 mars 2022.", "Kundcenter Östersund, 2020-07-03 08:31",
             "Vänsterpartiet 2017-09-29", "Hem", "Meny", "1 2 3 4 5 6 7"]
    count = 0
    for text, blocks, roles in _read_pages(rng, vocab, ["", "", "\n", " ", "."]):
        every = replace(roles, dated=None, above=None)
        for header_end in {0, 1, rng.randrange(len(blocks) + 1), len(blocks)}:
            for session in (None, 2007):
                got = dateplace.extract(blocks, header_end, roles, session)
                assert got == dateplace.extract(blocks, header_end, every, session), text[:200]
                count += got.date is not None
    assert count > 1_000


def test_classifier_reads_the_featured_lines() -> None:
    """``classify`` looks for its rarer line features (a kind word, teasers, portal labels, a
    decision field, newspaper and press-room furniture, contact leads) in the lines the role
    stage noted as having one (``Roles.featured``) and decides as it does looking in every
    line, on stored texts and generated pages of those lines among prose, menus and tiny
    lines."""
    from dataclasses import replace

    from tillit.classify import classify
    from tillit.roles import FEATURED

    rng = random.Random(14)
    vocab = ["Motion", "Interpellation", "Enkel fråga", "MOTION", "Läs mer »",
             "Kommunen bygger fler cykelvägar i hela Lund. Läs mer »", "Förslagsställare",
             "Slutdatum: 2022-02-14", "Direktlänk till e-förslaget", "Beslut: Avslag",
             "Annons", "Kontakt: Anna Berg (V), 070-123 45 67", "För mer information, kontakta:",
             "Anna Berg (S)", "Kontakt", "Pressmeddelande", "x", "Hem", "Meny",
             "Kommunen bygger fler cykelvägar i hela Lund så att alla kan cykla tryggt till "
             "skolan och till jobbet.", "Vi yrkar därför", "att kommunen bygger", "2022-01-27",
             "– Vi är glada, säger Anna Berg (S).", "Prenumerera", "Kontakter", "Nyckelord",
             "Presskontakt", "Bilder"]
    count = 0
    for text, blocks, roles in _read_pages(rng, vocab, ["", "", "\n"]):
        every = replace(roles, featured=None)
        assert [lr.index for lr in roles.with_features()] == \
            [lr.index for lr in roles.lines if not lr.features.isdisjoint(FEATURED)]
        for header_end in {0, 1, rng.randrange(len(blocks) + 1)}:
            for has_proposals, riksdag in ((False, False), (True, False), (False, True)):
                got = classify(blocks, roles, header_end, has_proposals, riksdag)
                assert got == classify(blocks, every, header_end, has_proposals, riksdag), \
                    text[:200]
                count += got[0] != "unknown"
    assert count > 1_000


def test_header_kind_from_the_noted_lines() -> None:
    """``classify._header_kind`` reads the lines the role stage noted as naming a kind or
    holding a paragraph sign or a kind alone (``Roles.headed``) and finds what it finds
    walking every header line, whatever the header's end, on stored texts and generated
    pages of kind lines, lists of them, paragraph signs, Riksdag numbers, menus and prose."""
    from dataclasses import replace

    from tillit.classify import _header_kind

    rng = random.Random(25)
    vocab = ["Motion", "MOTION", "Interpellation", "Enkel fråga", "Fråga", "2012/13:123",
             "Motion till kommunfullmäktige om fler bänkar", "Motioner & Interpellationer",
             "§ 45 Svar på motion om cykelvägar", "Pressmeddelande", "Medborgarförslag",
             "Interpellation 3-2019 till kommunstyrelsens ordförande", "Hem", "Meny", "x",
             "Protokoll", "Anna Berg (S)", "Kommunen bygger fler cykelvägar i hela Lund så att "
             "alla kan cykla tryggt till skolan och till jobbet.", "att kommunen bygger",
             "Pressmeddelande: Politiken i Lund är", "Här min andra interpellation:"]
    count = 0
    for text, blocks, roles in _read_pages(rng, vocab, ["", "", "\n", ":"]):
        assert roles.headed == [lr.index for lr in roles.lines if lr.named is not None
                                or "paragraph_sign" in lr.features
                                or "kind_alone" in lr.features], text[:200]
        every = replace(roles, headed=None)
        for header_end in {0, 1, 2, rng.randrange(len(blocks) + 1), len(blocks)}:
            got = _header_kind(blocks, header_end, roles)
            assert got == _header_kind(blocks, header_end, every), text[:200]
            count += got[0] is not None
    assert count > 1_000


def test_decisions_in_one_walk() -> None:
    """``classify._any_decision`` (both decision formulas asked in one walk over the blocks)
    finds what ``_decision`` and then ``_motion_decision`` find, on stored texts and generated
    pages of both formulas, decision fields, repeated lines, prose and tiny lines."""
    from tillit.classify import _any_decision, _decision, _motion_decision

    rng = random.Random(22)
    vocab = ["Kommunfullmäktige beslutar i enlighet med förslaget.",
             "Kommunfullmäktige beslutar att avslå motionen.",
             "Beslut: Regionfullmäktige beslutar att bifalla motionen",
             "Landstinget beslöt i enlighet med styrelsens förslag",
             "Kommunfullmäktige beslutade att anse motionen besvarad med hänvisning till vad "
             "som sägs i kommunstyrelsens yttrande över den.",
             "Regionfullmäktige beslutar i enlighet med regionstyrelsens förslag och anser "
             "därmed att motionen är besvarad i sin helhet.",
             "Beslut: Avslag", "Status: Besvarad", "att kommunen bygger", "Vi beslutar  att x",
             "Kommunen bygger fler cykelvägar i hela Lund så att alla kan cykla tryggt till "
             "skolan och till jobbet.", "x", "Anna Berg (S)", "Motion", "b", "a b c"]
    found = 0
    for text, blocks, roles in _read_pages(rng, vocab, ["", "", "\n", "."]):
        want = _decision(blocks) or _motion_decision(blocks, roles)
        assert _any_decision(blocks, roles) == want, text[:200]
        found += want is not None
    assert found > 500


def test_form_signers_from_the_noted_lines() -> None:
    """The signature stage reads a form's signers (``_labelled``, and ``_may_sign``'s first
    test) from the lines the role stage noted (``Roles.signers``: every line with the
    ``signer_inline`` feature or the ``LABELLED_SIGNER`` evidence, in order) and finds what it
    finds reading every line, on stored texts and generated pages of signer labels, names,
    signing lines, contacts, prose, proposals and tiny lines."""
    from dataclasses import replace

    from tillit.extract import signatories as S
    from tillit.roles import LABELLED_SIGNER

    rng = random.Random(15)
    vocab = ["Författare", "Förslagsställare", "Inlämnad av:", "Motionär: Anna Berg (S)",
             "Författare: Per Holm", "Motionärerna är Anna Berg och Per Holm", "Namn:",
             "Förslaget insänt av Eva Ek", "Inlämnat av: Svensson, Anna", "Anna Berg",
             "Anna Berg (S)", "Per Holm (V)", "________", "Alias_1854", "Kontakt",
             "070-123 45 67", "x", "Hem", "Meny", "Lund 2022-01-27", "Vi yrkar därför:",
             "att kommunen bygger fler cykelvägar,", "Anna Berg, 2021-11-16 13:42",
             "Kommunen bygger fler cykelvägar i hela Lund så att alla kan cykla tryggt till "
             "skolan och till jobbet. Därför föreslår vi detta."]
    count = 0
    for text, blocks, roles in _read_pages(rng, vocab, ["", "", "\n", " "]):
        if not blocks:
            continue
        want = [lr.index for lr in roles.lines
                if "signer_inline" in lr.features or lr.evidence == LABELLED_SIGNER]
        noted = [lr.index for lr in roles.may_sign()]
        assert set(want) <= set(noted) and noted == sorted(set(noted)), text[:200]
        every = replace(roles, signers=None)
        assert S._labelled(blocks, roles) == S._labelled(blocks, every), text[:200]
        for start in {0, rng.randrange(len(blocks) + 1)}:
            assert S._may_sign(blocks, roles, start) == S._may_sign(blocks, every, start)
        for header_end in {0, 1, rng.randrange(len(blocks) + 1)}:
            used = frozenset({rng.randrange(len(blocks))}) if rng.random() < 0.5 \
                else frozenset()
            got = S.extract(blocks, roles, header_end, used, None)
            assert got == S.extract(blocks, every, header_end, used, None), text[:200]
            count += bool(got[0])
    assert count > 500


def test_att_firsts() -> None:
    """``att_start`` reads an "att" only from a text whose first character is one of
    ``ATT_FIRSTS``: every stored line, and generated ones of "att" recased and cut, behind
    every glued mark and other characters."""
    from tillit.shapes import ATT_FIRSTS, att_start

    rng = random.Random(16)
    texts = [line for text in stored_texts() for line in text.splitlines()]
    marks = [*P.GLUED_MARKS, "", " ", "(", "*", "1", "a", "A", "ſ", "İ"]
    for _ in range(20_000):
        word = rng.choice(["att", "Att", "ATT", "aTT", "atT", "at", "a", "", "attack"])
        texts.append(rng.choice(marks) + rng.choice(marks[:3]) + word
                     + rng.choice(["", " ", " kommunen", ":", ","]))
    found = 0
    for text in texts:
        if att_start(text) is not None:
            assert text[:1] in ATT_FIRSTS, text
            found += 1
    assert found > 300


def _former_bare_att_run(blocks: list[Block], roles: Roles) -> tuple[list[object], set[int]]:
    """``proposals._bare_att_run`` as it was: ``att_start`` of every block's first line."""
    from tillit.extract import proposals as PR
    from tillit.shapes import att_start

    last_prose = max((b.index for b in blocks if b.prose), default=-1)
    start = next((b.index for b in blocks[last_prose + 2:]
                  if att_start(b.lines[0].text.text) and PR._lead_in(blocks[b.index - 1])),
                 last_prose + 1)
    items: list[object] = []
    used: set[int] = set()
    last: list[object] = []
    for block in blocks[start:]:
        if items and PR._continues(last, block, False) \
                and roles.of(block.index).role not in PR.OUTSIDE:
            last = [*last, *block.lines]
            items[-1] = PR._item(last)
            used.add(block.index)
            continue
        if not att_start(block.lines[0].text.text) or (
                not items and block.index and PR._mid_sentence(blocks[block.index - 1])):
            if items:
                break
            continue
        units = PR._att_units(block) if len(block.lines) > 1 else ()
        if len(units) <= 1:
            items.append((block.text, block.lines[0].start))
            last = list(block.lines)
        else:
            items.extend(PR._item(list(lines)) for lines, _ in units)
            last = list(units[-1][0])
        used.add(block.index)
    return items, used


def test_bare_att_run_reads_the_blocks_that_open_so() -> None:
    """``_bare_att_run`` asks ``att_start`` only of the blocks whose first line's first
    character is one of ``ATT_FIRSTS``, once each, and walks from the first of them that
    may open the run, and finds the items the former walk found (``att_start`` of every
    block, twice), on stored texts and generated pages of att-satser, glued marks, lead-ins,
    prose and tiny lines."""
    from tillit.extract import proposals as PR

    rng = random.Random(17)
    vocab = ["att kommunen bygger fler cykelvägar,", "Att skolan byggs.", "-att en översyn görs",
             "• att", "ATT UTREDA", "attack", "Vi yrkar därför:", "Med hänvisning till "
             "ovanstående vill vi:", "x", "Anna Berg (S)", "och att", "samt att Lund bygger",
             "på båda sidor om vägen", "Kommunen bygger fler cykelvägar i hela Lund så att "
             "alla kan cykla tryggt till skolan och till jobbet. Därför föreslår vi detta.",
             "kommer såväl medborgarna som", "Hem", "1. att kommunen"]
    count = 0
    for text, blocks, roles in _read_pages(rng, vocab, ["", "", "\n", " ", "."]):
        got = PR._bare_att_run(blocks, roles)
        assert got == _former_bare_att_run(blocks, roles), text[:200]
        count += bool(got[0])
    assert count > 500


class _Everything:
    """A gate that lets every text through (``x in _Everything()`` is always true)."""

    def __contains__(self, item: object) -> bool:
        return True


def test_att_units_read_the_lines_that_open_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """``proposals._att_units`` asks ``att_start`` only of the lines whose first character is
    one of ``ATT_FIRSTS`` and splits every block as it does asking it of every line, on
    stored texts and generated pages of att-satser, glued marks, hard wraps and tiny lines."""
    from tillit.extract import proposals as PR

    rng = random.Random(24)
    vocab = ["att kommunen bygger fler cykelvägar,", "Att skolan byggs.", "-att en översyn görs",
             "• att", "ATT UTREDA", "attack", "Vi yrkar därför:", "x", "och att", "samt att",
             "samt att Lund bygger", "på båda sidor om vägen", "kommunen", "för", "Lund",
             "att", "a", "A", "–att", "1. att kommunen"]
    count = 0
    for text, blocks, _ in _read_pages(rng, vocab, ["", "", " ", ".", ","]):
        for block in blocks:
            if len(block.lines) < 2:
                continue
            for wrapped in (False, True):
                got = PR._att_units(block, wrapped)
                with monkeypatch.context() as m:
                    m.setattr(PR, "ATT_FIRSTS", _Everything())
                    assert got == PR._att_units(block, wrapped), text[:200]
                count += len(got) > 1
    assert count > 500


class _AllLeads(dict[str, int]):
    """``roles._LEADS`` that lets every anchored test of every line run."""

    def get(self, key: str, default: object = None) -> int:
        return -1


def _lead_lines(rng: random.Random) -> list[str]:
    """Stored lines (and their stripped forms) and generated ones opening with every cue the
    anchored line tests read, recased, cut, with a character case folding relates to an ASCII
    one in place of one of theirs, after a list mark, before a name, number or title."""
    lex = lexicon()
    cues = [*lex.cue("signatures", "signer_labels"), *lex.cue("signatures", "signer_labels_bare"),
            *(w for k in ("motion", "interpellation", "question", "citizen_proposal",
                          "press_release", "other", "numbered_question", "decision_labels",
                          "portal_labels", "portal_weak_labels", "addressed_offices")
              for w in lex.cue("kinds", k)),
            *lex.cue("chrome", "reference_labels"), *lex.cue("signatures", "group_prefixes"),
            *lex.cue("press", "contacts"), *lex.cue("press", "byline_leads"),
            *lex.cue("proposal", "headings"), *lex.cue("signatures", "greetings"),
            *lex.cue("signatures", "group_suffixes"), "motionären", "Motionärerna är", "Till",
            "till", "TILL:", "§", "§ 12", "2021/22:4102", "Nr", "Nummer", "Motion nr", "Sida",
            "Sid.", "s.", "3 (4)", "1Förslag", "12 ", "PERSONALPOLITISK MOTION 10", "x", "", "att"]
    odd = ["ſ", "K", "İ", "ı", "ß", "Å", "ö", "é", " ", ":", "-", "1", "٣"]
    tails = ["", " ", ":", " Anna Berg (S)", ": Anna Berg", " 2021/22:123 av Anna Berg (S)",
             " 12", " 12/2022", " av 3", " – Fler cykelvägar", " kommunstyrelsens ordförande",
             " kommunfullmäktige", " statsrådet Per Holm", ": Avslag", " 2022-02-14", " kontakta:"]
    lines = [form for text in stored_texts() for line in text.split("\n")
             for form in (line, line.strip())]
    for _ in range(30_000):
        cue = rng.choice(cues)
        cue = rng.choice([cue, cue.upper(), cue.lower(), cue.title(), cue.swapcase()])
        if cue and rng.random() < 0.3:
            at = rng.randrange(len(cue))
            cue = cue[:at] + rng.choice(odd) + cue[at + 1:]
        if rng.random() < 0.2:
            cue = cue[:rng.randrange(len(cue) + 1)]
        lines.append(rng.choice(["", "", "-", " "]) + cue + rng.choice(tails))
    return lines


def test_line_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The role stage asks a line's anchored patterns only where its first two characters may
    open a match (``roles._leads``: those the pattern matches in part or whole), and a page
    number's only on a line opening with a character ``roles._PAGE_OPENS`` holds or a non-ASCII
    one. Every match opens so, and a line's features are those every pattern asked gives."""
    from tillit import roles

    lines = _lead_lines(random.Random(15))
    for line in lines:
        for pattern in (*roles._ANCHORED, P.PAGE_NUMBER):
            if pattern.match(line) is not None:
                assert pattern.match(line[:2], partial=True) is not None, (pattern.pattern, line)
        if P.PAGE_NUMBER.match(line) is not None:
            assert line[:1] in roles._PAGE_OPENS or not line[:1].isascii(), line
    gated = [roles._line_features(line, prose, heading)
             for line in lines for prose, heading in ((False, False), (True, True))]
    monkeypatch.setattr(roles, "_LEADS", _AllLeads())
    monkeypatch.setattr(roles, "_PAGE_OPENS", _Everything())
    assert gated == [roles._line_features(line, prose, heading)
                     for line in lines for prose, heading in ((False, False), (True, True))]
    assert sum(bool(f - {"prose", "heading"}) for f in gated) > 10_000


def test_lower_case_openers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The role stage asks whether a line opening with a lower-case ASCII letter other than
    "d" is a date line only where it holds a year token (``dates.may_be_date_line``), and
    whether one opening with any lower-case ASCII letter is a party's line only where a party
    name opens it (``P.party_name_at``) and a signature only where a greeting or "genom" does
    (``P.SIGNER_LEAD_WORD``): every such date line, party line and signature does, on stored
    lines and generated lines of dates in words and digits, of party names and codes with a
    place and of names behind greetings, and the lines' features are those asking every line
    gives."""
    from tillit import roles
    from tillit.dates import may_be_date_line
    from tillit.shapes import is_date_line, is_signature, party_line

    rng = random.Random(16)
    words = ["den", "3", "15", "mars", "MARS", "jan.", "lördag", "lördagen", "sön", "ons", "2022",
             "kl.", "13.00", "i", "Lund", "(2019)", "12/4", "2022-01-27", "april", "aug", "augusti",
             "sept.", "att", "x", "ſ", "vecka", "v.", "år", "18", "181211", "2014 12 15",
             "20180413", "23/2-12", "19-09-30", "27-01-2022", "2022.01.27", "tisdagen", "15:e",
             "3:e", "–", ",", "fr.o.m.", "t.o.m.", "midsommar", "q1", "höst", "vt", "ht"]
    lines = [line for text in stored_texts() for line in text.split("\n")]
    lines += [rng.choice(["", "", "april", "mars", "augusti", "jan", "lördag", "ons", "i"])
              + " " * rng.randint(0, 1) + " ".join(rng.choice(words)
                                                   for _ in range(rng.randint(0, 5)))
              + rng.choice(["", ".", " "]) for _ in range(20_000)]
    months = ["januari", "jan", "mars", "april", "aug.", "maj", "oktober", "sept"]
    days = ["lördag", "lördagen", "sön", "onsdagen", "tisdag", "fre"]
    lines += [rng.choice(["{w} den {d} {m} {y}", "{m} {y}", "{w} {d} {m} {y}", "{w} {y}-03-{d}",
                          "{w}, {d} {m}, {y}", "{m} {d}, {y}", "{w} {d}/3 {y}", "{m}-{y}",
                          "{w} {y} {d} {m}", "{m} {y}.", "{w} den {d}:e {m} {y} kl. 13.00"])
              .format(w=rng.choice(days), m=rng.choice(months), d=rng.randint(1, 31),
                      y=rng.choice([2022, 1999, 2100, 1799, 12022, 22]))
              for _ in range(5_000)]
    names = [a for e in lexicon().parties for a in (e.party.name, *e.aliases, e.party.code)]
    lines += [rng.choice([name.lower(), name, name.swapcase(), f"({name})", f"{name}-gruppen"])
              + rng.choice(["", " Lund", " i Lund", ", KD", " (S)", " 2017-09-29", " lund",
                            ", Regionfullmäktige, 2022-02-22", " i Lunds kommunfullmäktige"])
              for name in names for _ in range(20)]
    leads = [*lexicon().cue("signatures", "greetings"),
             *lexicon().cue("signatures", "group_suffixes")]
    lines += [rng.choice([lead.lower(), lead.lower(), lead, lead.upper(), lead[:-1].lower()])
              + rng.choice([" ", ", ", ": ", " / ", " – ", "/", " genom "])
              + rng.choice(["Anna Berg (S)", "Per Holm", "ANNA BERG", "Anna Berg och Per Holm (V)",
                            "anna berg", "K. -A. LEVIN", "Eva af Ek"]) for lead in leads
              for _ in range(100)]
    dated = parties = signed = 0
    for line in lines:
        if line[:1] in roles._UNDATED_OPENS and is_date_line(line):
            assert may_be_date_line(line), line
            dated += 1
        if line[:1] in roles._LOWER_OPENS and party_line(line) is not None:
            assert P.party_name_at(line) is not None, line
            parties += 1
        if line[:1] in roles._LOWER_OPENS and is_signature(line):
            assert P.SIGNER_LEAD_WORD.match(line) is not None, line
            signed += 1
    assert dated > 100 and parties > 100 and signed > 100
    gated = [roles._line_features(line, False, False) for line in lines]
    monkeypatch.setattr(roles, "_UNDATED_OPENS", frozenset())
    monkeypatch.setattr(roles, "_LOWER_OPENS", frozenset())
    assert gated == [roles._line_features(line, False, False) for line in lines]


def test_postal_gate() -> None:
    """roles._postal asks ``_POSTAL`` only of texts with five digits in a row or a folded
    "box " or "postadress": every character the pattern matches ignoring case in place of
    one of their letters folds to that letter, and the gated answer is the pattern's on
    stored lines and on generated addresses, recased, cut and spaced."""
    from tillit import roles
    from tillit.lexicon import fold

    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    for letter in sorted(set("box postadress") - {" "}):
        for m in re.finditer(letter, every, re.IGNORECASE):  # as _POSTAL reads it
            assert fold(m.group()) == letter, (letter, hex(ord(m.group())))
    rng = random.Random(19)
    pieces = ["Box 123", "BOX 1", "box", "Box", "Postadress", "POSTADRESS", "poſtadress",
              "Postadreß", "221 00 Lund", "22100 Lund", "221 00  LUND", "221 0 Lund", "2210",
              "12345", "1234 5", "٢٢١ ٠٠ Lund", "att punkt 4995 samt", "Kommunen", ", ", " ",
              ": ", "\t", "Ö", "x", "0"]
    texts = [line for text in stored_texts() for line in text.split("\n")]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
              for _ in range(15_000)]
    for text in texts:
        for t in (text, text.upper(), text.lower(), text[1:], text[:-1]):
            assert roles._postal(t, fold(t)) == (roles._POSTAL.search(t) is not None), t


def _furniture_in_a_row(text: str, folded: str, postal: bool | None, key: str) -> str | None:
    """roles.furniture as it read before its short-line tests were nested under one length
    test: every test in a row, each with its own length bound."""
    from tillit import roles as R
    if not key:
        return "rule" if R._RULE.fullmatch(text) else None
    if key in R._FURNITURE:
        return "furniture word"
    if len(text) <= 80 and ("\t" in text or "  " in text) and all(  # COLUMN_GAP finds one
            R._key(part) in R._FURNITURE for part in R.COLUMN_GAP.split(text.strip())):
        return "furniture words"  # "Skriv ut    Dela": a toolbar's links side by side
    if len(text) <= 120 and (" | " in text or " · " in text) and all(
            R.furniture(part) is not None or R._key(part) in R._CONTACT_LABELS
            for part in R._TOOLBAR_SPLIT.split(text.strip())):
        return "furniture words"  # "Skriv ut | Ladda ner som PDF | Lyssna"
    if len(text) <= 80 and " " in key and R._furniture_run(key.split()):
        return "furniture words"  # "Hoppa till innehåll Hoppa till meny": skip links in a row
    if len(text) <= 60 and R._category(key):
        return "category"
    if len(text) <= 120 and folded.startswith(
            R._FURNITURE_BY_FIRST.get(folded[:1], R._FURNITURE_NO_FIRST)):  # (_FURNITURE_PREFIXES)
        return "furniture prefix"
    if len(text) <= 120 and folded.startswith(R._NAME_PREFIXES):
        words = text.split(maxsplit=2)  # (each name prefix is one word)
        if len(words) > 1 and (words[1][:1].isupper() or words[1][:1] == "@"):
            return "furniture prefix"
    if folded.endswith(R._SITE_NAME_ENDINGS) and folded.count(" ") < R._SITE_NAME_WORDS:
        return "site name"  # "Kerstins Hemsida", "Landsmötesbloggen"
    if len(text) <= R._IMAGE_LINE and R._IMAGE_STEM.search(folded) is not None and \
            not R._IMAGE_WORDS.isdisjoint(R._WORDS.findall(folded)):
        return "image text"  # a logo's alt text: "Sorundanet symbol och logotyp banner!"
    if len(text) <= R._CAPTION_LINE and ":" in text and R._CAPTION_CREDIT.search(text):
        return "photo caption"
    if key[:1] == "#" and key[1:].strip().isdigit():
        return "post number"
    if key[:1].isdecimal() and R._COMMENT_COUNT.fullmatch(key):  # (\d: what isdecimal says)
        return "comment count"  # "0 kommentarer", "3 svar"
    if len(text) <= 120 and R._CRUMB.search(text) is not None and (
            text.count(" > ") >= 2 or text.count(" » ") >= 1 or text.count(" › ") >= 1
            or text.count(" / ") >= 2):
        return "breadcrumb"
    if len(text) <= 20 and (text[:1] in R._PAGE_OPENS or not text[:1].isascii()) \
            and P.PAGE_NUMBER.match(text):
        return "page number"
    if len(text) <= R._FOOTER_LINE and postal is not False and R._footer(text, postal):
        return "letterhead footer"
    if text.endswith(("...", "…")) and len(text.split()) <= 6:
        return "cut-off menu item"
    if ("_" in text and " " not in text) or (text[:1] in R._RULE_OPENS and R._RULE.fullmatch(text)):
        return "rule"
    if text[:1] == "<" and text.rstrip()[-1:] == ">" and not R._TAGS.sub("", text).strip():
        return "markup"  # a page's code left in the copy: "< div id=”header ”>< / div>"
    return None


def test_furniture_short_lines() -> None:
    """roles.furniture, its tests of lines up to 120 characters nested under one length test,
    gives the reason the tests in a row give, on stored lines and generated ones of every
    length around the bounds (20, 60, 80, 120, 200, 300) made of furniture cues and marks."""
    from tillit import roles
    from tillit.lexicon import fold

    rng = random.Random(23)
    cues = [*sorted(roles._FURNITURE)[:200], *roles._FURNITURE_PREFIXES, *roles._NAME_PREFIXES,
            *roles._SITE_NAME_ENDINGS, *roles._IMAGE_STEMS, "Foto: Anna", ". Foto: x", " | ",
            " · ", " > ", " » ", "  ", "\t", "#12", "3 kommentarer", "Sida 2 av 3", "...", "…",
            "_____", "<div>", "Box 12, 221 00 Lund", "046-35 50 00", "a@b.se", "www.lund.se",
            "Anna Berg", "att punkt 12 samt", " ", "x" * 19, "y" * 39]
    lines = [line.strip() for text in stored_texts() for line in text.split("\n")]
    for _ in range(20_000):
        line = "".join(rng.choice(cues) for _ in range(rng.randint(1, 8)))
        cut = rng.choice([20, 21, 60, 61, 80, 81, 120, 121, 200, 201, 300, 301, len(line)])
        lines.append(line[:cut])
    for text in lines:
        folded = fold(text)
        key = roles._key_of(folded)
        for postal in (None, False, True):
            assert roles.furniture(text, folded, postal, key) == _furniture_in_a_row(
                text, folded, postal, key), text


def _features_in_order(text: str, prose: bool, heading: bool) -> frozenset[str]:
    """roles._line_features as it read before its anchored tests were put under one test of
    their bits (``roles._GROUPED``): every test in its former order, the press tests reading
    the line as they did (``press_section`` folding the line again)."""
    from tillit import roles as R
    from tillit import shapes as S
    from tillit.lexicon import fold

    out: set[str] = set()
    if prose:
        out.add("prose")
    if heading:
        out.add("heading")
    if S.teaser_end(text) is not None:
        out.add("teaser")
    if not text or len(text) > R.LONG_LINE:
        return frozenset(out)
    folded = fold(text)
    leads = R._leads(text[:2])
    postal = len(text) <= R._FOOTER_LINE and R._postal(text, folded)
    key = R._key_of(folded)
    if (why := R.furniture(text, folded, postal, key)) is not None:
        out.add("furniture")
        out.add(f"furniture:{why}")
    if len(text) <= 40:
        if key in R._SIGNER_LABELS:
            out.add("signer_label")
        elif key in R._CONTACT_LABELS:
            out.add("contact_label")
        elif key in R._FIELD_LABELS:
            out.add("field_label")
    if leads & R._SIGNER_INLINE and len(text) <= 200 and P.SIGNER_INLINE.match(text):
        out.add("signer_inline")
    if leads & R._KIND_START and P.KIND_START.match(text):
        out.add("kind_line")
        if P.KIND_LINE.match(text):
            out.add("kind_word")
    elif leads & R._NUMBERED_KIND and "/" in text and P.NUMBERED_KIND.match(text):
        out.add("numbered_kind")
    lowered = text.lower()
    if leads & R._SERIES_TITLE and "motion" in lowered and P.SERIES_TITLE.match(text):
        out.add("series_title")
    if leads & R._KIND_ALONE and P.numbered_kind_alone(text):
        out.add("kind_alone")
    if leads & R._PARAGRAPH_SIGN and P.PARAGRAPH_SIGN.match(text):
        out.add("paragraph_sign")
    if leads & R._RIKSDAG_NUMBER and P.RIKSDAG_NUMBER_START.match(text):
        out.add("riksdag_number")
    if ("fullmäktige" in lowered or "riksdag" in lowered) and P.ADDRESSEE.search(text):
        out.add("addressee")
    if len(text) <= 160 and P.find_beteckning(text):
        out.add("beteckning")
    if leads & R._NUMBER_LINE and P.NUMBER_LINE.match(text):
        out.add("number_line")
    if leads & R._REFERENCE_LINE and len(text) <= 80 and P.REFERENCE_LINE.match(text):
        out.add("reference")
    if len(text) <= 120 and (text[:1] not in R._UNDATED_OPENS or R.may_be_date_line(text)) \
            and S.is_date_line(text):
        out.add("date_line")
    if leads & R._GROUP_HEADING and text.startswith(S.GROUP_STARTS) \
            and (gm := P.GROUP_HEADING.match(text)) \
            and S.group_party(gm.group("group")) is not None:
        out.add("group_heading")
    if (text[:1] not in R._LOWER_OPENS or P.party_name_at(text) is not None) \
            and S.party_line(text) is not None:
        out.add("party_line")
    if S.att_start(text):
        out.add("att")
    if " " in text and len(text) <= 200 and (
            text[:1] not in R._LOWER_OPENS or leads & R._SIGNER_LEAD_WORD) \
            and S.is_signature(text):
        out.add("signature")
    if leads & R._PROPOSAL_HEADING and P.proposal_heading(text):
        out.add("proposal_heading")
    elif len(text) <= 300 and P.find_verb(text):
        out.add("proposal_verb")
    if "@" in text or P.find_url(text) or (
            len(text) <= R._PHONE_LINE and R._PHONE_ONLY.fullmatch(text) is not None):
        out.add("contact")
    if (leads & R._OFFICE_ADDRESSEE and P.office_addressee(text)) or (
            leads & R._BARE_ADDRESSEE and P.bare_addressee(text)):
        out.add("office")
    if leads & R._PORTAL_LABEL and P.portal_label(text):
        out.add("portal_label")
    elif not prose and P.portal_word(text):
        out.add("portal_word")
    if folded in R._PRESS_FURNITURE:
        out.add("press_furniture")
    if len(text) < 80 and (section := S.press_section(text)) is not None:
        out.add(f"press_section:{section}")
    if S.press_furniture(text):
        out.add("press_chrome")
    if leads & R._CONTACT_LEAD and (":" in text or "kontakta " in folded or " av " in text) \
            and P.CONTACT_LABEL.match(text):
        out.add("contact_lead")
    if leads & R._BYLINE_LEAD and P.BYLINE_LEAD.match(text):
        out.add("byline_lead")
    if leads & R._DECISION_FIELD and P.decision_field(text):
        out.add("decision_field")
    if folded in R._NEWS_FURNITURE:
        out.add("news_furniture")
    if postal:
        out.add("postal")
    return frozenset(out)


def test_grouped_line_tests() -> None:
    """roles._line_features, its anchored tests under one test of their bits and its press
    tests reading the line's fold once, gives every line the features the tests in their
    former order give (stored lines, lines opening with every anchored cue, press-room lines
    with and without their ":"), outside prose (and every fourth line in a prose heading).
    The grouped bits are every bit but ``SERIES_TITLE``'s and ``SIGNER_LEAD_WORD``'s."""
    from tillit import roles

    every = (1 << len(roles._ANCHORED)) - 1
    assert every == roles._GROUPED | roles._SERIES_TITLE | roles._SIGNER_LEAD_WORD
    lines = _lead_lines(random.Random(20))
    press = [*lexicon().cue("press", "furniture"), *lexicon().cue("press", "related"),
             *(w for k in ("about", "images", "contacts", "keywords")
               for w in lexicon().cue("press", k))]
    lines += [f"{w}{end}" for w in press
              for end in ("", ":", " :", "::", " x", " vänligen kontakta:")]
    for i, line in enumerate(lines):
        for prose, heading in ((False, False), (True, True))[:1 + (i % 4 == 0)]:
            assert roles._line_features(line, prose, heading) == _features_in_order(
                line, prose, heading), line


def test_lower_case_date_leads() -> None:
    """The role stage reads a line opening with a lower-case ASCII letter other than "d" as
    a possible date line only where its first two characters may open a mention
    (``roles._DATED_LEADS``, or a second character beyond ASCII): every such line that is
    a date line opens so (stored lines, and generated ones of month and weekday names,
    abbreviated, recased and cut, every ASCII pair before a date, years and words)."""
    from tillit import dates, roles
    from tillit.shapes import is_date_line

    rng = random.Random(21)
    names = [*dates._LEAD_WORDS, "april", "aug.", "sept", "måndag", "lördagen", "tis", "jan",
             "okt.", "nov", "March", "may", "sun", "thu", "wed"]
    heads = [n[:cut] for n in names for cut in range(1, len(n) + 1)]
    heads += [chr(a) + chr(b) for a in range(ord("a"), ord("z") + 1) for b in range(128)]
    tails = ["", " 2022", " 3 2022", "il 2022", " den 3 maj 2022", " 15 november 2012",
             ", 3 mars 2022", " 2022-01-27", ". 2022", "2022", " 3", " kl. 13.00 2022", "."]
    lines = [line for text in stored_texts() for line in text.split("\n")]
    lines += [rng.choice(heads) + rng.choice(tails) for _ in range(30_000)]
    lines += [f"{name.lower()} {day}" for name in names for day in ("2022", "3 maj 2022")]
    dated = 0
    for line in lines:
        if line[:1] in roles._UNDATED_OPENS and is_date_line(line):
            dated += 1
            assert line[:2] in roles._DATED_LEADS or not line[1:2].isascii(), line
    assert dated > 100


def test_furniture_run_first_word() -> None:
    """roles.furniture asks ``_furniture_run`` only of a key whose first word, read up to its
    first space, opens a furniture entry: a key is folded, its words set apart by single
    spaces, so that word is ``key.split()[0]``, the run's own first test. The reasons are
    those of the tests in a row on runs of two or three entries, recased, spaced and cut."""
    from tillit import roles
    from tillit.lexicon import fold

    rng = random.Random(22)
    entries = sorted(e for e in roles._FURNITURE if e)
    lines = []
    for _ in range(20_000):
        words = [rng.choice(entries) for _ in range(rng.randint(2, 3))]
        line = rng.choice([" ", "  ", "\t", " \u00a0"]).join(words)
        line = rng.choice([line, line.upper(), line.title(), " " + line, line + ":"])
        lines.append(line[:rng.choice([len(line), 80, 81, 40])])
    runs = 0
    for text in lines:
        folded = fold(text)
        key = roles._key_of(folded)
        if " " in key:
            assert key[:key.find(" ")] == key.split()[0], text
        want = _furniture_in_a_row(text, folded, None, key)
        assert roles.furniture(text, folded, None, key) == want, text
        runs += want == "furniture words"
    assert runs > 1_000


def test_trailing_compact() -> None:
    """``shapes.trailing_compact`` finds where ``_TRAILING_COMPACT``'s scan finds its match:
    stored lines (with their line ends) and texts, every character that is a digit of some
    kind in every place of a compact date, and generated texts of digits, spaces, letters and
    line ends."""
    from tillit.shapes import _TRAILING_COMPACT, trailing_compact

    def same(text: str) -> bool:
        m = _TRAILING_COMPACT.search(text)
        assert trailing_compact(text) == (m and m.start()), repr(text)
        return m is not None

    found = 0
    for text in stored_texts():
        found += same(text)
        for line in text.splitlines(keepends=True):
            found += same(line) + same(line.strip())
    digits = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000
              and (chr(c).isdigit() or chr(c).isnumeric())]
    for d in digits:
        for at in range(6):
            compact = "190225"[:at] + d + "190225"[at + 1:]
            for text in (f"Motion om simhall {compact}", f"x {compact}\n", f" {compact}",
                         f"x{compact}", f"x {compact}\n\n", f"x {compact} ", f"x 1{compact}"):
                found += same(text)
    rng = random.Random(23)
    pieces = ["1", "0", "9", " ", "  ", "\n", "a", "Motion om x", "190225", "2019", "\t", "-",
              "\u00a0", *rng.sample(digits, 40)]
    for _ in range(50_000):
        found += same("".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))))
    assert found > 1_000


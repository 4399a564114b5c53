"""Readers: the same motion as .txt, .md, .html, .pdf and .docx gives the same fields; spans
index into the reader's text; encodings; PDF page furniture and page breaks; Word numbering;
clear errors for missing extras, damaged files and undecodable bytes."""

from __future__ import annotations

import codecs
import doctest
import functools
import hashlib
import io
import itertools
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from repo_util import load_script

import tillit
from tillit.errors import ParseWarningError, TillitError
from tillit.readers import (
    DecodeError,
    MissingExtra,
    PdfLine,
    Source,
    UnreadableFile,
    assemble_pages,
    decode_html,
    decode_text,
    format_number,
    guess_format,
    parse_file,
    read,
    read_bytes,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ("000", "001", "003", "004")
FORMATS = ("md", "html", "pdf", "docx")
ENCODED = {"004": "004.cp1252.txt", "000": "000.utf16.txt", "003": "003.utf8bom.txt"}


def _seed(number: str) -> Path:
    return next((ROOT / "seeds").glob(f"{number}_*.txt"))


def _fields(doc: tillit.Document) -> dict[str, Any]:
    return {
        "kind": doc.kind, "title": doc.title, "series": doc.series, "number": doc.number,
        "body": doc.body, "organisation": doc.organisation,
        "parties": [p.code for p in doc.parties], "date": doc.date, "place": doc.place,
        "proposals": [p.text for p in doc.proposals],
        "signatories": [(s.name, s.party.code if s.party else None) for s in doc.signatories],
    }


@functools.cache
def _make_fixtures() -> Any:
    """The fixture script as a module (for the header and page-number styles it used)."""
    return load_script(FIXTURES / "make_fixtures.py")


# --- the same seed from every format -----------------------------------------------------


@pytest.mark.parametrize("number", SEEDS)
def test_seed_fields_are_not_trivial(number: str) -> None:
    # The comparison below is only worth something if the .txt parse finds things.
    doc = tillit.parse(_seed(number).read_text(encoding="utf-8"))
    assert doc.kind == "motion" and doc.title and doc.proposals
    assert doc.organisation and doc.parties


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("number", SEEDS)
def test_same_fields_from_every_format(number: str, fmt: str) -> None:
    expected = _fields(tillit.parse(_seed(number).read_text(encoding="utf-8")))
    doc = parse_file(FIXTURES / f"{number}.{fmt}")
    assert doc.source == str(FIXTURES / f"{number}.{fmt}")
    assert _fields(doc) == expected


@pytest.mark.parametrize("number", sorted(ENCODED))
def test_same_fields_from_other_encodings(number: str) -> None:
    seed_text = _seed(number).read_text(encoding="utf-8")
    src = read(FIXTURES / ENCODED[number])
    assert src.text.replace("\r\n", "\n") == seed_text
    assert _fields(parse_file(FIXTURES / ENCODED[number])) == _fields(tillit.parse(seed_text))


def _clean(text: str) -> str:
    """A span's source as a reader sees it: hyphenated wraps mended, marks and spaces folded."""
    text = re.sub(r"(?<=\w)-\n(?=[a-zåäö])", "", text)
    text = re.sub(r"[*#]", "", text)
    return " ".join(text.split())


ALL_FIXTURES = [f"{n}.{fmt}" for n in SEEDS for fmt in FORMATS] + sorted(ENCODED.values())


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_spans_slice_the_kept_text(name: str) -> None:
    path = FIXTURES / name
    doc = parse_file(path, keep_text=True)
    assert doc.text == read(path).text
    text = doc.text
    assert doc.title and doc.title in _clean(doc.spans["title"].slice(text))
    if doc.place:
        assert doc.place in doc.spans["place"].slice(text)
    if doc.date:
        assert doc.date.isoformat() in doc.spans["date"].slice(text)
    assert doc.proposals
    for p in doc.proposals:
        assert p.verbatim == p.span.slice(text)
        assert p.text in _clean(p.verbatim)
    for s in doc.signatories:
        assert s.name in _clean(s.span.slice(text))


def test_keep_text_is_off_by_default() -> None:
    assert parse_file(FIXTURES / "004.md").text is None


# --- Source ------------------------------------------------------------------------------


def test_source_fields() -> None:
    path = FIXTURES / "003.html"
    src = read(path)
    assert isinstance(src, Source) and src.format == "html"
    assert src.path == str(path)
    assert src.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert src.encoding == "cp1252"  # from <meta http-equiv=... charset=windows-1252>
    assert "Välfärden" in src.text and src.diagnostics == ()
    with pytest.raises(ValueError, match="frozen"):
        src.text = "x"  # type: ignore[misc]
    assert "chars=" in repr(src) and src.text not in repr(src)


def test_format_override_and_guessing(tmp_path: Path) -> None:
    assert read(FIXTURES / "004.pdf").format == "pdf"
    data = (FIXTURES / "004.pdf").read_bytes()
    assert guess_format("download", data) == "pdf"
    assert guess_format("download.bin", (FIXTURES / "004.docx").read_bytes()) == "docx"
    assert guess_format("page", b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert guess_format("notes", "Motion om cykelvägar".encode()) == "txt"
    assert guess_format("a.markdown", b"") == "md"
    # A Markdown file read as plain text gives the same text.
    assert read(FIXTURES / "004.md", format="txt").text == read(FIXTURES / "004.md").text
    # A PDF without its suffix is recognised by its bytes.
    nameless = tmp_path / "motion"
    nameless.write_bytes(data)
    assert read(nameless).format == "pdf"
    with pytest.raises(ValueError, match="format must be one of"):
        read_bytes(b"x", format="rtf")  # type: ignore[arg-type]


def test_old_word_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "motion.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(UnreadableFile, match=r"\.docx"):
        read(path)


def test_missing_file_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "nope.txt")


def test_docs_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples use repository paths
    result = doctest.testfile(str(ROOT / "docs" / "readers.md"), module_relative=False)
    assert result.attempted >= 5 and result.failed == 0


def test_exports() -> None:
    assert tillit.parse_file is parse_file and tillit.read is read and tillit.Source is Source
    assert {"parse_file", "read", "Source", "evaluate"} <= set(tillit.__all__)


# --- parse_file options ------------------------------------------------------------------

CLEAN_MOTION = """Motion till kommunfullmäktige i Lund

Fler cykelvägar i Lund

Cykeln är det bästa sättet att ta sig fram i en stad som Lund. Därför behöver kommunen
bygga fler och bredare cykelvägar, särskilt mellan stationen och sjukhusområdet.

Vi yrkar därför

att kommunen bygger en cykelväg mellan stationen och sjukhusområdet.

Lund 2024-03-01

Anna Åberg (V)
"""


def test_reader_diagnostics_join_the_warnings_and_raise_under_errors_raise(
        tmp_path: Path) -> None:
    assert tillit.parse(CLEAN_MOTION).warnings == ()  # precondition: the parser is content
    path = tmp_path / "motion.txt"
    path.write_bytes(CLEAN_MOTION.encode("cp1252"))
    doc = parse_file(path)
    assert [w.code for w in doc.warnings] == ["encoding_assumed"]
    assert "Windows-1252" in doc.warnings[0].message
    assert doc.signatories[0].name == "Anna Åberg"
    with pytest.raises(ParseWarningError, match="encoding_assumed"):
        parse_file(path, errors="raise")
    path.write_text(CLEAN_MOTION, encoding="utf-8")
    assert parse_file(path, errors="raise").warnings == ()
    with pytest.raises(ValueError, match="errors must be"):
        parse_file(path, errors="ignore")  # type: ignore[arg-type]


def test_max_chars_is_passed_on(tmp_path: Path) -> None:
    path = tmp_path / "motion.txt"
    path.write_text(CLEAN_MOTION, encoding="utf-8")
    with pytest.raises(tillit.InputTooLarge, match="characters; the limit is 300"):
        parse_file(path, max_chars=300)  # checked by parse, on the decoded text
    with pytest.raises(tillit.InputTooLarge, match="bytes is more than max_chars"):
        parse_file(path, max_chars=50)  # the file is too large before it is read
    assert parse_file(path, max_chars=len(CLEAN_MOTION)).proposals


# --- encodings ---------------------------------------------------------------------------


def test_encoded_fixtures_report_their_encoding() -> None:
    assert read(FIXTURES / "004.cp1252.txt").encoding == "cp1252"
    assert [d.code for d in read(FIXTURES / "004.cp1252.txt").diagnostics] == [
        "encoding_assumed"]
    assert read(FIXTURES / "000.utf16.txt").encoding == "utf-16"
    assert read(FIXTURES / "003.utf8bom.txt").encoding == "utf-8-sig"
    assert not read(FIXTURES / "003.utf8bom.txt").text.startswith("\ufeff")
    assert read(FIXTURES / "004.md").encoding == "utf-8"


@pytest.mark.parametrize("codec,bom", [
    ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_byte_order_marks(codec: str, bom: bytes) -> None:
    text, encoding, notes = decode_text(bom + "Yrkande: att Örebro får €".encode(codec))
    assert text == "Yrkande: att Örebro får €" and notes == []
    assert encoding.startswith(codec[:5])


def test_utf16_without_bom_is_recognised() -> None:
    text, encoding, notes = decode_text("Motion om äldreomsorg".encode("utf-16-le"))
    assert text == "Motion om äldreomsorg" and encoding == "utf-16-le"
    assert [n.code for n in notes] == ["encoding_assumed"]


def test_latin1_only_bytes_fall_back_to_latin1() -> None:
    # 0x81 is undefined in Windows-1252, so only Latin-1 can read it.
    text, encoding, notes = decode_text("Gävle".encode("latin-1") + b"\x81")
    assert text == "Gävle\x81" and encoding == "latin-1"
    assert "Latin-1" in notes[0].message


def test_utf8_with_a_damaged_byte_stays_utf8() -> None:
    data = "Region Örebro län, Västerås, Umeå".encode() + b"\xe4 slut"
    text, encoding, notes = decode_text(data)
    assert encoding == "utf-8" and text.startswith("Region Örebro län")
    assert "\ufffd" in text and "replaced" in notes[0].message


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 4,  # binary with zero bytes
    b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50,  # control bytes
    codecs.BOM_UTF16_LE + b"a\x00\x00\xd8",  # a lone UTF-16 surrogate after a BOM
    codecs.BOM_UTF8 + b"ok \xff\xfe",  # a UTF-8 BOM over bytes that are not UTF-8
])
def test_undecodable_bytes_raise_a_tillit_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "arkiv.txt"
    path.write_bytes(data)
    with pytest.raises(DecodeError) as info:
        parse_file(path)
    assert isinstance(info.value, TillitError) and isinstance(info.value, ValueError)
    assert str(path) in str(info.value)


def test_html_charset_declarations() -> None:
    body = "<html><body><p>Motion om ”tillit” i Västerås</p></body></html>"
    declared = '<html><head><meta charset="iso-8859-1"></head>' + body[6:]
    # Browsers read iso-8859-1 as windows-1252, so the curly quotes survive.
    text, encoding, notes = decode_html(declared.encode("cp1252"))
    assert "”tillit”" in text and encoding == "cp1252" and notes == []
    xml = '<?xml version="1.0" encoding="ISO-8859-15"?><TEI><text>Västerås</text></TEI>'
    text, encoding, _ = decode_html(xml.encode("iso-8859-15"))
    assert "Västerås" in text and encoding == "iso8859-15"
    # No declaration and not UTF-8: assumed Windows-1252, with a diagnostic.
    text, encoding, notes = decode_html(body.encode("cp1252"))
    assert "Västerås" in text and [n.code for n in notes] == ["encoding_assumed"]
    # A declaration the bytes contradict, and one nobody knows.
    lying = '<html><head><meta charset="utf-8"></head>' + body[6:]
    text, encoding, notes = decode_html(lying.encode("cp1252"))
    assert "Västerås" in text and "declares charset 'utf-8'" in notes[0].message
    unknown = '<html><head><meta charset="x-klingon"></head>' + body[6:]
    text, encoding, notes = decode_html(unknown.encode("utf-8"))
    assert "Västerås" in text and encoding == "utf-8" and "unknown charset" in notes[0].message


def test_html_spans_index_into_the_decoded_page() -> None:
    doc = parse_file(FIXTURES / "000.html", keep_text=True)
    assert doc.text is not None and doc.text.lstrip().startswith("<!DOCTYPE html>")
    assert doc.spans["title"].slice(doc.text) == doc.title
    # Navigation, scripts, styles and the page footer are not read as content.
    assert "Kontakt" not in " ".join(p.text for p in doc.paragraphs)
    assert not any("gtag" in p.text or "dataLayer" in p.text for p in doc.paragraphs)


# --- PDF ---------------------------------------------------------------------------------


def _pdf_pages(path: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [page.extract_text().split("\n") for page in PdfReader(path).pages]


@pytest.mark.parametrize("number", SEEDS)
def test_pdf_fixture_furniture_is_removed(number: str) -> None:
    style = _make_fixtures().STYLES[number]
    pages = _pdf_pages(FIXTURES / f"{number}.pdf")
    assert len(pages) >= 2
    labels = [style.page_number.format(n=n, m=len(pages)) for n in range(1, len(pages) + 1)]
    raw = "\n".join("\n".join(lines) for lines in pages)
    assert style.header in raw and all(label in raw.split("\n") for label in labels)
    src = read(FIXTURES / f"{number}.pdf")
    lines = src.text.split("\n")
    assert style.header not in src.text
    assert not any(label in lines for label in labels)
    [note] = [d for d in src.diagnostics if d.code == "pdf_furniture_removed"]
    assert f"removed {2 * len(pages)} " in note.message


def test_pdf_paragraphs_continue_over_page_breaks() -> None:
    continued = 0
    for number in SEEDS:
        pages = _pdf_pages(FIXTURES / f"{number}.pdf")
        text = read(FIXTURES / f"{number}.pdf").text
        for before, after in itertools.pairwise(pages):
            last, first = before[-2], after[1]  # around the page number and running header
            if last[-1] not in ".!?:":
                continued += 1
                assert f"{last}\n{first}" in text
        # No paragraph starts in lower case (but an att-sats): none was cut at a page break.
        assert not re.search(r"\n\n(?!att )[a-zåäö]", text)
    assert continued >= 2


def test_pdf_att_sats_over_a_page_break() -> None:
    # In 001.pdf the only att-sats starts on page 1 and ends on page 2.
    pages = _pdf_pages(FIXTURES / "001.pdf")
    assert any(line.startswith("• Att") for line in pages[0])
    doc = parse_file(FIXTURES / "001.pdf")
    [proposal] = doc.proposals
    assert proposal.text.endswith("inflytande och makt")


def _line(text: str, y: float | None, size: float = 11.0, right: float | None = None,
          x: float = 72.0) -> PdfLine:
    if right is None and y is not None:
        right = x + 0.5 * size * len(text)
    return PdfLine(text, x if y is not None else None, y, size, right)


def _page(n: int, body: list[PdfLine], header: str | None = "Vänsterpartiet Lund · Motion",
          footer: str = "Sida {n} av 3") -> list[PdfLine]:
    lines = [_line(header, 800, 8)] if header else []
    return lines + body + [_line(footer.format(n=n), 40, 8)]


FULL = 520.0


def test_assemble_removes_repeated_headers_and_page_numbers() -> None:
    pages = [
        _page(1, [_line("Motion om cykelvägar", 700, 16),
                  _line("Cyklar är bra för staden och för den som", 670, right=FULL),
                  _line("vill ta sig fram snabbt och billigt i", 656, right=FULL),
                  _line("trafiken.", 642)], header=None),
        _page(2, [_line("Fler cyklar behövs i hela kommunen och", 760, right=FULL),
                  _line("i alla stadsdelar.", 746)]),
        _page(3, [_line("Anna Åberg (V)", 760)]),
    ]
    text, removed, empty = assemble_pages(pages)
    assert text == ("# Motion om cykelvägar\n\nCyklar är bra för staden och för den som\n"
                    "vill ta sig fram snabbt och billigt i\ntrafiken.\n\n"
                    "Fler cyklar behövs i hela kommunen och\ni alla stadsdelar.\n\n"
                    "Anna Åberg (V)\n")
    assert sorted(removed) == sorted(["Sida 1 av 3", "Sida 2 av 3", "Sida 3 av 3"]
                                     + ["Vänsterpartiet Lund · Motion"] * 2)
    assert empty == []


@pytest.mark.parametrize("label", ["3", "- 3 -", "– 3 –", "Sida 3", "sida 3 av 9", "3 (9)",
                                   "3/9", "Page 3 of 9", "s. 3", "iv"])
def test_assemble_page_number_styles(label: str) -> None:
    page = [_line("Brödtext på sidan.", 700), _line(label, 40, 9)]
    text, removed, _ = assemble_pages([page])
    assert text == "Brödtext på sidan.\n" and removed == [label]


def test_assemble_keeps_lines_that_are_not_furniture() -> None:
    # A year alone in the body, a date line, and a line repeated mid-page are content.
    pages = [[_line("Inledning", 760), _line("2023-04-04", 700), _line("Att-satser", 600),
              _line("Gävle 2023-04-04", 500)],
             [_line("Fortsättning", 760), _line("Att-satser", 640), _line("2024", 500)]]
    text, removed, _ = assemble_pages(pages)
    assert removed == [] and text.count("Att-satser") == 2 and "2023-04-04\n" in text
    assert text.endswith("\n2024\n")


def test_assemble_chapter_headers_of_a_long_document() -> None:
    # Running headers that change with the chapter: each on fewer than half of the pages.
    heads = ["Kapitel 1: Bakgrund"] * 3 + ["Kapitel 2: Förslag"] * 4 + ["Bilaga"]
    words = ["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta"]
    pages = [[_line(f"{head} {n}", 800, 9), _line(f"Brödtext nummer {words[n - 1]}.", 760),
              _line(f"Sista raden säger {words[-n]}.", 100)]
             for n, head in enumerate(heads, 1)]
    text, removed, _ = assemble_pages(pages)
    assert "Kapitel" not in text and "Bilaga 8" in text
    assert len(removed) == 7 and text.count("Brödtext nummer") == 8


def test_assemble_title_repeated_as_small_running_header_is_kept() -> None:
    pages = [[_line("Bättre cykelvägar", 780, 18), _line("Brödtext börjar här.", 740)],
             [_line("Bättre cykelvägar", 800, 8), _line("Mer brödtext här.", 760)],
             [_line("Bättre cykelvägar", 800, 8), _line("Ännu mer brödtext.", 760)]]
    text, removed, _ = assemble_pages(pages)
    assert text.startswith("# Bättre cykelvägar\n\n") and text.count("Bättre cykelvägar") == 1
    assert removed == ["Bättre cykelvägar"] * 2


def test_assemble_joins_a_word_hyphenated_over_a_page_break() -> None:
    pages = [_page(1, [_line("Motion om chefer", 760, 16),
                       _line("Vi vill att kommunen ser över sin styrning. Det handlar", 114),
                       _line("om hela organisa-", 100, right=FULL)]),
             _page(2, [_line("tionen och dess chefer.", 760)])]
    text, _, _ = assemble_pages(pages)
    assert text.endswith("Det handlar\nom hela organisa-\ntionen och dess chefer.\n")
    # ... which the parser mends like any line-end hyphen.
    assert tillit.parse(text).paragraphs[-1].text.endswith(
        "Det handlar om hela organisationen och dess chefer.")


def test_assemble_page_break_between_paragraphs() -> None:
    pages = [_page(1, [_line("Ett långt stycke med en hel rad", 128, right=FULL),
                       _line("och en till hel rad med text", 114, right=FULL),
                       _line("och en tredje rad", 100, right=FULL),
                       _line("som slutar här.", 86, right=300)]),
             _page(2, [_line("Nästa stycke börjar på ny sida.", 760)])]
    text, _, _ = assemble_pages(pages)
    assert "slutar här.\n\nNästa stycke" in text
    # The same sentence end on a full line: the paragraph may go on.
    pages[0][-2] = _line("som slutar här.", 86, right=FULL)
    assert "slutar här.\nNästa stycke" in assemble_pages(pages)[0]


def test_assemble_full_last_line_continues_on_next_page() -> None:
    body1 = [_line("En rad som fyller hela bredden", 114, right=FULL),
             _line("och fortsätter i Region", 100, right=FULL)]
    pages = [_page(1, body1), _page(2, [_line("Skåne med fler ord.", 760)])]
    text, _, _ = assemble_pages(pages)
    assert "Region\nSkåne" in text


def test_assemble_gaps_and_font_sizes_make_paragraphs() -> None:
    lines = [_line("Rubrik som är lång och", 760, 16), _line("bryts över två rader", 742, 16),
             _line("Första raden i stycket", 720), _line("andra raden.", 706),
             _line("Nytt stycke efter luft.", 680), _line("• att punkten gäller", 666),
             _line("och fortsätter.", 652)]
    text, _, _ = assemble_pages([lines])
    assert text == ("# Rubrik som är lång och bryts över två rader\n\n"
                    "Första raden i stycket\nandra raden.\n\nNytt stycke efter luft.\n"
                    "• att punkten gäller\noch fortsätter.\n")


def test_assemble_y_axis_pointing_down() -> None:
    lines = [_line("Första raden", 100), _line("andra raden.", 114),
             _line("Nytt stycke.", 142)]
    text, _, _ = assemble_pages([lines])
    assert text == "Första raden\nandra raden.\n\nNytt stycke.\n"


def test_assemble_without_positions_and_without_paragraph_gaps() -> None:
    no_pos = [PdfLine("Rad ett"), PdfLine("rad två.")]
    assert assemble_pages([no_pos])[0] == "Rad ett\nrad två.\n"
    # Even spacing everywhere: a short line that ends a sentence ends its paragraph.
    tight = [_line("Stycket fyller hela raden och", 714, right=FULL),
             _line("fyller nästa rad också och", 700, right=FULL),
             _line("en tredje rad innan det", 686, right=FULL),
             _line("slutar här.", 672, right=200), _line("Nästa stycke börjar.", 658)]
    assert assemble_pages([tight])[0] == (
        "Stycket fyller hela raden och\nfyller nästa rad också och\nen tredje rad innan det\n"
        "slutar här.\n\nNästa stycke börjar.\n")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    blank = PdfWriter()
    blank.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        blank.write(fh)
    with pytest.raises(UnreadableFile, match="no text layer"):
        read(path)
    mixed = PdfWriter()
    for page in PdfReader(FIXTURES / "004.pdf").pages:
        mixed.add_page(page)
    mixed.add_blank_page(595, 842)
    buf = io.BytesIO()
    mixed.write(buf)
    src = read_bytes(buf.getvalue(), format="pdf")
    assert any(d.code == "pdf_pages_without_text" and "3" in d.message
               for d in src.diagnostics)


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n%%EOF")
    with pytest.raises(UnreadableFile, match=r"broken\.pdf"):
        read(path)


# --- DOCX --------------------------------------------------------------------------------


def test_docx_fixture_numbering_reaches_the_att_sats_parser() -> None:
    doc = parse_file(FIXTURES / "004.docx", keep_text=True)  # a numbering definition of its own
    assert [p.verbatim[:6] for p in doc.proposals] == ["1. att", "2. att", "3. att"]
    assert read(FIXTURES / "003.docx").text.count("\n1. Att Region Gävleborg") == 1  # style
    assert "\n• Att regionen" in read(FIXTURES / "001.docx").text  # "List Bullet" style
    assert read(FIXTURES / "000.docx").text.startswith(
        "Vänsterpartiet\n\n## Motion till regionfullmäktige")  # Heading 2


def _numbering(document: Any, levels: list[tuple[str, str]],
               start_override: int | None = None, abstract: str | None = None) -> tuple[str, str]:
    """Add a numbering definition (levels as (numFmt, lvlText)); return (numId, abstractId)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    if abstract is None:
        abstract = str(max(int(a.get(qn("w:abstractNumId")))
                           for a in numbering.findall(qn("w:abstractNum"))) + 1)
        ab = OxmlElement("w:abstractNum")
        ab.set(qn("w:abstractNumId"), abstract)
        for ilvl, (fmt, text) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(ilvl))
            for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                lvl.append(child)
            ab.append(lvl)
        numbering.find(qn("w:num")).addprevious(ab)
    num_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract)
    num.append(ref)
    if start_override is not None:
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), str(start_override))
        override.append(start)
        num.append(override)
    numbering.append(num)
    return num_id, abstract


def _numbered(document: Any, text: str, num_id: str, ilvl: int = 0,
              style: str | None = None) -> None:
    para = document.add_paragraph(text, style=style)
    num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = int(num_id)


def _docx_text(document: Any, tmp_path: Path) -> str:
    path = tmp_path / "test.docx"
    document.save(str(path))
    return read(path).text


def test_docx_multilevel_numbering_restart_and_continuation(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    outline, abstract = _numbering(d, [("decimal", "%1."), ("decimal", "%1.%2."),
                                       ("lowerLetter", "%3)")])
    _numbered(d, "Ett", outline)
    _numbered(d, "Ett ett", outline, 1)
    _numbered(d, "Ett ett a", outline, 2)
    _numbered(d, "Ett ett b", outline, 2)
    _numbered(d, "Ett två", outline, 1)
    d.add_paragraph("Vanligt stycke emellan.")
    _numbered(d, "Två", outline)
    _numbered(d, "Två ett", outline, 1)
    restart, _ = _numbering(d, [], start_override=1, abstract=abstract)
    _numbered(d, "Ett igen", restart)
    letters, _ = _numbering(d, [("upperRoman", "%1."), ("bullet", "\uf0b7")])
    _numbered(d, "Romersk ett", letters)
    _numbered(d, "Punkt", letters, 1)
    _numbered(d, "Romersk två", letters)
    assert _docx_text(d, tmp_path).split("\n\n") == [
        "1. Ett", "1.1. Ett ett", "a) Ett ett a", "b) Ett ett b", "1.2. Ett två",
        "Vanligt stycke emellan.", "2. Två", "2.1. Två ett", "1. Ett igen", "I. Romersk ett",
        "• Punkt", "II. Romersk två\n"]


def test_docx_style_numbering_and_its_removal(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("att kommunen bygger", style="List Number")
    d.add_paragraph("att kommunen utreder", style="List Number")
    d.add_paragraph("Utan nummer", style="List Number")
    # numId 0 on the paragraph switches off the numbering its style would give.
    d.paragraphs[-1]._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0
    d.add_paragraph("Punkt", style="List Bullet")
    assert _docx_text(d, tmp_path) == ("1. att kommunen bygger\n\n2. att kommunen utreder\n\n"
                                       "Utan nummer\n\n• Punkt\n")


def test_docx_structure(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Motion om cykelvägar", level=0)
    d.add_heading("Bakgrund", level=2)
    p = d.add_paragraph("Rad ett")
    p.add_run().add_break()
    p.add_run("rad två\tmed tabb")
    d.add_paragraph("")  # empty paragraphs are spacing, not text
    deleted = d.add_paragraph("Kvar ")
    gone = OxmlElement("w:del")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = "borttaget "
    run.append(text)
    gone.append(run)
    deleted._p.append(gone)
    inserted = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "tillagt"
    run.append(t)
    inserted.append(run)
    deleted._p.append(inserted)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), "rId99")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = " och länk"
    run.append(t)
    link.append(run)
    deleted._p.append(link)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Anna Åberg (V)"
    table.cell(0, 1).text = "Bo Berg (S)"
    assert _docx_text(d, tmp_path) == (
        "# Motion om cykelvägar\n\n## Bakgrund\n\nRad ett\nrad två\tmed tabb\n\n"
        "Kvar tillagt och länk\n\nAnna Åberg (V)\n\nBo Berg (S)\n")


def test_docx_text_boxes_are_read_once(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    para = d.add_paragraph("Brevhuvud")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = ("<w:txbxContent><w:p><w:r><w:t>Motion till kommunfullmäktige</w:t></w:r></w:p>"
           "</w:txbxContent>")
    # Word writes a text box twice: as a drawing (Choice) and as VML (Fallback).
    para._p.append(parse_xml(
        f"<w:r {w} {mc}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>{box}"
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"))
    d.add_paragraph("Brödtext.")
    assert _docx_text(d, tmp_path) == ("Brevhuvud\n\nMotion till kommunfullmäktige\n\n"
                                       "Brödtext.\n")


def test_format_number() -> None:
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert format_number(14, "upperRoman") == "XIV" and format_number(1994, "lowerRoman") == \
        "mcmxciv"
    assert format_number(7, "decimalZero") == "07" and format_number(3, "decimal") == "3"
    assert format_number(3, "ordinal") == "3"


def test_damaged_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFile, match=r"broken\.docx"):
        read(path)


# --- missing extras ----------------------------------------------------------------------


@pytest.mark.parametrize("module,fmt,extra", [("pypdf", "pdf", "pdf"),
                                              ("docx", "docx", "docx")])
def test_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch, module: str,
                                            fmt: str, extra: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes "import module" fail
    with pytest.raises(MissingExtra) as info:
        parse_file(FIXTURES / f"004.{fmt}")
    assert f"pip install 'tillit[{extra}]'" in str(info.value)
    assert isinstance(info.value, TillitError) and isinstance(info.value, ImportError)
    assert info.value.extra == extra
    # Text formats do not need the extra.
    assert parse_file(FIXTURES / "004.md").proposals

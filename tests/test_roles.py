"""The line-role stage as a user sees it: tillit.explain, `tillit roles`, and chrome kept out
of the fields (menus, skip links and comment forms are never a title, date or signer)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tillit
from tillit.cli import main as cli_main

PAGE = """Hem
Motioner
Motion om cykelvägar i Lu...
Till innehåll på sidan

Motion om fler cykelvägar

Cykeln är det bästa sättet att ta sig fram i en stad som Lund. Därför behöver kommunen
bygga fler och bredare cykelvägar mellan stationen och sjukhusområdet.

Vi yrkar därför

att kommunen bygger en cykelväg mellan stationen och sjukhusområdet.

Lund 2024-03-01

Anna Åberg (V)

Lämna ett svar

Bo Berg (S)
2024-05-05
"""


def test_explain_marks_chrome_document_and_trailer() -> None:
    roles = tillit.explain(PAGE)
    by_text = {lr.text: lr for lr in roles}
    assert by_text["Hem"].role == "chrome" and by_text["Hem"].index < roles.start
    assert by_text["Till innehåll på sidan"].role == "chrome"
    assert by_text["Motion om cykelvägar i Lu..."].evidence == "furniture:cut-off menu item"
    assert by_text["Motion om fler cykelvägar"].role == "kind"
    assert by_text["Lund 2024-03-01"].role == "dateplace"
    assert by_text["Anna Åberg (V)"].role == "signature"
    assert by_text["att kommunen bygger en cykelväg mellan stationen och sjukhusområdet."
                   ].role == "proposal"
    assert by_text["Bo Berg (S)"].role == "trailer" and by_text["Bo Berg (S)"].index >= roles.end
    table = roles.table()
    assert "chrome     before 'Hem'" in table and "[after the document's end" in table


def test_chrome_and_trailer_stay_out_of_fields() -> None:
    doc = tillit.parse(PAGE)
    assert doc.title == "Motion om fler cykelvägar"
    assert str(doc.date) == "2024-03-01" and doc.place == "Lund"
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Anna Åberg", "V")]


@pytest.mark.parametrize("line", [
    "Hem", "Startsida", "Till innehåll på sidan", "PDF", "AKTUELLT:", "Följ oss på Facebook>>",
    "#105739", "Start > Politik > Motioner", "Motion om miljö...",
    "Sidan uppdaterades senast: 2013-10-25",
])
def test_furniture_lines_are_never_the_title(line: str) -> None:
    text = f"{line}\n\nMotion om bättre skolmat\n\n" + PAGE.split("\n\n", 2)[2]
    doc = tillit.parse(text)
    assert doc.title == "Motion om bättre skolmat"
    assert tillit.explain(text).lines[0].role == "chrome"


def test_comment_heading_before_the_close_does_not_end_the_document() -> None:
    text = PAGE.replace("Lämna ett svar\n\nBo Berg (S)\n2024-05-05\n", "").replace(
        "Vi yrkar därför", "Kommentarer\n\nVi yrkar därför")
    roles = tillit.explain(text)
    assert roles.end == len(roles.lines)
    assert [p.text for p in tillit.parse(text).proposals] == [
        "kommunen bygger en cykelväg mellan stationen och sjukhusområdet"]


def test_roles_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert cli_main(["roles", str(path)]) == 0
    assert capsys.readouterr().out == tillit.explain(PAGE).table() + "\n"
    assert cli_main(["roles", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
    with pytest.raises(TypeError):
        tillit.explain(b"bytes")  # type: ignore[arg-type]


def test_explain_marks_where_a_reproduced_document_starts() -> None:
    """A post whose intro announces the document it reproduces: the debug view says which
    line starts that document (its header is read from there)."""
    roles = tillit.explain(
        "Äldreomsorgen – den andra interpellationen\n\nJag ville vänta in beslutet innan jag "
        "skickade frågan.\n\nHär min andra interpellation:\n\nInterpellation till "
        "socialnämndens ordförande\n\nDen medicinska kompetensen\n\nBristerna har varit "
        "kända länge och blev tydligt blottlagda i krisen.\n")
    marked = [row for row in roles.table().splitlines() if "reproduced document" in row]
    assert len(marked) == 1 and "Interpellation till socialnämndens ordförande" in marked[0]

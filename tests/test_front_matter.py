"""A Markdown file's front matter (Jekyll, Hugo) gives the title, date and authors."""

from __future__ import annotations

import datetime as dt

import pytest

import tillit

BODY = ("Gotland har fått dispens för att sprida avloppsslam som gödning. Slammet innehåller "
        "ämnen som är skadliga för både människor och djur, och vi vill att det upphör.\n\n"
        "Därför föreslår vi i en motion till regionfullmäktige att spridningen stoppas.\n")


@pytest.mark.parametrize(("matter", "authors"), [
    pytest.param('title: Stoppa spridningen av slam\ndate: 2016-06-14 13:17:00 Z\n'
                 'tags:\n- miljö\nauthors: Elin Bååth\nimage: "/uploads/cover.jpg"\n',
                 ["Elin Bååth"], id="one-author-as-a-value"),
    pytest.param('title: "Stoppa spridningen av slam"\ndate: 2016-06-14\nauthors:\n'
                 '- Elin Bååth\n- Oscar Larsson\nlayout: post\n',
                 ["Elin Bååth", "Oscar Larsson"], id="quoted-title-and-a-list-of-authors"),
    pytest.param("layout: post\ntitle: 'Stoppa spridningen av slam'\ndate: 2016-06-14\n",
                 [], id="no-author"),
])
@pytest.mark.parametrize("line_end", ["\n", "  \n", "\r\n"], ids=["lf", "trailing-spaces", "crlf"])
def test_front_matter_fields(matter: str, authors: list[str], line_end: str) -> None:
    text = f"---\n{matter}---\n\n{BODY}".replace("\n", line_end)
    doc = tillit.parse(text)
    assert doc.title == "Stoppa spridningen av slam"
    assert doc.date == dt.date(2016, 6, 14)
    assert [s.name for s in doc.signatories] == authors
    title = doc.spans["title"]
    assert text[title.start:title.end] == "Stoppa spridningen av slam"
    for sig in doc.signatories:
        assert text[sig.span.start:sig.span.end] == sig.name
    assert "layout" not in doc.model_dump_json() and "uploads" not in doc.model_dump_json()


@pytest.mark.parametrize("text", [
    pytest.param("---\nStoppa spridningen av slam\n---\n\n" + BODY, id="rules-around-a-heading"),
    pytest.param("---\ntitle: Stoppa spridningen av slam\n\n" + BODY, id="no-closing-fence"),
])
def test_rules_that_enclose_no_front_matter_stay_text(text: str) -> None:
    doc = tillit.parse(text)
    assert any("Gotland har fått dispens" in p.text for p in doc.paragraphs)

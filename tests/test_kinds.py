"""Document kind conventions, one table row per convention.

Every row is a small invented text in the shape of a genre and the kind a careful reader gives
it. Only the public API is used: ``tillit.parse(text).kind`` and ``kind_evidence``.
"""

from __future__ import annotations

import pytest

import tillit

_PROSE = ("Kommunen har under flera år sett hur behovet har vuxit i alla stadsdelar. Det är "
          "dags att göra något åt saken innan det blir för sent för de som bor där.")

# (id, text, kind, a word the deciding evidence must contain)
KIND_ROWS: list[tuple[str, str, str, str]] = [
    # E-petition portals: field labels of the signature collection decide, not any heading.
    ("portal-labels-alone",
     f"Bygg en hundrastgård i Norrby\n\nInlämnad av:\n\nKarin Berg, 2023-03-01 10:12\n\n"
     f"Slutdatum:\n\n2023-06-01\n\n{_PROSE}\n",
     "citizen_proposal", "Slutdatum"),
    ("portal-labels-with-values",
     f"Fler bänkar längs ån\n\nBeskrivning\n\n{_PROSE}\n\nStatus: Ej inlämnad\n\n"
     "Förslagsställare: Olle Ek\n\nStartdatum: 2022-01-10\n",
     "citizen_proposal", "Förslagsställare"),
    ("portal-word-and-label",
     f"Belysning vid skolan\n\n{_PROSE}\n\nDirektlänk till e-förslaget\n\n"
     "Slutdatum\n\n2021-09-30\n",
     "citizen_proposal", "Slutdatum"),
    ("e-förslag-heading",
     f"E-förslag: Belysning vid skolan\n\n{_PROSE}\n\nOlle Ek\n",
     "citizen_proposal", "E-förslag"),
    ("invånarförslag-heading",
     f"Invånarförslag om belysning vid skolan\n\n{_PROSE}\n\nOlle Ek\n",
     "citizen_proposal", "Invånarförslag"),
    # One label is not a portal: a motion register entry has "Inlämnad av" too.
    ("one-weak-label-is-no-portal",
     f"Motion om belysning\n\nInlämnad av: Olle Ek (S)\n\n{_PROSE}\n\n"
     "Jag föreslår att kommunfullmäktige beslutar\n\natt belysning sätts upp vid skolan\n",
     "motion", "Motion"),
    # A bare kind line glued to the first paragraph (no blank line) still names the kind.
    ("glued-interpellation-line",
     f"När blir belysningen klar?\n\nInterpellation\nTill kommunstyrelsens ordförande Eva Ek (S)"
     f"\n{_PROSE}\n\nNär blir belysningen klar?\n\nOlle Ek (M)\n",
     "interpellation", "Interpellation"),
    # A plural kind heading that reads as a phrase heads a page listing documents.
    ("listing-page",
     "Motioner till kommunfullmäktige\n\nHär kan du se vilka motioner som har lämnats in och "
     "vilka av dem som fullmäktige har bifallit under året som gått.\n\n"
     "Moderaterna (M)\n\nPDF Motion (M) Fler bänkar.pdf\n\n"
     "Liberalerna (L)\n\nPDF Motion (L) Bättre skolmat.pdf\n",
     "unknown", "Motioner"),
    ("listing-heading-over-one-motion",
     "Motioner till kommunfullmäktige\n\nMotion om fler bänkar\n\n"
     f"{_PROSE}\n\nJag föreslår\n\natt fler bänkar sätts upp längs ån\n\nOlle Ek (M)\n",
     "motion", "Motioner"),
    # A bare category label "Motioner" above one motion is the site's category, not a list.
    ("category-label-over-one-motion",
     f"Motioner\n\nFler bänkar längs ån\n\n{_PROSE}\n\nOlle Ek (M)\n",
     "motion", "Motioner"),
    # A decision record: the att-satser are the body's decision, not a motion's.
    ("decision-heading",
     "Beslut i kommunfullmäktige om motion om fler bänkar\n\n"
     f"{_PROSE}\n\nKommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag\n\n"
     "att bifalla motionen\n",
     "unknown", "Beslut i"),
    ("decision-formula",
     "Fler bänkar längs ån\n\nFöredras kommunstyrelsens förslag i ärende nr 4 angående motion "
     "från Olle Ek (M) om fler bänkar.\n\n"
     "Landstinget beslutar i enlighet med förvaltningsutskottets förslag\n\n"
     "att uppdra åt förvaltningsutskottet att utreda frågan\n",
     "unknown", "beslutar i enlighet med"),
    ("protocol-extract",
     f"Protokollsutdrag\n\nKommunfullmäktige 2021-03-04\n\n{_PROSE}\n\n"
     "att bifalla motionen\n",
     "unknown", "Protokollsutdrag"),
]


@pytest.mark.parametrize(("text", "kind", "cue"), [r[1:] for r in KIND_ROWS],
                         ids=[r[0] for r in KIND_ROWS])
def test_kind(text: str, kind: str, cue: str) -> None:
    doc = tillit.parse(text)
    assert doc.kind == kind
    assert any(cue.casefold() in e.cue.casefold() for e in doc.kind_evidence), doc.kind_evidence

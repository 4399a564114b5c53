"""The accuracy harness on a tiny answer folder: per-field scores, worst documents, failures,
partial answers, documents in other formats, the machine-readable report and the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import tillit
from tillit.cli import main as cli_main
from tillit.evaluate import evaluate, load_answer

ROOT = Path(__file__).resolve().parents[1]

MOTION = """Motion till kommunfullmäktige i Lund

Fler cykelvägar i Lund

Cykeln är det bästa sättet att ta sig fram i en stad som Lund. Därför behöver kommunen
bygga fler och bredare cykelvägar, särskilt mellan stationen och sjukhusområdet.

Vi yrkar därför

att kommunen bygger en cykelväg mellan stationen och sjukhusområdet,

att kommunen utreder cykelparkering vid stationen.

Lund 2024-03-01

Anna Åberg (V)
Bo Berg (V)
"""

RIGHT = {
    "doc_type": "motion", "title": "Fler cykelvägar i Lund", "body": "kommunfullmäktige",
    "organisation": "Lunds kommun", "date": "2024-03-01", "place": "Lund",
    "proposals": ["kommunen bygger en cykelväg mellan stationen och sjukhusområdet",
                  "Kommunen utreder cykelparkering vid stationen."],
    "signatories": [{"name": "Anna Åberg", "party": "V"}, {"name": "Bo Berg", "party": "v"}],
    "parties": ["V"],
}


def _write(folder: Path, name: str, text: str | bytes, answer: dict[str, Any] | None) -> None:
    doc = folder / name
    if isinstance(text, bytes):
        doc.write_bytes(text)
    else:
        doc.write_text(text, encoding="utf-8")
    if answer is not None:
        doc.with_suffix(".json").write_text(json.dumps(answer, ensure_ascii=False),
                                            encoding="utf-8")


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    _write(tmp_path, "a.txt", MOTION, RIGHT)
    wrong = dict(RIGHT, title="Cykelvägar", place=None,
                 proposals=[*RIGHT["proposals"][:1], "kommunen bygger en bro"],
                 signatories=[{"name": "Anna Åberg", "party": "V"}])
    _write(tmp_path, "b.md", MOTION, wrong)
    _write(tmp_path, "c.txt", b"\x00\x01binary\x00" * 20, {"title": "X", "proposals": ["a"]})
    _write(tmp_path, "d.txt", MOTION, {"proposals": RIGHT["proposals"]})  # a partial answer
    (tmp_path / "e.json").write_text("{}", encoding="utf-8")  # no document beside it
    _write(tmp_path, "notes.txt", "no answer file for this one", None)
    return tmp_path


def test_scores_per_field(gold: Path) -> None:
    report = evaluate(gold)
    assert [d.name for d in report.docs] == ["a.txt", "b.md", "c.txt", "d.txt"]
    assert report.unmatched == ["e.json"]
    title = report.score("title")
    assert (title.documents, title.correct) == (3, 1)  # a right; b wrong; c failed
    assert report.scalar_accuracy("title") == pytest.approx(1 / 3)
    assert report.score("body").correct == 2 and report.score("place").correct == 1
    proposals = report.score("proposals")
    # a: 2/2/2; b: 1 right of 2 predicted, 2 expected; c: 0/0/1; d: 2/2/2
    assert (proposals.true_positives, proposals.predicted, proposals.expected) == (5, 6, 7)
    assert (proposals.documents, proposals.correct) == (4, 2)
    assert report.prf("proposals") == pytest.approx((5 / 6, 5 / 7, 2 * (5 / 6) * (5 / 7)
                                                     / (5 / 6 + 5 / 7)))
    sigs = report.score("signatories")
    assert (sigs.true_positives, sigs.predicted, sigs.expected) == (3, 4, 3)
    assert report.score("signatory_parties").true_positives == 3
    assert report.score("parties").f1 == 1.0
    assert {s.name for s in report.fields()} == {
        "kind", "title", "body", "organisation", "date", "place", "proposals", "signatories",
        "signatory_parties", "parties"}  # series and number: no answer has them
    with pytest.raises(KeyError):
        report.score("colour")


def test_failed_and_partial_documents(gold: Path) -> None:
    report = evaluate(gold)
    a, b, c, d = report.docs
    assert a.errors == 0 and a.error is None and a.diffs == []
    assert c.error is not None and c.error.startswith("DecodeError")
    assert c.scalars == {"title": False} and c.lists == {"proposals": (0, 0, 1)}
    assert report.failed == [c]
    assert set(d.scalars) == set() and set(d.lists) == {"proposals"} and d.errors == 0
    # b: wrong title, wrong place, one proposal missing and one extra, one signatory extra
    # (counted by name and again by name + party)
    assert b.errors == 6
    assert "title: got 'Fler cykelvägar i Lund', expected 'Cykelvägar'" in b.diffs
    assert any(diff.startswith("proposal extra: 'kommunen utreder") for diff in b.diffs)
    assert "signatory extra: 'bo berg'" in b.diffs
    assert any(diff.startswith("signatory party extra: ('bo berg', 'v')") for diff in b.diffs)
    assert [r.name for r in report.worst()] == ["b.md", "c.txt"]
    assert [r.name for r in report.worst(1)] == ["b.md"]


def test_table(gold: Path) -> None:
    table = evaluate(gold).table()
    lines = table.splitlines()
    assert lines[0] == "4 documents (1 could not be parsed; 4 tuned, 0 held out)"
    assert "| title | 3 | 0.33 | | | | 0.33 | |" in lines
    assert "| proposals | 4 | 0.50 | 0.83 | 0.71 | 0.77 | 0.77 | |" in lines
    worst = lines.index("Worst documents:")
    assert lines[worst + 1] == "- b.md: 6 errors"
    assert "    could not be parsed: DecodeError" in table
    assert lines[-1] == "Answer files without a document: e.json"
    assert "- a.txt" not in table


def test_to_dict_is_json_ready(gold: Path) -> None:
    data = evaluate(gold).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert (data["documents"], data["failed"], data["unmatched"]) == (4, 1, ["e.json"])
    assert data["fields"]["proposals"] == {
        "kind": "list", "documents": 4, "correct": 2, "accuracy": 0.5, "true_positives": 5,
        "predicted": 6, "expected": 7, "precision": 0.8333, "recall": 0.7143, "f1": 0.7692}
    assert data["fields"]["title"] == {"kind": "scalar", "documents": 3, "correct": 1,
                                       "accuracy": 0.3333}
    assert [d["name"] for d in data["docs"]] == ["b.md", "c.txt", "a.txt", "d.txt"]
    assert data["docs"][0]["lists"]["signatories"] == {"true_positives": 1, "predicted": 2,
                                                       "expected": 1}


def test_documents_in_other_formats(tmp_path: Path) -> None:
    answer = {"doc_type": "motion", "title": "Tillit är vägen fram för en modern organisation!",
              "body": "kommunfullmäktige", "organisation": "Lunds kommun",
              "date": "2022-01-27", "place": None,
              "signatories": [{"name": n, "party": p} for n, p in [
                  ("Helena Falk", "V"), ("Fanny Johansson", "S"), ("Angelica Svensson", "V"),
                  ("Anders Almgren", "S"), ("Karin Svensson Smith", "MP"),
                  ("Maja Grubelic", "FI")]]}
    for suffix in (".pdf", ".docx", ".html"):
        shutil.copy(ROOT / "tests" / "fixtures" / f"004{suffix}", tmp_path / f"m{suffix}")
    (tmp_path / "m.json").write_text(json.dumps(answer), encoding="utf-8")
    report = evaluate(tmp_path)
    assert [d.name for d in report.docs] == ["m.html", "m.pdf", "m.docx"]
    assert all(d.errors == 0 for d in report.docs), report.table()
    assert report.score("signatories").true_positives == 18


def test_other_documents_are_compared_by_kind_only(tmp_path: Path) -> None:
    _write(tmp_path, "x.txt", "Lite text om ingenting särskilt.", {
        "doc_type": "other", "title": "Något", "date": "2020-01-01", "proposals": ["x"]})
    [res] = evaluate(tmp_path).docs
    assert res.scalars == {"kind": True} and res.lists == {}


def test_null_lists_are_not_answered(tmp_path: Path) -> None:
    _write(tmp_path, "x.txt", MOTION, dict(RIGHT, proposals=None, signatories=None))
    _write(tmp_path, "y.txt", MOTION, dict(RIGHT, proposals=[]))
    x, y = evaluate(tmp_path).docs
    assert set(x.lists) == {"parties"}
    assert y.lists["proposals"] == (0, 2, 0) and y.errors == 2


@pytest.mark.parametrize(("answer", "got_title", "same"), [
    ("Fler cykelvägar i Lund", "Motion: Fler cykelvägar i Lund", True),
    ("Fler cykelvägar i Lund", "MOTION - Fler cykelvägar i Lund", True),
    ("Fler cykelvägar i Lund", "Motion – Fler cykelvägar i Lund", True),
    ("Fler cykelvägar i Lund", "KF: Fler cykelvägar i Lund", True),
    ("Fler cykelvägar i Lund", "Motion ”Fler cykelvägar i Lund”", True),
    ("Motion om fler cykelvägar", "Om fler cykelvägar", False),  # a phrase keeps its words
    ("Fler cykelvägar i Lund", "Färre cykelvägar i Lund", False),
])
def test_titles_compare_without_a_run_on_kind_label(tmp_path: Path, answer: str,
                                                     got_title: str, same: bool) -> None:
    text = MOTION.replace("Fler cykelvägar i Lund\n", got_title + "\n", 1)
    _write(tmp_path, "x.txt", text, {"title": answer})
    [res] = evaluate(tmp_path).docs
    assert res.scalars == {"title": same}, res.diffs


@pytest.mark.parametrize(("answer", "same"), [
    ("Lunds kommun", True), ("Lunds stad", True), ("Lund kommun", True),
    ("Lunds kommuns", True), ("Region Skåne", False), ("Malmö stad", False),
])
def test_organisations_compare_as_the_same_municipality(tmp_path: Path, answer: str,
                                                         same: bool) -> None:
    _write(tmp_path, "x.txt", MOTION, {"organisation": answer})
    [res] = evaluate(tmp_path).docs
    assert res.scalars == {"organisation": same}


def test_regions_compare_across_landsting_names() -> None:
    from tillit.orgnames import identity
    assert identity("Landstinget Västmanland") == identity("Region Västmanland")
    assert identity("Västmanlands läns landsting") == identity("Region Västmanland")
    assert identity("Stockholms läns landsting") == identity("Region Stockholm")
    assert identity("Helsingborgs stad") == identity("Helsingborgs kommun")
    assert identity("Region Skåne") != identity("Region Halland")


def test_halves(tmp_path: Path) -> None:
    for name in ("100", "101", "033", "203"):
        _write(tmp_path, f"{name}.txt", MOTION, {"title": "Fler cykelvägar i Lund"})
    report = evaluate(tmp_path)
    assert [d.name for d in report.half("held-out").docs] == ["101.txt", "203.txt"]
    assert [d.name for d in report.half("tuned").docs] == ["033.txt", "100.txt"]
    assert report.table().splitlines()[0] == (
        "4 documents (0 could not be parsed; 2 tuned, 2 held out)")
    assert "| title | 4 | 1.00 | | | | 1.00 | 1.00 |" in report.table().splitlines()
    assert report.to_dict()["halves"]["held-out"]["documents"] == 2
    with pytest.raises(KeyError):
        report.half("other")


def test_malformed_answers_and_folders(tmp_path: Path) -> None:
    _write(tmp_path, "x.txt", MOTION, None)
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.json: not valid JSON"):
        evaluate(tmp_path)
    (tmp_path / "x.json").write_text('{"proposals": "att x", "signatories": ["Anna"]}',
                                     encoding="utf-8")
    with pytest.raises(ValueError, match=r'"proposals" must be a list or null.*"signatories"'):
        load_answer(tmp_path / "x.json")
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="one JSON object"):
        evaluate(tmp_path)
    with pytest.raises(NotADirectoryError):
        evaluate(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    report = evaluate(empty)
    assert report.docs == [] and report.table().startswith("0 documents")


def test_public_name_and_cli(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tillit.evaluate is evaluate
    assert cli_main(["evaluate", str(gold)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == evaluate(gold).table()


#: Each corpus's figures as last measured (accuracy for scalars, F1 for lists, both halves
#: together): a change may raise them, never lower them. Raise a floor when a change lifts
#: its field; the issue's goal is 0.95 everywhere.
FLOORS = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_corpus_stays_above_its_floor(corpus: str) -> None:
    report = evaluate(ROOT / corpus)
    assert len(report.docs) == FLOORS[corpus]["documents"] and not report.failed
    below = {}
    for name, floor in FLOORS[corpus]["fields"].items():
        score = report.score(name)
        value = score.accuracy if score.kind == "scalar" else score.f1
        if round(value, 4) < floor:
            below[name] = (round(value, 4), floor)
    assert not below, f"fields below their floor (now, floor): {below}\n{report.table()}"


def test_the_report_never_lists_a_held_out_documents_failures(tmp_path: Path) -> None:
    """Held-out documents (odd numbers ≥ 100) are scored, never shown: reading their failures
    would make them tuned."""
    wrong = dict(RIGHT, title="Cykelvägar")
    _write(tmp_path, "100.txt", MOTION, wrong)
    _write(tmp_path, "101.txt", MOTION, wrong)
    table = evaluate(tmp_path).table()
    assert "- 100.txt" in table
    assert "101.txt" not in table
    assert "held-out failures are not listed" in table

"""Motion families (issue 7): compare, families, the HTML report and the command line."""

from __future__ import annotations

import json
import random
from html.parser import HTMLParser
from pathlib import Path

import pytest

import tillit
from tillit.families import (
    Comparison,
    DocumentTextError,
    Family,
    compare,
    families,
    main,
    report_html,
)
from tillit.families._align import Grams, lcs_pairs, tiles
from tillit.families._group import groups, signature
from tillit.families._mask import Masker

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"


def _load(path: Path) -> tillit.Document:
    return tillit.parse(path.read_text(encoding="utf-8"), source=path.name, keep_text=True)


@pytest.fixture(scope="module")
def seeds() -> dict[str, tillit.Document]:
    return {p.name[:3]: _load(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def everything(seeds: dict[str, tillit.Document]) -> list[tillit.Document]:
    return [*seeds.values(), *(_load(p) for p in sorted(CORPUS.glob("*.txt")))]


@pytest.fixture(scope="module")
def seed_families(everything: list[tillit.Document]) -> list[Family]:
    return families(everything)


def _prefix(doc_or_source: str | None) -> str:
    return (doc_or_source or "")[:3]


def _seed_family(found: list[Family]) -> Family:
    """The one family that holds seed 001."""
    [fam] = [f for f in found if any(_prefix(m.source) == "001" for m in f.members)]
    return fam


# --- The seeds (the acceptance criteria) -----------------------------------------------


def test_seeds_and_corpus_form_one_family(seed_families: list[Family],
                                          everything: list[tillit.Document]) -> None:
    """000, 001 and 004 are one family; 003 and the corpus documents are not in it.

    Corpus pages that share a site's template with little text of their own (184 and 187, one
    region's interpellation pages) may pair with each other, never with a seed.
    """
    fam = _seed_family(seed_families)
    assert sorted(_prefix(m.source) for m in fam.members) == ["000", "001", "004"]
    assert all(everything[m.index].source == m.source for m in fam.members)
    assert fam.members[0].representative and fam.members[0].index == fam.representative
    assert sum(m.representative for m in fam.members) == 1


def test_press_release_links_to_the_motion_it_announces(seed_families: list[Family],
                                                        everything: list[tillit.Document]
                                                        ) -> None:
    fam = _seed_family(seed_families)
    [mention] = fam.mentions
    assert everything[mention.index].kind == "press_release"
    assert _prefix(mention.source) == "002"
    assert _prefix(everything[mention.member].source) == "001"
    assert mention.passages
    pr_text, motion_text = everything[mention.index].text, everything[mention.member].text
    assert pr_text is not None and motion_text is not None
    for p in mention.passages:  # a = press release, b = motion, both original offsets
        assert p.a.slice(pr_text) == p.text
        assert _words(p.b.slice(motion_text))[:1] == _words(p.text)[:1]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in text.replace("*", " ").split()]


def test_compare_001_004_explains_the_differences(seeds: dict[str, tillit.Document]) -> None:
    c = compare(seeds["001"], seeds["004"])
    assert isinstance(c, Comparison)
    fields = {f.field: (f.a, f.b) for f in c.fields}
    assert fields["organisation"] == ("Region Skåne", "Lunds kommun")
    subs = {(s.kind, s.a, s.b) for s in c.substitutions}
    assert ("year", "2021", "2022") in subs
    assert ("organisation", "Region Skåne", "Lunds kommun") in subs
    # Lund added two att-satser and reworded the one they share.
    statuses = [(p.status, p.a, p.b) for p in c.proposals]
    assert sorted(statuses, key=str) == sorted(
        [("only_in_b", None, 1), ("only_in_b", None, 2), ("reworded", 1, 3)], key=str)
    [reworded] = [p for p in c.proposals if p.status == "reworded"]
    ops = {e.op for e in reworded.diff}
    assert {"equal", "insert", "replace"} <= ops
    assert any(e.op == "substitute" and e.b == "Lunds kommun" for e in reworded.diff)
    assert 0.45 <= reworded.similarity < 1
    added = [p.b_text for p in c.proposals if p.status == "only_in_b"]
    assert added[0] is not None and added[0].startswith("Lunds kommun påbörjar en övergång")
    lines = "\n".join(c.explain())
    assert "organisation: Region Skåne → Lunds kommun" in lines
    assert "year: 2021 → 2022" in lines
    assert lines.count("only in b") == 2


def test_compare_scores_and_spans(seeds: dict[str, tillit.Document]) -> None:
    a, b = seeds["001"], seeds["004"]
    assert a.text is not None and b.text is not None
    c = compare(a, b)
    assert 0.45 < c.similarity < 0.8  # measured 0.59: same argument, Lund rewrote a third
    assert c.shared_tokens == sum(p.tokens for p in c.passages)
    assert c.similarity == pytest.approx(2 * c.shared_tokens / (c.tokens_a + c.tokens_b))
    masker = Masker([a, b])
    for p in c.passages:
        assert p.a.slice(a.text) == p.text
        # Equal once names are masked: the two slices give the same keys.
        assert masker.tokenize(a.text, p.a.start, p.a.end).keys == \
            masker.tokenize(b.text, p.b.start, p.b.end).keys
    for s in c.substitutions:
        assert all(span.slice(a.text) for span in s.a_spans)
        assert len(s.a_spans) == len(s.b_spans) == s.count
    for x in c.only_in_b:
        assert x.span.slice(b.text) == x.text
    assert any("I Lunds kommun har ett trevande arbete" in x.text for x in c.only_in_b)
    # Unrelated documents share nothing.
    assert compare(a, seeds["003"]).similarity < 0.05


def test_compare_is_symmetric_in_score(seeds: dict[str, tillit.Document]) -> None:
    ab, ba = compare(seeds["000"], seeds["004"]), compare(seeds["004"], seeds["000"])
    assert ab.shared_tokens == ba.shared_tokens
    assert ab.similarity == ba.similarity
    assert {(p.a, p.b) for p in ab.proposals} == {(p.b, p.a) for p in ba.proposals}


def test_compare_with_itself(seeds: dict[str, tillit.Document]) -> None:
    c = compare(seeds["004"], seeds["004"])
    assert c.similarity == 1.0 and not c.substitutions and not c.fields
    assert [p.status for p in c.proposals] == ["same"] * 3


def test_compare_needs_the_text(seeds: dict[str, tillit.Document]) -> None:
    text = (SEEDS / "001_523ef4f3fa2216ea.txt").read_text(encoding="utf-8")
    bare = tillit.parse(text)
    with pytest.raises(DocumentTextError, match="keep_text=True"):
        compare(bare, seeds["004"])
    assert isinstance(DocumentTextError("x"), tillit.TillitError)
    # A (document, text) pair works as well.
    assert compare((bare, text), seeds["004"]).similarity == compare(seeds["001"],
                                                                     seeds["004"]).similarity
    with pytest.raises(DocumentTextError, match="not the text"):
        compare((bare, text[:100]), seeds["004"])
    with pytest.raises(TypeError):
        compare(text, seeds["004"])  # type: ignore[arg-type]


# --- Families ----------------------------------------------------------------------------------


def test_family_template_and_members(seed_families: list[Family],
                                     everything: list[tillit.Document]) -> None:
    fam = _seed_family(seed_families)
    rep_text = everything[fam.representative].text
    assert rep_text is not None
    assert fam.core and all(x.span.slice(rep_text) == x.text for x in fam.core)
    assert "{year}" in fam.template and "Tillitsbaserad styrning" in fam.template
    for m in fam.members:
        text = everything[m.index].text
        assert text is not None
        assert all(x.span.slice(text) == x.text for x in m.added)
        assert all(x.span.slice(rep_text) == x.text for x in m.removed)
    lund = next(m for m in fam.members if _prefix(m.source) == "004")
    assert lund.organisation == "Lunds kommun"
    assert {(s.kind, s.b) for s in lund.substitutions} >= {("organisation", "Lunds kommun"),
                                                           ("year", "2022")}
    assert sorted(p.status for p in lund.proposals) == ["only_in_b", "only_in_b", "reworded"]
    assert any("I Lunds kommun har ett trevande arbete" in x.text for x in lund.added)
    orebro = next(m for m in fam.members if _prefix(m.source) == "000")
    assert [p.status for p in orebro.proposals] == ["same"]
    assert orebro.similarity > lund.similarity


def test_families_round_trip_through_json(seed_families: list[Family]) -> None:
    for fam in seed_families:
        again = Family.model_validate_json(fam.model_dump_json())
        assert again == fam
        assert Family.model_validate(fam.model_dump()) == fam


def test_families_does_not_depend_on_input_order(everything: list[tillit.Document]) -> None:
    shuffled = list(everything)
    random.Random(3).shuffle(shuffled)
    got = families(shuffled)
    assert [sorted(m.source or "" for m in f.members) for f in got] == [
        sorted(m.source or "" for m in f.members) for f in families(everything)]


def test_families_arguments(everything: list[tillit.Document]) -> None:
    with pytest.raises(ValueError):
        families(everything, threshold=0)
    with pytest.raises(ValueError):
        families(everything, threshold=1.5)
    with pytest.raises(ValueError):
        families(everything, min_size=0)
    assert families([]) == []
    # A very strict threshold splits off the heavily rewritten Lund copy.
    strict = families(everything, threshold=0.7)
    assert [sorted(_prefix(m.source) for m in f.members) for f in strict] == [["000", "001"]]
    # min_size=1: every other motion is a family of its own.
    singles = families(everything, min_size=1)
    assert len(singles) > 1 and len(singles[0].members) == 3


def _motion(org: str, place: str, year: int, names: list[str], extra: str = "") -> str:
    return f"""Motion till kommunfullmäktige i {place}

Cykelvägar i hela {org}

Cykeln är det snabbaste och billigaste sättet att ta sig fram i en tätort. I {org} saknas
ändå sammanhängande cykelstråk mellan bostadsområdena och skolorna, och föräldrar vågar inte
låta barnen cykla. Trafikverkets mätningar från {year} visar att olyckorna ökar där cykelbanan
tar slut och cyklisterna tvingas ut i blandtrafik. {extra}

En plan för cykelvägar behöver pengar i budgeten för {year + 1} och en tydlig ansvarsfördelning
mellan förvaltningarna, annars blir det vid vackra ord som inte leder till någon förändring.

Vi yrkar därför:

- att {org} tar fram en plan för sammanhängande cykelvägar till alla skolor,
- att planen redovisas för kommunfullmäktige senast i december {year + 1}.

{place} {year}-03-0{len(names)}

""" + "\n\n".join(f"{n} (MP)" for n in names)


def test_family_of_generated_copies() -> None:
    texts = [
        _motion("Lunds kommun", "Lund", 2019, ["Anna Berg", "Per Holm"]),
        _motion("Umeå kommun", "Umeå", 2021, ["Sara Nilsson"],
                extra="Därför har vi också räknat på vad en ny bro skulle kosta staden."),
        _motion("Gnesta kommun", "Gnesta", 2022, ["Erik Lind", "Maja Ek", "Lars Öberg"]),
        (SEEDS / "003_2453b5e23d384967.txt").read_text(encoding="utf-8"),
    ]
    docs = [tillit.parse(t, source=f"doc{i}", keep_text=True) for i, t in enumerate(texts)]
    [fam] = families(docs)
    assert sorted(m.source or "" for m in fam.members) == ["doc0", "doc1", "doc2"]
    by_source = {m.source: m for m in fam.members}
    rep = by_source[docs[fam.representative].source]
    assert rep.representative
    for m in fam.members:
        if m.representative:
            continue
        values = {(s.kind, s.a, s.b) for s in m.substitutions}
        assert ("organisation", rep.organisation, m.organisation) in values
        assert [p.status for p in m.proposals] == ["same", "same"]
    umea = by_source["doc1"]
    assert any("räknat på vad en ny bro" in x.text for x in umea.added)
    assert "{organisation}" in fam.template and "{year}" in fam.template


# --- Building blocks ---------------------------------------------------------------------------


def test_tiles_find_moved_passages() -> None:
    a = [f"w{n}" for n in range(14)]
    b = [*a[7:], "x", "y", *a[:7]]
    found = tiles(a, b)
    assert [(t.i, t.j, t.length) for t in found] == [(0, 9, 7), (7, 0, 7)]
    assert tiles(Grams(a), b) == found
    assert tiles(a, ["ett", "två", "tre", "fyra"]) == []  # shorter than a passage


def test_tiles_ignore_runs_of_masked_names_only() -> None:
    a = ["§person", "§party", "§person", "§party", "§person", "§party", "och"]
    assert tiles(a, list(a)) == []


def test_lcs_pairs() -> None:
    assert lcs_pairs(list("abcde"), list("axcye")) == [(0, 0), (2, 2), (4, 4)]
    assert lcs_pairs([], ["a"]) == []


def test_minhash_signature_and_groups() -> None:
    rng = random.Random(1)
    base = frozenset(rng.getrandbits(63) for _ in range(300))
    copy = frozenset(list(base)[:250]) | frozenset(rng.getrandbits(63) for _ in range(50))
    other = frozenset(rng.getrandbits(63) for _ in range(300))
    assert signature(base) == signature(set(base)) and len(signature(base)) == 128
    assert signature(frozenset(list(base)[:3]))  # mostly empty bins are densified
    assert groups([base, other, copy], 0.2) == [[0, 2]]


def test_masker_masks_names_years_and_parties(seeds: dict[str, tillit.Document]) -> None:
    text = ("Motion till Lunds kommunfullmäktige den 4 april 2023: Region Skånes budget för "
            "2021 och regionens mål. Anna Berg (V)")
    tok = Masker([seeds["004"]]).tokenize(text)
    kinds = {tok.surface(i): tok.kinds[i] for i in range(len(tok)) if tok.kinds[i]}
    assert kinds["Lunds"] == "place" and kinds["kommunfullmäktige"] == "body"
    assert kinds["den 4 april 2023"] == "date" and kinds["2021"] == "year"
    assert kinds["Region Skånes"] == "organisation" and kinds["regionens"] == "organisation"
    assert kinds["V"] == "party"
    assert "budget" in tok.keys and "§org" in tok.keys
    html_tok = Masker().tokenize("<p class='x'>Ett <b>två</b> tre</p>" * 2)
    assert html_tok.keys[:3] == ["ett", "två", "tre"]


# --- HTML report and command line --------------------------------------------------------------


class _Page(HTMLParser):
    """Elements with their attributes and text, and whether anything loads from outside."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.stack: list[int] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        for key in ("src", "href"):
            if key in attributes and not attributes[key].startswith("#"):
                self.external.append(attributes[key])
        if tag in ("script", "link", "img", "iframe"):
            self.external.append(tag)
        self.elements.append((tag, attributes, []))
        if tag not in ("meta", "br", "hr", "img", "link", "input"):
            self.stack.append(len(self.elements) - 1)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.elements[self.stack.pop()][0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for i in self.stack:
            self.elements[i][2].append(data)

    def find(self, tag: str, cls: str | None = None) -> list[tuple[dict[str, str], str]]:
        return [(a, "".join(t)) for name, a, t in self.elements
                if name == tag and (cls is None or cls in a.get("class", "").split())]


def test_html_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    first_twelve = [str(p) for p in sorted(CORPUS.glob("0*.txt"))]
    assert main([str(SEEDS), *first_twelve, "--html", str(out)]) == 0
    table = capsys.readouterr().out
    assert "family 1: 3 members, 1 press release:" in table
    page = _Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert not page.external  # self-contained: no scripts, stylesheets or images to fetch
    assert page.find("style") and "white-space" in page.find("style")[0][1]
    [(section, _)] = page.find("section", "family")
    assert section["id"] == "family-1" and section["data-members"] == "3"
    columns = page.find("article", "member-text")
    assert len(columns) == 3
    sources = [t for _, t in page.find("h4")]
    assert any("/001_" in s and s.endswith("(template)") for s in sources)
    # Substitutions highlighted in the Lund column, and in the substitutions table.
    marks = {t for _, t in page.find("mark", "sub")}
    assert {"Lunds kommun", "2022", "Region Örebro län"} <= marks
    kinds = {a["data-kind"] for a, _ in page.find("tr", "substitution")}
    assert {"organisation", "year"} <= kinds
    # Changed att-satser: two added by Lund, one reworded, highlighted in its column too.
    statuses = [a["data-status"] for a, _ in page.find("tr", "proposal")]
    assert statuses.count("only_in_b") == 2 and statuses.count("reworded") == 1
    assert len(page.find("span", "only_in_b")) >= 2 and page.find("span", "reworded")
    assert any("tillitsbaserad styrning" in t for _, t in page.find("ins"))
    [(mention, text)] = page.find("li", "mention")
    # Indices are positions in the CLI's input: the seeds in name order, then the corpus.
    assert int(mention["data-member"]) == 1 and int(mention["data-index"]) == 2
    assert "002_" in text
    assert page.find("pre", "template")[0][1].count("{year}") >= 1


def test_report_html_function(seed_families: list[Family],
                              everything: list[tillit.Document]) -> None:
    page = _Page()
    page.feed(report_html([_seed_family(seed_families)], everything, title="Tillit <test>"))
    assert page.find("title")[0][1] == "Tillit <test>"
    assert len(page.find("tr", "member")) == 3


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["documents"]) == 5
    [fam] = data["families"]
    names = [Path(source).name[:3] for source in data["documents"]]
    assert sorted(names[m["index"]] for m in fam["members"]) == ["000", "001", "004"]
    assert [names[x["index"]] for x in fam["mentions"]] == ["002"]
    assert [names[x["member"]] for x in fam["mentions"]] == ["001"]


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main([str(SEEDS), "--format", "xml"]) == 2
    assert main([str(SEEDS), "--threshold", "2"]) == 2
    assert main(["--help"]) == 0
    capsys.readouterr()
    assert main([str(SEEDS), str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err and "family 1" in captured.out

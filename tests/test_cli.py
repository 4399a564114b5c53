"""The command line, driven as a subprocess the way a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

import tillit
from tillit import cli
from tillit.export import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = ROOT / "tests" / "corpus"


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT,
        exe: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = (exe or [sys.executable, "-m", "tillit"]) + list(args)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=cwd,
                          encoding="utf-8", env=env, timeout=120)


def _expected(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8-sig")
    return tillit.parse(text, source=str(path.relative_to(ROOT))).model_dump(mode="json")


def test_readme_main_job_prints_one_record_per_line() -> None:
    res = run("seeds/")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert len(lines) == len(SEEDS)
    records = [json.loads(line) for line in lines]
    assert records == [_expected(p) for p in SEEDS]
    assert all(r["schema_version"] == tillit.SCHEMA_VERSION for r in records)
    assert res.stderr == ""  # no progress bar when stderr is not a terminal


def test_parse_subcommand_equals_plain_form() -> None:
    assert run("parse", "seeds").stdout == run("seeds").stdout


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("tillit")
    exe = str(script) if script.exists() else shutil.which("tillit")
    if exe is None:
        pytest.skip("the tillit console script is not on this environment's path")
    res = run("seeds/", exe=[exe])
    assert res.returncode == 0 and len(res.stdout.splitlines()) == len(SEEDS)


def test_one_file_gives_pretty_json() -> None:
    res = run(str(SEEDS[4].relative_to(ROOT)))
    assert res.returncode == 0
    assert res.stdout.startswith("{\n  ")
    assert json.loads(res.stdout) == _expected(SEEDS[4])


def test_indent_still_works() -> None:
    res = run("--indent", "4", str(SEEDS[4].relative_to(ROOT)))
    assert res.stdout.startswith("{\n    \"schema_version\"")


def test_json_format_for_many_is_an_array() -> None:
    res = run("parse", "seeds", "--format", "json")
    data = json.loads(res.stdout)
    assert isinstance(data, list) and data == [_expected(p) for p in SEEDS]


def test_jsonl_format_for_one_file() -> None:
    res = run("parse", str(SEEDS[0].relative_to(ROOT)), "--format", "jsonl")
    assert res.stdout.count("\n") == 1 and json.loads(res.stdout) == _expected(SEEDS[0])


def test_stdin() -> None:
    text = SEEDS[4].read_text(encoding="utf-8")
    res = run("-", stdin=text)
    assert res.returncode == 0
    record = json.loads(res.stdout)
    assert record["source"] == "<stdin>"
    assert record["title"] == tillit.parse(text).title


def test_quoted_globs_and_recursive_globs() -> None:
    res = run("parse", "seeds/00[34]_*.txt")
    assert [json.loads(x)["source"] for x in res.stdout.splitlines()] == [
        "seeds/" + p.name for p in SEEDS[3:5]]
    deep = run("parse", "**/0[01]1*.txt", "-f", "jsonl")
    sources = sorted(json.loads(x)["source"] for x in deep.stdout.splitlines())
    assert sources == ["seeds/001_523ef4f3fa2216ea.txt", "tests/corpus/001.txt",
                       "tests/corpus/011.txt"]


def test_folders_are_walked_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(SEEDS[0], tmp_path / "a" / "b" / "one.md")
    shutil.copy(SEEDS[1], tmp_path / "a" / "two.TXT")
    (tmp_path / "a" / "notes.csv").write_text("x,y\n", encoding="utf-8")
    res = run(str(tmp_path / "a"))
    assert [Path(json.loads(x)["source"]).name for x in res.stdout.splitlines()] == [
        "one.md", "two.TXT"]
    only_md = run(str(tmp_path / "a"), "--ext", "md")
    assert [Path(json.loads(x)["source"]).name for x in only_md.stdout.splitlines()] == [
        "one.md"]


def test_a_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    shutil.copy(SEEDS[0], tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x80\x81")
    shutil.copy(SEEDS[4], tmp_path / "d.txt")
    res = run(str(tmp_path), str(tmp_path / "missing.txt"), "nomatch/*.txt")
    assert res.returncode == 1
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == [
        "a.txt", "b.txt", "c.txt", "d.txt", "missing.txt", "*.txt"]
    # binary bytes: UnicodeDecodeError from plain UTF-8, DecodeError from tillit.readers
    assert records[2]["error"] in ("UnicodeDecodeError", "DecodeError")
    assert [r.get("error") for r in records[:2] + records[3:]] == [
        None, "EmptyDocumentError", None, "FileNotFoundError", "NoMatch"]
    assert all(r["schema_version"] == tillit.SCHEMA_VERSION for r in records)
    assert records[3]["title"] == _expected(SEEDS[4])["title"]
    errors = res.stderr.splitlines()
    assert len(errors) == 4
    assert errors[0].startswith(f"tillit: {tmp_path / 'b.txt'}: EmptyDocumentError: ")
    assert errors[2] == f"tillit: {tmp_path / 'missing.txt'}: FileNotFoundError: " \
                        "No such file or directory"
    assert errors[3] == "tillit: nomatch/*.txt: NoMatch: no file matches this pattern"


def test_all_good_exits_0_and_workers_give_the_same_output() -> None:
    one = run("parse", "seeds", "tests/corpus")
    two = run("parse", "seeds", "tests/corpus", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_csv_levels() -> None:
    docs = [tillit.parse(p.read_text(encoding="utf-8")) for p in SEEDS]
    for level, count in (("documents", len(docs)),
                         ("proposals", sum(len(d.proposals) for d in docs)),
                         ("signatories", sum(len(d.signatories) for d in docs))):
        res = run("parse", "seeds", "--format", "csv", "--level", level)
        assert res.returncode == 0
        rows = list(csv.reader(io.StringIO(res.stdout)))
        assert tuple(rows[0]) == COLUMNS[level]  # type: ignore[index]
        assert len(rows) == count + 1
    res = run("parse", "seeds", "-f", "csv")
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert table[4]["date"] == "2022-01-27" and table[4]["parties"] == "V;S;MP;FI"
    assert table[0]["body_inferred"] == "false" and table[0]["error"] == ""


def test_csv_error_rows() -> None:
    res = run("parse", "seeds/000_51050f61fe0bee5c.txt", "missing.txt", "-f", "csv",
              "--level", "proposals")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert res.returncode == 1
    assert rows[-1]["source"] == "missing.txt" and rows[-1]["error"] == "FileNotFoundError"


def test_table_format() -> None:
    res = run("parse", "seeds", "missing.txt", "--format", "table")
    assert res.returncode == 1
    lines = res.stdout.splitlines()
    assert lines[0].split()[:3] == ["source", "kind", "date"]
    body = lines[2:2 + len(SEEDS) + 1]
    docs = [tillit.parse(p.read_text(encoding="utf-8")) for p in SEEDS]
    assert [line.split()[1] for line in body] == [d.kind for d in docs] + ["ERROR"]
    assert "Lunds kommun" in body[4] and "2022-01-27" in body[4] and "V S MP FI" in body[4]
    assert body[4].split()[-len((docs[4].title or "").split()):] == (docs[4].title or "").split()
    assert "FileNotFoundError" in body[5]
    kinds: dict[str, int] = {"error": 1}
    for d in docs:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    counts = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1],
                                                                                    kv[0])))
    assert lines[-1] == f"6 inputs: {counts}"


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    res = run("seeds", "-o", str(out))
    assert res.returncode == 0 and res.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(SEEDS)
    bad = run("seeds", "-o", str(tmp_path / "no" / "dir" / "x.json"))
    assert bad.returncode == 2 and "cannot write" in bad.stderr


def test_strict_makes_warnings_errors() -> None:
    paths = [*SEEDS, *sorted(CORPUS.rglob("*.txt"))]
    warned = [bool(tillit.parse(p.read_text(encoding="utf-8")).warnings) for p in paths]
    assert any(warned)
    res = run("parse", "--strict", "seeds", "tests/corpus", "--ext", ".txt")
    assert res.returncode == 1
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r.get("error") == "ParseWarningError" for r in records] == warned
    first = next(i for i, w in enumerate(warned) if w)
    doc = tillit.parse(paths[first].read_text(encoding="utf-8"))
    assert records[first]["message"] == "; ".join(f"{w.code}: {w.message}"
                                                  for w in doc.warnings)
    name = str(paths[first].relative_to(ROOT))
    assert f"tillit: {name}: ParseWarningError: {doc.warnings[0].code}: " in res.stderr
    clean = [p for p, w in zip(paths, warned, strict=True) if not w]
    if clean:  # a document without warnings passes --strict
        ok = run("parse", "--strict", str(clean[0].relative_to(ROOT)))
        assert ok.returncode == 0 and json.loads(ok.stdout)["warnings"] == []


PARQUET_INPUTS = [*SEEDS, *sorted(CORPUS.glob("0*.txt")), ROOT / "missing.txt"]


@pytest.mark.parametrize("level", ["documents", "proposals", "signatories"])
def test_parquet_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str], level: str) -> None:
    """-o FILE.parquet writes the rows of to_frame; pandas reads back the same rows."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    monkeypatch.setattr(cli._Parquet, "GROUP", 3)  # several row groups, one of a failure
    out = tmp_path / "motions.parquet"
    status = cli.main(["parse", *map(str, PARQUET_INPUTS), "-o", str(out), "--level", level,
                       "--quiet"])
    assert status == 1 and "missing.txt" in capsys.readouterr().err
    back = pd.read_parquet(out)
    expected = tillit.to_frame(tillit.parse_many(PARQUET_INPUTS), level=level)  # type: ignore[arg-type]
    assert list(back.columns) == list(COLUMNS[level])  # type: ignore[index]
    assert len(back) > len(SEEDS)
    pd.testing.assert_frame_equal(back, expected)
    assert back["error"].iloc[-1] == "FileNotFoundError"


def test_parquet_by_extension_from_the_shell(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "seeds.PARQUET"
    res = run("seeds", "-o", str(out))
    assert res.returncode == 0 and res.stdout == "", res.stderr
    back = pd.read_parquet(out)
    assert len(back) == len(SEEDS) and back["organisation_code"].iloc[4] == "1281"
    empty = tmp_path / "none.parquet"
    assert run("parse", "-o", str(empty), "--format", "parquet", "-q", "seeds/*.none"
               ).returncode == 1
    assert list(pd.read_parquet(empty).columns) == list(COLUMNS["documents"])


def test_parquet_without_pandas_says_what_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    out = tmp_path / "motions.parquet"
    assert cli.main(["parse", "seeds", "-o", str(out)]) == 2
    assert "pip install 'tillit[pandas]'" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("args", [
    [],
    ["parse"],
    ["seeds", "--level", "proposals"],
    ["seeds", "--format", "parquet"],
    ["seeds", "--format", "parquet", "-o", "-"],
    ["seeds", "--level", "proposals", "-o", "out.json"],
    ["seeds", "--format", "xml"],
    ["seeds", "--workers", "0"],
    ["-", "-"],
    ["seeds", "--indent", "2", "--format", "csv"],
    ["seeds", "--no-such-option"],
    ["audit"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    res = run(*args, stdin="")
    assert res.returncode == 2
    assert "usage:" in res.stderr


def test_help_documents_formats_commands_and_exit_status() -> None:
    res = run("--help")
    assert res.returncode == 0
    for word in ("--format", "jsonl", "csv", "parquet", ".parquet", "tillit[pandas]", "table",
                 "--level", "--strict", "--output",
                 "--quiet", "exit status", "2 usage error", "tillit schema", "tillit audit",
                 "tillit evaluate", "tillit families", "schema_version", "error record"):
        assert word in res.stdout, word


def test_schema() -> None:
    res = run("schema")
    assert res.returncode == 0
    assert json.loads(res.stdout) == tillit.Document.model_json_schema()
    err = run("schema", "--error")
    assert set(json.loads(err.stdout)["properties"]) == {
        "schema_version", "source", "kind", "error", "message"}


def test_evaluate_still_works() -> None:
    res = run("evaluate", "tests/corpus")
    assert res.returncode == 0
    assert "| field |" in res.stdout and "proposals" in res.stdout


def test_audit_markdown_and_json(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("\n", encoding="utf-8")
    res = run("audit", "seeds", "tests/corpus/0*.txt", str(tmp_path / "blank.txt"))
    assert res.returncode == 1
    assert res.stdout.startswith("# Corpus audit: 17 documents, 1 failed")
    docs = [tillit.parse(p.read_text(encoding="utf-8"))
            for p in [*SEEDS, *sorted(CORPUS.glob("0*.txt"))]]
    motions = sum(d.kind == "motion" for d in docs)
    assert f"| motion | {motions} | {100 * motions / 17:.0f}% |" in res.stdout
    assert "## Fields found by organisation" in res.stdout
    assert "| Lunds kommun | 1 | " in res.stdout
    assert "## Fields found by year" in res.stdout and "| 2022 | 1 |" in res.stdout
    assert "blank.txt: EmptyDocumentError" in res.stdout and "blank.txt" in res.stderr

    js = run("audit", "seeds", "tests/corpus/0*.txt", "--format", "json", "--top", "3")
    assert js.returncode == 0
    report = json.loads(js.stdout)
    docs = [tillit.parse(p.read_text(encoding="utf-8"))
            for p in [*SEEDS, *sorted(CORPUS.glob("0*.txt"))]]
    assert report["documents"] == len(docs) == 17
    assert report["kinds"]["motion"] == sum(d.kind == "motion" for d in docs)
    assert report["found"]["date"] == pytest.approx(
        sum(d.date is not None for d in docs) / len(docs))
    lund = report["by_organisation"]["Lunds kommun"]
    [lund_doc] = [d for d in docs if d.organisation == "Lunds kommun"]
    assert lund["documents"] == 1
    assert lund["found"]["proposals"] == 1.0 and lund["found"]["date"] == 1.0
    assert lund["found"]["place"] == (1.0 if lund_doc.place else 0.0)
    years = list(report["by_year"])
    assert years[-1] == "(unknown)" and years[:-1] == sorted(years[:-1])
    assert report["by_year"]["(unknown)"]["documents"] == sum(d.date is None for d in docs)
    most = report["most_warnings"]
    assert len(most) == 3
    assert most[0]["warnings"] == max(len(d.warnings) for d in docs)
    assert [m["warnings"] for m in most] == sorted((m["warnings"] for m in most), reverse=True)


def test_families_is_delegated(monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[list[str]] = []
    fake = types.ModuleType("tillit.families")
    fake.main = lambda argv: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tillit.families", fake)
    assert cli.main(["families", "seeds", "--format", "table"]) == 0
    assert calls == [["seeds", "--format", "table"]]

    def missing(name: str) -> object:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(cli.importlib, "import_module", missing)
    assert cli.main(["families", "seeds"]) == 2
    assert "families" in capsys.readouterr().err


def _run_with_tty_stderr(*args: str) -> str:
    """Run the CLI with stderr on a pseudo-terminal; return what reached the terminal."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, "-m", "tillit", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal_and_not_with_quiet() -> None:
    pytest.importorskip("rich")
    shown = _run_with_tty_stderr("parse", "seeds", "tests/corpus", "missing.txt")
    assert "parsing" in shown
    assert "missing.txt: FileNotFoundError" in shown
    quiet = _run_with_tty_stderr("parse", "seeds", "tests/corpus", "missing.txt", "--quiet")
    assert "parsing" not in quiet
    assert "missing.txt: FileNotFoundError" in quiet  # errors are still reported

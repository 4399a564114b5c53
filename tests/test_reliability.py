"""Limits and modes, concurrency, determinism across processes, immutability, and the
adversarial inputs of benchmarks/adversarial.py at a tenth of their size (time and memory)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pydantic
import pytest

import tillit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import adversarial  # noqa: E402
import motion_grammar as grammar  # noqa: E402

FIXTURES = sorted(ROOT.glob("seeds/*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
SEED = (ROOT / "seeds" / "004_1bb6f32811f21775.txt").read_text(encoding="utf-8")
#: A document with no warnings at all (docs/conventions.md, the older Riksdag motion).
CLEAN = """Motion till riksdagen
1990/91:A18
av Björn Samuelson (v)

med anledning av prop. 1990/91:87 Näringspolitik för tillväxt

Hemställan

Med hänvisning till vad som anförts i motionen hemställs
att riksdagen som sin mening ger regeringen till känna
vad i motionen anförts om en delegation för Värmland.

Stockholm den 6 mars 1991

Björn Samuelson (v)
"""


def _corpus() -> list[str]:
    import random

    rng = random.Random(20)
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES]
    return texts + [grammar.random_motion(rng).text for _ in range(40)] + [CLEAN]


# --- Limits ---------------------------------------------------------------------------------

def test_default_limit_is_ten_million_characters() -> None:
    assert tillit.DEFAULT_MAX_CHARS == 10_000_000


def test_max_chars_raises_input_too_large() -> None:
    with pytest.raises(tillit.InputTooLarge) as info:
        tillit.parse(SEED, max_chars=100)
    assert isinstance(info.value, tillit.TillitError) and isinstance(info.value, ValueError)
    assert f"{len(SEED):,}" in str(info.value) and "100" in str(info.value)


def test_max_chars_is_inclusive() -> None:
    assert tillit.parse(SEED, max_chars=len(SEED)).kind == "motion"
    with pytest.raises(tillit.InputTooLarge):
        tillit.parse(SEED, max_chars=len(SEED) - 1)


def test_over_default_limit_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """The size check comes before any work: no stage, not even the scan for blank text or
    lone surrogates, reads the text."""
    def no_work(*_: object) -> None:
        raise AssertionError("the size check must come before any work")

    from tillit import api
    monkeypatch.setattr(api, "_lone_surrogate", no_work)
    monkeypatch.setattr(api, "_parse", no_work)
    text = " " * (tillit.DEFAULT_MAX_CHARS + 1)  # (blank: the blank-text check would raise)
    with pytest.raises(tillit.InputTooLarge):
        tillit.parse(text)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "\u00a0\u3000"])
def test_blank_text_raises_empty_document(text: str) -> None:
    with pytest.raises(tillit.EmptyDocumentError):
        tillit.parse(text)


@pytest.mark.parametrize("text", ["\ufeff", "\ufeff\n\n\n", "\u200b \u200e\n", "\u00ad"])
def test_invisible_only_text_is_empty(text: str) -> None:
    """A BOM or zero-width marks around nothing are as empty as nothing: normalisation drops
    them, so without this, adding a BOM to a blank file turns an error into a document."""
    with pytest.raises(tillit.EmptyDocumentError):
        tillit.parse(text)


@pytest.mark.parametrize("value", [b"Motion", None, 42, ["Motion"]])
def test_non_string_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        tillit.parse(value)  # type: ignore[arg-type]


def test_unknown_errors_mode_is_rejected() -> None:
    with pytest.raises(ValueError, match="errors"):
        tillit.parse(SEED, errors="ignore")  # type: ignore[arg-type]


# --- errors="collect" / "raise" -------------------------------------------------------------

def test_collect_keeps_warnings_on_the_document() -> None:
    doc = tillit.parse(SEED)
    assert doc == tillit.parse(SEED, errors="collect")
    assert [w.code for w in doc.warnings] == ["no_place"]


def test_raise_raises_the_first_warning_with_its_diagnostic() -> None:
    collected = tillit.parse(SEED)
    with pytest.raises(tillit.ParseWarningError) as info:
        tillit.parse(SEED, errors="raise")
    err = info.value
    assert isinstance(err, tillit.TillitError)
    assert err.diagnostic == collected.warnings[0]
    assert isinstance(err.diagnostic, tillit.Diagnostic)
    assert str(err).startswith("no_place:")


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem[:3]}")
def test_raise_agrees_with_collect_on_every_fixture(fixture: Path) -> None:
    text = fixture.read_text(encoding="utf-8")
    collected = tillit.parse(text)
    if collected.warnings:
        with pytest.raises(tillit.ParseWarningError) as info:
            tillit.parse(text, errors="raise")
        assert info.value.diagnostic == collected.warnings[0]
    else:
        assert tillit.parse(text, errors="raise") == collected


def test_raise_returns_a_document_without_warnings() -> None:
    doc = tillit.parse(CLEAN, errors="raise")
    assert doc.warnings == () and doc == tillit.parse(CLEAN)


def test_errors_raise_does_not_change_input_errors() -> None:
    with pytest.raises(tillit.EmptyDocumentError):
        tillit.parse("  ", errors="raise")
    with pytest.raises(tillit.InputTooLarge):
        tillit.parse(SEED, errors="raise", max_chars=10)


def test_keep_text_makes_spans_sliceable_from_the_result() -> None:
    doc = tillit.parse(SEED, keep_text=True)
    assert doc.text == SEED
    assert doc.spans["title"].slice(doc.text) == doc.title
    assert tillit.Document.model_validate_json(doc.model_dump_json()) == doc
    assert doc.model_copy(update={"text": None}) == tillit.parse(SEED)


def test_source_with_lone_surrogate_still_gives_json() -> None:
    """``os.fsdecode`` gives file names with undecodable bytes as lone surrogates; such a
    ``source`` must not make the document impossible to serialise."""
    try:
        doc = tillit.parse(SEED, source="motion_\udce4.txt")
    except tillit.TillitError:
        return
    assert tillit.Document.model_validate_json(doc.model_dump_json()) == doc


def test_cli_survives_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """``tillit DIR`` reports each file; a Latin-1 file name must not end the run with a
    traceback."""
    bad = os.fsencode(tmp_path) + b"/motion_\xe4.txt"
    with open(bad, "wb") as fh:
        fh.write(SEED.encode("utf-8"))
    (tmp_path / "ok.txt").write_text(SEED, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "tillit", str(tmp_path)], capture_output=True,
                          timeout=120, check=False)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")[-800:]
    assert proc.returncode in (0, 1)
    assert len(proc.stdout.decode("utf-8").strip().splitlines()) >= 1


# --- No time guard: the same answer however busy the machine is -----------------------------

_BUSY = "while True:\n    pass\n"


def _adversarial_dumps() -> list[str]:
    out = []
    for build in adversarial.CASES.values():
        try:
            out.append(tillit.parse(build(0.02)).model_dump_json())
        except tillit.TillitError as exc:
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def test_adversarial_shapes_give_the_same_answer_with_every_core_busy() -> None:
    """No pattern call carries a wall-clock guard, so load cannot turn a parse into an error or
    a different document: every adversarial shape parses the same idle and under full load."""
    idle = _adversarial_dumps()
    busy = [subprocess.Popen([sys.executable, "-c", _BUSY])
            for _ in range(2 * (os.cpu_count() or 1))]
    try:
        loaded = _adversarial_dumps()
    finally:
        for proc in busy:
            proc.kill()
            proc.wait()
    assert loaded == idle
    assert not any(d.startswith("ParseTimeout") for d in idle)


# --- Immutability, concurrency, determinism -------------------------------------------------

def test_models_are_frozen() -> None:
    doc = tillit.parse(SEED)
    with pytest.raises(pydantic.ValidationError):
        doc.title = "x"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        doc.proposals[0].text = "x"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        doc.spans["title"].start = 0  # type: ignore[misc]
    assert isinstance(doc.proposals, tuple) and isinstance(doc.signatories, tuple)


def test_eight_threads_give_the_sequential_results() -> None:
    texts = _corpus() * 3
    sequential = [tillit.parse(t) for t in texts]
    barrier = threading.Barrier(8)

    def job(chunk: int) -> list[tuple[int, tillit.Document]]:
        barrier.wait()
        return [(i, tillit.parse(texts[i])) for i in range(chunk, len(texts), 8)]

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, inside the pipeline
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = [r for part in pool.map(job, range(8)) for r in part]
    finally:
        sys.setswitchinterval(old)
    assert len(results) == len(texts)
    for i, doc in results:
        assert doc == sequential[i]


_FIRST_PARSE_IN_THREADS = """
import json, sys, threading
sys.setswitchinterval(1e-6)
import tillit
texts = json.loads(sys.stdin.read())
barrier = threading.Barrier(8)
out = [None] * len(texts)
def job(k):
    barrier.wait()
    for i in range(k, len(texts), 8):
        try:
            out[i] = tillit.parse(texts[i]).model_dump_json()
        except Exception as exc:
            out[i] = "ERROR " + repr(exc)
threads = [threading.Thread(target=job, args=(k,)) for k in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
print(json.dumps(out))
"""


def test_first_parses_of_a_process_from_eight_threads() -> None:
    """Lazy tables (lexicon, calendar, kind words) are built by whichever thread comes first;
    the others must not see them half built."""
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES] + [CLEAN, "Pressmeddelande\n"]
    expected = [tillit.parse(t).model_dump_json() for t in texts]
    proc = subprocess.run([sys.executable, "-c", _FIRST_PARSE_IN_THREADS], input=json.dumps(texts),
                          capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(proc.stdout) == expected


_DUMP = """
import json, sys
import tillit
print(json.dumps([tillit.parse(t).model_dump_json() for t in json.loads(sys.stdin.read())]))
"""


def test_same_results_under_different_hash_seeds() -> None:
    """No output depends on set or dict order of strings (PYTHONHASHSEED)."""
    texts = _corpus()
    outputs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", _DUMP], input=json.dumps(texts), env=env,
                              capture_output=True, text=True, check=True, timeout=120)
        outputs.append(json.loads(proc.stdout))
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0] == [tillit.parse(t).model_dump_json() for t in texts]


# --- Adversarial inputs, scaled down ---------------------------------------------------------

SCALE = 0.1


def _cpu(text: str) -> float:
    """CPU seconds of one parse, cold: no reading kept from the other size's runs."""
    tillit.clear_caches()
    start = time.process_time()
    with contextlib.suppress(tillit.TillitError):
        tillit.parse(text)
    return time.process_time() - start


@pytest.mark.parametrize("case", adversarial.REQUIRED)
def test_adversarial_input_scales_linearly(case: str) -> None:
    """Doubling the input at most about doubles the time: no super-linear pattern or loop."""
    small, large = adversarial.CASES[case](SCALE / 2), adversarial.CASES[case](SCALE)
    t_small = min(_cpu(small), _cpu(small))
    t_large = min(_cpu(large), _cpu(large))
    assert t_large < 3 * t_small + 0.02, f"{case}: {t_small:.3f} s -> {t_large:.3f} s"


@pytest.mark.parametrize("case", adversarial.REQUIRED)
def test_adversarial_input_memory_is_bounded(case: str) -> None:
    """Peak Python allocation stays proportional to the input (under 100 bytes a byte)."""
    text = adversarial.CASES[case](SCALE / 2)
    size = len(text.encode("utf-8", "surrogatepass"))
    tracemalloc.start()
    with contextlib.suppress(tillit.TillitError):
        tillit.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 100 * size + 2_000_000, (
        f"{case}: peak {peak / 1e6:.1f} MB for {size / 1e6:.2f} MB")


def test_kind_word_lines_are_counted_once_per_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A header block of many lines, every eighth opening with a kind word: the list test
    (classify._listed) runs once for the block, not once per kind line (quadratic before)."""
    from tillit import patterns as P

    calls = 0
    kind_start = P.KIND_START

    class Counted:
        def match(self, text: str, *args: int) -> object:
            nonlocal calls
            calls += 1
            return kind_start.match(text, *args)

    monkeypatch.setattr(P, "KIND_START", Counted())
    lines = 4_000
    text = adversarial.one_word_lines_1m(lines / 1_000_000)
    tillit.parse(text)
    assert calls < 2 * lines, calls

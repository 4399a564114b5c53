"""Adversarial inputs for tillit.parse: time per MB, peak memory, and a profile of any slow case.

    python benchmarks/adversarial.py                 # every case at full size, table to stdout
    python benchmarks/adversarial.py --scale 0.1     # a quick run at a tenth of the size
    python benchmarks/adversarial.py --case signatures_50k --profile
    python benchmarks/adversarial.py --json out.json # also write the figures as JSON
    python benchmarks/adversarial.py --repeat 5      # best of 5 timed parses (a busy machine)

Each case runs in a fresh subprocess (so one case's memory does not hide another's): the input
is built, parsed once to warm up at 1 % size, then parsed and timed (wall and CPU), then parsed
again under ``tracemalloc`` for the peak of Python allocations. The budget is the issue's: under
1 s of CPU per MB of UTF-8 input. A case over budget is profiled with cProfile and its top
functions are printed (or always, with ``--profile``).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import pstats
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "004_1bb6f32811f21775.txt").read_text(encoding="utf-8")
BUDGET_S_PER_MB = 1.0


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def att_1mb(scale: float) -> str:
    """1 MB of "att att att …"."""
    return _fill("att ", int(1_000_000 * scale))


def paren_100k(scale: float) -> str:
    """100,000 "(" characters."""
    return "(" * int(100_000 * scale)


def signatures_50k(scale: float) -> str:
    """50,000 lines of "Anna Andersson (S)"."""
    return "Anna Andersson (S)\n" * int(50_000 * scale)


def one_line_5mb(scale: float) -> str:
    """One 5 MB line of prose without a newline."""
    return _fill(" ".join(SEED.split()) + " ", int(5_000_000 * scale))


def att_satser_10k(scale: float) -> str:
    """A motion with 10,000 att-satser."""
    items = "".join(f"- att kommunen bygger cykelväg nummer {i} mellan skolan och badet,\n"
                    for i in range(int(10_000 * scale)))
    return ("Motion till Lunds kommunfullmäktige\n\nFler cykelvägar\n\n"
            "Vi yrkar därför:\n\n" + items + "\nAnna Andersson (S)\n")


def motion_x1000(scale: float) -> str:
    """A whole motion (seed 004) repeated 1,000 times."""
    return SEED * max(1, int(1000 * scale))


def control_and_nul(scale: float) -> str:
    """A motion with NUL and other control characters between its characters (1 MB)."""
    rng = random.Random(1)
    controls = [chr(c) for c in range(32) if c not in (10,)] + ["\x7f", "\x85"]
    out = []
    for ch in SEED:
        out.append(ch)
        out.append("\x00" if rng.random() < 0.5 else rng.choice(controls))
    return _fill("".join(out), int(1_000_000 * scale))


def mixed_scripts(scale: float) -> str:
    """Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK and Thai words in motion lines."""
    words = ["kommunen", "Мотион", "κομμούνα", "المجلس", "מועצה", "परिषद", "議会", "東京都",
             "สภา", "Åsa", "Ünal", "Łódź", "İstanbul", "ß", "ﬁnans"]
    rng = random.Random(2)
    lines = []
    while sum(len(x) + 1 for x in lines) < 1_000_000 * scale / 2:
        kind = rng.random()
        ws = " ".join(rng.choice(words) for _ in range(rng.randint(2, 12)))
        if kind < 0.2:
            lines.append(f"att {ws},")
        elif kind < 0.3:
            lines.append(f"{rng.choice(words).title()} {rng.choice(words).title()} (S)")
        else:
            lines.append(ws + ".")
    return "\n".join(lines)


def rtl_marks(scale: float) -> str:
    """A motion with right-to-left marks and embeddings around every word (1 MB)."""
    marks = ["\u200f", "\u202e", "\u2067", "\u2069", "\u200e", "\u061c", "\u202b", "\u202c"]
    rng = random.Random(3)
    text = " ".join(f"{rng.choice(marks)}{w}{rng.choice(marks)}" for w in SEED.split(" "))
    return _fill(text, int(1_000_000 * scale))


def emoji(scale: float) -> str:
    """A motion with emoji, ZWJ sequences, skin tones and flags among its words (1 MB)."""
    emo = ["🚀", "👍🏽", "👨‍👩‍👧", "🇸🇪", "🏳️‍🌈", "❤️", "🧑🏿‍🦽", "👩🏻‍💻"]
    rng = random.Random(4)
    text = " ".join(w + (rng.choice(emo) if rng.random() < 0.5 else "") for w in SEED.split(" "))
    return _fill(text, int(1_000_000 * scale))


def lone_surrogates(scale: float) -> str:
    """A motion with lone surrogates (as from surrogateescape decoding) every few words."""
    rng = random.Random(5)
    sur = ["\ud800", "\udbff", "\udc80", "\udcff", "\udfff"]
    text = " ".join(w + (rng.choice(sur) if rng.random() < 0.3 else "") for w in SEED.split(" "))
    return _fill(text, int(1_000_000 * scale))


def blank_lines_1m(scale: float) -> str:
    """A million lines that are empty or hold only spaces (double-spaced PDF detection)."""
    return _fill("x\n\n \n", int(1_000_000 * scale))


def markup_tags(scale: float) -> str:
    """An HTML page of 1 MB of unclosed <p>, <li> and <br> tags and entities."""
    return "<!DOCTYPE html><html><body>" + _fill("<p>att<li>&amp;<br>Anna Andersson (S)",
                                                 int(1_000_000 * scale))


def emphasis_1mb(scale: float) -> str:
    """1 MB of Markdown emphasis and link syntax on long lines."""
    return _fill("**att** *Anna* __Andersson__ [länk](http://x.se/a) ***(S)*** _",
                 int(1_000_000 * scale)).replace("_ **", "_\n**", 1000)


def list_marks_100k(scale: float) -> str:
    """100,000 list items of every mark, none with a sentence end."""
    marks = ["- ", "• ", "\uf0b7\t", "1. ", "a) ", "* ", "– "]
    return "".join(f"{marks[i % len(marks)]}att punkt {i} samt\n"
                   for i in range(int(100_000 * scale)))


def headings_100k(scale: float) -> str:
    """100,000 Markdown and all-caps headings."""
    return "".join("## Förslag till beslut\nMOTION\n" for _ in range(int(50_000 * scale)))


def dates_50k(scale: float) -> str:
    """50,000 place-and-date lines (ranking, ambiguity warnings)."""
    return "".join(f"Lund 20{i % 30 + 10}-0{i % 9 + 1}-1{i % 9}\n"
                   for i in range(int(50_000 * scale)))


def hyphen_wraps(scale: float) -> str:
    """100,000 hard-wrap hyphens in one paragraph ("organisa-" / "tion")."""
    return "organisa-\n" * int(100_000 * scale) + "tion.\n"


def preambles_10k(scale: float) -> str:
    """10,000 preambles each followed by one att-sats (the richest-run search)."""
    return "".join("Vi yrkar därför:\n\natt kommunen bygger,\n\n"
                   for _ in range(int(10_000 * scale)))


def group_headings_20k(scale: float) -> str:
    """20,000 signature group headings with a name under each."""
    return "".join("För Vänsterpartiet i Region Örebro län\nJihad Menhem\n"
                   for _ in range(int(20_000 * scale)))


def caps_run_1mb(scale: float) -> str:
    """One run of 1 MB of capital letters without a space (ORG_MENTION scans every start)."""
    return "A" * int(1_000_000 * scale)


def camel_run_100k(scale: float) -> str:
    """A 100 KB run of "AaAa…" inside a motion with no organisation in its header."""
    return ("Fler cykelvägar\n\nKommunen bygger " + "Aa" * int(50_000 * scale)
            + " cykelvägar.\n\nVi yrkar därför:\n\natt kommunen bygger.\n\nAnna Andersson (S)\n")


def p_tags_300k(scale: float) -> str:
    """300,000 unclosed <p> tags, each holding one short word (one block per tag)."""
    words = ["att", "och", "Lund", "vi", "bygga", "skola", "S", "väg"]
    return "<!DOCTYPE html><html><body>" + "".join(
        f"<p>{words[i % len(words)]}" for i in range(int(300_000 * scale)))


def tei_divs_50k(scale: float) -> str:
    """A TEI file of 50,000 <div><p>…</p></div> with a few words each."""
    words = ["Kommunen bygger cykelvägar", "Vi yrkar därför", "att skolan byggs",
             "Anna Andersson", "Lunds kommun"]
    body = "".join(f"<div><p>{words[i % len(words)]} {i}</p></div>\n"
                   for i in range(int(50_000 * scale)))
    return ('<?xml version="1.0"?>\n<TEI><teiHeader><title>x</title></teiHeader>\n<text><body>\n'
            + body + "</body></text></TEI>\n")


def one_word_lines_1m(scale: float) -> str:
    """A million lines of one word each (no blank lines, no sentence ends)."""
    words = ["att", "kommunen", "Lund", "och", "cykelväg", "S", "bygger", "motion"]
    return "".join(f"{words[i % len(words)]}\n" for i in range(int(1_000_000 * scale)))


def caps_names_50k(scale: float) -> str:
    """50,000 upper-case name lines with a party tag ("ANNA ANDERSSON (S)"), names varied."""
    first = ["ANNA", "ERIK", "MARIA", "JIHAD", "KARL", "ÅSA", "PER", "LENA", "ÖMER"]
    last = ["ANDERSSON", "MENHEM", "JOHANSSON", "KARLSSON", "NILSSON", "ÖSTLUND", "LARSSON"]
    parties = ["S", "M", "V", "C", "L", "KD", "MP", "SD"]
    return "".join(f"{first[i % 9]} {last[i % 7]} ({parties[i % 8]})\n"
                   for i in range(int(50_000 * scale)))


def capitals_before_a_key_word(scale: float) -> str:
    """1 MB of capitalised words in one paragraph and one "kommun" at its end (each capital
    may open an organisation mention; found by fuzzing: 8 s/MB before session 10's fix)."""
    return "Ab " * int(330_000 * scale) + "Lunds kommun.\n"


CASES: dict[str, Callable[[float], str]] = {f.__name__: f for f in (
    att_1mb, paren_100k, signatures_50k, one_line_5mb, att_satser_10k, motion_x1000,
    control_and_nul, mixed_scripts, rtl_marks, emoji, lone_surrogates,
    blank_lines_1m, markup_tags, emphasis_1mb, list_marks_100k, headings_100k, dates_50k,
    hyphen_wraps, preambles_10k, group_headings_20k, caps_run_1mb, camel_run_100k,
    p_tags_300k, tei_divs_50k, one_word_lines_1m, caps_names_50k, capitals_before_a_key_word,
)}
#: The cases the issue names; the others probe the patterns and loops behind them.
REQUIRED = list(CASES)[:11]


def _outcome(text: str) -> str:
    import tillit

    try:
        doc = tillit.parse(text)
    except tillit.TillitError as exc:
        return f"{type(exc).__name__}"
    return (f"{doc.kind}, {len(doc.proposals)} proposals, {len(doc.signatories)} signatories, "
            f"{len(doc.paragraphs)} paragraphs")


def profile_text(text: str, top: int = 12) -> str:
    import tillit

    prof = cProfile.Profile()
    prof.enable()
    with contextlib.suppress(tillit.TillitError):
        tillit.parse(text)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top + 8)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def measure(name: str, scale: float, profile: bool, repeat: int = 1) -> dict[str, object]:
    """Run one case in this process (called in a fresh subprocess by :func:`main`); with
    ``repeat``, the times are the best of that many parses (other jobs only add time)."""
    import tillit

    text = CASES[name](scale)
    size_mb = len(text.encode("utf-8", "surrogatepass")) / 1e6
    _outcome(CASES[name](scale / 100))  # warm-up: lazy tables, dateutil, regex caches
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall = cpu = float("inf")
    for _ in range(max(1, repeat)):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        outcome = _outcome(text)
        wall = min(wall, time.perf_counter() - wall0)
        cpu = min(cpu, time.process_time() - cpu0)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    with contextlib.suppress(tillit.TillitError):
        tillit.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    row: dict[str, object] = {
        "case": name, "chars": len(text), "mb": round(size_mb, 3),
        "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
        "cpu_s_per_mb": round(cpu / size_mb, 3) if size_mb else 0.0,
        "peak_mb": round(peak / 1e6, 1), "peak_per_input": round(peak / 1e6 / size_mb, 1),
        "rss_growth_mb": round((rss_after - rss_before) / 1e3, 1),
        "outcome": outcome,
    }
    row["ok"] = cpu / size_mb < BUDGET_S_PER_MB if size_mb else True
    if profile or not row["ok"]:
        row["profile"] = profile_text(text)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--case", action="append", choices=sorted(CASES))
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="best of N timed parses")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.scale, args.profile, args.repeat)))
        return 0
    rows = []
    print(f"{'case':20} {'MB':>6} {'cpu s':>7} {'s/MB':>6} {'peak MB':>8} {'x input':>7}  result")
    for name in args.case or list(CASES):
        cmd = [sys.executable, __file__, "--child", name, "--scale", str(args.scale),
               "--repeat", str(args.repeat)]
        if args.profile:
            cmd.append("--profile")
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            row = {"case": name, "ok": False, "outcome": "CRASH " + proc.stderr[-500:]}
            print(f"{name:20} crashed: {proc.stderr[-300:]}")
        else:
            row = json.loads(proc.stdout.splitlines()[-1])
            flag = "" if row["ok"] else "  OVER BUDGET"
            print(f"{name:20} {row['mb']:6.2f} {row['cpu_s']:7.2f} {row['cpu_s_per_mb']:6.2f} "
                  f"{row['peak_mb']:8.1f} {row['peak_per_input']:7.1f}  {row['outcome']}{flag}",
                  flush=True)
        rows.append(row)
    for row in rows:
        if "profile" in row:
            print(f"\n=== profile: {row['case']} ===\n{row['profile']}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False))
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

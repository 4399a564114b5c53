"""Table probe: put every entry of tillit's authoritative tables into the layouts the
conventions describe, and list the entries a layout reads wrong. Standard library and tillit.

The metamorphic probe rewrites real documents; this one writes synthetic ones from the
tables: every listed surname and the commonest first names in signature layouts, every
party's names and tags beside signers and in signing stamps, every municipality and region
in addressee, branch and place-and-date lines. Each layout is a convention seen in the
corpus or named in CONVENTIONS; a failure is a rule that leans on a particular name instead
of the convention (the fifteenth session found a surname read as a municipality's local
party, a landsting's name cut at its "i", two-word municipalities after a party code, party
names in lower-case words with no date). No answer file is read.

Usage: python scripts/table_probe.py [PROBE ...] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import tillit

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tillit" / "data"

ARGUMENT = ("Cykling är bra för miljön och för hälsan. Många vill cykla men vägarna är "
            "dåliga i hela kommunen.")
MOTION = (f"Motion om bättre cykelvägar\n\nTill kommunfullmäktige i Lund\n\n{ARGUMENT}\n\n"
          "Vi föreslår därför\n\natt kommunen bygger fler cykelvägar\n\n")
DAY = dt.date(2020, 3, 4)

#: (probe, entry, layout, what tillit read) for every wrong reading.
Case = tuple[str, str, str, str]


def _table(name: str) -> dict[str, list[dict[str, object]]]:
    with (DATA / name).open("rb") as f:
        return tomllib.load(f)


def _signers(doc: tillit.Document) -> list[tuple[str, str | None]]:
    return [(s.name, s.party.code if s.party else None) for s in doc.signatories]


def names() -> Iterator[Case]:
    """Every listed surname, and first names, in signature layouts."""
    table = _table("names.toml")
    firsts = list(table["first"])[:40]
    for i, surname in enumerate(table["surname"]):
        a = f"{firsts[i % len(firsts)]} {surname}"
        other = "Nilsson" if surname == "Karlsson" else "Karlsson"
        b = f"{firsts[(i * 7 + 3) % len(firsts)]} {other}"
        for x, y in ((a, b), (b, a)):  # the listed name first and second
            layouts = {
                "tagged": (f"{x} (V)\n{y} (V)", [(x, "V"), (y, "V")]),
                "untagged": (f"{x}\n{y}", [(x, None), (y, None)]),
                "group": (f"För Vänsterpartiet\n{x}\n{y}", [(x, "V"), (y, "V")]),
                "one line": (f"{x} (V) och {y} (V)", [(x, "V"), (y, "V")]),
                "capitals": (f"{x.upper()} (v)\n{y.upper()} (v)",
                             [(x.upper(), "V"), (y.upper(), "V")]),
                "party below": (f"{x}\nVänsterpartiet", [(x, "V")]),
            }
            for layout, (block, want) in layouts.items():
                got = _signers(tillit.parse(f"{MOTION}Lund 2020-03-04\n\n{block}\n"))
                if got != want:
                    yield "names", surname, layout, str(got)


def parties() -> Iterator[Case]:
    """Every party's names and tags beside signers and in signing stamps."""
    for entry in _table("parties.toml")["party"]:
        code = str(entry["code"])
        aliases = [str(a) for a in entry.get("aliases", [])]  # type: ignore[attr-defined]
        forms = [a for a in aliases if a[:1].isupper() and not a.endswith("s")]
        for tag in entry.get("tags", []):  # type: ignore[attr-defined]
            got = _signers(tillit.parse(f"{MOTION}Anna Svensson ({tag})\n"))
            if got != [("Anna Svensson", code)]:
                yield "parties", str(tag), "tag", str(got)
        for name in [*forms, str(entry["name"])]:
            layouts = {"comma": f"Anna Svensson, {name}\n", "next line": f"Anna Svensson\n{name}\n",
                       "group": f"För {name}\n\nAnna Svensson\n",
                       "stamp above": f"{name} 2020-03-04\n\nAnna Svensson\n",
                       "stamp below": f"Anna Svensson\n\n{name} 2020-03-04\n"}
            for layout, block in layouts.items():
                doc = tillit.parse(MOTION + block)
                stamped = layout.startswith("stamp")
                if _signers(doc) != [("Anna Svensson", code)] or (stamped and doc.date != DAY):
                    yield "parties", name, layout, f"{_signers(doc)} {doc.date}"


def organisations() -> Iterator[Case]:
    """Every municipality and region in addressee, branch and place-and-date lines."""
    table = _table("organisations.toml")
    for m in table["municipality"]:
        name, official = str(m["name"]), str(m["official"])
        layouts = {
            "addressee": (f"Motion om bänkar\n\nTill kommunfullmäktige i {name}\n\n", None),
            "branch": (f"Vänsterpartiet i {name}\n\nMotion om bänkar\n\n", None),
            "code branch": (f"Fler bänkar\n\nV i {name} har i dag lämnat in en motion. {ARGUMENT}"
                            "\n\n– Det behövs, säger Anna Svensson (V).\n", "press"),
            "place and date": ("Motion om bänkar\n\nTill kommunfullmäktige\n\n", name),
        }
        for layout, (head, extra) in layouts.items():
            if extra == "press":
                text = head
            else:
                stamp = f"{extra} 2020-03-04\n\n" if extra else ""
                text = (f"{head}{ARGUMENT}\n\nVi föreslår därför\n\natt kommunen bygger fler "
                        f"bänkar\n\n{stamp}Anna Svensson (V)\n")
            doc = tillit.parse(text)
            want_place = extra if extra and extra != "press" else None
            if doc.organisation != official or doc.place != want_place:
                yield "organisations", name, layout, f"{doc.organisation} {doc.place}"
    for r in table["region"]:
        aliases = [str(a) for a in r.get("aliases", [])]  # type: ignore[attr-defined]
        for name in [str(r["official"]), *aliases]:
            if name.endswith("s") and not name.endswith("läns"):
                continue  # a genitive form reads only before a body
            doc = tillit.parse(f"Motion om vård\n\nTill regionfullmäktige i {name}\n\n"
                               f"{ARGUMENT}\n\natt regionen bygger fler vårdcentraler\n\n"
                               "Anna Svensson (V)\n")
            if doc.organisation_code not in (r["code"], "0980"):  # Gotland: one organisation
                yield "organisations", name, "region addressee", str(doc.organisation)


PROBES: dict[str, Callable[[], Iterator[Case]]] = {
    "names": names, "parties": parties, "organisations": organisations}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("probes", nargs="*", choices=[[], *PROBES], default=[],
                    help="probes to run (default: all)")
    ap.add_argument("--show", type=int, default=5, help="failures to print per layout")
    ns = ap.parse_args(argv)
    for probe in ns.probes or list(PROBES):
        failures: dict[str, list[Case]] = collections.defaultdict(list)
        for case in PROBES[probe]():
            failures[case[2]].append(case)
        print(f"{probe}: {sum(map(len, failures.values()))} wrong")
        for layout, cases in failures.items():
            print(f"  {layout}: {len(cases)}")
            for _, entry, _, got in cases[:ns.show]:
                print(f"    {entry!r} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

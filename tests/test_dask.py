"""The Dask recipe of docs/scaling.md, run on the seeds with Dask's local schedulers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tillit
from tillit.export import to_frame, to_record, to_rows

db = pytest.importorskip("dask.bag")
dask = pytest.importorskip("dask")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

try:  # the reader of issue 4; the recipe falls back to tillit's own UTF-8 reading
    from tillit.readers import parse_file
except ImportError:  # pragma: no cover
    from tillit.batch import parse_path as parse_file


def _expected() -> list[tillit.Document]:
    return [parse_file(p) for p in SEEDS]


@pytest.mark.parametrize("scheduler", ["processes", "threads"])
def test_records_to_json_lines(tmp_path: Path, scheduler: str) -> None:
    paths = [str(p) for p in SEEDS]
    records = db.from_sequence(paths, npartitions=2).map(parse_file).map(to_record)
    with dask.config.set(scheduler=scheduler):
        records.map(json.dumps, ensure_ascii=False).to_textfiles(str(tmp_path / "part-*.jsonl"))
    lines = [line for part in sorted(tmp_path.glob("part-*.jsonl"))
             for line in part.read_text(encoding="utf-8").splitlines()]
    assert [json.loads(line) for line in lines] == [to_record(d) for d in _expected()]


def test_rows_to_parquet(tmp_path: Path) -> None:
    paths = [str(p) for p in SEEDS]
    docs = db.from_sequence(paths, npartitions=3).map(parse_file)
    for level in ("documents", "proposals"):
        frame = docs.map(to_rows, level=level).flatten().to_dataframe(meta=to_frame([], level))
        with dask.config.set(scheduler="processes"):
            frame.to_parquet(str(tmp_path / level), write_index=False)
        back = pd.read_parquet(tmp_path / level)
        want = to_frame(_expected(), level)
        assert list(back.columns) == list(want.columns)
        assert back["source"].tolist() == want["source"].tolist()
        assert back["title"].tolist() == want["title"].tolist()
        if level == "documents":
            assert back["proposals"].tolist() == [len(d.proposals) for d in _expected()]
            dates = [None if pd.isna(x) else x for x in back["date"].tolist()]
            assert dates == [d.date for d in _expected()]
        else:
            assert back["text"].tolist() == [p.text for d in _expected() for p in d.proposals]

"""diplomacy_facts.dask on a real two-process LocalCluster: the same results as parse_articles/aggregate."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed (the 'dask' extra)")
db = pytest.importorskip("dask.bag", reason="dask is not installed (the 'dask' extra)")

from diplomacy_facts import Article, Closure, ParseError, aggregate, parse_articles  # noqa: E402
from diplomacy_facts.dask import aggregate_bag, parse_bag, read_records  # noqa: E402

RECORDS: list[dict[str, Any]] = [
    {"id": "r1", "source": "Reuters", "published": "2023-12-26",
     "text": "France to close embassy in Niger\n\nFrance has closed its embassy in Niamey, the foreign ministry "
             "said on Tuesday, months after the coup."},
    {"id": "r2", "source": "AFP", "published": "2023-12-27",
     "text": "France shuts Niger embassy\n\nParis has shut its embassy in Niger indefinitely, the ministry said."},
    {"id": "r3", "source": "AP", "published": "2024-02-14",
     "text": "Norway has delivered NASAMS air defence systems to Ukraine, the Norwegian defence ministry said."},
    {"id": "r4", "text": "Fog delayed flights at Frankfurt airport on Monday morning, the operator said."},
    {"id": "r5"},  # no text: a ParseError
    {"id": "r6", "source": "BBC", "published": "2024-05-02",
     "text": "Ecuador closed its embassy in Mexico City after police raided the compound, officials said."},
    {"id": "r7", "text": 17},  # text is no str: a ParseError
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def _compute(bag: Any) -> list[Any]:
    return list(bag.compute())


def _dicts(results: list[Any]) -> list[dict[str, Any]]:
    return [r.to_dict() for r in results]


def test_parse_bag_gives_the_same_results_in_order(client: Any) -> None:
    bag = db.from_sequence(RECORDS, npartitions=3)
    got = _compute(parse_bag(bag))
    want = list(parse_articles(RECORDS))
    assert len(got) == len(RECORDS)
    assert _dicts([r for r in got if isinstance(r, Article)]) == _dicts([r for r in want if isinstance(r, Article)])
    errors = [r for r in got if isinstance(r, ParseError)]
    assert [e.id for e in errors] == ["r5", "r7"]
    assert all(e.where is not None and e.where.startswith("partition ") for e in errors)
    assert set(client.has_what()) and len(client.scheduler_info()["workers"]) == 2


def test_aggregate_bag_equals_aggregate(client: Any) -> None:
    bag = db.from_sequence(RECORDS, npartitions=4)
    articles = [r for r in parse_articles(RECORDS) if isinstance(r, Article)]
    want = aggregate(articles)
    everything = aggregate_bag(bag, facts_only=False)
    assert everything.to_dict() == want.to_dict()
    slim = aggregate_bag(bag)
    assert [f.to_dict() for f in slim] == [f.to_dict() for f in want]
    assert slim.n_input == len(articles) == 5
    closures = {(f.fact.mission.sender, f.fact.mission.host): f for f in slim.of_type("closure")
                if isinstance(f.fact, Closure)}
    assert set(closures) == {("FR", "NE"), ("EC", "MX")}
    assert closures["FR", "NE"].n_sources == 2 and closures["FR", "NE"].articles == ("r1", "r2")


def test_aggregate_bag_takes_parsed_results_too(client: Any) -> None:
    parsed = parse_bag(db.from_sequence(RECORDS, npartitions=2))
    assert aggregate_bag(parsed).to_dict() == aggregate_bag(db.from_sequence(RECORDS, npartitions=2)).to_dict()


def test_read_records_from_jsonl_files(client: Any, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in RECORDS[:3]) + "\n\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(RECORDS[5]) + "\n{oops\n", encoding="utf-8")
    bag = read_records(str(tmp_path / "*.jsonl"))
    results = _compute(parse_bag(bag))
    assert [r.id for r in results] == ["r1", "r2", "r3", "r6", None]
    err = results[-1]
    assert isinstance(err, ParseError) and err.where is not None and err.where.endswith("b.jsonl")
    assert "invalid JSON" in err.reason
    plain = db.read_text(str(tmp_path / "a.jsonl")).filter(str.strip).map(json.loads)
    want = aggregate([r for r in parse_articles(RECORDS[:3]) if isinstance(r, Article)])
    got = aggregate_bag(plain)
    assert got.to_dict() == want.to_dict() and [f.fact_type for f in got] == ["closure", "arms_transfer"]


def test_without_dask_the_import_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    monkeypatch.delitem(sys.modules, "diplomacy_facts.dask")
    with pytest.raises(ImportError, match=r"diplomacy_facts\[dask\]"):
        importlib.import_module("diplomacy_facts.dask")

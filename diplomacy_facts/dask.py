"""Dask: parse a `dask.bag` of records on a cluster and aggregate the findings (extra ``dask``).

A bag of records (str, or mappings with "text" and optional "id", "published", "source", as
`parse_articles` takes them) is parsed partition by partition on the workers; `aggregate_bag`
then gathers the articles that carry facts and merges them with `aggregate` on the client
(merging is global: copies of one story may sit in any two partitions).

>>> import dask.bag as db
>>> records = [{"id": "a", "text": "France has closed its embassy in Niger."}, {"id": "b"}]
>>> bag = db.from_sequence(records, npartitions=2)
>>> [type(r).__name__ for r in parse_bag(bag).compute(scheduler="sync")]
['Article', 'ParseError']
>>> findings = aggregate_bag(bag, scheduler="sync")
>>> [f.id for f in findings]
['closure|FR|NE|embassy|-']

On files: ``read_records("archive/*.jsonl")`` (bad lines become ParseErrors), or
``db.read_text("archive/*.jsonl").map(json.loads)`` when every line is known to be good.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import attrs

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "diplomacy_facts.dask needs Dask: pip install 'diplomacy_facts[dask]' (dask[distributed])"
    ) from exc

from diplomacy_facts.aggregate import aggregate
from diplomacy_facts.article import Article
from diplomacy_facts.batch import ParseError, Record, Result, loads_record, parse_record
from diplomacy_facts.findings import Findings

__all__ = ["aggregate_bag", "parse_bag", "read_records"]

_bags: Any = db  # dask.bag's functions carry no annotations: call them through Any, return typed


def _map_partitions(bag: db.Bag, func: Any, *args: Any) -> db.Bag:
    return cast(db.Bag, cast(Any, bag).map_partitions(func, *args))


def _parse_partition(records: Iterable[Record], index: list[int]) -> list[Result]:
    part = index[0] if index else 0
    out: list[Result] = []
    for pos, rec in enumerate(records):
        res = parse_record(rec, pos)
        if isinstance(res, ParseError) and res.where is None:
            res = attrs.evolve(res, where=f"partition {part}")
        out.append(res)
    return out


def parse_bag(bag: db.Bag) -> db.Bag:
    """A bag with one `Article` or `ParseError` per record of `bag`, partition for partition.

    A ParseError's `position` counts within its partition and its `where` says
    "partition P" unless the record said where it came from (as `read_records` does).
    """
    index = _bags.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return _map_partitions(bag, _parse_partition, index)


@attrs.frozen
class _Kept:
    """What one partition sends to the client: how many articles it parsed, and those kept."""

    n_articles: int
    articles: tuple[Article, ...]


def _keep_partition(items: Iterable[Record | Article], facts_only: bool) -> list[_Kept]:
    kept: list[Article] = []
    n = 0
    for pos, item in enumerate(items):
        res = item if isinstance(item, Article) else parse_record(item, pos)
        if isinstance(res, Article):
            n += 1
            if res.facts or not facts_only:
                kept.append(res)
    return [_Kept(n, tuple(kept))]


def aggregate_bag(bag: db.Bag, *, similarity: float | None = 0.5, facts_only: bool = True,
                  **compute: Any) -> Findings:
    """Parse a bag of records (or take the results of `parse_bag`) and `aggregate` the articles.

    Only articles with facts travel to the client by default (``facts_only``), so memory on
    the client grows with the facts, not with the archive; `Findings.n_input` is then the
    number of articles parsed. ``facts_only=False`` gathers every article and gives exactly
    ``aggregate(articles)`` (fact-less articles can only add copy groups to `Findings.stories`).
    ParseErrors are left out: read them from `parse_bag`. `compute` goes to ``dask.compute``
    (e.g. ``scheduler="sync"``); with a `distributed.Client` open, its cluster does the work.
    """
    parts: list[_Kept] = cast(Any, _map_partitions(bag, _keep_partition, facts_only)).compute(**compute)
    articles = [a for part in parts for a in part.articles]
    findings = aggregate(articles, similarity=similarity)
    if facts_only:
        return attrs.evolve(findings, n_input=sum(p.n_articles for p in parts))
    return findings


def _nonblank(item: tuple[str, str]) -> bool:
    return bool(item[0].strip())


def _load(item: tuple[str, str]) -> Record:
    line, path = item
    return loads_record(line, where=path)


def read_records(urlpath: str | list[str], *, blocksize: int | str | None = None, **kwargs: Any) -> db.Bag:
    """A bag of records from JSONL files (local paths, globs or fsspec URLs), blank lines skipped.

    A line that is not a JSON object becomes a ParseError naming its file; `blocksize` splits
    big files into several partitions; other keywords go to ``dask.bag.read_text``.
    """
    lines = _bags.read_text(urlpath, blocksize=blocksize, include_path=True, **kwargs)
    return cast(db.Bag, lines.filter(_nonblank).map(_load))

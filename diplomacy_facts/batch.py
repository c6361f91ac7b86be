"""Many articles: streaming `parse_articles`, process pools, JSONL in and out.

Nothing is lost: every input record gives either an `Article` or a `ParseError` naming
the record (its id, position, and file and line where it came from a file), in input
order, and one bad record never stops the run.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, TypeAlias

import attrs

from diplomacy_facts.article import Article, parse_article

__all__ = ["ParseError", "Record", "Result", "parse_articles", "parse_record", "read_jsonl", "write_jsonl"]

Record: TypeAlias = "str | Mapping[str, Any] | ParseError"


@attrs.frozen
class ParseError:
    """A record that gave no Article, and why. `where` is "file:line" when known."""

    position: int
    id: str | None
    reason: str
    where: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"error": self.reason, "id": self.id, "position": self.position, "where": self.where}

    def __str__(self) -> str:
        place = self.where or f"record {self.position}"
        ident = f" (id {self.id})" if self.id is not None else ""
        return f"{place}{ident}: {self.reason}"


Result: TypeAlias = "Article | ParseError"


def parse_record(record: Record, position: int = 0) -> Result:
    """Parse one record (a text, or a mapping with "text" and optional id/published/source)."""
    where: str | None = None
    ident: str | None = None
    if isinstance(record, ParseError):  # a record that could not even be read (bad JSON line)
        return attrs.evolve(record, position=position)
    try:
        if isinstance(record, str):
            return parse_article(record, id=str(position))
        if not isinstance(record, Mapping):
            return ParseError(position, None, f"record is a {type(record).__name__}, not a str or a mapping")
        where = record.get("_where")
        raw_id = record.get("id")
        ident = None if raw_id is None else str(raw_id)
        if "text" not in record:
            return ParseError(position, ident, "record has no 'text'", where)
        source = record.get("source")
        return parse_article(
            record["text"],
            published=record.get("published"),
            source=None if source is None else str(source),
            id=ident if ident is not None else str(position),
        )
    except (TypeError, ValueError) as exc:
        return ParseError(position, ident, str(exc), where)
    except Exception as exc:  # a bug must not stop a batch: report it with the record
        return ParseError(position, ident, f"internal error {type(exc).__name__}: {exc}", where)


def _parse_indexed(item: tuple[int, Record]) -> Result:
    return parse_record(item[1], item[0])


def parse_articles(
    records: Iterable[Record],
    *,
    processes: int | None = None,
    chunksize: int = 16,
) -> Iterator[Result]:
    """Yield one `Article` or `ParseError` per record, in input order, streaming.

    `processes=None` or 0 parses in this process; `processes=N` uses a pool of N worker
    processes (memory stays bounded: the pool pulls records lazily).
    """
    indexed = enumerate(records)
    if not processes:
        for pos, rec in indexed:
            yield parse_record(rec, pos)
        return
    with multiprocessing.get_context().Pool(processes) as pool:
        yield from pool.imap(_parse_indexed, indexed, chunksize=max(1, chunksize))


def read_jsonl(path: str | Path | Iterable[str], *, name: str | None = None) -> Iterator[Record]:
    """Stream records from a JSONL file, open text stream or iterable of lines.

    A bad line yields a ParseError naming the file (or `name`) and the line number.
    """
    if isinstance(path, (str, Path)):
        with open(path, encoding="utf-8", errors="strict") as fh:
            yield from _read_lines(fh, name or str(path))
    else:
        yield from _read_lines(path, name or str(getattr(path, "name", "<stream>")))


def _read_lines(fh: Iterable[str], name: str) -> Iterator[Record]:
    lineno = 0
    try:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ParseError(lineno - 1, None, f"invalid JSON: {exc.msg} (column {exc.colno})", where)
                continue
            if not isinstance(obj, dict):
                yield ParseError(lineno - 1, None, f"a JSONL record must be an object, got {type(obj).__name__}", where)
                continue
            obj["_where"] = where
            yield obj
    except UnicodeDecodeError as exc:
        yield ParseError(lineno, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})", f"{name}:{lineno + 1}")


def write_jsonl(results: Iterable[Result], fh: IO[str], *, evidence: bool = True) -> tuple[int, int, int]:
    """Write one JSON line per result; returns (articles, facts, errors)."""
    articles = facts = errors = 0
    for res in results:
        if isinstance(res, ParseError):
            errors += 1
            fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
        else:
            articles += 1
            facts += len(res.facts)
            fh.write(json.dumps(res.to_dict(evidence=evidence), ensure_ascii=False) + "\n")
    return articles, facts, errors

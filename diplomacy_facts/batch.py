"""Many articles: streaming `parse_articles`, process pools, JSONL in and out.

Nothing is lost: every input record gives either an `Article` or a `ParseError` naming
the record (its id, position, and file and line where it came from a file), in input
order, and one bad record never stops the run.

>>> results = list(parse_articles(["France has closed its embassy in Niger.", {"id": "x"}]))
>>> [type(r).__name__ for r in results]
['Article', 'ParseError']
>>> print(results[1])
record 1 (id x): record has no 'text'
"""

from __future__ import annotations

import functools
import itertools
import json
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeAlias

import attrs

from diplomacy_facts.article import Article, parse_article

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "ParseError",
    "Record",
    "Result",
    "loads_record",
    "parse_articles",
    "parse_record",
    "read_jsonl",
    "write_jsonl",
]

Record: TypeAlias = "str | Mapping[str, Any] | ParseError"

#: Chunks handed to the pool ahead of the one being read, per worker process: enough to keep
#: every worker busy, few enough that memory stays bounded whatever the input's length.
AHEAD_PER_PROCESS = 2


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
        raw_where = record.get("_where")
        where = None if raw_where is None else str(raw_where)
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


Chunk: TypeAlias = "list[tuple[int, Record]]"


def _parse_chunk(chunk: Chunk) -> list[Result]:
    return [parse_record(rec, pos) for pos, rec in chunk]


def parse_articles(
    records: Iterable[Record],
    *,
    processes: int | None = None,
    chunksize: int = 16,
) -> Iterator[Result]:
    """Yield one `Article` or `ParseError` per record, in input order, streaming.

    `processes=None` or 0 parses in this process; `processes=N` uses N worker processes.
    Either way `records` is read lazily: at most ``(1 + 2 * N) * chunksize`` records are
    read ahead of the result being yielded, so memory stays bounded on any input length and
    an endless generator can be consumed piece by piece. A record that kills its worker
    (a crash of the interpreter, out of memory) becomes a ParseError and the pool restarts.
    """
    if processes is not None and processes < 0:
        raise ValueError(f"parse_articles: processes must be None or >= 0, got {processes}")
    if chunksize < 1:
        raise ValueError(f"parse_articles: chunksize must be >= 1, got {chunksize}")
    indexed = enumerate(records)
    if not processes:
        for pos, rec in indexed:
            yield parse_record(rec, pos)
        return
    yield from _Pool(processes).run(_chunks(indexed, chunksize))


def _chunks(indexed: Iterator[tuple[int, Record]], size: int) -> Iterator[Chunk]:
    while chunk := list(itertools.islice(indexed, size)):
        yield chunk


_SAMPLE = (
    "Chile reopens embassy\n\nChile reopened its embassy in Lima on Monday, the ministry said, and Peru has "
    "40 embassies. Spain sold 12 howitzers and 2,000 shells to Peru last year, officials said."
)


@functools.cache
def _warm_up() -> None:
    """Parse one sample article in this process, once: the patterns compile on first use, and
    a pool's workers forked afterwards inherit them instead of each compiling its own."""
    parse_article(_SAMPLE, published="2024-03-15")


class _Pool:
    """A process pool fed a bounded window of chunks; results come back in order."""

    def __init__(self, processes: int) -> None:
        # imported here: concurrent.futures costs tens of milliseconds, and most imports of the
        # library never start a pool
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        _warm_up()  # workers forked from a warm parent start with every pattern compiled
        self.processes = processes
        self.pool_type = ProcessPoolExecutor
        self.broken = BrokenProcessPool
        self.executor = ProcessPoolExecutor(processes)

    def run(self, chunks: Iterator[Chunk]) -> Iterator[Result]:
        pending: deque[tuple[Chunk, Future[list[Result]]]] = deque()
        ahead = max(2, AHEAD_PER_PROCESS * self.processes)
        try:
            for chunk in chunks:
                pending.append((chunk, self.executor.submit(_parse_chunk, chunk)))
                if len(pending) > ahead:
                    yield from self._take(pending)
            while pending:
                yield from self._take(pending)
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _take(self, pending: deque[tuple[Chunk, Future[list[Result]]]]) -> list[Result]:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except self.broken:  # a worker died: find the record that killed it, alone in a new pool
            self._new_executor()
            results = [self._isolated(pos, rec) for pos, rec in chunk]
            for k, (waiting, _) in enumerate(pending):
                pending[k] = (waiting, self.executor.submit(_parse_chunk, waiting))
            return results
        except Exception:  # e.g. a record that cannot be pickled: parse this chunk here
            return _parse_chunk(chunk)

    def _new_executor(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self.pool_type(self.processes)

    def _isolated(self, pos: int, rec: Record) -> Result:
        """One record whose chunk killed a worker, alone in the pool: the culprit if it kills it again."""
        try:
            return self.executor.submit(parse_record, rec, pos).result()
        except self.broken:
            self._new_executor()
            ident = rec.get("id") if isinstance(rec, Mapping) else None
            where = rec.get("_where") if isinstance(rec, Mapping) else None
            return ParseError(pos, None if ident is None else str(ident), "the worker process died on this record",
                              None if where is None else str(where))


def loads_record(line: str, *, where: str | None = None, position: int = 0) -> Record:
    """One JSONL line -> a record mapping, or a ParseError saying why it is none.

    >>> loads_record('{"id": "a1", "text": "..."}')["id"]
    'a1'
    >>> print(loads_record('{"id": ', where="archive.jsonl:7"))
    archive.jsonl:7: invalid JSON: Expecting value (column 8)
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ParseError(position, None, f"invalid JSON: {exc.msg} (column {exc.colno})", where)
    if not isinstance(obj, dict):
        return ParseError(position, None, f"a JSONL record must be an object, got {type(obj).__name__}", where)
    if where is not None:
        obj["_where"] = where
    return obj


def to_json(obj: Any, indent: int | None = None) -> str:
    """JSON text that any UTF-8 stream accepts: non-ASCII kept readable, except that a text
    holding a lone surrogate (valid in a Python str, not in UTF-8) is written with \\u escapes."""
    out = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        out = json.dumps(obj, indent=indent)
    return out


def read_jsonl(path: str | Path | Iterable[str], *, name: str | None = None) -> Iterator[Record]:
    """Stream records from a JSONL file, open text stream or iterable of lines (blank lines skipped).

    A bad line (invalid JSON, not an object, not UTF-8) yields a ParseError naming the file
    (or `name`) and the line number, and reading goes on with the next line.
    """
    if isinstance(path, (str, Path)):
        with open(path, "rb") as fh:
            yield from _read_lines(_decoded(fh), name or str(path))
    else:
        yield from _read_lines(((line, None) for line in path), name or str(getattr(path, "name", "<stream>")))


def _decoded(fh: Iterable[bytes]) -> Iterator[tuple[str, str | None]]:
    """Each line decoded on its own, so one bad byte costs one line; (text, error)."""
    for lineno, raw in enumerate(fh, 1):
        try:
            yield raw.decode("utf-8-sig" if lineno == 1 else "utf-8"), None
        except UnicodeDecodeError as exc:
            yield "", f"not UTF-8 text ({exc.reason} at byte {exc.start})"


def _read_lines(lines: Iterable[tuple[str, str | None]], name: str) -> Iterator[Record]:
    for lineno, (line, error) in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if error is not None:
            yield ParseError(lineno - 1, None, error, where)
        elif line.strip():
            yield loads_record(line, where=where, position=lineno - 1)


def write_jsonl(results: Iterable[Result], fh: IO[str], *, evidence: bool = True) -> tuple[int, int, int]:
    """Write one JSON line per result (a ParseError as ``{"error", "id", "position", "where"}``).

    Returns (articles, facts, errors); articles + errors is the number of results written.
    """
    articles = facts = errors = 0
    for res in results:
        if isinstance(res, ParseError):
            errors += 1
            fh.write(to_json(res.to_dict()) + "\n")
        else:
            articles += 1
            facts += len(res.facts)
            fh.write(to_json(res.to_dict(evidence=evidence)) + "\n")
    return articles, facts, errors

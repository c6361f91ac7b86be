"""Command line: ``python -m diplomacy_facts PATH... [--format table|json|jsonl] [--explain]``.

PATH is a .txt article, a .json article in SCHEMA format, a .jsonl file of records
({"id", "text", "published"?, "source"?}), a directory of those, or ``-`` for stdin.
A file that cannot be read is reported on stderr with its name (and line) and the rest
is still processed; the exit code is 1 if anything failed, and a summary line
"N articles, M facts, K errors" closes every run on stderr. With ``--format jsonl`` the
output has one line per input record, in input order: an article, or ``{"error", "id",
"position", "where"}``. Input is streamed (``--processes N`` parses in N worker processes),
so memory stays flat on archives of any size.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from diplomacy_facts import __version__
from diplomacy_facts.article import Article
from diplomacy_facts.batch import ParseError, Record, Result, parse_articles, read_jsonl, to_json
from diplomacy_facts.table import format_table

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl")


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = " (looks like UTF-16: re-encode as UTF-8)" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise ValueError(f"not UTF-8 text: {exc.reason} at byte {exc.start}{hint}") from None


def _records_from_file(path: Path, published: str | None) -> Iterator[Record]:
    where = str(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for rec in read_jsonl(path):
            if isinstance(rec, dict) and published and not rec.get("published"):
                rec["published"] = published
            yield rec
        return
    try:
        text = _read_text(path)
    except (OSError, ValueError) as exc:
        yield ParseError(0, path.stem, str(exc), where)
        return
    if suffix == ".json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ParseError(0, path.stem, f"invalid JSON: {exc.msg} (line {exc.lineno})", where)
            return
        if not isinstance(doc, dict):
            yield ParseError(0, path.stem, "a .json article must be an object with a 'text'", where)
            return
        if "text" not in doc:
            yield ParseError(0, path.stem, "record has no 'text'", where)
            return
        yield {"id": doc.get("id") or path.stem, "text": doc["text"], "published": doc.get("published") or published,
               "source": doc.get("source"), "_where": where}
        return
    yield {"id": path.stem, "text": text, "published": published, "_where": where}


def _records_from_stdin(stream: IO[str], published: str | None) -> Iterator[Record]:
    """JSONL records when stdin starts with "{" (streamed line by line), else one article."""
    head: list[str] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith("{"):
        yield from read_jsonl(itertools.chain(head, stream), name="<stdin>")
        return
    text = "".join(head) + stream.read()
    yield {"id": "stdin", "text": text, "published": published, "_where": "<stdin>"}


def collect(paths: Sequence[str], published: str | None, stdin: IO[str]) -> Iterator[Record]:
    """Every record named by `paths`, in order; unreadable paths become ParseErrors."""
    for raw in paths:
        if raw == "-":
            yield from _records_from_stdin(stdin, published)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                yield ParseError(0, None, "directory holds no .txt, .json or .jsonl articles", raw)
            for f in files:
                yield from _records_from_file(f, published)
        elif path.is_file():
            yield from _records_from_file(path, published)
        else:
            yield ParseError(0, None, "no such file or directory", raw)


def _progress(results: Iterator[Result], enabled: bool | None, stderr: IO[str]) -> Iterator[Result]:
    """A tqdm bar on `stderr` (the 'progress' extra) when asked, or by default when it is a terminal."""
    if not (stderr.isatty() if enabled is None else enabled):
        return results
    try:
        from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        if enabled:  # asked for by name: say why there is none
            stderr.write("note: no progress bar without tqdm (pip install 'diplomacy_facts[progress]')\n")
        return results
    return iter(tqdm(results, unit="article", file=stderr))


def _emit(res: Article, fmt: str, explain: bool, out: IO[str]) -> None:
    if fmt == "jsonl":
        out.write(to_json(res.to_dict()) + "\n")
    elif fmt == "json":
        out.write(to_json(res.to_dict(), indent=2) + "\n")
    elif explain:
        out.write(res.explain() + "\n\n")
    else:
        out.write(format_table(res) + "\n\n")


def run(argv: Sequence[str] | None = None, *, stdin: IO[str] | None = None, stdout: IO[str] | None = None,
        stderr: IO[str] | None = None) -> int:
    """The CLI, callable from Python; returns the exit code."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    ap = argparse.ArgumentParser(prog="python -m diplomacy_facts",
                                 description="Read diplomacy and arms facts from news articles.")
    ap.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .json or .jsonl files, directories, or - for stdin")
    ap.add_argument("--published", help="publication date (ISO) for articles that do not give one")
    ap.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    ap.add_argument("--explain", action="store_true", help="show each fact's sentence, span and rule")
    ap.add_argument("--processes", type=int, default=0, help="worker processes (0: this process)")
    ap.add_argument("--chunksize", type=int, default=16, help="records sent to a worker at a time")
    ap.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar on stderr (default: when stderr is a terminal; needs the 'progress' extra)")
    ap.add_argument("--version", action="version", version=f"diplomacy_facts {__version__}")
    args = ap.parse_args(argv)
    articles = facts = errors = 0
    if args.processes < 0 or args.chunksize < 1:
        ap.error("--processes must be >= 0 and --chunksize >= 1")
    results = parse_articles(collect(args.paths, args.published, stdin), processes=args.processes,
                             chunksize=args.chunksize)
    for res in _progress(results, args.progress, stderr):
        if isinstance(res, ParseError):
            errors += 1
            stderr.write(f"error: {res}\n")
            if args.format == "jsonl":  # one output line per input record
                stdout.write(to_json(res.to_dict()) + "\n")
            continue
        articles += 1
        facts += len(res.facts)
        _emit(res, args.format, args.explain, stdout)
    stderr.write(f"{articles} articles, {facts} facts, {errors} errors\n")
    return 1 if errors else 0


def main() -> None:
    raise SystemExit(run())


if __name__ == "__main__":
    main()


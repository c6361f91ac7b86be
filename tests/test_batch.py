"""parse_articles over many records: order, count, errors, streaming, pools, JSONL and the CLI."""

from __future__ import annotations

import io
import itertools
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomacy_facts import Article, ParseError, parse_articles, read_jsonl, write_jsonl
from diplomacy_facts.__main__ import run
from diplomacy_facts.batch import AHEAD_PER_PROCESS, Record, loads_record, parse_record

# Short wire-style stories about many countries; each is a record as users pass them.
STORIES: list[Record] = [
    {"id": "ve-pe", "published": "2024-07-30", "source": "wire",
     "text": "Venezuela shuts embassy in Peru\n\nVenezuela has closed its embassy in Lima and recalled its "
             "diplomats, the foreign ministry in Caracas said on Tuesday."},
    {"id": "au-ir", "published": "2025-08-26",
     "text": "Australia expelled Iran's ambassador and suspended operations at its embassy in Tehran, "
             "Foreign Minister Penny Wong said."},
    {"id": "de-ua", "text": "Germany has delivered two more IRIS-T air defence systems to Ukraine, the defence "
                            "ministry in Berlin said on Friday."},
    "Kenya will open a consulate in Lagos next year, the Kenyan foreign ministry said.",
    {"id": "weather", "text": "Heavy rain is expected across the north of England on Thursday, forecasters said."},
    {"id": "lt-by", "published": "2023-08-18",
     "text": "Lithuania closes two border crossings with Belarus\n\nThe government said the move was a "
             "response to the presence of Wagner fighters in the neighbouring country."},
]
BAD: list[tuple[str, Any, str]] = [  # (id, record, what the ParseError says)
    ("no-text", {"id": "n1", "published": "2024-01-02"}, "no 'text'"),
    ("text-not-str", {"id": "n2", "text": 1234}, "text must be str"),
    ("bad-date", {"id": "n3", "text": "Chile reopened its embassy in Caracas.", "published": "2024-13-45"},
     "2024-13-45"),
    ("not-a-mapping", 42, "not a str or a mapping"),
    ("list-record", ["Peru", "closed"], "not a str or a mapping"),
]


def _key(res: Article | ParseError) -> dict[str, Any]:
    return res.to_dict() if isinstance(res, ParseError) else res.to_dict(evidence=True)


POOL: list[Record] = [*STORIES, *(rec for _, rec, _ in BAD)]


@pytest.mark.parametrize("processes", [0, 2], ids=["in-process", "two-processes"])
@settings(max_examples=8)
@given(records=st.lists(st.sampled_from(POOL), max_size=14), chunksize=st.integers(1, 4))
def test_order_and_count_are_kept(processes: int, records: list[Record], chunksize: int) -> None:
    results = list(parse_articles(records, processes=processes, chunksize=chunksize))
    assert len(results) == len(records)
    assert [_key(r) for r in results] == [_key(parse_record(rec, i)) for i, rec in enumerate(records)]
    for i, (rec, res) in enumerate(zip(records, results, strict=True)):
        if isinstance(res, ParseError):
            assert res.position == i
        else:
            expected = rec.get("id") if isinstance(rec, Mapping) else None
            assert res.id == (str(expected) if expected is not None else str(i))


@pytest.mark.parametrize(("record", "says"), [(rec, says) for _, rec, says in BAD], ids=[i for i, _, _ in BAD])
def test_bad_records_give_errors_with_id_and_position(record: Any, says: str) -> None:
    records = [STORIES[0], record, STORIES[1]]
    results = list(parse_articles(records))
    assert [type(r).__name__ for r in results] == ["Article", "ParseError", "Article"]
    err = results[1]
    assert isinstance(err, ParseError)
    assert err.position == 1 and says in err.reason
    assert err.id == (record.get("id") if isinstance(record, dict) else None)


def test_a_record_that_kills_its_worker_is_an_error_and_the_rest_goes_on() -> None:
    records: list[Record] = [*STORIES[:3], _Killer(id="boom", text="x"), *STORIES[3:]]
    results = list(parse_articles(records, processes=2, chunksize=2))
    assert len(results) == len(records)
    err = results[3]
    assert isinstance(err, ParseError) and err.id == "boom" and "died" in err.reason
    assert [r.id for r in results if isinstance(r, Article)] == ["ve-pe", "au-ir", "de-ua", "4", "weather", "lt-by"]


class _Killer(dict[str, Any]):
    """A record that ends the process that unpickles it (as a segfaulting parse would)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os._exit, (3,))


class _Counting:
    """An endless stream of records that counts how many were taken."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self) -> Iterator[Record]:
        for i in itertools.count():
            self.taken += 1
            yield STORIES[i % len(STORIES)]


@pytest.mark.parametrize("processes", [0, 1, 2])
def test_an_endless_input_is_read_lazily(processes: int) -> None:
    source, chunksize = _Counting(), 3
    results = parse_articles(source, processes=processes, chunksize=chunksize)
    first = list(itertools.islice(results, 5))
    results.close()  # type: ignore[attr-defined]  # a generator: closing it ends the pool
    assert len(first) == 5
    window = 0 if processes == 0 else (1 + max(2, AHEAD_PER_PROCESS * processes)) * chunksize
    assert 5 <= source.taken <= 5 + window


def test_read_ahead_stays_bounded_over_a_long_run() -> None:
    source, chunksize, worst = _Counting(), 2, 0
    for k, _ in enumerate(parse_articles(itertools.islice(source, 120), processes=2, chunksize=chunksize), 1):
        worst = max(worst, source.taken - k)
    assert worst <= (1 + 2 * AHEAD_PER_PROCESS) * chunksize


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="processes"):
        list(parse_articles(["x"], processes=-1))
    with pytest.raises(ValueError, match="chunksize"):
        list(parse_articles(["x"], chunksize=0))


def test_write_then_read_jsonl_round_trips(tmp_path: Path) -> None:
    records = [*STORIES, BAD[0][1]]
    results = list(parse_articles(records))
    path = tmp_path / "out.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        counts = write_jsonl(results, fh)
    assert counts == (len(STORIES), sum(len(r.facts) for r in results if isinstance(r, Article)), 1)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(records)
    back = [Article.from_dict(row) for row in rows if "error" not in row]
    assert [a.to_dict() for a in back] == [r.to_dict() for r in results if isinstance(r, Article)]
    assert rows[-1] == {"error": "record has no 'text'", "id": "n1", "position": len(STORIES), "where": None}


def test_records_written_as_jsonl_read_back_and_parse_the_same(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    mappings = [r for r in STORIES if isinstance(r, dict)]
    path.write_text("".join(json.dumps(r) + "\n" for r in mappings), encoding="utf-8")
    again = list(parse_articles(read_jsonl(path)))
    assert [_key(a) for a in again] == [_key(r) for r in parse_articles(mappings)]


def test_read_jsonl_reports_bad_lines_and_keeps_going(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": "Chile reopened its embassy in Caracas."}).encode()
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n\n{not json\n[1, 2]\n" + b'{"id": "caf\xe9"}\n' + good + b"\n")
    records = list(read_jsonl(path))
    assert len(records) == 5  # the blank line is skipped
    assert isinstance(records[0], dict) and records[0]["_where"] == f"{path}:1"
    errors = [r for r in records if isinstance(r, ParseError)]
    assert [(e.where, e.reason.split(" ")[0]) for e in errors] == [
        (f"{path}:3", "invalid"), (f"{path}:4", "a"), (f"{path}:5", "not")]
    assert isinstance(records[-1], dict) and records[-1]["id"] == "ok"


def test_loads_record() -> None:
    rec = loads_record('{"id": 7, "text": "x"}', where="a.jsonl:1")
    assert isinstance(rec, dict) and rec["_where"] == "a.jsonl:1"
    assert isinstance(loads_record('"just a string"'), ParseError)


def _cli(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(args, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_jsonl_with_processes_keeps_one_line_per_record_in_order(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    lines = [json.dumps(r) for r in STORIES if isinstance(r, dict)]
    lines.insert(2, "{broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = _cli([str(path), "--format", "jsonl", "--processes", "2", "--chunksize", "1", "--no-progress"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r.get("id") for r in rows] == ["ve-pe", "au-ir", None, "de-ua", "weather", "lt-by"]
    assert rows[2]["where"] == f"{path}:3" and rows[2]["error"].startswith("invalid JSON")
    assert err.strip().splitlines()[-1].startswith("5 articles,") and err.strip().endswith("1 errors")
    assert next(r for r in rows if r.get("closures"))["closures"][0]["host"] == "PE"


def test_cli_streams_jsonl_from_stdin() -> None:
    stdin = "\n" + "\n".join(json.dumps(r) for r in STORIES if isinstance(r, dict)) + "\n"
    code, out, err = _cli(["-", "--format", "jsonl"], stdin=stdin)
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ve-pe", "au-ir", "de-ua", "weather", "lt-by"]


def test_cli_plain_text_on_stdin_is_one_article() -> None:
    code, out, _ = _cli(["-", "--format", "jsonl"], stdin="\nKenya will open a consulate in Lagos.\n")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["stdin"]


@pytest.mark.parametrize("flag", ["--progress", "--no-progress"])
def test_cli_progress_flag_does_not_change_output(tmp_path: Path, flag: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(STORIES[0]) + "\n", encoding="utf-8")
    code, out, err = _cli([str(path), "--format", "jsonl", flag])
    assert code == 0 and json.loads(out)["id"] == "ve-pe"
    assert err.strip().splitlines()[-1] == "1 articles, " + err.strip().splitlines()[-1].split(", ", 1)[1]


def test_a_pool_starts_from_a_warm_parent() -> None:
    # the patterns compile in the parent before the workers fork, so the workers inherit them
    from diplomacy_facts import batch
    from diplomacy_facts.prefilter import CUES

    batch._warm_up.cache_clear()
    results = list(parse_articles(["France closed its embassy in Mali."], processes=1))
    assert isinstance(results[0], Article) and results[0].closures
    assert batch._warm_up.cache_info().currsize == 1 and CUES.is_compiled

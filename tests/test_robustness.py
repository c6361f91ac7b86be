"""Robustness: any text parses, evidence points into it, JSON round-trips, nothing is lost,
bad input gets a clear error, and the package never evaluates, unpickles, shells out or
touches the network.

Hypothesis runs the "ci" profile of conftest.py (a bounded number of examples); the long
run is ``python tests/fuzz_long.py --n 100000``.
"""

from __future__ import annotations

import ast
import io
import json
import random
import re
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st
from mutations import MUTATIONS, SPECIALS, Mutation, article_slice, check_article, mutate, random_text

from diplomacy_facts import Article, Evidence, ParseError, parse_article, parse_articles
from diplomacy_facts.__main__ import run
from diplomacy_facts.text import MAX_SENTENCE, read_document

PACKAGE = Path(__file__).parent.parent / "diplomacy_facts"
DOC_TEXTS: list[str] = [
    json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS.glob("*/*.json"))
]
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# --- any str -------------------------------------------------------------------------------------

any_char = st.characters(exclude_categories=())  # every code point, lone surrogates included
awkward = st.sampled_from(SPECIALS)
news_words = st.sampled_from(
    [
        "North Korea", "closed", "its embassy in", "Spain", "Uganda", "and", "the consulate",
        "Russia", "sold", "more than 1 million", "shells", "to", "since August", "will", "may",
        "nearly 25 percent of", "missions", ".", ",", "Pyongyang", "said", "reopened", "Kyiv",
        "47 embassies", "drones", "according to officials", "not", "(", ")", "—", "’s", "F-16s",
    ]
)
publications = st.none() | st.dates(date(1950, 1, 1), date(2090, 12, 31))


@given(st.text(any_char, max_size=400), publications)
def test_any_unicode_text(text: str, published: date | None) -> None:
    check_article(text, parse_article(text, published=published))


@given(st.lists(news_words | awkward | any_char, max_size=120).map(" ".join), publications)
def test_news_words_mixed_with_awkward_characters(text: str, published: date | None) -> None:
    check_article(text, parse_article(text, published=published))


@given(st.lists(news_words | awkward, max_size=300).map("".join))
def test_words_glued_without_spaces_or_newlines(text: str) -> None:
    text = "".join(" " if c in LINE_BREAKS else c for c in text)
    check_article(text, parse_article(text))


@given(any_char | awkward, st.integers(1, 5_000), st.sampled_from(["", "embassy ", "closed its embassy in "]))
@settings(max_examples=25)
def test_long_run_of_one_character(char: str, n: int, word: str) -> None:
    text = word + char * n + " " + word
    check_article(text, parse_article(text))


@given(st.randoms(use_true_random=False))
def test_random_strings_of_the_long_fuzzer(rng: random.Random) -> None:
    text = random_text(rng, 600)
    check_article(text, parse_article(text, published=rng.choice([None, "2023-11-03"])))


def test_one_megabyte_of_one_character() -> None:
    text = "a" * 1_000_000
    art = parse_article(text)
    assert art.facts == () and art.title is None


def test_one_megabyte_line_is_cut_into_bounded_sentences() -> None:
    text = ("the ministry said the talks would go on " * 25_000)[:1_000_000]
    doc = read_document(text)
    assert max(len(s.text) for s in doc.sentences) <= MAX_SENTENCE
    assert "".join(text[s.start : s.end] for s in doc.sentences).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "\ud800", "\udfff embassy \ud800", "\x00" * 100, "\ufeff" + "France closed its embassy in Mali.",
        "\u202eFrance closed its embassy in Mali.\u202c", "France\u200bclosed\u200bits\u200bembassy.",
        "France\xa0closed\xa0its\xa0embassy\xa0in\xa0Mali.", "\r\r\r", "\u2028\u2029\x85", "..." * 1000,
        "Mr. " * 3000, "A. " * 3000, "(" * 5000 + "embassy", "embassy" + ")" * 5000, "1" * 10_000 + " embassies",
        "9" * 400 + " shells were sold to Russia.", "$" + "9" * 400 + " billion arms deal", "-" * 5000 + " arms",
        "France closed its embassy in Mali" + "\u0301" * 3000, "embassy" * 3000, "’" * 5000 + "embassy",
    ],
    ids=lambda t: repr(t[:24]),
)
def test_awkward_inputs(text: str) -> None:
    check_article(text, parse_article(text))


@pytest.mark.parametrize(
    "text",
    [
        "France closed its embassy in Mali.\u200f",  # a right-to-left mark pasted after the stop
        "\ufeffFrance closed its embassy in Mali.",  # a byte-order mark
        "\u200eFrance closed its embassy in Mali.\u200e\n",
        "France\xa0closed\xa0its\xa0embassy\xa0in\xa0Mali.",
        "France closed its embassy in\u202fMali.",
        "France closed its embassy in Mali.\u200b Spain closed its embassy in Chad.",
    ],
    ids=["rlm-after-stop", "bom", "lrm-around", "nbsp", "narrow-nbsp", "zwsp-between-sentences"],
)
def test_invisible_marks_and_odd_spaces_do_not_hide_the_fact(text: str) -> None:
    art = parse_article(text)
    check_article(text, art)
    assert ("FR", "ML") in [(c.mission.sender, c.mission.host) for c in art.closures]


# digits the regex module's newer Unicode tables know (\d matches them) and Python's int() does not
NEW_DIGITS = [chr(c) for c in (*range(0x10D40, 0x10D4A), *range(0x11BF0, 0x11BFA), *range(0x1CCF0, 0x1CCFA))]


@pytest.mark.parametrize(
    "template",
    ["North Korea sold 1{d} million shells to Russia.", "The embassy closed on Oct. 2{d}, 202{d}.",
     "It is the 1{d}th embassy to close.", "Kenya will close its embassy in Lima on 1{d}/10/2023.",
     "Ukraine got 155{d}mm shells and a $1{d} billion package.", "Embassy news {d}{d}\n\nFrance closed its embassy."],
)
def test_digits_newer_than_python_unicode_tables(template: str) -> None:
    for digit in NEW_DIGITS:
        text = template.format(d=digit)
        check_article(text, parse_article(text, published="2023-11-03"))


@pytest.mark.parametrize(
    "text",
    [
        "Russia sold 5 m\u0130llion shells to Iran.",  # a dotted capital I inside a table word
        "Russia delivered the f\u0130rst of four frigates to Iran.",
        "Russia sold f\u0130ve tanks to Iran in the \u017fpring.",  # a long s
        "France closed its embassy in Mali. It l\u0130es about other missions.",
        "The embassy closed la\u017ft month, and ne\u0130ther reopened th\u0130s year.",
    ],
)
def test_letters_that_case_folding_matches_but_lower_spells_otherwise(text: str) -> None:
    # found by the long fuzz: a regex match looked up in a table by its str.lower() spelling
    check_article(text, parse_article(text, published="2023-11-03"))


# --- mutated articles ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "mutation"), MUTATIONS, ids=[name for name, _ in MUTATIONS])
def test_each_mutation_of_corpus_articles(name: str, mutation: Mutation) -> None:
    rng = random.Random(name)
    for text in rng.sample(DOC_TEXTS, 2):
        damaged = mutation(text, rng)
        check_article(damaged, parse_article(damaged, published="2023-11-03"))


@given(st.sampled_from(DOC_TEXTS), st.randoms(use_true_random=False), st.none() | st.just("2023-11-03"))
@settings(max_examples=30)
def test_mutated_articles(text: str, rng: random.Random, published: str | None) -> None:
    damaged = mutate(text, rng)
    check_article(damaged, parse_article(damaged, published=published))


@given(st.sampled_from(DOC_TEXTS), st.randoms(use_true_random=False))
def test_mutated_article_slices(text: str, rng: random.Random) -> None:
    piece = mutate(article_slice(text, rng, 600), rng)
    check_article(piece, parse_article(piece))


def test_mutations_change_the_text() -> None:
    rng = random.Random(1)
    text = DOC_TEXTS[0]
    changed = [name for name, mutation in MUTATIONS if mutation(text, rng) != text]
    assert len(changed) == len(MUTATIONS), set(n for n, _ in MUTATIONS) - set(changed)


# --- bad input, clear errors ---------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 12, 3.5, b"France closed its embassy.", bytearray(b"x"), ["a"], {"text": "x"}])
def test_non_str_text_is_a_type_error_naming_the_type(bad: Any) -> None:
    with pytest.raises(TypeError, match=rf"text must be str, got {type(bad).__name__}"):
        parse_article(bad)


@pytest.mark.parametrize("bad", ["2023-13-45", "2023-02-30", "0000-01-01", "yesterday", "13/45/2023", "Nov 31, 2023"])
def test_bad_published_string_is_a_value_error_naming_the_value(bad: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        parse_article("France closed its embassy in Mali.", published=bad)


@pytest.mark.parametrize("bad", [12345, 3.5, ["2023-11-03"], b"2023-11-03"])
def test_published_of_the_wrong_type_is_a_type_error_naming_type_and_value(bad: Any) -> None:
    # a wrong type is a TypeError in Python (as int([]) is) and, as every unreadable date,
    # a ValueError too; its message names both the type and the value
    for error in (TypeError, ValueError):
        with pytest.raises(error, match=re.escape(f"{type(bad).__name__}: {bad!r}")):
            parse_article("France closed its embassy in Mali.", published=bad)


@pytest.mark.parametrize(("keyword", "bad"), [("source", 12), ("id", 7), ("source", b"x"), ("id", ["x"])])
def test_source_and_id_must_be_str(keyword: str, bad: Any) -> None:
    with pytest.raises(TypeError, match=rf"{keyword} must be str or None, got {type(bad).__name__}"):
        parse_article("x", **{keyword: bad})


@pytest.mark.parametrize(("bad", "error"), [(0, ValueError), (-1, ValueError), ("10", TypeError), (True, TypeError)])
def test_bad_timeout(bad: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout"):
        parse_article("x", timeout=bad)


def test_a_directory_with_no_article_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("France closed its embassy in Mali.", encoding="utf-8")
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    err = io.StringIO()
    code = run([str(tmp_path)], stdin=io.StringIO(), stdout=io.StringIO(), stderr=err)
    assert code == 1
    assert str(tmp_path) in err.getvalue() and "holds no .txt, .json or .jsonl" in err.getvalue()
    assert err.getvalue().strip().splitlines()[-1] == "0 articles, 0 facts, 1 errors"


def test_cli_record_errors_name_file_and_line_and_the_rest_is_processed(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": "Spain closed its embassy in Mali."})
    lines = [good, json.dumps({"id": "n", "text": 12}), json.dumps({"id": "p", "text": "x", "published": "2023-13-45"}),
             "[1, 2]", good.replace('"ok"', '"ok2"')]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "c.json").write_text("{not json", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run([str(tmp_path), "--format", "jsonl"], stdin=io.StringIO(), stdout=out, stderr=err)
    messages = err.getvalue().strip().splitlines()
    assert code == 1
    rows = [json.loads(line) for line in out.getvalue().splitlines()]  # one line per record, errors too
    assert [(r["id"], "error" in r) for r in rows] == [
        ("ok", False), ("n", True), ("p", True), (None, True), ("ok2", False), ("b", True), ("c", True)
    ]
    assert any("a.jsonl:2" in m and "text must be str, got int" in m for m in messages)
    assert any("a.jsonl:3" in m and "2023-13-45" in m for m in messages)
    assert any("a.jsonl:4" in m and "must be an object" in m for m in messages)
    assert any("b.json" in m for m in messages) and any("c.json" in m and "invalid JSON" in m for m in messages)
    assert all(m.startswith("error: ") for m in messages[:-1])
    assert messages[-1] == "2 articles, 2 facts, 5 errors"


def test_cli_survives_a_lone_surrogate_in_a_jsonl_record(tmp_path: Path) -> None:
    lines = ['{"id": "s", "text": "France has closed its embassy in Niger \\ud800 today."}',
             '{"id": "t", "text": "Spain closed its embassy in Mali."}']
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "diplomacy_facts", str(tmp_path / "a.jsonl"), "--format", "jsonl"],
                          capture_output=True, check=False, env={"PYTHONIOENCODING": "utf-8", "PATH": ""})
    assert b"Traceback" not in proc.stderr
    assert proc.stdout.count(b"\n") == 2 and b"2 articles" in proc.stderr  # both records, none lost


# --- nothing lost --------------------------------------------------------------------------------

good_text = st.text(st.sampled_from("abc embassy closed France Mali.,\n"), max_size=60)
ids = st.none() | st.text(max_size=5) | st.integers(0, 99)
good_records = (
    good_text
    | st.fixed_dictionaries({"text": good_text}, optional={"id": ids, "source": st.none() | st.text(max_size=5),
                                                            "published": st.sampled_from(["2023-11-03", None])})
)
bad_records = (
    st.fixed_dictionaries({}, optional={"id": ids, "published": st.just("2023-11-03")})  # no text
    | st.fixed_dictionaries({"text": st.none() | st.integers() | st.binary(max_size=5)}, optional={"id": ids})
    | st.fixed_dictionaries({"text": good_text, "published": st.sampled_from(["2023-13-45", "soon", 12345])},
                            optional={"id": ids})
    | st.builds(ParseError, st.integers(0, 5), st.none() | st.text(max_size=5), st.just("invalid JSON"))
    | st.sampled_from([42, None, b"bytes", ("a", "tuple")])
)


def _expected_id(record: Any, position: int) -> str | None:
    if isinstance(record, str):
        return str(position)
    if isinstance(record, dict):
        raw = record.get("id")
        return None if raw is None else str(raw)
    return record.id if isinstance(record, ParseError) else None


def _check_batch(labelled: Sequence[tuple[bool, Any]], processes: int, chunksize: int) -> None:
    records = [rec for _, rec in labelled]
    results = list(parse_articles(iter(records), processes=processes, chunksize=chunksize))
    assert len(results) == len(records)
    for position, ((good, record), result) in enumerate(zip(labelled, results, strict=True)):
        expected = _expected_id(record, position)
        if good:
            assert isinstance(result, Article), result
            assert result.id == (expected if expected is not None else str(position))
        else:
            assert isinstance(result, ParseError), (record, result)
            assert result.position == position
            assert result.id == expected


labelled_records = st.lists(
    st.tuples(st.just(True), good_records) | st.tuples(st.just(False), bad_records), max_size=25
)


@given(labelled_records, st.integers(1, 5))
def test_nothing_lost_in_process(labelled: list[tuple[bool, Any]], chunksize: int) -> None:
    _check_batch(labelled, 0, chunksize)


@given(labelled_records, st.integers(1, 5))
@settings(max_examples=6)
def test_nothing_lost_with_two_processes(labelled: list[tuple[bool, Any]], chunksize: int) -> None:
    _check_batch(labelled, 2, chunksize)


# --- determinism ---------------------------------------------------------------------------------

_DUMP = r"""
import json, sys
from diplomacy_facts import parse_article
for path in sys.argv[1:]:
    doc = json.load(open(path, encoding="utf-8"))
    print(json.dumps(parse_article(doc["text"], published=doc.get("published")).to_dict()))
"""


def test_same_input_same_output_whatever_the_hash_seed_or_the_processes() -> None:
    paths = [str(p) for p in sorted(CORPUS.glob("*/*.json"))[::8]]
    outputs = []
    for seed in ("1", "2"):
        proc = subprocess.run([sys.executable, "-c", _DUMP, *paths], capture_output=True, text=True, check=True,
                              cwd=PACKAGE.parent, env={"PYTHONHASHSEED": seed, "PATH": ""}, timeout=300)
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    docs = [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]
    records = [{"id": None, "text": d["text"], "published": d.get("published")} for d in docs]
    here = [json.dumps(r.to_dict()) for r in parse_articles(records, processes=0) if isinstance(r, Article)]
    pooled = [json.dumps(r.to_dict()) for r in parse_articles(records, processes=2) if isinstance(r, Article)]
    assert here == pooled == [json.dumps({**json.loads(line), "id": str(k)}) for k, line in
                              enumerate(outputs[0].splitlines())]


# --- safety --------------------------------------------------------------------------------------

_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "input", "breakpoint", "globals"}
_FORBIDDEN_MODULES = {
    "pickle", "cPickle", "dill", "marshal", "shelve", "subprocess", "socket", "ssl", "urllib", "http", "ftplib",
    "smtplib", "requests", "ctypes", "pty", "telnetlib", "xmlrpc", "asyncio", "code", "codeop",
}
_FORBIDDEN_ATTRS = {"system", "popen", "execv", "execve", "execl", "spawnv", "spawnl", "startfile", "load", "loads"}
# modules that open files, and only the paths the user named: everything else reads package data
_FILE_MODULES = {"batch.py", "__main__.py", "evaluate.py", "dask.py"}


def _source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", _source_files(), ids=lambda p: p.name)
def test_no_eval_exec_pickle_shell_or_network_in_the_package(path: Path) -> None:
    assert not _problems(path.read_text(encoding="utf-8"), path.name), path.name


@pytest.mark.parametrize(
    "source",
    ["eval(text)", "import pickle", "from subprocess import run", "os.system('ls')", "open(p, 'w')",
     "Path(p).write_text(s)", "run(cmd, shell=True)", "importlib.import_module(name)", "import socket"],
)
def test_the_source_scan_sees_unsafe_calls(source: str) -> None:
    assert _problems(source, "article.py")


def test_the_invariant_check_sees_a_bad_span() -> None:
    text = "France closed its embassy in Mali."
    art = parse_article(text)
    [closure] = art.closures
    moved = attrs.evolve(closure, evidence=(Evidence(closure.evidence[0].sentence, (40, 45), "rule"),))
    with pytest.raises(AssertionError, match="outside"):
        check_article(text, attrs.evolve(art, closures=(moved,)))


def _problems(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    problems: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            problems += [f"import {n}" for n in names if n.split(".")[0] in _FORBIDDEN_MODULES]
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in _FORBIDDEN_CALLS:
                problems.append(f"{func.id}() at line {node.lineno}")
            if isinstance(func, ast.Name) and func.id == "open" and name not in _FILE_MODULES:
                problems.append(f"open() at line {node.lineno}")
            if isinstance(func, ast.Attribute) and func.attr in _FORBIDDEN_ATTRS:
                owner = ast.unparse(func.value)
                if owner in {"os", "pickle", "marshal", "shelve", "yaml", "subprocess"}:
                    problems.append(f"{owner}.{func.attr}() at line {node.lineno}")
            if isinstance(func, ast.Attribute) and func.attr in {"write_text", "write_bytes", "unlink", "rmtree"}:
                problems.append(f".{func.attr}() at line {node.lineno}")
            computed = not (node.args and isinstance(node.args[0], ast.Constant))
            if isinstance(func, ast.Attribute) and func.attr == "import_module" and computed:
                problems.append(f"import_module of a computed name at line {node.lineno}")
            for kw in node.keywords:
                if kw.arg == "shell":
                    problems.append(f"shell= at line {node.lineno}")
    return problems


_NO_NETWORK = r"""
import socket, sys

def blocked(*args, **kwargs):
    raise RuntimeError("network access attempted")

socket.socket = blocked
socket.create_connection = blocked
socket.getaddrinfo = blocked
socket.gethostbyname = blocked
socket.socketpair = blocked

import importlib, io, pkgutil
import diplomacy_facts
for info in pkgutil.iter_modules(diplomacy_facts.__path__):
    if info.name != "dask":  # an optional extra; its own tests cover it
        importlib.import_module("diplomacy_facts." + info.name)
from diplomacy_facts import ParseError, aggregate, parse_article, parse_articles
from diplomacy_facts.__main__ import run

text = "Embassy news\n\nFrance has closed its embassy in Niger, the foreign ministry said on Tuesday."
art = parse_article(text, published="2023-12-26")
assert art.closures, art
results = list(parse_articles([text, {"id": "b", "text": text}], processes=0))
aggregate(r for r in results if not isinstance(r, ParseError))
out = io.StringIO()
assert run(["-", "--format", "jsonl"], stdin=io.StringIO(text), stdout=out, stderr=io.StringIO()) == 0
print("ok", len(out.getvalue()))
"""


def test_no_network_at_import_or_run_time() -> None:
    proc = subprocess.run([sys.executable, "-c", _NO_NETWORK], capture_output=True, text=True, check=False,
                          cwd=PACKAGE.parent, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("ok")

"""No input makes the parser hang: adversarial texts cost about what ordinary news costs per MB,
the patterns have no ambiguous nested repetition, and a runaway is stopped with a clear error.

The exact figures are in benchmarks/ADVERSARIAL.md (``python benchmarks/adversarial.py``); here
the inputs are small (a few thousand characters, several capped sentences each) and the ratio
to ordinary articles, measured in the same run, is asserted with a generous factor.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import json
import multiprocessing
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import regex
from conftest import CORPUS

import diplomacy_facts.article as article_module
from diplomacy_facts import Article, ParseError, parse_article, parse_articles
from diplomacy_facts.article import ParseTimeout
from diplomacy_facts.attribution import find_sources
from diplomacy_facts.clauses import clause_cuts, tokenize
from diplomacy_facts.memo import forget
from diplomacy_facts.quantities import find_quantities
from diplomacy_facts.text import MAX_SENTENCE, Document, is_boilerplate, read_document, split_sentences

ROOT = Path(__file__).parent.parent
#: the asserted bound on (cost per MB of an adversarial text) / (cost per MB of ordinary news)
FACTOR = 6.0
SIZE = 5000


def _rep(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _audit_module() -> Any:
    """benchmarks/adversarial.py: its pattern audit, and its builders of the densest real news."""
    spec = importlib.util.spec_from_file_location("adversarial_audit", ROOT / "benchmarks" / "adversarial.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


AUDIT = _audit_module()


_W = " The embassy closed."
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: _rep("7", n) + _W,
    "digits-spaced": lambda n: _rep("1 ", n) + _W,
    "commas": lambda n: _rep(",", n) + _W,
    "thousands": lambda n: _rep("1,000,", n) + " embassies closed.",
    "spaces": lambda n: "embassy" + " " * n + "embassy",
    "more-than": lambda n: _rep("more than ", n) + "5 embassies closed.",
    "parentheses": lambda n: "embassy " + "(" * (n // 2) + ")" * (n // 2),
    "parenthesised-words": lambda n: _rep("(embassy ", n),
    "no-punctuation": lambda n: _rep("the foreign ministry said the embassy would stay open while talks went on ", n),
    "countries": lambda n: _rep("France ", n) + _W,
    "country-list": lambda n: "Russia closed its embassies in " + _rep("France, Spain, Italy and ", n),
    "many-countries": lambda n: _rep("North Korea South Korea Russia Ukraine Uganda Angola Spain Nepal ", n) + _W,
    "embassy-words": lambda n: _rep("embassy ", n),
    "embassies-commas": lambda n: _rep("embassies, ", n),
    "closed-fragments": lambda n: _rep("closed its embassy in ", n),
    "closure-list": lambda n: _rep("France closed its embassy in Spain and ", n),
    "numbers-weapons": lambda n: _rep("1,000 tanks, 200 howitzers and 5 million shells ", n),
    "supply-list": lambda n: "Russia supplied " + _rep("1,000 tanks, 200 howitzers and 5 million shells to Iran, ", n),
    "supply-chain": lambda n: _rep("Iran sent drones to Russia which sent shells to ", n),
    "dates": lambda n: _rep("on Oct. 26, 2023 in October since August ", n) + _W,
    "capitalised": lambda n: _rep("Embassy Closure Spain ", n),
    "short-sentences": lambda n: _rep("France closed its embassy in Spain. ", n),
    "abbreviations": lambda n: _rep("Mr. ", n) + _W,
    "initials": lambda n: _rep("A. ", n) + _W,
    "percent": lambda n: _rep("25 percent of ", n) + "its embassies closed.",
    "negations": lambda n: _rep("not ", n) + "closed the embassy.",
    "attributions": lambda n: _rep("according to officials, the ministry said ", n) + "the embassy closed.",
    "newlines": lambda n: _rep("embassy\n", n),
    "spaced-transfers": lambda n: _rep("Russia sold" + " " * 150 + "tanks to" + " " * 150 + "Iran, ", n),
    "tabs": lambda n: _rep("Russia\t\t\t\t\t\t\t\t\t\tsold tanks\t\t\t\t\t\t\t\t to Iran ", n),
    "letter-runs": lambda n: _rep("and Ukra" + "ini" * 12 + "an, W" + "i" * 30 + " said Mi" + "s" * 30 + " has ", n),
    "transfer-news": lambda n: AUDIT.CASES["transfer-news"][1](n),  # the densest real news
    "mission-news": lambda n: AUDIT.CASES["mission-news"][1](n),
}


def _seconds(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        forget()  # read afresh: no answer remembered from an earlier pass
        gc.collect()
        start = time.process_time()  # CPU time: other programs on the machine do not count
        fn()
        best = min(best, time.process_time() - start)
    return best


def _parse_all(texts: Iterable[str]) -> None:
    for text in texts:
        parse_article(text)


ORDINARY = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS.glob("*/*.json"))][::3]


def _ordinary() -> float:
    return _seconds(lambda: _parse_all(ORDINARY), repeat=3) / sum(len(t) for t in ORDINARY)


@pytest.fixture(scope="module")
def ordinary_per_char() -> float:
    """CPU seconds per character of ordinary news: the annotated corpus (patterns warmed up first)."""
    _parse_all(ORDINARY)
    return _ordinary()


def _ratio(text: str, ordinary: float) -> float:
    return _seconds(lambda: parse_article(text), repeat=2) / len(text) / ordinary


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_text_costs_about_what_news_costs(name: str, ordinary_per_char: float) -> None:
    build = ADVERSARIAL[name]
    parse_article(build(300))  # compile what this input needs
    ratio = _ratio(build(SIZE), ordinary_per_char)
    if ratio > FACTOR:  # a busy machine: measure both again before failing
        ratio = min(ratio, _ratio(build(SIZE), max(ordinary_per_char, _ordinary())))
    assert ratio <= FACTOR, f"{name}: {ratio:.1f} times the cost per character of ordinary news"


@pytest.mark.parametrize("name", ["closed-fragments", "closure-list", "capitalised", "supply-chain", "abbreviations"])
def test_cost_grows_linearly(name: str) -> None:
    build = ADVERSARIAL[name]
    parse_article(build(300))
    small, large = build(1500), build(6000)
    per_char_small = _seconds(lambda: parse_article(small), repeat=2) / len(small)
    per_char_large = _seconds(lambda: parse_article(large)) / len(large)
    assert per_char_large <= 2.0 * per_char_small, f"{name}: x{per_char_large / per_char_small:.1f} per char at x4"


@pytest.mark.parametrize("name", ["short-sentences", "newlines", "supply-chain"])
def test_cost_grows_linearly_with_the_number_of_sentences_and_facts(name: str) -> None:
    # what an article remembers from sentence to sentence, and the merging of its facts, once
    # cost time quadratic in the sentences (the last topic searched back through every one) or
    # in the facts (every pair of flows compared; every mention of a fact against all others)
    build = ADVERSARIAL[name]
    parse_article(build(300))
    small, large = build(8000), build(32_000)
    per_char_small = _seconds(lambda: parse_article(small), repeat=2) / len(small)
    per_char_large = _seconds(lambda: parse_article(large)) / len(large)
    assert per_char_large <= 1.8 * per_char_small, f"{name}: x{per_char_large / per_char_small:.1f} per char at x4"


def _growth(small: str, large: str) -> float:
    """CPU cost per character of `large` over that of `small` (patterns warmed up on `small`)."""
    parse_article(small[:3000])
    per_char_small = _seconds(lambda: parse_article(small), repeat=2) / len(small)
    return _seconds(lambda: parse_article(large)) / len(large) / per_char_small


def test_cost_grows_linearly_with_the_facts_of_a_long_article() -> None:
    # every sentence once gathered the weapons named in all earlier facts, and a flow without a
    # supplier searched every earlier fact for one: quadratic in the facts of a long article
    short = "{a} sold {n} {w} to {b}. The {w2} were delivered to {c} by the deadline. "  # a fact every 40 characters
    growth = _growth(AUDIT._varied(short, 60_000), AUDIT._varied(short, 480_000))
    assert growth <= 1.3, f"x{growth:.2f} per char at x8"


def test_cost_grows_linearly_with_the_missions_of_a_long_article() -> None:
    # each mention of a mission was tried against every group of mentions before it
    growth = _growth(AUDIT.CASES["mission-news"][1](40_000), AUDIT.CASES["mission-news"][1](320_000))
    assert growth <= 1.3, f"x{growth:.2f} per char at x8"


def test_one_dated_closure_told_thousands_of_times_costs_what_it_costs_told_a_hundred_times() -> None:
    # every new mention of a fact was compared with every earlier one (dates, cities, kinds)
    unit = "France closed its embassy in Spain on March 3, 2021. "
    growth = _growth(unit * 300, unit * 6000)
    assert growth <= 1.3, f"x{growth:.2f} per char at x20"
    assert len(parse_article(unit * 50).closures) == 1


def test_a_megabyte_line_without_punctuation_reads_in_linear_time() -> None:
    line = _rep("the ministry said the talks would go on ", 1_000_000)
    seconds = _seconds(lambda: read_document(line))
    assert seconds < 5.0
    doc = read_document(line)
    assert max(len(s.text) for s in doc.sentences) <= MAX_SENTENCE


# --- the fixes behind the table (each was super-linear) --------------------------------------------


def test_long_runs_are_cut_into_sentences_of_bounded_length() -> None:
    text = "France closed its embassy in Mali, " * 100
    sentences = split_sentences(text)
    assert all(len(s) <= MAX_SENTENCE for s, _, _ in sentences)
    assert all(text[a:b] == s for s, a, b in sentences)
    assert all(s.endswith(",") for s, _, _ in sentences[:-1])  # cut after a comma, not inside a word


def test_sentence_cut_with_no_space_at_all() -> None:
    text = "x" * (3 * MAX_SENTENCE + 7)
    assert [b - a for _, a, b in split_sentences(text)] == [MAX_SENTENCE] * 3 + [7]


def test_abbreviation_lookup_looks_back_a_little_only() -> None:
    # "Mr." after a very long run still does not end the sentence; the search no longer
    # scans back to the start of the paragraph for every full stop
    text = "a " * 200 + "Mr. Smith said the embassy closed. It reopened."
    assert [s for s, _, _ in split_sentences(text)] == [text[: text.index(" It")], "It reopened."]


def test_a_giant_title_is_no_title() -> None:
    # thirty words or fewer, but a megabyte of spaces between them: once a "title" read whole
    text = "embassy" + " " * 30_000 + "closed its embassy" + "\t" * 20_000 + "in Mali\n\nThe ministry said so."
    assert _seconds(lambda: parse_article(text)) < 2.0
    assert read_document(text).title is None


def test_long_lines_are_not_page_furniture() -> None:
    assert is_boilerplate("Subscribe to our newsletter for daily updates on world news")
    assert not is_boilerplate("France closed its embassy. " * 100 + " Subscribe to our newsletter")


def test_tokens_and_cuts_are_remembered_but_never_shared() -> None:
    sentence = "Russia denies receiving the shells, but U.S. officials say Pyongyang shipped them."
    first = tokenize(sentence)
    first.clear()
    assert tokenize(sentence)  # a fresh list each time
    cuts = clause_cuts(sentence)
    cuts.append((0, 0))
    assert (0, 0) not in clause_cuts(sentence)
    sources = find_sources(sentence)
    sources.clear()
    assert find_sources(sentence) == find_sources(sentence)


def test_a_verb_does_not_govern_missions_after_the_next_verb() -> None:
    art = parse_article("France closed its embassy in Mali and opened a consulate in Niger.")
    assert [(c.mission.host, c.mission.kind.value) for c in art.closures] == [("ML", "embassy")]
    assert [(o.mission.host, o.mission.kind.value) for o in art.openings] == [("NE", "consulate")]
    art = parse_article("France closed its embassy in Mali in closed its embassy in Chad in closed its embassy"
                        " in Peru.")
    assert sorted(c.mission.host or "" for c in art.closures) == ["ML", "PE", "TD"]


def test_runs_of_i_s_f_do_not_explode() -> None:
    # the regex module's full case folding (VERSION1 + IGNORECASE) backtracked exponentially here
    text = "Kyiv got Army Tactical Missile Systems, and Ukrainiiniiniiniiniiniiniiniiniiniiniinian forces fired them."
    assert _seconds(lambda: parse_article(text)) < 2.0
    assert _seconds(lambda: parse_article("Embassy " + "s" * 300 + ", and " + "f" * 300 + " has closed.")) < 2.0


def test_status_of_a_participle_after_could() -> None:
    # "could ... , opening": context_cue gives POSSIBLE, which the mission status table lacked (KeyError)
    art = parse_article("Analysts could see the North, opening new embassies in Africa, as a threat.")
    assert all(o.status.value == "possible" for o in art.openings)


@pytest.mark.parametrize("digits", ["9" * 19, "9" * 400, "1" + "0" * 308, "1" + ",000" * 120])
def test_absurd_numbers_are_no_quantity(digits: str) -> None:
    text = f"North Korea has sold {digits} artillery shells to Russia."
    assert all(q.quantity.value < 1e19 for q in find_quantities(text))
    json.dumps(parse_article(text).to_dict(), allow_nan=False)


def test_big_but_real_numbers_still_count() -> None:
    [q] = find_quantities("Washington has sent 1,000,000,000,000 rounds.")
    assert q.quantity.value == 1e12


# --- the last guard: a runaway becomes an error, not a hang ------------------------------------------


def _catastrophic(doc: Document) -> list[Any]:
    regex.search(r"(a|aa)+$", "a" * 80 + "b")  # exponential backtracking: never ends on its own
    return []


def _endless(doc: Document) -> list[Any]:
    while True:
        with contextlib.suppress(Exception):  # a rule that swallows everything cannot swallow the alarm
            time.sleep(0.001)


def _hang_on_marker(doc: Document) -> list[Any]:
    if "HANG" in doc.text:
        _catastrophic(doc)
    return []


@pytest.mark.parametrize("extractor", [_catastrophic, _endless], ids=["regex", "python-loop"])
def test_runaway_raises_parse_timeout(monkeypatch: pytest.MonkeyPatch, extractor: Any) -> None:
    monkeypatch.setattr(article_module, "EXTRACTORS", (extractor,))
    start = time.perf_counter()
    with pytest.raises(ParseTimeout, match=r"gave up after 0\.3 s on a text of 37 characters"):
        parse_article("The embassy in Oslo closed on Monday.", timeout=0.3)
    assert time.perf_counter() - start < 5
    assert isinstance(ParseTimeout("x"), TimeoutError)
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_default_limit_grows_with_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "EXTRACTORS", (_catastrophic,))
    monkeypatch.setattr(article_module, "TIME_BASE", 0.2)
    monkeypatch.setattr(article_module, "TIME_PER_CHAR", 0.0001)
    with pytest.raises(ParseTimeout, match=r"after 0\.3 s on a text of 1,000 characters"):
        parse_article("The embassy closed. " + "x" * 979 + ".")


def test_batch_reports_the_runaway_and_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "EXTRACTORS", (_hang_on_marker,))
    monkeypatch.setattr(article_module, "TIME_BASE", 0.3)
    monkeypatch.setattr(article_module, "TIME_PER_CHAR", 0.0)
    records: list[Any] = ["France closed its embassy.", {"id": "bad", "text": "The embassy closed. HANG."}, "Spain."]
    results = list(parse_articles(records, processes=0))
    assert [type(r).__name__ for r in results] == ["Article", "ParseError", "Article"]
    error = results[1]
    assert isinstance(error, ParseError) and error.id == "bad" and "gave up after 0.3 s" in error.reason


def test_worker_processes_are_guarded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched extractor reaches the workers only when they are forked")
    monkeypatch.setattr(article_module, "EXTRACTORS", (_hang_on_marker,))
    monkeypatch.setattr(article_module, "TIME_BASE", 0.5)
    monkeypatch.setattr(article_module, "TIME_PER_CHAR", 0.0)
    records = ["The embassy closed.", "The embassy closed. HANG.", "Spain closed."]
    results = list(parse_articles(records, processes=2, chunksize=1))
    assert [type(r).__name__ for r in results] == ["Article", "ParseError", "Article"]


def test_normal_parses_leave_the_alarm_alone() -> None:
    parse_article("France closed its embassy in Mali.")
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_program_with_its_own_alarm_keeps_it() -> None:
    def mine(signum: int, frame: object) -> None:
        raise AssertionError("not ours")

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        art = parse_article("France closed its embassy in Mali.")
        assert art.closures and signal.getsignal(signal.SIGALRM) is mine
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_threads_parse_unguarded() -> None:
    out: list[Article] = []
    worker = threading.Thread(target=lambda: out.append(parse_article("France closed its embassy in Mali.")))
    worker.start()
    worker.join(30)
    assert out and out[0].closures


# --- the pattern audit -------------------------------------------------------------------------------




@pytest.mark.parametrize(
    ("pattern", "finding"),
    [
        (r"(\w+\s?)+$", "nested unbounded repeat"),
        (r"(?:\s*,\s*)+", "nested unbounded repeat"),
        (r"(?:\w+)*x", "nested unbounded repeat"),
        (r"(a|aa)+$", "repeated alternatives"),
        (r"(?<=\w+)x", "lookbehind"),
        (r"[\w.]*\s+(?:has|said)", "full case folding"),
    ],
)
def test_the_audit_sees_ambiguous_repetition(pattern: str, finding: str) -> None:
    flags = regex.IGNORECASE | regex.VERSION1 if finding == "full case folding" else 0
    assert any(finding in f for f in AUDIT.static_findings(pattern, flags))


@pytest.mark.parametrize(
    "pattern", [r"\w+(?:-\w+)*", r"(?:\s+\w+)*", r"(?:,\s*\w+)*", r"(?:[\w-]+\s+){0,4}?x", r"(?>\w+\s?)+", r"a++b"]
)
def test_the_audit_lets_separated_repetition_pass(pattern: str) -> None:
    assert AUDIT.static_findings(pattern, 0) == []


def test_no_pattern_has_ambiguous_nested_repetition() -> None:
    found = {(p.where, f) for p in AUDIT.iter_patterns() for f in AUDIT.static_findings(p.pattern, p.flags)}
    assert found <= set(AUDIT.REVIEWED), sorted(found - set(AUDIT.REVIEWED))

#!/usr/bin/env python3
"""Adversarial inputs against ordinary news, and an audit of every regex in the package.

    python benchmarks/adversarial.py                 # timing table + audit -> benchmarks/ADVERSARIAL.md
    python benchmarks/adversarial.py --size 50000    # smaller inputs, quicker
    python benchmarks/adversarial.py --no-audit      # the timing table only

Timing: each adversarial text (long digit runs, commas, "more than more than ...", nested
parentheses, a line with no punctuation, thousands of country names, "embassy" words,
repeated "closed its embassy in" fragments, sentences of numbers and weapon names, ...) is
parsed once at `--size` characters and once at a quarter of it; its cost per MB is divided
by the cost per MB of the annotated corpus articles parsed in the same run (interleaved,
best of three), so the ratios hold on a busy machine. Ratio <= 2 is the goal; the column
"growth" (cost per MB at full size over cost per MB at a quarter) stays near 1 when the
work is linear.

Audit: every pattern of the package (module-level compiled or lazy patterns, and the
literal patterns of inline ``regex.search(...)`` calls) is parsed and checked for nested
unbounded repetition (a ``*``/``+``/``{n,}`` group holding another unbounded repeat) with no
separator between iterations, repeated alternatives that overlap, and unbounded lookbehinds;
full case folding (VERSION1 with IGNORECASE: the regex module backtracks exponentially on
runs of i, s or f there); then each is run (``finditer``, the worst use: a scan from every
position) over pumped strings of 1,000 and 4,000 characters built from its own words and from
i, s, f runs, and flagged when its time grows faster than linearly.
"""

from __future__ import annotations

import argparse
import ast
import gc
import importlib
import json
import pkgutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import diplomacy_facts  # noqa: E402
from diplomacy_facts import parse_article  # noqa: E402
from diplomacy_facts.memo import forget  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def _rep(unit: str, n: int) -> str:
    return (unit * (n // max(1, len(unit)) + 1))[:n]


_W = " The embassy closed."  # a trigger word, so the extractors run and not just the prefilter

_COUNTRIES = "France Spain Italy Iran Russia China India Brazil Egypt Kenya Chile Peru".split()
_WEAPONS = ["tanks", "drones", "howitzers", "frigates", "rifles", "missiles"]
_TRANSFER = "{a} sold {n} {w} to {b} in {y}. The {w2} were delivered to {c} by the deadline, officials said. "
_MISSION = "{a} closed its embassy in {b} on Monday. {c} has {n} embassies and will open a consulate in {a} in {y}. "


def _varied(template: str, n: int) -> str:
    """Sentences of one shape with the countries, weapons and numbers varied (no two alike in a row)."""
    out, size, k = [], 0, 0
    while size < n:
        c = _COUNTRIES
        s = template.format(a=c[k % 12], b=c[(k * 5 + 1) % 12], c=c[(k * 7 + 2) % 12], n=k % 50 + 2,
                            w=_WEAPONS[k % 6], w2=_WEAPONS[(k + 1) % 6], y=2000 + k % 24)
        out.append(s)
        size += len(s)
        k += 1
    return "".join(out)[:n]


#: name -> (what it is, builder of a text of about n characters)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "digits": ("one run of digits", lambda n: _rep("7", n) + _W),
    "digits-spaced": ("digits and spaces", lambda n: _rep("1 ", n) + _W),
    "commas": ("one run of commas", lambda n: _rep(",", n) + _W),
    "thousands": ("1,000,000,... without end", lambda n: _rep("1,000,", n) + " embassies closed."),
    "spaces": ("one run of spaces", lambda n: "embassy" + " " * n + "embassy"),
    "more-than": ('"more than more than ..."', lambda n: _rep("more than ", n) + "5 embassies closed."),
    "parentheses": ("nested parentheses", lambda n: "embassy " + "(" * (n // 2) + ")" * (n // 2)),
    "parenthesised-words": ('"(embassy (embassy ..."', lambda n: _rep("(embassy ", n)),
    "no-punctuation": ("one line of words with no punctuation", lambda n: _rep(
        "the foreign ministry said the embassy would stay open while talks went on ", n)),
    "countries": ("country names in a row", lambda n: _rep("France ", n) + _W),
    "country-list": ('"closed its embassies in France, Spain, Italy and ..."',
                     lambda n: "Russia closed its embassies in " + _rep("France, Spain, Italy and ", n)),
    "many-countries": ("different country names in a row", lambda n: _rep(
        "North Korea South Korea Russia Ukraine Uganda Angola Spain Nepal ", n) + _W),
    "embassy-words": ('"embassy embassy ..."', lambda n: _rep("embassy ", n)),
    "embassies-commas": ('"embassies, embassies, ..."', lambda n: _rep("embassies, ", n)),
    "closed-fragments": ('"closed its embassy in closed its embassy in ..."',
                         lambda n: _rep("closed its embassy in ", n)),
    "closure-list": ('"France closed its embassy in Spain and ..."',
                     lambda n: _rep("France closed its embassy in Spain and ", n)),
    "numbers-weapons": ("a sentence of numbers and weapon names",
                        lambda n: _rep("1,000 tanks, 200 howitzers and 5 million shells ", n)),
    "supply-list": ('"Russia supplied 1,000 tanks, ... to Iran, ..."',
                    lambda n: "Russia supplied " + _rep("1,000 tanks, 200 howitzers and 5 million shells to Iran, ",
                                                        n)),
    "supply-chain": ('"Iran sent drones to Russia which sent shells to ..."',
                     lambda n: _rep("Iran sent drones to Russia which sent shells to ", n)),
    "dates": ("dates in a row", lambda n: _rep("on Oct. 26, 2023 in October since August ", n) + _W),
    "capitalised": ('"Embassy Closure Spain ..." (a title-case run)', lambda n: _rep("Embassy Closure Spain ", n)),
    "short-sentences": ("ordinary closure sentences, repeated",
                        lambda n: _rep("France closed its embassy in Spain. ", n)),
    "abbreviations": ('"Mr. Mr. Mr. ..."', lambda n: _rep("Mr. ", n) + _W),
    "initials": ('"A. A. A. ..."', lambda n: _rep("A. ", n) + _W),
    "percent": ('"25 percent of 25 percent of ..."', lambda n: _rep("25 percent of ", n) + "its embassies closed."),
    "of-its": ('"two of its three two of its three ..."',
               lambda n: _rep("two of its three ", n) + "consulates closed."),
    "negations": ('"not not not ..."', lambda n: _rep("not ", n) + "closed the embassy."),
    "attributions": ('"according to officials, the ministry said ..."',
                     lambda n: _rep("according to officials, the ministry said ", n) + "the embassy closed."),
    "hyphens": ("one run of hyphens", lambda n: _rep("-", n) + _W),
    "newlines": ('"embassy" lines', lambda n: _rep("embassy\n", n)),
    "quotes": ('"\\"embassy\\" \\"embassy\\" ..."', lambda n: _rep('"embassy" ', n)),
    "spaced-transfers": ("transfers with long runs of spaces", lambda n: _rep(
        "Russia sold" + " " * 150 + "tanks to" + " " * 150 + "Iran, ", n)),
    "tabs": ("words separated by runs of tabs", lambda n: _rep(
        "Russia\t\t\t\t\t\t\t\t\t\tsold tanks\t\t\t\t\t\t\t\t to Iran ", n)),
    "letter-runs": ('"Ukrainiiniini...", "Wiiii", "Missss" (full case folding)', lambda n: _rep(
        "and Ukra" + "ini" * 12 + "an, W" + "i" * 30 + " said Mi" + "s" * 30 + " has ", n)),
    "one-char": ("one character repeated (no trigger)", lambda n: "x" * n),
    "transfer-news": ("a transfer in every sentence, a dozen countries (the densest real news)",
                      lambda n: _varied(_TRANSFER, n)),
    "mission-news": ("a closure, an opening and a count in every pair of sentences", lambda n: _varied(_MISSION, n)),
}


def corpus_texts() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS.glob("*/*.json"))]


def _clock(fn: Callable[[], object]) -> float:
    forget()  # read afresh: no answer remembered from an earlier pass or case
    gc.collect()
    start = time.process_time()  # CPU time: other programs on a busy machine do not count
    fn()
    return time.process_time() - start


def ordinary_s_per_mb(texts: list[str]) -> float:
    chars = sum(len(t) for t in texts)
    return min(_clock(lambda: [parse_article(t) for t in texts]) for _ in range(3)) / chars * 1e6


def trigger_words(text: str) -> int:
    """Transfer and mission words the extractors act on (each costs a rule reading)."""
    from diplomacy_facts.arms_syntax import find_triggers as arms_triggers
    from diplomacy_facts.mission_lexicon import find_triggers as mission_triggers
    from diplomacy_facts.text import read_document
    from diplomacy_facts.weapons import find_items

    return sum(len(arms_triggers(s.text, find_items(s.text))) + len(mission_triggers(s.text))
               for s in read_document(text).sentences)


@dataclass
class Row:
    name: str
    what: str
    chars: int
    seconds: float
    s_per_mb: float
    ratio: float
    growth: float
    per_trigger: float | None  # cost per trigger word over the ordinary cost per one (None: too few words)


def time_cases(size: int, names: list[str] | None = None) -> tuple[float, list[Row]]:
    texts = corpus_texts()
    for t in texts:  # warm up: every lazily compiled pattern the corpus needs
        parse_article(t)
    rows: list[Row] = []
    baselines = [ordinary_s_per_mb(texts)]
    ordinary_density = sum(trigger_words(t) for t in texts) / sum(len(t) for t in texts)
    for name in names or list(CASES):
        what, build = CASES[name]
        parse_article(build(400))  # compile what this case needs before timing it
        small, full = build(size // 4), build(size)
        t_small = min(_clock(lambda s=small: parse_article(s)) for _ in range(2))  # type: ignore[misc]
        t_full = _clock(lambda s=full: parse_article(s))  # type: ignore[misc]
        baselines.append(ordinary_s_per_mb(texts))
        base = sorted(baselines[-2:])[0]
        per_mb = t_full / len(full) * 1e6
        growth = per_mb / max(1e-9, t_small / len(small) * 1e6)
        words = trigger_words(full)
        # only meaningful where the rules have many words to act on
        per_trigger = (per_mb / (words / len(full))) / (base / ordinary_density) if words >= 100 else None
        rows.append(Row(name, what, len(full), t_full, per_mb, per_mb / base, growth, per_trigger))
        print(f"{name:22s} {len(full):>9,} chars {t_full:7.2f} s  ratio {per_mb / base:5.2f}  growth {growth:4.2f}"
              f"  per trigger {'-' if per_trigger is None else f'{per_trigger:4.2f}'}", flush=True)
    return min(baselines), rows


# --- the pattern audit -----------------------------------------------------------------------------

INF = -1  # an unbounded maximum


@dataclass
class Node:
    kind: str  # "atom", "seq", "alt", "group", "quant"
    text: str = ""  # an atom's source
    items: list[Node] = field(default_factory=list)
    group: str = ""  # "", "look", "lookbehind", "atomic", "cond"
    low: int = 1
    high: int = 1
    possessive: bool = False


class _Parser:
    """Enough of the `regex` syntax to see repeats, groups, alternatives and atoms."""

    def __init__(self, pattern: str, version1: bool) -> None:
        self.p = pattern
        self.i = 0
        self.v1 = version1

    def parse(self) -> Node:
        node = self._alt()
        return node

    def _alt(self) -> Node:
        branches = [self._seq()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self._seq())
        return branches[0] if len(branches) == 1 else Node("alt", items=branches)

    def _seq(self) -> Node:
        items: list[Node] = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            atom = self._atom()
            if atom is None:
                continue
            items.append(self._quantified(atom))
        return Node("seq", items=items)

    def _quantified(self, atom: Node) -> Node:
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in "*+?":
                low, high = {"*": (0, INF), "+": (1, INF), "?": (0, 1)}[c]
                self.i += 1
            elif c == "{":
                m = regex.match(r"\{(\d*)(?:(,)(\d*))?\}", p[self.i :])
                if not m or (not m.group(1) and not m.group(3) and m.group(2) is None):
                    return atom
                low = int(m.group(1) or 0)
                high = (int(m.group(3)) if m.group(3) else INF) if m.group(2) else low
                self.i += m.end()
            else:
                return atom
            possessive = False
            if self.i < len(p) and p[self.i] in "?+":
                possessive = p[self.i] == "+"
                self.i += 1
            atom = Node("quant", items=[atom], low=low, high=high, possessive=possessive)
        return atom

    def _atom(self) -> Node | None:
        p, start = self.p, self.i
        c = p[self.i]
        if c == "(":
            return self._group()
        if c == "[":
            self._set()
            return Node("atom", p[start : self.i])
        if c == "\\":
            m = regex.match(r"\\(?:[pP]\{[^}]*\}|[pP]\w|N\{[^}]*\}|x[0-9a-fA-F]{2}|x\{[^}]*\}|u[0-9a-fA-F]{4}"
                            r"|U[0-9a-fA-F]{8}|g<[^>]*>|k<[^>]*>|0[0-7]{0,2}|[1-9]\d?|.)", p[self.i :], regex.DOTALL)
            assert m is not None
            self.i += m.end()
            text = m.group()
            if text in ("\\b", "\\B", "\\A", "\\Z", "\\z", "\\G", "\\m", "\\M", "\\K"):
                return Node("atom", "", low=0, high=0)  # zero-width
            return Node("atom", text)
        self.i += 1
        if c in "^$":
            return Node("atom", "", low=0, high=0)
        return Node("atom", c)

    def _set(self) -> None:
        p = self.p
        self.i += 1
        if self.i < len(p) and p[self.i] == "^":
            self.i += 1
        if self.i < len(p) and p[self.i] == "]":
            self.i += 1
        depth = 1
        while self.i < len(p) and depth:
            c = p[self.i]
            if c == "\\":
                self.i += 2
                continue
            if c == "[" and p.startswith("[:", self.i):
                end = p.find(":]", self.i + 2)
                self.i = end + 2 if end >= 0 else self.i + 1
                continue
            if c == "[" and self.v1:
                depth += 1
            elif c == "]":
                depth -= 1
            self.i += 1

    def _group(self) -> Node | None:
        p = self.p
        self.i += 1
        kind = ""
        if p.startswith("?", self.i):
            m = regex.match(r"\?(?:P?<[A-Za-z_]\w*>|:|=|!|<=|<!|>|\||P=\w+\)|#[^)]*\)|\(\w+\)|[a-zA-Z-]+:|[a-zA-Z-]+\)"
                            r"|R\)|\d+\))", p[self.i :])
            if m is None:
                raise ValueError(f"unknown group at {self.i}: {p[self.i:self.i + 10]!r}")
            head = m.group()
            self.i += m.end()
            if head.endswith(")") and not head.startswith("?("):  # (?i), (?#...), (?P=name), (?R), (?1)
                return None if not head.startswith(("?P=", "?R", "?1")) else Node("atom", "x")
            if head in ("?=", "?!"):
                kind = "look"
            elif head in ("?<=", "?<!"):
                kind = "lookbehind"
            elif head == "?>":
                kind = "atomic"
            elif head.startswith("?("):
                kind = "cond"
        body = self._alt()
        if self.i < len(p) and p[self.i] == ")":
            self.i += 1
        return Node("group", items=[body], group=kind)


_SAMPLE = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t.,;:!?'\"-()[]{}/\\|@#$%^&*+=<>~`_"
    "’‘“”–—…\xa0éßİ٣中\u200b\u0301\n"
)


def _charset(atom: str, flags: int) -> frozenset[str]:
    """The sample characters a single atom matches (found by asking the regex module)."""
    if not atom:
        return frozenset()
    try:
        compiled = regex.compile(atom, flags & ~regex.VERBOSE)
    except regex.error:
        return frozenset(_SAMPLE)
    return frozenset(c for c in _SAMPLE if compiled.fullmatch(c))


def _first(node: Node, flags: int) -> tuple[frozenset[str], bool]:
    """(characters that can start a match of `node`, can it match empty)."""
    if node.kind == "atom":
        return (_charset(node.text, flags), True) if node.high == 0 else (_charset(node.text, flags), False)
    if node.kind == "quant":
        chars, empty = _first(node.items[0], flags)
        return chars, empty or node.low == 0
    if node.kind == "group":
        if node.group in ("look", "lookbehind"):
            return frozenset(), True
        return _first(node.items[0], flags)
    if node.kind == "alt":
        out: set[str] = set()
        empty = False
        for b in node.items:
            c, e = _first(b, flags)
            out |= c
            empty = empty or e
        return frozenset(out), empty
    out = set()
    for item in node.items:
        c, e = _first(item, flags)
        out |= c
        if not e:
            return frozenset(out), False
    return frozenset(out), True


def _unbounded_atoms(node: Node) -> Iterator[Node]:
    """Unbounded, backtracking repeats inside `node` (not inside atomic groups)."""
    if node.kind == "quant" and node.high == INF and not node.possessive:
        yield node
    if node.kind == "group" and node.group == "atomic":
        return
    if node.kind == "quant" and node.possessive:
        return
    for item in node.items:
        yield from _unbounded_atoms(item)


def _all_chars(node: Node, flags: int) -> frozenset[str]:
    """Every sample character any atom inside `node` can match (lookarounds left out)."""
    if node.kind == "group" and node.group in ("look", "lookbehind"):
        return frozenset()
    if node.kind == "atom":
        return _charset(node.text, flags)
    out: set[str] = set()
    for item in node.items:
        out |= _all_chars(item, flags)
    return frozenset(out)


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for item in node.items:
        yield from _walk(item)


def _branches(body: Node) -> list[list[Node]]:
    """The repeated body as sequences of items: one per alternative (an iteration may pick any)."""
    while body.kind == "group" and body.group == "" and len(body.items) == 1:
        body = body.items[0]
    if body.kind == "alt":
        return [b.items if b.kind == "seq" else [b] for b in body.items]
    return [body.items if body.kind == "seq" else [body]]


def _ambiguous(items: list[Node], flags: int) -> list[str]:
    """Unbounded repeats of one iteration that can run into one another, this iteration or the
    next, with no required element they cannot match in between (so the text between them can
    be split many ways: backtracking that grows polynomially or worse)."""
    out = []
    k = len(items)
    for j, item in enumerate(items):
        mine = [u for u in _unbounded_atoms(item)]
        if not mine:
            continue
        chars = frozenset().union(*(_all_chars(u.items[0], flags) for u in mine))
        for step in range(1, k + 1):
            other = items[(j + step) % k]
            first, empty = _first(other, flags)
            if other.kind == "group" and other.group in ("look", "lookbehind"):
                continue
            if not empty and not (first & chars):
                break  # a separator X cannot run through
            theirs = [u for u in _unbounded_atoms(other)]
            if theirs and chars & frozenset().union(*(_all_chars(u.items[0], flags) for u in theirs)):
                out.append(_source(mine[0]) + " runs into " + _source(theirs[0]))
                break
    return out


def static_findings(pattern: str, flags: int) -> list[str]:
    """Nested unbounded repetition with nothing to separate the iterations, overlapping
    repeated alternatives, unbounded lookbehinds."""
    tree = _Parser(pattern, bool(flags & regex.VERSION1)).parse()
    out: list[str] = []
    fullcase = bool(flags & regex.IGNORECASE) and bool(flags & (regex.VERSION1 | regex.FULLCASE))
    if fullcase or regex.search(r"\(\?[a-zA-Z]*f[a-zA-Z]*[:)]", pattern):
        # the regex module's full case folding backtracks exponentially on runs of i, s or f
        # when a repeated character set is followed by alternatives
        out.append("full case folding (VERSION1 with IGNORECASE)")
    for node in _walk(tree):
        if node.kind == "group" and node.group == "lookbehind" and any(True for _ in _unbounded_atoms(node.items[0])):
            out.append("unbounded repeat inside a lookbehind")
        if node.kind != "quant" or node.high != INF or node.possessive:
            continue
        branches = _branches(node.items[0])
        for items in branches:
            out += ["nested unbounded repeat: " + f for f in _ambiguous(items, flags)]
        if len(branches) > 1:
            firsts = [_first(Node("seq", items=b), flags)[0] for b in branches]
            if any(a & b for i, a in enumerate(firsts) for b in firsts[i + 1 :]):
                out.append("repeated alternatives that can start alike")
    return sorted(set(out))


def _source(node: Node) -> str:
    inner = node.items[0]
    return (inner.text or "(group)") + {0: "*", 1: "+"}.get(node.low, f"{{{node.low},}}")


@dataclass
class Pattern:
    where: str
    pattern: str
    flags: int


def iter_patterns() -> Iterator[Pattern]:
    """Every regex of the package: module-level compiled/lazy patterns and inline literal patterns."""
    from diplomacy_facts.lazy import LazyPattern

    seen: set[tuple[str, int]] = set()
    for info in pkgutil.iter_modules(diplomacy_facts.__path__):
        try:
            module = importlib.import_module(f"diplomacy_facts.{info.name}")
        except ImportError:
            continue
        found: list[tuple[str, Any]] = []
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value if isinstance(
                value, tuple | list | frozenset | set) else [value]
            found += [(name, v) for v in values]
        for name, value in found:
            if isinstance(value, LazyPattern):
                key = (value.pattern, value._flags)
            elif isinstance(value, regex.Pattern):
                key = (value.pattern, value.flags)
            else:
                continue
            if key not in seen:
                seen.add(key)
                yield Pattern(f"{info.name}.{name}", key[0], key[1])
        path = Path(module.__file__ or "")
        for lineno, text, flags in _inline(path, vars(module)):
            if (text, flags) not in seen:
                seen.add((text, flags))
                yield Pattern(f"{info.name}:{lineno}", text, flags)


_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "lazy_compile"}


def _flags_of(expr: ast.expr | None, env: dict[str, Any]) -> int:
    if expr is None:
        return 0
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name) and expr.value.id == "regex":
        return int(getattr(regex, expr.attr, 0))
    if isinstance(expr, ast.Name):
        value = env.get(expr.id, 0)
        return int(value) if isinstance(value, int) else 0
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):
        return _flags_of(expr.left, env) | _flags_of(expr.right, env)
    return 0


def _inline(path: Path, env: dict[str, Any]) -> Iterator[tuple[int, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if name not in _CALLS or (isinstance(func, ast.Attribute) and owner != "regex"):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            flag_arg = next((kw.value for kw in node.keywords if kw.arg == "flags"), None)
            if flag_arg is None:
                position = 1 if name in ("compile", "lazy_compile") else 2 if name in (
                    "search", "match", "fullmatch", "finditer", "findall", "split") else 3
                flag_arg = node.args[position] if len(node.args) > position else None
            yield node.lineno, first.value, _flags_of(flag_arg, env)


def _pumps(pattern: str) -> list[str]:
    words = sorted(set(regex.findall(r"(?<![\\\w])[a-z]{3,}", pattern)))[:6]
    units = [" ", "a", "1", "a ", "1,", ", ", "A ", ". ", "-", "'s ", "(", "aa-", "1 a ", "i", "s", "ini", "fi"]
    units += [w + " " for w in words] + [w.capitalize() + " " for w in words[:2]]
    return units


def probe(p: Pattern, small: int = 1000, big: int = 4000) -> list[str]:
    """The first pumped string on which `p` scans super-linearly (finditer from every position)."""
    compiled = regex.compile(p.pattern, p.flags)
    out: list[str] = []
    for unit in _pumps(p.pattern):
        if out:
            break
        times: list[float] = []
        for n in (small, big):
            text = _rep(unit, n) + "!"
            start = time.perf_counter()
            try:
                for _ in compiled.finditer(text, timeout=1.0):
                    pass
            except TimeoutError:
                out.append(f"{unit.strip() or repr(unit)}×{n}: over 1 s")
                break
            times.append(time.perf_counter() - start)
        if len(times) == 2 and times[1] > 0.01 and times[1] / max(times[0], 1e-6) > 2.5 * big / small:
            grew = times[1] / times[0]
            out.append(f"{unit.strip() or repr(unit)}×{big}: {times[1] * 1e3:.0f} ms (×{grew:.0f} for ×4 the length)")
    return out


def audit() -> tuple[int, list[tuple[Pattern, list[str], list[str]]]]:
    found = []
    count = 0
    for p in iter_patterns():
        count += 1
        static = static_findings(p.pattern, p.flags)
        dynamic = probe(p)
        if static or dynamic:
            found.append((p, static, dynamic))
    return count, found


# --- report ---------------------------------------------------------------------------------------


def write_report(path: Path, base: float, rows: list[Row], audited: tuple[int, list[Any]] | None,
                 size: int) -> None:
    lines = [
        "# Adversarial inputs: time per MB against ordinary news",
        "",
        "Written by `python benchmarks/adversarial.py` (CPU time of one process; the numbers vary with",
        "the machine, the ratios much less). Ordinary articles: the annotated corpus (tests/corpus),",
        f"parsed in the same run: **{base:.1f} s per MB**. Each adversarial text is {size:,} characters;",
        "*ratio* is its cost per MB over the ordinary cost per MB (goal <= 2, the tests assert <= 6 on",
        "smaller inputs); *growth* is its cost per MB at full size over that at a quarter of the size",
        "(about 1 when the work is linear in the length); *per trigger* is its cost per transfer or",
        "mission word (what the rules act on) over the ordinary cost per such word: an input dense with",
        "such words costs more per MB, but not more per word, when no rule misbehaves (— for an input",
        "with fewer than 100 such words).",
        "",
        "| input | what | chars | seconds | s/MB | ratio | growth | per trigger |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r.name} | {r.what.replace('|', '/')} | {r.chars:,} | {r.seconds:.2f} | {r.s_per_mb:.1f} | "
                     f"{r.ratio:.2f} | {r.growth:.2f} | {'—' if r.per_trigger is None else f'{r.per_trigger:.2f}'} |")
    if audited is not None:
        count, found = audited
        lines += [
            "",
            "## Pattern audit",
            "",
            f"{count} patterns (module-level compiled and lazy patterns, and literal patterns of inline calls).",
            "*static*: nested unbounded repetition with no separator, repeated alternatives that can start",
            "alike, unbounded lookbehinds. *probe*: `finditer` (a scan from every position, harsher than",
            "most real uses, which search once or match at one place) over pumped strings of 1,000 and",
            "4,000 characters; flagged when the time grows more than 2.5 times faster than the length.",
            "",
        ]
        static = [(p, f) for p, fs, _ in found for f in fs]
        probed = [(p, d) for p, _, ds in found for d in ds]
        lines += [f"**Static findings: {len(static)}.**", ""]
        if static:
            lines += ["| pattern | finding | reviewed |", "|---|---|---|"]
            lines += [f"| {p.where}: `{_cell(p.pattern)}` | {f} | {REVIEWED.get((p.where, f), 'no')} |"
                      for p, f in static]
            lines.append("")
        runs = Counter(d.split("×")[0] for _, d in probed)
        kinds = ", ".join(f"{n} on runs of {unit!s}" for unit, n in runs.most_common())
        lines += [
            f"**Probe findings: {len(probed)}** ({kinds}). These patterns are applied to one sentence at a",
            "time, at given positions; a sentence is at most 600 characters (text.MAX_SENTENCE), so their",
            "worst case is bounded per sentence and the work per article stays linear (the timing table",
            "above includes long runs of spaces, tabs and letters). The only patterns applied to whole",
            "lines are text.py's boilerplate patterns, tried on lines of at most 2,000 characters.",
            "",
            "<details><summary>The patterns the probe flagged</summary>",
            "",
            "| pattern | probe |",
            "|---|---|",
        ]
        lines += [f"| {p.where}: `{_cell(p.pattern)}` | {d} |" for p, d in probed]
        lines += ["", "</details>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


#: static findings looked at by hand: (where, finding) -> why it is harmless
REVIEWED = {
    ("text._SHORT_BOILERPLATE", "nested unbounded repeat: [\\w -]* runs into \\s*"):
        "the hashtag-line pattern; tried only on lines of at most 12 words and 2,000 characters, where "
        "a run of spaces shared by two repeats costs at most quadratic time in that run",
}


def _cell(pattern: str) -> str:
    src = pattern if len(pattern) < 90 else pattern[:87] + "..."
    return src.replace("|", "\\|").replace("`", "'")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--size", type=int, default=100_000, help="characters per adversarial input")
    ap.add_argument("--cases", help="comma-separated case names (default: all)")
    ap.add_argument("--no-audit", action="store_true")
    ap.add_argument("--audit-only", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "ADVERSARIAL.md")
    args = ap.parse_args(argv)
    audited = None
    if not args.no_audit:
        audited = audit()
        print(f"audit: {audited[0]} patterns, {len(audited[1])} with findings", flush=True)
        for p, static, dynamic in audited[1]:
            print(f"  {p.where}: {p.pattern[:100]!r}\n    static: {static}\n    probe: {dynamic}", flush=True)
        if args.audit_only:
            return
    base, rows = time_cases(args.size, args.cases.split(",") if args.cases else None)
    print(f"ordinary: {base:.1f} s/MB", flush=True)
    write_report(args.out, base, rows, audited, args.size)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

"""How many, with the bound kept: numbers in news text -> `Quantity` and its counted noun.

`find_quantities` reads counts left to right ("more than 1 million artillery shells",
"nearly 25 percent of its embassies", "dozens of", "between 10 and 12 missiles") and keeps
the counted noun as written (`QuantityMention.noun`); its head, singularised and lower-cased,
is the unit ("artillery shells" -> "shell"; "percent" for shares, whose `noun` is then the
whole they are a share of). Left out, because they are no counts: years, dates, times, phone
numbers, model numbers ("S-400", "Leopard 2", "Type 99"), calibres (`find_calibres`), money
(`find_prices`, and `find_money` with its bound), ordinals (`find_ordinals`), "one of" and the
pronoun "one", hyphenated modifiers ("a 10-day visit", "a 5,000-strong force").

Conventions (shared/corpus/SCHEMA.md, Quantity):
- A range ("between 1 million and 1.5 million", "10-12", "1 to 2 million", "two or three")
  gives value = low end, bound LOWER, `upper` = high end. "from 53 to 46" is a change: two numbers.
- Plural round numbers are lower bounds of two units: dozens 24, scores 40, tens of 20,
  hundreds 200, thousands 2000, tens of thousands 20000, millions 2000000; "several / a few /
  many hundred" likewise 200.
- Fractions and ratios are percentages, one decimal: "a quarter of" 25, "a third of" 33.3,
  "half of" 50, "two-thirds of" 66.7, "one in four" 25 (unit "percent").
- "nearly", "almost", "close to" are upper bounds; "or more", "100-plus", "100+" lower, "or so" approx.
- "several", "a number of", "many", "a few", "a couple of" give no number; "a pair of" is 2 and
  "a single" 1, exact ("not a single" none).
- Thousands may be grouped by commas or by a no-break, narrow no-break or thin space (300 000).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from decimal import Decimal

import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.memo import remembered
from diplomacy_facts.model import Bound, Quantity
from diplomacy_facts.noncounts import CALIBRE, find_calibres, find_money, find_ordinals, find_prices, money_spans
from diplomacy_facts.numbers import (
    BOUND_OF,
    FLAGS,
    FRAC,
    FRACTIONS,
    MONTH,
    NUMCORE,
    NUMS,
    PCT,
    POST,
    POST_BOUND,
    QUAL,
    ROUND,
    SCALES,
    SMALL,
    TENS,
    QuantityMention,
    bound_of,
    clean_number,
    load_lexicon,
    number_value,
    round_value,
    year_like,
)

__all__ = [
    "QuantityMention",
    "find_calibres",
    "find_money",
    "find_ordinals",
    "find_prices",
    "find_quantities",
    "parse_quantity",
    "singularise",
]


_STOP = frozenset(load_lexicon("numbers_stopwords"))
_NOUNS = {p[0]: (p[1] if len(p) > 1 else p[0])
          for p in (line.split(maxsplit=1) for line in load_lexicon("numbers_nouns"))}
_DESIGNATORS = frozenset(load_lexicon("numbers_designators"))

# words for one or two of something: "a pair of frigates" (2), "a single submarine" (1); as
# "several" and "a few", "a couple of" and "a handful of" give no number (they are loose)
_FEW = r"\ba\s+pair\s+of\b|\ba\s+single\b"
_FEW_VALUE = {"pair": (2, Bound.EXACT), "single": (1, Bound.EXACT)}
_QUANT = lazy_compile(
    rf"(?:(?P<qual>{QUAL})\s+)?"
    rf"(?:between\s+(?P<lo>{NUMS})(?P<lopct>{PCT})?\s+and\s+(?P<hi>{NUMCORE})"
    rf"|(?P<lo>{NUMS})(?P<lopct>{PCT})?(?:(?<=[\d%])\s*[-–—]\s*|\s+(?:[-–—]|to|or)\s+)(?P<hi>{NUMCORE})"
    rf"|(?P<round>{ROUND})|(?P<frac>{FRAC})|(?P<few>{_FEW})"
    rf"|(?P<rn>{NUMS})\s+(?:in|out\s+of)\s+(?P<rd>{NUMCORE})"
    rf"|(?P<num>{NUMS}))(?P<pct>{PCT})?(?P<post>{POST})?",
    FLAGS,
)
_STARTERS = frozenset(
    [w.split()[0].rstrip(".") for w in BOUND_OF] + list(SMALL) + list(TENS) + list(SCALES)
    + "a an half between dozen dozens scores tens hundreds thousands millions billions several many well just slightly"
      " far much".split())
_WORD_START = lazy_compile(r"\w+")
_SINGLE = lazy_compile(rf"(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUMS})(?P<pct>{PCT})?(?P<post>{POST})?", FLAGS)

_NOT_COUNTS = lazy_compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{MONTH}(?!\w)"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|(?i:[ap]m)\b)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*o['’]clock\b"
    r"|\b\d{1,2}[.:]\d{2}\s*(?:GMT|UTC|Zulu|[A-Z]{1,3}T)\b"
    r"|\b[012]\d[0-5]\d\s*(?:GMT|UTC|hrs|hours|local\s+time|Zulu|[A-Z]{1,3}T)\b"
    r"|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,6}|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b"
    r"|(?i:\b(?:tel|phone|telephone|hotline|fax|whatsapp)\b)[.:]?\s*(?:no\.?\s*)?[\d(][\d\s().-]{5,18}\d"
)

_SP = r"[^\S\n]"
_NP_TOKEN = lazy_compile(
    rf"{_SP}+(?:(?P<cal>\d{{1,3}}(?:\.\d{{1,2}})?[ -]?(?:mm|millimet(?:er|re)s?)(?!\w))"
    r"|(?P<mod>\d[\d,.]*-[A-Za-z][\w-]*)|(?P<word>(?:[A-Z]\.){2,}|[A-Za-z][\w'’]*(?:[-./][\w'’]+){0,4})"
    r"|(?P<digit>\d+[A-Za-z][\w/-]*|\d+)(?![\w,.]\d))"
)
_DET = (r"(?:the|its|their|his|her|our|these|those|all(?:\s+the|\s+its|\s+their)?"
        r"|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)")
_PARTITIVE = lazy_compile(rf"{_SP}+of(?:{_SP}+{_DET})?(?={_SP})")
_DET_ONLY = lazy_compile(rf"(?:{_SP}+of)?{_SP}+{_DET}(?={_SP})")
_PREV_WORD = lazy_compile(r"([A-Za-z][\w.'’]*)\W{0,2}$")
_YEAR_PREV = frozenset(
    "in since by until till from before after during of early mid late the through throughout to and between"
    " spring summer autumn fall winter year fiscal fy".split())
_PLURAL_MODIFIERS = frozenset(("arms", "goods", "parts", "sales"))  # "arms shipments", "spare parts deliveries"
_LEADERS = frozenset("more other additional further fewer less".split())
_NO_ONE_PREV = frozenset("the this that every each any no which another last".split())


def singularise(noun: str) -> str:
    """The singular of a (last) noun: shells -> shell, batteries -> battery; aircraft stays."""
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low in _NOUNS:
        sing = _NOUNS[low]
    elif not last or last.isupper() or len(low) <= 3 or low.endswith(("ss", "us", "is", "'s", "’s")):
        sing = last
    elif low.endswith("ies") and len(low) > 4:
        sing = last[:-3] + "y"
    elif low.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        sing = last[:-2]
    elif low.endswith("s"):
        sing = last[:-1]
    else:
        sing = last
    return f"{head} {sing}" if head else sing


# --- the counted noun -----------------------------------------------------------------------------
def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in _NOUNS:
        return _NOUNS[low] != low or low == "arms"
    if word.isupper() or not word[:1].isalpha():
        return False
    if word[:-1].isupper() and word.endswith("s"):  # ICBMs, APCs
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def _is_invariant(word: str) -> bool:
    low = word.lower()
    return _NOUNS.get(low) == low or (len(word) > 1 and word.isalpha() and word.isupper())


def _unit(word: str) -> str:
    return _NOUNS.get(word.lower()) or singularise(word).lower()


def _head(tokens: list[tuple[str, int, int, str]], one: bool) -> int | None:
    """Index of the head noun of the phrase after a number, or None."""
    if one:
        head = None
        for i, (word, _, _, kind) in enumerate(tokens):
            low = word.lower()
            if _is_plural(word) and not _is_invariant(word):
                break
            if i and low.endswith(("ed", "ing")) and low not in _NOUNS:
                break
            if kind == "word" and word[:1].islower():
                head = i
        return head
    for i, (word, _, _, kind) in enumerate(tokens):
        if kind == "word" and _is_plural(word):
            while (i + 1 < len(tokens) and _is_plural(tokens[i + 1][0])
                   and (tokens[i][0].lower() in _PLURAL_MODIFIERS or tokens[i][0][:1].isupper())):
                i += 1
            return i
    return next((i for i, (word, _, _, kind) in enumerate(tokens) if kind == "word" and _is_invariant(word)), None)


def _noun(text: str, pos: int, *, one: bool, of_only: bool, frac: bool) -> tuple[str | None, str | None, int]:
    """(noun as written, unit, end) of the counted noun after a number ending at `pos`."""
    lead = (_DET_ONLY if frac else _PARTITIVE).match(text, pos)
    if lead is None and of_only:
        return None, None, pos
    p = lead.end() if lead else pos
    tokens: list[tuple[str, int, int, str]] = []
    while len(tokens) < 5 and (t := _NP_TOKEN.match(text, p)) is not None:
        kind = next(k for k in ("cal", "mod", "word", "digit") if t.group(k))
        word, low = t.group(kind), t.group(kind).lower()
        if kind == "word" and not tokens and low in _LEADERS:
            pass  # "five more embassies", "three other consulates"
        elif kind == "word" and (low in _STOP or low in SMALL or low in TENS or low.split("-")[0] in TENS
                               or (len(low) > 4 and low.endswith("ly") and low not in _NOUNS)):
            break
        if kind == "digit" and word.isdigit() and not (tokens and tokens[-1][0][:1].isupper()):
            break
        tokens.append((word, t.start(kind), t.end(), kind))
        p = t.end()
    head = _head(tokens, one)
    if head is None and lead is not None and (of_only or frac):
        head = _head(tokens, True)  # a share of a whole: "20 percent of its diplomatic presence"
    if head is None:
        return None, None, pos
    return text[tokens[0][1] : tokens[head][2]], _unit(tokens[head][0]), tokens[head][2]


# --- masks: spans whose digits are no counts -------------------------------------------------------
def _masks(text: str) -> tuple[list[int], list[int]]:
    spans = [m.span() for m in _NOT_COUNTS.finditer(text)] + [m.span() for m in CALIBRE.finditer(text)]
    spans += [(s, e) for s, e, *_ in money_spans(text)]
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [s for s, _ in merged], [e for _, e in merged]


def _masked(masks: tuple[list[int], list[int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(masks[0], end) - 1
    return i >= 0 and masks[1][i] > start


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).lower().rstrip(".") if m else ""


# --- counts ---------------------------------------------------------------------------------------
_HALF_PREV = frozenset("first second the other latter former last top bottom back front".split())
_PERIOD_AFTER = lazy_compile(r"\s+of\s+(?:the\s+|this\s+|that\s+|a\s+)?(?:\d{4}|year|century|decade|month|season)\b",
                              FLAGS)
_ONE_OF = lazy_compile(r"\s+of\b", FLAGS)
_RANGE_PREV = frozenset(("from",))
_PLURAL_NEXT = lazy_compile(rf"{_SP}+[A-Za-z]+s\b")
_HYPHENATED = lazy_compile(r"[-–][^\W_]")
_PHRASE_TAIL = lazy_compile(r"(?:\s+of)?[\s.,;:!?)]*")


def _interpret(text: str, m: regex.Match[str], masks: tuple[list[int], list[int]], bare_one: bool = False
               ) -> QuantityMention | None:
    g = m.groupdict()
    qual = g.get("qual")
    bound = bound_of(qual) if qual else None
    pct, post = g.get("pct") or g.get("lopct"), g.get("post")
    end, upper, one, frac, scale = m.end(), None, False, False, 1
    core = "lo" if g.get("lo") else "round" if g.get("round") else "frac" if g.get("frac") else (
        "few" if g.get("few") else "rn" if g.get("rn") else "num")
    cs, ce = m.span(core)
    if core == "lo":
        lo, hi = number_value(g["lo"]), number_value(g["hi"])
        if not lo or not hi or lo[2] < len(g["lo"]) or hi[2] < len(g["hi"]):
            return None
        low, high = lo[0], hi[0]
        if lo[1] == 1 and hi[1] > 1 and low <= high / hi[1]:
            low *= hi[1]
        if low >= high or year_like(g["lo"], lo[1]) or _prev_word(text, cs) in _RANGE_PREV:
            return None
        value, upper, bound, ce = low, clean_number(high), Bound.LOWER, m.end("hi")
    elif core == "round":
        value, bound = round_value(g["round"]), bound if bound == Bound.UPPER else Bound.LOWER
    elif core == "few":
        if pct or post or qual or _prev_word(text, cs) in ("not", "nor", "without"):
            return None  # "a pair of percent", "about a pair of", "not a single": no count
        count, bound = _FEW_VALUE[g["few"].split()[1].lower()]
        value, one = Decimal(count), count == 1  # "a single frigate": a singular noun follows
    elif core == "frac":
        words = g["frac"].lower().replace("-", " ").split()
        if _prev_word(text, cs) in _HALF_PREV or _PERIOD_AFTER.match(text, ce):
            return None
        n = 1 if len(words) == 1 or words[0] in ("a", "one") else SMALL[words[0]]
        value, frac, pct = round(Decimal(100 * n) / FRACTIONS[words[-1].rstrip("s")], 1), True, "%"
    elif core == "rn":
        top, bottom = number_value(g["rn"]), number_value(g["rd"])
        if not top or not bottom or not 0 < top[0] < bottom[0] <= 1000 or year_like(g["rd"], bottom[1]):
            return None
        value, pct, ce = round(100 * top[0] / bottom[0], 1), "%", m.end("rd")
    else:
        parsed = number_value(g["num"])
        if parsed is None:
            return None
        value, scale, used = parsed
        if used < len(g["num"]):  # number words ran on ("two three"): keep the valid start
            ce = end = cs + used
            pct = post = None
        raw = g["num"][:used]
        one = value == 1 and scale == 1
        prev = _prev_word(text, cs)
        if raw[0].isdigit() and prev in _DESIGNATORS:
            return None
        if raw.lower() == "one" and (_ONE_OF.match(text, end) or prev in _NO_ONE_PREV):
            return None
        if year_like(raw, scale) and not pct and not post:
            nxt = _NP_TOKEN.match(text, end)
            word = nxt.group("word") if nxt else None
            if not word or not (_is_plural(word) or _is_invariant(word)) or (not qual and prev in _YEAR_PREV):
                return None
        if raw[-1:] in "mM" and not _PLURAL_NEXT.match(text, end):
            return None  # "500m" is metres unless a plural noun follows ("2m shells")
    if _masked(masks, cs, ce) or _HYPHENATED.match(text, end):
        return None
    if bound is None:
        bound = POST_BOUND.get(post.strip(" -").split()[-1].lower(), Bound.EXACT) if post else Bound.EXACT
    noun, unit, noun_end = _noun(text, end, one=one, of_only=bool(pct) and core != "rn", frac=frac)
    if one and noun is None and not bare_one:
        return None  # the pronoun "one"
    if pct:
        unit = "percentage point" if "point" in pct.lower() else "percent"
    quantity = Quantity(clean_number(Decimal(value)), bound, unit, text[m.start() : end].strip(), upper)
    return QuantityMention(quantity, m.start(), max(end, noun_end), noun)


@remembered
def find_quantities(text: str) -> list[QuantityMention]:
    """Every stated amount in `text`, left to right, non-overlapping (money, dates, models left out).

    >>> [(q.quantity.value, q.quantity.bound.value, q.quantity.unit, q.noun)
    ...  for q in find_quantities("It sent more than 1 million artillery shells and 2,000 containers.")]
    [(1000000.0, 'lower', 'shell', 'artillery shells'), (2000.0, 'exact', 'container', 'containers')]
    """
    return _find(text)


def _starts(text: str) -> Iterator[int]:
    """Where a quantity can begin: a digit or a word that opens a number or a qualifier (cheap prefilter)."""
    for w in _WORD_START.finditer(text):
        word = w.group()
        if word[0].isdigit() or word.lower() in _STARTERS:
            yield w.start()


def _find(text: str, bare_one: bool = False) -> list[QuantityMention]:
    masks: tuple[list[int], list[int]] | None = None  # read when a first number is found
    out: list[QuantityMention] = []
    pos = 0
    for start in _starts(text):
        if start < pos or (m := _QUANT.match(text, start)) is None:
            continue
        if masks is None:
            masks = _masks(text)
        found = _interpret(text, m, masks, bare_one)
        nxt = m.end()
        if found is None and (m.group("lo") or m.group("rn")):  # a range or ratio that is none: the first number
            single = _SINGLE.match(text, m.start())
            if single is None and m.group("lo"):
                single = _SINGLE.match(text, m.start("lo"))
            if single is not None:
                found, nxt = _interpret(text, single, masks, bare_one), single.end()
        if found is not None:
            out.append(found)
            nxt = found.end
        pos = max(nxt, m.start() + 1)
    return out


def parse_quantity(phrase: str) -> Quantity | None:
    """The quantity a whole phrase states ("nearly 25 percent", "more than a dozen", "dozens of"), or None."""
    text = phrase.strip()
    found = _find(text, bare_one=True)
    if not found or found[0].start != 0 or not _PHRASE_TAIL.fullmatch(text, found[0].end):
        return None
    return found[0].quantity



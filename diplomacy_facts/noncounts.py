"""Numbers that are no counts: amounts of money, gun calibres and ordinal ranks.

`quantities` masks these spans out of its counts; the extractors read them as attributes
(a price, "155 mm" on a shell, "the fifth embassy to close").
"""

from __future__ import annotations

import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.memo import remembered
from diplomacy_facts.model import Bound, Quantity
from diplomacy_facts.numbers import (
    FLAGS,
    MONTH,
    NUMCORE,
    NUMS,
    QUAL,
    ROUND,
    ROUND_RE,
    TENS,
    QuantityMention,
    alternation,
    bound_of,
    clean_number,
    load_lexicon,
    number_value,
    round_value,
    year_like,
)

_ONE_OF = lazy_compile(r"\s+of\b", FLAGS)



_CURRENCIES = [tuple(line.split("\t")) for line in load_lexicon("numbers_currencies")]

CALIBRE = lazy_compile(
    r"(?<![\w.,])(?P<mm>\d{1,3}(?:\.\d{1,2})?(?:[x×]\d{1,3})?)\s?-?\s?(?:mm|millimet(?:er|re)s?)(?!\w)"
    r"|(?<![\w.,])(?P<cal>(?:\d{1,2})?\.\d{2,3}|\d{2,3})[\s-]?cal(?:ibre|iber)?(?!\w)\.?"
    r"|(?<![\w.,])(?P<inch>\d{1,2}(?:\.\d)?)-inch\b",
    regex.IGNORECASE,
)

_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
_ORDINAL_WORDS |= {w: 10 * (i + 2) for i, w in enumerate(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split())}
_ORDINAL_WORDS |= {"hundredth": 100, "thousandth": 1000}
_ORDINAL = lazy_compile(
    rf"(?<![\w.,])(?P<n>\d{{1,4}})(?:st|nd|rd|th)\b"
    rf"|\b(?:(?P<tens>{alternation(TENS)})-)?(?P<w>{alternation(_ORDINAL_WORDS)})\b",
    regex.IGNORECASE,
)
_DATE_SIDE = lazy_compile(rf"(?:{MONTH}\s+$)|(?:^\s+(?:of\s+)?{MONTH}(?!\w))")

_A_BEFORE = lazy_compile(r"\b(?:a|one)[\s-]$", FLAGS)
_QUAL_TAIL = lazy_compile(rf"(?P<qual>{QUAL})\s+$", FLAGS)


_CUR_BEFORE = {c[0]: c for c in _CURRENCIES if c[3] in ("before", "both")}
_CUR_AFTER = {c[0].lower(): c for c in _CURRENCIES if c[3] in ("after", "both", "scaled")}
_MONEY_BEFORE = lazy_compile(rf"(?<![\w$])(?P<sym>{alternation(_CUR_BEFORE)})\s?(?P<a>(?i:{NUMCORE}))")
_MONEY_WORD = lazy_compile(rf"(?<=[\d\w])(?P<sp>(?:\s+of)?\s+)(?P<word>(?i:{alternation(_CUR_AFTER)}))\b")
_AMOUNT_BEFORE = lazy_compile(rf"(?:{NUMS}|{ROUND})$", FLAGS)


@remembered
def money_spans(text: str) -> list[tuple[int, int, float, str, str, bool]]:
    """(start, end, value, ISO code, unit noun, is a plural round number) of each amount of money."""
    found: list[tuple[int, int, str, tuple[str, ...]]] = []  # start, end, amount, currency row
    for m in _MONEY_BEFORE.finditer(text):
        found.append((m.start(), m.end(), m.group("a"), _CUR_BEFORE[m.group("sym")]))
    for m in _MONEY_WORD.finditer(text):
        amount = _AMOUNT_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if amount is not None:
            cur = _CUR_AFTER[" ".join(m.group("word").lower().split())]
            found.append((amount.start(), m.end(), amount.group(), cur))
    out: list[tuple[int, int, float, str, str, bool]] = []
    for start, end, amount, cur in sorted(found):
        if out and start < out[-1][1]:
            continue
        rounded = bool(ROUND_RE.fullmatch(amount))
        if rounded:
            value, scale = round_value(amount), 2
        else:
            parsed = number_value(amount)
            if parsed is None or parsed[2] < len(amount) or (cur[3] != "before" and year_like(amount, parsed[1])):
                continue
            value, scale = parsed[0], parsed[1]
        if cur[3] == "scaled" and scale == 1 and value < 1000:
            continue
        out.append((start, end, clean_number(value), cur[1], cur[2], rounded))
    return out


def find_prices(text: str) -> list[tuple[int, int, float, str]]:
    """Amounts of money: (start, end, value, ISO 4217 code) for "$3,000", "3 billion dollars", "€2bn"."""
    return [(s, e, v, code) for s, e, v, code, _, _ in money_spans(text)]


def find_money(text: str) -> list[QuantityMention]:
    """Amounts of money as quantities with their bound: "more than $740 million" -> 740000000, lower, "dollar"."""
    out: list[QuantityMention] = []
    for s, e, value, _, unit, rounded in money_spans(text):
        tail = _QUAL_TAIL.search(text, max(0, s - 40), s)
        start = tail.start() if tail else s
        bound = bound_of(tail.group("qual")) if tail else Bound.LOWER if rounded else Bound.EXACT
        out.append(QuantityMention(Quantity(value, bound, unit, text[start:e]), start, e, None))
    return out


def find_calibres(text: str) -> list[tuple[int, int, str]]:
    """Gun and shell calibres: (start, end, normalised) for "155mm" -> "155 mm", ".50-calibre" -> ".50 calibre"."""
    out: list[tuple[int, int, str]] = []
    for m in CALIBRE.finditer(text):
        norm = f"{m.group('mm')} mm" if m.group("mm") else (
            f"{m.group('cal')} calibre" if m.group("cal") else f"{m.group('inch')} inch")
        out.append((m.start(), m.end(), norm))
    return out


def find_ordinals(text: str) -> list[tuple[int, int, int]]:
    """Ranks: (start, end, n) for "the fifth embassy", "11th", "twenty-first"; dates and fractions left out."""
    out: list[tuple[int, int, int]] = []
    for m in _ORDINAL.finditer(text):
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 14]
        if _DATE_SIDE.search(before) or _DATE_SIDE.match(after):
            continue
        word = (m.group("w") or "").lower()
        if word and _A_BEFORE.search(before) and _ONE_OF.match(after):
            continue  # "a third of": a fraction
        n = int(m.group("n")) if m.group("n") else _ORDINAL_WORDS[word] + TENS.get((m.group("tens") or "").lower(), 0)
        out.append((m.start(), m.end(), n))
    return out

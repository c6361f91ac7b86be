"""The grammar of numbers in news text: number words, digits with separators and scales,
qualifiers and their bounds, and the value of a matched number.

Shared by `quantities` (counts) and `noncounts` (money, calibres, ordinals). Hand-written because
it is specific to how English news states amounts; the conventions are in `quantities`.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from importlib import resources

import attrs
import regex

from diplomacy_facts.fold import fold
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import Bound, Quantity
from diplomacy_facts.trie import trie_alternation


@attrs.frozen
class QuantityMention:
    """A stated amount: the quantity, its span (qualifier, number and noun) and the noun as written."""

    quantity: Quantity
    start: int
    end: int
    noun: str | None


def load_lexicon(name: str) -> list[str]:
    text = resources.files("diplomacy_facts").joinpath(f"data/lexicons/{name}.txt").read_text("utf-8")
    return [s for s in (line.split("#", 1)[0].strip() for line in text.splitlines()) if s]


def alternation(words: Iterable[str]) -> str:
    """Longest-first alternation of literal words, spaces matching any run of spaces."""
    items = set(words)  # as one trie (diplomacy_facts.trie): the same matches, found faster
    return trie_alternation([r"\s+" if ch == " " else regex.escape(ch) for ch in w] for w in items)



SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
           "billion": 10**9, "trillion": 10**12}
_SUFFIXES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12}
_ROUND_UNITS = {"dozen": 12, "score": 20, "ten": 10, "hundred": 100, "thousand": 10**3, "million": 10**6,
                "billion": 10**9}
FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
              "eighth": 8, "tenth": 10}
_QUALIFIERS = {
    Bound.APPROX: "about|around|some|roughly|approximately|approx.|circa|estimated|an estimated|in the region of"
    "|on the order of|in the order of|just about",
    Bound.LOWER: "over|above|exceeding|more than|at least|in excess of|upwards of|upward of|no fewer than"
    "|no less than|not less than|north of|a minimum of",
    Bound.UPPER: "nearly|almost|under|below|barely|as many as|up to|fewer than|less than|no more than|not more than"
    "|close to|a maximum of|at most|as much as|just shy of|short of",
}
BOUND_OF = {w: b for b, ws in _QUALIFIERS.items() for w in ws.split("|")}
POST_BOUND = {"more": Bound.LOWER, "so": Bound.APPROX, "fewer": Bound.UPPER, "less": Bound.UPPER,
               "+": Bound.LOWER, "plus": Bound.LOWER}

# --- patterns -------------------------------------------------------------------------------------
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_BIG = r"(?:dozen|hundred|thousand|million|billion)\b"
# thousands grouped by commas, Indian style (12,34,567), or by a no-break or thin space (300 000)
_DIG = r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_GROUPING = str.maketrans("", "", ",\u00a0\u202f\u2009")
_W = rf"(?:(?:{alternation(TENS)})(?:-(?:{_ONES}))?|{alternation(SMALL)}|{alternation(SCALES)}|dozen)\b"
_WORDS = rf"(?:an?\s+(?={_BIG}))?{_W}(?:(?:\s+and\s+|\s*-\s*|\s+){_W}){{0,12}}"
_SPECIAL = (rf"(?:half|a\s+quarter(?:\s+of)?|three[\s-]quarters\s+of|a\s+third\s+of)\s+an?\s+{_BIG}"
            rf"|(?:a\s+)?half[\s-]{_BIG}|(?:{_DIG}|{alternation(SMALL)})\s+and\s+a\s+half\s+{_BIG}")
_SCALED_DIG = rf"(?P<d>{_DIG})(?:\s*-?\s*(?P<sc>{alternation(SCALES)})\b|(?P<sx>{alternation(_SUFFIXES)})\b)?"
NUMCORE = (rf"(?:{_SPECIAL}|{_DIG}"
           rf"(?:\s*-?\s*(?:{alternation(SCALES)})\b|(?:{alternation(_SUFFIXES)})\b)?(?![.,:/]?\w|\s?°)"
            rf"|{_WORDS})")
NUMS = rf"(?<![\w$€£¥₩₽₹₺₪₦₴\#'’.,/:+-]){NUMCORE}"
PCT = r"(?:\s?%|\s*-?\s*(?:per\s?cent|pct)\b|\s+percentage\s+points?\b)"
POST = r"(?:\s+or\s+(?:more|so|fewer|less)\b|\+(?!\w)|-plus\b)"
QUAL = rf"\b(?:(?:well|just|slightly|far|much|a\s+little|a\s+bit)\s+)?(?:{alternation(BOUND_OF)})"
ROUND = (r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
          r"|(?:several|a\s+few|a\s+couple(?:\s+of)?|many)\s+(?:dozen|hundred|thousand|million|billion)"
          r"(?:\s+(?:thousand|million))?|dozens|scores|hundreds|thousands|millions|billions|tens(?=\s+of\b))\b")
FRAC = (r"\b(?:(?:a|one)[\s-](?:half|third|quarter|fourth|fifth|sixth|eighth|tenth)"
         r"|(?:two|three|four|five|seven|nine)[\s-](?:thirds|quarters|fourths|fifths|eighths|tenths)|half)"
         r"(?=\s+(?:of|the|its|their|his|her|our|all|these|those)\b)(?!\s+of\s+an?\s+(?:dozen|hundred|thousand|million|billion)\b)")
FLAGS = regex.IGNORECASE  # VERSION0: simple case folding, three times faster than VERSION1

_MONTHS = ("January February March April May June July August September October November December"
           " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
MONTH = rf"(?:{alternation(_MONTHS + [m.upper() for m in _MONTHS])})\.?"

# --- values ---------------------------------------------------------------------------------------
_SPECIAL_RE = lazy_compile(_SPECIAL, FLAGS)
_SCALED_RE = lazy_compile(_SCALED_DIG, FLAGS)
_WORD_TOKEN = lazy_compile(r"[a-z]+", regex.IGNORECASE)
_BIG_VALUE = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}


def clean_number(value: Decimal) -> float:
    return float(value) if value == value.to_integral_value() else float(round(value, 3))


def _words_value(s: str) -> tuple[Decimal, int, int] | None:
    """(value, scale, length in chars) of the longest valid run of number words starting `s`."""
    total = current = 0
    last = ""
    best: tuple[Decimal, int, int] | None = None
    scale, prev = 1, 10**13
    for i, m in enumerate(_WORD_TOKEN.finditer(s)):
        tok = m.group().lower()
        if tok in ("a", "an") and i == 0:
            current, last = 1, "a"
            continue
        if tok == "and" and last in ("hundred", "scale"):
            last = "and"
            continue
        kind = "tens" if tok in TENS else "unit" if tok in SMALL else tok
        if last == "dozen":
            break
        if kind in ("unit", "tens"):
            value = TENS.get(tok) or SMALL[tok]
            if last in ("unit", "a") or (last == "tens" and (kind == "tens" or value >= 10)):
                break
            kind = "unit" if last == "tens" else kind
            current += value
        elif kind == "hundred" and last not in ("hundred", "and") and current < 100:
            current = (current or 1) * 100
        elif kind == "dozen" and last != "and" and current < 100:
            current, scale = (current or 1) * 12, 12
        elif kind in SCALES and SCALES[kind] < prev and last != "and":
            prev = scale = SCALES[kind]
            total, current, kind = total + (current or 1) * prev, 0, "scale"
        else:
            break
        last = kind
        best = (Decimal(total + current), scale, m.end())
    return best


def number_value(s: str) -> tuple[Decimal, int, int] | None:
    """(value, scale multiplier, chars used) of a number as matched by the patterns."""
    low = s.lower()
    if _SPECIAL_RE.fullmatch(s):
        big = _BIG_VALUE[low.split()[-1].split("-")[-1]]
        first = low.split()[0]
        if "and a half" in low:
            n = Decimal(first.translate(_GROUPING)) if first[0].isdigit() else Decimal(SMALL[first])
            return (n + Decimal("0.5")) * big, big, len(s)
        part = Decimal("0.75") if "three" in low else Decimal("0.25") if "quarter" in low else (
            Decimal(1) / 3 if "third" in low else Decimal("0.5"))
        return part * big, big, len(s)
    m = _SCALED_RE.fullmatch(s)
    if m:
        number = Decimal(m.group("d").translate(_GROUPING))
        if number.adjusted() >= 18:
            return None  # 19 digits or more is no count or amount (and 309 would be an infinite float)
        mult = SCALES[fold(m.group("sc"))] if m.group("sc") else (
            _SUFFIXES[fold(m.group("sx"))] if m.group("sx") else 1)
        return number * mult, mult, len(s)
    return _words_value(s)


def year_like(s: str, scale: int) -> bool:
    return scale == 1 and len(s) == 4 and s.isdigit() and 1800 <= int(s) <= 2099


_INTENSIFIER = lazy_compile(r"^(?:well|just|slightly|far|much|a little|a bit) ")
ROUND_RE = lazy_compile(ROUND, FLAGS)


def round_value(words: str) -> Decimal:
    """Two of the unit: "dozens" 24, "tens of thousands" 20000, "several hundred" 200."""
    value = Decimal(2)
    for word in _WORD_TOKEN.findall(words.lower()):
        value *= _ROUND_UNITS.get(word.rstrip("s"), 1)
    return value


def bound_of(qual: str) -> Bound:
    q = " ".join(qual.lower().split())
    if q not in BOUND_OF:
        q = _INTENSIFIER.sub("", q)
    return BOUND_OF.get(q, Bound.APPROX)


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
- "several", "a number of", "many", "a few", "a couple of" give no number.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from decimal import Decimal
from importlib import resources

import attrs
import regex

from diplomacy_facts.model import Bound, Quantity

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


@attrs.frozen
class QuantityMention:
    """A stated amount: the quantity, its span (qualifier, number and noun) and the noun as written."""

    quantity: Quantity
    start: int
    end: int
    noun: str | None


def _lexicon(name: str) -> list[str]:
    text = resources.files("diplomacy_facts").joinpath(f"data/lexicons/{name}.txt").read_text("utf-8")
    return [s for s in (line.split("#", 1)[0].strip() for line in text.splitlines()) if s]


def _alt(words: Iterable[str]) -> str:
    """Longest-first alternation of literal words, spaces matching any run of spaces."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in items)


_STOP = frozenset(_lexicon("numbers_stopwords"))
_NOUNS = {p[0]: (p[1] if len(p) > 1 else p[0]) for p in (line.split(maxsplit=1) for line in _lexicon("numbers_nouns"))}
_DESIGNATORS = frozenset(_lexicon("numbers_designators"))
_CURRENCIES = [tuple(line.split("\t")) for line in _lexicon("numbers_currencies")]

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
           "billion": 10**9, "trillion": 10**12}
_SUFFIXES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12}
_ROUND_UNITS = {"dozen": 12, "score": 20, "ten": 10, "hundred": 100, "thousand": 10**3, "million": 10**6,
                "billion": 10**9}
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
              "eighth": 8, "tenth": 10}
_QUALIFIERS = {
    Bound.APPROX: "about|around|some|roughly|approximately|approx.|circa|estimated|an estimated|in the region of"
    "|on the order of|in the order of|just about",
    Bound.LOWER: "over|above|exceeding|more than|at least|in excess of|upwards of|upward of|no fewer than"
    "|no less than|not less than|north of|a minimum of",
    Bound.UPPER: "nearly|almost|under|below|barely|as many as|up to|fewer than|less than|no more than|not more than"
    "|close to|a maximum of|at most|as much as|just shy of|short of",
}
_BOUND_OF = {w: b for b, ws in _QUALIFIERS.items() for w in ws.split("|")}
_POST_BOUND = {"more": Bound.LOWER, "so": Bound.APPROX, "fewer": Bound.UPPER, "less": Bound.UPPER,
               "+": Bound.LOWER, "plus": Bound.LOWER}

# --- patterns -------------------------------------------------------------------------------------
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_BIG = r"(?:dozen|hundred|thousand|million|billion)\b"
_DIG = r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?"
_W = rf"(?:(?:{_alt(_TENS)})(?:-(?:{_ONES}))?|{_alt(_SMALL)}|{_alt(_SCALES)}|dozen)\b"
_WORDS = rf"(?:an?\s+(?={_BIG}))?{_W}(?:(?:\s+and\s+|\s*-\s*|\s+){_W}){{0,12}}"
_SPECIAL = (rf"(?:half|a\s+quarter(?:\s+of)?|three[\s-]quarters\s+of|a\s+third\s+of)\s+an?\s+{_BIG}"
            rf"|(?:a\s+)?half[\s-]{_BIG}|(?:{_DIG}|{_alt(_SMALL)})\s+and\s+a\s+half\s+{_BIG}")
_SCALED_DIG = rf"(?P<d>{_DIG})(?:\s*-?\s*(?P<sc>{_alt(_SCALES)})\b|(?P<sx>{_alt(_SUFFIXES)})\b)?"
_NUMCORE = (rf"(?:{_SPECIAL}|{_DIG}(?:\s*-?\s*(?:{_alt(_SCALES)})\b|(?:{_alt(_SUFFIXES)})\b)?(?![.,:/]?\w|\s?°)"
            rf"|{_WORDS})")
_NUMS = rf"(?<![\w$€£¥₩₽₹₺₪₦₴\#'’.,/:+-]){_NUMCORE}"
_PCT = r"(?:\s?%|\s*-?\s*(?:per\s?cent|pct)\b|\s+percentage\s+points?\b)"
_POST = r"(?:\s+or\s+(?:more|so|fewer|less)\b|\+(?!\w)|-plus\b)"
_QUAL = rf"\b(?:(?:well|just|slightly|far|much|a\s+little|a\s+bit)\s+)?(?:{_alt(_BOUND_OF)})"
_ROUND = (r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
          r"|(?:several|a\s+few|a\s+couple(?:\s+of)?|many)\s+(?:dozen|hundred|thousand|million|billion)"
          r"(?:\s+(?:thousand|million))?|dozens|scores|hundreds|thousands|millions|billions|tens(?=\s+of\b))\b")
_FRAC = (r"\b(?:(?:a|one)[\s-](?:half|third|quarter|fourth|fifth|sixth|eighth|tenth)"
         r"|(?:two|three|four|five|seven|nine)[\s-](?:thirds|quarters|fourths|fifths|eighths|tenths)|half)"
         r"(?=\s+(?:of|the|its|their|his|her|our|all|these|those)\b)(?!\s+of\s+an?\s+(?:dozen|hundred|thousand|million|billion)\b)")
_FLAGS = regex.IGNORECASE  # VERSION0: simple case folding, three times faster than VERSION1
_QUANT = regex.compile(
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:between\s+(?P<lo>{_NUMS})(?P<lopct>{_PCT})?\s+and\s+(?P<hi>{_NUMCORE})"
    rf"|(?P<lo>{_NUMS})(?P<lopct>{_PCT})?(?:(?<=[\d%])\s*[-–—]\s*|\s+(?:[-–—]|to|or)\s+)(?P<hi>{_NUMCORE})"
    rf"|(?P<round>{_ROUND})|(?P<frac>{_FRAC})"
    rf"|(?P<rn>{_NUMS})\s+(?:in|out\s+of)\s+(?P<rd>{_NUMCORE})"
    rf"|(?P<num>{_NUMS}))(?P<pct>{_PCT})?(?P<post>{_POST})?",
    _FLAGS,
)
_STARTERS = frozenset(
    [w.split()[0].rstrip(".") for w in _BOUND_OF] + list(_SMALL) + list(_TENS) + list(_SCALES)
    + "a an half between dozen dozens scores tens hundreds thousands millions billions several many well just slightly"
      " far much".split())
_WORD_START = regex.compile(r"\w+")
_SINGLE = regex.compile(rf"(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUMS})(?P<pct>{_PCT})?(?P<post>{_POST})?", _FLAGS)
_QUAL_TAIL = regex.compile(rf"(?P<qual>{_QUAL})\s+$", _FLAGS)

_MONTHS = ("January February March April May June July August September October November December"
           " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
_MONTH = rf"(?:{_alt(_MONTHS + [m.upper() for m in _MONTHS])})\.?"
_NOT_COUNTS = regex.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{_MONTH}(?!\w)"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|(?i:[ap]m)\b)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*o['’]clock\b"
    r"|\b\d{1,2}[.:]\d{2}\s*(?:GMT|UTC|Zulu|[A-Z]{1,3}T)\b"
    r"|\b[012]\d[0-5]\d\s*(?:GMT|UTC|hrs|hours|local\s+time|Zulu|[A-Z]{1,3}T)\b"
    r"|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,6}|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b"
    r"|(?i:\b(?:tel|phone|telephone|hotline|fax|whatsapp)\b)[.:]?\s*(?:no\.?\s*)?[\d(][\d\s().-]{5,18}\d"
)
_CALIBRE = regex.compile(
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
_ORDINAL = regex.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,4}})(?:st|nd|rd|th)\b"
    rf"|\b(?:(?P<tens>{_alt(_TENS)})-)?(?P<w>{_alt(_ORDINAL_WORDS)})\b",
    regex.IGNORECASE,
)
_DATE_SIDE = regex.compile(rf"(?:{_MONTH}\s+$)|(?:^\s+(?:of\s+)?{_MONTH}(?!\w))")

_SP = r"[^\S\n]"
_NP_TOKEN = regex.compile(
    rf"{_SP}+(?:(?P<cal>\d{{1,3}}(?:\.\d{{1,2}})?[ -]?(?:mm|millimet(?:er|re)s?)(?!\w))"
    r"|(?P<mod>\d[\d,.]*-[A-Za-z][\w-]*)|(?P<word>(?:[A-Z]\.){2,}|[A-Za-z][\w'’]*(?:[-./][\w'’]+){0,4})"
    r"|(?P<digit>\d+[A-Za-z][\w/-]*|\d+)(?![\w,.]\d))"
)
_DET = (r"(?:the|its|their|his|her|our|these|those|all(?:\s+the|\s+its|\s+their)?"
        r"|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)")
_PARTITIVE = regex.compile(rf"{_SP}+of(?:{_SP}+{_DET})?(?={_SP})")
_DET_ONLY = regex.compile(rf"(?:{_SP}+of)?{_SP}+{_DET}(?={_SP})")
_PREV_WORD = regex.compile(r"([A-Za-z][\w.'’]*)\W{0,2}$")
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


# --- values ---------------------------------------------------------------------------------------
_SPECIAL_RE = regex.compile(_SPECIAL, _FLAGS)
_SCALED_RE = regex.compile(_SCALED_DIG, _FLAGS)
_WORD_TOKEN = regex.compile(r"[a-z]+", regex.IGNORECASE)
_BIG_VALUE = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}


def _clean(value: Decimal) -> float:
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
        kind = "tens" if tok in _TENS else "unit" if tok in _SMALL else tok
        if last == "dozen":
            break
        if kind in ("unit", "tens"):
            value = _TENS.get(tok) or _SMALL[tok]
            if last in ("unit", "a") or (last == "tens" and (kind == "tens" or value >= 10)):
                break
            kind = "unit" if last == "tens" else kind
            current += value
        elif kind == "hundred" and last not in ("hundred", "and") and current < 100:
            current = (current or 1) * 100
        elif kind == "dozen" and last != "and" and current < 100:
            current, scale = (current or 1) * 12, 12
        elif kind in _SCALES and _SCALES[kind] < prev and last != "and":
            prev = scale = _SCALES[kind]
            total, current, kind = total + (current or 1) * prev, 0, "scale"
        else:
            break
        last = kind
        best = (Decimal(total + current), scale, m.end())
    return best


def _value(s: str) -> tuple[Decimal, int, int] | None:
    """(value, scale multiplier, chars used) of a number as matched by the patterns."""
    low = s.lower()
    if _SPECIAL_RE.fullmatch(s):
        big = _BIG_VALUE[low.split()[-1].split("-")[-1]]
        first = low.split()[0]
        if "and a half" in low:
            n = Decimal(first.replace(",", "")) if first[0].isdigit() else Decimal(_SMALL[first])
            return (n + Decimal("0.5")) * big, big, len(s)
        part = Decimal("0.75") if "three" in low else Decimal("0.25") if "quarter" in low else (
            Decimal(1) / 3 if "third" in low else Decimal("0.5"))
        return part * big, big, len(s)
    m = _SCALED_RE.fullmatch(s)
    if m:
        number = Decimal(m.group("d").replace(",", ""))
        mult = _SCALES[m.group("sc").lower()] if m.group("sc") else (
            _SUFFIXES[m.group("sx").lower()] if m.group("sx") else 1)
        return number * mult, mult, len(s)
    return _words_value(s)


def _year_like(s: str, scale: int) -> bool:
    return scale == 1 and len(s) == 4 and s.isdigit() and 1800 <= int(s) <= 2099


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
        elif kind == "word" and (low in _STOP or low in _SMALL or low in _TENS or low.split("-")[0] in _TENS
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
    spans = [m.span() for m in _NOT_COUNTS.finditer(text)] + [m.span() for m in _CALIBRE.finditer(text)]
    spans += [(s, e) for s, e, *_ in _money(text)]
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
_PERIOD_AFTER = regex.compile(r"\s+of\s+(?:the\s+|this\s+|that\s+|a\s+)?(?:\d{4}|year|century|decade|month|season)\b",
                              _FLAGS)
_ONE_OF = regex.compile(r"\s+of\b", _FLAGS)
_RANGE_PREV = frozenset(("from",))
_INTENSIFIER = regex.compile(r"^(?:well|just|slightly|far|much|a little|a bit) ")
_PLURAL_NEXT = regex.compile(rf"{_SP}+[A-Za-z]+s\b")
_HYPHENATED = regex.compile(r"[-–][^\W_]")
_PHRASE_TAIL = regex.compile(r"(?:\s+of)?[\s.,;:!?)]*")
_ROUND_RE = regex.compile(_ROUND, _FLAGS)
_A_BEFORE = regex.compile(r"\b(?:a|one)[\s-]$", _FLAGS)


def _round_value(words: str) -> Decimal:
    """Two of the unit: "dozens" 24, "tens of thousands" 20000, "several hundred" 200."""
    value = Decimal(2)
    for word in _WORD_TOKEN.findall(words.lower()):
        value *= _ROUND_UNITS.get(word.rstrip("s"), 1)
    return value


def _bound_of(qual: str) -> Bound:
    q = " ".join(qual.lower().split())
    if q not in _BOUND_OF:
        q = _INTENSIFIER.sub("", q)
    return _BOUND_OF.get(q, Bound.APPROX)


def _interpret(text: str, m: regex.Match[str], masks: tuple[list[int], list[int]], bare_one: bool = False
               ) -> QuantityMention | None:
    g = m.groupdict()
    qual = g.get("qual")
    bound = _bound_of(qual) if qual else None
    pct, post = g.get("pct") or g.get("lopct"), g.get("post")
    end, upper, one, frac, scale = m.end(), None, False, False, 1
    core = "lo" if g.get("lo") else "round" if g.get("round") else "frac" if g.get("frac") else (
        "rn" if g.get("rn") else "num")
    cs, ce = m.span(core)
    if core == "lo":
        lo, hi = _value(g["lo"]), _value(g["hi"])
        if not lo or not hi or lo[2] < len(g["lo"]) or hi[2] < len(g["hi"]):
            return None
        low, high = lo[0], hi[0]
        if lo[1] == 1 and hi[1] > 1 and low <= high / hi[1]:
            low *= hi[1]
        if low >= high or _year_like(g["lo"], lo[1]) or _prev_word(text, cs) in _RANGE_PREV:
            return None
        value, upper, bound, ce = low, _clean(high), Bound.LOWER, m.end("hi")
    elif core == "round":
        value, bound = _round_value(g["round"]), bound if bound == Bound.UPPER else Bound.LOWER
    elif core == "frac":
        words = g["frac"].lower().replace("-", " ").split()
        if _prev_word(text, cs) in _HALF_PREV or _PERIOD_AFTER.match(text, ce):
            return None
        n = 1 if len(words) == 1 or words[0] in ("a", "one") else _SMALL[words[0]]
        value, frac, pct = round(Decimal(100 * n) / _FRACTIONS[words[-1].rstrip("s")], 1), True, "%"
    elif core == "rn":
        top, bottom = _value(g["rn"]), _value(g["rd"])
        if not top or not bottom or not 0 < top[0] < bottom[0] <= 1000 or _year_like(g["rd"], bottom[1]):
            return None
        value, pct, ce = round(100 * top[0] / bottom[0], 1), "%", m.end("rd")
    else:
        parsed = _value(g["num"])
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
        if _year_like(raw, scale) and not pct and not post:
            nxt = _NP_TOKEN.match(text, end)
            word = nxt.group("word") if nxt else None
            if not word or not (_is_plural(word) or _is_invariant(word)) or (not qual and prev in _YEAR_PREV):
                return None
        if raw[-1:] in "mM" and not _PLURAL_NEXT.match(text, end):
            return None  # "500m" is metres unless a plural noun follows ("2m shells")
    if _masked(masks, cs, ce) or _HYPHENATED.match(text, end):
        return None
    if bound is None:
        bound = _POST_BOUND.get(post.strip(" -").split()[-1].lower(), Bound.EXACT) if post else Bound.EXACT
    noun, unit, noun_end = _noun(text, end, one=one, of_only=bool(pct) and core != "rn", frac=frac)
    if one and noun is None and not bare_one:
        return None  # the pronoun "one"
    if pct:
        unit = "percentage point" if "point" in pct.lower() else "percent"
    quantity = Quantity(_clean(Decimal(value)), bound, unit, text[m.start() : end].strip(), upper)
    return QuantityMention(quantity, m.start(), max(end, noun_end), noun)


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
    masks = _masks(text)
    out: list[QuantityMention] = []
    pos = 0
    for start in _starts(text):
        if start < pos or (m := _QUANT.match(text, start)) is None:
            continue
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


# --- money, calibres, ordinals ---------------------------------------------------------------------
_CUR_BEFORE = {c[0]: c for c in _CURRENCIES if c[3] in ("before", "both")}
_CUR_AFTER = {c[0].lower(): c for c in _CURRENCIES if c[3] in ("after", "both", "scaled")}
_MONEY_BEFORE = regex.compile(rf"(?<![\w$])(?P<sym>{_alt(_CUR_BEFORE)})\s?(?P<a>(?i:{_NUMCORE}))")
_MONEY_WORD = regex.compile(rf"(?<=[\d\w])(?P<sp>(?:\s+of)?\s+)(?P<word>(?i:{_alt(_CUR_AFTER)}))\b")
_AMOUNT_BEFORE = regex.compile(rf"(?:{_NUMS}|{_ROUND})$", _FLAGS)


def _money(text: str) -> list[tuple[int, int, float, str, str, bool]]:
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
        rounded = bool(_ROUND_RE.fullmatch(amount))
        if rounded:
            value, scale = _round_value(amount), 2
        else:
            parsed = _value(amount)
            if parsed is None or parsed[2] < len(amount) or (cur[3] != "before" and _year_like(amount, parsed[1])):
                continue
            value, scale = parsed[0], parsed[1]
        if cur[3] == "scaled" and scale == 1 and value < 1000:
            continue
        out.append((start, end, _clean(value), cur[1], cur[2], rounded))
    return out


def find_prices(text: str) -> list[tuple[int, int, float, str]]:
    """Amounts of money: (start, end, value, ISO 4217 code) for "$3,000", "3 billion dollars", "€2bn"."""
    return [(s, e, v, code) for s, e, v, code, _, _ in _money(text)]


def find_money(text: str) -> list[QuantityMention]:
    """Amounts of money as quantities with their bound: "more than $740 million" -> 740000000, lower, "dollar"."""
    out: list[QuantityMention] = []
    for s, e, value, _, unit, rounded in _money(text):
        tail = _QUAL_TAIL.search(text, max(0, s - 40), s)
        start = tail.start() if tail else s
        bound = _bound_of(tail.group("qual")) if tail else Bound.LOWER if rounded else Bound.EXACT
        out.append(QuantityMention(Quantity(value, bound, unit, text[start:e]), start, e, None))
    return out


def find_calibres(text: str) -> list[tuple[int, int, str]]:
    """Gun and shell calibres: (start, end, normalised) for "155mm" -> "155 mm", ".50-calibre" -> ".50 calibre"."""
    out: list[tuple[int, int, str]] = []
    for m in _CALIBRE.finditer(text):
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
        n = int(m.group("n")) if m.group("n") else _ORDINAL_WORDS[word] + _TENS.get((m.group("tens") or "").lower(), 0)
        out.append((m.start(), m.end(), n))
    return out

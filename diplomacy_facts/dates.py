"""When: date expressions in news text, resolved against the publication date only.

`find_dates` reads absolute dates ("Oct. 26", "26 October 2023", "2023-10-26", "in 2023",
"October 2023", "mid-October", "in early 2024") and relative ones ("on Wednesday", "last
week", "earlier this month", "this year", "late last year", "by the end of the year",
"three days ago"), each with the preposition before it (`relation`). There is no hidden
"today": relative dates need `published`; without it a weekday or "last month" gives
nothing, a month or day without a year keeps the year unknown (``XXXX-08``), an explicit
year is kept.

Resolution (shared/corpus/SCHEMA.md, Conventions): a past reference takes the latest such
day or month on or before `published` ("on Wednesday" published on a Wednesday is that very
day); with ``future=True`` (future-tense verbs: "will close in November") the next one on or
after it. "since" always looks back; "last"/"next" force the direction. "last week" and "this
week" resolve to the month of the day seven days before (or of `published`): annotators give
a month when the day is unknown. "early/mid/late October", "the end of March" are the month;
"early 2024", "the first half of 2024" the year. Vague spans ("in recent weeks", "over the
past month", "the turn of the year"), decades ("the 1990s"), seasons without a year and
times ("10 a.m.") give nothing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
import regex
from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from diplomacy_facts.fold import fold
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.memo import remembered
from diplomacy_facts.model import Period

__all__ = ["DateMention", "PublishedTypeError", "find_dates", "parse_published", "resolve_month"]


@attrs.frozen
class DateMention:
    """A date in the text: the period, the span of the date words, the preposition before them."""

    period: Period
    start: int
    end: int
    relation: str | None  # "since", "by", "until", "in", "on", "from", "before", "after", "during", ... or None


_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS |= {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())} | {"sept": 9}
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_NUMBER_WORDS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())}
_NUMBER_WORDS |= {"a": 1, "an": 1}
_POSSESSIVE_OK = frozenset((1, 2, 3, 7, 9, 10, 11, 12))  # "October's vote"; not May's, June's, April's, August's


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_FULL_MONTHS = [m for m in _MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH = rf"(?:(?:{_alt(_FULL_MONTHS)})\b|(?:{_alt([m for m in _MONTHS if m not in _FULL_MONTHS])})\b\.?)"
_WD = rf"(?:{_alt(list(_WEEKDAYS))})\b"
_ORD = r"(?:st|nd|rd|th)?"
_MOD = r"early|mid|late|end|the\s+(?:end|beginning|start|middle)\s+of|last|next|this(?:\s+coming|\s+past)?"
_YMOD = (r"early|mid|late|end|the\s+(?:end|beginning|start|middle)\s+of|the\s+(?:first|second)\s+half\s+of"
         r"|the\s+(?:first|second|third|fourth)\s+quarter\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter)")
_FLAGS = regex.IGNORECASE  # VERSION0: simple case folding, three times faster than VERSION1
_DATE = lazy_compile(
    r"(?<![\w/.-])(?P<y>\d{4})(?P<sep>[-/.])(?P<mn>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![/.-]?\d)"
    r"|(?<![\w/.-])(?P<na>\d{1,2})(?P<sep>[/.])(?P<nb>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"
    rf"|\b(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?\s+(?:of\s+)?"
    rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>\d{{4}}))?(?!\w)"
    rf"|\b(?:(?P<wd>{_WD}),?\s+)?(?P<m>{_MONTH})\s*(?P<d>\d{{1,2}}){_ORD}(?![\d,]\d)(?:\s*[-–]\s*\d{{1,2}}{_ORD})?"
    rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\w:])"
    rf"|\b(?:(?P<mod>{_MOD})[\s-]+)?(?P<m>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>\d{{4}})|\s+(?P<my>last|this|next)\s+year)?"
    r"(?![\w-])"
    rf"|(?:\b(?P<mod>{_YMOD})[\s-]+(?:of\s+)?|(?<![\w$€£.,/#:'’-]))(?P<y>\d{{4}})"
    r"(?:\s*[-–/]\s*(?P<y2>\d{4}|\d{2}))?(?!\d|s\b|[.,:/]\d)"
    r"|(?:\b(?P<rmod>earlier|later|early|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+)?"
    r"\b(?P<rdet>this|last|next|the)\s+(?P<unit>week|month|year)\b"
    r"|\b(?P<rel>today|tonight|yesterday|tomorrow|year-end|year's\s+end)\b"
    r"|\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<nunit>day|week|month|year)s?\s+ago\b"
    rf"|\b(?:(?P<wmod>last|next|this(?:\s+coming|\s+past)?)\s+)?(?P<wd>{_WD})",
    _FLAGS,
)
_RELATION = lazy_compile(
    r"\b(?P<r>since|by|until|till|in|on|from|before|after|during|over|within|between|through|throughout|at|to|and|or"
    r"|as\s+of|prior\s+to|ahead\s+of|following|no\s+later\s+than|as\s+early\s+as|starting|beginning)(?:\s+the)?\s+$",
    _FLAGS,
)
_THE_BEFORE = lazy_compile(r"\b(?:the|over|past)\s+$", _FLAGS)
_HOLIDAY_BEFORE = lazy_compile(r"\b(?:Ash|Black|Good|Holy|Cyber|Super|Maundy|Easter|Bloody|Palm)\s+$")
_NEWSPAPER = lazy_compile(r"\s+[A-Z]")
_COUNT_AFTER = lazy_compile(r"\s+(?!years?\b|days?\b)[a-z]+s\b|\s*(?:%|per\s?cent|GMT|UTC|hrs|hours|local)")
_DIGIT_NEAR = lazy_compile(r"(?:\d[\s-]|©\s?|\(c\)\s|copyright\s)$", regex.IGNORECASE)
_DIGIT_AFTER = lazy_compile(r"[\s-]\d")
_ISO_DATE = lazy_compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_IN = lazy_compile(r"(?<!\d)\d{4}(?!\d)")
_WORD = lazy_compile(r"\w+")
_STARTERS = frozenset(list(_MONTHS) + list(_WEEKDAYS) + list(_NUMBER_WORDS) + (
    "early mid late end the last next this spring summer autumn fall winter earlier later today tonight yesterday"
    " tomorrow year").split())  # words a date expression can open with: a cheap prefilter
_DEFAULT = datetime(2000, 1, 1)  # fixed fill-in for dateutil: never today's date
_MONTH_TRIGGERS = frozenset((  # prepositions that make a bare capitalised month a date: "in May", not "May"
    "since", "by", "until", "till", "in", "on", "from", "before", "after", "during", "through", "throughout",
    "between", "within", "following", "starting", "beginning", "as of", "prior to", "ahead of", "no later than",
    "as early as"))
_DEADLINES = frozenset(("by", "until", "till", "no later than"))  # "by the end of March": a deadline ahead
# "had been delivered by the end of June", "was completed by March": a deadline already past
# ("had to be vacated by Friday", "was expected to be delivered by June" still look ahead)
_DONE_BEFORE = lazy_compile(
    r"\b(?:had|was|were)\s+(?:(?!to\b)\w+\s+){0,2}?(?!to\b)\w+ed\s+(?:(?!to\b)\w+\s+){0,4}?(?:by|until|till)\s+\S*$",
    regex.IGNORECASE,
)
_JOINERS = frozenset(("and", "or", "to", "through", "until", "till"))


class PublishedTypeError(TypeError, ValueError):
    """A `published` value of the wrong type (an int such as 12345, bytes, a list).

    Both a TypeError, as Python raises for a wrong type, and a ValueError, so that one
    ``except ValueError`` catches every unreadable publication date.
    """


def parse_published(value: date | datetime | str | None) -> date | None:
    """A publication date from a date, a datetime, an ISO or any dateutil-readable string, or None.

    >>> parse_published("2023-10-26"), parse_published("Thursday, 26 October 2023 08:15 GMT")
    (datetime.date(2023, 10, 26), datetime.date(2023, 10, 26))
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise PublishedTypeError(f"published must be a date, a datetime, a date string or None, not "
                        f"{type(value).__name__}: {value!r}")
    text = value.strip()
    if not text:
        return None
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise ValueError(f"not a valid publication date: {value!r}") from None
    if not _YEAR_IN.search(text):
        raise ValueError(f"a publication date needs a four-digit year: {value!r}")
    try:
        return date_parser.parse(text, default=_DEFAULT).date()
    except (ValueError, OverflowError):
        raise ValueError(f"cannot read a publication date from {value!r}") from None


def resolve_month(month: int, published: date | None, *, future: bool = False, text: str = "") -> Period:
    """The month `month` nearest `published`: the latest not after it, or with `future` the next not before it."""
    if published is None:
        return Period(None, month, None, text)
    if future:
        return Period(published.year + (month < published.month), month, None, text)
    return Period(published.year - (month > published.month), month, None, text)


def _resolve_day(month: int, day: int, published: date | None, future: bool, text: str) -> Period | None:
    if published is None:
        return Period(None, month, day, text) if 1 <= day <= 31 else None
    step, year = (1 if future else -1), published.year
    for _ in range(9):  # Feb 29 may need a few years
        try:
            found = date(year, month, day)
        except ValueError:
            year += step
            continue
        if (found >= published) if future else (found <= published):
            return Period.from_date(found, text)
        year += step
    return None


def _weekday(weekday: int, published: date, mode: str) -> date:
    back, ahead = (published.weekday() - weekday) % 7, (weekday - published.weekday()) % 7
    if mode == "past":
        return published - timedelta(days=back)
    if mode == "last":
        return published - timedelta(days=back or 7)
    return published + timedelta(days=ahead if mode == "future" else ahead or 7)


def _relation(text: str, start: int) -> str | None:
    m = _RELATION.search(text, max(0, start - 25), start)
    return " ".join(m.group("r").lower().split()) if m else None


def _month_period(text: str, m: regex.Match[str], pub: date | None, future: bool, rel: str | None,
                  prev_end: int) -> Period | None:
    name, span = m.group("m"), m.group()
    if not name[0].isupper():
        return None
    month = _MONTHS[name.lower().rstrip(".")]
    year, day, mod = m.group("y"), m.group("d"), m.group("mod")
    if m.group("my"):  # "November last year"
        offset = {"last": -1, "this": 0, "next": 1}[fold(m.group("my"))]
        return Period(None if pub is None else pub.year + offset, month, None, span)
    try:
        if day and year:
            return Period(int(year), month, int(day), span)
        if day:
            return _resolve_day(month, int(day), pub, future, span)
        if year:
            return Period(int(year), month, None, span)
    except ValueError:
        return None
    after = text[m.end() : m.end() + 2]
    possessive = after[:1] in "'’" and after[1:2].lower() == "s"
    if (possessive and month not in _POSSESSIVE_OK) or (len(name.rstrip(".")) <= 4 and not name.endswith(".")
                                                         and name.lower() not in ("may", "june", "july")):
        return None
    joined = rel in _JOINERS and 0 <= m.start() - prev_end <= 12
    if not (mod or rel in _MONTH_TRIGGERS or joined or possessive):
        return None
    first = (mod or "").lower().split()[0] if mod else ""
    if pub is None:
        return Period(None, month, None, span)
    if first == "last" or (first == "this" and "past" in mod.lower()):
        return Period(pub.year - (month >= pub.month), month, None, span)
    if first == "next" or (first == "this" and "coming" in mod.lower()):
        return Period(pub.year + (month <= pub.month), month, None, span)
    if first == "this":
        return Period(pub.year, month, None, span)
    return resolve_month(month, pub, future=future, text=span)


def _relative_period(text: str, m: regex.Match[str], pub: date, future: bool) -> Period | None:
    span, s = m.group(), m.start()
    if m.group("rdet"):
        det, unit = m.group("rdet").lower(), m.group("unit").lower()
        if not m.group("rmod") and (det == "the" or _THE_BEFORE.search(text, max(0, s - 8), s)):
            return None  # "the last year", "over the past month": a span, not a date
        offset = {"this": 0, "the": 0, "last": -1, "next": 1}[det]
        if unit == "year":
            return Period(pub.year + offset, None, None, span)
        when = pub + timedelta(days=7 * offset) if unit == "week" else pub + relativedelta(months=offset)
        return Period(when.year, when.month, None, span)
    if m.group("rel"):
        word = m.group("rel").lower()
        if word.startswith("year"):
            return Period(pub.year, None, None, span)
        return Period.from_date(pub + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0)), span)
    if m.group("n"):
        raw, unit = m.group("n").lower(), m.group("nunit").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        if unit == "year":
            return Period(pub.year - n, None, None, span)
        if unit == "day":
            return Period.from_date(pub - timedelta(days=n), span)
        when = pub - timedelta(days=7 * n) if unit == "week" else pub - relativedelta(months=n)
        return Period(when.year, when.month, None, span)
    name = m.group("wd")
    if not name[0].isupper() or _HOLIDAY_BEFORE.search(text, max(0, s - 10), s):
        return None
    if _THE_BEFORE.search(text, max(0, s - 8), s) and _NEWSPAPER.match(text, m.end()):
        return None  # "The Sunday Times"
    wmod = " ".join((m.group("wmod") or "").lower().split())
    mode = {"last": "last", "this past": "last", "next": "next", "this coming": "next"}.get(
        wmod, "future" if future else "past")
    return Period.from_date(_weekday(_WEEKDAYS[name.lower()], pub, mode), span)


def _year_period(text: str, m: regex.Match[str], rel: str | None) -> Period | None:
    year, s, e = int(m.group("y")), m.start("y"), m.end()
    if not 1800 <= year <= 2099 or _DIGIT_NEAR.search(text, max(0, s - 12), s) or _DIGIT_AFTER.match(text, e):
        return None  # phone numbers, copyright lines
    if not m.group("mod") and not rel and _COUNT_AFTER.match(text, e):
        return None  # "2000 troops", "2023 GMT"
    return Period(year, None, None, m.group())


@remembered
def find_dates(text: str, published: date | None, *, future: bool = False) -> list[DateMention]:
    """Dates in `text`, left to right, resolved against `published` (past references unless `future`).

    >>> [(d.period.iso, d.relation) for d in find_dates("It closed on Wednesday, Oct. 25, and since August",
    ...                                                 date(2023, 10, 26))]
    [('2023-10-25', 'on'), ('2023-08', 'since')]
    """
    out: list[DateMention] = []
    prev_end = pos = -100
    for w in _WORD.finditer(text):
        word = w.group()
        if w.start() < pos or not (word[0].isdigit() or word.lower() in _STARTERS):
            continue
        m = _DATE.match(text, w.start())
        if m is None:
            continue
        pos = m.end()
        rel = _relation(text, m.start())
        ahead = (future or rel in _DEADLINES) and rel != "since" and not (
            rel in _DEADLINES and _DONE_BEFORE.search(text, max(0, m.start() - 80), m.start())
        )
        period: Period | None = None
        if m.group("mn"):
            try:
                period = Period(int(m.group("y")), int(m.group("mn")), int(m.group("d")), m.group())
            except ValueError:
                period = None
        elif m.group("na"):
            a, b = int(m.group("na")), int(m.group("nb"))
            day, month = (a, b) if a > 12 or a == b else (b, a) if b > 12 else (0, 0)
            try:
                period = Period(int(m.group("y")), month, day, m.group()) if day else None
            except ValueError:
                period = None
        elif m.group("m"):
            period = _month_period(text, m, published, ahead, rel, prev_end)
        elif m.group("y"):
            period = _year_period(text, m, rel)
        elif published is not None:
            period = _relative_period(text, m, published, ahead)
        if period is None:
            continue
        out.append(DateMention(period, m.start(), m.end(), rel))
        prev_end = m.end()
        if m.group("y2") and period.year is not None:
            raw = m.group("y2")
            second = int(raw) if len(raw) == 4 else period.year // 100 * 100 + int(raw)
            if period.year < second <= 2099:
                out.append(DateMention(Period(second, None, None, raw), m.start("y2"), m.end("y2"), "until"))
    return out

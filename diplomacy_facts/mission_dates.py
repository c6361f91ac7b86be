"""When a mission changed: the date of the trigger's clause, resolved against the publication
date by diplomacy_facts.dates, or a time told relative to the sentence before ("the following
day", "two days later", "that December", "at the same time", "ever since")."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from diplomacy_facts.clauses import clause_bounds
from diplomacy_facts.dates import DateMention, find_dates
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_lexicon import FLAGS, FORCED
from diplomacy_facts.model import Period, Status

if TYPE_CHECKING:
    from diplomacy_facts.mission_context import SentenceContext

__all__ = ["anchored_date", "date_after", "event_date", "own_date"]

_SPEECH_BEFORE_DATE = lazy_compile(
    r"\b(?:said|says|told|announced|confirmed|reported|stated|added|declared|disclosed|acknowledged|"
    r"explained|wrote|published|issued|released|statement|notice|letter|news conference|press conference|dated|"
    r"briefing|interview)\b(?:\W+\w+){0,3}\W*$",
    FLAGS,
)
_SAME_TIME = lazy_compile(
    r"\b(?:at the same time|simultaneously|the same day|on the same day|at the time|at that time)\b", FLAGS
)
_WHEN_CLAUSE = lazy_compile(r"[\s,]*(?:when|as|after)\b", FLAGS)
_SPEECH_AFTER_DATE = lazy_compile(
    r"\s*,?\s*(?:said|announced|confirmed|told|reported|stated|declared|disclosed|acknowledged|revealed)\b", FLAGS
)
_DECISION = lazy_compile(
    r"\b(?:ordered|orders|announced|announces|approved|approves|decided|decides|proposed|demanded|agreed|agrees|"
    r"planned|voted|said|says|confirmed|confirms|told|warned|threatened)\b",
    FLAGS,
)
_JUST_AFTER = lazy_compile(r"\s*(?:in|on|by|since)?\s*", FLAGS)
_COORDINATED = lazy_compile(r"\s+(?:or|and|and/or)\s+", FLAGS)  # "reopened or opened"
_DATELINE = lazy_compile(r"^\s*\p{Lu}[\p{Lu}\s./'-]+,\s*[^-–—]{3,40}?\s[-–—]{1,2}\s")
_SINCE = lazy_compile(r"\bsince\b", FLAGS)
_RANGE_AFTER = lazy_compile(r"\s*(?:to|until|till|through|-|–)\s", FLAGS)
_SUBORDINATOR = lazy_compile(r"\b(?:after|before|when|following|because|while|as\s+part\s+of)\b", FLAGS)
_JUST_BEFORE = lazy_compile(r"(?:\s+(?:morning|evening|night|afternoon))?[\s,]*(?:when|as|after)?\s*", FLAGS)
_PARTICIPLE_START = lazy_compile(r"\s*\p{Ll}{2,}ing\b")
_EVER_SINCE = lazy_compile(r"\b(?:ever\s+since|since\s+then)\b", FLAGS)
_DAYS_LATER = lazy_compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>day|days|week|weeks)\s+later"
    r"|the\s+(?:following|next)\s+(?P<unit2>day|week))\b",
    FLAGS,
)
_THAT_PERIOD = lazy_compile(
    r"\b(?:that|the same)\s+(?P<p>year|month|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b",
    FLAGS,
)
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_INFINITIVE = lazy_compile(r"\bto\b", FLAGS)
_GOVERNED_NOUN = lazy_compile(
    r"\b(?:announced|ordered|approved|decided\s+on|confirmed|proposed)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    FLAGS,
)
_RELATIVE_OPEN = lazy_compile(r",\s*(?:which|who)\b[^,]*$", FLAGS)
_WEEKDAY = lazy_compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", FLAGS)


def event_date(
    ctx: SentenceContext, start: int, end: int, status: Status | None, *, group: bool = False
) -> Period | None:
    """The date of the event whose trigger is at [start, end): the nearest date of its clause;
    else, for a clause hanging on another (", forcing ...", ", when ..."), the time of that one;
    else a date told relative to the sentence before ("two days later")."""
    dates, fronted = _sentence_dates(ctx, future=status in (Status.INTENDED, Status.POSSIBLE))
    a, b = clause_bounds(ctx.text, start)
    found = _nearest(ctx, dates, start, end, a, b, fronted, group)
    steps = 0
    while found is None and a > 0 and steps < 2:
        if _WHEN_CLAUSE.match(ctx.text, max(0, a - 2)):
            # "in January 1961, when ... both countries closed their embassies": the time just named
            before = [d for d in dates if d.end <= a and _JUST_BEFORE.fullmatch(ctx.text[d.end : a])]
            return before[-1].period if before else None
        if not _PARTICIPLE_START.match(ctx.text, a):
            break
        a, b = clause_bounds(ctx.text, max(0, a - 2))  # ", forcing Taipei to shut ...": the clause before
        found = _nearest(ctx, dates, b, b, a, b, 0, group)
        steps += 1
    return found if found is not None else anchored_date(ctx, future=status in (Status.INTENDED, Status.POSSIBLE))


_FIRST_COMMA = lazy_compile(r"^\W*(?:[^,;]{0,40}),")


def _sentence_dates(ctx: SentenceContext, *, future: bool) -> tuple[list[DateMention], int]:
    """The dates a trigger of the sentence may take (none of a source's, none of a dateline's) and
    the end of a short fronted phrase ("In 2019, ..."): the same for every trigger, read once."""
    key = ("sentence_dates", future)
    if key not in ctx.kept:
        dateline = _DATELINE.match(ctx.text)  # "STOCKHOLM, July 21 (Reuters) - ": the date of the report
        skip = dateline.end() if dateline else 0
        dates = [
            d
            for d in find_dates(ctx.text, ctx.published, future=future)
            if not ctx.in_source(d.start, d.end) and d.start >= skip
        ]
        first = _FIRST_COMMA.match(ctx.text)
        ctx.kept[key] = (dates, first.end() if first else 0)
    found: tuple[list[DateMention], int] = ctx.kept[key]
    return found


def _nearest(
    ctx: SentenceContext, dates: list[DateMention], start: int, end: int, a: int, b: int, fronted: int, group: bool
) -> Period | None:
    best: tuple[int, Period] | None = None
    for d in dates:
        inside = a <= d.start < b or (d.end <= fronted and d.start < start)
        if not inside:
            continue
        told_after = _SPEECH_AFTER_DATE.match(ctx.text, d.end) is not None and not (
            ctx.text[d.end : d.end + 3].lstrip().startswith(",")
            and _RELATIVE_OPEN.search(ctx.text, max(0, start - 80), start) is not None
        )  # but "Vietnam, which opened a consulate in 2019, said ...": the relative clause's own date
        if _SPEECH_BEFORE_DATE.search(ctx.text[max(0, d.start - 60) : d.start]) or told_after:
            continue  # "said on Tuesday", "on Monday announced": the day it was told
        if d.end <= start and _DECISION.search(ctx.text, d.end, start):
            continue  # "on Thursday ordered the closure": the day of the order, not of the closure
        if (
            d.end <= start
            and _INFINITIVE.search(ctx.text, d.end, start)
            and not FORCED.search(ctx.text[max(0, start - 60) : start])
        ):
            continue  # "on Thursday ordered Russia to close": the date of the order
        if (
            d.start >= end
            and _WEEKDAY.search(ctx.text, d.start, d.end)
            and _GOVERNED_NOUN.search(ctx.text, max(a, start - 60), start)
            and not _INFINITIVE.search(ctx.text, max(a, start - 60), start)
            and d.relation in (None, "on")
        ):
            continue  # "announced the closure of its embassy on Wednesday": the day it was told
        if d.relation in ("between", "and", "over", "during", "within", "until", "till"):
            continue
        if d.relation == "from" and _RANGE_AFTER.match(ctx.text, d.end):
            continue  # "from July to November": a span
        if d.start >= end and _SUBORDINATOR.search(ctx.text, end, d.start):
            continue  # "close its embassy after switching recognition in 2004": another event's date
        lo, hi = (d.end, start) if d.end <= start else (end, d.start)
        if any(
            lo <= t.start and t.end <= hi and not _COORDINATED.fullmatch(ctx.text[t.end : start]) for t in ctx.triggers
        ):
            continue  # "closed it in March and reopened it in October": each verb its own date
        if d.end <= start and any(a <= t.start and t.end <= d.start for t in ctx.triggers):
            continue  # the date follows an earlier verb of the clause
        if d.relation in ("after", "before") or (group and d.relation == "since"):
            continue
        if d.start >= end and d.relation != "since" and _SINCE.search(ctx.text, end, d.start):
            continue  # "opened 11 new ones since the previous edition in 2021": a span
        distance = d.start - end if d.start >= end else start - d.end
        if best is None or distance < best[0]:
            best = (distance, d.period)
    return best[1] if best is not None else None


def date_after(ctx: SentenceContext, pos: int, status: Status | None) -> Period | None:
    """A date that follows `pos` at once ("... and the one in Krakow [in 2023]")."""
    future = status in (Status.INTENDED, Status.POSSIBLE)
    for d in find_dates(ctx.text, ctx.published, future=future):
        if d.start >= pos and _JUST_AFTER.fullmatch(ctx.text, pos, d.start):
            return d.period
    return None


_LATER_AFTER = lazy_compile(
    r"\s*(?:on\s+)?(?:the\s+(?P<same>same)\s+day|the\s+(?:following|next)\s+day|(?P<n>a|one|two|three|four|five|six|"
    r"seven|\d{1,2})\s+days?\s+later)\b",
    FLAGS,
)


def own_date(ctx: SentenceContext, pos: int, status: Status | None) -> Period | None:
    """The date told right after one mission of a list: "an embassy in Abu Dhabi on June 29 and a
    consulate in Dubai [the following day]" (counted from the day named before it in the sentence)."""
    told = date_after(ctx, pos, status)
    if told is not None:
        return told
    m = _LATER_AFTER.match(ctx.text, pos)
    if m is None:
        return None
    days = [d.period for d in find_dates(ctx.text, ctx.published) if d.end <= pos and d.period.day is not None]
    anchor = days[-1] if days else None
    if anchor is None or anchor.year is None or anchor.month is None or anchor.day is None:
        return None
    word = m.group("n")
    n = 0 if m.group("same") else 1 if word is None else (_NUMBERS.get(word.lower()) or int(word))
    day = date(anchor.year, anchor.month, anchor.day) + timedelta(days=n)
    return Period(day.year, day.month, day.day, m.group().strip())


def anchored_date(ctx: SentenceContext, *, future: bool = False) -> Period | None:
    """ "the following day", "two days later", "that December", "at the same time"."""
    key = ("anchored_date", future)
    if key not in ctx.kept:
        ctx.kept[key] = _anchored_date(ctx, future=future)
    found: Period | None = ctx.kept[key]
    return found


def _anchored_date(ctx: SentenceContext, *, future: bool) -> Period | None:
    same = _SAME_TIME.search(ctx.text)
    if same:  # "closed its embassy on Wednesday, and Britain shut its own the same day": that day
        told = [d for d in find_dates(ctx.text, ctx.published, future=future) if d.end <= same.start()]
        told = [d for d in told if d.relation not in ("since", "after", "before", "between", "and")]
        return told[-1].period if told else ctx.memory.last_when
    previous = ctx.memory.earlier_dates(ctx.published, last_only=True)
    if _EVER_SINCE.search(ctx.text) and previous:
        return previous[-1].period  # "has stood empty ever since"
    m = _DAYS_LATER.search(ctx.text)
    if m:
        dates = ctx.memory.earlier_dates(ctx.published)
        anchor = next((d.period for d in reversed(dates) if d.period.day is not None), None)
        if anchor is None or anchor.year is None or anchor.month is None or anchor.day is None:
            return None
        n = m.group("n")
        count = 1 if n is None else (_NUMBERS.get(n.lower()) or int(n))
        unit = (m.group("unit") or m.group("unit2") or "day").lower()
        days = count * (7 if unit.startswith("week") else 1)
        day = date(anchor.year, anchor.month, anchor.day) + timedelta(days=days)
        return Period(day.year, day.month, day.day, m.group())
    m = _THAT_PERIOD.search(ctx.text)
    if m:
        dates = ctx.memory.earlier_dates(ctx.published)
        anchor = dates[-1].period if dates else None
        if anchor is None or anchor.year is None:
            return None
        word = m.group("p").lower()
        if word == "year":
            return Period(anchor.year, None, None, m.group())
        if word == "month":
            return Period(anchor.year, anchor.month, None, m.group()) if anchor.month else None
        return Period(anchor.year, _MONTHS.index(word) + 1, None, m.group())
    return None

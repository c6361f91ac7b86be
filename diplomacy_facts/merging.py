"""One finding from its mentions: support, status history, ranges of figures, conflicts, merged fact.

Status strength, strongest first: completed > ongoing > intended > possible for missions;
delivered > reported > agreed > possible for arms (how firmly the reports say the weapons
moved: a supplier's or plain statement, a third party's claim, a promise, a hedge).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any

from diplomacy_facts.events import event_code
from diplomacy_facts.findings import Conflict, Figure, Finding, Mention, QuantityRange, StatusReport
from diplomacy_facts.model import (
    ArmsTransfer,
    Bound,
    Closure,
    Fact,
    Mission,
    MissionCount,
    MissionKind,
    Opening,
    Period,
    Quantity,
    Status,
    TransferStatus,
)
from diplomacy_facts.syndication import normalise

__all__ = ["STRENGTH", "build_finding", "count_sources", "strength"]

#: Status -> strength per fact type (higher is stronger).
_MISSION_STRENGTH: Mapping[str, int] = MappingProxyType({"completed": 4, "ongoing": 3, "intended": 2, "possible": 1})
STRENGTH: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "closure": _MISSION_STRENGTH,
    "opening": _MISSION_STRENGTH,
    "arms_transfer": MappingProxyType({"delivered": 4, "reported": 3, "agreed": 2, "possible": 1}),
})
_CURRENCIES = frozenset({"dollar", "euro", "pound", "rouble", "ruble", "yuan", "yen", "won", "rupee", "shekel"})
_PRECISION: Mapping[str, int] = MappingProxyType({"day": 3, "month": 2, "year": 1})

Converter = Callable[[Figure, Mention], Figure]
_MAX_LISTED = 12  # reports named in a conflict's detail (all are in its `articles`)


def strength(fact_type: str, status: str | None) -> int:
    """How strong a status is for a fact type (0 for None or an unknown status)."""
    return STRENGTH.get(fact_type, {}).get(status or "", 0)


def _status(fact: Fact) -> str | None:
    return None if isinstance(fact, MissionCount) else fact.status.value


def _quantity(fact: Fact) -> Quantity | None:
    return fact.quantity if isinstance(fact, ArmsTransfer) else fact.count


def count_sources(mentions: Sequence[Mention]) -> int:
    """Independent sources: outlets joined when they carry one story; no source = a source of its own."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_story: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_story[m.story].add("src:" + normalise(m.source) if m.source and normalise(m.source) else "story:" + m.story)
    for keys in by_story.values():
        first, *rest = sorted(keys)
        for k in rest:
            a, b = find(first), find(k)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return len({find(k) for keys in by_story.values() for k in keys})


def _distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for v in sorted(v.strip() for v in values if v and v.strip()):
        seen.setdefault(normalise(v), v)
    return tuple(sorted(seen.values()))


def _history(fact_type: str, mentions: Sequence[Mention]) -> tuple[StatusReport, ...]:
    """One report per story and status (its earliest), in date order (undated last)."""
    seen: dict[tuple[str, str], StatusReport] = {}
    for m in mentions:
        status = _status(m.fact)
        if status is None or (m.story, status) in seen:
            continue
        fact: Any = m.fact
        seen[(m.story, status)] = StatusReport(status, m.published, fact.when, m.source, m.article,
                                               fact.attributed_to)
    return tuple(sorted(seen.values(), key=lambda h: (h.reported is None, h.reported or date.min,
                                                      strength(fact_type, h.status), h.article)))


def _latest(fact_type: str, history: Sequence[StatusReport]) -> str | None:
    dated = [h for h in history if h.reported is not None]
    if not dated:
        return None
    last = max(h.reported for h in dated if h.reported is not None)
    return max((h.status for h in dated if h.reported == last), key=lambda s: strength(fact_type, s))


def _status_conflict(fact_type: str, history: Sequence[StatusReport]) -> Conflict | None:
    """Disagreement not explained by progress: undated or same-day differences, or a later weaker report."""
    if fact_type not in ("closure", "opening") or len({h.status for h in history}) < 2:
        return None
    dated = [h for h in history if h.reported is not None]
    undated = [h for h in history if h.reported is None]
    clash = bool(undated)
    by_day: dict[date, set[str]] = defaultdict(set)
    for h in dated:
        assert h.reported is not None
        by_day[h.reported].add(h.status)
    clash = clash or any(len(s) > 1 for s in by_day.values())
    strongest_so_far = 0
    for day in sorted(by_day):
        weakest = min(strength(fact_type, s) for s in by_day[day])
        clash = clash or weakest < strongest_so_far
        strongest_so_far = max(strongest_so_far, *(strength(fact_type, s) for s in by_day[day]))
    if not clash:
        return None
    parts = [f"{h.status} ({h.article}{', ' + h.reported.isoformat() if h.reported else ''})" for h in history]
    if len(parts) > _MAX_LISTED:
        parts = [*parts[:_MAX_LISTED], f"and {len(parts) - _MAX_LISTED} more"]
    return Conflict("status", "sources differ: " + "; ".join(parts), tuple(sorted({h.article for h in history})))


def _when_conflict(fact_type: str, mentions: Sequence[Mention]) -> Conflict | None:
    if fact_type not in ("closure", "opening"):
        return None
    dated: dict[str, Period] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        fact: Any = m.fact
        if fact.status is Status.COMPLETED and fact.when is not None and fact.when.start is not None:
            dated.setdefault(fact.when.iso, fact.when)
            articles[fact.when.iso].add(m.article)
    periods = list(dated.values())
    if len(periods) < 2:
        return None
    latest_start = max(p.start for p in periods if p.start is not None)
    earliest_end = min(p.end for p in periods if p.end is not None)
    if latest_start <= earliest_end:
        return None
    detail = "completed on " + " vs ".join(f"{iso} ({', '.join(sorted(articles[iso]))})" for iso in sorted(dated))
    return Conflict("when", detail, tuple(sorted(set().union(*articles.values()))))


def _unit_class(unit: str | None) -> str | None:
    if unit == "percent":
        return "percent"
    return unit if unit in _CURRENCIES else None


def _figures(mentions: Sequence[Mention], convert: Converter | None) -> list[Figure]:
    """One figure per story and stated number."""
    seen: set[tuple[Any, ...]] = set()
    out: list[Figure] = []
    for m in mentions:
        q = _quantity(m.fact)
        if q is None:
            continue
        status = _status(m.fact)
        key = (m.story, q.value, q.bound, q.unit, q.upper, status)
        if key in seen:
            continue
        seen.add(key)
        fig = Figure(q.value, q.bound, q.text, m.article, m.source, m.published, status,
                     _unit_class(q.unit), q.upper)
        out.append(convert(fig, m) if convert else fig)
    return out


def _ranges(fact_type: str, figures: Sequence[Figure]) -> tuple[QuantityRange, ...]:
    groups: dict[tuple[str | None, str | None], list[Figure]] = defaultdict(list)
    for fig in figures:
        groups[(fig.status, fig.unit)].append(fig)
    out = []
    for (status, unit), figs in groups.items():
        low = min(figs, key=lambda f: (f.value, f.article))
        high = max(figs, key=lambda f: (f.upper if f.upper is not None else f.value, _rev(f.article)))
        spans = [f.interval() for f in figs]
        at_least = max(lo for lo, _ in spans)
        tops = [hi for _, hi in spans if hi is not None]
        at_most = min(tops) if tops else None
        out.append(QuantityRange(status, unit, low, high, at_least, at_most, _clash(figs) is not None, tuple(figs)))
    return tuple(sorted(out, key=lambda r: (-strength(fact_type, r.status), r.unit is not None, r.unit or "")))


def _rev(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _clash(figures: Sequence[Figure]) -> tuple[Figure, Figure] | None:
    """Two figures that cannot both hold, among figures not ordered in time (same day, or undated).

    Figures reported on different days may differ because the thing itself changed.
    """
    undated = [f for f in figures if f.published is None]
    by_day: dict[date, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.published is not None:
            by_day[f.published].append(f)
    for pool in [undated + by_day[day] for day in sorted(by_day)] or [undated]:
        if len(pool) < 2:
            continue
        floor = max(pool, key=lambda f: (f.interval()[0], _rev(f.article)))
        ceiling = min(pool, key=lambda f: (_top(f), f.article))
        if floor.interval()[0] > _top(ceiling) + 1e-9:
            return floor, ceiling
    return None


def _top(fig: Figure) -> float:
    top = fig.interval()[1]
    return float("inf") if top is None else top


def _quantity_conflicts(ranges: Sequence[QuantityRange]) -> list[Conflict]:
    out = []
    for r in ranges:
        pair = _clash(r.figures)
        if pair is None:
            continue
        floor, ceiling = pair
        label = f"{r.status}: " if r.status else ""
        detail = f"{label}{floor} ({floor.article}) and {ceiling} ({ceiling.article}) cannot both hold"
        out.append(Conflict("quantity", detail, tuple(sorted({f.article for f in r.figures}))))
    return out


def _most_supported(pairs: Iterable[tuple[str, Any]], rank: Callable[[Any], Any] = lambda v: 0) -> Any:
    """The value stated by most stories; ties by `rank` (higher first), then the smallest key."""
    stories: dict[str, set[str]] = defaultdict(set)
    values: dict[str, Any] = {}
    for story, value in pairs:
        if value is None:
            continue
        key = _canonical(value)
        stories[key].add(story)
        values.setdefault(key, value)
    if not values:
        return None
    best = min(values, key=lambda k: (-len(stories[k]), _negate(rank(values[k])), k))
    return values[best]


def _canonical(value: Any) -> str:
    if isinstance(value, Period):
        return value.iso
    if isinstance(value, Quantity):
        return f"{value.value!r}|{value.bound.value}|{value.unit}|{value.upper!r}"
    return value if isinstance(value, str) else repr(value)


def _negate(rank: Any) -> Any:
    return tuple(-x for x in rank) if isinstance(rank, tuple) else -rank


def _period_rank(p: Period) -> tuple[int, int]:
    return (_PRECISION[p.precision.value], p.year is not None)


def _merged_fact(fact_type: str, mentions: Sequence[Mention], top: str | None, kind: MissionKind | None,
                 city: str | None) -> Fact:
    first: Any = mentions[0].fact
    strong = [m for m in mentions if _status(m.fact) == top] or list(mentions)
    attributed = _most_supported((m.story, getattr(m.fact, "attributed_to", None)) for m in mentions)
    quantity = _most_supported(((m.story, _quantity(m.fact)) for m in strong),
                               lambda q: (q.bound is Bound.EXACT, q.value))
    when = _most_supported(((m.story, getattr(m.fact, "when", None)) for m in strong), _period_rank)
    if isinstance(first, (Closure, Opening)):
        mission = Mission(first.mission.sender, first.mission.host, city, kind or first.mission.kind)
        return type(first)(mission, Status(top or first.status.value), when, quantity, attributed)
    if isinstance(first, MissionCount):
        return MissionCount(first.sender, first.kind, quantity, first.as_of, attributed)
    facts: list[ArmsTransfer] = [m.fact for m in mentions if isinstance(m.fact, ArmsTransfer)]
    sinces = [f.since for f in facts if f.since is not None]
    known = [p for p in sinces if p.start is not None]
    since = min(known, key=lambda p: (p.start, p.iso)) if known else min(sinces, key=lambda p: p.iso, default=None)
    item = _most_supported((m.story, m.fact.item) for m in mentions if isinstance(m.fact, ArmsTransfer))
    return ArmsTransfer(
        first.supplier, first.recipient, first.category, item or first.item, quantity, since, when,
        TransferStatus(top or first.status.value), attributed,
        _most_supported((m.story, m.fact.designation) for m in mentions if isinstance(m.fact, ArmsTransfer)),
        _most_supported((m.story, m.fact.calibre) for m in mentions if isinstance(m.fact, ArmsTransfer)),
    )


def build_finding(fid: str, fact_type: str, group: bool, mentions: Sequence[Mention], notes: Sequence[str], *,
                  kind: MissionKind | None = None, city: str | None = None,
                  convert: Converter | None = None) -> Finding:
    """A Finding from mentions sorted by (undated last, date, article)."""
    history = _history(fact_type, mentions)
    statuses = {s for s in (_status(m.fact) for m in mentions) if s is not None}
    top = max(statuses, key=lambda s: strength(fact_type, s)) if statuses else None
    figures = _figures(mentions, convert)
    ranges = _ranges(fact_type, figures)
    conflicts = [c for c in (_status_conflict(fact_type, history), _when_conflict(fact_type, mentions)) if c]
    conflicts += _quantity_conflicts(ranges)
    dates = [m.published for m in mentions if m.published is not None]
    all_notes = list(notes) + sorted({f.note for f in figures if f.note})
    finding = Finding(
        id=fid, fact_type=fact_type, group=group, fact=_merged_fact(fact_type, mentions, top, kind, city),
        mentions=tuple(mentions), n_articles=len({m.story for m in mentions}), n_sources=count_sources(mentions),
        sources=_distinct(m.source for m in mentions),
        attributions=_distinct(getattr(m.fact, "attributed_to", None) for m in mentions),
        first_reported=min(dates) if dates else None, last_reported=max(dates) if dates else None,
        history=history, latest_status=_latest(fact_type, history), strongest_status=top, ranges=ranges,
        conflicts=tuple(conflicts), notes=tuple(all_notes), event=event_code(fact_type, top),
    )
    return finding

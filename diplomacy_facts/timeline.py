"""Timelines over `Findings`: dated events in order, undated last in a stable order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from diplomacy_facts.findings import Finding, Findings, Mention
from diplomacy_facts.merging import count_sources, strength
from diplomacy_facts.model import ArmsTransfer, MissionCount, Period

__all__ = ["TimelineEntry", "timeline"]


@attrs.frozen
class TimelineEntry:
    """A dated step of a finding: its first report at one status, on the event date where known."""

    date: Period | None
    basis: str  # "event" (the fact's date), "reported" (publication date) or "undated"
    fact_type: str
    finding: str
    status: str | None
    summary: str
    n_sources: int
    articles: tuple[str, ...]

    def __str__(self) -> str:
        day = self.date.iso if self.date else "undated"
        return f"{day} [{self.basis}] {self.summary} ({self.status or 'stated'}, {self.n_sources} src)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.iso if self.date else None,
            "basis": self.basis,
            "fact_type": self.fact_type,
            "finding": self.finding,
            "status": self.status,
            "summary": self.summary,
            "n_sources": self.n_sources,
            "articles": list(self.articles),
        }


def _involves(f: Finding, sender: str | None) -> bool:
    fact = f.fact
    if sender is None:
        return True
    if isinstance(fact, ArmsTransfer):
        return sender in (fact.supplier, fact.recipient)
    if isinstance(fact, MissionCount):
        return fact.sender == sender
    return fact.mission.sender == sender


def _status_of(m: Mention) -> str | None:
    return None if isinstance(m.fact, MissionCount) else m.fact.status.value


def _entry(f: Finding, status: str | None, ms: Sequence[Mention]) -> TimelineEntry:
    whens = [p for m in ms if (p := getattr(m.fact, "when", None) or getattr(m.fact, "as_of", None))]
    known = [p for p in whens if p.start is not None]
    reported = [m.published for m in ms if m.published is not None]
    if known:
        day, basis = min(known, key=lambda p: (p.start, p.iso)), "event"
    elif reported:
        day, basis = Period.from_date(min(reported)), "reported"
    elif whens:
        day, basis = min(whens, key=lambda p: p.iso), "event"
    else:
        day, basis = None, "undated"
    return TimelineEntry(
        day,
        basis,
        f.fact_type,
        f.id,
        status,
        f.fact.summary(),
        count_sources(ms),
        tuple(sorted({m.article for m in ms})),
    )


def timeline(
    findings: Findings | Iterable[Finding], sender: str | None = None, *, include_counts: bool = False
) -> tuple[TimelineEntry, ...]:
    """Dated events in order: one per finding and status, dated by the event where stated.

    Entries whose date has no year ("XXXX-10") or no date at all come last, in the findings'
    order. `sender` keeps one country's missions and the arms flows it sends or receives.
    """
    dated: list[tuple[Any, TimelineEntry]] = []
    undated: list[tuple[Any, TimelineEntry]] = []
    for index, f in enumerate(findings):
        if not _involves(f, sender) or (f.fact_type == "mission_count" and not include_counts):
            continue
        by_status: dict[str | None, list[Mention]] = {}
        for m in f.mentions:
            by_status.setdefault(_status_of(m), []).append(m)
        for status, ms in by_status.items():
            entry = _entry(f, status, ms)
            rank = strength(f.fact_type, status)
            if entry.date is not None and entry.date.start is not None:
                dated.append(((entry.date.start, entry.date.end, index, rank), entry))
            else:
                undated.append(((index, rank), entry))
    return tuple(e for _, e in sorted(dated, key=lambda x: x[0])) + tuple(
        e for _, e in sorted(undated, key=lambda x: x[0])
    )

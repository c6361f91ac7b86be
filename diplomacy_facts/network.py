"""Per-country network view over `Findings`.

`network(findings, "KP")` gives, per kind of mission, the last stated size, the missions
closed and opened since, the figures given for the wave of closures, and the resulting
estimate as a range.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from diplomacy_facts.findings import Figure, Finding, Findings, Mention, fmt_number
from diplomacy_facts.merging import count_sources, strength
from diplomacy_facts.model import Closure, MissionKind, Opening, Period
from diplomacy_facts.sizes import NETWORK_KINDS, StatedSize, derived_total, last_size, stated_sizes

__all__ = ["Change", "NetworkRow", "NetworkView", "network"]

_ROW_KINDS = (*NETWORK_KINDS, MissionKind.MISSION, MissionKind.RELATIONS)


@attrs.frozen
class Change:
    """A mission closed or opened, as the network view uses it."""

    host: str | None
    city: str | None
    kind: str
    status: str | None
    when: Period | None
    first_reported: date | None
    n_sources: int
    n_articles: int
    finding: str
    dated: bool

    def __str__(self) -> str:
        where = (self.host or "?") + (f" ({self.city})" if self.city else "")
        when = f" {self.when.iso}" if self.when else (f" reported {self.first_reported}" if self.first_reported else "")
        return f"{where} {self.kind} {self.status}{when}, {self.n_sources} src"

    def to_dict(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "city": self.city,
            "kind": self.kind,
            "status": self.status,
            "when": self.when.iso if self.when else None,
            "first_reported": self.first_reported.isoformat() if self.first_reported else None,
            "n_sources": self.n_sources,
            "n_articles": self.n_articles,
            "finding": self.finding,
            "dated": self.dated,
        }


@attrs.frozen
class NetworkRow:
    """One kind of mission: last stated size, changes since, estimate [low, high]."""

    kind: str
    size: float | None
    size_text: str | None
    size_date: date | None
    size_source: str | None
    closed: tuple[Change, ...]
    opened: tuple[Change, ...]
    low: float | None
    high: float | None
    notes: tuple[str, ...] = ()
    groups: tuple[Figure, ...] = ()  # figures of group findings (waves) taken into account

    @property
    def wave(self) -> str:
        """The span of figures given for the wave of closures still to come ("10-12"), or ""."""
        values = [f.upper if f.upper is not None else f.value for f in self.groups if f.status != "completed"]
        if not values:
            return ""
        low, high = min(values), max(values)
        return fmt_number(low) if low == high else f"{fmt_number(low)}-{fmt_number(high)}"

    @property
    def estimate(self) -> str:
        if self.low is None or self.high is None:
            return ""
        return fmt_number(self.low) if self.low == self.high else f"{fmt_number(self.low)}-{fmt_number(self.high)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "size": self.size,
            "size_text": self.size_text,
            "size_date": self.size_date.isoformat() if self.size_date else None,
            "size_source": self.size_source,
            "closed": [c.to_dict() for c in self.closed],
            "opened": [c.to_dict() for c in self.opened],
            "low": self.low,
            "high": self.high,
            "notes": list(self.notes),
            "groups": [f.to_dict() for f in self.groups],
        }


@attrs.frozen
class NetworkView:
    """`sender`'s diplomatic network as the findings describe it (at `as_of` if given)."""

    sender: str
    as_of: date | None
    rows: tuple[NetworkRow, ...]

    def row(self, kind: str) -> NetworkRow:
        for r in self.rows:
            if r.kind == kind:
                return r
        raise KeyError(kind)

    def table(self) -> str:
        """A plain-text table, one row per kind, then the hosts closed and opened."""
        head = ("kind", "last stated size", "as of", "source", "closed since", "opened since", "wave", "estimate")
        rows = [
            (
                r.kind,
                r.size_text or "",
                r.size_date.isoformat() if r.size_date else "undated" if r.size_text else "",
                r.size_source or "",
                _tally(r.kind, r.closed),
                _tally(r.kind, r.opened),
                r.wave,
                r.estimate,
            )
            for r in self.rows
        ]
        widths = [max(len(x[i]) for x in (head, *rows)) for i in range(len(head))]
        lines = [f"network of {self.sender}" + (f" as of {self.as_of}" if self.as_of else "")]
        lines += ["  ".join(c.ljust(w) for c, w in zip(x, widths, strict=True)).rstrip() for x in (head, *rows)]
        for r in self.rows:
            lines += [f"  {r.kind} wave: {g.status} {g} ({g.article})" for g in r.groups]
            lines += [f"  {r.kind} closed: {c}" for c in r.closed]
            lines += [f"  {r.kind} opened: {c}" for c in r.opened]
            lines += [f"  {r.kind} note: {n}" for n in r.notes]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.table()

    def to_dict(self) -> dict[str, Any]:
        return {
            "sender": self.sender,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "rows": [r.to_dict() for r in self.rows],
        }


def _tally(kind: str, changes: Sequence[Change]) -> str:
    if kind != MissionKind.MISSION.value or not changes:
        return str(len(changes))
    places = _distinct_places(changes)
    return str(places) if places == len(changes) else f"{len(changes)} ({places} places)"


def _visible(f: Finding, as_of: date | None) -> tuple[Mention, ...]:
    return tuple(m for m in f.mentions if as_of is None or m.published is None or m.published <= as_of)


def _change(f: Finding, ms: Sequence[Mention]) -> Change:
    fact = f.fact
    assert isinstance(fact, (Closure, Opening))
    statuses = [m.fact.status.value for m in ms if isinstance(m.fact, (Closure, Opening))]
    top = max(statuses, key=lambda s: strength(f.fact_type, s))
    dates = [m.published for m in ms if m.published is not None]
    when = fact.when if fact.when is not None and fact.when.start is not None else None
    return Change(
        fact.mission.host,
        fact.mission.city,
        fact.mission.kind.value,
        top,
        fact.when,
        min(dates) if dates else None,
        count_sources(ms),
        len({m.story for m in ms}),
        f.id,
        when is not None or bool(dates),
    )


def _change_day(c: Change) -> date | None:
    if c.when is not None and c.when.start is not None:
        return c.when.end
    return c.first_reported


def _size(
    findings: Sequence[Finding], sender: str, kind: MissionKind, as_of: date | None
) -> tuple[float, str, date | None, str | None, list[str]] | None:
    def seen(c: StatedSize) -> bool:
        return as_of is None or c.figure.published is None or c.figure.published <= as_of

    pick = last_size([c for c in stated_sizes(findings, sender, kind) if seen(c)], as_of)
    if pick is not None:
        return pick.value, str(pick.figure), pick.as_of, pick.figure.source or pick.figure.article, []
    if kind is not MissionKind.MISSION:
        return None
    total = derived_total(findings, sender, as_of)
    if total is None:
        return None
    value, _, text, parts = total
    dates = [p.as_of for p in parts if p.as_of is not None]
    return value, fmt_number(value), max(dates) if dates else None, None, [f"size is the sum {text}"]


def _wave(
    findings: Sequence[Finding], fact_type: str, sender: str, kinds: set[str], since: date | None, as_of: date | None
) -> tuple[float, float, list[Figure]]:
    """(figure stated as done at least, largest figure stated for the wave, figures) of group findings."""
    done = wave = 0.0
    figures: list[Figure] = []
    for f in findings:
        fact = f.fact
        if not (f.group and f.fact_type == fact_type and isinstance(fact, (Closure, Opening))):
            continue
        if fact.mission.sender != sender or fact.mission.kind.value not in kinds or not _visible(f, as_of):
            continue
        if since is not None and f.first_reported is not None and f.first_reported <= since:
            continue
        placed = since is None or f.first_reported is not None  # an undated wave only widens the range
        for r in f.ranges:
            if r.unit is not None:
                continue
            for fig in r.figures:
                if as_of is not None and fig.published is not None and fig.published > as_of:
                    continue
                figures.append(fig)
                if r.status == "completed" and placed:
                    done = max(done, math.ceil(fig.interval()[0] - 1e-9))
                wave = max(wave, math.ceil((fig.upper if fig.upper is not None else fig.value) - 1e-9))
    return done, wave, figures


def _distinct_places(changes: Iterable[Change]) -> int:
    return len({(c.host, (c.city or "").casefold()) for c in changes})


def _row(findings: Sequence[Finding], sender: str, kind: MissionKind, as_of: date | None) -> NetworkRow | None:
    size = _size(findings, sender, kind, as_of)
    notes: list[str] = list(size[4]) if size else []
    since = size[2] if size else None
    kinds = {k.value for k in NETWORK_KINDS} | {"mission"} if kind is MissionKind.MISSION else {kind.value}
    closed: list[Change] = []
    opened: list[Change] = []
    uncertain: dict[str, list[Change]] = {"closure": [], "opening": []}
    if kind is not MissionKind.RELATIONS:
        for f in findings:
            fact = f.fact
            if f.group or not isinstance(fact, (Closure, Opening)) or fact.mission.sender != sender:
                continue
            if fact.mission.kind.value not in kinds or not (ms := _visible(f, as_of)):
                continue
            change = _change(f, ms)
            day = _change_day(change)
            if size is not None and since is not None and day is not None and day <= since:
                continue
            if size is not None and since is not None and day is None:
                uncertain[f.fact_type].append(change)
                continue
            (closed if f.fact_type == "closure" else opened).append(change)
    if size is None and not closed and not opened:
        return None
    low = high = None
    groups: list[Figure] = []
    if size is not None:
        count = _distinct_places if kind is MissionKind.MISSION else len
        c_done = count([c for c in closed if c.status == "completed"])
        o_done = count([c for c in opened if c.status == "completed"])
        done, wave, groups = _wave(findings, "closure", sender, kinds, since, as_of)
        o_min, o_wave, _ = _wave(findings, "opening", sender, kinds, since, as_of)
        c_all = count(closed + uncertain["closure"])
        o_all = count(opened + uncertain["opening"])
        high = size[0] - max(c_done, done) + max(o_all, o_wave)
        low = max(0.0, size[0] - max(c_all, wave, done) + max(o_done, o_min))
        if kind is MissionKind.RELATIONS:
            low = high = size[0]
            notes.append("ties with countries: mission closures do not change it")
        if since is None and (closed or opened):
            notes.append("size undated: every reported change applied")
        for key, label in (("closure", "closures"), ("opening", "openings")):
            if uncertain[key]:
                notes.append(f"{len(uncertain[key])} undated {label} widen the range only")
        if kind is MissionKind.MISSION:
            notes.append("closures counted once per host and city across kinds")
    return NetworkRow(
        kind.value,
        size[0] if size else None,
        size[1] if size else None,
        since,
        size[3] if size else None,
        tuple(sorted(closed, key=_change_order)),
        tuple(sorted(opened, key=_change_order)),
        low,
        high,
        tuple(notes),
        tuple(groups),
    )


def _change_order(c: Change) -> tuple[Any, ...]:
    day = _change_day(c)
    return (day is None, day or date.min, c.host or "", c.kind, c.finding)


def network(findings: Findings | Iterable[Finding], sender: str, as_of: date | None = None) -> NetworkView:
    """`sender`'s network per kind: last stated size, closures and openings since, estimate [low, high].

    Estimate: high = size - closures stated as completed (or a "at least N have closed"
    group figure) + every opening; low = size - every closure (or the largest figure given
    for the wave) + completed openings. With `as_of`, reports published later are ignored.
    """
    pool = tuple(findings)
    rows = [r for k in _ROW_KINDS if (r := _row(pool, sender, k, as_of)) is not None]
    return NetworkView(sender, as_of, tuple(rows))

"""Stated network sizes: which "47 embassies" holds at a date, and totals from their parts.

Used to turn "nearly 25 percent of its embassies" into a count and by the network view.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from diplomacy_facts.findings import Figure, Finding, fmt_number
from diplomacy_facts.model import Bound, MissionCount, MissionKind

__all__ = ["NETWORK_KINDS", "StatedSize", "derived_total", "last_size", "stated_sizes"]

#: The kinds a network is made of (their sum is the number of missions).
NETWORK_KINDS: tuple[MissionKind, ...] = (
    MissionKind.EMBASSY, MissionKind.HIGH_COMMISSION, MissionKind.CONSULATE, MissionKind.REPRESENTATIVE_OFFICE,
    MissionKind.PERMANENT_MISSION, MissionKind.TRADE_OFFICE,
)


@attrs.frozen
class StatedSize:
    """One stated size of a network: the figure, the date it holds for, and its support."""

    kind: MissionKind
    figure: Figure
    as_of: date | None  # the stated "as of" date (its last day), else the report date
    explicit: bool  # True when the article gave the "as of" date itself
    support: int  # stories stating the same finding
    finding: str

    @property
    def value(self) -> float:
        return self.figure.value

    def describe(self) -> str:
        when = f" as of {self.as_of.isoformat()}" if self.as_of else ""
        return f"{fmt_number(self.value)} {self.kind.value}{when} ({self.figure.article})"


def stated_sizes(findings: Iterable[Finding], sender: str | None, kind: MissionKind) -> list[StatedSize]:
    """Every stated size of `sender`'s network of `kind`, one per story and figure."""
    out: list[StatedSize] = []
    for f in findings:
        fact = f.fact
        if not isinstance(fact, MissionCount) or fact.sender != sender or fact.kind is not kind:
            continue
        stated = fact.as_of.end if fact.as_of is not None else None
        for rng in f.ranges:
            if rng.unit is not None:
                continue
            for fig in rng.figures:
                out.append(StatedSize(kind, fig, stated or fig.published, stated is not None, f.n_articles, f.id))
    return out


def last_size(candidates: Iterable[StatedSize], ref: date | None = None, *, strict: bool = True) -> StatedSize | None:
    """The size that holds at `ref`: the newest dated one on or before it, else the best supported.

    Undated sizes rank below dated ones; ties go to the explicitly dated, the better supported,
    the larger, then the smaller article id. With `strict=False`, sizes stated after `ref` are
    used when none is older.
    """
    cands = list(candidates)
    eligible = [c for c in cands if ref is None or c.as_of is None or c.as_of <= ref]
    if not eligible and not strict:
        eligible = cands
    if not eligible:
        return None
    return max(eligible, key=lambda c: (c.as_of is not None, c.as_of or date.min, c.explicit, c.support,
                                        c.value, _neg(c.figure.article)))


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


def derived_total(
    findings: Iterable[Finding], sender: str | None, ref: date | None = None, *, strict: bool = True
) -> tuple[float, Bound, str, tuple[StatedSize, ...]] | None:
    """The number of missions as the sum of the kinds' sizes, when at least two kinds are stated."""
    pool = list(findings)
    parts = [last_size(stated_sizes(pool, sender, kind), ref, strict=strict) for kind in NETWORK_KINDS]
    known = tuple(p for p in parts if p is not None)
    if len(known) < 2:
        return None
    bound = Bound.EXACT if all(p.figure.bound is Bound.EXACT for p in known) else Bound.APPROX
    text = " + ".join(f"{fmt_number(p.value)} {p.kind.value}" for p in known)
    return sum(p.value for p in known), bound, text, known

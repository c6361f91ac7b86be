"""What `aggregate()` returns: `Finding`s (one per thing many articles describe) in `Findings`.

Every class is a frozen attrs class with ``to_dict()`` / ``from_dict()`` (JSON-ready, and
``from_dict(to_dict(x)) == x``). Exports (flat records, JSONL, pandas, HTML) live on
`Findings`; the flat columns are `RECORD_COLUMNS`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import IO, Any

import attrs

from diplomacy_facts.events import EventCode
from diplomacy_facts.model import ArmsTransfer, Bound, Closure, Fact, MissionCount, Opening, Period

__all__ = [
    "FACT_CLASSES",
    "Conflict",
    "Figure",
    "Finding",
    "Findings",
    "Mention",
    "QuantityRange",
    "StatusReport",
    "normalise_fact_type",
]

#: Fact type name -> class, in display order.
FACT_CLASSES: Mapping[str, type[Any]] = MappingProxyType({
    "closure": Closure,
    "opening": Opening,
    "mission_count": MissionCount,
    "arms_transfer": ArmsTransfer,
})
_PLURALS: Mapping[str, str] = MappingProxyType({
    "closures": "closure", "openings": "opening", "mission_counts": "mission_count", "arms_transfers": "arms_transfer"})

#: How much an "about N" may differ from N before two figures are said to disagree.
APPROX_TOLERANCE = 0.1


def normalise_fact_type(name: str) -> str:
    """"closures" or "closure" -> "closure"; ValueError for an unknown fact type."""
    key = _PLURALS.get(name, name)
    if key not in FACT_CLASSES:
        raise ValueError(f"unknown fact type {name!r}; expected one of {', '.join(FACT_CLASSES)}")
    return key


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _num(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


_SIGN: Mapping[Bound, str] = MappingProxyType(
    {Bound.EXACT: "", Bound.APPROX: "~", Bound.LOWER: ">=", Bound.UPPER: "<="})


def fmt_number(value: float) -> str:
    """47.0 -> "47", 11.75 -> "11.75", 10.600000001 -> "10.6"."""
    return f"{round(value, 2):g}" if abs(value) < 1e6 else f"{value:,.0f}"


@attrs.frozen
class Mention:
    """One article's statement of a finding: which article, its story, source, date and fact."""

    article: str
    story: str
    source: str | None
    published: date | None
    fact: Fact

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "story": self.story, "source": self.source,
                "published": _iso(self.published), "fact_type": self.fact.FACT_TYPE, "fact": self.fact.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        kind = FACT_CLASSES[normalise_fact_type(str(data["fact_type"]))]
        return cls(str(data["article"]), str(data["story"]), data.get("source"), _day(data.get("published")),
                   kind.from_dict(dict(data["fact"])))


@attrs.frozen
class StatusReport:
    """One step of a status history: who reported which status, when (report date and event date)."""

    status: str
    reported: date | None
    when: Period | None
    source: str | None
    article: str
    attributed_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "reported": _iso(self.reported), "when": self.when.iso if self.when else None,
                "source": self.source, "article": self.article, "attributed_to": self.attributed_to}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StatusReport:
        when = data.get("when")
        return cls(str(data["status"]), _day(data.get("reported")), None if when is None else Period.from_iso(when),
                   data.get("source"), str(data["article"]), data.get("attributed_to"))


@attrs.frozen
class Figure:
    """One stated number, as a count where a percent could be converted (then `base` is set)."""

    value: float
    bound: Bound
    text: str
    article: str
    source: str | None = None
    published: date | None = None
    status: str | None = None
    unit: str | None = None
    upper: float | None = None
    base: float | None = None
    note: str | None = None

    def interval(self) -> tuple[float, float | None]:
        """What the figure allows: exact -> [v, v], about -> v ± 10 %, over -> [v, ∞), up to -> [0, v]."""
        if self.bound is Bound.EXACT:
            return (self.value, self.value)
        if self.bound is Bound.APPROX:
            return (self.value * (1 - APPROX_TOLERANCE), self.value * (1 + APPROX_TOLERANCE))
        if self.bound is Bound.LOWER:
            return (self.value, self.upper)
        return (0.0, self.value)

    def phrase(self) -> str:
        """The figure as stated ("nearly 25 percent"), or rebuilt from its parts ("<=25%")."""
        if self.text:
            return self.text
        value = self.value if self.base is None else self.value * 100 / self.base
        unit = "%" if self.unit == "percent" or self.base is not None else ""
        return f"{_SIGN[self.bound]}{fmt_number(value)}{unit}"

    def __str__(self) -> str:
        shown = f"{_SIGN[self.bound]}{fmt_number(self.value)}{'%' if self.unit == 'percent' else ''}"
        if self.base is not None:
            return f"{shown} ({self.phrase()} of {fmt_number(self.base)})"
        plain = self.text.replace(",", "")
        return f"{shown} ({self.text})" if self.text and plain not in (shown, fmt_number(self.value)) else shown

    def to_dict(self) -> dict[str, Any]:
        return {"value": _num(self.value), "bound": self.bound.value, "text": self.text, "article": self.article,
                "source": self.source, "published": _iso(self.published), "status": self.status, "unit": self.unit,
                "upper": _num(self.upper), "base": _num(self.base), "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Figure:
        def opt(key: str) -> float | None:
            return None if data.get(key) is None else float(data[key])

        return cls(float(data["value"]), Bound(data["bound"]), str(data.get("text") or ""), str(data["article"]),
                   data.get("source"), _day(data.get("published")), data.get("status"), data.get("unit"),
                   opt("upper"), opt("base"), data.get("note"))


@attrs.frozen
class QuantityRange:
    """The spread of figures stated for one status (and unit): a range, not a mean.

    `low`/`high` span the stated figures (each end keeps its bound: "as many as 10" is an
    upper bound at 10); `at_least`/`at_most` is what all figures allow together, None where
    unbounded; `conflict` is True when no number satisfies every figure.
    """

    status: str | None
    unit: str | None
    low: Figure
    high: Figure
    at_least: float
    at_most: float | None
    conflict: bool
    figures: tuple[Figure, ...]

    def __str__(self) -> str:
        span = str(self.low) if self.low == self.high else f"{self.low} .. {self.high}"
        extra = " (figures disagree)" if self.conflict else ""
        return f"{span}{extra}"

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "unit": self.unit, "low": self.low.to_dict(), "high": self.high.to_dict(),
                "at_least": _num(self.at_least), "at_most": _num(self.at_most), "conflict": self.conflict,
                "figures": [f.to_dict() for f in self.figures]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuantityRange:
        at_most = data.get("at_most")
        return cls(data.get("status"), data.get("unit"), Figure.from_dict(data["low"]), Figure.from_dict(data["high"]),
                   float(data["at_least"]), None if at_most is None else float(at_most), bool(data["conflict"]),
                   tuple(Figure.from_dict(f) for f in data.get("figures") or ()))


@attrs.frozen
class Conflict:
    """Sources that disagree on one field ("status", "quantity", "when"): data, not an error."""

    field: str
    detail: str
    articles: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "detail": self.detail, "articles": list(self.articles)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conflict:
        return cls(str(data["field"]), str(data["detail"]), tuple(data.get("articles") or ()))


@attrs.frozen
class Finding:
    """One thing (a mission's closure, a wave of closures, a network size, an arms flow) and its reports.

    `fact` is the merged fact (strongest status, most corroborated figure and date); the
    reports themselves are in `mentions`. `n_articles` counts stories (syndicated copies once),
    `n_sources` counts independent sources (outlets carrying one story count once; an article
    without a source is a source of its own).
    """

    id: str
    fact_type: str
    group: bool
    fact: Fact
    mentions: tuple[Mention, ...]
    n_articles: int
    n_sources: int
    sources: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()
    first_reported: date | None = None
    last_reported: date | None = None
    history: tuple[StatusReport, ...] = ()
    latest_status: str | None = None
    strongest_status: str | None = None
    ranges: tuple[QuantityRange, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    notes: tuple[str, ...] = ()
    event: EventCode | None = None

    @property
    def range(self) -> QuantityRange | None:
        """The range of counts at the strongest status that has numbers (None without numbers)."""
        counted = [r for r in self.ranges if r.unit is None] or list(self.ranges)
        return counted[0] if counted else None

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({m.article for m in self.mentions}))

    def summary(self) -> str:
        head = self.fact.summary()
        parts = [head, f"{self.n_sources} source(s), {self.n_articles} article(s)"]
        if self.range is not None:
            parts.append(f"range {self.range}")
        if self.conflicts:
            parts.append("conflicts: " + "; ".join(c.field for c in self.conflicts))
        return " | ".join(parts)

    def explain(self) -> str:
        """The finding, then each report with its evidence."""
        lines = [self.summary()]
        lines += [f"  note: {n}" for n in self.notes]
        lines += [f"  conflict ({c.field}): {c.detail}" for c in self.conflicts]
        for m in self.mentions:
            lines.append(f"  - {m.article} ({m.source or 'source unknown'}, {_iso(m.published) or 'undated'}): "
                         f"{m.fact.summary()}")
            lines += [f"      {ev.sentence}" for ev in m.fact.evidence]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "fact_type": self.fact_type, "group": self.group, "fact": self.fact.to_dict(evidence=False),
            "mentions": [m.to_dict() for m in self.mentions], "n_articles": self.n_articles,
            "n_sources": self.n_sources, "sources": list(self.sources), "attributions": list(self.attributions),
            "first_reported": _iso(self.first_reported), "last_reported": _iso(self.last_reported),
            "history": [h.to_dict() for h in self.history], "latest_status": self.latest_status,
            "strongest_status": self.strongest_status, "ranges": [r.to_dict() for r in self.ranges],
            "conflicts": [c.to_dict() for c in self.conflicts], "notes": list(self.notes),
            "event": None if self.event is None else self.event.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        fact_type = normalise_fact_type(str(data["fact_type"]))
        event = data.get("event")
        return cls(
            id=str(data["id"]), fact_type=fact_type, group=bool(data.get("group")),
            fact=FACT_CLASSES[fact_type].from_dict(dict(data["fact"])),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions") or ()),
            n_articles=int(data["n_articles"]), n_sources=int(data["n_sources"]),
            sources=tuple(data.get("sources") or ()), attributions=tuple(data.get("attributions") or ()),
            first_reported=_day(data.get("first_reported")), last_reported=_day(data.get("last_reported")),
            history=tuple(StatusReport.from_dict(h) for h in data.get("history") or ()),
            latest_status=data.get("latest_status"), strongest_status=data.get("strongest_status"),
            ranges=tuple(QuantityRange.from_dict(r) for r in data.get("ranges") or ()),
            conflicts=tuple(Conflict.from_dict(c) for c in data.get("conflicts") or ()),
            notes=tuple(data.get("notes") or ()), event=None if event is None else EventCode.from_dict(event),
        )


@attrs.frozen
class Findings:
    """All findings of an aggregation, in a fixed order, with the syndication groups found."""

    findings: tuple[Finding, ...]
    n_input: int = 0
    stories: tuple[tuple[str, ...], ...] = ()

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __getitem__(self, id: str) -> Finding:
        for f in self.findings:
            if f.id == id:
                return f
        raise KeyError(id)

    def of_type(self, fact_type: str) -> tuple[Finding, ...]:
        """Findings of one type ("closure" or "closures", "opening", "mission_count", "arms_transfer")."""
        key = normalise_fact_type(fact_type)
        return tuple(f for f in self.findings if f.fact_type == key)

    def to_records(self, fact_type: str | None = None) -> list[dict[str, Any]]:
        """One flat dict per finding (columns `RECORD_COLUMNS`), optionally of one fact type."""
        from diplomacy_facts.report import record

        chosen = self.findings if fact_type is None else self.of_type(fact_type)
        return [record(f) for f in chosen]

    def to_dataframe(self, fact_type: str | None = None) -> Any:
        """A pandas DataFrame of `to_records()` (needs the extra: pip install "diplomacy_facts[pandas]")."""
        from diplomacy_facts.report import dataframe

        return dataframe(self.to_records(fact_type))

    def to_dict(self) -> dict[str, Any]:
        return {"n_input": self.n_input, "stories": [list(s) for s in self.stories],
                "findings": [f.to_dict() for f in self.findings]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Findings:
        return cls(tuple(Finding.from_dict(f) for f in data.get("findings") or ()), int(data.get("n_input") or 0),
                   tuple(tuple(s) for s in data.get("stories") or ()))

    def to_jsonl(self, fh: IO[str]) -> int:
        """Write one finding per JSON line (the full `Finding.to_dict()`); returns the number written."""
        for f in self.findings:
            fh.write(json.dumps(f.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        return len(self.findings)

    @classmethod
    def from_jsonl(cls, lines: Iterable[str]) -> Findings:
        """Read findings written by `to_jsonl` (blank lines skipped)."""
        return cls(tuple(Finding.from_dict(json.loads(line)) for line in lines if line.strip()))

    def __repr__(self) -> str:
        types = ("closure", "opening", "mission_count", "arms_transfer")
        counts = ", ".join(f"{len(self.of_type(t))} {t}" for t in types)
        return f"<Findings: {len(self.findings)} from {self.n_input} articles ({counts})>"

    def summary(self) -> str:
        """One line per finding (its `Finding.summary()`), in the fixed order."""
        return "\n".join(f.summary() for f in self.findings)

    def _repr_html_(self) -> str:
        from diplomacy_facts.report import findings_html

        return findings_html(self.findings)

"""Typed facts: frozen attrs classes and enums, with their SCHEMA.md dictionaries.

Every fact keeps its raw surface text beside the normalised value and carries the
`Evidence` (sentence, character span in the article, rule name) that produced it.
Evidence never takes part in equality: two facts that say the same thing are equal
whatever sentences they came from.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any, ClassVar, TypeAlias

import attrs

__all__ = [
    "ArmsCategory",
    "ArmsTransfer",
    "Bound",
    "Closure",
    "Evidence",
    "Fact",
    "Mission",
    "MissionCount",
    "MissionKind",
    "Opening",
    "Period",
    "Precision",
    "Quantity",
    "Status",
    "TransferStatus",
]


class _StrEnum(enum.StrEnum):
    """An enum whose members serialise as their value."""

    def __str__(self) -> str:
        return str(self.value)


class Bound(_StrEnum):
    """How a number relates to the true amount ("nearly 25 percent" is an upper bound)."""

    EXACT = "exact"
    APPROX = "approx"
    LOWER = "lower"
    UPPER = "upper"


class Precision(_StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class MissionKind(_StrEnum):
    EMBASSY = "embassy"
    CONSULATE = "consulate"
    REPRESENTATIVE_OFFICE = "representative_office"
    PERMANENT_MISSION = "permanent_mission"
    HIGH_COMMISSION = "high_commission"
    TRADE_OFFICE = "trade_office"
    MISSION = "mission"
    RELATIONS = "relations"


class Status(_StrEnum):
    """Modality of a closure or opening."""

    COMPLETED = "completed"
    ONGOING = "ongoing"
    INTENDED = "intended"
    POSSIBLE = "possible"


class TransferStatus(_StrEnum):
    """Certainty of an arms transfer."""

    DELIVERED = "delivered"
    REPORTED = "reported"
    POSSIBLE = "possible"
    AGREED = "agreed"


class ArmsCategory(_StrEnum):
    """SIPRI-aligned weapon categories plus ammunition, drones, small arms, equipment."""

    AMMUNITION = "ammunition"
    MISSILES = "missiles"
    AIR_DEFENCE = "air_defence"
    ARTILLERY = "artillery"
    ARMOURED_VEHICLES = "armoured_vehicles"
    AIRCRAFT = "aircraft"
    DRONES = "drones"
    SHIPS = "ships"
    SMALL_ARMS = "small_arms"
    EQUIPMENT = "equipment"


def _number(value: float) -> int | float:
    """Render 47.0 as 47 in JSON, keep 2.5 as 2.5."""
    return int(value) if float(value).is_integer() else value


@attrs.frozen
class Quantity:
    """A stated amount: `Quantity(25, Bound.UPPER, "percent", "nearly 25 percent")`.

    `upper` is the high end of a stated range ("between 1 and 1.5 million"), whose
    `value` is the low end with bound LOWER.
    """

    value: float
    bound: Bound = Bound.EXACT
    unit: str | None = None
    text: str = attrs.field(default="", eq=False)
    upper: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": _number(self.value), "bound": self.bound.value, "unit": self.unit}
        if self.upper is not None:
            out["upper"] = _number(self.upper)
        if self.text:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        upper = data.get("upper")
        return cls(
            value=float(data["value"]),
            bound=Bound(data.get("bound") or "exact"),
            unit=data.get("unit"),
            text=data.get("text") or "",
            upper=None if upper is None else float(upper),
        )

    def __str__(self) -> str:
        return self.text or f"{self.bound.value} {_number(self.value)} {self.unit or ''}".strip()


@attrs.frozen
class Period:
    """A date or span of unknown-or-known year: day, month or year precision.

    A month with no knowable year ("in August" with no publication date) has
    `year=None` and renders as ``XXXX-08`` (TIMEX3 style).
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    text: str = attrs.field(default="", eq=False)

    def __attrs_post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range in Period: {self.month!r}")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a Period with a day needs a month")
            if self.year is not None:
                date(self.year, self.month, self.day)  # raises ValueError for 2023-02-30
            elif not 1 <= self.day <= 31:
                raise ValueError(f"day out of range in Period: {self.day!r}")
        if self.year is None and self.month is None:
            raise ValueError("a Period needs at least a year or a month")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def iso(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        parts = [year]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def start(self) -> date | None:
        """First day of the period, or None when the year is unknown."""
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> date | None:
        """Last day of the period, or None when the year is unknown."""
        if self.year is None:
            return None
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        if self.month is None:
            return date(self.year, 12, 31)
        nxt = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)

    @classmethod
    def from_date(cls, day: date, text: str = "") -> Period:
        return cls(day.year, day.month, day.day, text)

    @classmethod
    def from_iso(cls, value: str, text: str = "") -> Period:
        """Parse ``2023-10-26``, ``2023-10``, ``2023`` or ``XXXX-08``."""
        parts = value.strip().split("-")
        try:
            if not 1 <= len(parts) <= 3 or (parts[0] != "XXXX" and len(parts[0]) != 4):
                raise ValueError
            year = None if parts[0] == "XXXX" else int(parts[0])
            month = int(parts[1]) if len(parts) > 1 else None
            day = int(parts[2]) if len(parts) > 2 else None
            return cls(year, month, day, text or value)
        except ValueError:
            raise ValueError(f"not an ISO date or period: {value!r}") from None

    def __str__(self) -> str:
        return self.iso


@attrs.frozen
class Evidence:
    """Where a fact comes from: the sentence, its character span in the article, the rule."""

    sentence: str
    span: tuple[int, int]
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.span[0], "end": self.span[1], "rule": self.rule}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(str(data["sentence"]), (int(data["start"]), int(data["end"])), str(data["rule"]))


def _evidence_field() -> Any:
    return attrs.field(default=(), eq=False, converter=tuple)


def _period_or_none(value: Any) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    return Period.from_iso(str(value))


def _quantity_or_none(value: Any) -> Quantity | None:
    if value is None or isinstance(value, Quantity):
        return value
    return Quantity.from_dict(value)


def _iso(period: Period | None) -> str | None:
    return None if period is None else period.iso


def _qdict(quantity: Quantity | None) -> dict[str, Any] | None:
    return None if quantity is None else quantity.to_dict()


def _explain(fact: Any, summary: str) -> str:
    lines = [summary]
    for ev in fact.evidence:
        lines.append(f"  rule {ev.rule}, chars {ev.span[0]}-{ev.span[1]}:")
        lines.append(f"    {ev.sentence}")
    if not fact.evidence:
        lines.append("  (no evidence recorded)")
    return "\n".join(lines)


@attrs.frozen
class Mission:
    """A diplomatic mission: `sender`'s `kind` in `host` (ISO alpha-2 or ``region:*``)."""

    sender: str | None
    host: str | None = None
    city: str | None = None
    kind: MissionKind = MissionKind.EMBASSY


@attrs.frozen
class _MissionChange:
    """Shared shape of Closure and Opening."""

    FACT_TYPE: ClassVar[str] = ""

    mission: Mission
    status: Status = Status.COMPLETED
    when: Period | None = attrs.field(default=None, converter=_period_or_none)
    count: Quantity | None = attrs.field(default=None, converter=_quantity_or_none)
    attributed_to: str | None = None
    evidence: tuple[Evidence, ...] = _evidence_field()

    def to_dict(self, *, evidence: bool = True) -> dict[str, Any]:
        m = self.mission
        out: dict[str, Any] = {
            "sender": m.sender,
            "host": m.host,
            "city": m.city,
            "kind": m.kind.value,
            "status": self.status.value,
            "when": _iso(self.when),
            "count": _qdict(self.count),
            "attributed_to": self.attributed_to,
        }
        if evidence:
            out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        kind = MissionKind(data.get("kind") or "mission")
        mission = Mission(data.get("sender"), data.get("host"), data.get("city"), kind)
        return cls(
            mission=mission,
            status=Status(data.get("status") or "completed"),
            when=data.get("when"),
            count=data.get("count"),
            attributed_to=data.get("attributed_to"),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence") or ()),
        )

    def summary(self) -> str:
        m = self.mission
        where = m.host or "?"
        if m.city:
            where += f" ({m.city})"
        parts = [f"{self.FACT_TYPE}: {m.sender or '?'} {m.kind.value} in {where}", self.status.value]
        if self.when:
            parts.append(f"when {self.when.iso}")
        if self.count:
            parts.append(f"count {self.count}")
        if self.attributed_to:
            parts.append(f"according to {self.attributed_to}")
        return ", ".join(parts)

    def explain(self) -> str:
        return _explain(self, self.summary())


@attrs.frozen
class Closure(_MissionChange):
    """A mission (or group of missions) closed, closing, to be closed or possibly closed."""

    FACT_TYPE: ClassVar[str] = "closure"


@attrs.frozen
class Opening(_MissionChange):
    """A mission (or group of missions) opened or reopened, or to be."""

    FACT_TYPE: ClassVar[str] = "opening"


@attrs.frozen
class MissionCount:
    """The stated size of a country's diplomatic network (kind RELATIONS: ties with N countries)."""

    FACT_TYPE: ClassVar[str] = "mission_count"

    sender: str | None
    kind: MissionKind
    count: Quantity
    as_of: Period | None = attrs.field(default=None, converter=_period_or_none)
    attributed_to: str | None = None
    evidence: tuple[Evidence, ...] = _evidence_field()

    def to_dict(self, *, evidence: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "sender": self.sender,
            "kind": self.kind.value,
            "count": self.count.to_dict(),
            "as_of": _iso(self.as_of),
            "attributed_to": self.attributed_to,
        }
        if evidence:
            out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MissionCount:
        return cls(
            sender=data.get("sender"),
            kind=MissionKind(data.get("kind") or "mission"),
            count=Quantity.from_dict(data["count"]),
            as_of=data.get("as_of"),
            attributed_to=data.get("attributed_to"),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence") or ()),
        )

    def summary(self) -> str:
        parts = [f"mission count: {self.sender or '?'} {self.kind.value} {self.count}"]
        if self.as_of:
            parts.append(f"as of {self.as_of.iso}")
        if self.attributed_to:
            parts.append(f"according to {self.attributed_to}")
        return ", ".join(parts)

    def explain(self) -> str:
        return _explain(self, self.summary())


@attrs.frozen
class ArmsTransfer:
    """Weapons of one kind flowing from `supplier` to `recipient`."""

    FACT_TYPE: ClassVar[str] = "arms_transfer"

    supplier: str | None
    recipient: str | None
    category: ArmsCategory
    item: str
    quantity: Quantity | None = attrs.field(default=None, converter=_quantity_or_none)
    since: Period | None = attrs.field(default=None, converter=_period_or_none)
    when: Period | None = attrs.field(default=None, converter=_period_or_none)
    status: TransferStatus = TransferStatus.DELIVERED
    attributed_to: str | None = None
    designation: str | None = None
    calibre: str | None = None
    evidence: tuple[Evidence, ...] = _evidence_field()

    def to_dict(self, *, evidence: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "supplier": self.supplier,
            "recipient": self.recipient,
            "category": self.category.value,
            "item": self.item,
            "quantity": _qdict(self.quantity),
            "since": _iso(self.since),
            "when": _iso(self.when),
            "status": self.status.value,
            "attributed_to": self.attributed_to,
        }
        if self.designation is not None:
            out["designation"] = self.designation
        if self.calibre is not None:
            out["calibre"] = self.calibre
        if evidence:
            out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArmsTransfer:
        return cls(
            supplier=data.get("supplier"),
            recipient=data.get("recipient"),
            category=ArmsCategory(data.get("category") or "equipment"),
            item=str(data.get("item") or ""),
            quantity=data.get("quantity"),
            since=data.get("since"),
            when=data.get("when"),
            status=TransferStatus(data.get("status") or "delivered"),
            attributed_to=data.get("attributed_to"),
            designation=data.get("designation"),
            calibre=data.get("calibre"),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence") or ()),
        )

    def summary(self) -> str:
        flow = f"{self.supplier or '?'} -> {self.recipient or '?'}"
        parts = [f"arms transfer: {flow} {self.item} ({self.category.value})"]
        parts.append(self.status.value)
        if self.quantity:
            parts.append(f"quantity {self.quantity}")
        if self.since:
            parts.append(f"since {self.since.iso}")
        if self.when:
            parts.append(f"when {self.when.iso}")
        if self.attributed_to:
            parts.append(f"according to {self.attributed_to}")
        return ", ".join(parts)

    def explain(self) -> str:
        return _explain(self, self.summary())


Fact: TypeAlias = Closure | Opening | MissionCount | ArmsTransfer

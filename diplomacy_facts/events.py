"""CAMEO and PLOVER event codes for each fact type and status (table in data/event_codes.tsv).

Closures are CAMEO 161 "Reduce or break diplomatic relations" (PLOVER SANCTION, mode
withdraw); openings 050 / 032 (PLOVER SUPPORT / AGREE); arms transfers 072 "Provide military
aid" (PLOVER AID, mode military), an agreed transfer 0332 "Express intent to provide military
aid" (PLOVER AGREE). Mission counts are states, not events: no code.

>>> code = event_code("closure", "completed")
>>> code.cameo, code.plover_event, code.plover_mode
('161', 'SANCTION', 'withdraw')
>>> event_code("mission_count", None) is None
True
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

__all__ = ["EVENT_CODES", "EventCode", "event_code"]


@attrs.frozen
class EventCode:
    """The CAMEO code and PLOVER event / mode / context that fit one fact type and status."""

    cameo: str
    cameo_label: str
    plover_event: str
    plover_mode: str | None
    plover_context: tuple[str, ...]
    quad_class: int
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "cameo": self.cameo,
            "cameo_label": self.cameo_label,
            "plover_event": self.plover_event,
            "plover_mode": self.plover_mode,
            "plover_context": list(self.plover_context),
            "quad_class": self.quad_class,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventCode:
        return cls(
            cameo=str(data["cameo"]),
            cameo_label=str(data["cameo_label"]),
            plover_event=str(data["plover_event"]),
            plover_mode=data.get("plover_mode"),
            plover_context=tuple(data.get("plover_context") or ()),
            quad_class=int(data["quad_class"]),
            note=data.get("note"),
        )


def _load() -> Mapping[tuple[str, str], EventCode]:
    text = resources.files("diplomacy_facts").joinpath("data/event_codes.tsv").read_text("utf-8")
    table: dict[tuple[str, str], EventCode] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        cells += [""] * (9 - len(cells))
        fact_type, status, cameo, label, event, mode, context, quad, note = cells[:9]
        table[(fact_type, status)] = EventCode(
            cameo=cameo,
            cameo_label=label,
            plover_event=event,
            plover_mode=mode or None,
            plover_context=tuple(c for c in context.split(";") if c),
            quad_class=int(quad),
            note=note.strip() or None,
        )
    return MappingProxyType(table)


#: (fact type, status) -> EventCode, read once from data/event_codes.tsv.
EVENT_CODES: Mapping[tuple[str, str], EventCode] = _load()


def event_code(fact_type: str, status: str | None) -> EventCode | None:
    """The codes for a fact type ("closure", "opening", "arms_transfer") at a status; None if none fit."""
    if status is None:
        return None
    return EVENT_CODES.get((fact_type, str(status)))

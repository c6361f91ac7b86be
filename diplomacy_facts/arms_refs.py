"""Back-references across sentences: what a sentence says about a flow told just before.

"The aircraft arrived ... on Monday" after a sentence about drones gives the drones their date
(no second, aircraft flow); "the remaining ten are scheduled to be handed over by the end of
2026" gives the contract its deadline (a scheduled part-delivery is no entry of its own,
shared/corpus/SCHEMA.md).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import attrs

from diplomacy_facts.arms_context import Found, Memory
from diplomacy_facts.arms_sentence import IC, Ctx
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import TransferStatus

__all__ = ["back_references"]


_REMAINING = lazy_compile(
    r"\b(?:the\s+)?(?:remaining|rest\s+of\s+the|last|final|other)\s+(?:[\w,-]+\s+){0,3}?(?:are|is|will|would|should"
    r"|were|was)\s+(?:now\s+|still\s+)?(?:due|scheduled|expected|set|to\s+be|planned|slated)\b",
    IC,
)
_COMPLETED = lazy_compile(
    r"\b(?:deliveries|delivery|(?:the\s+)?(?:[\w-]+\s+)?(?:order|contract|deal|programme|program))\s+(?:is|are|was|were)\s+"
    r"(?:now\s+|still\s+)?(?:due|expected|scheduled|set|slated|planned)\s+to\s+be\s+(?:completed|finished|concluded|wrapped\s+up)\b",
    IC,
)
_COMPATIBLE = {"aircraft": ("aircraft", "drones")}


def _recent(mem: Memory, c: Ctx, ok: Callable[[Found], bool]) -> int | None:
    return next(
        (k for k in range(len(mem.facts) - 1, -1, -1) if c.index - mem.facts[k].index <= 2 and ok(mem.facts[k])), None
    )


def _delivered_kind(cats: tuple[str, ...], g: Found) -> bool:
    return g.item.category.value in cats and g.status is not TransferStatus.AGREED


def back_references(c: Ctx, mem: Memory, raw: list[Found]) -> list[Found]:
    """What refers back to a flow told just before: "The aircraft arrived ... on Monday" (the drones of the
    sentence before: their date, no new aircraft), "the remaining ten are scheduled to be handed over by
    the end of 2026" (a scheduled part-delivery: the deadline of the contract, no entry of its own)."""
    m = _REMAINING.search(c.text)
    if m is not None:
        deadline = next((d.period for d in c.future_dates if d.start >= m.end()), None)
        k = _recent(mem, c, lambda f: f.status is TransferStatus.AGREED)
        if k is not None:
            if deadline is not None and mem.facts[k].when is None:
                mem.facts[k] = attrs.evolve(mem.facts[k], when=deadline)
            raw = [f for f in raw if not (m.start() <= f.item.start < m.end())]
    done = _COMPLETED.search(c.text)
    if done is not None:  # "the Emirati order is due to be completed by 2026": the contract's deadline
        deadline = next((d.period for d in c.future_dates if d.start >= done.end()), None)
        named = {p.code for p in c.places if done.start() <= p.start < done.end()}
        agreed = [k for k, f in enumerate(mem.facts) if f.status is TransferStatus.AGREED and f.when is None]
        pick = [k for k in agreed if mem.facts[k].recipient in named] if named else []
        pick = pick or [k for k in agreed if c.index - mem.facts[k].index <= 3]
        if deadline is not None and pick:
            mem.facts[pick[-1]] = attrs.evolve(mem.facts[pick[-1]], when=deadline)
    out = []
    for f in raw:
        it = f.item
        if f.frame == "arrive" and it.definite and it.designation is None and f.quantity is None:
            k = _recent(mem, c, partial(_delivered_kind, _COMPATIBLE.get(it.category.value, (it.category.value,))))
            if k is not None and mem.facts[k].item.category is not it.category:
                g = mem.facts[k]  # "the aircraft" for drones: their date, no second flow
                mem.facts[k] = attrs.evolve(g, when=g.when or f.when)
                continue
        out.append(f)
    return out

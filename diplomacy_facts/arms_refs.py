"""Back-references across sentences: what a sentence says about a flow told just before.

Also: "it has received at least 20" (a bare number counting the weapon named before), "the first
battery" (a part of the system named before), "the transfers began in September" (the start of
the flow told before), "They arrived in Algiers" (a pronoun for the weapon just named).

"The aircraft arrived ... on Monday" after a sentence about drones gives the drones their date
(no second, aircraft flow); "the remaining ten are scheduled to be handed over by the end of
2026" gives the contract its deadline (a scheduled part-delivery is no entry of its own,
shared/corpus/SCHEMA.md).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import attrs
import regex

from diplomacy_facts.arms_context import Found, Memory
from diplomacy_facts.arms_sentence import IC, Ctx
from diplomacy_facts.arms_syntax import Trigger
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import ArmsCategory, Bound, Quantity, TransferStatus
from diplomacy_facts.quantities import QuantityMention
from diplomacy_facts.weapons import ItemMention

__all__ = [
    "back_references",
    "counted_parts",
    "elliptic_count",
    "flow_start",
    "implicit_arms",
    "note_arms_talk",
    "pronoun_items",
]


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
    return next((k for k, f in mem.since(c.index - 2) if ok(f)), None)


def _undated_agreed(f: Found) -> bool:
    return f.status is TransferStatus.AGREED and f.when is None


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
        # the newest undated agreed flow to a country named there, else of the last three sentences
        pick = max(
            (
                k
                for code in named
                for k in mem.by_flow.get((code, TransferStatus.AGREED), [])
                if mem.facts[k].when is None
            ),
            default=None,
        )
        if pick is None:
            pick = next((k for k, f in mem.since(c.index - 3) if _undated_agreed(f)), None)
        if deadline is not None and pick is not None:
            mem.facts[pick] = attrs.evolve(mem.facts[pick], when=deadline)
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


_THEY = lazy_compile(r"^\W*(?P<p>They|These|Both|It)\s+(?:\w+\s+){0,2}$")


_THEM = lazy_compile(r"\s+(?P<p>them)\s+(?:to|from)\b", IC)


def pronoun_items(c: Ctx, t: Trigger, mem: Memory) -> list[ItemMention]:
    """ "Algeria ordered the helicopters from Italy. They arrived in Algiers on Friday": a pronoun
    opening the sentence, subject of an arrival or receiving verb, is the weapon of the flow told
    in the sentence just before; "... and also sells them to Poland": an object pronoun is the
    weapon named just before."""
    obj = _THEM.match(c.text, t.end) if t.frame in ("out", "in") else None
    if obj is not None:  # "Turkey supplies Ukraine with drones and also sells them to Poland"
        earlier = [i for i in c.items if i.end <= t.start and not (i.generic or i.package)]
        if earlier:
            return [attrs.evolve(earlier[-1], start=obj.start("p"), end=obj.end("p"), definite=True)]
        last = next((f for _, f in mem.since(c.index - 1) if f.index == c.index - 1 and not f.item.generic), None)
        return [attrs.evolve(last.item, start=obj.start("p"), end=obj.end("p"), definite=True)] if last else []
    told = t.frame in ("origin", "build") or (t.frame == "out" and t.passive)  # "They came from Iran"
    if (t.frame not in ("arrive", "service") and not told) or c.items:
        return []
    m = _THEY.match(c.text[: t.start])
    if m is None:
        return []
    recent = [f for _, f in mem.since(c.index - 1)]
    pool = [*reversed(mem.pending), *recent] if told else recent
    last = next((f for f in pool if c.index - f.index == 1 and not f.item.generic), None)
    if last is None or (m.group("p") == "It") == last.item.plural:
        return []
    if not told and last.recipient not in {p.code for p in c.places}:
        return []  # "They arrived in Beijing for talks": not where the weapons were going
    return [attrs.evolve(last.item, start=m.start("p"), end=m.end("p"), definite=True)]


_COUNTER = lazy_compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|another|\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+(?:more\s+|further\s+|additional\s+)?(?P<n>batter(?:y|ies)|squadrons?|regiments?)\b",
    IC,
)


def counted_parts(text: str, items: tuple[ItemMention, ...], mem: Memory, index: int) -> tuple[ItemMention, ...]:
    """ "the first battery destined for the UAE", "two more squadrons": the parts of the system named
    just before (within three sentences), when the sentence names no weapon of its own."""
    if items:
        return items
    prev = next((f.item for _, f in mem.since(index - 3) if f.item.designation), None)
    if prev is None:
        return items
    return tuple(
        attrs.evolve(prev, start=m.start("n"), end=m.end(), plural=m.group().lower().endswith("s"), definite=False)
        for m in _COUNTER.finditer(text)
    )


_START = lazy_compile(
    r"\b(?:the|these|those|such)\s+(?:\w+\s+)?(?:transfers?|shipments?|deliveries|supplies|sales|exports|flights|"
    r"consignments?)\s+(?:\w+\s+)?(?:began|started|commenced|have\s+been\s+going\s+on)\b",
    IC,
)


def flow_start(c: Ctx, mem: Memory) -> None:
    """ "The shipments started in late May": the start of the flow told just before."""
    m = _START.search(c.text)
    if m is None:
        return
    start = next((d.period for d in c.dates if d.start >= m.end() and d.relation in ("in", "on", None)), None)
    if start is None:
        return
    last = max((f.index for _, f in mem.since(c.index - 2) if f.index < c.index), default=None)
    if last is None:
        return
    for k, f in mem.since(last):
        if f.index == last and f.since is None and f.status is not TransferStatus.AGREED:
            mem.facts[k] = attrs.evolve(f, since=start)


_UNIT_NOUNS = frozenset({"battery", "unit", "system", "squadron", "regiment", "set", "complex"})
_COUNT_LEAD = lazy_compile(r"\s*(?:for\s+|of\s+)?(?:(?:another|a\s+further|an\s+additional)\s+)?", IC)


def elliptic_count(
    c: Ctx, t: Trigger, quants: list[QuantityMention], mem: Memory | None = None
) -> tuple[ItemMention, Quantity] | None:
    """ "received at least 20", "plans to deliver up to 500,000": a bare number after the verb counts
    the last weapon named before it in the sentence; "signing for 12 batteries", "a contract for ten
    units" with no weapon in the sentence count the weapon of the flow told just before."""
    if t.frame not in ("out", "in", "n_out", "n_in"):
        return None
    q = next(
        (
            q
            for q in quants
            if ((q.start >= t.end and _COUNT_LEAD.fullmatch(c.text, t.end, q.start)) or q.start < t.end < q.end)
            and (q.noun is None or (q.quantity.unit or "") in _UNIT_NOUNS)
        ),
        None,
    )
    if q is None:
        return None
    earlier = [i for i in c.items if i.end <= t.start and not (i.generic or i.package)]
    if not earlier and not c.items and mem is not None and q.noun is not None:
        earlier = [f.item for f in mem.facts if c.index - f.index <= 2 and not (f.item.generic or f.item.package)]
    if not earlier or (q.noun is None and t.frame == "n_in"):
        return None
    qty = q.quantity
    unit = qty.unit if q.noun is not None else earlier[-1].head
    if q.start < t.end:  # "handed over four more": "over" is the verb's, not a bound
        return earlier[-1], Quantity(qty.value, Bound.EXACT, unit, c.text[t.end : q.end].strip(), qty.upper)
    return earlier[-1], Quantity(qty.value, qty.bound, unit, c.text[q.start : q.end], qty.upper)


_ARMS_TALK = lazy_compile(
    r"\b(?:arms|weapons?|military\s+(?:equipment|hardware)|defen[cs]e\s+(?:imports|exports|equipment))\b", IC
)
_SUPPLIER_LEAD = lazy_compile(
    r"(?:\b(?:a|an|the|its|their|main|key|top|leading|major|principal|traditional|chief|sole|only|primary|reliable"
    r"|important|biggest|largest|second|third|fourth|fifth|\w+est)|['’]s|\w+-(?:largest|biggest))\s+$",
    IC,
)
_SUPPLIER_TO = lazy_compile(r"\s+(?:to|of|for)\s+(?:the\s+)?\p{Lu}", IC)


def note_arms_talk(c: Ctx, mem: Memory) -> None:
    """Remember the last sentence that speaks of arms (for `implicit_arms`)."""
    if c.items or _ARMS_TALK.search(c.text):
        mem.arms_talk = c.index


def implicit_arms(c: Ctx, t: Trigger, mem: Memory) -> list[ItemMention]:
    """ "France was the second-largest supplier to India" in a story about arms imports: the supplier
    noun alone names a flow of unspecified arms (equipment), when the article is about arms."""
    if t.frame != "supplier" or not t.text.lower().startswith("supplier"):
        return []
    lead = c.text[max(0, t.start - 40) : t.start]
    if not _SUPPLIER_TO.match(c.text, t.end) and not regex.search(
        r"(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+){0,3}$", lead
    ):
        return []
    if not (_ARMS_TALK.search(c.text) or c.index - mem.arms_talk <= 2):
        return []
    if regex.match(r"\s+of\s+\p{Ll}", c.text[t.end :]):
        return []  # "India's largest supplier of oil": of something else
    if not _SUPPLIER_LEAD.search(c.text[max(0, t.start - 40) : t.start]):
        return []  # "Russia is China's largest oil supplier": a supplier of something else
    flags = frozenset({"generic", "implicit"})  # arms.py keeps it only when both countries are named
    return [ItemMention(t.start, t.end, "weapon", ArmsCategory.EQUIPMENT, flags=flags, plural=True)]

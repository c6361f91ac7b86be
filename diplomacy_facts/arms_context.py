"""Across sentences: fill the country a sentence leaves out (merging is arms_merge's).

A news story names a flow once and then goes on about it: "Britain pledged 14 of its
Challenger 2 tanks" (to whom? the Ukraine of the paragraph), "the missiles arrived in
Ukraine this month" (from whom? the supplier of the missiles named before), "It includes
Stinger missiles" (the package of the sentence before). `inherit` fills such gaps from the
facts already read, nearest first; :mod:`diplomacy_facts.arms_merge` then merges the
mentions of one flow into one fact.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplomacy_facts.model import ArmsCategory, Evidence, Period, Quantity, TransferStatus
from diplomacy_facts.weapons import ItemMention

__all__ = ["Found", "Memory", "complete", "family", "inherit"]

_WINDOW = 6  # sentences back that a left-out country may come from


@attrs.frozen
class Found:
    """One weapon phrase governed by one transfer word, before merging."""

    supplier: str | None
    recipient: str | None
    item: ItemMention
    index: int  # sentence number
    rule: str
    evidence: Evidence
    status: TransferStatus = TransferStatus.DELIVERED
    quantity: Quantity | None = None
    since: Period | None = None
    when: Period | None = None
    attributed_to: str | None = None
    anchor: bool = False  # contents of an earlier package or cargo
    first: bool = False  # "the first eight JF-17s", "the first of four frigates"
    older: bool = False  # "had promised": an older figure
    out_frame: bool = True  # the supplier was the subject ("Britain pledged ...")
    status_fixed: bool = False  # set by the sentence, not to be taken from an anchor
    trigger: tuple[int, int] = (0, 0)  # the transfer word's offsets in its sentence
    frame: str = "out"  # the transfer word's frame (arms_triggers.txt)


@attrs.define
class Memory:
    """What the article has said so far (local to one extract_arms call)."""

    facts: list[Found] = attrs.Factory(list)
    topics: list[str | None] = attrs.Factory(list)
    source: str | None = None  # the last source named ("the White House said")
    partners: list[str | None] = attrs.Factory(list)  # per sentence: a country beside its topic
    topic_counts: dict[str, int] = attrs.Factory(dict)  # how often each country was a sentence's topic
    arms_talk: int = -10  # the last sentence that spoke of arms
    pending: list[Found] = attrs.Factory(list)  # flows read with a recipient and no supplier (kept two sentences)
    # indexes of `facts`, kept as facts are added, so no sentence rescans the whole article:
    designations: set[str] = attrs.Factory(set)  # the weapons named so far ("Archer" with a type noun)
    received: dict[str, int] = attrs.Factory(dict)  # recipient -> facts with it
    last_received: dict[str, int] = attrs.Factory(dict)  # recipient -> where its newest fact stands in `facts`
    by_flow: dict[tuple[str, TransferStatus], list[int]] = attrs.Factory(dict)  # (recipient, status) -> positions

    def since(self, first: int) -> list[tuple[int, Found]]:
        """(position, fact) of the facts of sentence `first` and after, newest first, at the cost of what
        those sentences hold. Facts are added in sentence order, but a sentence may complete a flow of
        the sentence before (`complete`), so a fact stands after facts at most one sentence newer: the
        scan stops at a fact two sentences older than `first`."""
        facts = self.facts
        cut = len(facts)
        while cut > 0 and facts[cut - 1].index >= first - 1:
            cut -= 1
        return [(k, facts[k]) for k in range(len(facts) - 1, cut - 1, -1) if facts[k].index >= first]

    def add(self, found: Sequence[Found]) -> None:
        """Append the facts of a sentence (later changes to a fact keep its countries, item and status)."""
        for f in found:
            if f.item.designation:
                self.designations.add(f.item.designation)
            if f.recipient:
                self.received[f.recipient] = self.received.get(f.recipient, 0) + 1
                self.last_received[f.recipient] = len(self.facts)
                self.by_flow.setdefault((f.recipient, f.status), []).append(len(self.facts))
            self.facts.append(f)


def family(it: ItemMention) -> str | None:
    return it.designation  # the lexicon's canonical name ("Leopard 2" for "Leopard 2A6"), or the name as written


def _recent(mem: Memory, index: int, window: int = _WINDOW) -> list[Found]:
    """The facts of the last `window` sentences, newest first (constant work however long the article)."""
    return [f for _, f in mem.since(index - window)]


def _same_item(a: ItemMention, b: ItemMention) -> bool:
    if family(a) and family(a) == family(b):
        return True
    return a.category is b.category and not a.designation and (a.definite or a.head == b.head)


def _anchor(f: Found, mem: Memory, same: Sequence[Found]) -> Found | None:
    pool = [*reversed([g for g in same if g.item.start < f.item.start]), *_recent(mem, f.index, 3)]
    pool = [
        g for g in pool if (g.supplier and g.recipient and not g.anchor) or (g.anchor and g.supplier and g.recipient)
    ]
    for g in pool:
        if g.item.container or g.item.package:
            return g
    return pool[0] if pool else None


_KIN = {ArmsCategory.AIRCRAFT: (ArmsCategory.AIRCRAFT, ArmsCategory.DRONES)}


def inherit(f: Found, mem: Memory, same: Sequence[Found]) -> Found | None:
    """Fill a left-out supplier or recipient from the article so far; None when nothing fits."""
    if f.anchor:
        a = _anchor(f, mem, same)
        if a is None:
            return None
        keep = f.status is TransferStatus.POSSIBLE or f.status_fixed
        status = f.status if keep else a.status
        # a counted content of the same flow spans its period ("the same list counts 6,500 bombs")
        spans = f.quantity is not None and status in (a.status, TransferStatus.POSSIBLE)
        since = f.since or (a.since if spans else None)
        return attrs.evolve(
            f,
            supplier=a.supplier,
            recipient=a.recipient,
            since=since,
            status=status,
            attributed_to=f.attributed_to or a.attributed_to,
        )
    sup, rec = f.supplier, f.recipient
    if sup and rec:  # (nothing below changes a flow whose sentence names both countries)
        return None if sup == rec else f
    for g in reversed(same):  # the same weapon earlier in the sentence
        if g.item.start == f.item.start or _same_item(f.item, g.item):
            if not sup and g.supplier and g.item.start == f.item.start and g.item.category is not f.item.category:
                f = attrs.evolve(f, item=g.item)  # "the aircraft" already read as the TB2 drones for a co-recipient
            sup, rec = sup or g.supplier, rec or g.recipient
    if not sup and not rec and f.out_frame:  # "It delivered X, and this month promised Y"
        prior = [g for g in same if g.out_frame and g.item.end <= f.item.start]
        if prior:
            sup, rec = prior[-1].supplier, prior[-1].recipient
    recent = _recent(mem, f.index)
    if sup and not rec:  # "Germany delivered guns to Ukraine and promised 40 Marders": same giver, same receiver
        match = [g for g in [*reversed(same), *recent] if g.supplier == sup and g.recipient]
        if match:
            rec = match[0].recipient
        elif f.out_frame:  # the recipient the article is about: most mentioned, then most recent
            rec = _most_received(mem, same, sup)  # "France supplied ... to Armenia, and India has delivered ..."
    elif rec and not sup:
        match = [g for g in recent if g.recipient == rec and g.supplier and _same_item(f.item, g.item)]
        named = f.item.origin_kind == "designation" and f.item.origin is not None and f.item.origin != rec
        if named and not match:  # "the FK-3 systems were delivered to Serbia": the name tells the maker, not
            match = [attrs.evolve(f, supplier=f.item.origin)]  # the Russian Pantsirs told just before
        match = match or [g for g in recent if g.recipient == rec and g.supplier and g.item.category is f.item.category]
        if not match and f.out_frame:  # "the shift towards selling missiles to Russia": the flow's seller
            match = [g for g in _recent(mem, f.index, 3) if g.recipient == rec and g.supplier]
        if not match and f.item.definite and not f.item.designation:  # "Kuwait signed a contract for the drones"
            kinds = _KIN.get(f.item.category, (f.item.category,))  # "the aircraft" after TB2 drones
            match = [
                g for g in [*reversed(same), *recent] if g.supplier and g.supplier != rec and g.item.category in kinds
            ]
            if match and match[0].item.category is not f.item.category and not f.item.designation:
                f = attrs.evolve(f, item=attrs.evolve(match[0].item, start=f.item.start, end=f.item.end, definite=True))
        if not match and f.out_frame:  # "the administration approved the sale of ... to Taiwan": the article's seller
            newest = next(
                (g for k in reversed(mem.by_flow.get((rec, f.status), [])) if (g := mem.facts[k]).supplier), None
            )
            match = [newest] if newest is not None else []
        if match:
            sup = match[0].supplier
    elif not sup and not rec:
        match = [g for g in recent if g.supplier and g.recipient and _same_item(f.item, g.item)]
        if not match and f.item.definite and f.item.generic:
            match = [g for g in _recent(mem, f.index, 2) if g.supplier and g.recipient]
        if match:
            sup, rec = match[0].supplier, match[0].recipient
    if rec and not sup and f.item.origin_kind == "designation" and f.frame in ("arrive", "in", "n_out", "n_in"):
        sup = f.item.origin  # "the first K2 tanks arrived in Poland": the maker's country
    if not sup or not rec or sup == rec:
        return None
    return attrs.evolve(f, supplier=sup, recipient=rec)


def _most_received(mem: Memory, same: Sequence[Found], sup: str) -> str | None:
    """The recipient of most facts so far (the article's and this sentence's), other than `sup`; a tie
    goes to the one named last in the article, then to the first of the sentence."""
    tally: dict[str, int] = {}
    for r in sorted(mem.received, key=lambda r: -mem.last_received[r]):
        if r != sup:
            tally[r] = mem.received[r]
    for g in same:
        if g.recipient and g.recipient != sup:
            tally[g.recipient] = tally.get(g.recipient, 0) + 1
    return max(tally, key=lambda r: tally[r]) if tally else None


def complete(f: Found, mem: Memory) -> Found | None:
    """ "Nigeria received 40 missiles last week. The weapons were supplied by the US", "They came from
    Iran": a supplier named for what the sentence before told without one completes that flow."""
    if not f.supplier or f.recipient or f.anchor:
        return None
    for p in reversed(mem.pending):
        if f.index - p.index != 1 or p.recipient == f.supplier:
            continue
        if _same_item(f.item, p.item) or (f.item.generic and f.item.definite):
            return attrs.evolve(p, supplier=f.supplier)
    return None

"""Across sentences: fill the country a sentence leaves out, then merge repeated mentions.

A news story names a flow once and then goes on about it: "Britain pledged 14 of its
Challenger 2 tanks" (to whom? the Ukraine of the paragraph), "the missiles arrived in
Ukraine this month" (from whom? the supplier of the missiles named before), "It includes
Stinger missiles" (the package of the sentence before). `inherit` fills such gaps from the
facts already read, nearest first; `finish` drops what only restates a flow in general
words ("Israeli arms sales" next to the drones it sells) and merges the mentions of one
supplier -> recipient -> category -> item into one fact with all their evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import ArmsTransfer, Evidence, Period, Quantity, TransferStatus
from diplomacy_facts.weapons import ItemMention

__all__ = ["Found", "Memory", "finish", "inherit"]

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
    first: bool = False  # "the first six J-10Cs", "the first of four frigates"
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


def _family(it: ItemMention) -> str | None:
    return it.designation  # the lexicon's canonical name ("Leopard 2" for "Leopard 2A6"), or the name as written


def _recent(mem: Memory, index: int, window: int = _WINDOW) -> list[Found]:
    return [f for f in reversed(mem.facts) if index - f.index <= window]


def _same_item(a: ItemMention, b: ItemMention) -> bool:
    if _family(a) and _family(a) == _family(b):
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
    for g in reversed(same):  # the same weapon earlier in the sentence
        if g.item.start == f.item.start or _same_item(f.item, g.item):
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
            tally: dict[str, int] = {}
            for g in [*reversed(mem.facts), *same]:  # "France supplied ... to Armenia, and India has delivered ..."
                if g.recipient and g.recipient != sup:
                    tally[g.recipient] = tally.get(g.recipient, 0) + 1
            rec = max(tally, key=lambda r: tally[r]) if tally else None
    elif rec and not sup:
        match = [g for g in recent if g.recipient == rec and g.supplier and _same_item(f.item, g.item)]
        match = match or [g for g in recent if g.recipient == rec and g.supplier and g.item.category is f.item.category]
        if not match and f.out_frame:  # "the shift towards selling missiles to Russia": the flow's seller
            match = [g for g in _recent(mem, f.index, 3) if g.recipient == rec and g.supplier]
        if not match and f.out_frame:  # "the administration approved the sale of ... to Taiwan": the article's seller
            match = [g for g in reversed(mem.facts) if g.recipient == rec and g.supplier and g.status is f.status]
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


# --- merging -------------------------------------------------------------------------------------

_CLASS = {
    TransferStatus.DELIVERED: "happened",
    TransferStatus.REPORTED: "happened",
    TransferStatus.POSSIBLE: "possible",
    TransferStatus.AGREED: "agreed",
}
_AMMO = lazy_compile(r"^(?:shell|round|munition|ammunition|projectile)$")


def _loose(f: Found) -> bool:
    """Unspecified arms with no number: restates a flow in general words."""
    it = f.item
    return (it.generic or it.package) and (f.quantity is None or f.quantity.unit not in (None, it.head))


def _drop_restatements(found: list[Found]) -> list[Found]:
    specific = {(f.supplier, f.recipient, _CLASS[f.status]) for f in found if not _loose(f)}
    listed = {(f.supplier, f.recipient, f.index, f.trigger) for f in found if not _loose(f)}
    out = []
    for f in found:
        # "selling weapons and possibly missiles": the general word beside a named weapon
        umbrella = (f.supplier, f.recipient, f.index, f.trigger) in listed
        restated = (f.supplier, f.recipient, _CLASS[f.status]) in specific or umbrella
        priced_alone = f.item.package and f.quantity is not None and not _has_items(found, f)
        if _loose(f) and restated and not priced_alone:
            continue
        out.append(f)
    return out


def _has_items(found: list[Found], f: Found) -> bool:
    return any(g is not f and g.supplier == f.supplier and g.recipient == f.recipient and not _loose(g) for g in found)


def _absorb_contents(found: list[Found]) -> list[Found]:
    """ "1,000 containers of military equipment and munitions": the containers are the flow."""
    out = []
    # only the flows of the same transfer word can box one another: grouped first, so the work
    # stays linear in an article's flows instead of comparing every pair of them
    by_trigger: dict[tuple[object, ...], list[Found]] = {}
    for g in found:
        by_trigger.setdefault((g.index, g.trigger), []).append(g)
    for f in found:
        same = by_trigger[(f.index, f.trigger)]
        boxes = [
            g
            for g in same
            if (g.item.container or (g.item.package and f.item.generic))
            and g.quantity is not None
            and (g.index, g.trigger) == (f.index, f.trigger)
            and g.item.end <= f.item.start
            and g is not f
        ]
        if boxes and not f.item.container:
            continue
        if (
            f.item.container
            and f.quantity is None
            and any(0 <= g.item.start - f.item.end <= 8 and not g.item.generic for g in same)
        ):
            continue  # "a consignment of Exocet missiles": an uncounted box, the missiles are the flow
        out.append(f)
    return out


def _key(f: Found) -> tuple[object, ...]:
    fam = _family(f.item)
    return (f.supplier, f.recipient, f.item.category, f.status, fam or f.item.item)


def _words(item: str) -> frozenset[str]:
    words = item.split()
    head = "ammo" if _AMMO.match(words[-1]) else words[-1]
    return frozenset([*words[:-1], head])


def _generic_like(f: Found) -> bool:
    return not f.item.designation and (
        f.item.definite or f.item.generic or f.item.head in ("aircraft", "system", "jet")
    )


def _merge_group(group: list[Found]) -> ArmsTransfer:
    named = [g for g in group if g.item.designation]
    best = named[0] if named else max(group, key=lambda g: (len(g.item.item.split()), -g.index))
    item = best.item.item
    if named:
        types = [g.item.item for g in group if not g.item.designation]
        own = best.item.item.split()
        longer = [t for t in types if len(t.split()) > len(own) - 1 and t.split()[-1] not in own]
        if longer and not any(ch.isdigit() for ch in longer[0]):
            item = f"{best.item.designation.lower() if best.item.designation else ''} {longer[0]}".strip()
    quantities = [g for g in group if g.quantity is not None]
    newer = [g for g in quantities if not g.older] or quantities
    qty = newer[0].quantity if newer else None
    money = ("dollar", "euro", "pound", "percent", "crown", "krona", "yen", "yuan", "rouble", "ruble")
    counters = ("battery", "squadron", "regiment", "battalion", "unit", "set", "launcher")  # "eight batteries of"
    if qty is not None and qty.unit not in (*money, *counters) and qty.unit != item.split()[-1]:
        qty = attrs.evolve(qty, unit=item.split()[-1])
    since = next((g.since for g in group if g.since), None)
    when = next((g.when for g in group if g.when), None)
    firsts = [g for g in group if g.first and g.when]
    if firsts and since is None:
        since = firsts[0].when
        if all(g.quantity is None for g in firsts):
            when = None if not any(g.when and not g.first for g in group) else when
    evidence = list(dict.fromkeys(g.evidence for g in sorted(group, key=lambda g: g.evidence.span)))  # in order, once
    desig = best.item.designation
    calibre = next((g.item.calibre for g in group if g.item.calibre), None)
    return ArmsTransfer(
        supplier=group[0].supplier,
        recipient=group[0].recipient,
        category=best.item.category,
        item=item,
        quantity=qty,
        since=since,
        when=when,
        status=group[0].status,
        attributed_to=next((g.attributed_to for g in group if g.attributed_to), None),
        designation=desig,
        calibre=calibre,
        evidence=tuple(evidence),
    )


Groups = dict[tuple[object, ...], list[Found]]


def _named(group: list[Found]) -> bool:
    return any(g.item.designation for g in group)


def _counts(group: list[Found]) -> set[float]:
    return {g.quantity.value for g in group if g.quantity is not None}


def _join_wider(groups: Groups) -> None:
    """ "shells" joins "artillery shells", "drones" joins "combat drones": the one wider item of the flow."""
    for k in list(groups):
        if _named(groups[k]):
            continue
        mine = _words(str(k[4]))
        wider = [
            k2 for k2 in groups if k2 != k and k2[:4] == k[:4] and not _named(groups[k2]) and mine < _words(str(k2[4]))
        ]
        if len(wider) == 1:
            ours, theirs = _counts(groups[k]), _counts(groups[wider[0]])
            if not ours or not theirs or ours & theirs:
                groups[wider[0]].extend(groups.pop(k))


def _join_anaphors(groups: Groups) -> None:
    """ "the aircraft" joins the one other item of its flow, category and status ("fighter jets")."""
    for k in list(groups):
        if not all(_generic_like(m) and m.item.definite for m in groups[k]):
            continue
        others = [k2 for k2 in groups if k2 != k and k2[:4] == k[:4]]
        if len(others) == 1:
            groups[others[0]].extend(groups.pop(k))


def _joins_named(m: Found, named: list[Found]) -> bool:
    """ "drones" joins "Harop drones"; "500-pound bombs" does not join "MK-84 2,000-pound bombs"."""
    if _generic_like(m):
        return True
    words = {w for g in named for w in g.item.item.split()}
    counts = _counts(named)
    plain = set(m.item.item.split()) <= words
    return plain and (m.quantity is None or not counts or m.quantity.value in counts)


def _join_named(groups: Groups) -> None:
    """A mention without a name joins the one named item of its flow, category and status."""
    for k in list(groups):
        if _named(groups[k]):
            continue
        peers = [k2 for k2 in groups if k2 != k and k2[:4] == k[:4] and _named(groups[k2])]
        if len(peers) == 1 and all(_joins_named(m, groups[peers[0]]) for m in groups[k]):
            groups[peers[0]].extend(groups.pop(k))


def finish(found: list[Found]) -> list[ArmsTransfer]:
    """Drop restatements and container contents, then one fact per flow, category, item, status."""
    found = _drop_restatements(_absorb_contents(found))
    groups: Groups = {}
    for f in found:
        groups.setdefault(_key(f), []).append(f)
    _join_wider(groups)
    _join_anaphors(groups)
    _join_named(groups)
    facts = [_merge_group(sorted(g, key=lambda f: (f.index, f.evidence.span))) for g in groups.values()]
    return [_name_anaphor(f, facts, groups[k]) for f, k in zip(facts, list(groups), strict=True)]


def _name_anaphor(fact: ArmsTransfer, facts: list[ArmsTransfer], members: list[Found]) -> ArmsTransfer:
    """ "Pakistan has bought 25 of the jets": the jets named elsewhere in the flow (J-10C)."""
    if fact.designation or not all(m.item.definite for m in members):
        return fact
    named = {
        (f.designation, f.item)
        for f in facts
        if f.designation and (f.supplier, f.recipient, f.category) == (fact.supplier, fact.recipient, fact.category)
    }
    if len({d for d, _ in named}) != 1:
        return fact
    designation, item = next(iter(named))
    return attrs.evolve(fact, item=item, designation=designation)

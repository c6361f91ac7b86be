"""Merging the mentions of a flow into facts: drop what only restates a flow in general words
("Israeli arms sales" next to the drones it sells), fold container contents into their boxes, and
merge the mentions of one supplier -> recipient -> category -> item -> status into one fact with all
their evidence (a contract and the deliveries under it stay two facts).
"""

from __future__ import annotations

import attrs

from diplomacy_facts.arms_context import Found, family
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import ArmsCategory, ArmsTransfer, TransferStatus

__all__ = ["finish"]


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
    if f.quantity is not None and f.quantity.unit == "percent":
        return False  # "80 percent of Kazakhstan's arms imports": a share, a fact of its own
    return (it.generic or it.package) and (f.quantity is None or f.quantity.unit not in (None, it.head))


def _drop_restatements(found: list[Found]) -> list[Found]:
    """Drop a general word beside a named weapon of its kind: "weapons" beside "missiles" (any kind),
    "munitions" beside "artillery shells" (its own kind only: "munitions and missiles" are two flows)."""
    specific = {(f.supplier, f.recipient, _CLASS[f.status], f.item.category) for f in found if not _loose(f)}
    listed = {(f.supplier, f.recipient, f.index, f.trigger, f.item.category) for f in found if not _loose(f)}
    kinds = {(a, b, c) for a, b, c, _ in specific}
    trig = {(a, b, i, t) for a, b, i, t, _ in listed}
    out = []
    for f in found:
        wide = f.item.category is ArmsCategory.EQUIPMENT
        # "selling weapons and possibly missiles": the general word beside a named weapon
        umbrella = (f.supplier, f.recipient, f.index, f.trigger, f.item.category) in listed or (
            wide and (f.supplier, f.recipient, f.index, f.trigger) in trig
        )
        restated = (
            (f.supplier, f.recipient, _CLASS[f.status], f.item.category) in specific
            or (wide and (f.supplier, f.recipient, _CLASS[f.status]) in kinds)
            or umbrella
        )
        priced_alone = f.item.package and f.quantity is not None and not _has_items(found, f)
        if _loose(f) and restated and not priced_alone and not _heads_list(f, found):
            continue
        out.append(f)
    return out


def _heads_list(f: Found, found: list[Found]) -> bool:
    """ "supplied the group with weapons, ammunition and drones": the general word opens a list of kinds
    (three or more, commas), so it is one kind among them, not a word for all of them."""
    if not f.item.generic or not f.evidence.sentence.startswith(",", f.item.end):
        return False
    peers = [
        g for g in found if g is not f and (g.index, g.trigger) == (f.index, f.trigger) and g.item.start > f.item.start
    ]
    return len(peers) >= 2


def _has_items(found: list[Found], f: Found) -> bool:
    return any(g is not f and g.supplier == f.supplier and g.recipient == f.recipient and not _loose(g) for g in found)


def _absorb_contents(found: list[Found]) -> list[Found]:
    """ "300 crates of military equipment and rifles": the containers are the flow."""
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
    fam = family(f.item)
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


# the plain word for a category: "drones" is the named "Shahed-136 loitering munitions" told again
_BASIC = {
    "drones": ("drone", "uav"),
    "missiles": ("missile",),
    "ammunition": ("ammunition", "munition", "shell", "round"),
    "aircraft": ("aircraft", "jet", "plane", "warplane"),
    "ships": ("ship", "vessel", "warship"),
    "armoured_vehicles": ("vehicle", "armoured vehicle"),
    "artillery": ("gun", "artillery"),
    "air_defence": ("system", "air defence system"),
}


def _joins_named(m: Found, named: list[Found]) -> bool:
    """ "drones" joins "Harop drones"; "500-pound bombs" does not join "GBU-31 2,000-pound bombs"."""
    if _generic_like(m):
        return True
    words = {w for g in named for w in g.item.item.split()}
    counts = _counts(named)
    plain = set(m.item.item.split()) <= words or m.item.item in _BASIC.get(m.item.category.value, ())
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

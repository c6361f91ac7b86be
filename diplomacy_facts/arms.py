"""Arms transfers: who sends which weapons to whom, how many, since when, how surely.

>>> from diplomacy_facts.text import read_document
>>> doc = read_document("Arms\\n\\nNorth Korea has sold more than 1 million artillery shells to Russia.")
>>> [f.summary() for f in extract_arms(doc)]
['arms transfer: KP -> RU artillery shell (ammunition), delivered, quantity more than 1 million artillery shells']

How a sentence is read: :mod:`diplomacy_facts.weapons` finds the weapon phrases,
:mod:`diplomacy_facts.arms_syntax` the transfer words ("sold", "received", "landed", "the
sale of") and the countries around them; the first rule of `RULES`
(:mod:`diplomacy_facts.arms_rules`) that fits a transfer word says which country supplies
and which receives. Quantities, dates and certainty come from the readers (quantities,
dates, hedges), read in :mod:`diplomacy_facts.arms_details`. Across sentences
:mod:`diplomacy_facts.arms_context` fills a country the sentence leaves out ("Britain
pledged 14 tanks" after a paragraph about Ukraine), attaches the contents of a package or
shipment to its flow, and merges repeated mentions into one fact per supplier, recipient,
category, item and status (a contract and the deliveries under it are two facts);
:mod:`diplomacy_facts.arms_refs` reads what refers back to a flow ("the aircraft arrived", "the
remaining ten are due by 2026", "the order is due to be completed by 2026").

What it does not read: denials ("Pyongyang denied supplying weapons" is no transfer),
requests ("Kyiv asked for Patriots"), permissions ("allowed Poland to re-export"), a
country's own tests, parades and production, prices and stockpiles, soldiers, food, oil
and technology, "arms deals between A and B" with no direction, and questions.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from diplomacy_facts.arms_context import Found, Memory, finish, inherit
from diplomacy_facts.arms_details import (
    CUMULATIVE,
    FUTURE,
    HOME_MADE,
    ON_HOLD,
    RATE,
    dates,
    hedged_item,
    quantity,
    raw_status,
    settle,
)
from diplomacy_facts.arms_refs import back_references
from diplomacy_facts.arms_rules import RULES, arrival, relative_supply, supplied_modifier
from diplomacy_facts.arms_sentence import IC, Ctx, chain, named_in
from diplomacy_facts.arms_syntax import (
    Place,
    Trigger,
    blocked,
    find_manufacturers,
    find_triggers,
    items_of,
)
from diplomacy_facts.dates import find_dates
from diplomacy_facts.hedges import find_attribution, is_negated
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import Fact, Quantity, TransferStatus
from diplomacy_facts.places import find_places
from diplomacy_facts.quantities import QuantityMention, find_money, find_quantities
from diplomacy_facts.text import Document
from diplomacy_facts.weapons import ItemMention, find_items

__all__ = ["RULES", "extract_arms"]


def _topic(text: str, places: Sequence[Place]) -> str | None:
    for p in places:
        if not regex.search(
            r"\b(?:in|at|to|from|into|on|near|against|with|by|for|of|than|like)\s+(?:the\s+)?$",
            text[max(0, p.start - 15) : p.start],
            IC,
        ):
            return p.code
    return None


def _context(doc: Document, index: int, mem: Memory, seen: set[str]) -> Ctx:
    sentence = doc.sentences[index]
    text = sentence.text
    found = [Place(p.code, p.start, p.end, p.text) for p in find_places(text, seen=frozenset(seen))]
    found = [p for p in found if not p.code.startswith("region:")]
    makers = [m for m in find_manufacturers(text) if not any(p.start <= m.start < p.end for p in found)]
    places = tuple(sorted([*found, *makers], key=lambda p: p.start))
    known = {f.item.designation for f in mem.facts if f.item.designation}
    items = tuple(
        i
        for i in find_items(text, [(p.start, p.end, p.code) for p in places], known=lambda n: n in known)
        if not i.carrier
    )
    items = tuple(_made_in(text, i, places) for i in items)
    items = _counted_parts(text, items, mem, index)
    topic = _topic(text, places)
    prev = next((t for t in reversed(mem.topics) if t), None)
    return Ctx(
        sentence,
        index,
        places,
        items,
        topic,
        prev,
        tuple(find_dates(text, doc.published)),
        tuple(find_dates(text, doc.published, future=True)),
        frozenset(seen),
    )


_MADE_IN = lazy_compile(
    r"\s*,?\s+(?:(?:that|which)\s+(?:were|was|are|is)\s+)?(?:made|built|manufactured|produced|assembled)\s+(?:in|by)\s+"
    r"(?:the\s+)?",
    IC,
)


_EXAMPLE = lazy_compile(r"[^.;]{0,60}?\b(?:including|such\s+as|among\s+them|notably|among\s+which)\b", IC)


_EXCHANGE = lazy_compile(r"\b(?:in\s+exchange\s+for|in\s+return\s+for)\s+(?:[\w-]+\s+){0,4}$", IC)
_FOR_OWN = lazy_compile(r"\bfor\s+(?:its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}$", IC)
_PROGRAMME = lazy_compile(r"\s+(?:project|programme|program|development\s+programme)\b", IC)


def _examples(text: str, items: list[ItemMention]) -> list[ItemMention]:
    """ "eight aircraft, including Su-25 jets and L-39 trainers": the examples are part of the first flow;
    "cruise missiles for its Kilo-class submarines": the platform they are for is not sent; "the
    long-range missile project": a programme, no weapon."""
    return [
        it
        for it in items
        if not any(
            e.end <= it.start
            and (
                (e.category == it.category and _EXAMPLE.match(text, e.end, it.start))
                or _FOR_OWN.search(text, max(e.end, it.start - 40), it.start)
            )
            for e in items
        )
        and not _PROGRAMME.match(text, it.end)
    ]


_COUNTER = lazy_compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|another|\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+(?:more\s+|further\s+|additional\s+)?(?P<n>batter(?:y|ies)|squadrons?|regiments?)\b",
    IC,
)


def _counted_parts(text: str, items: tuple[ItemMention, ...], mem: Memory, index: int) -> tuple[ItemMention, ...]:
    """ "the first battery destined for the UAE", "two more squadrons": the parts of the system named
    just before (within three sentences), when the sentence names no weapon of its own."""
    if items:
        return items
    prev = next((f.item for f in reversed(mem.facts) if f.item.designation and index - f.index <= 3), None)
    if prev is None:
        return items
    return tuple(
        attrs.evolve(prev, start=m.start("n"), end=m.end(), plural=m.group().lower().endswith("s"), definite=False)
        for m in _COUNTER.finditer(text)
    )


def _made_in(text: str, it: ItemMention, places: Sequence[Place]) -> ItemMention:
    """ "armoured vehicles made in China", "patrol boats built in Japan": the maker after the weapon."""
    if it.origin_kind in ("made", "supplied", "demonym", "possessive"):
        return it
    m = _MADE_IN.match(text, it.end)
    if m is None:
        return it
    p = next((p for p in places if p.start == m.end()), None)
    if p is not None and regex.match(r"\s+for\b", text[p.end :]):
        return it  # "corvettes built by Turkey for Pakistan": the building verb tells the flow
    return attrs.evolve(it, origin=p.code, origin_kind="made", end=p.end) if p is not None else it


def _read(c: Ctx, mem: Memory) -> list[Found]:
    """The transfers stated in one sentence, before the article fills what it leaves out."""
    text = c.text
    quants = find_quantities(text)
    money = find_money(text)
    out: list[Found] = []
    memo: dict[tuple[int, int, bool], TransferStatus] = {}
    triggers = find_triggers(text, c.items)
    subjects = {  # "..., and 2,000 shipments have been sent": the shipments are no object of the verb before
        i.start
        for t in triggers
        if t.passive or t.frame == "arrive"
        for i in items_of(text, t, c.items, triggers)
        if i.end <= t.start
        and not regex.search(r"\b(?:that|which)\b", text[i.end : t.start], IC)
        and (t.frame == "arrive" or regex.search(r"\b(?:is|are|was|were|be|been|being)\b", text[i.end : t.start], IC))
    }
    for t in triggers:
        lo, hi = c.clause(t.start)
        if blocked(text, t, lo) or is_negated(text, t.start, t.end):
            continue
        items = _examples(text, items_of(text, t, c.items, triggers))
        if not (t.passive or t.frame == "arrive"):
            items = [i for i in items if i.start < t.start or i.start not in subjects]
        elliptic = _elliptic(c, t, quants, mem) if not items else None
        if elliptic is not None:  # "it has received at least 20": the weapon named before
            items = [elliptic[0]]
        if not items:
            continue
        rules = [r for r in RULES if not (elliptic and r is relative_supply)]  # the count is the verb's object
        picked = next(((rule, roles) for rule in rules if (roles := rule(c, t, items)) is not None), None)
        if picked is None or picked[1].dead:
            continue
        rule, roles = picked
        attribution = find_attribution(text, t.start, t.end)
        source = attribution.text if attribution else None
        if source is None and find_attribution(text, t.start, t.end, pronouns=True) is not None:
            source = mem.source  # "he said", "it said": the source named before
        future = bool(FUTURE.search(text[max(lo, t.start - 40) : t.start]))
        since, when = dates(c, t, future, triggers)
        if rule is arrival and roles.recipient is None and since is None and when is None:
            continue  # "he hoped the weapons would reach the front": where, when?
        older = bool(regex.search(r"\bhad\s+(?:\w+ly\s+)?$", text[max(0, t.start - 20) : t.start], IC))
        suppliers = chain(c, roles.supplier, 0, len(text)) if roles.supplier else [None]
        recipients = chain(c, roles.recipient, t.start, len(text)) if roles.recipient else [None]
        for it in items:
            if HOME_MADE.search(text, it.end):
                continue
            qty, first = quantity(c, it, t, quants) if elliptic is None else (elliptic[1], False)
            if qty is not None and RATE.match(text[it.end : it.end + 30]):
                if t.frame not in ("use", "strike"):
                    break  # "should receive tens of thousands of rounds every month": a rate, no entry
                qty = None  # "fired 10,000 North Korean shells a day": the use is the fact, not its rate
            if qty is None and (it.package or it.generic):
                cash = next((m for m in money if lo <= m.start < hi), None)
                if cash is not None:
                    if it.package and CUMULATIVE.search(text[lo:hi]):
                        continue  # "$6.5 billion in security assistance since the war started"
                    qty = cash.quantity
            fixed = bool(ON_HOLD.search(text[lo:hi])) or hedged_item(text, t.end, it)
            own: list[str | None] = list(suppliers)
            if (
                roles.supplier
                and it.origin
                and it.origin != roles.supplier
                and (it.origin_kind != "designation" or t.frame in ("use", "strike", "n_use"))  # "Spain sent Leopards"
                and not named_in(c, roles.supplier)
            ):
                own = [it.origin]  # "Turkish drones and Iranian drones": each item its own maker
            takers: list[str | None] = list(recipients)
            if _EXCHANGE.search(text, max(0, it.start - 50), it.start):
                if not (it.origin and roles.supplier) or it.origin_kind == "designation":
                    continue  # "in exchange for oil": what is paid back is no weapon of this flow
                own, takers = [it.origin], [roles.supplier]  # "in exchange for German Marders": the giver gets them
            for sup in own:
                for rec in takers:
                    f = Found(
                        sup,
                        rec,
                        it,
                        c.index,
                        rule.__name__,
                        c.sentence.evidence(min(t.start, it.start), max(t.end, it.end), rule.__name__),
                        quantity=qty,
                        since=since,
                        when=when,
                        attributed_to=source,
                        anchor=roles.anchor,
                        first=first,
                        older=older,
                        out_frame=t.frame in ("out", "n_out", "supplier", "arrive", "announce"),
                        status_fixed=fixed,
                        trigger=(t.start, t.end),
                        frame=t.frame,
                    )
                    status = raw_status(c, t, f, memo)
                    if t.frame == "build" and status is not TransferStatus.POSSIBLE:
                        status = TransferStatus.AGREED  # made to order: delivered only when it is handed over
                    out.append(attrs.evolve(f, status=status))
    return out


_PRONOUN_START = lazy_compile(r"\W*(?:It|They)\s")
_START = lazy_compile(
    r"\b(?:the|these|those|such)\s+(?:\w+\s+)?(?:transfers?|shipments?|deliveries|supplies|sales|exports|flights|"
    r"consignments?)\s+(?:\w+\s+)?(?:began|started|commenced|have\s+been\s+going\s+on)\b",
    IC,
)


def _flow_start(c: Ctx, mem: Memory) -> None:
    """ "The transfers began in early September": the start of the flow told just before."""
    m = _START.search(c.text)
    if m is None:
        return
    start = next((d.period for d in c.dates if d.start >= m.end() and d.relation in ("in", "on", None)), None)
    if start is None:
        return
    last = max((f.index for f in mem.facts if f.index < c.index), default=None)
    if last is None or c.index - last > 2:
        return
    for k, f in enumerate(mem.facts):
        if f.index == last and f.since is None and f.status is not TransferStatus.AGREED:
            mem.facts[k] = attrs.evolve(f, since=start)


_UNIT_NOUNS = frozenset({"battery", "unit", "system", "squadron", "regiment", "set", "complex"})
_COUNT_LEAD = lazy_compile(r"\s*(?:for\s+|of\s+)?(?:(?:another|a\s+further|an\s+additional)\s+)?", IC)


def _elliptic(
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
            if q.start >= t.end
            and _COUNT_LEAD.fullmatch(c.text, t.end, q.start)
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
    return earlier[-1], Quantity(qty.value, qty.bound, unit, c.text[q.start : q.end], qty.upper)


def _supplied(c: Ctx, mem: Memory, covered: set[int]) -> list[Found]:
    """ "British-supplied Challenger 2 tanks at a base in western Ukraine": the modifier states the flow."""
    out: list[Found] = []
    for it in c.items:
        if it.origin_kind != "supplied" or it.start in covered or not it.origin:
            continue
        roles = supplied_modifier(c, it)
        t = Trigger(it.start, it.end, "n_out", c.text[it.start : it.end])
        f = Found(
            roles.supplier,
            roles.recipient,
            it,
            c.index,
            "supplied_modifier",
            c.sentence.evidence(it.start, it.end, "supplied_modifier"),
            trigger=(it.start, it.end),
            frame="n_out",
        )
        out.append(attrs.evolve(f, status=raw_status(c, t, f)))
    return out


def extract_arms(doc: Document) -> list[Fact]:
    """All ArmsTransfer facts stated in `doc`'s body sentences, one per flow and item."""
    mem = Memory()
    seen = {p.code for p in find_places(doc.title or "")}  # "the North" once the title names North Korea
    for index, sentence in enumerate(doc.sentences):
        if sentence.text.rstrip().endswith("?"):
            mem.partners.append(None)
            continue
        c = _context(doc, index, mem, seen)
        kept: list[Found] = []
        raw = _read(c, mem)
        raw += _supplied(c, mem, {f.item.start for f in raw})
        raw = back_references(c, mem, raw)
        for k, f in enumerate(raw):
            g = inherit(f, mem, [*kept, *raw[:k], *raw[k + 1 :]])
            if g is None and f.supplier and not f.recipient and f.out_frame and _PRONOUN_START.match(sentence.text):
                partner = mem.partners[-1] if mem.partners else None  # "Germany is Ukraine's backer. It sent ..."
                g = inherit(attrs.evolve(f, recipient=partner), mem, kept) if partner != f.supplier else None
            if g is not None:
                kept.append(settle(g, c, *g.trigger))
        mem.facts.extend(kept)
        _flow_start(c, mem)
        if c.topic:  # only topics are kept: finding the last one stays O(1), not O(sentences)
            mem.topics.append(c.topic)
        mem.partners.append(next((p.code for p in c.places if p.code != c.topic), None))
        named = find_attribution(sentence.text)
        mem.source = named.text if named else mem.source
        seen.update(p.code for p in c.places)
    return list(finish(mem.facts))

"""Arms transfers: who sends which weapons to whom, how many, since when, how surely.

>>> from diplomacy_facts.text import read_document
>>> doc = read_document("Arms\\n\\nNorth Korea has sold more than 1 million artillery shells to Russia.")
>>> [f.summary() for f in extract_arms(doc)]
['arms transfer: KP -> RU artillery shell (ammunition), delivered, quantity more than 1 million artillery shells']

How a sentence is read: :mod:`diplomacy_facts.weapons` finds the weapon phrases,
:mod:`diplomacy_facts.arms_syntax` the transfer words ("sold", "received", "landed", "the
sale of", "turned to ... for", "armed ... with", "in service with") and
:mod:`diplomacy_facts.arms_roles` the countries around them (an armed group or a maker stands
for its country: "the Houthis" -> YE, "Hanwha" -> KR); the first rule of `RULES`
(:mod:`diplomacy_facts.arms_rules`, :mod:`diplomacy_facts.arms_frames`, :mod:`diplomacy_facts.arms_shapes`
for contracts, licences and passive equips) that fits a transfer
word says which country supplies and which receives. Quantities, dates and certainty come from the readers (quantities,
dates, hedges), read in :mod:`diplomacy_facts.arms_details`. Across sentences
:mod:`diplomacy_facts.arms_context` fills a country the sentence leaves out ("Britain
pledged 14 tanks" after a paragraph about Ukraine), attaches the contents of a package or
shipment to its flow, and merges repeated mentions into one fact per supplier, recipient,
category, item and status (a contract and the deliveries under it are two facts);
:mod:`diplomacy_facts.arms_refs` reads what refers back to a flow ("the aircraft arrived", "the
remaining ten are due by 2026", "the order is due to be completed by 2026").

What it does not read: denials ("Pyongyang denied supplying weapons" is no transfer),
requests ("Kyiv asked for Patriots"), permissions ("allowed Poland to re-export"), refusals
and pressure not yielded to ("resisting pressure to send"), a buyer's intention ("intends
to acquire"), deployments ("will send a frigate to join the coalition"), a country's own
tests, parades and production (a foreign weapon made "under licence" is read), prices and
stockpiles, soldiers, food, oil and technology, "arms deals between A and B" with no
direction, and questions.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplomacy_facts.arms_context import Found, Memory, complete, inherit
from diplomacy_facts.arms_details import (
    CUMULATIVE,
    FUTURE,
    HOME_MADE,
    ON_HOLD,
    RATE,
    dates,
    hedged_item,
    ordered_total,
    quantity,
    raw_status,
    settle,
)
from diplomacy_facts.arms_merge import finish
from diplomacy_facts.arms_refs import (
    back_references,
    counted_parts,
    elliptic_count,
    flow_start,
    implicit_arms,
    note_arms_talk,
    pronoun_items,
)
from diplomacy_facts.arms_roles import possessor_before
from diplomacy_facts.arms_rules import RULES, arrival, relative_supply, supplied_modifier
from diplomacy_facts.arms_sentence import IC, Ctx, Roles, chain, named_in
from diplomacy_facts.arms_shapes import deal_clause, for_modifier
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
from diplomacy_facts.model import Fact, TransferStatus
from diplomacy_facts.places import find_places
from diplomacy_facts.quantities import find_money, find_quantities
from diplomacy_facts.text import Document
from diplomacy_facts.weapons import ItemMention, find_items

__all__ = ["RULES", "extract_arms"]


_GOVERNED = lazy_compile(r"\b(?:in|at|to|from|into|on|near|against|with|by|for|of|than|like|and|or)\s+(?:the\s+)?$", IC)
_FOR = lazy_compile(r"\s+for\b")
_POSSESSIVE = lazy_compile(r"['’]s\s+")
_THAT = lazy_compile(r"\b(?:that|which)\b", IC)
_BE = lazy_compile(r"\b(?:is|are|was|were|be|been|being)\b", IC)
_HAD = lazy_compile(r"\bhad\s+(?:\w+ly\s+)?$", IC)


def _topic(text: str, places: Sequence[Place], items: Sequence[ItemMention] = ()) -> str | None:
    """The sentence's first free country, neither after a preposition nor a weapon's modifier."""
    for p in places:
        if any(i.start <= p.start < i.end for i in items):
            continue  # "16 Chinese J-10C fighter jets": an origin, not what the sentence is about
        if not _GOVERNED.search(text[max(0, p.start - 15) : p.start]):
            return p.code
    return None


def _context(doc: Document, index: int, mem: Memory, seen: set[str]) -> Ctx:
    sentence = doc.sentences[index]
    text = sentence.text
    found = [Place(p.code, p.start, p.end, p.text) for p in find_places(text, seen=frozenset(seen))]
    found = [p for p in found if not p.code.startswith("region:")]
    makers = [m for m in find_manufacturers(text) if not any(p.start <= m.start < p.end for p in found)]
    places = tuple(sorted([*found, *makers], key=lambda p: p.start))
    known = mem.designations
    items = tuple(
        i
        for i in find_items(text, [(p.start, p.end, p.code) for p in places], known=lambda n: n in known)
        if not i.carrier
    )
    items = tuple(_made_in(text, i, places) for i in items)
    items = counted_parts(text, items, mem, index)
    topic = _topic(text, [p for p in places if p not in makers], items)  # "aboard an Antonov plane": no topic
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
        max(mem.topic_counts, key=lambda k: mem.topic_counts[k]) if mem.topic_counts else None,
        frozenset(m.start for m in makers),
    )


_MADE_IN = lazy_compile(
    r"\s*,?\s+(?:(?:that|which)\s+(?:were|was|are|is)\s+)?(?:made|built|manufactured|produced|assembled)\s+(?:in|by)\s+"
    r"(?:the\s+)?",
    IC,
)


# frames whose supplier is named (or its recipient left to the article): "Britain pledged 14 tanks"
_GIVER_FRAMES = frozenset({"out", "n_out", "supplier", "arrive", "announce", "origin"})
_EXAMPLE = lazy_compile(r"[^.;]{0,60}?\b(?:including|such\s+as|among\s+them|notably|among\s+which)\b", IC)


_CONTRACT_FOR = lazy_compile(r"\b(?:contract|deal|agreement|order)\b[^.;]{0,40}?\bfor\b", IC)
_EXCHANGE = lazy_compile(r"\b(?:in\s+exchange\s+for|in\s+return\s+for)\s+(?:[\w-]+\s+){0,4}$", IC)
_FOR_OWN = lazy_compile(
    r"\b(?:for\s+(?:its|their|our|his|her)|(?:to\s+replace|replacing|to\s+succeed|succeeding)\s+(?:its|their|our|his"
    r"|her|the|an?))\s+(?:[\w-]+\s+){0,2}$",
    IC,
)
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


def _made_in(text: str, it: ItemMention, places: Sequence[Place]) -> ItemMention:
    """ "armoured vehicles made in China", "patrol boats built in Japan": the maker after the weapon."""
    if it.origin_kind in ("made", "supplied", "demonym", "possessive"):
        return it
    m = _MADE_IN.match(text, it.end)
    if m is None:
        return it
    p = next((p for p in places if p.start == m.end()), None)
    if p is not None and _FOR.match(text, p.end):
        return it  # "corvettes built by Turkey for Pakistan": the building verb tells the flow
    if p is None:
        return it
    maker = next((q for q in places if _POSSESSIVE.fullmatch(text, p.end, q.start)), None)
    end = maker.end if maker is not None else p.end  # "made by South Korea's Hyundai Rotem"
    return attrs.evolve(it, origin=p.code, origin_kind="made", end=end)


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
        for i in items_of(text, t, c.items, triggers, c.object_end)
        if i.end <= t.start
        and not _THAT.search(text[i.end : t.start])
        and (t.frame == "arrive" or _BE.search(text[i.end : t.start]))
    }
    for t in triggers:
        lo, hi = c.clause(t.start)
        if blocked(text, t, lo) or is_negated(text, t.start, t.end):
            continue
        items = _examples(text, items_of(text, t, c.items, triggers, c.object_end))
        if not (t.passive or t.frame == "arrive" or t.frame.startswith("n_")):  # "the delivery of X arrived"
            items = [i for i in items if i.start < t.start or i.start not in subjects]
        elliptic = elliptic_count(c, t, quants, mem) if not items else None
        if elliptic is not None:  # "it has received at least 20": the weapon named before
            items = [elliptic[0]]
        items = items or pronoun_items(c, t, mem) or implicit_arms(c, t, mem)  # "They arrived in Algiers"
        if not items:
            continue
        rules = [r for r in RULES if not (elliptic and r is relative_supply)]  # the count is the verb's object
        picked = next(((rule, roles) for rule in rules if (roles := rule(c, t, items)) is not None), None)
        if picked is None or picked[1].dead:
            continue
        rule, roles = picked
        if "implicit" in items[0].flags and not (roles.supplier and roles.recipient):
            continue  # "a shift away from its traditional supplier": no named supplier
        attribution = find_attribution(text, t.start, t.end)
        source = attribution.text if attribution else None
        if source is None and find_attribution(text, t.start, t.end, pronouns=True) is not None:
            source = mem.source  # "he said", "it said": the source named before
        future = bool(FUTURE.search(text[max(lo, t.start - 40) : t.start]))
        since, when = dates(c, t, future, triggers)
        if rule is arrival and roles.recipient is None and since is None and when is None:
            continue  # "he hoped the weapons would reach the front": where, when?
        older = bool(_HAD.search(text[max(0, t.start - 20) : t.start]))
        giver_lo = c.subject_start(t.start) if t.frame in ("out", "equip") and not t.passive else 0
        suppliers = chain(c, roles.supplier, giver_lo, len(text)) if roles.supplier else [None]
        taker_lo = (  # "Nigeria, Niger and Togo have received": the subjects before the verb, after any "that"
            c.subject_start(t.start) if t.frame in ("in", "source", "use") and not t.passive else t.start
        )
        recipients = chain(c, roles.recipient, taker_lo, len(text)) if roles.recipient else [None]
        for it in items:
            if HOME_MADE.search(text, it.end):
                continue
            qty, first = quantity(c, it, t, quants) if elliptic is None else (elliptic[1], False)
            if t.frame == "n_out" and _CONTRACT_FOR.search(text, t.end, it.start):
                qty = None  # "Deliveries under the first contract, also for 180 tanks": the contract's number
            if qty is not None and RATE.match(text[it.end : it.end + 30]):
                if t.frame not in ("use", "strike"):
                    break  # "should receive tens of thousands of rounds every month": a rate, no entry
                qty = None  # "fired 10,000 North Korean shells a day": the use is the fact, not its rate
            if qty is None and (it.package or it.generic):
                cash = next((m for m in money if lo <= m.start < hi), None)
                if cash is not None:
                    if it.package and c.has(CUMULATIVE, lo, hi):
                        continue  # "$6.5 billion in security assistance since the war started"
                    qty = cash.quantity
            fixed = c.has(ON_HOLD, lo, hi) or hedged_item(text, t.end, it)
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
                        out_frame=t.frame in _GIVER_FRAMES or roles.actor_gives,
                        status_fixed=fixed,
                        trigger=(t.start, t.end),
                        frame=t.frame,
                    )
                    status = raw_status(c, t, f, memo)
                    bought = t.frame == "build" or rule is deal_clause or t.text.lower() in ("paid", "spent")
                    if bought and status is not TransferStatus.POSSIBLE:
                        status = TransferStatus.AGREED  # made to order: delivered only when it is handed over
                    out.append(attrs.evolve(f, status=status))
                    total = ordered_total(c, it, t, quants) if status is TransferStatus.DELIVERED else None
                    if total is not None:  # "delivered the first of three batteries, under a contract": 3 ordered
                        out.append(attrs.evolve(f, status=TransferStatus.AGREED, quantity=total, since=None, when=None))
    return out


_PRONOUN_START = lazy_compile(
    r"\W*(?:It\s|They\s|Under\s+(?:the|this|that)\s+(?:deal|pact|agreement|accord|contract)\b)"
)


_FORCES_OF = lazy_compile(
    r"\s+(?:army|navy|air\s+force|military|armed\s+forces|forces|troops|coast\s+guard|marines)['’]s?\s+$", IC
)


def _holder(c: Ctx, it: ItemMention) -> str | None:
    """The country whose weapon it is: "India's Russian-made S-400s", "the Greek army's German-made tanks"."""
    owner = possessor_before(c.text, it.start, c.places)
    if owner is not None:
        return owner.code
    for p in c.places:
        if 0 < it.start - p.end <= 25 and _FORCES_OF.fullmatch(c.text, p.end, it.start):
            return p.code
    return None


def _supplied(c: Ctx, mem: Memory, covered: set[int]) -> list[Found]:
    """ "British-supplied Challenger 2 tanks at a base in western Ukraine": the modifier states the flow;
    "India's Russian-made S-400 systems", "the Greek army's German-made tanks": a foreign-made weapon
    a country holds."""
    out: list[Found] = []
    for it in c.items:
        if it.start in covered or not it.origin:
            continue
        if it.origin_kind == "supplied":
            roles, rule = supplied_modifier(c, it), "supplied_modifier"
        elif it.origin_kind == "made" and (holder := _holder(c, it)) is not None and holder != it.origin:
            roles, rule = Roles(it.origin, holder), "held_modifier"
        elif (bound_for := for_modifier(c, it)) is not None:
            roles, rule = bound_for, "for_modifier"  # "eight Chinese submarines for Pakistan"
        else:
            continue
        t = Trigger(it.start, it.end, "n_out", c.text[it.start : it.end])
        f = Found(
            roles.supplier,
            roles.recipient,
            it,
            c.index,
            rule,
            c.sentence.evidence(it.start, it.end, rule),
            trigger=(it.start, it.end),
            frame="n_out",
        )
        status = raw_status(c, t, f)
        if rule == "for_modifier" and status is TransferStatus.DELIVERED:
            status = TransferStatus.AGREED  # "submarines for Pakistan": bound for it, not yet said to be handed over
        out.append(attrs.evolve(f, status=status))
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
        mem.pending = [p for p in mem.pending if index - p.index <= 1]  # only the sentence before completes
        kept: list[Found] = []
        raw = _read(c, mem)
        raw += _supplied(c, mem, {f.item.start for f in raw})
        raw = back_references(c, mem, raw)
        for k, f in enumerate(raw):
            g = inherit(f, mem, [*kept, *raw[:k], *raw[k + 1 :]])
            if g is None and (done := complete(f, mem)) is not None:
                kept.append(done)  # "... They came from Iran": the flow of the sentence before, now with its supplier
                continue
            if g is None and f.supplier and not f.recipient and f.out_frame and _PRONOUN_START.match(sentence.text):
                partner = mem.partners[-1] if mem.partners else None  # "Germany is Ukraine's backer. It sent ..."
                partner = c.prev_topic if partner == f.supplier else partner  # "Serbia and China signed a pact."
                g = inherit(attrs.evolve(f, recipient=partner), mem, kept) if partner != f.supplier else None
            if g is None and f.recipient and not f.supplier and not f.anchor:
                mem.pending.append(f)
            if g is not None:
                kept.append(settle(g, c, *g.trigger))
        mem.add(kept)
        note_arms_talk(c, mem)
        flow_start(c, mem)
        if c.topic:  # only topics are kept: finding the last one stays O(1), not O(sentences)
            mem.topics.append(c.topic)
            mem.topic_counts[c.topic] = mem.topic_counts.get(c.topic, 0) + 1
        mem.partners.append(next((p.code for p in c.places if p.code != c.topic), None))
        named = find_attribution(sentence.text)
        mem.source = named.text if named else mem.source
        seen.update(p.code for p in c.places)
    return list(finish(mem.facts))

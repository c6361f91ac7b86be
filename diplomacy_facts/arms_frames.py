"""Rules for transfer words whose roles sit in a fixed frame around them (tried by arms_rules.RULES).

- ``source``: "Russia has turned to Iran for drones", "Mali relies on Russia for its helicopters":
  the one who turns gets, the country after the verb supplies what follows "for". A seller
  after money turns to a buyer: "sought hard currency by turning to Iraq for shell orders",
  "turned to Azerbaijan as a market for its rocket launchers".
- ``equip``: "Turkey armed Azerbaijan with Bayraktar drones", "has equipped Somalia's army with
  armoured vehicles": the country right after the verb receives what follows "with".
- ``origin``: "Most of the drones came from Iran": the country after "from" supplies; the one who
  gets them is the weapon's possessor ("Sudan's drones came from Iran") or the recipient of the
  flow told before.
- ``lease``: "India leased a nuclear submarine from Russia" (gets), "leased drones to Poland" (gives).
- ``service``: "Turkish-built corvettes are now in service with the Pakistan Navy": a foreign weapon
  in service with (or inducted into, delivered into) a country's forces.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from diplomacy_facts.arms_roles import possessor_before, role_after
from diplomacy_facts.arms_sentence import IC, MADE, NAMED, NO, Ctx, Roles, actor, code_of, kinds_for, origin, subject
from diplomacy_facts.arms_shapes import for_buyer
from diplomacy_facts.arms_syntax import INCLUDING_BEFORE, Place, Trigger
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.weapons import ItemMention

__all__ = [
    "announced_package",
    "arrival",
    "built_for",
    "came_from",
    "carried_cargo",
    "equip_with",
    "in_service",
    "package_contents",
    "share_of",
    "supplier_of",
    "turned_to",
]

# what holds the items of a content verb: "It includes", "the package contains", "these shipments included"
_HOLDER = lazy_compile(
    r"\b(?:it|they|this|these|those|that|package|packages|list|shipments?|consignments?|cargo|aid|deal|containers?"
    r"|deliver(?:y|ies)|tranche|batch|order|contract|assistance|transfers?|flights?|planes|aircraft|equipment"
    r"|hardware|weapons|arms|agreement|sale)\b",
    IC,
)


# what may stand between the verb and its country: "turned to its old ally Russia", "armed the Kurdish ..."
_LEAD = lazy_compile(
    r"\s+(?:(?:the|its|their|his|her|a|an|old|long-time|longtime|traditional|ally|allies|partner|partners|patron"
    r"|neighbour|neighbor|friend|backer)\s+){0,3}",
    IC,
)
_FLOW_NOUN = lazy_compile(
    r"\b(?:deliveries|imports|purchases|acquisitions|shipments|exports|sales|supplies|transfers)\s+(?P<dir>from|to)\s",
    IC,
)
_ITS = lazy_compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", IC)
_PREP = lazy_compile(r"\s+(?:back\s+)?(?:to|on|upon|towards?)\b", IC)
_FOR = lazy_compile(r"[^;:]{0,60}?\bfor\b", IC)
_WITH = lazy_compile(r"[^;:.]{0,60}?\bwith\b", IC)
# a seller looking for money turns to a buyer
_INCOME = lazy_compile(
    r"\b(?:income|revenues?|cash|hard\s+currency|foreign\s+currency|money|earnings|profits?|foreign\s+exchange)\b", IC
)
_MARKET = lazy_compile(
    r"\s+as\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+)?(?:buyers?|markets?|customers?|clients?|outlets?)\b", IC
)
# "its army", "the Kurdish forces of": a country's forces right after its name
_FORCES = lazy_compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:army|navy|air\s+force|military|armed\s+forces|forces|troops|coast\s+guard|police"
    r"|marines|soldiers)\b",
    IC,
)


def _right_after(c: Ctx, pos: int, end: int) -> Place | None:
    """The country the verb ending at `pos` takes as its object: "turned to Iran", "armed the Kurds"."""
    for p in c.places:
        if pos <= p.start < end and _LEAD.fullmatch(c.text, pos, p.start) is not None:
            if any(i.start <= p.start < i.end for i in c.items):
                return None  # "turned to Russian drones": a weapon's origin, no partner
            return p
        if p.start >= pos:
            break
    return None


def turned_to(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Russia has turned to Iran for drones"; "sought hard currency by turning to Iraq for shell orders"."""
    if t.frame != "source":
        return None
    end = c.object_of(t)
    prep = _PREP.match(c.text, t.end)
    partner = _right_after(c, prep.end(), end) if prep else None
    if partner is None or not items or items[0].start < partner.end:
        return NO  # "turned to suppliers of any kind", "turned to Russia, including fighters"
    if not _FOR.match(c.text, partner.end, items[0].start):
        return NO  # "relies on Russia and its drones": no "for"
    lo = c.clause(t.start)[0]
    actor = subject(c, t.start)
    if actor is None and not any(lo <= p.start < t.start for p in c.places):
        mine = c.topic if c.topic and all(p.start < t.start for p in c.places if p.code == c.topic) else None
        actor = mine or c.home or c.prev_topic  # "the regime has found income by turning to ...": the article's country
    if _INCOME.search(c.text, lo, t.start) or _MARKET.match(c.text, partner.end):
        return Roles(actor, partner.code if partner.code != actor else None, actor_gives=True)
    return Roles(partner.code, actor if actor != partner.code else None)


def equip_with(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Turkey armed Azerbaijan with Bayraktar drones", "equipped Somalia's army with armoured vehicles"."""
    if t.frame != "equip":
        return None
    if t.passive:
        return NO  # "drones armed with missiles", "an army equipped with Chinese rifles" (read by its modifier)
    end = c.object_of(t)
    taker = _right_after(c, t.end, end)
    if taker is None or not items or items[0].start < taker.end:
        return NO
    gap_end = items[0].start
    after = _FORCES.match(c.text, taker.end)
    start = after.end() if after else taker.end
    if not _WITH.match(c.text, start, gap_end):
        return NO
    giver = subject(c, t.start) or origin(items, MADE)
    if giver is None or giver == taker.code:
        return NO
    return Roles(giver, taker.code)


def arrival(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "The first eight JF-17s landed in Nigeria", "the missiles arrived in Ukraine"."""
    if t.frame != "arrive":
        return None
    end = c.object_of(t)
    place = role_after(c.text, t.end, end, c.places, "in") or _first_direct(c, t, end)
    fr = role_after(c.text, t.end, end, c.places, "from")
    if fr is None and items:  # "the first Leopard 2 tanks from Germany arrived", "Kenya's jets, built by Saab, arrived"
        fr = role_after(c.text, items[-1].end, t.start, c.places, "from") or role_after(
            c.text, items[-1].end, t.start, c.places, "by"
        )
    if fr is None and items and INCLUDING_BEFORE.search(c.text, max(0, items[0].start - 40), items[0].start):
        fr = role_after(
            c.text, c.clause(t.start)[0], items[0].start, c.places, "from"
        )  # "Weapons from Iran, including"
    sup = fr.code if fr else origin(items, kinds_for(items))
    rec = place.code if place else None
    if rec is None and items and (owner := possessor_before(c.text, items[0].start, c.places)) is not None:
        rec = owner.code  # "Ukraine's first Abrams tanks arrived from the United States"
    if rec is None and items and items[0].origin_kind == "possessive" and fr is not None:
        rec = items[0].origin  # "Bulgaria's first F-16s, built by Lockheed Martin, arrived at the air base"
    if rec is None and regex.match(r"\s+(?:the\s+)?(?:country's\s+)?capital\b", c.text[t.end :], IC):
        rec = code_of(c, "PRONOUN")  # "have reached the capital": the country the article is about
    return Roles(sup, rec if rec != sup else None)


def _first_direct(c: Ctx, t: Trigger, end: int) -> Place | None:
    """ "the first tanks reached Ukraine"."""
    for p in c.places:
        if t.end <= p.start < end and regex.fullmatch(r"\s+(?:the\s+)?", c.text[t.end : p.start]):
            return p
    return None


def in_service(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Turkish-built corvettes are now in service with the Pakistan Navy"."""
    if t.frame != "service":
        return None
    end = c.object_of(t)
    user = _right_after(c, t.end, end)
    if user is not None and t.text.lower().startswith(("spotted", "seen")) and not c.is_maker(user):
        user = user if _UNITS.match(c.text, user.end) else None  # "spotted with Chinese vessels": no forces
    mine = [i for i in items if i.end <= t.start]
    sup = origin(mine, NAMED)
    if sup is None and mine:  # "howitzers supplied by the US have entered service with the Nigerian army"
        by = role_after(c.text, mine[-1].end, t.start, c.places, "by") or role_after(
            c.text, mine[-1].end, t.start, c.places, "from"
        )
        sup = by.code if by else None
    if user is None or sup is None or sup == user.code:
        return NO
    return Roles(sup, user.code)


def came_from(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Most of the drones came from Iran", "the shells were sourced from North Korea"."""
    if t.frame != "origin":
        return None
    end = c.object_of(t)
    source = _right_after(c, t.end, end)
    mine = [i for i in items if i.end <= t.start]
    if source is None or not mine:
        return NO
    owner = possessor_before(c.text, mine[0].start, c.places)
    held = next((i.origin for i in mine if i.origin_kind == "possessive"), None)  # "Most of Egypt's weapons"
    rec = owner.code if owner is not None else held  # else the flow told before (arms_context.inherit)
    return Roles(source.code, rec if rec != source.code else None)


def supplier_of(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Turkey has been a major supplier of drones to Rabat", "Algeria's main arms supplier"."""
    if t.frame != "supplier":
        return None
    owner = possessor_before(c.text, t.start, c.places)
    end = c.object_of(t)
    to = role_after(c.text, t.end, end, c.places, "to") or role_after(c.text, t.end, end, c.places, "for")
    cut = owner.start if owner else t.start
    sup = code_of(c, actor(c, cut))
    held = next((i.origin for i in items if i.start > t.end and i.origin_kind == "possessive"), None)
    rec = to.code if to else owner.code if owner else held  # "the main source of Myanmar's weapons"
    if rec is None and _ITS.search(c.text, max(0, t.start - 40), t.start):  # "Britain was its third-largest supplier"
        rec = c.topic if c.topic not in (None, sup) else c.prev_topic
    return Roles(sup, rec if rec != sup else None)


def announced_package(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Ottawa announced a $300 million package of weapons", "approved $50 million in military aid for Kyiv"."""
    if t.frame != "announce":
        return None
    packages = [i for i in items if i.package]
    if not packages:
        return NO
    end = c.object_of(t)
    to = role_after(c.text, t.end, end, c.places, "for") or role_after(c.text, t.end, end, c.places, "to")
    sup = subject(c, t.start)
    rec = to.code if to else None
    return Roles(sup, rec if rec != sup else None)


def carried_cargo(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Iranian cargo flights carried drones to Russia"; "the planes were carrying arms": an earlier flow."""
    if t.frame != "carry":
        return None
    end = c.object_of(t)
    if regex.search(r"\b(?:each|apiece)\b", c.text[t.end : end], IC):
        return NO  # "four launchers carrying eight missiles each": what a weapon holds, no cargo
    to = role_after(c.text, t.end, end, c.places, "to")
    sup = subject(c, t.start)
    if sup and to and sup != to.code:
        return Roles(sup, to.code)
    return Roles(None, None, anchor=True)


def package_contents(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "It includes Stinger missiles", "Some of the cargo may have held ...": an earlier flow."""
    if t.frame != "content":
        return None
    lo = c.clause(t.start)[0]
    if regex.search(r",\s*$", c.text[:lo]):  # "The equipment, which arrived last week, includes"
        lo = 0
    if t.text.lower().startswith(("has requested", "have requested", "requested")):
        return Roles(None, None, anchor=True)  # the items of the sale notified just before
    if not _HOLDER.search(c.text, max(lo, t.start - 90), t.start):
        return NO  # "the number of tanks counted": no package holds them
    holder = [i for i in c.items if lo <= i.start and i.end <= t.start and (i.package or i.container)]
    if holder:  # "Sweden's new package for Ukraine includes ..."
        owner = possessor_before(c.text, holder[0].start, c.places)
        sup = owner.code if owner else origin(holder)
        to = role_after(c.text, holder[0].end, t.start, c.places, "for") or role_after(
            c.text, holder[0].end, t.start, c.places, "to"
        )
        if sup and to and sup != to.code:
            return Roles(sup, to.code)
    flow = _FLOW_NOUN.search(c.text, max(lo, t.start - 90), t.start)
    if flow is not None:  # "Kenya's deliveries from China included 30 armoured vehicles"
        owner = possessor_before(c.text, flow.start(), c.places)
        other = role_after(c.text, flow.start("dir"), t.start, c.places, flow.group("dir").lower())
        if owner and other and owner.code != other.code:
            gets = flow.group("dir").lower() == "from"
            return Roles(other.code, owner.code) if gets else Roles(owner.code, other.code)
    return Roles(None, None, anchor=True)


def built_for(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "two frigates being built in Kaliningrad for the Indian Navy", "Germany is building four submarines
    for Egypt": made for a foreign buyer. No buyer named after "for": a home build, no transfer."""
    if t.frame != "build":
        return None
    end = c.object_of(t)
    buyer = role_after(c.text, t.end, end, c.places, "for")
    before = [i for i in items if i.end <= t.start]
    if buyer is None and t.passive and before:  # "the 18 howitzers for Nigeria will be built by ..."
        buyer = for_buyer(c, before[-1])
    if buyer is None and t.passive and before and _PRONOUN.fullmatch(c.text, before[0].start, before[0].end):  # "They
        maker = role_after(c.text, t.end, end, c.places, "by") or role_after(c.text, t.end, end, c.places, "in")
        return Roles(maker.code, None) if maker else NO  # will be built by Saab": the maker of what was told before
    if buyer is None:
        return NO
    by = role_after(c.text, t.end, end, c.places, "by")
    yard = role_after(c.text, t.end, end, c.places, "in")
    sup = (by.code if by else None) or (yard.code if yard else None)
    sup = sup or (None if t.passive else subject(c, t.start)) or origin(items, (*NAMED, "designation"))
    if sup is None or sup == buyer.code:
        return NO
    return Roles(sup, buyer.code)


_UNITS = lazy_compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:units?|troops|forces|soldiers|fighters|army|military|militias?|rebels|positions"
    r"|brigades?|battalions?|regiments?|navy|air\s+force|marines)\b",
    IC,
)
_PRONOUN = lazy_compile(r"They|These|It|Both")
_SHARE = lazy_compile(
    r"\b(?:percent|per\s+cent|%|share|half|thirds?|quarters?|bulk|most|majority|much|proportion)\s+of\s+(?:the\s+)?$",
    IC,
)


def share_of(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "China accounts for 80 percent of Bangladesh's arms imports": only with the holder named."""
    if t.frame != "share":
        return None
    sup = subject(c, t.start)
    held = [i for i in items if i.origin_kind == "possessive" and _SHARE.search(c.text, t.end, i.start)]
    if sup is None or not held or held[0].origin == sup:
        return NO  # "the US accounted for 42 percent of global arms exports": no recipient
    return Roles(sup, held[0].origin)

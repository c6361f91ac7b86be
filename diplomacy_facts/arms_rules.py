"""The rules of the arms extractor: who supplies and who receives, by kind of transfer word.

Each rule is a small pure function ``(Ctx, Trigger, items) -> Roles | None``: None when the
rule does not fit the transfer word, `Roles` with the supplier and recipient it reads
(either may be None, to be filled from the article by :mod:`diplomacy_facts.arms_context`),
or a *dead* `Roles` when the word fits but states no transfer ("which can fire missiles").
`RULES` is the explicit order in which they are tried; the name of the rule that fired goes
into each fact's evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from diplomacy_facts.arms_sentence import (
    IC,
    MADE,
    NAMED,
    NO,
    Ctx,
    Roles,
    any_after,
    code_of,
    indirect,
    kinds_for,
    origin,
    subject,
)
from diplomacy_facts.arms_syntax import Place, Trigger, object_end, possessor_before, role_after, subject_before
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.weapons import ItemMention

__all__ = ["RULES", "Rule", "arrival", "relative_supply", "supplied_modifier"]


Rule = Callable[[Ctx, Trigger, Sequence[ItemMention]], Roles | None]


# what holds the items of a content verb: "It includes", "the package contains", "these shipments included"
_HOLDER = lazy_compile(
    r"\b(?:it|they|this|these|those|that|package|packages|list|shipments?|consignments?|cargo|aid|deal|containers?"
    r"|deliver(?:y|ies)|tranche|batch|order|contract|assistance|transfers?|flights?|planes|aircraft|equipment"
    r"|hardware|weapons|arms|agreement|sale)\b",
    IC,
)


_APPROVAL = lazy_compile(r"\b(?:approve|approved|approves|approving)\b", IC)
_AWAIT = lazy_compile(
    r"\b(?:expects?|expected|expecting|awaits?|awaited|awaiting|welcomed?|welcomes|receives?|received|receiving"
    r"|got|gets|took|takes|accepted|accepts|completed?|completes)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+)?$",
    IC,
)


_SIGNED = lazy_compile(
    r"\b(?:signed|signs|signing|sign|concluded|inked|placed|finali[sz]ed|awarded|clinched)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}$",
    IC,
)
_DEAL_TO_SUPPLY = lazy_compile(
    r"\s+with\s+[^,;.]{1,40}?\s+to\s+(?:supply|sell|deliver|provide|send|export|transfer|ship)\b", IC
)
_WITH_TO = lazy_compile(r"\s+to\s+$")
_AGENT = lazy_compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+by\s", IC)
# a subject that objects to a deal is not its buyer: "threatened sanctions over", "criticised the deal"
_OBJECTION = lazy_compile(
    r"\b(?:sanction(?:s|ed)?|threat(?:en|ened|ens)?|warn(?:s|ed)?|criticis|criticiz|condemn|protest|objec|punish"
    r"|penal|opposed?|oppos|denounc|slamm?|rebuk|complain|concern)",
    IC,
)


# --- rules: each reads the roles of one kind of transfer word; the first that fits wins -------------


def relative_supply(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "the S-400 complex that Russia had handed over to Belarus"."""
    if t.frame != "out" or t.passive or not items or items[0].start > t.start:
        return None
    sup = subject(c, t.start)
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    rec = role_after(c.text, t.end, end, c.places, "to")
    return Roles(sup, rec.code if rec else None)


def passive_supply(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "S-400s supplied by Russia", "shells were sent to Russia", "Ukraine was given F-16s"."""
    if t.frame != "out" or not t.passive:
        return None
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    by = role_after(c.text, t.end, end, c.places, "by") or role_after(c.text, t.end, end, c.places, "from")
    to = role_after(c.text, t.end, end, c.places, "to")
    if to is None and items and items[-1].end <= t.start:  # "the first battery destined for the UAE was handed over"
        to = role_after(c.text, items[-1].end, t.start, c.places, "to")
    sup = by.code if by else origin(items, kinds_for(items))
    if items and items[0].start > t.start:  # the recipient is the subject
        return Roles(sup or origin(items), subject(c, t.start))
    rec = to.code if to else None
    reduced = items and regex.fullmatch(r"\s*(?:,\s*)?", c.text[items[-1].end : t.start])
    if rec is None and items and reduced:  # "Belarus has put S-400s supplied by Russia into service"
        rec = code_of(c, subject_before(c.text, items[0].start, c.places, c.items))
    return Roles(sup, rec if rec != sup else None)


def active_supply(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "North Korea has sold more than 1 million shells to Russia", "sent Kyiv ATACMS"."""
    if t.frame != "out":
        return None
    sup = subject(c, t.start)
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    to = role_after(c.text, t.end, end, c.places, "to")
    lead = _WITH_TO.search(c.text, max(0, t.start - 8), t.start)
    partner = next((p for p in c.places if lead and p.end == lead.start()), None)
    if partner is not None and regex.search(
        r"\bwith\s+(?:the\s+)?$", c.text[max(0, partner.start - 12) : partner.start]
    ):
        # "Russia signed an agreement with Iran to supply Su-35s": the signer supplies, the partner receives
        sup = code_of(c, subject_before(c.text, partner.start, c.places, c.items))
        to = to or partner
    if to is None and regex.search(
        r"\bto\s+(?:\w+\s+){0,4}(?:countries|nations|states|buyers|customers)\b", c.text[t.end : end], IC
    ):
        to = role_after(c.text, t.end, end, c.places, "including")  # "to 30 countries, including Ukraine"
    rec = to.code if to else indirect(c, t)
    if rec is None:
        fr = role_after(c.text, t.end, end, c.places, "for")
        rec = fr.code if fr else any_after(c, t.end, end, {sup})
    if sup is None:
        sup = origin(items, MADE)
    fr = role_after(c.text, t.end, end, c.places, "from")
    if fr is not None and _APPROVAL.search(t.text):  # "approved the transfer of F-16s from Denmark to Ukraine"
        sup = fr.code
    return Roles(sup, rec if rec != sup else None)


def passive_receive(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "four frigates ordered by the Pakistan Navy"."""
    if t.frame != "in" or not t.passive:
        return None
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    by = role_after(c.text, t.end, end, c.places, "by")
    fr = role_after(c.text, t.end, end, c.places, "from")
    return Roles(fr.code if fr else origin(items), by.code if by else None)


def receive(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Russia has received some 6,700 containers from Pyongyang", "agreed with Moscow to buy"."""
    if t.frame != "in":
        return None
    rec = subject(c, t.start)
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    fr = role_after(c.text, t.end, end, c.places, "from")
    sup = fr.code if fr else None
    if sup is None:
        lo = c.clause(t.start)[0]
        with_ = role_after(c.text, lo, t.start, c.places, "with")
        sup = (
            with_.code if with_ and regex.search(r"\b(?:agree|deal|contract|sign)", c.text[lo : t.start], IC) else None
        )
    sup = sup or origin(items)
    beneficiary = role_after(c.text, t.end, end, c.places, "for")
    if beneficiary is not None and beneficiary.code not in (rec, sup) and t.text.lower().startswith(("buy", "bought")):
        rec = beneficiary.code  # "are buying 90 T-72 tanks for Ukraine from a Czech company"
    return Roles(sup, rec if rec != sup else None)


def arrival(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "The first six J-10Cs landed in Pakistan", "the missiles arrived in Ukraine"."""
    if t.frame != "arrive":
        return None
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    place = role_after(c.text, t.end, end, c.places, "in") or _first_direct(c, t, end)
    fr = role_after(c.text, t.end, end, c.places, "from")
    if fr is None and items:  # "the first Leopard 2 tanks from Germany arrived"
        fr = role_after(c.text, items[-1].end, t.start, c.places, "from")
    sup = fr.code if fr else origin(items, kinds_for(items))
    rec = place.code if place else None
    if rec is None and regex.match(r"\s+(?:the\s+)?(?:country's\s+)?capital\b", c.text[t.end :], IC):
        rec = code_of(c, "PRONOUN")  # "have reached the capital": the country the article is about
    return Roles(sup, rec if rec != sup else None)


def _first_direct(c: Ctx, t: Trigger, end: int) -> Place | None:
    """ "the first tanks reached Ukraine"."""
    for p in c.places:
        if t.end <= p.start < end and regex.fullmatch(r"\s+(?:the\s+)?", c.text[t.end : p.start]):
            return p
    return None


def foreign_use(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Azerbaijani forces were using Israeli-made drones", "North Korean shells fired by Russian troops"."""
    if t.frame not in ("use", "strike"):
        return None
    if regex.search(
        r"\b(?:can|could|able\s+to|capable\s+of)\s+(?:\w+\s+)?$", c.text[max(0, t.start - 20) : t.start], IC
    ):
        return NO  # a capability: "which can fire cruise missiles"
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    if t.passive:
        by = role_after(c.text, t.end, end, c.places, "by")
        user = by.code if by else None
    else:
        user = subject(c, t.start)
    sup = origin(items, (*NAMED, "designation"))
    if sup is None or user is None or sup == user:
        return NO
    return Roles(sup, user)


def nominal_supply(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Israeli arms sales to Azerbaijan", "deliveries of the S-400 to India"."""
    if t.frame != "n_out":
        return None
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    to = role_after(c.text, t.end, end, c.places, "to") or role_after(c.text, t.end, end, c.places, "for")
    owner = possessor_before(c.text, t.start, c.places)
    by = role_after(c.text, t.end, end, c.places, "from") or role_after(c.text, t.end, end, c.places, "by")
    if by is not None and _AGENT.search(c.text, t.end, by.start + 1):
        by = None  # "a shipment of Iranian weapons was seized by the US Navy": the agent of another verb
    sup = origin([i for i in items if i.end <= t.start]) or (owner.code if owner else None)
    if to is None and t.text.lower().startswith("export") and by is None:
        return NO  # "South Korea's arms exports reached a record $17 billion": a national total, no flow
    awaited = _AWAIT.search(c.text, max(0, t.start - 40), t.start)
    if by is not None and awaited:  # "Kyiv expects the delivery of ATACMS from Washington"
        rec = to.code if to else subject(c, t.start)
        return Roles(by.code, rec if rec != by.code else None)
    sup = sup or (by.code if by else None) or origin([i for i in items if i.start >= t.end]) or subject(c, t.start)
    rec = to.code if to else None
    return Roles(sup, rec if rec != sup else None)


def nominal_acquisition(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "India's induction of French-built Rafale fighters", "Poland's order for K2 tanks"."""
    if t.frame != "n_in":
        return None
    if _DEAL_TO_SUPPLY.match(c.text, t.end):
        return NO  # "Russia signed an agreement with Iran to supply Su-35s": the supply verb tells the flow
    if (
        t.text.lower().startswith(("buyer", "customer", "importer", "operator"))
        and min(items, key=lambda i: i.start).generic
    ):
        return NO  # "India, once the biggest buyer of Russian arms": a description, no flow
    owner = possessor_before(c.text, t.start, c.places)
    rec = owner.code if owner else subject(c, t.start)
    objection = _OBJECTION.search(c.text, c.clause(t.start)[0], t.start) if owner is None else None
    if objection is not None:  # "Washington threatened sanctions over the S-400 purchase": the critic buys nothing
        target = [
            p
            for p in c.places
            if objection.end() <= p.start < t.start
            and regex.fullmatch(r"\w*\s+(?:the\s+)?", c.text[objection.end() : p.start])
        ]
        rec = target[0].code if target else None  # "warned Egypt of sanctions over the Su-35 deal"
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    fr = role_after(c.text, t.end, end, c.places, "from") or role_after(c.text, t.end, end, c.places, "with")
    sup = fr.code if fr else origin(items)
    if rec is None and sup and _SIGNED.search(c.text, max(0, t.start - 30), t.start):
        return Roles(
            sup, None
        )  # "the Defence Ministry signed a contract with a Turkish shipbuilder": the article's buyer
    if rec is None or rec == sup:
        return NO  # "the induction of the JF-17": whose?
    return Roles(sup, rec)


def nominal_use(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Russia's first use of North Korean ballistic missiles against Ukraine"."""
    if t.frame != "n_use":
        return None
    owner = possessor_before(c.text, t.start, c.places)
    user = owner.code if owner else None
    sup = origin(items, (*NAMED, "designation"))
    if sup is None or user is None or sup == user:
        return NO
    return Roles(sup, user)


def supplier_of(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Israel has been a major supplier of drones to Baku", "Azerbaijan's leading arms supplier"."""
    if t.frame != "supplier":
        return None
    owner = possessor_before(c.text, t.start, c.places)
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    to = role_after(c.text, t.end, end, c.places, "to") or role_after(c.text, t.end, end, c.places, "for")
    cut = owner.start if owner else t.start
    sup = code_of(c, subject_before(c.text, cut, c.places, c.items))
    rec = to.code if to else owner.code if owner else None
    return Roles(sup, rec if rec != sup else None)


def announced_package(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "the Pentagon announced a $1 billion package of weapons", "approved $50 million in military aid for Kyiv"."""
    if t.frame != "announce":
        return None
    packages = [i for i in items if i.package]
    if not packages:
        return NO
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    to = role_after(c.text, t.end, end, c.places, "for") or role_after(c.text, t.end, end, c.places, "to")
    sup = subject(c, t.start)
    rec = to.code if to else None
    return Roles(sup, rec if rec != sup else None)


def carried_cargo(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Iranian cargo flights carried drones to Russia"; "the aircraft are carrying weapons": an earlier flow."""
    if t.frame != "carry":
        return None
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    if regex.search(r"\b(?:each|apiece)\b", c.text[t.end : end], IC):
        return NO  # "four launchers carrying eight missiles each": what a weapon holds, no cargo
    to = role_after(c.text, t.end, end, c.places, "to")
    sup = subject(c, t.start)
    if sup and to and sup != to.code:
        return Roles(sup, to.code)
    return Roles(None, None, anchor=True)


def package_contents(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "It includes Stinger missiles", "Some of these shipments may have included ...": an earlier flow."""
    if t.frame != "content":
        return None
    lo = c.clause(t.start)[0]
    if regex.search(r",\s*$", c.text[:lo]):  # "The equipment, which arrived last week, includes"
        lo = 0
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
    return Roles(None, None, anchor=True)


def built_for(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "two frigates being built in Kaliningrad for the Indian Navy", "Germany is building four submarines
    for Egypt": made for a foreign buyer. No buyer named after "for": a home build, no transfer."""
    if t.frame != "build":
        return None
    end = object_end(c.text, t.end, c.clause(t.start)[1])
    buyer = role_after(c.text, t.end, end, c.places, "for")
    if buyer is None:
        return NO
    by = role_after(c.text, t.end, end, c.places, "by")
    yard = role_after(c.text, t.end, end, c.places, "in")
    sup = (by.code if by else None) or (yard.code if yard else None)
    sup = sup or (None if t.passive else subject(c, t.start)) or origin(items, (*NAMED, "designation"))
    if sup is None or sup == buyer.code:
        return NO
    return Roles(sup, buyer.code)


def supplied_modifier(c: Ctx, it: ItemMention) -> Roles:
    """ "Russian-supplied S-400s now on combat duty in Belarus": no transfer word, the modifier says it.
    The recipient is the clause's actor or the place the weapon is in."""
    user = subject(c, it.start)
    if user is None or user == it.origin:
        end = object_end(c.text, it.end, c.clause(it.start)[1])
        place = role_after(c.text, it.end, end, c.places, "in")
        user = place.code if place else None
    return Roles(it.origin, user if user != it.origin else None)


#: The rules, in the order they are tried for each transfer word.
RULES: tuple[Rule, ...] = (
    relative_supply,
    passive_supply,
    active_supply,
    passive_receive,
    receive,
    arrival,
    foreign_use,
    nominal_supply,
    nominal_acquisition,
    nominal_use,
    supplier_of,
    announced_package,
    carried_cargo,
    package_contents,
    built_for,
)

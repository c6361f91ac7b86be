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

import attrs
import regex

from diplomacy_facts.arms_frames import (
    announced_package,
    arrival,
    built_for,
    came_from,
    carried_cargo,
    equip_with,
    in_service,
    package_contents,
    share_of,
    supplier_of,
    turned_to,
)
from diplomacy_facts.arms_roles import possessor_before, role_after
from diplomacy_facts.arms_sentence import (
    IC,
    MADE,
    NAMED,
    NO,
    Ctx,
    Roles,
    actor,
    any_after,
    code_of,
    indirect,
    kinds_for,
    near_end,
    origin,
    signers,
    subject,
)
from diplomacy_facts.arms_shapes import contract_shapes, deal_clause, for_buyer, licensed, passive_equip
from diplomacy_facts.arms_syntax import Trigger
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.weapons import ItemMention

__all__ = ["RULES", "Rule", "arrival", "relative_supply", "supplied_modifier"]


Rule = Callable[[Ctx, Trigger, Sequence[ItemMention]], Roles | None]


_DEPLOY = lazy_compile(
    r"\bto\s+(?:join|patrol|escort|take\s+part\s+in|participate\s+in|reinforce|guard|police|monitor|shadow|train\s+with)\b",
    IC,
)
_TO_FORCES = lazy_compile(
    r"\bto\s+the\s+(?:national\s+)?(?:police(?:\s+force)?|army|military|armed\s+forces|navy|air\s+force|coast\s+guard"
    r"|security\s+forces|government)\b(?!['’])",
    IC,
)
_TO_COUNTRY = lazy_compile(r"\bto\s+the\s+(?:country|nation|kingdom|island|republic|emirate)\b(?!['’])", IC)
_SHARE_OF = lazy_compile(
    r"\b(?:percent|per\s+cent|%|share|half|thirds?|quarters?|bulk|most|majority|much|proportion)\s+of\s+"
    r"(?P<its>(?:its|their)\s+(?:[\w-]+\s+)?)?$",
    IC,
)
_APPROVAL = lazy_compile(r"\b(?:approve|approved|approves|approving)\b", IC)
_AWAIT = lazy_compile(
    r"\b(?:expects?|expected|expecting|awaits?|awaited|awaiting|welcomed?|welcomes|receives?|received|receiving"
    r"|got|gets|took|takes|accepted|accepts|completed?|completes)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+)?$",
    IC,
)


_TOLD = lazy_compile(r"\b(?:announced|announces|confirmed|confirms)\s+(?:the|a|its)\s+(?:[\w-]+\s+)?$", IC)
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
    end = c.object_of(t)
    rec = role_after(c.text, t.end, end, c.places, "to")
    return Roles(sup, rec.code if rec else None)


def passive_supply(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "S-400s supplied by Russia", "shells were sent to Russia", "Ukraine was given F-16s"."""
    if t.frame != "out" or not t.passive:
        return None
    end = c.object_of(t)
    by = role_after(c.text, t.end, end, c.places, "by") or role_after(c.text, t.end, end, c.places, "from")
    to = role_after(c.text, t.end, end, c.places, "to")
    buyer = None
    if to is None and items and items[-1].end <= t.start:  # "the first battery destined for the UAE was handed over"
        to = role_after(c.text, items[-1].end, t.start, c.places, "to")
        buyer = for_buyer(c, items[-1]) if to is None else None  # "the American howitzers for Nigeria were delivered"
        to = to or buyer
    sup = by.code if by else origin(items, NAMED if buyer else kinds_for(items))
    if items and items[0].start > t.start:  # the recipient is the subject
        return Roles(sup or origin(items), subject(c, t.start))
    rec = to.code if to else None
    reduced = items and regex.fullmatch(r"\s*(?:,\s*)?", c.text[items[-1].end : t.start])
    if rec is None and items and reduced:  # "Belarus has put S-400s supplied by Russia into service"
        rec = code_of(c, actor(c, items[0].start))
        held = items[0].origin if items[0].origin_kind == "possessive" else None
        rec = rec or held  # "Kenya's new jets, supplied by Brazil"
    return Roles(sup, rec if rec != sup else None)


def active_supply(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "North Korea has sold more than 1 million shells to Russia", "sent Kyiv ATACMS"."""
    if t.frame != "out":
        return None
    sup = subject(c, t.start)
    end = c.object_of(t)
    to = role_after(c.text, t.end, end, c.places, "to")
    lead = _WITH_TO.search(c.text, max(0, t.start - 8), t.start)
    partner = next((p for p in c.places if lead and p.end == lead.start()), None)
    if partner is not None and regex.search(
        r"\bwith\s+(?:the\s+)?$", c.text[max(0, partner.start - 12) : partner.start]
    ):
        # "Russia signed an agreement with Iran to supply Su-35s": the signer supplies, the partner receives
        sup = code_of(c, actor(c, partner.start))
        to = to or partner
    if to is None and regex.search(
        r"\bto\s+(?:\w+\s+){0,4}(?:countries|nations|states|buyers|customers)\b", c.text[t.end : end], IC
    ):
        to = role_after(c.text, t.end, end, c.places, "including")  # "to 30 countries, including Ukraine"
    rec = to.code if to else indirect(c, t)
    if rec is None:
        fr = role_after(c.text, t.end, end, c.places, "for")
        rec = fr.code if fr else any_after(c, t.end, end, {sup})
    if rec is None:  # "supplied about 60 percent of Azerbaijan's arms imports": the share's holder
        held = [i for i in items if i.origin_kind == "possessive" and _SHARE_OF.search(c.text, t.end, i.start)]
        rec = held[0].origin if held else None
    if rec is None and items and (share := _SHARE_OF.search(c.text, t.end, items[0].start)) and share.group("its"):
        rec = c.topic if c.topic != sup else None  # "with the US supplying three quarters of its weapons"
    if rec is None and _DEPLOY.search(c.text, t.end, end):
        return NO  # "will send a frigate to join the US-led coalition": a deployment of its own forces
    if rec is None and _TO_COUNTRY.search(c.text, t.end, end):  # "delivered two Mi-8s to the country"
        named = [p.code for p in c.free_places if p.start < t.start and p.code != sup]  # "the US, Nigeria's ally,"
        rec = c.topic if c.topic != sup else (named[-1] if named else None)
    if rec is None and _TO_FORCES.search(c.text, t.end, end):  # "delivered armoured vehicles to the police force"
        rec = next((k for k in (c.prev_topic, c.home) if k and k != sup), None)
    if sup is None:
        sup = origin(items, MADE)
    near = c.text.find(",", t.end, end)
    fr = role_after(c.text, t.end, near if near != -1 else end, c.places, "from")
    if fr is not None and _APPROVAL.search(t.text):  # "approved the transfer of F-16s from Denmark to Ukraine"
        sup = fr.code
    return Roles(sup, rec if rec != sup else None)


def passive_receive(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "four frigates ordered by the Pakistan Navy"."""
    if t.frame != "in" or not t.passive:
        return None
    end = c.object_of(t)
    by = role_after(c.text, t.end, end, c.places, "by")
    fr = role_after(c.text, t.end, end, c.places, "from")
    rec = by.code if by else None
    if rec is None and items and regex.fullmatch(r"\s*(?:,\s*)?", c.text[items[-1].end : t.start]):
        rec = subject(c, items[0].start)  # "Nigeria now operates ten jets bought from Brazil": a reduced relative
    sup = fr.code if fr else origin(items)
    return Roles(sup, rec if rec != sup else None)


def receive(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Russia has received some 6,700 containers from Pyongyang", "agreed with Moscow to buy"."""
    if t.frame != "in":
        return None
    rec = subject(c, t.start)
    end = c.object_of(t)
    fr = role_after(c.text, t.end, near_end(c, t, items, end), c.places, "from")
    sup = fr.code if fr else None
    if sup is None:
        lo = c.clause(t.start)[0]
        with_ = role_after(c.text, lo, t.start, c.places, "with")
        sup = (
            with_.code if with_ and regex.search(r"\b(?:agree|deal|contract|sign)", c.text[lo : t.start], IC) else None
        )
    sup = sup or origin(items)
    held = next((i.origin for i in items if i.origin_kind == "possessive" and i.end <= t.start), None)
    if held and (rec is None or actor(c, t.start) == "PRONOUN"):
        rec = held  # "Ukraine's F-16s, which it received from Denmark": the weapons' holder
    if (pair := signers(c, t, items, sup, rec)) is not None:
        return pair
    beneficiary = role_after(c.text, t.end, end, c.places, "for")
    if beneficiary is not None and beneficiary.code not in (rec, sup) and t.text.lower().startswith(("buy", "bought")):
        rec = beneficiary.code  # "are buying 90 T-72 tanks for Ukraine from a Czech company"
    return Roles(sup, rec if rec != sup else None)


def foreign_use(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Azerbaijani forces were using Israeli-made drones", "North Korean shells fired by Russian troops"."""
    if t.frame not in ("use", "strike"):
        return None
    if regex.search(
        r"\b(?:can|could|able\s+to|capable\s+of)\s+(?:\w+\s+)?$", c.text[max(0, t.start - 20) : t.start], IC
    ):
        return NO  # a capability: "which can fire cruise missiles"
    end = c.object_of(t)
    if t.passive:
        by = role_after(c.text, t.end, end, c.places, "by")
        user = by.code if by else None
    else:
        user = subject(c, t.start)
    sup = origin(items, (*NAMED, "designation"))
    if sup is None or user is None or sup == user:
        return NO
    if origin(items, NAMED) is None and any(_GIVEN_BY.match(c.text, i.end) for i in items):
        return NO  # "flies F-16 jets donated by Denmark": the giver is named, not the maker
    return Roles(sup, user)


_GIVEN_BY = lazy_compile(
    r"\s*,?\s+(?:(?:that|which)\s+(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:supplied|donated|provided|delivered|sent|given|gifted|transferred|sold|lent|loaned|handed\s+over)\s+by\b",
    IC,
)


def nominal_supply(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Israeli arms sales to Azerbaijan", "deliveries of the S-400 to India"."""
    if t.frame != "n_out":
        return None
    end = c.object_of(t)
    to = role_after(c.text, t.end, end, c.places, "to") or role_after(c.text, t.end, end, c.places, "for")
    owner = possessor_before(c.text, t.start, c.places)
    by = role_after(c.text, t.end, end, c.places, "from") or role_after(c.text, t.end, end, c.places, "by")
    if by is not None and _AGENT.search(c.text, t.end, by.start + 1):
        by = None  # "a shipment of Iranian weapons was seized by the US Navy": the agent of another verb
    sup = origin([i for i in items if i.end <= t.start]) or (owner.code if owner else None)
    if to is None and t.text.lower().startswith("export") and by is None:
        return NO  # "South Korea's arms exports reached a record $17 billion": a national total, no flow
    if by is not None and owner is not None and to is None and regex.match(r"\s+from\b", c.text[t.end :], IC):
        return Roles(by.code, owner.code if owner.code != by.code else None)  # "Kenya's deliveries from China"
    awaited = _AWAIT.search(c.text, max(0, t.start - 40), t.start)
    if by is not None and awaited:  # "Kyiv expects the delivery of ATACMS from Washington"
        rec = to.code if to else subject(c, t.start)
        return Roles(by.code, rec if rec != by.code else None)
    sup = sup or (by.code if by else None) or origin([i for i in items if i.start >= t.end]) or subject(c, t.start)
    told = _TOLD.search(c.text, max(0, t.start - 40), t.start) if sup is None else None
    sup = subject(c, told.start()) if told else sup  # "Seoul's defence ministry announced the delivery of"
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
        and items
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
    end = c.object_of(t)
    near = near_end(c, t, items, end)
    fr = role_after(c.text, t.end, near, c.places, "from") or role_after(c.text, t.end, near, c.places, "with")
    sup = fr.code if fr else origin(items)
    if rec is None and sup and _SIGNED.search(c.text, max(0, t.start - 30), t.start):
        return Roles(
            sup, None
        )  # "the Defence Ministry signed a contract with a Turkish shipbuilder": the article's buyer
    if rec is None and objection is None and t.text.lower().startswith(("deal", "contract", "agreement", "order")):
        maker = sup or origin([i for i in items if not i.generic], (*NAMED, "designation"))
        if maker is not None:  # "framework agreements signed in July for 1,000 K2 tanks": the buyer of the story
            return Roles(maker, None)
    pair = signers(c, t, items, sup, rec)
    if pair is not None:
        return pair
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


def leased(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "India leased a nuclear-powered submarine from Russia"; "Turkey leased drones to Poland"."""
    if t.frame != "lease":
        return None
    end = c.object_of(t)
    if t.passive:
        return passive_supply(c, attrs.evolve(t, frame="out"), items)
    if role_after(c.text, t.end, end, c.places, "to") is not None or indirect(c, t) is not None:
        return active_supply(c, attrs.evolve(t, frame="out"), items)
    return receive(c, attrs.evolve(t, frame="in"), items)


def supplied_modifier(c: Ctx, it: ItemMention) -> Roles:
    """ "Russian-supplied S-400s now on combat duty in Belarus": no transfer word, the modifier says it.
    The recipient is the clause's actor or the place the weapon is in."""
    user = subject(c, it.start)
    if user is None or user == it.origin:
        end = c.object_end(it.end, c.clause(it.start)[1])
        place = role_after(c.text, it.end, end, c.places, "in")
        user = place.code if place else None
    return Roles(it.origin, user if user != it.origin else None)


#: The rules, in the order they are tried for each transfer word.
RULES: tuple[Rule, ...] = (
    relative_supply,
    passive_supply,
    deal_clause,
    active_supply,
    contract_shapes,
    passive_receive,
    receive,
    turned_to,
    passive_equip,
    equip_with,
    arrival,
    foreign_use,
    nominal_supply,
    nominal_acquisition,
    nominal_use,
    supplier_of,
    announced_package,
    carried_cargo,
    package_contents,
    licensed,
    built_for,
    in_service,
    came_from,
    leased,
    share_of,
)

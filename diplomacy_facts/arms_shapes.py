"""Rules for contract, licence and equipment shapes whose roles the plain verb rules read wrong
(tried by arms_rules.RULES before them; each answers None when its shape is absent):

- a maker signs: "Hyundai Rotem signed a contract with Poland's Armament Agency for 180 tanks":
  the maker sells, whatever side of "with" it stands on;
- an award: "Vietnam awarded Hanwha a contract for howitzers", "awarded a contract to Saab";
- an order with a seller: "Peru placed an order with South Korea for two frigates";
- a contract for a named buyer: "a $1.2 billion contract covers 24 Gripens for Colombia from Saab";
- licensed production: "Kazakhstan will assemble Turkish drones under licence", "will produce
  shells under licence from Italy", "granted India a licence to build the jets";
- a passive equip: "Ghana's army has been equipped with armoured vehicles from China".
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from diplomacy_facts.arms_roles import possessor_before, role_after
from diplomacy_facts.arms_sentence import IC, NAMED, NO, Ctx, Roles, actor, near_end, origin, subject
from diplomacy_facts.arms_syntax import Place, Trigger
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.weapons import ItemMention

__all__ = ["contract_shapes", "deal_clause", "for_buyer", "for_modifier", "licensed", "passive_equip"]

_CONTRACT = lazy_compile(r"(?:deal|contract|agreement|order)s?$", IC)
_AWARD = lazy_compile(r"\b(?:awarded|awards|award|awarding|handed|gave|granted)\s+(?P<who>(?:the\s+)?)", IC)
_AWARD_GAP = lazy_compile(r"\s+(?:an?|the|its|their)\s+(?:[\w$.,-]+\s+){0,4}", IC)
_AWARDED_BEFORE = lazy_compile(r"\b(?:awarded|awards|award|awarding)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}$", IC)
_ORDER_FROM = lazy_compile(
    r"\s+(?:an?\s+|the\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}?(?:orders?|contracts?|deals?)\s+(?:worth\s+[^,;]{1,30}?\s+)?"
    r"from\s+(?:the\s+)?",
    IC,
)
_WON = lazy_compile(
    r"\b(?:won|wins|win|winning|secured|secures|landed|lands|bagged|clinched|received|receives|got|gets|obtained)"
    r"\s+(?:an?\s+|the\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}$",
    IC,
)
_FROM_NEXT = lazy_compile(r"\s+(?:worth\s+[^,;]{1,30}?\s+)?from\s+(?:the\s+)?", IC)
_BY_NEXT = lazy_compile(r"\s+by\s+(?:the\s+)?", IC)
_JOINT = lazy_compile(r"[^.;]*?\bto\s+(?:co-?develop|co-?produce|jointly\s+(?:develop|produce|build|design))", IC)
_THEN = lazy_compile(
    r"\s*,?\s+(?:under\s+which|by\s+which|whereby|in\s+which|(?:that|which)\s+(?:will|would)\s+see)\b", IC
)
_DEAL_THEN = lazy_compile(r"\b(?:deal|contract|agreement|accord)s?" + _THEN.pattern, IC)
_REL_GAP = lazy_compile(
    r"\s+(?:(?:the\s+)?\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2}|it|they)\s+(?:(?:will|would|is|are|to|also)\s+){0,2}",
    IC,
)
_WITH_NEXT = lazy_compile(r"\s+with\s+(?:the\s+)?", IC)
_LICENCE = lazy_compile(r"\b(?:under\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?licen[cs]e|licen[cs]ed)\b", IC)
_LICENCE_TO = lazy_compile(r"\b(?:granted|grants|grant|gave|given|gives|issued|awarded|sold)\s+(?:the\s+)?$", IC)
_A_LICENCE = lazy_compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?licen[cs]e\s+to\s+$", IC)
_OWN = lazy_compile(r"\b(?:its|their)\s+own\b|\bhome-?grown\b|\bindigenous\b|\bdomestic(?:ally)?\b", IC)


def _place_at(c: Ctx, pos: int) -> Place | None:
    return next((p for p in c.places if p.start == pos), None)


def deal_clause(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "France and Peru signed an agreement under which France will supply six drones", "a deal that will
    see Seoul deliver 48 jets": the supply verb tells the flow, the other signer gets the weapons."""
    if t.frame != "out" or t.passive:
        return None
    lo = c.clause(t.start)[0]
    rel = None
    for m in _DEAL_THEN.finditer(c.text, max(0, t.start - 120), t.start):
        rel = m
    if rel is None or not _REL_GAP.fullmatch(c.text, rel.end(), t.start):
        return None
    sup = subject(c, t.start)
    signers = [p.code for p in c.places if min(lo, rel.start()) <= p.end <= rel.start() and p.code != sup]
    if sup is None or not signers:
        return None
    return Roles(sup, signers[-1])


def contract_shapes(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """A maker signing, an award, an order placed with a seller, a contract for a named buyer."""
    if t.frame not in ("n_in", "in") or t.passive or not items:
        return None
    word = t.text.lower()
    contract = bool(_CONTRACT.search(word))
    if contract and _JOINT.match(c.text, t.end, min(len(c.text), t.end + 80)):
        return NO  # "signed a deal with Lockheed Martin to co-develop drones": a joint project, no sale
    if contract and _THEN.match(c.text, t.end):
        return NO  # "an agreement under which France will supply": the verb after tells the flow (deal_clause)
    if not contract and _ORDER_FROM.match(c.text, t.end):
        return NO  # "Hanwha received an order from Peru": the order noun tells the flow, not "received"
    lo = c.clause(t.start)[0]
    third = for_buyer(c, items[-1]) if items[-1].start > t.start else None
    if third is not None and third.code != subject(c, t.start):  # "finance the purchase of 18 howitzers for
        end = c.object_of(t)  # Ukraine from Germany": bought for another
        fr = role_after(c.text, t.end, near_end(c, t, items, end), c.places, "from")
        maker = fr.code if fr else origin(items, (*NAMED, "designation"))
        return Roles(maker, third.code) if maker and maker != third.code else None
    if contract and _WON.search(c.text, max(lo, t.start - 60), t.start):
        won = _FROM_NEXT.match(c.text, t.end)  # "Saab won a $900 million contract from Colombia"
        roles = _pair(subject(c, t.start), _place_at(c, won.end()) if won else None, sells=True)
        if roles is not None:
            return roles
    if t.frame == "in" and word.startswith("order"):  # "placed an order with South Korea for two frigates"
        with_ = _WITH_NEXT.match(c.text, t.end)
        return _pair(subject(c, t.start), _place_at(c, with_.end()) if with_ else None, sells=False)
    if t.frame != "n_in" or not contract:
        return None
    return _award(c, t, items, lo)


def _pair(actor: str | None, other: Place | None, *, sells: bool) -> Roles | None:
    """The actor and the other party, the actor selling or buying."""
    if actor is None or other is None or actor == other.code:
        return None
    return Roles(actor, other.code) if sells else Roles(other.code, actor)


def _award(c: Ctx, t: Trigger, items: Sequence[ItemMention], lo: int) -> Roles | None:
    end = c.object_of(t)
    near = near_end(c, t, items, end)
    for aw in _AWARD.finditer(c.text, max(lo, t.start - 80), t.start):  # "awarded Hanwha a contract for"
        winner = _place_at(c, aw.end())
        if winner is not None and _AWARD_GAP.fullmatch(c.text, winner.end, t.start):
            buyer = subject(c, aw.start())
            return Roles(winner.code, buyer if buyer != winner.code else None)
    if _AWARDED_BEFORE.search(c.text, max(lo, t.start - 60), t.start):  # "awarded a contract to Saab for"
        to = role_after(c.text, t.end, near, c.places, "to")
        if to is not None:
            return _pair(subject(c, t.start), to, sells=False) or Roles(to.code, None)
        by = _BY_NEXT.match(c.text, t.end)  # "Saab has been awarded a contract by Colombia"
        roles = _pair(subject(c, t.start), _place_at(c, by.end()) if by else None, sells=True)
        if roles is not None:
            return roles
    partner = role_after(c.text, t.end, near, c.places, "with")
    signer = actor(c, t.start)
    if isinstance(signer, Place) and c.is_maker(signer) and partner is not None and not c.is_maker(partner):
        return _pair(signer.code, partner, sells=True)  # "Hyundai Rotem signed a contract with Poland's agency"
    if signer is None and possessor_before(c.text, t.start, c.places) is None:
        first = min(i.end for i in items)  # "a contract covers 24 Gripens for Colombia from Sweden's Saab"
        named = role_after(c.text, first, near, c.places, "for")
        if named is not None:
            fr = role_after(c.text, t.end, near, c.places, "from") or partner
            maker = fr.code if fr else origin(items, (*NAMED, "designation"))
            return _pair(maker, named, sells=True)
    return None


def licensed(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Kazakhstan will assemble Turkish drones under licence", "produce shells under licence from Italy",
    "France granted India a licence to build the jets": the licence holder gets the weapon."""
    if t.frame != "build" or t.passive or not items:
        return None
    lo, hi = c.clause(t.start)
    end = c.object_end(t.end, hi)
    grant = _A_LICENCE.search(c.text, max(lo, t.start - 40), t.start)
    if grant is not None:
        holder = next(
            (p for p in reversed(c.places) if p.end <= grant.start() and _LICENCE_TO.search(c.text, lo, p.start)),
            None,
        )
        if holder is not None and regex.fullmatch(r"\s*", c.text[holder.end : grant.start()]):
            giver = subject(c, holder.start) or origin(items, (*NAMED, "designation"))
            if giver is not None and giver != holder.code:
                return Roles(giver, holder.code)
    if not _LICENCE.search(c.text, lo, hi) or _OWN.search(c.text, t.end, end):
        return None
    fr = role_after(c.text, t.end, hi, c.places, "from")
    builder = subject(c, t.start)
    sup = fr.code if fr else origin(items, (*NAMED, "designation"))
    if builder is None or sup is None or builder == sup:
        return None
    return Roles(sup, builder)


_FORCES = lazy_compile(
    r"(?:(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:army|navy|air\s+force|military|armed\s+forces|forces|troops|coast\s+guard|police"
    r"|marines|soldiers|units?)\b)?\s+(?:(?:has|have|had|is|are|was|were|will)\s+)?(?:(?:been|be|being|now|also"
    r"|already|\w+ly)\s+){0,3}$",
    IC,
)


def passive_equip(c: Ctx, t: Trigger, items: Sequence[ItemMention]) -> Roles | None:
    """ "Ghana's army has been equipped with armoured vehicles from China", "the Kenyan army was equipped with
    Chinese rifles", "has been armed with rockets by Iran": the forces before the verb get the weapons."""
    if t.frame != "equip" or not (t.passive or _BE.search(c.text, max(0, t.start - 30), t.start)):
        return None
    mine = [i for i in items if i.start >= t.end]
    if not mine or not regex.match(r"\s+with\b", c.text[t.end : mine[0].start], IC):
        return None
    holder = next(
        (
            p
            for p in reversed(c.places)
            if p.end <= t.start
            and not any(i.start <= p.start < i.end for i in c.items)
            and _FORCES.fullmatch(c.text, p.end, t.start)
        ),
        None,
    )
    if holder is None:
        return None  # "drones armed with missiles": no country holds them
    end = c.object_of(t)
    near = near_end(c, t, items, end)
    fr = role_after(c.text, mine[-1].end, near, c.places, "from") or role_after(
        c.text, mine[-1].end, near, c.places, "by"
    )
    sup = fr.code if fr else origin(mine, NAMED)
    if sup is None or sup == holder.code:
        return None
    return Roles(sup, holder.code)


_BE = lazy_compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", IC)
_FOR_BUYER = lazy_compile(
    r"\s*,?\s+(?:(?:destined|bound|earmarked|intended|meant)\s+)?for\s+(?:use\s+by\s+)?(?:the\s+)?", IC
)
_NOT_FLOW = lazy_compile(
    r"\b(?:demand|demands|need|needs|request|requests|requested|plea|pleas|calls?|appeal|bid|bids|tender|tenders"
    r"|competition|offer|offers|market|plans?|proposal)\s+(?:\w+\s+){0,2}$",
    IC,
)


def for_buyer(c: Ctx, it: ItemMention) -> Place | None:
    """The country right after a weapon's "for": "eight submarines for Pakistan", "rifles for the Kenyan army"."""
    m = _FOR_BUYER.match(c.text, it.end)
    buyer = _place_at(c, m.end()) if m else None
    if buyer is None or c.is_maker(buyer):
        return None
    if regex.match(r"['’]s\b", c.text[buyer.end :]) and not regex.match(_FORCES_AFTER, c.text[buyer.end :]):
        return None  # "for Pakistan's new frigates": a platform it is for
    if _NOT_FLOW.search(c.text, max(0, it.start - 40), it.start):
        return None  # "a request for Chinese drones for Russia"
    return buyer


def for_modifier(c: Ctx, it: ItemMention) -> Roles | None:
    """ "the first two of eight Chinese submarines for Pakistan were launched": a foreign weapon "for"
    a country is on its way there, whatever the verb."""
    if it.origin is None or it.origin_kind not in ("made", "demonym", "supplied", "designation") or it.package:
        return None
    buyer = for_buyer(c, it)
    if buyer is None or buyer.code == it.origin:
        return None
    return Roles(it.origin, buyer.code)


_FORCES_AFTER = r"['’]s\s+(?:[\w-]+\s+)?(?:army|navy|air\s+force|military|armed\s+forces|forces|troops|marines)\b"

"""What the readers say about one transfer word: its number, its dates and its certainty.

:mod:`diplomacy_facts.arms` finds a transfer word and the weapons it governs; this module asks
the readers (quantities, dates, hedges, attribution) how many, since when, delivered when
and how surely, with the conventions of shared/corpus/SCHEMA.md: the first delivery's date is
also `since`, "the first of four" is 1 delivered, a deal date is never `when`, "according to"
an official of the supplier or recipient is no third-party report.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from diplomacy_facts.arms_context import Found
from diplomacy_facts.arms_sentence import IC, Ctx
from diplomacy_facts.arms_syntax import Trigger, lexicon_pattern
from diplomacy_facts.fold import fold
from diplomacy_facts.hedges import transfer_status
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import Bound, Period, Quantity, TransferStatus
from diplomacy_facts.places import find_places
from diplomacy_facts.quantities import QuantityMention
from diplomacy_facts.weapons import ItemMention

__all__ = [
    "COUNTERS",
    "CUMULATIVE",
    "FUTURE",
    "HOME_MADE",
    "ON_HOLD",
    "RATE",
    "dates",
    "hedged_item",
    "ordered_total",
    "quantity",
    "raw_status",
    "settle",
]


_DELIVERY = lazy_compile(
    r"^(?:deliver|arriv|land|reach|hand|ship|sen[dt]|receiv|take|took|taken|transfer|suppl|give|gave|given|"
    r"deliveries|delivery|shipments|provid|export|donat|gift|lend|lent|loan|dispatch|rush|smuggl|funnel|arm|equip|flown|flew|went|gone|goes|came|comes"
    r"|lease|resold|resell|resuppl|airlift|truck|channel|replenish|restock)",
    IC,
)
# nouns that count a weapon system by its parts: "eight batteries of the Cheongung", "two S-400 squadrons"
COUNTERS = frozenset({"battery", "squadron", "regiment", "battalion", "unit", "set", "launcher"})
_COUNT_GAP = lazy_compile(r"\)?\s*(?:of\s+(?:the|its|their|these|those)\s+)?", IC)
_UNITS_OF = lazy_compile(r"\s+of\s+", IC)  # "ten batteries of South Korea's Cheongung-II"  # "eighteen (18) launchers"
_PAREN = lazy_compile(r"\s*\(")
_FIRST = lazy_compile(r"\b(?:first|initial|earliest)\s+(?:batch\s+of\s+|\w+\s+)?$", IC)
_FIRST_OF = lazy_compile(
    r"\b(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|dozen)?\s*of\s+(?:the\s+|its\s+|their\s+)?$",
    IC,
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SMALL |= {"eleven": 11, "twelve": 12, "dozen": 12}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# made at home: "the light fighter that Pakistan developed jointly with China"
HOME_MADE = lazy_compile(
    r"^[^.;]{0,40}?\b(?:that|which)\s+(?:\w+\s+){1,3}(?:developed|co-developed|builds|built|produces|produced|"
    r"assembles|assembled|makes|manufactures|manufactured|designed)\b|^\s*,?\s*(?:developed|built|produced|assembled|"
    r"made|manufactured)\s+(?:jointly|locally|domestically|at\s+home|in-house)",
    IC,
)
HEDGED_ITEM = lazy_compile(r"\b(?:possibly|perhaps|potentially|maybe|probably)\b,?[^,;]{0,25}$", IC)
_TALKS = lazy_compile(
    r"\b(?:negotiating|negotiates|negotiated|in\s+talks|talks\s+(?:on|about|to)|considering|mulling|weighing"
    r"|exploring|discussing|eyeing|interested\s+in)\b[^,;]{0,30}$",
    IC,
)
_ACCUSED = lazy_compile(
    r"\b(?:accus\w*|suspect\w*|alleg\w*|charg\w*|blam\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:of|for|with)\s+(?:\w+ly\s+)?$", IC
)
_EXPECTS_NOUN = lazy_compile(
    r"\b(?:expects?|expecting|awaits?|awaiting)\s+(?:the\s+)?(?:first\s+|next\s+|new\s+)?$", IC
)
_BUY = lazy_compile(r"(?:buy|purchas|acquir|order|procur)", IC)
_EXPECTED = lazy_compile(r"\b(?:is|are|was|were)\s+(?:also\s+|widely\s+)?(?:expected|likely|tipped)\s+to\s+$", IC)
_PENDING = lazy_compile(
    r"\b(?:awaiting|awaits|awaited|await|waiting\s+for|yet\s+to|still\s+to)\s+(?:the\s+)?(?:\w+\s+)?$", IC
)
_RUNNING = lazy_compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?been\s+\w+ing\b", IC)
_RUNNING_TOTAL = lazy_compile(
    r"\b(?:bringing|taking|raising|lifting)\s+(?:the\s+)?(?:total|number|tally|count)\b[^,;]{0,60}?\bto\s"
    r"|\b(?:bringing|taking|raising|lifting)\s+(?:its|their|the)\s+(?:total\s+)?order\s+to\s"
    r"|\b(?:brings?|brought|bringing|takes|took|taking|raises|raised|raising)\s+to\s",  # "brings to ten the number"
    IC,
)
_ON_ORDER = lazy_compile(r"\border", IC)  # "raising the number of the aircraft it has on order to 24"
_ONE_OF = lazy_compile(r"\b(?:one|a\s+single)\s+of\s+(?:the|its|their)\s+$", IC)
# "took delivery of a consignment of ...": a noun that is the verb's own object
_OWN_NOUN = lazy_compile(r"\s+(?:of\s+)?(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?", IC)
_RIGHT_BEFORE = lazy_compile(r"\s*,?\s*(?:\w+ly\s+)?", IC)
_NAME_PREFIX = lazy_compile(r"(?:\b\p{Lu}{2,}|\b(?:Type|Project|Block|Mark|Mk|Model|Series))[\s-]$")
_NTH = lazy_compile(
    r"\bthe\s+(first|second|third|fourth|fifth|sixth)\s+(?:(?!deliver|batch|shipment|consignment|tranche|of\b)[\w-]+\s+){0,2}$",
    IC,
)
_NTH_LEAD = lazy_compile(r"(first|second|third|fourth|fifth|sixth)\s", IC)  # the item's own first word
_PART_OF = lazy_compile(r"\s+of\s+(?:the|its|their)\s+", IC)
# a noun of giving whose own verb says it is done: "the transfer of F-16s to Ukraine was completed"
_ANNOUNCED_DONE = lazy_compile(
    r"\b(?:announced|confirmed|completed|celebrated|marked)\s+the\s+(?:first\s+|latest\s+|final\s+)?$", IC
)
_DONE = lazy_compile(
    r"[^,;:]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:completed|finished|fulfilled)\b",
    IC,
)
ON_HOLD = lazy_compile(r"\b(?:on\s+hold|paused|held\s+(?:up|back)|suspended|frozen|delayed|blocked)\b", IC)
FUTURE = lazy_compile(
    r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|due|set\s+to|expected|plans?\s+to|planning\s+to)\b", IC
)
CUMULATIVE = lazy_compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+total|altogether|every\s+year|each\s+year|a\s+year|per\s+year|annually"
    r"|already|in\s+a\s+single\s+year|over\s+the\s+(?:past|last)|cumulative|total\s+of|in\s+all)\b",
    IC,
)
RATE = lazy_compile(r"^\s*(?:\w+\s+){0,2}(?:every|each|per|a)\s+(?:day|week|month|year)\b", IC)
_BEGAN = lazy_compile(r"\b(?:began|begun|started|commenced|starting|beginning)\b[^,;]{0,40}$", IC)
_FIRST_OF_THEM = lazy_compile(r"\bthe\s+first\s+(?:of\s+(?:them|which|these|those)|ones?|batch)\b[^,;]{0,25}$", IC)
_BEGAN_VERB = lazy_compile(r"\b(?:began|begun|begin|begins|started|start|starts|commenced)\s+(?:to\s+)?$", IC)
_SINCE_EVENT = lazy_compile(
    r"\bsince\s+(?:[\w'’-]+\s+){1,8}?(?:began|started|erupted|broke\s+out|was\s+launched|launched)\s+(?:in\s+|on\s+)?$",
    IC,
)
# sources that are third parties whatever their country: media, analysts, intelligence, reports
_NEUTRAL = lazy_compile(
    r"\b(?:analysts?|experts?|media|reports?|intelligence|observers?|research|researchers?|institute|think\s+tank"
    r"|monitor|monitors|watchdog|satellite|newspaper|website|data|images|imagery|study|survey|journalists?"
    r"|lawmakers?|legislators?|spy|panel|investigators?|investigations?|inspectors?|UN|United\s+Nations)\b",
    IC,
)
_HEARSAY = lazy_compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|said\s+to|reported\s+to|believed|suspected|accused|claims?"
    r"|claimed|rumou?red|appears?\s+to|apparently)\b",
    IC,
)
_OUTLETS = lexicon_pattern("arms_neutral_sources")  # "Reuters reported", "according to SIPRI"
_OWN_OFFICIALS = lazy_compile(
    r"(?:the\s+)?(?:(?:senior|military|defen[cs]e|government|army|navy|air\s+force|ministry)\s+)?officials?", IC
)
_ANONYMOUS = lazy_compile(r"\b(?:officials?|sources?|diplomats?|people)\b", IC)


def _party(source: str | None, supplier: str | None, recipient: str | None, seen: frozenset[str]) -> bool:
    """The source is the supplier's or recipient's own side (its government, a named official)."""
    if not source or _neutral(source):
        return False
    codes = {p.code for p in find_places(source, seen=seen)}
    if codes:
        return bool(codes & {supplier, recipient})
    if _OWN_OFFICIALS.fullmatch(source.strip()):
        return True  # "..., officials said": the article's own side, unless named as another country's
    return not _ANONYMOUS.search(source)


def _neutral(source: str) -> bool:
    return bool(_NEUTRAL.search(source) or _OUTLETS.search(source))


def quantity(c: Ctx, it: ItemMention, t: Trigger, quants: list[QuantityMention]) -> tuple[Quantity | None, bool]:
    """The number counting the item and whether it is "the first ..." of a delivery."""
    text = c.text
    for q in quants:
        inside = q.start < it.start < q.end
        before = 0 <= it.start - q.end <= 30 and (
            _COUNT_GAP.fullmatch(text, q.end, it.start)
            or (q.noun is not None and q.quantity.unit in COUNTERS and _UNITS_OF.fullmatch(text, q.end, it.start))
        )
        if not (inside or before):
            continue
        if _NAME_PREFIX.search(text, max(0, q.start - 10), q.start):
            continue  # "ASC 890 surveillance aircraft", "Type 212 submarines": the number is the name
        if text[q.end : q.end + 1] == ")":  # "up to eighty-four (84) missiles": the words in front carry the bound
            q = next((p for p in quants if p.end <= q.start and _PAREN.fullmatch(text, p.end, q.start)), q)
        lead = text[max(0, q.start - 30) : q.start]
        first = bool(_FIRST.search(lead))
        of = _FIRST_OF.search(lead)
        if of and _DELIVERY.match(t.text.lower()):
            n = of.group("n")
            count = (int(n) if n.isdigit() else _SMALL[fold(n)]) if n else _ORD[fold(of.group("o"))]
            return Quantity(count, Bound.EXACT, it.head, of.group(0).strip()), True  # "the first two of 96"
        part = next((p for p in quants if p.noun is None and _PART_OF.fullmatch(text, p.end, q.start)), None)
        if part is not None and _DELIVERY.match(t.text.lower()):  # "has delivered three of the five squadrons"
            unit = q.quantity.unit if q.noun and q.quantity.unit in COUNTERS else it.head
            if part.start < t.end:  # "handed over three of the five": "over" is the verb's
                return Quantity(part.quantity.value, Bound.EXACT, unit, text[t.end : part.end].strip()), False
            return Quantity(part.quantity.value, part.quantity.bound, unit, text[part.start : part.end]), False
        one = _ONE_OF.search(text, max(0, q.start - 25), q.start)
        if one is not None and _DELIVERY.match(t.text.lower()):  # "handed over one of the four frigates"
            return Quantity(1, Bound.EXACT, it.head, one.group(0).strip()), False
        qty = q.quantity
        total = _RUNNING_TOTAL.search(text, q.end, min(len(text), q.end + 90))
        ordered = t.frame in ("in", "n_in") and total is not None and _ON_ORDER.search(total.group())
        if total is not None and (_DELIVERY.match(t.text.lower()) or ordered):
            total_q = next((r for r in quants if r.start >= total.end() - 1), None)
            if total_q is not None:  # "another 10 tanks, bringing the number delivered so far to 56"
                return Quantity(
                    total_q.quantity.value, total_q.quantity.bound, it.head, text[total_q.start : total_q.end]
                ), first
        start, bound = q.start, qty.bound
        if t.start <= q.start < t.end:  # "hand over 19 jets": "over" is the verb's, not a bound
            start, bound = t.end, Bound.EXACT
            start += len(text[start:]) - len(text[start:].lstrip())
        unit = qty.unit if q.noun and qty.unit in COUNTERS and qty.unit != it.head else it.head
        if qty.unit == "percent":
            unit = "percent"  # "82 percent of its arms": a share, not a count of weapons
        return Quantity(qty.value, bound, unit, text[start : q.end], qty.upper), first
    if it.generic or it.package or it.container or it.plural:
        return None, bool(_FIRST.search(text[max(0, it.start - 30) : it.start]))
    nth = _NTH.search(text, max(0, it.start - 30), it.start)
    if nth is None and regex.search(r"\bthe\s+$", text[max(0, it.start - 5) : it.start], IC):
        nth = _NTH_LEAD.match(text, it.start)  # "the first S-400 squadron": the ordinal opens the item
    if nth is not None and _DELIVERY.match(t.text.lower()):  # "the second battery": two delivered so far
        return Quantity(_ORD[fold(nth.group(1))], Bound.EXACT, it.head, nth.group(0).strip()), True
    if regex.search(r"\b(?:an?|one)\s+$", text[max(0, it.start - 4) : it.start], IC):
        return Quantity(1, Bound.EXACT, it.head, "a"), False
    return None, bool(_FIRST.search(text[max(0, it.start - 30) : it.start]))


_CONTRACTED = lazy_compile(r"\b(?:contract|deal|order|ordered|agreement|purchase)\b", IC)


def ordered_total(c: Ctx, it: ItemMention, t: Trigger, quants: list[QuantityMention]) -> Quantity | None:
    """ "delivered the first of three BrahMos batteries, under a contract signed in 2022": three ordered."""
    if not _DELIVERY.match(t.text.lower()) or not c.has(_CONTRACTED, 0, len(c.text)):
        return None
    for q in quants:
        if q.start < it.start < q.end or (
            0 <= it.start - q.end <= 30 and _COUNT_GAP.fullmatch(c.text, q.end, it.start)
        ):
            if _FIRST_OF.search(c.text[max(0, q.start - 30) : q.start]):
                qty = q.quantity
                return Quantity(qty.value, qty.bound, it.head, c.text[q.start : q.end], qty.upper)
            return None
    return None


_ONE_WORD_GAP = lazy_compile(r"\s+(?:\w+\s+)?")
_LEADING_DATE = lazy_compile(r"\W*(?:in|on|by|at)?\s*", IC)


def dates(c: Ctx, t: Trigger, future: bool, triggers: Sequence[Trigger] = ()) -> tuple[Period | None, Period | None]:
    """(since, when) of a transfer word from the dates in its clause."""
    lo, hi = c.clause(t.start)
    end = c.object_end(t.end, hi)
    triggers = [
        o for o in triggers if o.frame not in ("n_out", "n_in") or not _OWN_NOUN.fullmatch(c.text, t.end, o.start)
    ]
    # "the first delivery of BrahMos missiles arrived in April": the noun's own verb dates it
    own = ("start", "arrive") if t.frame == "n_out" else ("start",)
    under = ("n_in",) if t.frame == "n_out" else ()  # "Deliveries under the first contract ... began in"
    end = min([end, *(o.start for o in triggers if o.start > t.end and o.frame not in own)])
    ds = c.future_dates if future else c.dates
    since = when = None
    starts = [
        d
        for d in ds
        if lo <= d.start < hi
        and (
            d.relation == "since"
            or _SINCE_EVENT.search(c.text[max(0, d.start - 80) : d.start])
            or (d.start > t.end and _BEGAN.search(c.text[t.end : d.start]))  # "deliveries began in March"
        )
    ]
    if _BEGAN_VERB.search(c.text, max(lo, t.start - 30), t.start):  # "began receiving CV90s in March"
        starts += [d for d in ds if t.end <= d.start < end and d.relation != "since" and d not in starts]
        starts.sort(key=lambda d: d.start)
    if starts:  # the nearest "since" after the transfer word, else the nearest before it
        limit = min([hi, *(o.start for o in triggers if o.start > t.end and o.frame not in (*own, *under))])
        after = [d for d in starts if t.end <= d.start < limit]
        before = [d for d in starts if d.start < t.start]
        pick = after[0] if after else before[-1] if before else None
        since = pick.period if pick else None
    nxt = [o.start for o in triggers if o.start > t.end and o.frame not in own]
    ds = tuple(
        d for d in ds if not any(_ONE_WORD_GAP.fullmatch(c.text[d.end : n]) for n in nxt)
    )  # "and this month promised"
    if _DELIVERY.match(t.text.lower()) and not (since and _BEGAN_VERB.search(c.text, max(lo, t.start - 30), t.start)):
        after = [
            d
            for d in ds
            if t.end <= d.start < end
            and d.relation != "since"
            and not _BEGAN.search(c.text[t.end : d.start])
            and not _SINCE_EVENT.search(c.text[max(0, d.start - 80) : d.start])
        ]
        lead = [
            d
            for d in ds
            if lo <= d.start < t.start
            and d.relation != "since"
            and (
                _LEADING_DATE.fullmatch(c.text[lo : d.start])
                or _RIGHT_BEFORE.fullmatch(c.text, d.end, t.start)  # "the air force on Thursday took delivery"
            )
        ]
        pick = after[0] if after else lead[0] if lead else None
        if pick is not None and _FIRST_OF_THEM.search(c.text, max(lo, pick.start - 50), pick.start):
            since, pick = since or pick.period, None  # "handed over 12 of the aircraft, the first of them in July"
        when = pick.period if pick else None
    return since, when


def raw_status(
    c: Ctx, t: Trigger, f: Found, memo: dict[tuple[int, int, bool], TransferStatus] | None = None
) -> TransferStatus:
    """The status from the sentence alone (the source's side is judged again after inherit).

    `memo` keeps the hedges reader's answer per transfer word: a list of 40 items is read once."""
    party = _party(f.attributed_to, f.supplier, f.recipient, c.seen)
    key = (t.start, t.end, party)
    memo = {} if memo is None else memo
    if key not in memo:
        end = t.end
        if t.frame in ("arrive", "origin") and len(t.text.split()) == 2:
            end = t.start + len(t.text.split()[0])  # "went to", "came from": the verb alone has the tense
        memo[key] = transfer_status(c.text, t.start, end, source_is_party=party)
    status = memo[key]
    lo, hi = c.clause(t.start)
    if HEDGED_ITEM.search(c.text[max(t.end, f.item.start - 40) : f.item.start]):
        return TransferStatus.POSSIBLE
    if (
        status is TransferStatus.DELIVERED or (status is TransferStatus.AGREED and t.text.lower().endswith("ing"))
    ) and _ACCUSED.search(c.text, max(0, t.start - 60), t.start):
        return TransferStatus.REPORTED  # "Washington accuses Pyongyang of supplying Russia with shells"
    if t.frame == "n_out" and _EXPECTS_NOUN.search(c.text, max(lo, t.start - 30), t.start):
        return TransferStatus.AGREED  # "Kyiv expects the delivery of the first ATACMS next month": scheduled
    if t.frame == "in" and _BUY.match(t.text) and _EXPECTED.search(c.text, max(lo, t.start - 40), t.start):
        return TransferStatus.POSSIBLE  # "Saudi Arabia is also expected to buy F-35 jets": a forecast, no deal
    if t.frame == "in" and t.text.lower().startswith(("await", "is expecting", "are expecting")):
        return TransferStatus.POSSIBLE if status is TransferStatus.POSSIBLE else TransferStatus.AGREED
    if status is TransferStatus.DELIVERED and _PENDING.search(c.text, max(lo, t.start - 40), t.start):
        return TransferStatus.AGREED  # "is awaiting delivery of four more", "has yet to receive"
    if status is not TransferStatus.POSSIBLE and _TALKS.search(c.text, max(lo, t.start - 120), t.start):
        return TransferStatus.POSSIBLE  # "is negotiating to buy", "in talks to acquire"
    if status is TransferStatus.AGREED and _RUNNING.search(c.text, max(lo, t.start - 30), t.end):
        return TransferStatus.DELIVERED  # "has been providing Azerbaijan with drones since 2020"
    if status is TransferStatus.AGREED and t.frame == "n_out" and _DONE.match(c.text, t.end, hi):
        return TransferStatus.DELIVERED  # "the sale of Super Tucanos to Paraguay was completed last year"
    if (
        status is TransferStatus.AGREED
        and t.text.lower().startswith("deliver")
        and _ANNOUNCED_DONE.search(c.text, max(lo, t.start - 30), t.start)
        and not c.future_dates
    ):
        return TransferStatus.DELIVERED  # "the ministry announced the delivery of 20 howitzers to Ukraine"
    if status in (TransferStatus.DELIVERED, TransferStatus.REPORTED) and c.has(ON_HOLD, lo, hi):
        return TransferStatus.AGREED
    return status


def settle(f: Found, c: Ctx, t_start: int, t_end: int) -> Found:
    """Judge the source again now that both countries are known: the supplier's or recipient's own
    official states a fact ("according to the Kremlin, Russia had handed over ..."); another
    country's officials or the media report it ("US officials say it has received ...")."""
    if not f.attributed_to or f.anchor:
        return f
    if f.status is TransferStatus.REPORTED and _party(f.attributed_to, f.supplier, f.recipient, c.seen):
        status = transfer_status(c.text, t_start, t_end, source_is_party=True)
        lo = c.clause(t_start)[0]
        if status is TransferStatus.REPORTED and not _HEARSAY.search(c.text, lo, t_start):
            status = TransferStatus.DELIVERED
        return attrs.evolve(f, status=status)
    if f.status is TransferStatus.DELIVERED and _third(f.attributed_to, f.supplier, f.recipient, c.seen):
        return attrs.evolve(f, status=TransferStatus.REPORTED)
    return f


def _third(source: str, supplier: str | None, recipient: str | None, seen: frozenset[str]) -> bool:
    """Media, analysts, intelligence, or another country's side."""
    if _neutral(source):
        return True
    codes = {p.code for p in find_places(source, seen=seen)}
    return bool(codes) and not codes & {supplier, recipient}


def hedged_item(text: str, after: int, item: ItemMention) -> bool:
    """ "selling weapons and possibly short-range ballistic missiles": a hedge on one item only."""
    return bool(HEDGED_ITEM.search(text[max(after, item.start - 40) : item.start]))

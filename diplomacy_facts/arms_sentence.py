"""One sentence as the arms rules see it, and the helpers that find its countries.

`Ctx` holds a body sentence with its countries, weapon phrases, dates and topic; `Roles` is
what a rule reads (supplier, recipient, or "an earlier flow", or "no transfer"). The helpers
find an actor before a verb, an indirect object ("sent Kyiv ATACMS"), a list of countries
("Denmark and the Netherlands") and the country a weapon's modifier names ("Iranian-made").
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from diplomacy_facts.arms_roles import is_free, stop_before, subject_before, subject_stops
from diplomacy_facts.arms_syntax import Place, Trigger, object_end
from diplomacy_facts.dates import DateMention
from diplomacy_facts.hedges import clause_bounds
from diplomacy_facts.lazy import LazyPattern, lazy_compile
from diplomacy_facts.text import Sentence
from diplomacy_facts.weapons import ItemMention

__all__ = [
    "IC",
    "MADE",
    "NAMED",
    "NO",
    "Ctx",
    "Roles",
    "actor",
    "any_after",
    "chain",
    "code_of",
    "indirect",
    "kinds_for",
    "named_in",
    "near_end",
    "origin",
    "signers",
    "subject",
]

IC = regex.IGNORECASE


@attrs.frozen
class Ctx:
    """One sentence with everything the rules read in it."""

    sentence: Sentence
    index: int
    places: tuple[Place, ...]
    items: tuple[ItemMention, ...]
    topic: str | None  # the sentence's first free country, for "it"/"they"
    prev_topic: str | None
    dates: tuple[DateMention, ...] = ()
    future_dates: tuple[DateMention, ...] = ()
    seen: frozenset[str] = frozenset()
    home: str | None = None  # the article's most frequent topic so far
    makers: frozenset[int] = frozenset()  # where the places that are arms makers, not states, start
    clauses: dict[int, tuple[int, int]] = attrs.field(factory=dict, eq=False, repr=False)  # clause_bounds, read once
    # object_end answers per limit, as spans (searched from, stop found): every rule asks for the same objects
    object_ends: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict, eq=False, repr=False)
    subject_starts: dict[int, int] = attrs.field(factory=dict, eq=False, repr=False)
    found: dict[tuple[int, int, int], bool] = attrs.field(factory=dict, eq=False, repr=False)  # `has` answers

    @property
    def text(self) -> str:
        return self.sentence.text

    @functools.cached_property
    def free_places(self) -> tuple[Place, ...]:
        """The places that are not part of a weapon's name ("Iranian" of "Iranian drones")."""
        return tuple(p for p in self.places if not any(i.start <= p.start < i.end for i in self.items))

    @functools.cached_property
    def _clause_text(self) -> str:
        """The text with the list commas before a weapon named by an -ing word masked ("jets, loitering
        munitions and"): clauses.clause_bounds would open a participle clause there. (A thousands
        comma, "5,000 rifles", ends no clause in clause_bounds itself.)"""
        chars = list(self.text)
        for it in self.items:
            if _ING_WORD.match(self.text, it.start) and self.text.endswith(", ", 0, it.start):
                chars[it.start - 2] = " "
        return "".join(chars)

    def clause(self, pos: int) -> tuple[int, int]:
        if pos not in self.clauses:
            self.clauses[pos] = clause_bounds(self._clause_text, pos)
        return self.clauses[pos]

    @functools.cached_property
    def free_links(self) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
        """For each free place and the next: whether a list joins them ("Denmark, Norway", "Denmark and
        the Netherlands"), and whether that join is an "and" (read once per sentence, for chain)."""
        gaps = [self.text[p.end : q.start] for p, q in zip(self.free_places, self.free_places[1:], strict=False)]
        links = tuple(bool(_LINK.fullmatch(g)) for g in gaps)
        return links, tuple(link and bool(_AND.search(g)) for link, g in zip(links, gaps, strict=True))

    def object_end(self, pos: int, limit: int) -> int:
        """arms_syntax.object_end, remembered. A search from `pos` that stops at `stop` answers every
        search from between the two as well (whether the stop pattern matches at a place does not
        depend on where the search began), so the words of a long clause are scanned once, not once
        per verb in it."""
        spans = self.object_ends.setdefault(limit, [])
        for a, b in spans:
            if a <= pos <= b:
                return b
        stop = object_end(self.text, pos, limit)
        spans.append((pos, stop))
        return stop

    def object_of(self, t: Trigger) -> int:
        """Where the object of the transfer word `t` ends: at a stop in its clause, else the clause's end."""
        return self.object_end(t.end, self.clause(t.start)[1])

    def has(self, pattern: LazyPattern, lo: int, hi: int) -> bool:
        """Whether `pattern` occurs in text[lo:hi], remembered: every verb of a clause asks about the
        clause ("on hold", "since the war began")."""
        key = (id(pattern), lo, hi)
        if key not in self.found:
            self.found[key] = pattern.search(self.text[lo:hi]) is not None
        return self.found[key]

    def subject_start(self, pos: int) -> int:
        """arms_roles.stop_before for the verb at `pos`, remembered: the rules ask it for every verb."""
        if pos not in self.subject_starts:
            self.subject_starts[pos] = stop_before(self.stops, pos)
        return self.subject_starts[pos]

    @functools.cached_property
    def stops(self) -> list[tuple[int, int]]:
        return subject_stops(self.text)

    def is_maker(self, place: Place | None) -> bool:
        """ "Hyundai Rotem", "Lockheed Martin": a company standing for its country."""
        return place is not None and place.start in self.makers


_ING_WORD = lazy_compile(r"\p{L}+ing\b")


@attrs.frozen
class Roles:
    supplier: str | None
    recipient: str | None
    anchor: bool = False  # the flow is that of an earlier package, shipment or cargo
    dead: bool = False  # the word fits the rule but states no transfer ("which can fire missiles")
    actor_gives: bool = False  # the clause's actor supplies, whatever the frame ("found income by turning to")


NO = Roles(None, None, dead=True)


def code_of(c: Ctx, place: Place | str | None) -> str | None:
    if place == "PRONOUN":
        return c.topic or c.prev_topic
    if place == "INSTITUTION":  # "the air force", "the navy": the article's own country
        return c.topic or c.home or c.prev_topic
    return place.code if isinstance(place, Place) else None


def actor(c: Ctx, pos: int) -> Place | str | None:
    """arms_roles.subject_before in the sentence of `c`."""
    return subject_before(c.text, pos, c.places, c.items, c.subject_start(pos))


def subject(c: Ctx, pos: int) -> str | None:
    found = actor(c, pos)
    if found == "PRONOUN" and c.topic is None:  # "Saab said it would supply": a maker is never the topic
        maker = next((p for p in c.places if p.end <= pos and p.start in c.makers and is_free(c.text, p)), None)
        if maker is not None:
            return maker.code
    return code_of(c, found)


_BETWEEN = lazy_compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", IC)
_AND = lazy_compile(r"\b(?:and|as\s+well\s+as)\b|&")
_LINK = lazy_compile(r"(?:\s*,\s*|\s*,?\s+(?:and|&|as\s+well\s+as)\s+)(?:the\s+)?", IC)


def chain(c: Ctx, code: str | None, lo: int, hi: int) -> list[str | None]:
    """ "Denmark and the Netherlands will donate": every country joined to `code` by "and" or commas."""
    free = c.free_places
    first = bisect.bisect_left(free, lo, key=lambda p: p.start)
    last = bisect.bisect_left(free, hi, key=lambda p: p.start) - 1  # free places are in text order
    links, ands = c.free_links
    for k in range(first, last + 1):
        if free[k].code != code:
            continue
        if _BETWEEN.search(c.text, max(0, free[k].start - 40), free[k].start):
            break  # "ties between Cairo and Paris": a pair, not partners in the flow
        a = b = k
        while a > first and links[a - 1]:
            a -= 1
        while b < last and links[b]:
            b += 1
        if a != b and any(ands[a:b]):
            return list(dict.fromkeys(q.code for q in free[a : b + 1]))
    return [code]


def named_in(c: Ctx, code: str) -> bool:
    """The country is written in the sentence itself, not only as a weapon's modifier."""
    return any(p.code == code and not any(i.start <= p.start < i.end for i in c.items) for p in c.places)


MADE = ("made", "supplied")  # "Iranian-made", "British-supplied"
NAMED = (*MADE, "demonym", "possessive")  # and "Iranian drones", "China's J-10C"


def origin(items: Sequence[ItemMention], kinds: tuple[str, ...] = NAMED) -> str | None:
    for it in items:
        if it.origin and it.origin_kind in kinds:
            return it.origin
    return None


_PLATFORMS = frozenset({"aircraft", "ships", "armoured_vehicles", "artillery", "air_defence"})


def kinds_for(items: Sequence[ItemMention]) -> tuple[str, ...]:
    """Which modifiers name the supplier of a moving weapon: "the US submarine arrived" is a visit,
    "North Korean shells arrived" a transfer."""
    if any(i.category.value in _PLATFORMS for i in items):
        return MADE
    return NAMED


_FORCES_AFTER = lazy_compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:army|navy|air\s+force|military|armed\s+forces|forces|troops|coast\s+guard|police"
    r"|government|junta|regime|stocks?|stockpiles?|arsenals?|inventory|inventories|reserves)\b",
    IC,
)


def indirect(c: Ctx, t: Trigger) -> str | None:
    """ "sent Kyiv ATACMS", "supplied Russia with", "provide Ukraine with"."""
    for p in c.places:
        gap = c.text[t.end : p.start]
        if (
            p.start >= t.end
            and regex.fullmatch(r"\s+(?:the\s+)?", gap)
            and (not regex.match(r"['’]s\b", c.text[p.end :]) or _FORCES_AFTER.match(c.text, p.end))
        ):
            return p.code  # also "supplied Sudan's army with ..."
    return None


def any_after(c: Ctx, start: int, end: int, exclude: set[str | None]) -> str | None:
    """ "supplied anti-aircraft missiles to bolster the defence of the North Korean capital"."""
    for p in c.places:
        if start <= p.start < end and p.code not in exclude:
            if any(i.start <= p.start < i.end for i in c.items):
                continue
            if regex.search(
                r"\b(?:defen[cs]es?|protection|security|armed\s+forces|army|military)\s+of\s+(?:the\s+)?$",
                c.text[max(0, p.start - 40) : p.start],
                IC,
            ):
                return p.code
    return None


def near_end(c: Ctx, t: Trigger, items: Sequence[ItemMention], end: int) -> int:
    """Where the words about the verb's own object end: the first comma after its last weapon
    ("..., following similar orders from the UAE": another clause's source)."""
    last = max((i.end for i in items if i.start >= t.end), default=t.end)
    comma = c.text.find(", ", last, end)
    return comma if comma != -1 else end


def signers(c: Ctx, t: Trigger, items: Sequence[ItemMention], sup: str | None, rec: str | None) -> Roles | None:
    """ "Poland's agency and Korea's Hyundai Rotem signed a contract for K2 tanks": of two signers, the
    maker's side sells and the other side buys."""
    maker = origin([i for i in items if not i.generic], (*NAMED, "designation"))
    if sup is not None or rec is None or rec != maker:
        return None
    lo = c.clause(t.start)[0]
    other = [p for p in c.places if lo <= p.start < t.start and p.code != rec and is_free(c.text, p)]
    return Roles(rec, other[0].code) if other else None

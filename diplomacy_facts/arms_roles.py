"""Who stands where around a transfer word: the actor before it, a possessor, the country after a
preposition ("to Russia", "from Iran", "by Turkey"). Read by the arms rules (arms_rules, arms_frames).

`subject_before` answers with a `Place`, "PRONOUN" (it, they, the country) or "INSTITUTION" ("the air
force", "the navy": the country the article is about); arms_sentence.code_of resolves both.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from diplomacy_facts.arms_syntax import Place
from diplomacy_facts.lazy import LazyPattern, lazy_compile
from diplomacy_facts.memo import kept
from diplomacy_facts.weapons import ItemMention

__all__ = [
    "is_free",
    "possessor_before",
    "role_after",
    "stop_before",
    "subject_before",
    "subject_stops",
]

IC = regex.IGNORECASE

_AMONG = lazy_compile(
    r"\b(?:is|are|was|were|became|becomes)\s+(?:\w+\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:countries|nations|states|governments|allies|members|suppliers|donors|partners|exporters)\s+$",
    IC,
)
_PREP_BEFORE = lazy_compile(
    r"\b(?:in|at|to|from|into|onto|on|near|against|with|by|over|across|inside|outside|within|throughout|via"
    r"|toward|towards|between|among|than|like|about|under|beside|beyond|around|after|before|during|for|through"
    r"|including|targeting|visited|visiting|hit|struck|attacked|invaded|invading|and)\s+(?:the\s+)?$",
    IC,
)
# where a subject search stops: a reporting verb, a complementiser, a hard clause break
_SUBJECT_STOP = lazy_compile(
    r"[;:]|\s[—–-]{1,2}\s|\b(?:that|said|says|say|told|tells|according\s+to|warned|noted|added|claimed|stated"
    r"|believes?|believed|thinks?|reported|reports|estimated|estimates|estimating|announced|confirmed|whether)\b"
    r"(?!\s+to\b)",
    IC,
)
_PRONOUN_SUBJECT = lazy_compile(
    r"(?<![\w-])(?:[Ii]t|[Tt]hey|[Ww]e|(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:country|nation|kingdom|republic|island"
    r"|government))\s+(?:\p{Ll}+\s+){0,3}$"
)
# the same, searched from the end back (it ends at the verb: one attempt where a forward search makes one
# per character; whether it matches is the same, and only that is asked)
_PRONOUN_SUBJECT_BACK = lazy_compile(lambda: "(?r)" + _PRONOUN_SUBJECT.pattern)
# a country's own forces or ministry as the actor: "the air force inducted", "the navy has received"
_INSTITUTION = lazy_compile(
    r"(?<![\w-])[Tt]he\s+(?:country's\s+|nation's\s+)?(?:air\s+force|navy|army|military|armed\s+forces|coast\s+guard"
    r"|junta|regime|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|defen[cs]e\s+forces)"
)
_INSTITUTION_SUBJECT = lazy_compile(_INSTITUTION.pattern + r"\s+(?:\p{Ll}+\s+){0,3}$")
_AND_PRONOUN = lazy_compile(r",?\s+and\s+(?:it|they)\s+(?:\p{Ll}+\s+){0,3}$", IC)
_WITH_ACTOR = lazy_compile(
    r"\b(?:with|after|before|since|when|while|as|because|until|once|though|although)\s+(?:the\s+)?$", IC
)
_ADVERB_GAP = lazy_compile(r"\s+(?:\w+ly\s+)?")
_ASIDE = lazy_compile(r",\s+(?:which|who)\b[^,;()]{1,120},")
_APPOSITIVE = lazy_compile(r"(?<=\w),\s+(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,2}['’]s\s+[^,;()]{1,50},")
_WHICH = lazy_compile(r"\s*,\s+(?:which|who)\s+(?:\p{Ll}+\s+){0,3}")


_FEW_WORDS = lazy_compile(r"\s+(?:\p{Ll}+\s+){0,2}")
_PRONOUN_WORD = lazy_compile(r"\b(?:it|they|we|the\s+\w+)\s", IC)
_COMMA_THE = lazy_compile(r",\s+(?:the\s+)?")
_POSSESSOR_GAP = lazy_compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}")
_CLAUSE_AND = lazy_compile(r"(?:,\s+|\s)(?:and|but|while|whereas)\s+(?:the\s+)?$", IC)
_AUX_ONLY = lazy_compile(
    r"(?:\s+(?:has|have|had|will|would|is|are|was|were|also|then|later|already|reportedly|since|\w+ly))*\s+", IC
)


def is_free(text: str, place: Place) -> bool:
    """Not the object of a preposition: a candidate subject."""
    return not _ends_before(_PREP_BEFORE, text, place.start, 25)


@kept(4096)
def _ends_before(pattern: LazyPattern, text: str, pos: int, reach: int) -> bool:
    """Whether `pattern` (anchored with $) matches in the `reach` characters before `pos`: asked of
    every country before every verb of a sentence, so the answers are kept."""
    return pattern.search(text[max(0, pos - reach) : pos]) is not None


#: How far before a verb its actor is looked for, in characters. News puts the actor of a
#: transfer verb well within this (an aside of up to 120 characters may stand between them); the
#: bound keeps the work per verb constant in a long run-on "sentence" of many verbs.
SUBJECT_REACH = 250


def subject_stops(text: str) -> list[tuple[int, int]]:
    """The spans of `text` where the search for a verb's actor stops: a reporting verb or complementiser
    ("Stockholm and Budapest agreed that | Hungary will buy"), read once for a sentence."""
    return [
        (m.start(), m.end())
        for m in _SUBJECT_STOP.finditer(text)
        if not _AMONG.search(text, max(0, m.start() - 60), m.start())  # "is among the countries that"
    ]


def stop_before(stops: Sequence[tuple[int, int]], pos: int, lo: int = 0) -> int:
    """Where the search for the actor of the verb at `pos` stops, from its sentence's `subject_stops`: the
    end of the last stop between the verb and SUBJECT_REACH characters before it, else that bound."""
    lo = max(lo, pos - SUBJECT_REACH)
    k = bisect.bisect_right(stops, pos, key=lambda span: span[1]) - 1  # stops do not overlap
    return stops[k][1] if k >= 0 and stops[k][0] >= lo else lo


def subject_before(
    text: str, pos: int, places: Sequence[Place], items: Sequence[ItemMention], stop: int
) -> Place | str | None:
    """The country acting before `pos` and after `stop` (stop_before's answer): a Place, "PRONOUN" for
    it/they/we, "INSTITUTION" for "the air force", "the navy" (the country the article is about), or None."""
    inside_item = sorted((i.start, i.end) for i in items)
    aside: list[tuple[int, int]] = []
    if text.find(",", stop, pos) != -1:  # (both kinds of aside are set off by commas)
        # ", which has been supplying Ukraine,"
        aside = [(m.start(), m.end()) for m in _ASIDE.finditer(text, stop, pos)]
        ends = {p.end for p in places}
        aside += [(m.start(), m.end()) for m in _APPOSITIVE.finditer(text, stop, pos) if m.start() in ends]  # "the US,
        # Nigeria's main ally, delivered": an apposition after a country
    # the pronoun ends at `pos` (a few words before it): look at the last 120 characters only, not
    # the whole gap back to every earlier place (cubic in a long sentence); none there, none nearer
    pronoun = _PRONOUN_SUBJECT_BACK.search(text, max(0, pos - 120), pos)
    places = sorted(places, key=lambda p: p.start)
    window = places[bisect.bisect_left(places, stop, key=lambda p: p.start) : bisect.bisect_left(
        places, pos, key=lambda p: p.start
    )]  # the places between the search's stop and the verb, nearest first
    for p in reversed(window):
        if p.end > pos or (aside and any(a < p.start < b for a, b in aside)):
            continue
        k = bisect.bisect_right(inside_item, p.start, key=lambda span: span[0]) - 1  # items do not overlap
        holder = inside_item[k] if k >= 0 and p.start < inside_item[k][1] else None
        if holder is not None:
            if _FEW_WORDS.fullmatch(text, holder[1], pos):
                return p  # "Israeli jets struck ...": the weapon's country is the actor
            continue  # "Russian MiG-29s": an origin, not a subject
        between = text[p.end : pos]
        if (
            pronoun is not None
            and (pronoun.start() >= p.end or _PRONOUN_SUBJECT_BACK.search(text, max(p.end, pos - 120), pos))
            and _PRONOUN_WORD.search(between)
        ):
            return _pronoun(text, stop, pos)
        if _ends_before(_WITH_ACTOR, text, p.start, 12) and _ADVERB_GAP.fullmatch(between):
            return p  # "with the US supplying three quarters of its weapons": the absolute clause's actor
        if _WHICH.fullmatch(between):
            return p  # "tensions with Turkey, which operates Russian S-400s": the antecedent acts
        if is_free(text, p) or (
            _ends_before(_CLAUSE_AND, text, p.start, 12) and _AUX_ONLY.fullmatch(between)
        ):
            return p  # "..., and Turkey has delivered T129 helicopters": a second clause's subject
    if _PRONOUN_SUBJECT_BACK.search(text[stop:pos]):
        return _pronoun(text, stop, pos)
    if _INSTITUTION_SUBJECT.search(text, stop, pos):
        return "INSTITUTION"  # "the air force inducted": the country the article is about
    if _OPENING.fullmatch(text, 0, pos):  # "Having received 180 tanks from the US, Nigeria now wants more"
        comma = text.find(", ", pos)  # not the comma of "10,000"
        later = [p for p in places if comma != -1 and p.start > comma]
        if later and _COMMA_THE.fullmatch(text, comma, later[0].start):
            return later[0]
    return None


_OPENING = lazy_compile(r"\W*(?:having(?:\s+(?:already|also|just|now))?|after|upon|since|once)\s+", IC)


def _pronoun(text: str, lo: int, pos: int) -> str:
    """ "the air force inducted ..., and it has also received": "it" is the first clause's actor."""
    if _AND_PRONOUN.search(text, max(lo, pos - 60), pos) and _INSTITUTION.search(text, lo, pos):
        return "INSTITUTION"
    return "PRONOUN"


def possessor_before(text: str, pos: int, places: Sequence[Place]) -> Place | None:
    """ "India's induction", "Algeria's main arms supplier": the 's country right before."""
    for p in places:
        gap = text[p.end : pos]
        if _POSSESSOR_GAP.fullmatch(gap):
            return p
    return None


_ROLE = {
    "to": r"to|into|(?:destined|bound|earmarked|intended)\s+for",
    "for": r"for(?:\s+use\s+(?:by|in))?",
    "from": r"from",
    "by": r"by",
    "with": r"with",
    "in": r"in|at|to|into",
    "including": r"including|such\s+as|among\s+them",
}


_ROLE_BEFORE = {
    role: lazy_compile(rf"\b(?:{words})\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){{0,2}}$", IC)
    for role, words in _ROLE.items()
}
_TO_WORDS = lazy_compile(r"\bto\s+(?:[\w-]+\s+){1,2}$", IC)
_TO_THE = lazy_compile(r"\bto\s+(?:the|its|their)\s", IC)


def role_after(text: str, start: int, end: int, places: Sequence[Place], role: str) -> Place | None:
    """The country after a preposition between `start` and `end`: "to Russia", "to the Serbian army"."""
    pattern = _ROLE_BEFORE[role]
    for p in sorted(places, key=lambda p: p.start):
        if start <= p.start < end and pattern.search(text[max(start, p.start - 40) : p.start]):
            gap = text[max(start, p.start - 40) : p.start]
            if (
                role == "to"
                and _TO_WORDS.search(gap)
                and not _TO_THE.search(gap)
            ):
                continue  # "to bolster the defence of" is no recipient
            if role == "from" and _THREAT_FROM.search(gap):
                continue  # "to cover threats from China": an adversary, no supplier
            return p
    return None


_THREAT_FROM = lazy_compile(
    r"\b(?:threats?|attacks|pressure|aggression|incursions?|danger|menace|invasion)\s+from\s+"
    r"(?:(?:both|either|neighbouring|neighboring|the)\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$",
    IC,
)

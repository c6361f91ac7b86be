"""Sentence-level reading for the arms extractor: triggers, their items and their roles.

A *trigger* is a word that moves weapons ("sold", "received", "landed", "fired", "the
sale of", "supplier"), with a *frame* saying who is who (data/lexicons/arms_triggers.txt).
This module finds triggers, decides which weapon phrases each one governs, and finds the
countries around it: the subject before the verb, "to X", "from X", "by X", an indirect
object ("sent Kyiv ATACMS"), a possessor ("India's induction of"). It knows nothing of
facts; :mod:`diplomacy_facts.arms` combines these readings with its rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.trie import literal_atoms, trie_alternation
from diplomacy_facts.weapons import ItemMention

__all__ = [
    "Place",
    "Trigger",
    "blocked",
    "find_manufacturers",
    "find_triggers",
    "items_of",
    "lexicon_pattern",
    "object_end",
    "possessor_before",
    "role_after",
    "subject_before",
]

IC = regex.IGNORECASE


@attrs.frozen
class Place:
    """A country mention in the sentence (from places.find_places or a manufacturer)."""

    code: str
    start: int
    end: int
    text: str


@attrs.frozen
class Trigger:
    start: int
    end: int
    frame: str  # out, in, arrive, use, carry, content, build, n_out, n_in, n_use, supplier
    text: str
    passive: bool = False  # "were sent", "S-400s supplied by Russia", "ordered by the Navy"


def _rows(name: str) -> list[list[str]]:
    text = resources.files("diplomacy_facts").joinpath(f"data/lexicons/{name}.txt").read_text("utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append([f.strip() for f in line.split("|")])
    return out


def _alternation(phrases: Sequence[str]) -> str:
    """The phrases as one trie (diplomacy_facts.trie): what a longest-first alternation matches, faster."""
    return trie_alternation(literal_atoms(p, separator=r"\s+") for p in set(phrases))


def _load_triggers() -> tuple[dict[str, list[str]], regex.Pattern[str]]:
    frames: dict[str, list[str]] = {}
    for frame, forms in _rows("arms_triggers"):
        for form in forms.split(";"):
            frames.setdefault(" ".join(form.lower().split()), []).append(frame)
    return frames, lazy_compile(lambda: rf"(?<![\w-])(?:{_alternation(list(frames))})(?![\w-])", IC)


def lexicon_pattern(name: str, flags: int = 0) -> regex.Pattern[str]:
    """The first column of ``data/lexicons/<name>.txt`` as one regex, longest first, whole words."""
    phrases = [r[0] for r in _rows(name)]
    return lazy_compile(lambda: rf"(?<![\w-])(?:{_alternation(phrases)})(?![\w-])", flags)


_FRAMES, _TRIGGER_RE = _load_triggers()
_BLOCKERS = lexicon_pattern("arms_blockers", IC)
_MAKERS = {r[0]: r[1] for r in _rows("arms_manufacturers")}
_MAKER_RE = lazy_compile(lambda: rf"(?<![\w-])(?:{_alternation(list(_MAKERS))})(?![\w-])")

_DETERMINER = lazy_compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|any|more|further|new|first|latest|additional"
    r"|arms|weapons?|military|ammunition|defen[cs]e|of|recent|future|planned|possible|such|no|major|key|main"
    r"|leading|largest|biggest|top|chief|second|third|initial|secret|illegal|illicit|direct|continued"
    r"|foreign|reliable|important|\w+'s|\w+’s|\w+-\w+)|['’]s)\s+$",
    IC,
)
_BE = lazy_compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:(?:\w+ly|also|not|already|still|now|all)\s+){0,2}$",
    IC,
)
_PARTICIPLE = lazy_compile(r"(?:ed|sent|sold|given|shipped|flown|held|bought|got|lent|made|built)(?:\s+over)?$", IC)
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
# where a verb's object ends
_OBJECT_STOP = lazy_compile(
    r",\s+(?=with\s+(?:the\s+)?\p{Lu}[\w.-]*\s+\w+ing\b)|[;:]|\s[—–]{1,2}\s|\s--\s|,\s+(?=(?:but|while|whereas|although|though|as|because|which|who|after|before|when"
    r"|since|until|even|saying|adding|according|officials?|the\s+\w+\s+said)\b)"
    r"|\b(?:said|says|say|told|announced|confirmed|added|stated|wrote|tweeted|since|when|after|before|while"
    r"|because|although|whereas|unless)\b"
    r"|,\s+(?=and\s+(?!(?:\w+\s+){0,2}\d))(?=and\s+(?:\w+\s+){0,3}(?:is|are|was|were|has|have|had|will|would|said|say|says)\b)",
    IC,
)
# "a supply base", "supply lines", "delivery drones", "transport planes": the word is a modifier
_COMPOUND = lazy_compile(
    r"\s+(?:base|bases|chain|chains|lines?|routes?|depots?|hub|hubs|problems?|shortages?|issues?|corridors?"
    r"|drones?|planes?|aircraft|ships?|vehicles?|trucks?|system|network|networks|centres?|centers?|costs?"
    r"|ban|bans|controls?|licen[cs]es?|rules?|restrictions?|figures?|data|market|markets|deadline|schedule"
    r"|versions?|variants?|models?|editions?|customers?|regimes?|credits?|earnings|revenues?|volumes?)\b",
    IC,
)
_OF = lazy_compile(r"\s+of\b", IC)
_INFLECTED = lazy_compile(r"(?:ed|ing|sent|sold|gave|given|got|bought|flew|flown|held|lent)$", IC)
_PRONOUN_SUBJECT = lazy_compile(
    r"(?<![\w-])(?:[Ii]t|[Tt]hey|[Ww]e|[Tt]he\s+(?:country|nation|kingdom|republic|island|government))\s+(?:\p{Ll}+\s+){0,3}$"
)


def find_manufacturers(text: str) -> list[Place]:
    """Arms makers standing for their country ("Lockheed Martin" -> US)."""
    return [
        Place(_MAKERS[" ".join(m.group().split())], m.start(), m.end(), m.group()) for m in _MAKER_RE.finditer(text)
    ]


def _is_noun_use(text: str, start: int) -> bool:
    return bool(_DETERMINER.search(text[max(0, start - 30) : start]))


def find_triggers(text: str, items: Sequence[ItemMention]) -> list[Trigger]:
    """Transfer words in `text`, each with the frame read from its form and context."""
    out: list[Trigger] = []
    for m in _TRIGGER_RE.finditer(text):
        inside = [i for i in items if i.start <= m.start() < i.end]
        modifier = not _INFLECTED.search(m.group()) and _COMPOUND.match(text, m.end())
        if modifier or (inside and not (inside[0].container and _OF.match(text, m.end()))):
            continue  # a weapon word, unless "a shipment of bombs to Israel"
        word = " ".join(m.group().lower().split())
        frames = _FRAMES[word]
        nominal = [f for f in frames if f.startswith("n_") or f == "supplier"]
        verbal = [f for f in frames if f not in nominal]
        noun = bool(nominal) and (not verbal or _is_noun_use(text, m.start()))
        frame = (nominal if noun else verbal or nominal)[0]
        before = text[max(0, m.start() - 40) : m.start()]
        passive = False
        if frame in ("out", "in", "use", "build") and _PARTICIPLE.search(word):
            passive = bool(_BE.search(before)) or (
                any(0 <= m.start() - i.end <= 2 for i in items)
                and bool(regex.match(r"\s+(?:by|to|from|in)\b", text[m.end() :]))
            )
            if regex.search(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", before, IC):
                passive = False
        out.append(Trigger(m.start(), m.end(), frame, m.group(), passive))
    return out


def blocked(text: str, trigger: Trigger, clause_start: int) -> bool:
    """A request, attempt or permission governs the trigger ("asked for", "seeking to acquire")."""
    window = text[max(clause_start, trigger.start - 110) : trigger.start]
    words = window.split()
    tail = " ".join(words[-12:])
    if _BLOCKERS.search(tail):
        return True
    return bool(regex.match(r"\s+(?:for|to)\b", text[trigger.end : trigger.end + 5])) and bool(
        _BLOCKERS.search(text[trigger.start : trigger.end])
    )


def object_end(text: str, pos: int, limit: int) -> int:
    """Where the object of a verb ending at `pos` ends."""
    m = _OBJECT_STOP.search(text, pos, limit)
    return m.start() if m else limit


_CLAUSE_AND = lazy_compile(r",\s+(?:and|but|while)\s+(?:the\s+)?$", IC)
_AUX_ONLY = lazy_compile(
    r"(?:\s+(?:has|have|had|will|would|is|are|was|were|also|then|later|already|reportedly|since|\w+ly))*\s+", IC
)


def _free(text: str, place: Place) -> bool:
    """Not the object of a preposition: a candidate subject."""
    return not _PREP_BEFORE.search(text[max(0, place.start - 25) : place.start])


def subject_before(
    text: str, pos: int, places: Sequence[Place], items: Sequence[ItemMention], lo: int = 0
) -> Place | str | None:
    """The country acting before `pos`: a Place, "PRONOUN" for it/they/we, or None."""
    stop = lo
    for m in _SUBJECT_STOP.finditer(text, lo, pos):
        stop = m.end()
    inside_item = [(i.start, i.end) for i in items]
    for p in sorted(places, key=lambda p: -p.start):
        if p.end > pos or p.start < stop:
            continue
        holder = next(((a, b) for a, b in inside_item if a <= p.start < b), None)
        if holder is not None:
            if regex.fullmatch(r"\s+(?:\p{Ll}+\s+){0,2}", text[holder[1] : pos]):
                return p  # "Israeli jets struck ...": the weapon's country is the actor
            continue  # "Russian MiG-29s": an origin, not a subject
        between = text[p.end : pos]
        # the pronoun ends at `pos` (a few words before it): look at the last 120 characters only,
        # not the whole gap back to every earlier place (cubic in a long sentence)
        if _PRONOUN_SUBJECT.search(text, max(p.end, pos - 120), pos) and regex.search(
            r"\b(?:it|they|we|the\s+\w+)\s", between, IC
        ):
            return "PRONOUN"
        if _free(text, p) or (_CLAUSE_AND.search(text, max(0, p.start - 12), p.start) and _AUX_ONLY.fullmatch(between)):
            return p  # "..., and Turkey has delivered T129 helicopters": a second clause's subject
    if _PRONOUN_SUBJECT.search(text[stop:pos]):
        return "PRONOUN"
    return None


def possessor_before(text: str, pos: int, places: Sequence[Place]) -> Place | None:
    """ "India's induction", "Azerbaijan's leading arms supplier": the 's country right before."""
    for p in places:
        gap = text[p.end : pos]
        if regex.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,3}", gap):
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


def role_after(text: str, start: int, end: int, places: Sequence[Place], role: str) -> Place | None:
    """The country after a preposition between `start` and `end`: "to Russia", "to the Serbian army"."""
    pattern = regex.compile(rf"\b(?:{_ROLE[role]})\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){{0,2}}$", IC)
    for p in sorted(places, key=lambda p: p.start):
        if start <= p.start < end and pattern.search(text[max(start, p.start - 40) : p.start]):
            gap = text[max(start, p.start - 40) : p.start]
            if (
                role == "to"
                and regex.search(r"\bto\s+(?:[\w-]+\s+){1,2}$", gap)
                and not regex.search(r"\bto\s+(?:the|its|their)\s", gap)
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
_RELATIVE_GAP = lazy_compile(r"\s*,?\s*(?:that|which)\b[^,;:()]{0,80}$", IC)
_ESTIMATE = lazy_compile(
    r"\b(?:estimates?|figures?|numbers?|tall(?:y|ies)|counts?|forecasts?|projections?|claims?|reports?)\s+of\s+(?:[\w,.]+\s+){0,3}$",
    IC,
)
# "which brings to ten the number of launchers Spain has sent": a running total, not an estimate
_TOTAL_NOW = lazy_compile(
    r"\b(?:brings?|brought|bringing|takes|took|taking|raises|raised|raising)\s+to\s+\S+\s+the\s+", IC
)
# "the S-400 systems India bought from Russia": a relative clause without "that"
_BARE_RELATIVE = lazy_compile(
    r"\s+(?:(?:the\s+)?\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2}|it|they)\s+(?:has\s+|had\s+|have\s+)?"
)  # "the six K9 howitzers Chile ordered", "... it ordered"
_PASSIVE_GAP = lazy_compile(
    r"(?:(?:\s+(?:to|for|from)\s+[^,;:]{1,30}?)?\s*,?\s*(?:that|which)\s+)?\s*"
    r"(?:(?:have|has|had|will|would|could|may|might|must|should)\s+){0,2}(?:(?:been|were|was|are|is|be)\s+)?(?:being\s+)?"
    r"(?:(?:\w+ly|also|already|now|all|still|not)\s+)*$",
    IC,
)


def items_of(
    text: str, trigger: Trigger, items: Sequence[ItemMention], triggers: Sequence[Trigger] = ()
) -> list[ItemMention]:
    """The weapon phrases a trigger governs: its object, or its subject when passive."""
    before = [i for i in items if i.end <= trigger.start]
    if trigger.passive or trigger.frame == "arrive":
        group: list[ItemMention] = []
        for it in reversed(before):
            gap = text[it.end : group[0].start if group else trigger.start]
            if group:
                if not regex.fullmatch(r"\s*(?:,|and|or|,\s*and|of|as\s+well\s+as)\s*(?:[\w-]+\s+){0,3}?", gap, IC):
                    break
            elif not (
                _PASSIVE_GAP.fullmatch(gap)
                or regex.fullmatch(r"\s*(?:of|,)[^,;:]{0,60}?\s+" + _PASSIVE_GAP.pattern, gap, IC)
                or regex.fullmatch(
                    r"\s+(?:(?:destined|bound|earmarked|intended)\s+)?(?:from|for|to)\s+[^,;:]{1,30}?\s+"
                    + _PASSIVE_GAP.pattern,
                    gap,
                    IC,
                )
                or regex.fullmatch(
                    r"\s+\w+(?:ed|en|t)\s+(?:by|from|in|to|for)\s+[^,;:]{1,40}?\s+" + _PASSIVE_GAP.pattern, gap, IC
                )
            ):
                break
            group.insert(0, it)
        if group:
            return group
        if trigger.frame == "arrive":
            return []
    elif (
        before
        and trigger.frame in ("out", "in")
        and (
            _RELATIVE_GAP.fullmatch(text[before[-1].end : trigger.start])
            or (_INFLECTED.search(trigger.text) and _BARE_RELATIVE.fullmatch(text[before[-1].end : trigger.start]))
        )
    ):
        lead = text[max(0, before[-1].start - 40) : before[-1].start]
        if _ESTIMATE.search(lead) and not _TOTAL_NOW.search(lead):
            return []  # "the estimate of about 6,700 containers that the minister gave"
        return [before[-1]]  # "the S-400 complex that Russia had handed over"
    if trigger.frame in ("n_out", "n_in", "supplier") and not regex.match(r"\s+(?:of|for)\b", text[trigger.end :]):
        compound = [i for i in before if trigger.start - i.end <= 1]  # "arms sales", "arms supplier"
        if compound:
            return compound
    end = object_end(text, trigger.end, len(text))
    if trigger.frame == "strike":  # the target is no weapon: only "with ..." / "using ..."
        tool = _WITH_TOOL.search(text, trigger.end, end)
        return [i for i in items if tool is not None and tool.end() <= i.start < end]
    for other in triggers:  # "delivered an IRIS-T ..., and this month promised 40 Marders"
        if other.start > trigger.end and other.frame in _VERBAL and not other.passive and other.start < end:
            if not any(trigger.end <= i.start < other.start for i in items):
                continue
            end = other.start
            break
    return [i for i in items if trigger.end <= i.start < end]


_VERBAL = frozenset({"out", "in", "use", "strike", "arrive", "carry", "content", "announce", "build"})
_WITH_TOOL = lazy_compile(r"\b(?:with|using)\b", IC)

"""Sentence-level reading for the arms extractor: triggers, their items and their roles.

A *trigger* is a word that moves weapons ("sold", "received", "landed", "fired", "the
sale of", "supplier"), with a *frame* saying who is who (data/lexicons/arms_triggers.txt).
This module finds triggers, decides which weapon phrases each one governs, and finds the
countries around it: the subject before the verb, "to X", "from X", "by X", an indirect
object ("sent Kyiv ATACMS"), a possessor ("India's induction of"). It knows nothing of
facts; :mod:`diplomacy_facts.arms` combines these readings with its rules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from importlib import resources

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.trie import literal_atoms, trie_alternation
from diplomacy_facts.weapons import ItemMention

__all__ = [
    "INCLUDING_BEFORE",
    "Place",
    "Trigger",
    "blocked",
    "find_manufacturers",
    "find_triggers",
    "items_of",
    "lexicon_pattern",
    "object_end",
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
    frame: str  # out, in, arrive, use, carry, content, build, source, equip, service, n_out, n_in, n_use, supplier
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
_MAKERS = {r[0]: r[1] for r in [*_rows("arms_manufacturers"), *_rows("arms_groups")]}  # both stand for a country
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
# where a verb's object ends
_OBJECT_STOP = lazy_compile(
    r",\s+(?=with\s+(?:the\s+)?\p{Lu}[\w.-]*\s+\w+ing\b)|:|;(?!\s+(?:and\s+)?(?:up\s+to|about|some|approximately"
    r"|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred)\b)|\s[—–]{1,2}\s|\s--\s|,\s+(?=(?:but|while|whereas|although|though|as|because|which|who|after|before|when"
    r"|since|until|even|saying|adding|according|officials?|the\s+\w+\s+said)(?![\w-]))"
    r"|\b(?:said|says|say|told|announced|confirmed|added|stated|wrote|tweeted|since|when|after|before|while"
    r"|because|although|whereas|unless)\b"
    r"|,\s+(?=and\s+(?!(?:\w+\s+){0,2}\d))(?=and\s+(?:\w+\s+){0,3}(?:is|are|was|were|has|have|had|will|would|said|say|says)\b)"
    r"|\s(?=and\s+(?:is|are|was|were|has|have|had|will|would)\s+(?:also\s+|now\s+|still\s+)?\p{Ll}+\b)",
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


def find_manufacturers(text: str) -> list[Place]:
    """Arms makers and armed groups standing for their country ("Lockheed Martin" -> US, "the Houthis" -> YE)."""
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
        noun = bool(nominal) and (
            not verbal or _is_noun_use(text, m.start()) or bool(_OF.match(text, m.end()))  # "Supplies of drones"
        )
        frame = (nominal if noun else verbal or nominal)[0]
        before = text[max(0, m.start() - 40) : m.start()]
        passive = False
        if frame in ("out", "in", "use", "build", "lease") and _PARTICIPLE.search(word):
            passive = (
                bool(_BE.search(before))
                or (
                    any(0 <= m.start() - i.end <= 2 for i in items)
                    and bool(_AGENT_AFTER.match(text, m.end()))
                )
                or any(_REDUCED.fullmatch(text, i.end, m.start()) for i in items if 0 < m.start() - i.end <= 45)
            )  # "two frigates from South Korea, delivered in 2020": a reduced relative
            if _PERFECT_BEFORE.search(before):
                passive = False
        if word in ("offer", "offers") and _BIDS_FOR.match(text, m.end()):
            continue  # "weighing offers for 24 new jets": bids, not a transfer
        if frame == "equip" and _ARMED_NOUN.match(text, m.end()):
            continue  # "Sudan's armed forces", "armed groups": an adjective
        if frame == "source":  # "turned to": the verb alone carries tense and modality
            end = m.start() + len(m.group().split()[0])
            out.append(Trigger(m.start(), end, frame, text[m.start() : end], passive))
            continue
        if frame in ("service", "origin"):
            passive = True  # "corvettes are now in service with": the weapon is before the words
        out.append(Trigger(m.start(), m.end(), frame, m.group(), passive))
    return out


_FAILED = lazy_compile(r"\b(?:struggl\w*|fail\w*|unable)\s+to\s+(?:[\w$.-]+\s+){0,4}$", IC)
_REDUCED = lazy_compile(r"(?:\s+(?:from|to|for|by)\s+[^,;:]{1,30}?)?\s*,\s*(?:\w+ly\s+)?", IC)
_INTEND = lazy_compile(r"\b(?:intends?|intended|intending|aims?|aimed|aiming)\s+to\s+(?:\w+\s+)?$", IC)
_ARMED_NOUN = lazy_compile(
    r"\s+(?:forces?|groups?|men|gangs?|militias?|conflicts?|violence|robbery|police|guards?|wings?|services|rebels"
    r"|fighters|drones?|personnel|insurgents?|opposition|struggle|clashes|escort|units?|vehicles?|helicopters?)\b",
    IC,
)
_GERUND_BLOCK = lazy_compile(r"\b(?:against|from|instead\s+of|rather\s+than|without|avoid|avoided|avoids)\s+$", IC)


_AGENT_AFTER = lazy_compile(r"\s+(?:by|to|from|in)\b")
_PERFECT_BEFORE = lazy_compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", IC)
_BIDS_FOR = lazy_compile(r"\s+(?:for|from)\b")
_FOR_TO = lazy_compile(r"\s+(?:for|to)\b")


def blocked(text: str, trigger: Trigger, clause_start: int) -> bool:
    """A request, attempt or permission governs the trigger ("asked for", "seeking to acquire")."""
    window = text[max(clause_start, trigger.start - 110) : trigger.start]
    words = window.split()
    tail = " ".join(words[-12:])
    if _BLOCKERS.search(tail):
        return True
    if _FAILED.search(text, max(clause_start, trigger.start - 50), trigger.start):
        return True  # "the UAE struggled to close its F-35 deal": an attempt that failed
    if trigger.frame == "in" and _INTEND.search(text, max(clause_start, trigger.start - 30), trigger.start):
        return True  # "it also intends to acquire F-35 jets": a buyer's intention, no deal yet
    if _GERUND_BLOCK.search(
        text, max(clause_start, trigger.start - 20), trigger.start
    ) and trigger.text.lower().endswith("ing"):
        return True  # "warned Beijing against supplying", "refrained from sending", "instead of selling"
    return bool(_FOR_TO.match(text, trigger.end, trigger.end + 5)) and bool(
        _BLOCKERS.search(text[trigger.start : trigger.end])
    )


def object_end(text: str, pos: int, limit: int) -> int:
    """Where the object of a verb ending at `pos` ends."""
    m = _OBJECT_STOP.search(text, pos, limit)
    return m.start() if m else limit


_AMONG_ARE = lazy_compile(r"(?:^|[.;:]\s*)\W*among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", IC)
_ARE = lazy_compile(r"\s(?:are|were|is|was|include|included)\s", IC)
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
# "the 12 Caesar howitzers Armenia ordered from France arrived": a bare relative clause before the verb
_RELATIVE_BEFORE = lazy_compile(
    r"\s+(?:\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2}|it|they)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:\w+ed|bought|got|sought)(?:\s+(?:from|by|in|to|for)\s+[^,;:]{1,30}?)?\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:(?:now|finally|already|all|also)\s+)*"
)
# "The jets, bought from France in 2021, arrived": a participle aside between commas
_APPOSITION = lazy_compile(
    r"\s*,\s+(?:\w+ly\s+)?(?:\w+ed|bought|sold|sent|built|made|given|got|flown)\s+(?:by|from|in|to|for)\s+[^,;:()]{1,60},"
    r"\s+(?:(?:have|has|had|finally|now|already|all)\s+)*",
    IC,
)
_OF_FOR = lazy_compile(r"\s+(?:of|for)\b")
INCLUDING_BEFORE = lazy_compile(r"\b(?:including|such\s+as|among\s+them)\s+(?:[\w,.-]+\s+){0,3}$", IC)
_PASSIVE_GAP = lazy_compile(
    r"(?:(?:\s+(?:to|for|from)\s+[^,;:]{1,30}?)?\s*,?\s*(?:that|which)\s+)?\s*"
    r"(?:(?:have|has|had|will|would|could|may|might|must|should)\s+){0,2}(?:(?:are|is|was|were)\s+(?:due\s+)?to\s+)?"
    r"(?:(?:been|were|was|are|is|be)\s+)?(?:being\s+)?"
    r"(?:(?:\w+ly|also|already|now|all|still|not)\s+)*$",
    IC,
)
# the gaps between a passive verb and the weapons before it that are its subject
_GROUP_GAP = lazy_compile(r"\s*(?:,|and|or|,\s*and|of|as\s+well\s+as)\s*(?:[\w-]+\s+){0,3}?", IC)
_COMMA_PASSIVE_GAP = lazy_compile(r"\s*,\s*" + _PASSIVE_GAP.pattern, IC)
_OF_PASSIVE_GAP = lazy_compile(r"\s*(?:of|,)[^,;:]{0,60}?\s+" + _PASSIVE_GAP.pattern, IC)
_BOUND_PASSIVE_GAP = lazy_compile(
    r"\s+(?:(?:destined|bound|earmarked|intended)\s+)?(?:from|for|to)\s+[^,;:]{1,30}?\s+"
    + _PASSIVE_GAP.pattern,
    IC,
)
_MADE_PASSIVE_GAP = lazy_compile(
    r"\s+(?:\w+(?:ed|en|t)|made)\s+(?:by|from|in|to|for)\s+[^,;:]{1,40}?\s+" + _PASSIVE_GAP.pattern, IC
)


def items_of(
    text: str,
    trigger: Trigger,
    items: Sequence[ItemMention],
    triggers: Sequence[Trigger] = (),
    ends: Callable[[int, int], int] | None = None,
) -> list[ItemMention]:
    """The weapon phrases a trigger governs: its object, or its subject when passive. `ends(pos, limit)`
    answers as object_end over `text` does (a remembered one: arms_sentence.Ctx.object_end)."""
    ends = ends or functools.partial(object_end, text)
    before = [i for i in items if i.end <= trigger.start]
    if trigger.passive or trigger.frame == "arrive":
        group: list[ItemMention] = []
        for it in reversed(before):
            gap = text[it.end : group[0].start if group else trigger.start]
            if group:
                if not _GROUP_GAP.fullmatch(gap):
                    break
            elif not (
                _PASSIVE_GAP.fullmatch(gap)
                or (  # "Weapons from Iran, including 300 drones, have reached Russia": the examples arrive
                    trigger.frame == "arrive"
                    and INCLUDING_BEFORE.search(text, max(0, it.start - 40), it.start) is not None
                    and _COMMA_PASSIVE_GAP.fullmatch(gap) is not None
                )
                or _OF_PASSIVE_GAP.fullmatch(gap)
                or _BOUND_PASSIVE_GAP.fullmatch(gap)
                or _MADE_PASSIVE_GAP.fullmatch(gap)
                or (trigger.frame == "arrive" and _RELATIVE_BEFORE.fullmatch(gap))
                or (trigger.frame == "arrive" and _APPOSITION.fullmatch(gap))  # "The jets, bought from France, arrived"
                or (trigger.passive and _REDUCED.fullmatch(gap) is not None)
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
        inverted = _AMONG_ARE.search(text, max(0, before[-1].start - 40), before[-1].start)
        if inverted is not None and before[-1].generic:  # "Among the weapons X has provided are Y and Z"
            verb = _ARE.search(text, trigger.end, ends(trigger.end, len(text)))
            if verb is not None:
                return [i for i in items if verb.end() <= i.start < ends(verb.end(), len(text))]
        return [before[-1]]  # "the S-400 complex that Russia had handed over"
    if trigger.frame in ("n_out", "n_in", "supplier") and not _OF_FOR.match(text, trigger.end):
        compound = [i for i in before if trigger.start - i.end <= 1]  # "arms sales", "arms supplier"
        if compound or _NOUN_THEN_VERB.match(text, trigger.end):
            return compound  # "The deliveries are part of ...": what follows is the noun's predicate
    end = ends(trigger.end, len(text))
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


_NOUN_THEN_VERB = lazy_compile(
    r"\s+(?:are|is|was|were|have|has|had|will|would|could|may|might|began|started|continued|remain|remains|came"
    r"|come|followed|include|includes|included)\b",
    IC,
)
_VERBAL = frozenset(
    {
        "out",
        "in",
        "use",
        "strike",
        "arrive",
        "carry",
        "content",
        "announce",
        "build",
        "source",
        "equip",
        "service",
        "origin",
        "lease",
        "share",
    }
)
_WITH_TOOL = lazy_compile(r"\b(?:with|using)\b", IC)

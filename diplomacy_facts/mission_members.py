"""The members of a change told in the sentence before: "Ghana will close four embassies. They
include those in Rome and Tokyo", "Among them are the missions in Dakar and Lusaka", "Affected
are the embassies in Lima and Quito". The sentence has no trigger of its own; the change (and its
sender and status) is the one the sentence before told of a group of missions."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, Trigger, find_triggers
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host
from diplomacy_facts.mission_rules import allowed, build, nps_after, place_hosts
from diplomacy_facts.model import Status

__all__ = ["among_those", "another", "colon_places", "gapped_subject", "members", "the_mission", "those_subject"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_FUTURE_WORD = lazy_compile(r"\b(?:will|would|to|set|due)\b", FLAGS)

#: "They include", "These are", "Among them are", "Affected are", "The posts affected include"
_MEMBERS = lazy_compile(
    r"^\W*(?:(?:they|these|those(?:\s+affected|\s+to\s+be\s+(?:closed|shut|opened))?|"
    r"the\s+(?:missions?|embassies|consulates|posts|ones|list)\s+(?:affected|concerned|"
    r"to\s+be\s+(?:closed|shut|opened)|in\s+question)|affected)\s+"
    r"(?:will\s+be|would\s+be|are|were|include|includes|included|including)|"
    r"among\s+(?:them|those|these|the\s+\w+(?:\s+(?:to\s+be\s+(?:closed|shut|opened)|affected|concerned))?)\s+"
    r"(?:are|were|is|was|will\s+be))\s+",
    FLAGS,
)
_THOSE_IN = lazy_compile(r"(?:those|ones|the\s+ones)\s+(?:in|at)\s+", FLAGS)
#: the sentence before spoke of several missions
_GROUP_BEFORE = lazy_compile(
    r"\b(?:missions|embassies|consulates|posts|offices|high\s+commissions|representations)\b", FLAGS
)


#: "So will the consulate in Oslo", ", as will the consulate in Oslo", "Also on the list is ...", "The first to go
#: will be ...": the change just told, for more missions
_ALSO = lazy_compile(
    r"(?:^\W*|,\s*(?:and\s+)?)(?:so|as)\s+(?:will|would|does|did|has|have|had|is|are|was|were|should|must)\s+|"
    r"^\W*(?:(?:also\s+(?:on\s+the\s+list|affected|included|slated|earmarked|in\s+line)|"
    r"the\s+(?:first|next|last|second|third)\s+(?:ones?\s+)?to\s+(?:go|close|shut|be\s+(?:closed|shut|opened)|open)|"
    r"next\s+(?:on\s+the\s+list|in\s+line))\s+(?:is|are|was|were|will\s+be|would\s+be)|"
    r"also\s+(?:closing|shutting|opening|going|affected|on\s+the\s+list)\s*:)\s*",
    FLAGS,
)


def _intro(ctx: SentenceContext) -> tuple[int, int] | None:
    m = _MEMBERS.match(ctx.text)
    if m is not None:
        return m.start(), m.end()
    also = _ALSO.search(ctx.text)
    return (also.start(), also.end()) if also is not None else None


def members(ctx: SentenceContext) -> list[Mention]:
    """ "They include the embassies in Rome and Tokyo", "So will the consulate in Oslo": each mission
    named, changed as the missions told just before were."""
    found = _intro(ctx)
    if found is None:
        return []
    start, end = found
    own = [t for t in ctx.triggers if t.end <= start and t.change in ("close", "open") and t.role == "verb"]
    status: Status | None = None
    if own:
        trig = own[-1]
    else:
        if any(t.change in ("close", "open") and t.role != "noun" and t.start >= end for t in ctx.triggers):
            return []  # a change of its own: the other rules read it
        if not ctx.memory.statuses or not ctx.memory.texts:
            return []
        if start == 0 and _MEMBERS.match(ctx.text) and not _GROUP_BEFORE.search(ctx.memory.texts[-1]):
            return []
        fact, sender, status = ctx.memory.statuses[-1]
        if fact not in ("closure", "opening"):
            return []
        change = "close" if fact == "closure" else "open"
        if not any(t.change == change for t in find_triggers(ctx.memory.texts[-1])):
            return []  # the change told last is not in the sentence just before
        trig = Trigger(start, end, ctx.text[start:end].strip(), change, "verb")
    nps = nps_after(ctx, end)
    those = _THOSE_IN.match(ctx.text, end)
    if not nps and those is not None:
        hosts = place_hosts(ctx, those.end())
        kind = ctx.memory.last_kind
        if not hosts or kind is None:
            return []
        nps = [MissionNP(those.start(), hosts[-1].end, those.start(), those.end(), kind, True, hosts=tuple(hosts))]
    out: list[Mention] = []
    for np in nps:
        if not np.hosts:
            continue
        if status is not None:
            if np.sender is not None and np.sender != sender:
                continue
            np = attrs.evolve(np, sender=sender, sender_how="name", pronoun=None)
        out += build(ctx, trig, np, "members", status=status)
    return out


#: ", and the consulate in Shanghai in 2026." / "; the consulate in Oslo next year.": a mission phrase with
#: only a date or an adverb after it, to the end of the sentence
_GAP_BEFORE = lazy_compile(r"(?:,\s*and|;\s*(?:and\s+)?|,\s*while)\s*$", FLAGS)
_GAP_AFTER = lazy_compile(
    r"(?:\s+(?:too|also|as\s+well|later|soon|shortly|afterwards|thereafter)|"
    r"\s+(?:in|by|on|from|next|this|later|early|late|before|within|at|the\s+following)\s+[^,;.!?]{1,40}?)?"
    r"\s*[.!?]?[\"'”’)]*\s*$",
    FLAGS,
)


def gapped_subject(ctx: SentenceContext) -> list[Mention]:
    """ "The embassies in Lima and Quito will close next year, and the consulate in Cusco in 2026": a
    mission phrase whose verb is the one before it, left out."""
    out: list[Mention] = []
    for np in ctx.nps:
        if not np.hosts or not _GAP_BEFORE.search(ctx.text, max(0, np.start - 12), np.start):
            continue
        if not _GAP_AFTER.match(ctx.text, np.end) or ctx.after_preposition(np.start):
            continue
        verbs = [t for t in ctx.triggers if t.end <= np.start and t.role == "verb" and t.change in ("close", "open")]
        if not verbs:
            continue
        trig = verbs[-1]
        if not any(other.end <= trig.start for other in ctx.nps):
            continue  # "... will close, and the consulate in Oslo" needs a subject before the verb
        out += build(ctx, trig, np, "gapped_subject")
    return out


#: "three embassies: Lilongwe, Lusaka and Lima", "missions in four countries — Chad, Mali, Niger and Togo"
_COLON_PLACES = lazy_compile(r"(?:\s+in\s+(?:\w+\s+){1,2}?(?:countries|capitals|cities))?\s*[:—–]\s*(?:in\s+)?", FLAGS)


def colon_places(ctx: SentenceContext) -> list[Mention]:
    """ "Norway will close three embassies: Lilongwe, Lusaka and Lima": the places the group is in."""
    out: list[Mention] = []
    for np in ctx.nps:
        if not np.plural or np.hosts:
            continue
        m = _COLON_PLACES.match(ctx.text, np.end)
        hosts = place_hosts(ctx, m.end()) if m is not None else []
        if m is None or not hosts or hosts[0].start != m.end():
            continue
        before = [t for t in ctx.triggers if t.end <= np.start and t.change in ("close", "open")]
        if not before or before[-1].role not in ("verb", "noun") or ";" in ctx.text[before[-1].end : np.start]:
            continue
        if any(other.start > before[-1].end and other.end <= np.start for other in ctx.nps):
            continue  # the verb's own object comes before
        item = attrs.evolve(np, hosts=tuple(hosts), quantity=None, total=None, definite=False)
        out += build(ctx, before[-1], item, "colon_places")
    return out


#: "is among those closing", "are on the list of missions to be shut", "is one of five missions that will close"
_AMONG = lazy_compile(
    r"\s+(?:is|are|was|were|will\s+be)\s+(?:also\s+)?(?:among|on\s+the\s+list\s+of|one\s+of)\s+"
    r"(?:those|the\s+ones|(?:the\s+)?(?:\w+\s+)?(?:missions|embassies|posts|consulates|offices))\s+"
    r"(?:(?:that|which|being|set|due|slated|expected|likely|scheduled|will|would|are|is|to|be)\s+)*",
    FLAGS,
)


def among_those(ctx: SentenceContext) -> list[Mention]:
    """ "The embassies in Lima and Hanoi are among those closing": the named missions, changed."""
    out: list[Mention] = []
    for np in ctx.nps:
        m = _AMONG.match(ctx.text, np.end)
        if m is None or not np.hosts or ctx.after_preposition(np.start):
            continue
        trig = next((t for t in ctx.triggers if t.start == m.end() and t.change in ("close", "open")), None)
        if trig is not None and trig.role in ("verb", "noun") and allowed(ctx, trig):
            bare = trig.low.endswith("ing") and not _FUTURE_WORD.search(m.group())
            out += build(ctx, trig, np, "among_those", status=Status.ONGOING if bare else None)  # "among those closing"
    return out


#: "the mission", "the mission there": a mission named just before, by a word that alone is no mission
_THE_MISSION = lazy_compile(r"\b(?:the|this|that)\s+(?:diplomatic\s+)?mission(?:\s+there)?\b(?!['’])", FLAGS)
_SUBJECT_AUX = lazy_compile(
    r"\s+(?:(?:has|have|had|was|is|will|would|be|been|to|set|due|also|finally|officially|formally|temporarily|"
    r"permanently|now|soon|quietly)\s+)*",
    FLAGS,
)
_NO_OBJECT = lazy_compile(
    r"\s*(?:$|[.,;:]|(?:in|on|at|last|this|next|after|before|until|for|since|by|temporarily|indefinitely|"
    r"permanently|again|today|yesterday|early|late|its\s+doors)\b)",
    FLAGS,
)
_NOT_DIPLOMATIC = lazy_compile(r"\b(?:UN|United\s+Nations|peacekeeping|military|space|rescue|trade|monitoring)\b")


def the_mission(ctx: SentenceContext) -> list[Mention]:
    """ "Ghana closed its embassy in Malawi in 2021. The mission reopened on Monday": the mission just named."""
    out: list[Mention] = []
    recent = [s for s in ctx.memory.missions if s.index >= ctx.index - 2 and s.host and s.sender]
    if not recent or _NOT_DIPLOMATIC.search(ctx.text):
        return out
    for m in _THE_MISSION.finditer(ctx.text):
        if any(np.start <= m.start() < np.end for np in ctx.nps) or ctx.after_preposition(m.start()):
            continue
        aux = _SUBJECT_AUX.match(ctx.text, m.end())
        pos = aux.end() if aux is not None else m.end()
        trig = next((t for t in ctx.triggers if t.start == pos and t.change in ("close", "open")), None)
        if trig is None or trig.role not in ("verb", "state", "operations") or not allowed(ctx, trig):
            continue
        if trig.low.startswith("end"):
            continue  # "the mission ended on Friday": a visit, more often than not
        if trig.role == "verb" and not _NO_OBJECT.match(ctx.text, trig.end):
            continue  # "the mission opened an inquiry"
        last = recent[-1]
        host = Host(last.host, last.city, m.start(), m.end())
        np = MissionNP(m.start(), m.end(), m.start(), m.end(), last.kind, False, last.sender, "name", hosts=(host,))
        out += build(ctx, trig, np, "the_mission")
    return out


#: "and will open another in Chengdu", "closed one in Tripoli and a second in Benghazi"
_ANOTHER = lazy_compile(
    r"(?P<and>\s*,?\s+and)?\s+(?:another|a\s+second|a\s+third|one\s+more|a\s+further\s+one|a\s+new\s+one)\s+"
    r"(?:in|at)\s+",
    FLAGS,
)


def another(ctx: SentenceContext) -> list[Mention]:
    """ "Peru opened a consulate in Shanghai and will open another in Chengdu": one more mission of the
    kind just named."""
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.role != "verb" or trig.change not in ("close", "open"):
            continue
        m = _ANOTHER.match(ctx.text, trig.end)
        objects = nps_after(ctx, trig.end) if m is None else []
        if objects:  # "close its consulate in Milan and a second in Marseille"
            m = _ANOTHER.match(ctx.text, objects[-1].end)
            m = m if m is not None and m.group("and") else None
        hosts = place_hosts(ctx, m.end()) if m is not None else []
        if m is None or not hosts or hosts[0].start != m.end() or not allowed(ctx, trig):
            continue
        before = [np for np in ctx.nps if np.end <= m.start()]
        kind = before[-1].kind if before else ctx.memory.last_kind
        if kind is None:
            continue
        np = MissionNP(m.start(), hosts[-1].end, m.start(), m.end(), kind, False, hosts=tuple(hosts), pronoun="its")
        out += build(ctx, trig, np, "another")
    return out


_THOSE = lazy_compile(r"\b(?:those|the\s+ones?|the\s+others?|that|the\s+rest)\s+(?:in|at)\s+", FLAGS)


def those_subject(ctx: SentenceContext) -> list[Mention]:
    """ "The missions in Bolivia and Cambodia will close this year, while those in Malta and Cyprus will
    shut in 2025": more missions of the kind just named, the subject of a verb of their own."""
    out: list[Mention] = []
    for m in _THOSE.finditer(ctx.text):
        hosts = place_hosts(ctx, m.end())
        if not hosts or hosts[0].start != m.end() or any(np.start <= m.start() < np.end for np in ctx.nps):
            continue
        aux = _SUBJECT_AUX.match(ctx.text, hosts[-1].end)
        pos = aux.end() if aux is not None else hosts[-1].end
        trig = next((t for t in ctx.triggers if t.start == pos and t.change in ("close", "open")), None)
        if trig is None or trig.role not in ("verb", "state", "operations") or not allowed(ctx, trig):
            continue
        if trig.role == "verb" and not _NO_OBJECT.match(ctx.text, trig.end):
            continue
        before = [np for np in ctx.nps if np.end <= m.start()]
        kind = before[-1].kind if before else ctx.memory.last_kind
        if kind is None:
            continue
        np = MissionNP(m.start(), hosts[-1].end, m.start(), m.end(), kind, True, hosts=tuple(hosts), definite=True)
        out += build(ctx, trig, np, "those_subject")
    return out

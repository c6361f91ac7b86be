"""A change told again for more missions: "including those in Canberra and Prague", "a consulate
in Aleppo would follow in the coming weeks", "those in Spain and Nepal followed", "Norway followed
suit" (the change just told, for the missions named)."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_rules import build, place_hosts, pronoun_targets
from diplomacy_facts.model import Status
from diplomacy_facts.places import PlaceKind

__all__ = ["follows", "follows_suit", "including_those", "pronoun_subject"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_AND_OR = lazy_compile(r"\s+(?:and|or)\s+")

_THOSE_IN = lazy_compile(r"\b(?:those|the\s+ones|ones)\s+(?:in|at)\s+", FLAGS)
_FOLLOW = lazy_compile(
    r"(?:\s*,[^,;]{1,80},)?\s+(?:(?:will|would|is|are|was|were|to|expected|set|due|likely|soon|also|shortly|then|later|could|may|might)\s+)*"
    r"(?P<v>follow|follows|followed)\b(?!\s+(?:the|a|an|its|their|his|her|suit|up|through|orders?|rules?|guidelines?)\b)",
    FLAGS,
)


def follows(ctx: SentenceContext) -> list[Mention]:
    """ "A consulate in Aleppo would follow in the coming weeks": the change just told, for one more
    mission."""
    out: list[Mention] = []
    nps = list(ctx.nps)
    for ones in _THOSE_IN.finditer(ctx.text):  # "those in Spain and Nepal followed"
        hosts = place_hosts(ctx, ones.end())
        kind = next((n.kind for n in reversed(ctx.nps) if n.end <= ones.start()), None) or ctx.memory.last_kind
        if hosts and kind is not None:
            nps.append(
                MissionNP(
                    ones.start(), hosts[-1].end, ones.start(), ones.end(), kind, True, hosts=tuple(hosts), pronoun="its"
                )
            )
    for np in nps:
        m = _FOLLOW.match(ctx.text, np.end)
        if m is None or ctx.after_preposition(np.start):
            continue
        before = [t for t in ctx.triggers if t.end <= np.start and t.change in ("close", "open")]
        told = [mention for i, mention in ctx.memory.recent if i >= ctx.index - 2] + out
        told = [t for t in told if t.evidence.rule != "inner_clause"] or told  # the main verb's change
        if not told and not before:
            continue
        change = before[-1].change if before else "close" if told[-1].fact == "closure" else "open"
        trig = Trigger(m.start("v"), m.end("v"), m.group("v"), change, "verb")
        out += build(ctx, trig, np, "follows")
    return out


_SUIT = lazy_compile(
    r"\s+(?:(?:has|have|had|will|would|may|might|could|is|was|are|expected|likely|to|soon|quickly|later|then|also)\s+)*"
    r"(?P<v>followed\s+suit|follow\s+suit|follows\s+suit|did\s+the\s+same|done\s+the\s+same|do\s+the\s+same|"
    r"did\s+likewise|did\s+so|done\s+so|do\s+so|follow(?=\s*[,.;]|\s*$|\s+(?:in|on|soon|later|next|shortly)\b)|"
    # "and Sweden followed in 2024", "Norway followed a week later": the same step, no object
    r"followed(?=\s+(?:in|on|last|this|a|one|two|three|four|five|six|several|weeks|days|months|shortly|soon|later|"
    r"the\s+(?:next|following|same))\b|\s*[,.;]|\s*$))\b",
    FLAGS,
)
#: "Morocco reopened its embassy in Tripoli, as did Tunisia": the country after
_AS_DID = lazy_compile(r"\b(?:as|so)\s+(?:did|has|have|had|will|would|does)\s+(?:the\s+)?$", FLAGS)


_MODAL = lazy_compile(r"\b(?:may|might|could|would|will|expected|likely)\b", FLAGS)
_MAYBE = lazy_compile(r"\b(?:may|might|could)\b", FLAGS)
_SUIT_AFTER = lazy_compile(r"(?P<v>(?:as|so)\s+\w+)", FLAGS)


def follows_suit(ctx: SentenceContext) -> list[Mention]:
    """ "Sweden will close its embassy in Addis Ababa, and Norway followed suit": the same change by
    another country, to its own mission in the same place."""
    out: list[Mention] = []
    for p in ctx.places:
        m = _SUIT.match(ctx.text, p.end)
        if m is None:
            m = _AS_DID.search(ctx.text, max(0, p.start - 20), p.start)
            m = _SUIT_AFTER.match(ctx.text, m.start()) if m is not None else None
        if m is None or p.kind not in (PlaceKind.COUNTRY, PlaceKind.METONYM, PlaceKind.CAPITAL):
            continue
        joined = next((q for q in ctx.places if _AND_OR.fullmatch(ctx.text[q.end : p.start])), None)
        modal = _MODAL.search(m.group())  # "its embassy in Paris and Uganda may follow": Uganda acts
        if ctx.after_preposition(p.start) or (not modal and joined is not None and ctx.after_preposition(joined.start)):
            continue  # "those in Spain and Nepal followed": a place, not the one who followed
        earlier = [t for t in ctx.triggers if t.end <= p.start and t.change in ("close", "open")]
        told = [np for np in ctx.nps if np.end <= p.start and np.hosts]
        if not earlier or not told:
            continue
        first = earlier[-1]
        status = ctx.status(first.change, first.start, first.end)[0]
        if _MAYBE.search(m.group()):
            status = Status.POSSIBLE  # "and Uganda may follow"
        np = attrs.evolve(told[-1], sender=p.code, sender_how="name", pronoun=None, start=p.start, end=m.end())
        trig = Trigger(m.start("v"), m.end("v"), m.group("v"), first.change, "verb")
        out += build(ctx, trig, np, "follows_suit", status=status)
    return out


_INCLUDING_THOSE = lazy_compile(
    r"\b(?:including|such\s+as|among\s+them|among\s+which|notably|in\s+particular)\s+(?:those|the\s+ones|ones)\s+"
    r"(?:in|at)\s+",
    FLAGS,
)


def including_those(ctx: SentenceContext) -> list[Mention]:
    """ "the closure of 20 embassies, including those in Canberra, Prague and Lima": the named members
    of a group change, each a mission of the group's kind."""
    out: list[Mention] = []
    for m in _INCLUDING_THOSE.finditer(ctx.text):
        hosts = place_hosts(ctx, m.end())
        earlier = [t for t in ctx.triggers if t.end <= m.start() and t.change in ("close", "open")]
        group = [n for n in ctx.nps if n.end <= m.start() and n.plural]
        if not hosts or not earlier or not group:
            continue
        kind = group[-1].kind
        np = MissionNP(m.start(), hosts[-1].end, m.start(), m.end(), kind, False, hosts=tuple(hosts), pronoun="its")
        out += build(ctx, earlier[-1], np, "including_those")
    return out


_PRONOUN_SUBJECT = lazy_compile(
    r"(?:^|[;,]\s*(?:and|but)\s+|\b(?:and|but)\s+)\W*(?P<p>it|they|both)\s+"
    r"(?:(?:has|have|had|was|were|is|are|will|would|finally|only|eventually|later|then|also|both|all|been|quietly|"
    r"formally|officially)\s+)*$",
    FLAGS,
)
_INTRANSITIVE = lazy_compile(r"\s*(?:$|[.,;:]|(?:in|on|at|after|until|last|this|the|a|weeks|months|years)\b)", FLAGS)


def pronoun_subject(ctx: SentenceContext) -> list[Mention]:
    """ "Morocco closed both offices in 2000. They reopened in early 2021": a subject pronoun for the
    missions the sentence before named (never for a country: the verb takes no object)."""
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.role not in ("verb", "operations") or trig.change not in ("close", "open"):
            continue
        m = _PRONOUN_SUBJECT.search(ctx.text, max(0, trig.start - 60), trig.start)
        if m is None or not _INTRANSITIVE.match(ctx.text, trig.end) or any(np.end <= trig.start for np in ctx.nps):
            continue
        if trig.role == "verb" and ctx.text[trig.end : trig.end + 1].isalpha():
            continue
        want = "it" if m.group("p").lower() == "it" else "both"
        out += pronoun_targets(ctx, trig, want, "pronoun_subject")
    return out

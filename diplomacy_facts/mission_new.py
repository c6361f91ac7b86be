"""Missions told without a verb of opening or closing: "new embassies are planned for Malawi and
Chad", "Ghana plans new missions in Rome and Tokyo", "the new consulate in Cebu began issuing visas",
"Malawi will lose its Norwegian embassy", "Chad will get a Turkish embassy next year"."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_places import host_of
from diplomacy_facts.mission_rules import allowed, build, nps_after, place_hosts
from diplomacy_facts.model import MissionKind, Status
from diplomacy_facts.places import PlaceKind

__all__ = ["host_gains", "new_planned", "new_works", "to_go"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_TO_OR_WILL = lazy_compile(r"\b(?:to|will|would)\s")

#: "new", "additional" (but not "New Zealand", "New Delhi": a capital after it)
_NEW = lazy_compile(r"\b(?:[Nn]ew|[Aa]dditional|[Ff]urther|[Mm]ore)\b(?!\s+[A-Z])")
#: "new embassies are planned for", "a new consulate is envisaged in"
_PLANNED = lazy_compile(
    r"\s+(?:(?:are|is|were|was|will|would|be|also|now|soon|being|already)\s+)+"
    r"(?P<v>planned|envisaged|envisioned|foreseen|scheduled|slated|earmarked|proposed|in\s+the\s+works|"
    r"in\s+the\s+pipeline|on\s+the\s+cards|in\s+preparation|located|based|sited)\s+(?:for|in)\s+"
    r"(?:(?:countries|capitals|cities|places)\s+(?:including|such\s+as|like)\s+)?",
    FLAGS,
)
#: "plans new embassies in", "is planning two new consulates in"
_PLANS = lazy_compile(
    r"\b(?:plans|planned|planning|plan|proposes|proposed|proposing|envisages|envisaged|announced|unveiled|"
    r"add|adds|added|adding|(?:expand|expands|expanded|expanding|grow|grows|grew|growing)\s+"
    r"(?:its|their)\s+(?:diplomatic\s+|foreign\s+|overseas\s+)?(?:network|presence|footprint)\s+with)\s+$",
    FLAGS,
)

_ADDS = lazy_compile(r"add|expand|grow", FLAGS)


def new_planned(ctx: SentenceContext) -> list[Mention]:
    """ "New missions are planned for Malawi and Thailand", "Ghana plans new embassies in Rome and Tokyo":
    missions still to come."""
    out: list[Mention] = []
    for i, np in enumerate(ctx.nps):
        new = _NEW.search(ctx.text, np.start, np.head_start) is not None
        joined = i > 0 and ctx.text[ctx.nps[i - 1].end : np.start].strip() == "and"
        if joined and _NEW.search(ctx.text, ctx.nps[i - 1].start, ctx.nps[i - 1].head_start):
            new = True  # "the new embassies and high commissions": missions of either kind
            np = np if ctx.nps[i - 1].kind is np.kind else attrs.evolve(np, kind=MissionKind.MISSION)
        m = _PLANNED.match(ctx.text, np.end) if new else None
        if m is not None and not np.hosts:
            hosts = place_hosts(ctx, m.end())
            if not hosts:
                continue
            trig = Trigger(m.start("v"), m.end("v"), m.group("v"), "open", "verb")
            if allowed(ctx, trig) and not ctx.negated(trig.start, trig.end):
                out += build(ctx, trig, attrs.evolve(np, hosts=tuple(hosts)), "new_planned", status=Status.INTENDED)
            continue
        verb = _PLANS.search(ctx.text, max(0, np.start - 70), np.start)
        adds = _ADDS.match(verb.group()) is not None if verb is not None else False
        if verb is None or not np.hosts or np.definite or not (new or adds):
            continue
        trig = Trigger(verb.start(), verb.end(), verb.group().strip(), "open", "verb")
        if allowed(ctx, trig) and not ctx.negated(trig.start, trig.end):
            out += build(ctx, trig, np, "new_planned", status=None if adds else Status.INTENDED)
    return out


#: "began issuing visas", "started accepting applications", "has begun work", "is now operational"
_WORKS = lazy_compile(
    r"\s+(?:(?:has|have|had|will|would|is|are|was|were|now|also|finally|officially|formally)\s+)*"
    r"(?P<v>(?:began|begun|begin|begins|started|starts|start|commenced)\s+(?:issuing|accepting|receiving|"
    r"processing|serving|work\b(?!\s+on\b)|operations\b|operating)|(?:is|are)\s+now\s+(?:fully\s+)?operational|"
    r"(?:went|goes|will\s+go)\s+into\s+operation)",
    FLAGS,
)


def new_works(ctx: SentenceContext) -> list[Mention]:
    """ "Ghana's new consulate in Bangkok began issuing visas last week": a new mission at work."""
    out: list[Mention] = []
    for np in ctx.nps:
        if not _NEW.search(ctx.text, np.start, np.head_start) or ctx.after_preposition(np.start):
            continue
        m = _WORKS.match(ctx.text, np.end)
        if m is None:
            continue
        trig = Trigger(m.start("v"), m.end("v"), m.group("v"), "open", "verb")
        if allowed(ctx, trig):
            status = Status.INTENDED if m.group("v").lower().startswith("will") else Status.COMPLETED
            out += build(ctx, trig, np, "new_works", status=status)
    return out


#: "Malawi will lose its Norwegian embassy", "Chad is to get a Turkish embassy", "Peru will host a new Kenyan consulate"
_GAINS = lazy_compile(
    r"\s+(?:(?:will|would|is|are|to|set|may|could|also|soon|has|have|had)\s+)*"
    r"(?P<v>(?P<lose>lose|loses|lost|losing)|get|gets|got|getting|gain|gains|gained|gaining|host|hosts|hosted|"
    r"welcome|welcomes|welcomed|receive|receives|received)\s+(?=(?:its|their|the|a|an)\s)",
    FLAGS,
)


_NP_END = lazy_compile(
    r"\s*(?:$|[.,;:]|(?:in|from|next|this|by|on|at|after|before|within|soon|later|when|as|and|the|early|late)\b)",
    FLAGS,
)
_JOIN = lazy_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", FLAGS)


def host_gains(ctx: SentenceContext) -> list[Mention]:
    """ "Malawi and Zambia will lose their Norwegian embassies": the host as subject, the sender named
    by a demonym in the mission phrase."""
    out: list[Mention] = []
    for i, p in enumerate(ctx.places):
        if p.kind not in (PlaceKind.COUNTRY, PlaceKind.CAPITAL, PlaceKind.CITY):
            continue
        m = _GAINS.match(ctx.text, p.end)
        if m is None:
            continue
        k = i  # "Malawi, Zambia and Chad will lose ...": the whole list
        while k > 0 and _JOIN.fullmatch(ctx.text, ctx.places[k - 1].end, ctx.places[k].start):
            k -= 1
        listed = [host_of(q) for q in ctx.places[k : i + 1] if not q.code.startswith("region:")]
        nps = nps_after(ctx, m.end())
        if not nps or not listed or ctx.after_preposition(ctx.places[k].start):
            continue
        np = nps[0]
        if np.compound or not _NP_END.match(ctx.text, np.end):
            continue  # "received a Chinese embassy delegation"
        demonyms = [
            q
            for q in ctx.places
            if np.start <= q.start < np.head_start and q.kind in (PlaceKind.DEMONYM, PlaceKind.COUNTRY)
        ]
        senders = [d.code for d in demonyms]
        urban = all(q.kind in (PlaceKind.CITY, PlaceKind.CAPITAL) for q in ctx.places[k : i + 1])
        if not senders and m.group("lose") and urban and np.pronoun in ("its", "their") and not np.hosts:
            senders = ctx.fallback(frozenset(h.code for h in listed))  # "Lima and Hanoi will lose their embassies"
        if len(senders) != 1 or senders[0] in {h.code for h in listed}:
            continue
        if not m.group("lose") and not (np.indefinite or _NEW.search(ctx.text, np.start, np.head_start)):
            continue  # "Chad hosts the French embassy": no change
        change = "close" if m.group("lose") else "open"
        trig = Trigger(m.start("v"), m.end("v"), m.group("v"), change, "verb")
        if not allowed(ctx, trig):
            continue
        np = attrs.evolve(np, sender=senders[0], sender_how="attributive", pronoun=None, hosts=tuple(listed))
        out += build(ctx, trig, np, "host_gains")
    return out


#: "the embassies in Lima and Quito are to go", "five consulates will go by 2026"
_GO = lazy_compile(
    r"(?:\s*,[^,;]{1,80},)?\s+(?:(?:are|is|will|would|also|set|due|expected|likely|slated|now|soon|all|both)\s+)*"
    r"(?:to\s+)?(?P<v>go)\b"
    r"(?=\s*(?:[.,;]|$)|\s+(?:in|by|next|this|under|as|from|when|after|before|too|first|later|early|at)\b)",
    FLAGS,
)


def to_go(ctx: SentenceContext) -> list[Mention]:
    """ "The embassies in Lilongwe and Bangkok are to go": missions to be closed."""
    out: list[Mention] = []
    for np in ctx.nps:
        if ctx.after_preposition(np.start) or not (np.hosts or np.quantity or np.sender or np.pronoun):
            continue
        m = _GO.match(ctx.text, np.end)
        if m is None or not _TO_OR_WILL.search(m.group()):
            continue
        trig = Trigger(m.start("v"), m.end("v"), m.group("v"), "close", "verb")
        if allowed(ctx, trig):
            out += build(ctx, trig, np, "to_go")
    return out

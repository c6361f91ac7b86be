"""Changes told around a subject mission rather than by its verb: a participle before the noun
("the now-closed Canadian embassy") and the mission's work as a passive subject ("operations at the
Danish embassy were suspended")."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, OPERATION_VERBS, OPERATIONS, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_rules import allowed, build, place_hosts
from diplomacy_facts.model import Status

__all__ = ["operations_subject", "participle_before"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_IN = lazy_compile(r"\s+in\s+")

_PARTICIPLE_BEFORE = lazy_compile(
    r"\b(?:the|its|their|a|an)\s+(?:(?:now|long|recently|newly|since)[\s-]+)(?P<p>closed|shuttered|shut|abandoned|"
    r"evacuated|mothballed|reopened|opened)\s+$",
    FLAGS,
)
_OPS_BEFORE = lazy_compile(
    r"\b(?:all\s+)?(?:operations|activities|activity|work|functions|diplomatic\s+(?:work|activities|operations))\s+"
    r"(?:at|of|in)\s+$",
    FLAGS,
)
_PASSIVE_OPS = lazy_compile(
    r"\s+(?:(?:has|have|had|was|were|is|are|will|would|be|been|being|also|now|temporarily|indefinitely|fully|"
    r"officially|formally)\s+)+(?=\w)",
    FLAGS,
)
_POSSESSIVE = lazy_compile(r"['’]s\s+(?:full\s+|normal\s+|regular\s+|day-to-day\s+)?", FLAGS)


def participle_before(ctx: SentenceContext) -> list[Mention]:
    """ "the now-closed Canadian embassy in Tehran", "the long-shuttered consulate", "its newly opened
    embassy": a participle before the mission noun tells a change already made."""
    out: list[Mention] = []
    for np in ctx.nps:
        m = _PARTICIPLE_BEFORE.search(ctx.text, max(0, np.start - 40), np.start)
        if m is None:
            continue
        change = "open" if m.group("p").lower().endswith("opened") else "close"
        trig = Trigger(m.start("p"), m.end("p"), m.group("p"), change, "verb")
        if not allowed(ctx, trig):
            continue
        out += build(ctx, trig, np, "participle_before", status=Status.COMPLETED)
    return out


def operations_subject(ctx: SentenceContext) -> list[Mention]:
    """ "Operations at the Danish embassy in Kyiv were suspended", "the embassy's operations in Kabul
    were halted", "work at the consulate has been frozen": the mission's work as a passive subject."""
    out: list[Mention] = []
    for np in ctx.nps:
        before = _OPS_BEFORE.search(ctx.text, max(0, np.start - 40), np.start)
        pos = np.end
        if before is None:
            poss = _POSSESSIVE.match(ctx.text, np.head_end)
            ops = OPERATIONS.match(ctx.text, poss.end()) if poss else None
            if ops is None:
                continue
            pos = ops.end()
            place = _IN.match(ctx.text, pos)
            hosts = place_hosts(ctx, place.end()) if place else []
            if hosts:
                pos = hosts[-1].end
                np = np if np.hosts else attrs.evolve(np, hosts=tuple(hosts))
        passive = _PASSIVE_OPS.match(ctx.text, pos)
        if passive is None:
            continue
        trig = next((t for t in ctx.triggers if t.start == passive.end()), None)
        if trig is None or trig.low not in OPERATION_VERBS.get(trig.change, frozenset()) or not allowed(ctx, trig):
            continue
        out += build(ctx, trig, np, "operations_passive")
    return out

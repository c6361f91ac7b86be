"""A mission's work stopped or resumed: "suspended operations at its embassy", "halting in-person
services at its consulates", "suspended the embassy's operations in Tehran", "restore its embassy's
functions"."""

from __future__ import annotations

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, OPERATION_VERBS, OPERATIONS
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_rules import allowed, build, nps_after, place_hosts

__all__ = ["operations"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_DETERMINER = lazy_compile(r"\s+(?:its\s+|their\s+|the\s+|all\s+)?")
_AT_OF_IN = lazy_compile(r"\s+(?:at|of|in)\s+")
_IN = lazy_compile(r"\s+in\s+")

_POSSESSIVE_OPS = lazy_compile(r"['’]s\s+(?:full\s+|normal\s+|regular\s+|day-to-day\s+)?", FLAGS)


def operations(ctx: SentenceContext) -> list[Mention]:
    """ "suspended operations at its embassy", "halting in-person services at its consulates",
    "suspended the embassy's operations", "resumed work" (subject), "restore its embassy's functions" """
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.low not in OPERATION_VERBS.get(trig.change, frozenset()) or not allowed(ctx, trig):
            continue
        m = _DETERMINER.match(ctx.text, trig.end)
        pos = m.end() if m else trig.end
        ops = OPERATIONS.match(ctx.text, pos)
        if ops:
            at = _AT_OF_IN.match(ctx.text, ops.end())
            if at:
                for np in nps_after(ctx, at.end()):
                    out += build(ctx, trig, np, "operations_at")
            continue
        # "suspended the embassy's operations (in Tehran)", "restore its embassy's full functions"
        for np in nps_after(ctx, trig.end):
            poss = _POSSESSIVE_OPS.match(ctx.text, np.head_end)
            if poss and OPERATIONS.match(ctx.text, poss.end()):
                tail = OPERATIONS.match(ctx.text, poss.end())
                assert tail is not None
                extra = _IN.match(ctx.text, tail.end())
                hosts = place_hosts(ctx, extra.end()) if extra else []
                if hosts and not np.hosts:
                    np = MissionNP(
                        np.start,
                        hosts[-1].end,
                        np.head_start,
                        np.head_end,
                        np.kind,
                        np.plural,
                        np.sender,
                        np.sender_how,
                        np.pronoun,
                        tuple(hosts),
                        definite=np.definite,
                    )
                out += build(ctx, trig, np, "operations_possessive")
            elif np.compound in ("operations", "operation", "activities", "work"):
                out += build(ctx, trig, np, "operations_compound")
    return out

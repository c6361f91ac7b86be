"""Groups of closures told by rank or remainder: "at least the fifth embassy to close", "Nepal is
the fifth country North Korea has withdrawn from", "about a dozen more are set to close"."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext, number_end
from diplomacy_facts.mission_lexicon import FLAGS, Trigger, find_triggers
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host
from diplomacy_facts.mission_rules import build
from diplomacy_facts.model import Bound, MissionKind, Quantity, Status
from diplomacy_facts.quantities import QuantityMention, find_ordinals

__all__ = ["more_group", "ordinal_group"]

_ORDINAL_HEAD = lazy_compile(
    r"^\s+(?P<who>(?-i:(?:\p{Lu}[\w'’-]*\s+){0,2}))"  # "the fifth [North Korean] embassy"
    r"(?:(?P<noun>country|nation|capital|mission|embassy|consulate|post|diplomatic\s+mission)\s+)?"
    r"(?:(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}?(?:has|had)\s+(?:\w+\s+)?(?P<verb>closed|shut|withdrawn\s+from|"
    r"left|quit|pulled\s+out\s+of|exited)"
    r"|to\s+(?:be\s+)?(?P<inf>close|closed|shut\s+down|shut|go|be\s+shut|face\s+closure|lose\s+its))\b",
    FLAGS,
)
_THE_ORDINAL = lazy_compile(r"(?:\bat\s+least\s+)?\bthe\s+$", FLAGS)
_RANKED_SUBJECT = lazy_compile(r"\s+(?:is|was|became|has\s+become)\s+", FLAGS)
_MORE = lazy_compile(r"^\s+more(?:\s+(?P<noun>embassies|missions|consulates|posts))?\b", FLAGS)


def ordinal_group(ctx: SentenceContext) -> list[Mention]:
    """ "at least the fifth country it has withdrawn from", "the fifth embassy to close": a group
    of at least that many closures."""
    out: list[Mention] = []
    for start, end, n in find_ordinals(ctx.text):
        the = _THE_ORDINAL.search(ctx.text, max(0, start - 20), start)  # "(at least) the fifth"
        if the is None:
            continue
        m = _ORDINAL_HEAD.match(ctx.text[end:])
        if not m or ((m.group("inf") or "").lower() == "go" and not m.group("noun")):
            continue
        noun = (m.group("noun") or "").lower()
        if m.group("who") and not noun:
            continue
        kind = {"embassy": MissionKind.EMBASSY, "consulate": MissionKind.CONSULATE}.get(noun, MissionKind.MISSION)
        demonym = next((p for p in ctx.places if end < p.start < end + m.end("who") + 1), None)
        lo = the.start()
        trig_start = end + m.start("verb" if m.group("verb") else "inf")
        trig = Trigger(trig_start, end + m.end(), m.group(), "close", "verb")
        q = Quantity(float(n), Bound.LOWER, None, ctx.text[lo:end])
        doer = ctx.subject_candidates(trig.start)  # "the fifth country [North Korea] has withdrawn from"
        sender = demonym.code if demonym is not None else doer[-1].code if doer else None
        np = MissionNP(
            lo,
            end + m.end(),
            start,
            end,
            kind,
            True,
            pronoun="its",
            quantity=QuantityMention(q, lo, end, noun or None),
            sender=sender,
        )
        # a rank sums up closures of several dates: no date of its own
        out += [attrs.evolve(m, when=None) for m in build(ctx, trig, np, "ordinal_group", status=Status.COMPLETED)]
        # "Pyongyang's mission in Dhaka was the sixth to be shut down": the ranked mission closed too
        ranked = next((n for n in ctx.nps if n.end <= lo and _RANKED_SUBJECT.fullmatch(ctx.text, n.end, lo)), None)
        left = next((p for p in ctx.places if p.end <= lo and _RANKED_SUBJECT.fullmatch(ctx.text, p.end, lo)), None)
        if ranked is None and left is not None and noun in ("country", "nation", "capital") and sender:
            # "Nepal is the fifth country North Korea has withdrawn from"
            host = Host(left.code, left.city, left.start, left.end)
            ranked = MissionNP(left.start, left.end, left.start, left.end, MissionKind.MISSION, False, hosts=(host,))
        if ranked is not None and not ranked.plural:
            if ranked.sender is None and sender is not None:
                ranked = attrs.evolve(ranked, sender=sender)
            out += [
                attrs.evolve(m, when=None) for m in build(ctx, trig, ranked, "ordinal_ranked", status=Status.COMPLETED)
            ]
    return out


def more_group(ctx: SentenceContext) -> list[Mention]:
    """ "About a dozen more are set to close" """
    out: list[Mention] = []
    for q in ctx.quantities:
        qe = number_end(ctx.text, q)
        m = _MORE.match(ctx.text[qe:])
        if not m:
            continue
        rest_start = qe + m.end()
        trig = next(
            (
                t
                for t in find_triggers(ctx.text)
                if t.start >= rest_start and t.start - rest_start < 30 and t.role == "verb"
            ),
            None,
        )
        if trig is None:
            continue
        kind = ctx.memory.last_kind or MissionKind.MISSION
        np = MissionNP(q.start, rest_start, q.start, rest_start, kind, True, pronoun="its", quantity=q)
        out += build(ctx, trig, np, "more_group")
    return out
